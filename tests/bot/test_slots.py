"""Typed slots: the names the code declares, the names the vocabulary uses, and the frames
restored from a state file agree."""

from __future__ import annotations

from typing import get_type_hints

from bot.context import ContextStore
from bot.slots import (
    FLAG_SLOTS,
    FOCUS_NAMES,
    LIST_SLOTS,
    NUMBER_SLOTS,
    SLOT_NAMES,
    TEXT_SLOTS,
    Focus,
    Slots,
    focus_on,
    only,
    slots_of,
    without,
)
from bot.understanding import intents

NOW = 1_700_000_000.0


def test_slot_name_groups_cover_the_typed_dict_once_each():
    groups = (*TEXT_SLOTS, *NUMBER_SLOTS, *FLAG_SLOTS, *LIST_SLOTS)
    assert len(groups) == len(set(groups))
    assert set(groups) == SLOT_NAMES == Slots.__optional_keys__
    hints = get_type_hints(Slots)
    assert all(hints[name] is str for name in TEXT_SLOTS)
    assert all(hints[name] is int for name in NUMBER_SLOTS)
    assert all(hints[name] is bool for name in FLAG_SLOTS)
    assert all(hints[name] == list[str] for name in LIST_SLOTS)


def test_a_focus_holds_slots_of_the_same_types():
    assert Focus.__optional_keys__ == FOCUS_NAMES <= SLOT_NAMES
    slot_types, focus_types = get_type_hints(Slots), get_type_hints(Focus)
    assert all(focus_types[name] == slot_types[name] for name in FOCUS_NAMES)


def test_every_slot_the_vocabulary_names_is_a_typed_slot():
    """data/intents.yaml may name the slots and 'alasan' (a word, not a slot)."""
    assert intents.SLOT_NAMES - {"alasan"} <= SLOT_NAMES


def test_slot_helpers_keep_the_order_slots_were_filled_in():
    slots: Slots = {"year": 2021, "award": "top-gpr", "rank": 2, "asks_rank": True}
    assert list(only(slots, ("rank", "award"))) == ["award", "rank"]
    assert list(without(slots, ("award",))) == ["year", "rank", "asks_rank"]
    assert list(slots_of({"edition": "amh-2023", "award": "amh"})) == ["edition", "award"]
    assert focus_on(award="amh", year=2023, edition="amh-2023", organisation=None) == {
        "award": "amh", "year": 2023, "edition": "amh-2023"}


def test_restore_keeps_only_the_slots_a_frame_can_hold():
    """Given a state file with names the engine never writes (and a rank in the focus, which
    an answer never has), when restored, then only the typed slots remain."""
    context = ContextStore(clock=lambda: NOW)
    frame = {"intent": "who_won", "at": NOW,
             "asked": {"award": "top-gpr", "year": 2021, "alasan": "x", "topics": ["kunci"]},
             "focus": {"edition": "top-gpr-2021", "rank": 2, "topics": ["kunci"]}}
    assert context.restore({"chats": {"c": frame}}) == 1
    restored = context.get("c")
    assert restored is not None
    assert restored.asked == {"award": "top-gpr", "year": 2021, "topics": ["kunci"]}
    assert restored.focus == {"edition": "top-gpr-2021"}
