"""A news article as a draft reads it: its title, its sentences (each an exact excerpt), and the
small grammar of names, places and dates the drafting rules share."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from knowledge.models import WEEKDAYS
from knowledge.places import CITIES, PROVINCES, REGENCIES
from knowledge.sources import MONTHS

BOILERPLATE = ("baca juga", "follow dan baca", "simak juga", "lihat juga", "editor:",
               "penulis:", "sumber:")
OPENING_QUOTES, CLOSING_QUOTES = "“\"", "”\""

# A capitalised word (HALOJABAR.COM, Kabupaten/Kota, 53), never ending in a full stop
WORD = r"(?:[A-Z0-9][\w'’&/-]*(?:\.[A-Za-z]+)*)"
# Words of a name: capitalised words, "&", a parenthesis ("(Pemkot)", "(inhouse magazine)")
RUN = rf"{WORD}(?:[ \t]+(?:{WORD}|&|\([^()]*\)))*"
# the same, with "dan" between capitalised words ("Dinas Komunikasi dan Informatika")
RUN_DAN = rf"{WORD}(?:[ \t]+(?:{WORD}|&|dan(?=[ \t]+[A-Z])|\([^()]*\)))*"
_DAY = "|".join(WEEKDAYS) + "|Jum'at|Jum’at"
_MONTH = "|".join(MONTHS)
DATE = re.compile(
    rf"(?:(?P<weekday>{_DAY}),?\s*(?:\(\s*)?)?"
    rf"(?:(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{2,4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<month>{_MONTH})(?:\s+(?P<y2>\d{{4}}))?)\)?")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article: its text as an excerpt (white space runs made single, which
    the evidence check ignores), where it starts, and whether it is the title."""

    text: str
    start: int
    title: bool = False


def sentences(text: str) -> list[Sentence]:
    """The title (first line), then every sentence of the body; bylines (a short first
    paragraph without a full stop) and boilerplate ("Baca Juga: …") left out."""
    found: list[Sentence] = []
    paragraphs = [(m.start(), m.group()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)]
    for number, (start, paragraph) in enumerate(paragraphs):
        flat = " ".join(paragraph.split())
        if number == 0:
            found.append(Sentence(flat, start, title=True))
            continue
        if number == 1 and len(flat.split()) <= 6 and not flat.endswith((".", "”", '"')):
            continue  # a byline
        if flat.casefold().startswith(BOILERPLATE):
            continue
        found += [Sentence(part, start) for part in _split(flat)]
    return found


def _split(paragraph: str) -> list[str]:
    """Sentences of a paragraph: a full stop, ! or ? outside quotation marks, followed by a
    space and a capital letter or an opening quote."""
    parts, begin, quoted = [], 0, False
    for index, char in enumerate(paragraph):
        if char == "“":
            quoted = True
        elif char == "”":
            quoted = False
        elif char in ".!?" and not quoted:
            rest = paragraph[index + 1:index + 3]
            if rest[:1] == " " and rest[1:2] and (rest[1].isupper() or rest[1] in "“\""):
                parts.append(paragraph[begin:index + 1].strip())
                begin = index + 2
    parts.append(paragraph[begin:].strip())
    return [p for p in parts if p]


def slug(text: str) -> str:
    """An id made of `text`: lowercase ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")


class Places:
    """Known place names (Indonesia's provinces, cities and regencies, plus the places of
    the organisations an article names), longest first."""

    def __init__(self, extra: tuple[str, ...] = ()) -> None:
        self.provinces = set(PROVINCES)
        self.cities = set(CITIES)
        names = sorted({*PROVINCES, *CITIES, *REGENCIES, *extra}, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(n) for n in names) + r"(?![\w])")

    def at(self, text: str, start: int) -> str | None:
        """The place name that starts at `start` of `text`, if any."""
        match = self._pattern.match(text, start)
        return match.group() if match else None


def find_date(text: str, year: int | None) -> tuple[dt.date, str | None, re.Match[str]] | None:
    """The first date `text` writes (with its weekday, if written before it and true for the
    date); a date without a year takes `year`."""
    for match in DATE.finditer(text):
        day = int(match["d"] or match["d2"])
        month = int(match["m"]) if match["m"] else MONTHS.index(match["month"].title()) + 1
        written_year = match["y"] or match["y2"]
        number = int(written_year) if written_year else year
        if number is None:
            continue
        if number < 100:
            number += 2000
        try:
            date = dt.date(number, month, day)
        except ValueError:
            continue
        weekday = match["weekday"]
        if weekday:
            weekday = "Jumat" if weekday.startswith("Jum") else weekday
            if WEEKDAYS[date.weekday()] != weekday or weekday not in match.group():
                weekday = None
        return date, weekday, match
    return None
