"""Per-chat conversation context: what the last question asked and what its answer was about.

Bounded (least recently used chats are dropped), expiring (about ten minutes), never shared
between chats, and serialisable so a restart keeps conversations.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from bot.slots import (
    Focus,
    Slots,
    is_flag_slot,
    is_focus_name,
    is_list_slot,
    is_number_slot,
    is_text_slot,
)

DEFAULT_TTL_SECONDS = 600.0
DEFAULT_MAX_CHATS = 10_000
MAX_SUBJECTS = 5  # subjects of one message a follow-up may ask of again


@dataclass(frozen=True)
class Frame:
    """One chat's context: the last intent, the slots it asked, the answer's focus."""

    intent: str
    asked: Slots = field(default_factory=Slots)
    focus: Focus = field(default_factory=Focus)
    at: float = 0.0
    # the names of each subject the last message was answered for, when it was two or more
    # ("peringkat bengkulu top gpr 21 & bandung amh 23": "masing2 diterima siapa?" next)
    subjects: tuple[str, ...] = ()
    # the organisation the conversation was about before it moved to this one ("Bengkulu
    # peringkat berapa?", then "kalau Bandung?": "mana yang lebih tinggi?" compares the two)
    earlier_organisation: str | None = None
    # the edition it was about before this one ("AMH 2023 di mana?", then "lalu TOP GPR
    # 2021?": "jadi yang mana yang lebih dulu?" compares the two)
    earlier_edition: str | None = None

    @property
    def edition(self) -> str | None:
        """The edition the conversation is about: the last answer's, else the one asked."""
        found = self.focus.get("edition") or self.asked.get("edition")
        return str(found) if found else None

    @property
    def organisation(self) -> str | None:
        """The organisation the conversation is about: the last answer's, else the one asked."""
        found = self.focus.get("organisation") or self.asked.get("organisation")
        return str(found) if found else None

    @property
    def person(self) -> str | None:
        """The person the conversation is about: the last answer's, else the one asked."""
        found = self.focus.get("person") or self.asked.get("person")
        return str(found) if found else None

    @property
    def award(self) -> str | None:
        """The award the conversation is about: the last answer's, else the one asked."""
        found = self.focus.get("award") or self.asked.get("award")
        return str(found) if found else None


