"""`humasbot console`: chat with the bot in a terminal — no token, no network."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from bot.catalogue import example_questions, known_editions
from bot.channels.ask import cut_question, read_line
from bot.engine import Engine
from bot.render import render_text
from bot.reply import Reply
from bot.settings import settings_from_args

EXIT_WORDS = frozenset({":q", "exit", "quit", "keluar", ":quit"})
CHAT_ID = "console"
HISTORY_FILE = Path.home() / ".humasbot_history"


def run_console(args: argparse.Namespace) -> int:
    """Read questions until :q, exit or Ctrl-D; print each answer (and --explain data)."""
    engine = Engine(settings_from_args(args).load_knowledge())
    read = _line_reader()
    kb = engine.knowledge
    print(f"humasbot — tanya tentang penghargaan kehumasan ({known_editions(kb)}).")
    print("Contoh: " + " | ".join(example_questions(kb)))
    print("Ketik :q atau exit untuk keluar.\n")
    while True:
        try:
            line = read()
        except EOFError:
            print()
            return 0
        except KeyboardInterrupt:
            continue
        question = cut_question(line)
        if not question:
            continue
        if question.casefold() in EXIT_WORDS:
            return 0
        reply = engine.ask(question, CHAT_ID)
        print(render_text(reply))
        if args.explain:
            print(explain_text(engine, reply))
        print()


def explain_text(engine: Engine, reply: Reply) -> str:
    """Slots, intent, candidates and scores under an answer."""
    meaning = engine.interpret(reply.question).explain()
    lines = [
        f"  [status={reply.status} intent={reply.intent} confidence={reply.confidence:.2f}"
        f"{' follow-up' if reply.followup else ''}]",
        f"  tokens: {' '.join(meaning['tokens'])}",
        f"  delexicalised: {meaning['delexicalised']}",
        f"  slots: {json.dumps(reply.slots, ensure_ascii=False)}",
    ]
    if meaning["corrected"]:
        lines.append(f"  corrected: {meaning['corrected']}")
    if meaning["unknown_words"]:
        lines.append(f"  unknown words: {', '.join(meaning['unknown_words'])}")
    candidates = ", ".join(f"{c.intent} {c.score:.2f} ({c.how})" for c in reply.candidates)
    lines.append(f"  candidates: {candidates or '-'}")
    return "\n".join(lines)


def _line_reader() -> Callable[[], str]:
    """prompt_toolkit with history and line editing on a terminal; plain input otherwise."""
    if sys.stdin.isatty() and sys.stdout.isatty():
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import FileHistory, History, InMemoryHistory

        history: History
        try:
            history = FileHistory(str(HISTORY_FILE))
        except OSError:
            history = InMemoryHistory()
        session: PromptSession[str] = PromptSession(history=history)
        return lambda: session.prompt("anda> ")
    return lambda: _plain_input()


def _plain_input() -> str:
    line = read_line(sys.stdin)  # a line of any length is read without holding it whole
    if not line:
        raise EOFError
    return line
