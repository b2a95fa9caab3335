"""Compound questions: two asks ("peringkat berapa, terus siapa yang menerima?") or two subjects
("Bandung dan Bengkulu masing-masing juara berapa?") in one message, split into questions the
engine answers one by one."""

from __future__ import annotations

import re

from bot.understanding.entities import Linked

# a new ask starts after these (the question words that may follow "dan" are listed)
_ASK_WORDS = r"(?:siapa|sapa|apa|apakah|kapan|kpn|dimana|di mana|dmn|berapa|brp|gimana|gmn|" \
             r"bagaimana|mana|yg|yang)"
_CLAUSES = re.compile(
    r"\?\s+(?=\S)|[,;]\s*(?:terus|trus|lalu|lantas|dan|serta|sama)?\s*(?=" + _ASK_WORDS
    + r"\b)|\s+(?:terus|trus|lalu|serta|dan juga|dan|&)\s+(?=" + _ASK_WORDS + r"\b)",
    re.IGNORECASE)
_JOINERS = frozenset({"dan", "atau", "sama", "&", "serta", "maupun", "vs"})
SUBJECT_KINDS = ("organisation", "award", "edition", "person")
MAX_PARTS = 3


def split_clauses(text: str) -> list[str]:
    """The asks of a message, each with at least two words; one part when it holds one ask."""
    parts = [p.strip(" ,;?") for p in _CLAUSES.split(text)]
    parts = [p for p in parts if len(p.split()) >= 2]
    return parts[:MAX_PARTS] if len(parts) > 1 else [text]


def split_subjects(linked: Linked) -> list[str]:
    """'bandung dan bengkulu juara berapa' → 'bandung juara berapa', 'bengkulu juara berapa';
    one part unless two subjects of one kind stand joined by dan/atau/sama."""
    tokens = linked.tokens
    for kind in SUBJECT_KINDS:
        spans = _subject_spans(linked, kind)
        if len(spans) < 2:
            continue
        (a_start, a_end), (b_start, b_end) = spans[0], spans[1]
        between = tokens[a_end:b_start]
        if not between or not set(between) <= _JOINERS:
            continue
        rest = tokens[:a_start], tokens[b_end:]
        return [" ".join([*rest[0], *tokens[s:e], *rest[1]])
                for s, e in ((a_start, a_end), (b_start, b_end))]
    return []


def _subject_spans(linked: Linked, kind: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    targets: set[object] = set()
    for mention in linked.mentions:
        if mention.kind == kind and mention.target not in targets:
            targets.add(mention.target)
            spans.append((mention.start, mention.end))
    if kind in ("award", "edition"):  # "top gpr 2021 atau amh 2023": the year goes along
        years = {m.start: m.end for m in linked.mentions if m.kind == "year"}
        spans = [(s, years.get(e, e)) for s, e in spans]
    return spans
