"""How Indonesian writes a rank ("peringkat 2", "Terbaik III", "juara pertama") as numbers."""

from __future__ import annotations

import functools
import re

NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10,
}
ORDINAL_WORDS = {
    "pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
    "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10,
}
ROMAN_NUMERALS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5,
    "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
}
NOT_RANKS = ("harapan", "favorit", "khusus")
RANK_WORDS = ("juara", "peringkat", "terbaik", "ranking", "rangking", "nomor", "posisi", "urutan")

_KE_NUMBER = re.compile(r"^ke-?(\d+)$")


def is_number(word: str) -> bool:
    """Whether the word is written in decimal digits of any script (what int() reads)."""
    return word.isdecimal()


@functools.lru_cache(maxsize=4096)
def number_from_word(word: str, *, allow_roman: bool = False) -> int | None:
    """The number a single word stands for ("3", "tiga", "ketiga", "ke-3", "III"), or None."""
    word = word.casefold().strip()
    if is_number(word):
        return int(word) if len(word) < 10 else None
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    match = _KE_NUMBER.match(word)
    if match:
        return int(match.group(1))
    if allow_roman and word in ROMAN_NUMERALS:
        return ROMAN_NUMERALS[word]
    return None


@functools.lru_cache(maxsize=4096)
def rank_from_label(label: str) -> int | None:
    """The rank a label as written states: "Terbaik III" → 3, "peringkat pertama" → 1."""
    words = label.casefold().replace("-", " - ").split()
    words = [w for w in words if w != "-"]
    if any(w in NOT_RANKS for w in words):  # "Juara Harapan 1" is an honourable mention
        return None
    for index, word in enumerate(words):
        previous_is_rank_word = index > 0 and words[index - 1] in RANK_WORDS
        number = number_from_word(word, allow_roman=previous_is_rank_word)
        if number is None and word == "ke" and index + 1 < len(words):
            number = number_from_word(words[index + 1])
        if number is not None:
            return number
    return None
