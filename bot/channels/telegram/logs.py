"""Logging for the Telegram bot: our loggers at the chosen level, chatty libraries at WARNING,
and a filter that blanks secrets out of everything the handler writes and escapes control
characters, so a user's text can never forge, split or recolour a log line.

httpx logs every request URL at INFO and the Bot API URL contains the token; python-telegram-bot
logs its base URL at DEBUG. Those loggers are pinned at WARNING whatever the chosen level.

Every update handled gets one INFO line (`logged_update`): its id, kind, chat type, the
answer's status and intent, and the milliseconds it took — never the user's text, which is
logged only at DEBUG.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import re
import sys
import time
import traceback
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from bot.logformat import formatter

if TYPE_CHECKING:
    from bot.reply import Reply

OUR_LOGGERS = ("bot", "knowledge")
QUIET_LOGGERS = ("httpx", "httpcore", "telegram", "tornado", "hpack", "aiolimiter",
                 "asyncio")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HIDDEN = "<hidden>"
# Anything shaped like a bot token is hidden too, even if it is not the configured one.
TOKEN_SHAPE = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}")
# Control, format (bidi overrides, zero-width), line/paragraph separators, lone surrogates.
ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
MAX_LOGGED_TEXT = 200


def _escape_char(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def escape_controls(text: str, keep: str = "") -> str:
    """`text` with every control or format character (except those in `keep`) written as
    a \\x.., \\u.... or \\U........ escape."""
    return "".join(
        _escape_char(char)
        if char not in keep and unicodedata.category(char) in ESCAPED_CATEGORIES else char
        for char in text)


def loggable(text: str, limit: int = MAX_LOGGED_TEXT) -> str:
    """User text as it may appear in a log line: backslashes and control characters escaped
    (one line, unambiguous), cut to about `limit` characters."""
    cut = text if len(text) <= limit else text[:limit] + "…"
    return escape_controls(cut.replace("\\", "\\\\"))


def format_exception(exc_info: tuple[type[BaseException], BaseException, TracebackType | None]
                     ) -> str:
    """A traceback as logging writes it, except that each exception's message is one line
    with its control characters escaped (the stack keeps its own line breaks)."""
    return "".join(_traceback_lines(traceback.TracebackException(*exc_info))).rstrip("\n")


def _traceback_lines(error: traceback.TracebackException) -> Iterator[str]:
    if error.__cause__ is not None:
        yield from _traceback_lines(error.__cause__)
        yield "\nThe above exception was the direct cause of the following exception:\n\n"
    elif error.__context__ is not None and not error.__suppress_context__:
        yield from _traceback_lines(error.__context__)
        yield "\nDuring handling of the above exception, another exception occurred:\n\n"
    if error.stack:
        yield "Traceback (most recent call last):\n"
        yield from error.stack.format()
    for line in error.format_exception_only():
        yield escape_controls(line.removesuffix("\n")) + "\n"


class RedactingFilter(logging.Filter):
    """Replaces every secret (and anything shaped like a bot token) in a record — message,
    arguments and traceback — by <hidden>, and escapes control characters: the message stays
    one line, the traceback keeps only its own line breaks."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = escape_controls(self.redact(record.getMessage()))
        if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
            record.exc_text = format_exception(record.exc_info)
        if record.exc_text:
            record.exc_text = escape_controls(self.redact(record.exc_text), keep="\n")
        if record.stack_info:
            record.stack_info = escape_controls(self.redact(record.stack_info), keep="\n")
        record.exc_info = None
        record.msg, record.args = message, None
        return True

    def redact(self, text: str) -> str:
        """`text` with every secret, and every token-shaped string, replaced."""
        for secret in self.secrets:
            text = text.replace(secret, HIDDEN)
        return TOKEN_SHAPE.sub(HIDDEN, text)


def configure_logging(level: str = "INFO", secrets: Iterable[str] = (),
                      log_format: str = "text") -> logging.Handler:
    """Log to stderr at `level` for humasbot, WARNING for libraries, as text or one JSON
    object per line (`log_format`); secrets never written."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "humasbot", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.humasbot = True  # type: ignore[attr-defined]
    handler.setFormatter(formatter(log_format, FORMAT))
    handler.addFilter(RedactingFilter(secrets))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(level)
    quiet_libraries()
    return handler


def quiet_libraries() -> None:
    """Pin the loggers that could write request URLs (and so the token) at WARNING."""
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


# --- one line per update -------------------------------------------------------------------

UPDATES = logging.getLogger("bot.channels.telegram.updates")


@dataclass
class UpdateOutcome:
    """What handling one update came to (filled in by the handlers while it runs)."""

    status: str | None = None
    intent: str | None = None


_CURRENT: contextvars.ContextVar[UpdateOutcome | None] = contextvars.ContextVar(
    "humasbot_update", default=None)


def note_reply(reply: Reply) -> None:
    """Note the answer given to the update being handled (for its log line)."""
    outcome = _CURRENT.get()
    if outcome is not None:
        outcome.status, outcome.intent = str(reply.status), reply.intent


def note_error() -> None:
    """Note that handling the current update failed."""
    outcome = _CURRENT.get()
    if outcome is not None:
        outcome.status = "error"


@contextlib.contextmanager
def logged_update(update: object) -> Iterator[UpdateOutcome]:
    """Handle one update inside this block: afterwards one INFO line says what it was and
    came to. The outcome is visible to the handlers of this update only (a context
    variable: each update is processed in a task of its own)."""
    outcome = UpdateOutcome()
    token = _CURRENT.set(outcome)
    started = time.perf_counter()
    try:
        yield outcome
    except BaseException:
        outcome.status = outcome.status or "error"
        raise
    finally:
        _CURRENT.reset(token)
        if UPDATES.isEnabledFor(logging.INFO):
            log_update(update, outcome, (time.perf_counter() - started) * 1000)


def log_update(update: object, outcome: UpdateOutcome, milliseconds: float) -> None:
    """The update's INFO line (and, for HUMASBOT_LOG_FORMAT=json, its fields)."""
    fields: dict[str, Any] = {
        "update_id": getattr(update, "update_id", None), "kind": update_kind(update),
        "chat_type": chat_type(update), "status": outcome.status, "intent": outcome.intent,
        "ms": round(milliseconds, 1),
    }
    UPDATES.info("update %s %s chat=%s status=%s intent=%s %.1f ms", fields["update_id"],
                 fields["kind"], fields["chat_type"] or "-", outcome.status or "-",
                 outcome.intent or "-", milliseconds, extra={"fields": fields})


def update_kind(update: object) -> str:
    """message, command, button, inline, edited or other (never any of the user's text)."""
    if getattr(update, "callback_query", None) is not None:
        return "button"
    if getattr(update, "inline_query", None) is not None:
        return "inline"
    message = getattr(update, "message", None)
    if message is not None:
        text = getattr(message, "text", None) or ""
        return "command" if text.startswith("/") else "message"
    if getattr(update, "edited_message", None) is not None:
        return "edited"
    return "other"


def chat_type(update: object) -> str | None:
    """The chat's type (private, group, supergroup, channel; for an inline query the type
    of chat it was sent from, if Telegram says)."""
    chat = getattr(update, "effective_chat", None)
    if chat is not None:
        return str(chat.type)
    query = getattr(update, "inline_query", None)
    return str(query.chat_type) if query is not None and query.chat_type else None
