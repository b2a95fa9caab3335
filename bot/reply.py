"""The structured answer every channel renders: status, text, slots, sources, suggestions."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from bot.slots import Slots
from knowledge.sources import indonesian_date


class Status(StrEnum):
    """What kind of answer a Reply is."""

    ANSWERED = "answered"
    NO_DATA = "no_data"
    NOT_UNDERSTOOD = "not_understood"
    CHITCHAT = "chitchat"


@dataclass(frozen=True)
class SourceRef:
    """A source article a Reply cites."""

    id: str
    title: str
    publisher: str | None
    date: str | None

    def label(self) -> str:
        """One line naming the article: title, publisher and date where known."""
        parts = [f"“{self.title}”"]
        if self.publisher:
            parts.append(self.publisher)
        if self.date:
            parts.append(indonesian_date(dt.date.fromisoformat(self.date)))
        return ", ".join(parts)


@dataclass(frozen=True)
class Candidate:
    """One intent the matcher considered, with its score (for the explain view)."""

    intent: str
    score: float
    how: str


@dataclass(frozen=True)
class Reply:
    """The engine's answer to one question, independent of any channel."""

    question: str
    status: Status
    text: str
    intent: str | None = None
    slots: Slots = field(default_factory=Slots)
    confidence: float = 0.0
    sources: tuple[SourceRef, ...] = ()
    suggestions: tuple[str, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    followup: bool = False

    def to_json_dict(self) -> dict[str, Any]:
        """The JSON shape of `humasbot ask --json`."""
        return {
            "question": self.question,
            "status": str(self.status),
            "text": self.text,
            "intent": self.intent,
            "slots": self.slots,
            "confidence": round(self.confidence, 3),
            "sources": [asdict(source) for source in self.sources],
            "suggestions": list(self.suggestions),
        }
