"""Which spelling differences a slip of the fingers makes: a key next to the one meant, a
vowel for a vowel, two letters swapped, or a letter for one that sounds the same in some
spelling of Indonesian ("topic": topik, "pebruari", "mersiah"). A letter for one far away
on the keyboard is no slip: "persib" is a name of its own, not "persis" mistyped, and
"selama" is not "selasa"."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_STAGGER = (0.0, 0.25, 0.75)  # how far each row of keys sits to the right of the one above
_KEYS = {key: (row, column + _STAGGER[row])
         for row, keys in enumerate(_ROWS) for column, key in enumerate(keys)}
_VOWELS = frozenset("aeiou")
# letters written for each other in Indonesian as people spell it: old and regional
# spellings, loan words and their English originals ("izin"/"ijin", "aktif"/"aktip")
_SOUND_ALIKE = frozenset(frozenset(pair) for pair in (
    "ck", "cs", "qk", "fp", "fv", "pv", "iy", "uw", "jy", "js", "zs", "zj", "dt", "bp", "gk",
    "xs", "ts"))  # ("ts": English -tion is Indonesian -si, "nomination": nominasi)


def _neighbours(a: str, b: str) -> bool:
    if a not in _KEYS or b not in _KEYS:
        return False
    (row_a, x_a), (row_b, x_b) = _KEYS[a], _KEYS[b]
    return abs(row_a - row_b) <= 1 and abs(x_a - x_b) <= 1.0


def _slip(typed: str, meant: str) -> bool:
    return (not typed.isascii() or _neighbours(typed, meant)
            or (typed in _VOWELS and meant in _VOWELS)
            or frozenset((typed, meant)) in _SOUND_ALIKE)


def is_slip(typed: str, meant: str) -> bool:
    """Whether `typed` can be `meant` typed with slips: each letter written in place of
    another is a slip, or one of two letters swapped. Letters left out or added always
    are."""
    replaced = [op for op in Levenshtein.editops(typed, meant) if op.tag == "replace"]
    for op in replaced:
        was, now = typed[op.src_pos], meant[op.dest_pos]
        swapped = any(other.src_pos - op.src_pos in (-1, 1) and typed[other.src_pos] == now
                      for other in replaced)
        if not swapped and not _slip(was, now):
            return False
    return True
