"""`humasbot ask`: one answer, or JSON lines in and out for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from bot.engine import Engine
from bot.render import render_text
from knowledge.loader import load_knowledge

PLAIN_CHAT = "stdin"


def run_ask(args: argparse.Namespace) -> int:
    """Answer the question given, or (with --json) every line of standard input."""
    question = " ".join(args.question).strip()
    if args.json and question:
        print("humasbot ask: give a question or --json, not both", file=sys.stderr)
        return 2
    if not args.json and not question:
        print('humasbot ask: give a question, e.g. humasbot ask "siapa juara TOP GPR 2021?"',
              file=sys.stderr)
        return 2
    engine = Engine(load_knowledge(args.facts))
    if not args.json:
        print(render_text(engine.ask(question, "cli")))
        return 0
    write_json_lines(engine, sys.stdin, sys.stdout)
    return 0


def write_json_lines(engine: Engine, lines: Iterable[str], out: TextIO) -> None:
    """One JSON reply (or error) per input line; context is kept per chat."""
    for record in answer_lines(engine, lines):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()


def answer_lines(engine: Engine, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, 1):
        parsed = parse_line(line)
        if isinstance(parsed, str):
            yield {"line": number, "error": parsed}
            continue
        chat, text = parsed
        try:
            reply = engine.ask(text, f"ask:{chat}")
        except Exception as error:  # the engine should never raise; a bad line must not stop us
            yield {"line": number, "error": f"internal error: {type(error).__name__}"}
            continue
        yield {"chat": chat, **reply.to_json_dict()}


def parse_line(line: str) -> tuple[str, str] | str:
    """(chat, text) from a JSON object or plain text line, or an error message."""
    line = line.strip()
    if not line:
        return "empty line: write a question or a JSON object"
    if not line.startswith("{"):
        return PLAIN_CHAT, line
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return f"invalid JSON: {error.msg} at column {error.colno}"
    except (ValueError, RecursionError):  # numbers over 4,300 digits, absurd nesting
        return "invalid JSON: too large or too deeply nested"
    if not isinstance(data, dict):
        return 'expected a JSON object like {"chat": "a", "text": "..."}'
    text, chat = data.get("text"), data.get("chat", PLAIN_CHAT)
    if not isinstance(text, str) or not text.strip():
        return 'the object needs a non-empty "text" string'
    if not isinstance(chat, str | int) or isinstance(chat, bool):
        return '"chat" must be a string or a number'
    return str(chat).encode("utf-8", "replace").decode("utf-8"), text  # lone surrogates
