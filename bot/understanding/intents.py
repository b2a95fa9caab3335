"""Intents: what a question asks, declared in data/intents.yaml as cue words, slot bonuses,
required slots, the focuses their answers supply and their resolvers (one entry per intent).

Matching is strict first (weighted cue words on the words left after entity linking), fuzzy
second (rapidfuzz against delexicalised example questions), as Snips NLU recommends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator
from rapidfuzz import fuzz, process

from bot.understanding.entities import Linked
from bot.understanding.vocabulary import (
    DATA,
    FILLERS,
    GENERIC_WORDS,
    VocabularyError,
    load_data,
)

# slot groups an intent may require: one slot of the group must be present
EDITION_SUBJECT = ("award", "edition", "year", "organisation", "person", "number", "place")
WINNER_SUBJECT = ("award", "edition", "year", "category", "group", "number")


@dataclass(frozen=True)
class IntentSpec:
    """One intent: its cue words (on free words), slot bonuses, requirements, the focuses its
    answer supplies, example questions and the name of its resolver."""

    name: str
    cues: dict[str, float]
    slots: dict[str, float] = field(default_factory=dict)
    requires: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    pairs: dict[tuple[str, ...], float] = field(default_factory=dict)
    supplies: frozenset[str] = frozenset()
    resolver: str = ""


SLOT_NAMES = frozenset({"award", "edition", "year", "number", "rank", "organisation", "person",
                        "role", "category", "group", "place", "topics", "asks_rank", "alasan"})
FOCUSES = frozenset({"about", "conferrer", "giver", "who", "when", "where", "how_many", "rank",
                     "category", "group", "said", "why", "name", "number", "which", "what",
                     "look", "score", "loser"})


class _Entry(BaseModel):
    """One entry of data/intents.yaml."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z_]+$")
    cues: dict[str, float]
    pairs: dict[str, float] = {}
    slots: dict[str, float] = {}
    requires: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()
    supplies: frozenset[str] = frozenset()
    examples: tuple[str, ...] = ()
    resolver: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$")

    @model_validator(mode="after")
    def _known_names(self) -> _Entry:
        slots = {*self.slots, *self.requires, *self.uses}
        unknown = sorted(slots - SLOT_NAMES) + sorted(self.supplies - FOCUSES)
        if unknown:
            raise ValueError(f"unknown slot or focus: {', '.join(unknown)}")
        if any(not 2 <= len(pair.split()) <= 3 for pair in self.pairs):
            raise ValueError("each pair is two or three words")
        return self


class _Registry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    intents: list[_Entry]


def _pair(text: str) -> tuple[str, ...]:
    return tuple(text.split())  # (_Entry checked that a pair is two or three words)


def load_intents(path: Path = DATA / "intents.yaml") -> tuple[IntentSpec, ...]:
    """Read and check the intent registry; VocabularyError names what is wrong."""
    registry = load_data(path, _Registry)
    names = [entry.name for entry in registry.intents]
    if len(set(names)) != len(names):
        raise VocabularyError(f"{path}: an intent is declared twice")
    return tuple(
        IntentSpec(entry.name, entry.cues, entry.slots, entry.requires, entry.uses,
                   entry.examples, {_pair(k): w for k, w in entry.pairs.items()},
                   entry.supplies, entry.resolver)
        for entry in registry.intents)


INTENTS: tuple[IntentSpec, ...] = load_intents()

BY_NAME = {spec.name: spec for spec in INTENTS}
SUBJECT_SLOTS = ("award", "edition", "organisation", "person", "role")
FUZZY_THRESHOLD = 80.0


@dataclass(frozen=True)
class Scored:
    """An intent's score for one question, and how it was reached."""

    intent: str
    score: float
    how: str  # "strict" | "fuzzy"


def slot_presence(linked: Linked) -> dict[str, int]:
    present: dict[str, int] = {m.kind: 1 for m in linked.mentions}
    present.pop("topic", None)
    present["topics"] = len({(m.start, m.end) for m in linked.mentions if m.kind == "topic"})
    present["asks_rank"] = int(linked.asks_rank)
    present["alasan"] = int("alasan" in linked.free_words())
    return present


def score_strict(linked: Linked) -> list[Scored]:
    """Weighted cue words on the free words plus slot bonuses, best first."""
    words = linked.free_words()
    word_set = set(words)
    present = slot_presence(linked)
    named = delexicalised(linked).split()  # (a pair may hold a kind: "nama lengkap <award>")
    scored = []
    for spec in INTENTS:
        cue_score = sum(weight for cue, weight in spec.cues.items() if cue in word_set)
        cue_score += sum(weight * min(present.get(cue[1:], 0), 2)
                         for cue, weight in spec.cues.items() if cue[:1] == "@")
        cue_score += sum(
            weight for pair, weight in spec.pairs.items()
            if _adjacent(named if pair in _KIND_PAIRS else words, pair)
        )
        if cue_score <= 0:
            continue
        slot_score = sum(weight for slot, weight in spec.slots.items() if present.get(slot))
        scored.append(Scored(spec.name, round(cue_score + slot_score, 3), "strict"))
    return sorted(scored, key=lambda s: -s.score)


# the pairs that hold a name's kind ("nama lengkap <award>"), matched on the question with
# its names replaced by their kinds
_KIND_PAIRS = frozenset(pair for spec in INTENTS for pair in spec.pairs
                        if any(word[:1] == "<" for word in pair))


def _adjacent(words: list[str], pair: tuple[str, ...]) -> bool:
    first, size = pair[0], len(pair)
    return any(word == first and tuple(words[i:i + size]) == pair for i, word in enumerate(words))


_EXAMPLES = [(example, spec.name) for spec in INTENTS for example in spec.examples]


def delexicalised(linked: Linked) -> str:
    """The question with mentions replaced by their kind: 'siapa juara <award> <year>'."""
    parts: list[str] = []
    starts = {m.start: m for m in linked.mentions}
    index = 0
    while index < len(linked.tokens):
        if index in starts:
            parts.append(f"<{starts[index].kind}>")
            index = max(starts[index].end, index + 1)
        else:
            parts.append(linked.tokens[index])
            index += 1
    return " ".join(parts)


def score_fuzzy(linked: Linked) -> Scored | None:
    """The example question closest to the delexicalised question, if close enough."""
    if not any(w not in FILLERS for w in linked.free_words()):
        return None  # names alone ("bandung", "2021") never make a question
    text = delexicalised(linked)
    best = process.extractOne(text, [e for e, _ in _EXAMPLES], scorer=fuzz.token_sort_ratio,
                              score_cutoff=FUZZY_THRESHOLD)
    if best is None:
        return None
    return Scored(_EXAMPLES[best[2]][1], round(best[1] / 100, 3), "fuzzy")


def requirement_met(spec: IntentSpec, present: dict[str, int] | dict[str, bool]) -> bool:
    return not spec.requires or any(present.get(slot) for slot in spec.requires)


def words_of_asking() -> frozenset[str]:
    """The words a note keyword may not consist of to be a hint: the domain's generic words,
    fillers and every cue word of the intents other than notes ("juara", "tema", "kapan")."""
    cues = {w for spec in INTENTS if spec.name != "note" for cue in spec.cues
            if not cue.startswith("@") for w in cue.split()}
    return frozenset(GENERIC_WORDS | FILLERS | cues)
