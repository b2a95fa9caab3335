"""Source articles: reading their text, and finding excerpts and values in it."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def comparable(text: str) -> str:
    """Text with case and runs of white space ignored, for excerpt comparison."""
    return " ".join(text.casefold().split())


# Names, labels and categories recur across thousands of facts: remember the recent ones.
folded_text = functools.lru_cache(maxsize=16384)(comparable)


def contains(haystack: str, needle: str) -> bool:
    """Whether `needle` occurs in `haystack`, ignoring case and runs of white space."""
    return comparable(needle) in comparable(haystack)


def date_spellings(date: dt.date) -> tuple[str, ...]:
    """How an article may write a date (for messages): 30/10/2023, 30 Oktober 2023."""
    return f"{date.day}/{date.month}/{date.year}", indonesian_date(date)


_NUMERIC_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*(?P<sep>[/-])\s*(\d{1,2})(?:\s*(?P=sep)\s*(\d{2,4}))?(?![\d/-])")
_NAMED_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+({'|'.join(MONTHS)})(?:\s+(\d{{4}}))?(?!\d)", re.IGNORECASE)
_MONTH_NUMBERS = {name.casefold(): number for number, name in enumerate(MONTHS, 1)}


def mentions_date(text: str, date: dt.date) -> bool:
    """Whether `text` writes `date` — 30/10/2023, (11/11), 30-10-2023, 30 Oktober 2023 or
    2023-10-30 — with whole numbers only (no "1/11" inside "11/11") and the year right when
    one is written."""
    years = (str(date.year), f"{date.year % 100:02}")
    for day, _, month, year in _NUMERIC_DATE.findall(text):
        if (int(day), int(month)) == (date.day, date.month) and (not year or year in years):
            return True
    for day, month, year in _NAMED_DATE.findall(text):
        if (int(day), _MONTH_NUMBERS[month.casefold()]) == (date.day, date.month) and (
                not year or year == years[0]):
            return True
    return date.isoformat() in text


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
    path: str  # the article's file, absolute
    text: str
    url: str | None = None
    credit: str | None = None  # the line under the title, as written

    def quotes(self, excerpt: str) -> bool:
        """Whether the article contains `excerpt` (ignoring case and runs of white space)."""
        return excerpt in self.text or comparable(excerpt) in self.comparable_text

    @functools.cached_property
    def comparable_text(self) -> str:
        """The text through `comparable`, made when an excerpt is not found as written."""
        return comparable(self.text)
