"""A source's headline pasted into a message ("Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP
GPR Award... itu top gpr taun brp"): found by its words, whole or cut short."""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CUT_EDGE = " \t\n.,;:!?…-–—\"'“”‘’()[]"  # what a pasted headline leaves at its edges
MIN_WORDS = 4  # fewer words in a row than these are a coincidence, not a headline
MIN_SHARE = 0.75  # nor is a run of less than this share of the headline's words


@dataclass(frozen=True)
class PastedHeadline:
    source_id: str
    pasted: str  # the headline's words as the message has them
    rest: str  # the message without them


def pasted_headline(titles: Mapping[str, str], text: str) -> PastedHeadline | None:
    """The headline (of `titles`, source id → title) whose words the message holds in a row,
    the longest such run; None when no run is long enough to be a pasted headline."""
    spans = [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [word for word, _, _ in spans]
    best: tuple[int, int, str] | None = None  # run length, first word, source id
    for source_id, title in sorted(titles.items()):
        title_words = [w.casefold() for w in _WORD.findall(title)]
        run = SequenceMatcher(None, words, title_words, autojunk=False).find_longest_match()
        if run.size >= max(MIN_WORDS, MIN_SHARE * len(title_words)) \
                and (best is None or run.size > best[0]):
            best = (run.size, run.a, source_id)
    if best is None:
        return None
    size, first, source_id = best
    start, end = spans[first][1], spans[first + size - 1][2]
    rest = f"{text[:start].rstrip(_CUT_EDGE)} {text[end:].lstrip(_CUT_EDGE)}".strip()
    return PastedHeadline(source_id, text[start:end], rest)
