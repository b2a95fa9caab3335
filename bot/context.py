"""Per-chat conversation context: what the last question asked and what its answer was about.

Bounded (least recently used chats are dropped), expiring (about ten minutes), never shared
between chats, and serialisable so a restart keeps conversations.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

DEFAULT_TTL_SECONDS = 600.0
DEFAULT_MAX_CHATS = 10_000


@dataclass(frozen=True)
class Frame:
    """One chat's context: the last intent, the slots it asked, the answer's focus."""

    intent: str
    asked: dict[str, Any] = field(default_factory=dict)
    focus: dict[str, Any] = field(default_factory=dict)
    at: float = 0.0


class ContextStore:
    """Frames by chat id, with expiry and a size bound."""

    def __init__(self, ttl: float = DEFAULT_TTL_SECONDS, max_chats: int = DEFAULT_MAX_CHATS,
                 clock: Callable[[], float] = time.time) -> None:
        self.ttl, self.max_chats, self.clock = ttl, max_chats, clock
        self._frames: OrderedDict[str, Frame] = OrderedDict()

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

    def put(self, chat: str, intent: str, asked: dict[str, Any], focus: dict[str, Any]) -> None:
        self._frames[chat] = Frame(intent, dict(asked), dict(focus), self.clock())
        self._frames.move_to_end(chat)
        while len(self._frames) > self.max_chats:
            self._frames.popitem(last=False)

    def forget(self, chat: str) -> None:
        self._frames.pop(chat, None)

    def snapshot(self) -> dict[str, Any]:
        """JSON-serialisable copy of the live frames."""
        now = self.clock()
        return {
            "version": 1,
            "chats": {
                chat: {"intent": f.intent, "asked": f.asked, "focus": f.focus, "at": f.at}
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


_INT_SLOTS = frozenset({"year", "rank", "number"})
_FLAG_SLOTS = frozenset({"asks_rank", "asks_count"})
_LIST_SLOTS = frozenset({"topics"})


def _slot_ok(key: str, item: Any) -> bool:
    """Whether a restored slot has the type the engine gives that slot."""
    if key in _INT_SLOTS:
        return isinstance(item, int) and not isinstance(item, bool) and 0 <= item < 10_000
    if key in _FLAG_SLOTS:
        return isinstance(item, bool)
    if key in _LIST_SLOTS:
        return isinstance(item, list) and all(isinstance(x, str) for x in item)
    return isinstance(item, str) and len(item) < 500


def _clean_slots(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    return {key: item for key, item in value.items()
            if isinstance(key, str) and _slot_ok(key, item)}


def _frame_from(entry: Any) -> Frame | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("intent"), str):
        return None
    asked, focus = _clean_slots(entry.get("asked", {})), _clean_slots(entry.get("focus", {}))
    at = entry.get("at")
    if asked is None or focus is None or not isinstance(at, int | float) \
            or isinstance(at, bool) or not 0 <= at < 1e11:  # finite, a plausible time
        return None
    return Frame(entry["intent"], asked, focus, float(at))
