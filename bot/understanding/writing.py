"""Requests to write a text for a public-relations office: "bikinin caption ig ucapan selamat
buat pemprov bengkulu", "tlg tuliskan sambutan singkat …", "caption IG singkat dong utk …".
The bot writes no text of its own; it gives the facts on record such a text may use."""

from __future__ import annotations

import re

from bot.understanding.focus import ASKING_WORDS
from bot.understanding.normalise import normalise
from bot.understanding.vocabulary import FILLERS, WRITING_NOUNS, WRITING_VERBS

_CHECKS = frozenset({"benar", "betul"})
# a cheap look at the text before it is read: a text's name begins one of its words
_NAMED_TEXT = re.compile(r"\b(?:" + "|".join(sorted(WRITING_NOUNS)) + ")", re.IGNORECASE)
_REACH = 2  # the text asked for comes within so many words of the verb asking for it


def asks_to_write(text: str) -> bool:
    """Whether the message asks only for a text of a kind an office writes: a verb of
    writing with such a text right after it ("bikinin caption", "tuliskan sambutan"), or
    the text named first ("caption IG singkat dong …"); not "bikinin pantun" (no office
    text), nor a question that names one ("kalimat penutup gubernur apa?", "… mau ditulis
    di caption, jamnya berapa?"). A message that names no such text at all is not read."""
    if _NAMED_TEXT.search(text) is None:
        return False
    tokens = normalise(text)
    if set(tokens) & (ASKING_WORDS | _CHECKS):
        return False  # ("banner bengkulu: nama panjangnya '…' bener?": a check)
    words = [t for t in tokens if t not in FILLERS or t in WRITING_VERBS]
    if words[:1] and words[0] in WRITING_NOUNS:
        return True
    return any(word in WRITING_VERBS and set(words[index + 1:index + 1 + _REACH]) & WRITING_NOUNS
               for index, word in enumerate(words))