class ContextStore:
    """Frames by chat id, with expiry and a size bound."""

    def __init__(self, ttl: float = DEFAULT_TTL_SECONDS, max_chats: int = DEFAULT_MAX_CHATS,
                 clock: Callable[[], float] = time.time) -> None:
        self.ttl, self.max_chats, self.clock = ttl, max_chats, clock
        self._frames: OrderedDict[str, Frame] = OrderedDict()
        # each chat's last message as read, and when (a word in it may be put right next);
        # kept in memory only: a restart forgets it
        self._said: OrderedDict[str, tuple[str, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._frames)

    def get(self, chat: str) -> Frame | None:
        frame = self._frames.get(chat)
        if frame is None:
            return None
        if self.clock() - frame.at > self.ttl:
            del self._frames[chat]
            return None
        self._frames.move_to_end(chat)
        return frame

    def put(self, chat: str, intent: str, asked: Slots, focus: Focus) -> None:
        frame = Frame(intent, asked.copy(), focus.copy(), self.clock())
        if (old := self.get(chat)) is not None:
            frame = replace(
                frame, earlier_organisation=_earlier(
                    old.organisation, frame.organisation, old.earlier_organisation),
                earlier_edition=_earlier(old.edition, frame.edition, old.earlier_edition))
        self._frames[chat] = frame
        self._frames.move_to_end(chat)
        while len(self._frames) > self.max_chats:
            self._frames.popitem(last=False)

    def remember_subjects(self, chat: str, subjects: tuple[str, ...]) -> None:
        """Keep, with the chat's last frame, the subjects its last message was answered for."""
        if (frame := self._frames.get(chat)) is not None:
            self._frames[chat] = replace(frame, subjects=subjects[:MAX_SUBJECTS])

    def note_said(self, chat: str, text: str) -> None:
        """Keep the chat's last message, as read."""
        self._said[chat] = (text, self.clock())
        self._said.move_to_end(chat)
        while len(self._said) > self.max_chats:
            self._said.popitem(last=False)

    def said(self, chat: str) -> str | None:
        """The chat's last message, as read, unless it has expired."""
        entry = self._said.get(chat)
        return entry[0] if entry is not None and self.clock() - entry[1] <= self.ttl else None

    def forget(self, chat: str) -> None:
        self._frames.pop(chat, None)
        self._said.pop(chat, None)

    def put_back(self, chat: str, frame: Frame | None) -> None:
        """Make `frame` (from `get`) the chat's frame again; None forgets the chat."""
        if frame is None:
            self.forget(chat)
        else:
            self._frames[chat] = frame

    def snapshot(self) -> dict[str, Any]:
        """JSON-serialisable copy of the live frames."""
        now = self.clock()
        return {
            "version": 1,
            "chats": {
                chat: {"intent": f.intent, "asked": f.asked, "focus": f.focus, "at": f.at,
                       "subjects": list(f.subjects), "earlier": f.earlier_organisation,
                       "earlier_edition": f.earlier_edition}
                for chat, f in self._frames.items() if now - f.at <= self.ttl
            },
        }

    def restore(self, data: Any) -> int:
        """Load a snapshot, skipping malformed or expired entries; returns how many loaded."""
        chats = data.get("chats") if isinstance(data, dict) else None
        if not isinstance(chats, dict):
            return 0
        loaded = 0
        now = self.clock()
        for chat, entry in chats.items():
            frame = _frame_from(entry)
            if frame is not None and isinstance(chat, str) and now - frame.at <= self.ttl:
                self._frames[chat] = frame
                loaded += 1
        while len(self._frames) > self.max_chats:
            self._frames.popitem(last=False)
        return loaded


def _clean_slots(value: object) -> Slots | None:
    """The slots of a restored frame that have the type the engine gives them (names it does
    not know, and values of the wrong type, are left out)."""
    if not isinstance(value, dict):
        return None
    slots: Slots = {}
    for key, item in value.items():
        if is_number_slot(key):
            if isinstance(item, int) and not isinstance(item, bool) and 0 <= item < 10_000:
                slots[key] = item
        elif is_flag_slot(key):
            if isinstance(item, bool):
                slots[key] = item
        elif is_list_slot(key):
            if isinstance(item, list) and all(isinstance(x, str) for x in item):
                slots[key] = item
        elif is_text_slot(key) and isinstance(item, str) and len(item) < 500:
            slots[key] = item
    return slots


def _clean_focus(value: object) -> Focus | None:
    slots = _clean_slots(value)
    if slots is None:
        return None
    focus: Focus = {}
    for name in slots:
        if is_focus_name(name):
            focus[name] = slots[name]
    return focus


def _frame_from(entry: Any) -> Frame | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("intent"), str):
        return None
    asked, focus = _clean_slots(entry.get("asked", {})), _clean_focus(entry.get("focus", {}))
    at = entry.get("at")
    if asked is None or focus is None or not isinstance(at, int | float) \
            or isinstance(at, bool) or not 0 <= at < 1e11:  # finite, a plausible time
        return None
    subjects = entry.get("subjects", [])
    if not isinstance(subjects, list) or not all(
            isinstance(x, str) and len(x) < 500 for x in subjects):
        subjects = []
    earlier, edition = (_name_or_none(entry.get(k)) for k in ("earlier", "earlier_edition"))
    return Frame(entry["intent"], asked, focus, float(at), tuple(subjects[:MAX_SUBJECTS]),
                 earlier, edition)


def _name_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and len(value) < 500 else None


def _earlier(old: str | None, new: str | None, old_earlier: str | None) -> str | None:
    """What the chat was about before the new frame's subject: the old one when it moved
    to another, the one kept before when it stayed; none when the new frame names none."""
    if old is not None and new is not None and old != new:
        return old
    return old_earlier if new == old else None
