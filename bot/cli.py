"""The `humasbot` command: a thin layer over the library; errors become friendly messages."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import version

from knowledge.errors import HumasbotError, KnowledgeError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _add_facts_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--facts", metavar="DIR",
        help="folder of fact files (default: $HUMASBOT_FACTS_DIR, else the packaged "
             "knowledge/facts)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="humasbot",
        description="Bot tanya-jawab penghargaan kehumasan pemerintah (AMH, TOP GPR Award, …), "
                    "menjawab dari berkas fakta yang terverifikasi.",
        epilog="Examples:\n  humasbot console\n  humasbot ask \"siapa juara TOP GPR 2021?\"\n"
               "  humasbot facts check --facts my-facts/\n  humasbot run",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('humasbot')}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    facts = commands.add_parser("facts", help="check, list or describe the fact files")
    facts_commands = facts.add_subparsers(dest="facts_command", metavar="ACTION")
    check = facts_commands.add_parser(
        "check", help="validate every fact file and its evidence; exit 1 on any problem")
    _add_facts_option(check)
    listing = facts_commands.add_parser("list", help="table of awards, editions and results")
    _add_facts_option(listing)
    schema = facts_commands.add_parser("schema", help="print the JSON Schema of fact files")
    schema.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")

    console = commands.add_parser("console", help="chat with the bot in this terminal")
    _add_facts_option(console)
    console.add_argument("--explain", action="store_true",
                         help="show slots, intent, candidates and scores under each answer")

    ask = commands.add_parser("ask", help="answer one question, or JSON lines from stdin")
    _add_facts_option(ask)
    ask.add_argument("question", nargs="*", help="the question (omit with --json)")
    ask.add_argument("--json", action="store_true",
                     help='read lines from stdin (JSON {"chat": ..., "text": ...} or plain '
                          "text) and write one JSON reply per line")

    evaluate = commands.add_parser("eval", help="measure the bot on a question set")
    _add_facts_option(evaluate)
    evaluate.add_argument("file", nargs="?",
                          help="question set (default: tests/data/questions.yaml)")
    evaluate.add_argument("--quiet", "-q", action="store_true", help="summary only, no failures")

    run = commands.add_parser(
        "run", help="start the Telegram bot (settings from the environment and .env)")
    _add_facts_option(run)
    run.add_argument("--env-file", metavar="FILE", default=".env",
                     help="settings file to read (default: .env)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = _handler(args)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return handler(args)
    except KnowledgeError as error:
        print(error, file=sys.stderr)
        return EXIT_ERROR
    except HumasbotError as error:
        print(f"humasbot: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK


def _handler(args: argparse.Namespace) -> Callable[[argparse.Namespace], int] | None:
    if args.command == "facts":
        from bot.channels import facts_cli

        return {
            "check": facts_cli.check, "list": facts_cli.listing, "schema": facts_cli.schema,
        }.get(args.facts_command)
    if args.command == "console":
        from bot.channels.console import run_console

        return run_console
    if args.command == "ask":
        from bot.channels.ask import run_ask

        return run_ask
    if args.command == "eval":
        from bot.evaluation import run_eval

        return run_eval
    if args.command == "run":
        from bot.channels.telegram.runner import run_telegram

        return run_telegram
    return None


if __name__ == "__main__":
    raise SystemExit(main())
