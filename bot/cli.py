"""The `humasbot` command: a thin layer over the library; errors become friendly messages."""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import version

from bot.settings import ENV_FILE, SettingsError
from knowledge.errors import HumasbotError, KnowledgeError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
ENV_FILE_HELP = (f"settings file read after the environment (default: {ENV_FILE} in the "
                 "working directory, if there is one)")


def _add_knowledge_options(parser: argparse.ArgumentParser) -> None:
    """--facts and --seeds, for every command that loads the knowledge; --env-file after the
    command too (`humasbot run --env-file FILE`), the same option as before the command."""
    parser.add_argument(
        "--facts", metavar="DIR",
        help="folder of fact files (default: HUMASBOT_FACTS_DIR from the environment or the "
             "settings file, else the packaged knowledge/facts)",
    )
    parser.add_argument(
        "--seeds", metavar="DIR",
        help="folder of the source articles and their index.yaml (default: HUMASBOT_SEEDS_DIR "
             "from the environment or the settings file, else the packaged seeds)",
    )
    parser.add_argument("--env-file", metavar="FILE", default=argparse.SUPPRESS,
                        help=ENV_FILE_HELP)


def _add_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("id", "en"), default="id",
                        help="language of the messages: id (Bahasa Indonesia, the default) or en")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="humasbot",
        description="Bot tanya-jawab penghargaan kehumasan pemerintah (AMH, TOP GPR Award, …), "
                    "menjawab dari berkas fakta yang terverifikasi.",
        epilog="Examples:\n  humasbot console\n  humasbot ask \"siapa juara TOP GPR 2021?\"\n"
               "  humasbot facts check --facts my-facts/\n"
               "  humasbot --env-file bot.env facts check\n  humasbot unanswered --since 7d\n"
               "  humasbot run",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--env-file", metavar="FILE", default=ENV_FILE, help=ENV_FILE_HELP)
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('humasbot')}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    facts = commands.add_parser("facts", help="check, list or describe the fact files")
    facts_commands = facts.add_subparsers(dest="facts_command", metavar="ACTION")
    check = facts_commands.add_parser(
        "check", help="validate every fact file and its evidence, warn of misleading note "
                      "keywords, ask the regression questions; exit 1 on any problem or changed "
                      "answer")
    _add_knowledge_options(check)
    _add_lang_option(check)
    check.add_argument("--questions", metavar="FILE",
                       help="regression questions to ask (default: the packaged "
                            "knowledge/questions.yaml)")
    check.add_argument("--no-questions", action="store_true",
                       help="check the files only, ask no regression question")
    listing = facts_commands.add_parser("list", help="table of awards, editions and results")
    _add_knowledge_options(listing)
    _add_lang_option(listing)
    new = facts_commands.add_parser(
        "new", help="register an article and draft a fact file from it (facts marked for review)")
    _add_knowledge_options(new)
    new.add_argument("article", metavar="ARTICLE.txt", help="the article, as UTF-8 text")
    new.add_argument("--title", help="the article's title (default: its first line)")
    new.add_argument("--publisher", help="the publisher (default: the dateline, if any)")
    new.add_argument("--date", metavar="YYYY-MM-DD",
                     help="publication date (default: the ceremony date found in the text)")
    new.add_argument("--id", help="the source id (default: publisher-winner-award-year)")
    new.add_argument("--output", "-o", metavar="FILE",
                     help="write the draft to FILE instead of the facts folder")
    report = facts_commands.add_parser(
        "report", help="static HTML pages: each article with its facts' evidence highlighted")
    _add_knowledge_options(report)
    report.add_argument("--output", "-o", metavar="DIR", required=True,
                        help="folder to write the pages into")
    schema = facts_commands.add_parser("schema", help="print the JSON Schema of fact files")
    schema.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")

    console = commands.add_parser("console", help="chat with the bot in this terminal")
    _add_knowledge_options(console)
    console.add_argument("--explain", action="store_true",
                         help="show slots, intent, candidates and scores under each answer")

    ask = commands.add_parser("ask", help="answer one question, or JSON lines from stdin")
    _add_knowledge_options(ask)
    ask.add_argument("question", nargs="*", help="the question (omit with --json)")
    ask.add_argument("--json", action="store_true",
                     help='read lines from stdin (JSON {"chat": ..., "text": ...} or plain '
                          "text) and write one JSON reply per line")

    evaluate = commands.add_parser("eval", help="measure the bot on a question set")
    _add_knowledge_options(evaluate)
    evaluate.add_argument("file", nargs="?",
                          help="question set (default: tests/data/questions.yaml of a source "
                               "checkout)")
    evaluate.add_argument("--quiet", "-q", action="store_true", help="summary only, no failures")

    unanswered = commands.add_parser(
        "unanswered", help="list the questions the bot could not answer, most frequent first")
    unanswered.add_argument(
        "file", nargs="?", metavar="FILE",
        help="the unanswered file (default: HUMASBOT_UNANSWERED_FILE, else unanswered.jsonl "
             "beside HUMASBOT_STATE_FILE); its rotated files FILE.1, FILE.2 … are read too")
    unanswered.add_argument(
        "--since", metavar="WHEN",
        help="only questions asked since WHEN: a period (30m, 24h, 7d, 2w) or an ISO date or "
             "time (2026-12-01, 2026-12-01T08:00)")
    unanswered.add_argument("--json", action="store_true",
                            help="write the groups as one JSON document")
    unanswered.add_argument("--as-questions", metavar="OUT.yaml",
                            help="write a question-set skeleton for `humasbot eval` to OUT.yaml")
    unanswered.add_argument("--env-file", metavar="FILE", default=argparse.SUPPRESS,
                            help=ENV_FILE_HELP)

    run = commands.add_parser(
        "run", help="start the Telegram bot (settings from the environment and .env)")
    _add_knowledge_options(run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = _handler(args)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        code = handler(args)
        sys.stdout.flush()  # a full disk or closed pipe shows here, not at interpreter exit
        return code
    except SettingsError as error:
        print(f"humasbot {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KnowledgeError as error:
        print(error, file=sys.stderr)
        return EXIT_ERROR
    except HumasbotError as error:
        print(f"humasbot: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`| head`, a closed pipe): say nothing
        _discard_stdout()
        return EXIT_ERROR
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
        _discard_stdout()
        with contextlib.suppress(OSError):  # standard error may be on the full disk too
            print(f"humasbot {args.command}: cannot write the output: {error.strerror}",
                  file=sys.stderr)
        return EXIT_ERROR


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so the output still buffered is dropped at exit instead of
    failing again there (Python's advice for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor (tests capture stdout)
        pass
    finally:
        os.close(devnull)


def _handler(args: argparse.Namespace) -> Callable[[argparse.Namespace], int] | None:
    if args.command == "facts":
        from bot.channels import facts_cli

        return {
            "check": facts_cli.check, "list": facts_cli.listing, "schema": facts_cli.schema,
            "new": facts_cli.new, "report": facts_cli.report,
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
    if args.command == "unanswered":
        from bot.channels.unanswered_cli import run_unanswered

        return run_unanswered
    if args.command == "run":
        from bot.channels.telegram.runner import run_telegram

        return run_telegram
    return None


if __name__ == "__main__":
    raise SystemExit(main())
