"""A word put right in the next message, as chat does it after a typo or autocorrect:
"siapa juata 1 top gpr 2021", then "*juara maksudnya" asks "siapa juara 1 top gpr 2021"."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

_WORD = r"[^\W\d_]+"
_SAYING = r"(?:maksudnya|maksudku|maksud|mksdnya|mksd)"
# "*juara", "juara*", "*bengkulu maaf autocorrect", "GPR MAKSUDNYA, BKN GPS"
_PUT_RIGHT = re.compile(
    rf"^\s*(?:\*+\s*(?P<starred>{_WORD})|(?P<marked>{_WORD})\s*\*+"
    rf"|(?P<meant>{_WORD})\s+{_SAYING}\s*[,.]?\s*(?:bukan|bkn)\s+(?P<wrong>{_WORD}))"
    rf"(?:[\s,.]+(?:{_SAYING}|maaf|sori|sorry|typo|autocorrect|salah\s+ketik)\b)*[\s.!]*$",
    re.IGNORECASE)
_LIKE_ENOUGH = 60  # rapidfuzz ratio of the word put right and the word it replaces


def word_put_right(text: str, before: str | None) -> str | None:
    """The message before, with the word `text` puts right replaced by it; None when `text`
    puts no word right, or no word of the message before is like the one it gives."""
    found = _PUT_RIGHT.match(text)
    if found is None or not before:
        return None
    right = found["starred"] or found["marked"] or found["meant"]
    words = re.findall(_WORD, before)
    if found["wrong"]:
        wrong = next((w for w in words if w.casefold() == found["wrong"].casefold()), None)
    else:
        best = process.extractOne(right.casefold(), [w.casefold() for w in words],
                                  scorer=fuzz.ratio, score_cutoff=_LIKE_ENOUGH)
        wrong = words[best[2]] if best and best[0] != right.casefold() else None
    if wrong is None:
        return None
    return re.sub(rf"(?<!\w){re.escape(wrong)}(?!\w)", right, before, count=1)
