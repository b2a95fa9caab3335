"""Plain-language messages for pydantic validation errors in fact files."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails


def shown(value: Any) -> str:
    """A value as a message quotes it."""
    if isinstance(value, str):
        return f'"{value[:60]}…"' if len(value) > 60 else f'"{value}"'
    if value is None:
        return "nothing"
    if isinstance(value, dict | list):
        text = repr(value)
        return text if len(text) <= 40 else ("a mapping" if isinstance(value, dict) else "a list")
    if isinstance(value, int) and abs(value) > 10**30:
        return "a very large number"
    return repr(value)[:60]


def worth_reporting(errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """The errors without a "too short" list whose own items are wrong: an empty excerpt
    makes the evidence list short too, but "must not be empty" says all there is to say."""
    item_errors = {tuple(e["loc"][:-1]) for e in errors if e["loc"]}
    return [e for e in errors
            if not (e["type"] == "too_short" and tuple(e["loc"]) in item_errors)]


def describe(detail: ErrorDetails, root: type[BaseModel]) -> tuple[str, str]:
    """(message, kind) for one pydantic error."""
    kind_of_error = detail["type"]
    got = shown(detail.get("input"))
    ctx = detail.get("ctx") or {}
    if kind_of_error == "missing":
        return "required field is missing", "missing_field"
    if kind_of_error == "extra_forbidden":
        field = str(detail["loc"][-1])
        # `review` is the mark `facts new` writes and staff remove, never one they type
        allowed = [name for name in fields_at(root, detail["loc"][:-1]) if name != "review"]
        close = difflib.get_close_matches(field, allowed, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        listed = f"; allowed here: {', '.join(allowed)}" if allowed else ""
        return f"unknown field '{field}'{hint}{listed}", "unknown_field"
    impossible = _impossible_date(detail.get("input"))
    if impossible and kind_of_error in ("date_parsing", "date_from_datetime_parsing"):
        return impossible, "yaml"
    messages = {
        "int_parsing": f"must be a whole number, got {got}",
        "int_type": f"must be a whole number, got {got}",
        "date_from_datetime_parsing": f"must be a date written YYYY-MM-DD, got {got}",
        "date_parsing": f"must be a date written YYYY-MM-DD, got {got}",
        "date_type": f"must be a date written YYYY-MM-DD, got {got}",
        "date_from_datetime_inexact": f"must be a date without a time, got {got}",
        "string_type": f"must be text, got {got}",
        "string_too_short": "must not be empty",
        "string_pattern_mismatch": (
            f"must be an id of lowercase letters, digits and hyphens (e.g. kota-bandung), "
            f"got {got}"),
        "literal_error": f"must be one of {ctx.get('expected', '')}, got {got}",
        "bool_parsing": f"must be true or false, got {got}",
        "bool_type": f"must be true or false, got {got}",
        "list_type": f"must be a list (lines starting with '- '), got {got}",
        "tuple_type": f"must be a list (lines starting with '- '), got {got}",
        "model_type": f"must be a mapping of fields (name: value), got {got}",
        "model_attributes_type": f"must be a mapping of fields (name: value), got {got}",
        "dict_type": f"must be a mapping of fields (name: value), got {got}",
        "too_short": f"must have at least {ctx.get('min_length', 1)} item(s)",
    }
    if kind_of_error in messages:
        return messages[kind_of_error], "value"
    return detail["msg"], "value"


_DATE_SHAPE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


def _impossible_date(value: Any) -> str | None:
    """The message for a date written as one that does not exist (30 February), if it is."""
    shape = _DATE_SHAPE.fullmatch(value) if isinstance(value, str) else None
    if shape is None:
        return None
    try:
        dt.date(*map(int, shape.groups()))
    except ValueError as error:
        return f"invalid value '{value}': {error}"
    return None


def fields_at(root: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names the model at `loc` (inside `root`) accepts."""
    model: Any = root
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return []
        field = model.model_fields.get(str(part))
        model = _model_in(field.annotation) if field else None
    if isinstance(model, type) and issubclass(model, BaseModel):
        return list(model.model_fields)
    return []


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) in (
        typing.Union, list, tuple, typing.Annotated,
    ):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None
