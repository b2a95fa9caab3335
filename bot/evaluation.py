"""`humasbot eval`: run a question set through the engine and measure it.

A question set is YAML: `cases:` of single questions (text, kind, intent, expect, forbid) or
conversations (`turns:` of the same). Kinds: answerable, no_data, out_of_domain, chitchat.
An `expect` item is a text the answer must hold, or a list of alternatives of which it must
hold one (`[pertama, peringkat 1]`); a `forbid` item a text it must not hold, or a list of
such texts.
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

DEFAULT_QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "data" / "questions.yaml"
NEGATIVE_KINDS = ("no_data", "out_of_domain")
KINDS = ("answerable", "chitchat", *NEGATIVE_KINDS)


@dataclass(frozen=True)
class Turn:
    id: str
    text: str
    kind: str
    intent: str | None
    expect: tuple[tuple[str, ...], ...]
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

    def answered_wrong(self) -> list[Outcome]:
        """Answerable questions answered, but with another fact than the one asked for."""
        return [o for o in self.outcomes if o.turn.kind == "answerable"
                and o.reply.status == Status.ANSWERED and not o.passed]

    def negatives_answered(self) -> list[Outcome]:
        return [o for o in self.outcomes
                if o.turn.kind in NEGATIVE_KINDS and o.reply.status == Status.ANSWERED]

    def intent_precision_recall(self) -> dict[str, tuple[float | None, float | None]]:
        """Per intent label: precision (of the answers given under that intent, the share
        that were right) and recall (of the answerable questions so labelled, the share
        answered right)."""
        given: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        wanted: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for outcome in self.outcomes:
            if outcome.reply.status == Status.ANSWERED and outcome.reply.intent:
                right = outcome.turn.kind == "answerable" and outcome.passed
                given[outcome.reply.intent][0] += right
                given[outcome.reply.intent][1] += 1
            if outcome.turn.kind == "answerable" and outcome.turn.intent:
                wanted[outcome.turn.intent][0] += outcome.passed
                wanted[outcome.turn.intent][1] += 1
        return {
            intent: (given[intent][0] / given[intent][1] if given[intent][1] else None,
                     wanted[intent][0] / wanted[intent][1] if wanted[intent][1] else None)
            for intent in sorted(set(given) | set(wanted))
        }

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
        if not isinstance(case, dict):
            raise HumasbotError(f"{path}: case {number + 1} is not a mapping")
        case_id = str(case.get("id", f"case-{number}"))
        turns = case.get("turns") or [case]
        if not isinstance(turns, list):
            raise HumasbotError(f"{case_id}: `turns` must be a list")
        conversations.append([_turn(f"{case_id}#{i}" if "turns" in case else case_id, t)
                              for i, t in enumerate(turns, 1)])
    return conversations


def _turn(turn_id: str, data: object) -> Turn:
    if not isinstance(data, dict):
        raise HumasbotError(f"{turn_id}: a turn must be a mapping with `text` and `kind`")
    kind = data.get("kind")
    if kind not in KINDS or not isinstance(data.get("text"), str):
        raise HumasbotError(f"{turn_id}: needs `text` and a `kind` of {', '.join(KINDS)}")
    expect = []
    for item in _listed(turn_id, "expect", data.get("expect")):
        alternatives = tuple(str(a) for a in item) if isinstance(item, list) else (str(item),)
        if not alternatives:
            raise HumasbotError(f"{turn_id}: an empty list of alternatives in `expect`")
        expect.append(alternatives)
    # a `forbid` item may list several texts too: each is forbidden
    forbid = [str(f) for item in _listed(turn_id, "forbid", data.get("forbid"))
              for f in (item if isinstance(item, list) else [item])]
    return Turn(turn_id, data["text"], kind, data.get("intent"), tuple(expect), tuple(forbid))


def _listed(turn_id: str, field: str, value: object) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise HumasbotError(f"{turn_id}: `{field}` must be a list")
    return value


def shown(alternatives: tuple[str, ...]) -> str:
    """An `expect` item as people read it: “a” or “a” / “b”."""
    return " / ".join(f"“{a}”" for a in alternatives)


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
    problems += [f"missing {shown(e)}" for e in turn.expect
                 if not any(a.casefold() in text for a in e)]
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
    yield "intent                passed  total  precision  recall"
    by_intent = report.by_intent()
    for intent, (precision, recall) in report.intent_precision_recall().items():
        passed, total = by_intent.get(intent, (0, 0))
        yield (f"{intent:<21} {passed:>6} {total:>6}  {_share(precision):>9}  "
               f"{_share(recall):>6}")
    yield ""
    answerable = report.by_kind().get("answerable", (0, 0))[1]
    wrong = len(report.answered_wrong())
    yield f"answerable answered right: {report.answerable_accuracy():.1%}"
    yield (f"answerable answered with a wrong fact: {wrong} of {answerable}"
           f" ({wrong / answerable if answerable else 0:.1%})")
    yield (f"false-answer rate (negatives answered): {report.false_answer_rate():.1%}"
           f" ({len(report.negatives_answered())})")
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


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def run_eval(args: argparse.Namespace) -> int:
    import sys

    from bot.settings import settings_from_args

    if not args.file and not DEFAULT_QUESTIONS.is_file():  # installed, not a source checkout
        print("humasbot eval: give the question set to run, e.g. humasbot eval questions.yaml "
              "(the default, tests/data/questions.yaml, comes with humasbot's source "
              "checkout, not with the installed package)", file=sys.stderr)
        return 2
    path = Path(args.file) if args.file else DEFAULT_QUESTIONS
    engine = Engine(settings_from_args(args).load_knowledge())
    report = evaluate(engine, load_question_set(path))
    for line in format_report(report, show_failures=not args.quiet):
        print(line)
    return 0
