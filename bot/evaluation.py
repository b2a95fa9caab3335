"""`humasbot eval`: run a question set through the engine and measure it.

A question set is YAML: `cases:` of single questions (text, kind, intent, expect, forbid) or
conversations (`turns:` of the same). Kinds: answerable, no_data, out_of_domain, chitchat.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.engine import Engine
from bot.reply import Reply, Status
from knowledge.errors import HumasbotError
from knowledge.loader import load_knowledge

DEFAULT_QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "data" / "questions.yaml"
NEGATIVE_KINDS = ("no_data", "out_of_domain")
KINDS = ("answerable", "chitchat", *NEGATIVE_KINDS)


@dataclass(frozen=True)
class Turn:
    id: str
    text: str
    kind: str
    intent: str | None
    expect: tuple[str, ...]
    forbid: tuple[str, ...]


@dataclass
class Outcome:
    turn: Turn
    reply: Reply
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


@dataclass
class Report:
    outcomes: list[Outcome]

    def by_kind(self) -> dict[str, tuple[int, int]]:
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for outcome in self.outcomes:
            table[outcome.turn.kind][0] += outcome.passed
            table[outcome.turn.kind][1] += 1
        return {k: (v[0], v[1]) for k, v in table.items()}

    def by_intent(self) -> dict[str, tuple[int, int]]:
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for outcome in self.outcomes:
            if outcome.turn.kind == "answerable" and outcome.turn.intent:
                table[outcome.turn.intent][0] += outcome.passed
                table[outcome.turn.intent][1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(table.items())}

    def answerable_accuracy(self) -> float:
        passed, total = self.by_kind().get("answerable", (0, 0))
        return passed / total if total else 1.0

    def false_answer_rate(self) -> float:
        negatives = [o for o in self.outcomes if o.turn.kind in NEGATIVE_KINDS]
        answered = [o for o in negatives if o.reply.status == Status.ANSWERED]
        return len(answered) / len(negatives) if negatives else 0.0

    def intent_accuracy(self) -> float:
        labelled = [o for o in self.outcomes if o.turn.kind == "answerable" and o.turn.intent]
        right = [o for o in labelled if o.reply.intent == o.turn.intent]
        return len(right) / len(labelled) if labelled else 1.0

    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.passed]


def load_question_set(path: Path) -> list[list[Turn]]:
    """Conversations (a single question is a conversation of one turn)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise HumasbotError(f"cannot read question set {path}: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise HumasbotError(f"{path}: expected a mapping with a `cases:` list")
    conversations = []
    for number, case in enumerate(data["cases"]):
        case_id = str(case.get("id", f"case-{number}"))
        turns = case.get("turns") or [case]
        conversations.append([_turn(f"{case_id}#{i}" if "turns" in case else case_id, t)
                              for i, t in enumerate(turns, 1)])
    return conversations


def _turn(turn_id: str, data: dict[str, Any]) -> Turn:
    kind = data.get("kind")
    if kind not in KINDS or not isinstance(data.get("text"), str):
        raise HumasbotError(f"{turn_id}: needs `text` and a `kind` of {', '.join(KINDS)}")
    return Turn(turn_id, data["text"], kind, data.get("intent"),
                tuple(data.get("expect") or ()), tuple(data.get("forbid") or ()))


def judge(turn: Turn, reply: Reply) -> list[str]:
    """Why a reply fails its turn (empty when it passes)."""
    problems = []
    wanted = {
        "answerable": (Status.ANSWERED,), "chitchat": (Status.CHITCHAT,),
        "no_data": (Status.NO_DATA, Status.NOT_UNDERSTOOD),
        "out_of_domain": (Status.NOT_UNDERSTOOD, Status.NO_DATA),
    }[turn.kind]
    if reply.status not in wanted:
        problems.append(f"status {reply.status}, wanted {' or '.join(wanted)}")
    text = reply.text.casefold()
    problems += [f"missing “{e}”" for e in turn.expect if e.casefold() not in text]
    problems += [f"contains forbidden “{f}”" for f in turn.forbid if f.casefold() in text]
    return problems


def evaluate(engine: Engine, conversations: list[list[Turn]]) -> Report:
    outcomes = []
    for number, turns in enumerate(conversations):
        chat = f"eval-{number}"
        for turn in turns:
            reply = engine.ask(turn.text, chat)
            outcomes.append(Outcome(turn, reply, judge(turn, reply)))
    return Report(outcomes)


def format_report(report: Report, *, show_failures: bool = True) -> Iterator[str]:
    yield "kind            passed  total  accuracy"
    for kind in KINDS:
        passed, total = report.by_kind().get(kind, (0, 0))
        if total:
            yield f"{kind:<15} {passed:>6} {total:>6}  {passed / total:>7.1%}"
    yield ""
    yield "intent (answerable)   passed  total"
    for intent, (passed, total) in report.by_intent().items():
        yield f"{intent:<21} {passed:>6} {total:>6}"
    yield ""
    yield f"answerable answered right: {report.answerable_accuracy():.1%}"
    yield f"false-answer rate (negatives answered): {report.false_answer_rate():.1%}"
    yield f"intent matches label (answerable): {report.intent_accuracy():.1%}"
    if show_failures and report.failures():
        yield ""
        yield f"failures ({len(report.failures())}):"
        for outcome in report.failures():
            reply = outcome.reply
            yield f"- [{outcome.turn.id}] {outcome.turn.text!r} ({outcome.turn.kind})"
            yield f"    {'; '.join(outcome.problems)}"
            yield f"    got {reply.status} intent={reply.intent} slots={json.dumps(reply.slots)}"
            yield f"    candidates={[(c.intent, c.score) for c in reply.candidates]}"
            yield f"    text: {reply.text[:160]!r}"


def run_eval(args: argparse.Namespace) -> int:
    path = Path(args.file) if args.file else DEFAULT_QUESTIONS
    engine = Engine(load_knowledge(args.facts))
    report = evaluate(engine, load_question_set(path))
    for line in format_report(report, show_failures=not args.quiet):
        print(line)
    return 0
