"""Question buttons: inline keyboards whose callback_data fits Telegram's 64 bytes.

A question that fits is carried in the button itself (`q:<question>`), so it works after a
restart with no stored state; a longer one gets a short hash (`h:<hash>`) kept in a bounded
table that is saved with the conversation state.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

MAX_CALLBACK_BYTES = 64  # telegram.constants.InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
MAX_BUTTON_TEXT = 64
TEXT_PREFIX, HASH_PREFIX = "q:", "h:"


class QuestionButtons:
    """Maps questions to callback_data of at most 64 bytes, and back."""

    def __init__(self, capacity: int = 5000) -> None:
        self.capacity = capacity
        self._by_key: OrderedDict[str, str] = OrderedDict()

    def data_for(self, question: str) -> str:
        """The callback_data for a button asking `question`."""
        inline = TEXT_PREFIX + question
        if len(inline.encode("utf-8")) <= MAX_CALLBACK_BYTES:
            return inline
        key = hashlib.blake2b(question.encode("utf-8"), digest_size=12).hexdigest()
        self._by_key[key] = question
        self._by_key.move_to_end(key)
        while len(self._by_key) > self.capacity:
            self._by_key.popitem(last=False)
        return HASH_PREFIX + key

    def question_for(self, data: str) -> str | None:
        """The question a button's callback_data stands for (None if unknown or expired)."""
        if data.startswith(TEXT_PREFIX):
            return data[len(TEXT_PREFIX):].strip() or None
        if data.startswith(HASH_PREFIX):
            return self._by_key.get(data[len(HASH_PREFIX):])
        return None

    def keyboard(self, questions: Iterable[str]) -> InlineKeyboardMarkup | None:
        """One button per question (one per row), or None when there are none."""
        rows = [[InlineKeyboardButton(button_text(q), callback_data=self.data_for(q))]
                for q in questions if q.strip()]
        return InlineKeyboardMarkup(rows) if rows else None

    def snapshot(self) -> dict[str, str]:
        """The hash table, JSON-serialisable, for the state file."""
        return dict(self._by_key)

    def restore(self, data: Any) -> None:
        """Load a snapshot; entries that are not string → string are ignored."""
        if not isinstance(data, Mapping):
            return
        for key, question in data.items():
            if isinstance(key, str) and isinstance(question, str):
                self._by_key[key] = question
        while len(self._by_key) > self.capacity:
            self._by_key.popitem(last=False)


def button_text(question: str) -> str:
    """A question shortened to fit a button label."""
    question = " ".join(question.split())
    if len(question) <= MAX_BUTTON_TEXT:
        return question
    return question[: MAX_BUTTON_TEXT - 1].rstrip() + "…"
