"""A source's headline pasted into a message ("Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP
GPR Award... itu top gpr taun brp"): found by its words, whole or cut short."""

import re
from collections import defaultdict
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


class HeadlineIndex:
    """The headlines of the sources (source id → title), by their runs of MIN_WORDS words:
    a message shares such a run with the few headlines it may hold, found without comparing
    it with every headline."""

    def __init__(self, titles: Mapping[str, str]) -> None:
        self._words = {source_id: [w.casefold() for w in _WORD.findall(title)]
                       for source_id, title in titles.items()}
        self._by_run: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for source_id, words in self._words.items():
            for start in range(len(words) - MIN_WORDS + 1):
                self._by_run[tuple(words[start:start + MIN_WORDS])].add(source_id)

    def pasted(self, text: str) -> PastedHeadline | None:
        """The headline whose words the message holds in a row, the longest such run; None
        when no run is long enough to be a pasted headline."""
        spans = [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]
        words = [word for word, _, _ in spans]
        candidates = {source_id for start in range(len(words) - MIN_WORDS + 1)
                      for source_id in self._by_run.get(tuple(words[start:start + MIN_WORDS]),
                                                        ())}
        best: tuple[int, int, str] | None = None  # run length, first word, source id
        for source_id in sorted(candidates):
            title_words = self._words[source_id]
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
