"""Source articles: reading their text, and finding excerpts and values in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def comparable(text: str) -> str:
    """Text with case and runs of white space ignored, for excerpt comparison."""
    return " ".join(text.casefold().split())


def contains(haystack: str, needle: str) -> bool:
    """Whether `needle` occurs in `haystack`, ignoring case and runs of white space."""
    return comparable(needle) in comparable(haystack)


def date_spellings(date: dt.date) -> tuple[str, ...]:
    """How an article may write a date: 30/10/2023, (11/11), 30 Oktober 2023."""
    day, month = date.day, date.month
    return (
        f"{day}/{month}", f"{day:02}/{month:02}", f"{day}-{month}-",
        f"{day} {MONTHS[month - 1]}", f"{date.isoformat()}",
    )


def indonesian_date(date: dt.date) -> str:
    """30 Oktober 2023."""
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


@dataclass(frozen=True)
class Source:
    """A source article with its text."""

    id: str
    title: str
    publisher: str | None
    date: dt.date | None
    date_kind: str
    path: Path
    text: str
    url: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "_comparable", comparable(self.text))

    def quotes(self, excerpt: str) -> bool:
        """Whether the article contains `excerpt` (ignoring case and runs of white space)."""
        return comparable(excerpt) in self._comparable  # type: ignore[attr-defined]
