"""The slots of a question and the focus of an answer, typed.

A question's slots say what it names (an award, a year, an organisation …) and a few signals
the linker raised (a rank asked for, a category not on record). An answer's focus says what
the answer was about, for the follow-up questions that point back at it. Both are plain dicts
at run time (the Telegram state file keeps them as JSON objects, `ask --json` prints them),
typed for mypy; their keys keep the order they were filled in.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal, TypedDict, TypeGuard, get_args

TextSlot = Literal["award", "edition", "organisation", "person", "role", "category", "group",
                   "place", "unknown_category", "unknown_organisation", "speaker"]
NumberSlot = Literal["year", "number", "rank", "rank_from"]
FlagSlot = Literal["asks_rank", "asks_count"]
ListSlot = Literal["topics", "passage_terms", "passages", "ranks"]
SlotName = Literal[TextSlot, NumberSlot, FlagSlot, ListSlot]
FocusName = Literal["award", "edition", "year", "organisation", "person", "speaker"]


class Slots(TypedDict, total=False):
    """What a question names: ids of the knowledge base (award, edition, organisation,
    person), text (role, category, group, place, the unknown ones), whole numbers (year,
    edition number, rank, the rank a relative one was counted from), note keywords
    (topics), the words a quoted source sentence answered and the sentences (passage_terms,
    passages, for a follow-up to it), the ranks of "juara 1 dan 2" (ranks) and the linker's
    flags."""

    award: str
    edition: str
    year: int
    number: int
    rank: int
    rank_from: int  # the rank "yang di atasnya" moved from
    organisation: str
    person: str
    role: str
    category: str
    group: str
    place: str
    topics: list[str]
    passage_terms: list[str]
    passages: list[str]
    ranks: list[str]
    asks_rank: bool
    unknown_category: str
    unknown_organisation: str
    asks_count: bool
    speaker: str  # who said what the last answer quoted or reported


class Focus(TypedDict, total=False):
    """What an answer was about: the edition (and its award and year), the organisation or
    the person it named, and who said what it quoted or reported."""

    award: str
    edition: str
    year: int
    organisation: str
    person: str
    speaker: str


TEXT_SLOTS: tuple[TextSlot, ...] = get_args(TextSlot)
NUMBER_SLOTS: tuple[NumberSlot, ...] = get_args(NumberSlot)
FLAG_SLOTS: tuple[FlagSlot, ...] = get_args(FlagSlot)
LIST_SLOTS: tuple[ListSlot, ...] = get_args(ListSlot)
SLOT_NAMES: frozenset[str] = frozenset((*TEXT_SLOTS, *NUMBER_SLOTS, *FLAG_SLOTS, *LIST_SLOTS))
FOCUS_NAMES: frozenset[str] = frozenset(get_args(FocusName))


def is_slot_name(name: object) -> TypeGuard[SlotName]:
    return name in SLOT_NAMES


def is_text_slot(name: object) -> TypeGuard[TextSlot]:
    return name in TEXT_SLOTS


def is_number_slot(name: object) -> TypeGuard[NumberSlot]:
    return name in NUMBER_SLOTS


def is_flag_slot(name: object) -> TypeGuard[FlagSlot]:
    return name in FLAG_SLOTS


def is_list_slot(name: object) -> TypeGuard[ListSlot]:
    return name in LIST_SLOTS


def is_focus_name(name: object) -> TypeGuard[FocusName]:
    return name in FOCUS_NAMES


def filled(slots: Slots) -> list[SlotName]:
    """The names of the slots present, in the order they were filled."""
    return [name for name in slots if is_slot_name(name)]


def focus_filled(focus: Focus) -> list[FocusName]:
    """The names present in a focus, in the order they were filled."""
    return [name for name in focus if is_focus_name(name)]


def only(slots: Slots, names: Collection[str]) -> Slots:
    """The slots among `names` (in the order they were filled)."""
    kept: Slots = {}
    for name in filled(slots):
        if name in names:
            kept[name] = slots[name]
    return kept


def without(slots: Slots, names: Collection[str]) -> Slots:
    """The slots but those among `names` (in the order they were filled)."""
    kept: Slots = {}
    for name in filled(slots):
        if name not in names:
            kept[name] = slots[name]
    return kept


def focus_on(*, award: str | None = None, year: int | None = None, edition: str | None = None,
             organisation: str | None = None, person: str | None = None) -> Focus:
    """A focus holding the values given (None or empty ones left out)."""
    focus: Focus = {}
    if award:
        focus["award"] = award
    if year:
        focus["year"] = year
    if edition:
        focus["edition"] = edition
    if organisation:
        focus["organisation"] = organisation
    if person:
        focus["person"] = person
    return focus


def slots_of(focus: Focus) -> Slots:
    """A focus as slots (for a follow-up that borrows what the previous answer was about)."""
    slots: Slots = {}
    for name in focus_filled(focus):
        slots[name] = focus[name]
    return slots
