"""`humasbot ask`: one answer, or JSON lines in and out for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from bot.engine import Engine
from bot.render import render_text
from bot.reply import Reply
from bot.settings import settings_from_args
from bot.unanswered import UnansweredLog
from bot.understanding.normalise import MAX_INPUT_CHARS

PLAIN_CHAT = "stdin"
# The longest input line read whole: a JSON object holding a question of MAX_INPUT_CHARS
# characters, escaped, fits many times over (and hostile JSON, such as 100,000-deep nesting,
# still gets its own error). Of a longer line only this much is kept; the rest is read in
# pieces and dropped, so a line of any length costs a few megabytes at most.
MAX_LINE_CHARS = 1_000_000
_SKIP_CHARS = 1 << 16


class CutLine(str):
    """The first MAX_LINE_CHARS characters of a longer input line."""


def cut_question(text: str) -> str:
    """A question as every channel passes it on: stripped and cut to the input cap, before
    any other work (a longer question is not a question: nobody asks in more words)."""
    return text.strip()[:MAX_INPUT_CHARS]


def read_line(stream: TextIO, limit: int = MAX_LINE_CHARS) -> str:
    """The next line of `stream` ("" at its end), a CutLine of `limit` characters if longer."""
    line = stream.readline(limit + 1)
    if len(line) <= limit or line.endswith("\n"):
        return line
    while (rest := stream.readline(_SKIP_CHARS)) and not rest.endswith("\n"):
        pass
    return CutLine(line[:limit])


def bounded_lines(stream: TextIO, limit: int = MAX_LINE_CHARS) -> Iterator[str]:
    """Every line of `stream`, as read_line gives it."""
    while line := read_line(stream, limit):
        yield line


def run_ask(args: argparse.Namespace) -> int:
    """Answer the question given, or (with --json) every line of standard input."""
    question = cut_question(" ".join(args.question))
    if args.json and question:
        print("humasbot ask: give a question or --json, not both", file=sys.stderr)
        return 2
    if not args.json and not question:
        print('humasbot ask: give a question, e.g. humasbot ask "siapa juara TOP GPR 2021?"',
              file=sys.stderr)
        return 2
    settings = settings_from_args(args)
    engine = Engine(settings.load_knowledge())
    unanswered = UnansweredLog.from_settings(settings)
    try:
        if not args.json:
            reply = engine.ask(question, "cli")
            if unanswered:
                unanswered.record(reply, "ask")
            print(render_text(reply))
            return 0
        on_reply = None
        if unanswered:
            def on_reply(chat: str, reply: Reply) -> None:
                unanswered.record(reply, "ask", chat=chat)
        write_json_lines(engine, bounded_lines(sys.stdin), sys.stdout, on_reply)
        return 0
    finally:
        if unanswered:
            unanswered.close()


OnReply = Callable[[str, Reply], None]


def write_json_lines(engine: Engine, lines: Iterable[str], out: TextIO,
                     on_reply: OnReply | None = None) -> None:
    """One JSON reply (or error) per input line; context is kept per chat."""
    for record in answer_lines(engine, lines, on_reply):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()


def answer_lines(engine: Engine, lines: Iterable[str],
                 on_reply: OnReply | None = None) -> Iterator[dict[str, Any]]:
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
        if on_reply is not None:
            on_reply(chat, reply)
        yield {"chat": chat, **reply.to_json_dict()}


def parse_line(line: str) -> tuple[str, str] | str:
    """(chat, question) from a JSON object or plain text line, or an error message; the
    question is cut to the input cap."""
    cut = isinstance(line, CutLine)
    line = line.strip()
    if not line:
        return "empty line: write a question or a JSON object"
    if not line.startswith("{"):
        return PLAIN_CHAT, cut_question(line)
    if cut:
        return (f"line too long: a JSON line holds at most {MAX_LINE_CHARS:,} characters "
                f"(a question is cut to {MAX_INPUT_CHARS:,} anyway)")
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
    chat = str(chat).encode("utf-8", "replace").decode("utf-8")  # lone surrogates
    return chat, cut_question(text)
