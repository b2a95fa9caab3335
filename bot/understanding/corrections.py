"""A word put right in the next message, as chat does it after a typo or autocorrect:
"siapa juata 1 top gpr 2021", then "*juara maksudnya" asks "siapa juara 1 top gpr 2021";
or within the message itself ("juara 2 eh 3 top gpr 2021 siapa?")."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from bot.understanding.entities import Linked, Mention
from bot.understanding.focus import ASKING_WORDS
from bot.understanding.vocabulary import FILLERS

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


# "juara 2 eh 3 …", "kadis, eh sekretaris dinas, …", "top gpr 2020... maaf 2021 maksudnya, …":
# what starts a correction within one message, the words that may follow it ("eh typo
# maksudnya …"), and those after what is put right ("… 2021 maksudnya")
_OOPS = frozenset({"eh", "maaf"})
_PUTTING_RIGHT = frozenset({"typo", "salah", "ketik", "bukan", "maksud", "ralat", "sori"})
_MEANT = frozenset({"maksud", "kalau"})
# the kinds of name a number put right may follow a word of ("eh maksudnya peringkat 2")
_NUMBERED = frozenset({"rank", "year"})
# a message without one of these puts nothing right within itself ("bukan AMH, top gpr")
OOPS_WORDS = _OOPS | {"bukan"}


def put_right_within(linked: Linked) -> list[str] | None:
    """The question's words with what it puts right within itself put right: "juara 2 eh 3
    top gpr 2021" asks "juara 3 top gpr 2021"; "pemprov jawa barat, eh jawa timur maksudnya,
    dapat amh 2023?" asks of Jawa Timur. A name replaces the last name of its kind before it
    (else as many words just before it), a word or number the one just before it. None when
    nothing is put right ("maaf" only with "maksudnya" after: "maaf 2021 maksudnya"). A
    name denied with "bukan" right before another of its kind gives way to it ("eh bukan
    AMH, top gpr")."""
    tokens = linked.tokens
    mentions = [m for m in linked.mentions if m.kind != "topic"]
    for oops, token in enumerate(tokens):
        if token == "bukan" and (denied := _denied_then_given(mentions, oops)) is not None:
            start = oops - 1 if tokens[oops - 1:oops] == ["eh"] else oops
            return tokens[:start] + tokens[denied:]  # "eh bukan AMH, top gpr maksudnya"
        if token not in _OOPS or oops == 0:
            continue
        start = oops + 1
        while start < len(tokens) and tokens[start] in _PUTTING_RIGHT:
            start += 1
        right = next((m for m in mentions if m.start == start or (
            m.start == start + 1 and m.kind in _NUMBERED)), None)  # ("… peringkat 2")
        start, end = (right.start, _joined(mentions, right)) if right else (start, start + 1)
        after = end
        while after < len(tokens) and tokens[after] in _MEANT:
            after += 1
        if end > len(tokens) or (token == "maaf" and after == end):
            continue
        wrong = _put_right(tokens, mentions, oops, right, tokens[start:end])
        if wrong is not None and tokens[wrong[0]:wrong[1]] != tokens[start:end]:
            return tokens[:wrong[0]] + tokens[start:end] + tokens[wrong[1]:oops] + tokens[after:]
    return None


def _put_right(tokens: list[str], mentions: list[Mention], oops: int, right: Mention | None,
               words: list[str]) -> tuple[int, int] | None:
    """Where the words put right go: the last name of their kind before `oops`, else as many
    words just before it, which name nothing and ask nothing (but a number a number: "juara
    2 eh 3")."""
    if right is not None and (same := [m for m in mentions
                                       if m.kind == right.kind and m.end <= oops]):
        return same[-1].start, min(_joined(mentions, same[-1]), oops)
    start = oops - len(words)
    if start < 0:
        return None
    before = tokens[start:oops]
    if all(w.isdigit() for w in before + words):
        return start, oops
    named = {i for m in mentions for i in range(m.start, m.end)}
    if named & set(range(start, oops)) or set(before + words) & (FILLERS | ASKING_WORDS):
        return None
    return start, oops


def _joined(mentions: list[Mention], first: Mention) -> int:
    """Where the names that follow `first` without a gap end ("amh 2023": an award and its
    year, put right together)."""
    end = first.end
    while (following := next((m for m in mentions if m.start == end), None)) is not None:
        end = following.end
    return end


def _denied_then_given(mentions: list[Mention], denied: int) -> int | None:
    """Where the name after "bukan" at `denied` ends when another name of its kind follows
    it at once ("bukan AMH, top gpr": the one meant given after the one denied); None when
    none does."""
    wrong = next((m for m in mentions if m.start == denied + 1), None)
    if wrong is None:
        return None
    right = next((m for m in mentions if m.start == wrong.end and m.kind == wrong.kind), None)
    return wrong.end if right is not None else None
