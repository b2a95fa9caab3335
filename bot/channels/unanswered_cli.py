"""`humasbot unanswered [FILE]`: the questions the bot could not answer, grouped by their
normalised text, most frequent first — as a table, as JSON, or as a question-set skeleton for
`humasbot eval`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

from bot.channels.telegram.logs import escape_controls
from bot.settings import settings_from_args
from bot.unanswered import Group, Reading, group_records, parse_since, read_records

# the kind a curator most likely gives each status (a hint in the skeleton's comments)
LIKELY_KIND = {"not_understood": "out_of_domain", "no_data": "no_data"}
MAX_TEXT_COLUMN = 80


def run_unanswered(args: argparse.Namespace) -> int:
    """List the unanswered questions (or write them as JSON or a question set)."""
    settings = settings_from_args(args)
    path = Path(args.file) if args.file else settings.unanswered_path
    if path is None:
        print("humasbot unanswered: recording is off (HUMASBOT_UNANSWERED_FILE is empty); "
              "give the FILE to read", file=sys.stderr)
        return 2
    try:
        since = parse_since(args.since) if args.since else None
    except ValueError as error:
        print(f"humasbot unanswered: --since: {error}", file=sys.stderr)
        return 2
    reading = Reading()
    try:
        groups = group_records(read_records(path, since, reading))
    except OSError as error:
        print(f"humasbot unanswered: cannot read {path}: {error.strerror}", file=sys.stderr)
        return 1
    if reading.skipped:
        print(f"humasbot unanswered: skipped {reading.skipped} line(s) that are not whole "
              "records", file=sys.stderr)
    if args.as_questions:
        out = Path(args.as_questions)
        out.write_text(question_set(groups, path), encoding="utf-8")
        print(f"{len(groups)} question(s) written to {out}: fill in each `kind` (and "
              f"`expect` for answerable ones), then run humasbot eval {out}")
        return 0
    if args.json:
        print(json.dumps({"file": str(path), "since": since.isoformat() if since else None,
                          "groups": [group.to_json() for group in groups]},
                         ensure_ascii=False, indent=1))
        return 0
    for line in table(groups, path, since):
        print(line)
    return 0


def local(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "-"


def shown(text: str, limit: int = MAX_TEXT_COLUMN) -> str:
    """User text as a table shows it: one line, control characters escaped, cut."""
    one_line = escape_controls(" ".join(text.split()))
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def table(groups: Sequence[Group], path: Path, since: dt.datetime | None) -> Iterator[str]:
    """The groups as a table: count, last seen (local time), status, best guess, question."""
    period = f" sejak {local(since)}" if since else ""
    if not groups:
        yield f"Tidak ada pertanyaan tak terjawab{period} di {path}."
        return
    rows = [("jumlah", "terakhir", "status", "tebakan", "pertanyaan")]
    rows += [(str(g.count), local(g.last_seen), g.status, g.guess_intent or "-", shown(g.text))
             for g in groups]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        yield (row[0].rjust(widths[0]) + "  " + "  ".join(
            cell.ljust(width) for cell, width in zip(row[1:4], widths[1:], strict=True))
            + "  " + row[4])
    total = sum(g.count for g in groups)
    yield ""
    yield f"{len(groups)} pertanyaan berbeda, {total} kali ditanyakan{period} ({path})."


def question_set(groups: Sequence[Group], path: Path) -> str:
    """A question set in `humasbot eval`'s format, one case per group, `kind` and `expect`
    left for a curator to fill in; the comments give what the bot did."""
    from bot.evaluation import KINDS  # loads the engine's modules: only when needed

    lines = [
        f"# Questions humasbot could not answer, from {path}",
        f"# (humasbot unanswered, {dt.datetime.now().astimezone():%Y-%m-%d %H:%M}).",
        "#",
        "# For each case fill in `kind`: " + ", ".join(KINDS) + ";",
        "# for an answerable one also `intent` (optional) and `expect`: the words the answer",
        "# must contain. Delete the cases you don't want. Then run: humasbot eval THIS-FILE",
        "",
        "cases:",
    ]
    for number, group in enumerate(groups, 1):
        lines += [f"  # {shown(comment, 1000)}" for comment in case_comments(group)]
        case: dict[str, Any] = {"id": f"unanswered-{number:03d}", "text": group.text,
                                "kind": None, "intent": None, "expect": []}
        dumped = yaml.safe_dump([case], allow_unicode=True, sort_keys=False, width=10_000)
        lines += ["  " + line for line in dumped.splitlines()]
    return "\n".join(lines) + "\n"


def case_comments(group: Group) -> list[str]:
    guess = group.guess_intent or "-"
    comments = [
        f"asked {group.count}x, last {local(group.last_seen)}; the bot said {group.status} "
        f"(intent {group.intent or '-'}, best guess {guess}); likely kind: "
        f"{LIKELY_KIND.get(group.status, 'answerable')}",
    ]
    if group.suggestions:
        comments.append("it suggested: " + " | ".join(shown(s, 60) for s in group.suggestions))
    return comments
