"""Exam sheets and quiz keys, read as the plain questions they stand for: a numbered question
("4. …"), a statement to judge ("Benar atau salah: …", "B/S: …"), a question with options
("… a. 14 b. 15 c. 16"), a sentence with a blank to fill ("… digelar di kota ....."), a
question given with the answer to check ("Pertanyaan: … Jawaban: Darto. Aman?", "Peringkat 3
TOP GPR 2021 = Jawa Barat, bener?", "peserta jawab 'Sumsel' buat peringkat 3 …, sah?")
and a quoted sentence to check ("Apakah kalimat ini benar: '…'"). The reply to the plain
question then settles the answer given, or names an option."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from bot.understanding.focus import ASKING_WORDS
from bot.understanding.normalise import normalise
from bot.understanding.vocabulary import (
    ADDRESS_WORDS,
    BLANK_WORDS,
    CHECK_WORDS,
    FILLERS,
    FOLLOW_UP_MARKERS,
)


@dataclass(frozen=True)
class ExamItem:
    """The plain question an exam item asks, and what it gives to be judged."""

    question: str
    answer: str | None = None  # the answer given with the question, to be checked
    options: tuple[tuple[str, str], ...] = ()  # (letter, option) of a multiple choice
    judged: bool = False  # a statement to judge true or false ("Benar atau salah: …")


_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.)]\s+(?=\D)")
_OPTION = re.compile(r"(?:^|(?<=\s))\(?([a-e])[.)]\s+", re.IGNORECASE)
_TRUE_FALSE = r"\(?\s*(?:benar|betul|b)\s*(?:atau|/|-)\s*(?:salah|s)\s*\)?"
# "Min, benar atau salah: …": the one asked, addressed first
_ADDRESSED = r"(?:(?:" + "|".join(sorted(ADDRESS_WORDS)) + r")\b[\s,:]*)?"
_JUDGE_HEAD = re.compile(r"^" + _ADDRESSED + r"(?:pernyataan\s*[:\-]\s*)?" + _TRUE_FALSE
                         + r"\s*[:\-—–,.]?\s*(.+)$",
                         re.IGNORECASE | re.DOTALL)
_JUDGE_TAIL = re.compile(r"^(?:pernyataan\s*[:\-]\s*)?(.+?)[\s.,;:—–-]*" + _TRUE_FALSE
                         + r"\s*[?.!]*$", re.IGNORECASE | re.DOTALL)
_KEY = re.compile(r"^(.+?[?'\"”’.])\s*(?:kunci\s+)?(?:jawaban(?:nya)?|jwbn?|jawab)\s*[:=\-]?"
                  r"\s*(.+)$", re.IGNORECASE | re.DOTALL)
_EQUALS = re.compile(r"^([^=?]{6,}?)\s*=\s*([^=.?!,]+)(.*)$", re.DOTALL)
_KEY_LEAD = re.compile(r"^(?:soal|pertanyaan|pertanyaannya)(?:\s+kuis(?:nya)?)?\s*[:\-]\s*",
                       re.IGNORECASE)
_ANSWER_END = re.compile(r"[.?!,;]|\s+(?:kan|ya|kah|bukan|bener|benar|betul|aman|sudah|udah|"
                         r"gak|ga|nggak|tidak|sesuai|tepat)\b", re.IGNORECASE)
_QUOTED = re.compile(r"^([^'\"“‘]*)['\"“‘]([^'\"”’]{12,})['\"”’](.*)$", re.DOTALL)
_BLANK = re.compile(r"\s*(?:\.{3,}|…+|_{3,})[\s.…_]*")
_QUOTES = " \t\n'\"“”‘’"
MIN_BLANK_WORDS = 4  # words before a blank to fill: a sentence, not a chat trailing off
MAX_OPTION_WORDS = 8  # an option is a name, a number, a short phrase
# the words of a quiz: "Peringkat 3 TOP GPR 2021 = Jawa Barat, kunci jawabannya bener?" (but
# "cek: jaduliwan = gubernur bengkulu?" is a claim)
KEY_WORDS = frozenset({"kunci", "soal", "kuis", "pertanyaan", "pertanyaannya"})  # as typed


def exam_item(text: str, names_something: Callable[[str], bool]) -> ExamItem | None:
    """The exam item a message is, or None for any other message. `names_something` tells
    whether words outside a quoted sentence name what they are about (then they ask of it,
    not of the sentence)."""
    numbered = _NUMBER.sub("", text, count=1)
    plain, options = _without_options(numbered)
    for read in (_judged, _keyed, _given_for, lambda t: _quoted(t, names_something),
                 _blank, _quoted_blank):
        if (item := read(plain)) is not None:
            return ExamItem(item.question, item.answer, options, item.judged)
    if options or numbered != text:
        return ExamItem(plain, None, options)
    return None


def _without_options(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """'… adalah … a. Bengkulu b. DKI Jakarta c. …' → the question and its options; the text
    as it is when it holds no a., b. … in turn."""
    marks = list(_OPTION.finditer(text))
    start = next((i for i, m in enumerate(marks) if m.group(1).casefold() == "a"), None)
    if start is None:
        return text, ()
    letters, found = "abcde", [marks[start]]
    for mark in marks[start + 1:]:
        if len(found) < len(letters) and mark.group(1).casefold() == letters[len(found)]:
            found.append(mark)
    if len(found) < 2:
        return text, ()
    ends = [m.start() for m in found[1:]] + [len(text)]
    options = tuple((m.group(1).casefold(), text[m.end():end].strip(" ,;\n"))
                    for m, end in zip(found, ends, strict=True))
    if any(len(option.split()) > MAX_OPTION_WORDS for _, option in options):
        return text, ()  # "(a) tanggal …, (b) format …, (c) … Bisa dibantu?": asks listed
    return text[:found[0].start()].strip(), options


def _judged(text: str) -> ExamItem | None:
    """'Benar atau salah: Bengkulu juara 1 …', '… . Benar atau salah?': the statement, checked."""
    found = _JUDGE_HEAD.match(text.strip()) or _JUDGE_TAIL.match(text.strip())
    if found is None:
        return None
    return ExamItem(_claim(found.group(1)), judged=True)


def _keyed(text: str) -> ExamItem | None:
    """'Pertanyaan: … ? Jawaban: Darto. Aman?', 'Peringkat 3 TOP GPR 2021 = Jawa Barat,
    bener?': the question, and the answer given to it."""
    text = text.strip()
    keyed = bool(KEY_WORDS & set(re.findall(r"\w+", text.casefold())))
    if (found := _KEY.match(text)) and (keyed or found.group(1)[-1] != "."):
        # (a question before "jawaban…", or a quiz's words: not "Saya sudah cari. Jawabannya
        # tidak ada di internet, …")
        question = _KEY_LEAD.sub("", found.group(1)).strip(_QUOTES)
    elif (found := _EQUALS.match(text)) and (keyed or "jawab" in text.casefold()):
        question = _KEY_LEAD.sub("", found.group(1)).strip(_QUOTES) + "?"
    else:
        return None
    given = found.group(2).strip(_QUOTES)
    if set(normalise(given)) & ASKING_WORDS:
        return ExamItem(question)  # "Jawaban yang benar yang mana?": asked for, none given
    answer = _ANSWER_END.split(given, maxsplit=1)[0].strip(_QUOTES)
    return ExamItem(question, answer or None)


_GIVEN_FOR = re.compile(
    r"^(?:[^'\"“‘]*?\s)?(?:jawab|jawabnya|jawabannya|menjawab|nulis|menulis|tulis)\s*[:\-]?\s*"
    r"['\"“‘]([^'\"”’]{1,60})['\"”’]\s*,?\s*(?:buat|untuk|utk|sebagai|sbg)\s+(.+?)[\s,.;:]*"
    r"(?:sah|diterima|bener|benar|betul|boleh|bisa|dihitung|valid|tepat|oke|ok|aman)\b[^'\"“]*$",
    re.IGNORECASE | re.DOTALL)


def _given_for(text: str) -> ExamItem | None:
    """"peserta jawab 'Sumsel' buat peringkat 3 TOP GPR 2021, sah gak?": what the answer was
    given for, asked, and the answer given, to be checked."""
    found = _GIVEN_FOR.match(text.strip())
    if found is None:
        return None
    return ExamItem(found.group(2).strip(_QUOTES + ",.") + "?", found.group(1).strip(_QUOTES))


def _quoted(text: str, names_something: Callable[[str], bool]) -> ExamItem | None:
    """"Apakah kalimat ini benar: '…'", "Draf saya: '…' Tolong koreksi kalau salah.": the
    quoted sentence, checked; None when the words around it ask of something or name it."""
    found = _QUOTED.match(text.strip())
    if found is None:
        return None
    around = f"{found.group(1)} {found.group(3)}"
    words = set(normalise(around))
    if not words & CHECK_WORDS or words & (ASKING_WORDS - {"apa"}) or names_something(around):
        return None
    return ExamItem(_claim(found.group(2)))


_QUOTED_ANY = re.compile(r"['\"“‘]([^'\"”’]+)['\"”’]")


def _quoted_blank(text: str) -> ExamItem | None:
    """"Kartu soal saya: 'Darto menjabat sebagai ___ Diskominfo Kota Bandung.' Isiannya
    apa?": the quoted sentence with its blank to fill, whatever asks for it around."""
    for quoted in _QUOTED_ANY.finditer(text):
        if "___" in quoted[1] and (item := _blank(quoted[1])) is not None:
            # (not "'kita syukuri penghargaan ini sebagai...' lanjutannya apa": a quote cut)
            return item
    return None


def _blank(text: str) -> ExamItem | None:
    """'Acara AMH 2023 diselenggarakan di kota .....': the blank asked with the question word
    the word before it calls for ("di kota" where, "ke" which number, "bernama" who)."""
    if "?" in text or set(normalise(text)) & ASKING_WORDS:
        return None
    parts = _BLANK.split(text.strip())
    opening = normalise(parts[0])
    least = 2 if "___" in text else MIN_BLANK_WORDS  # (a line drawn is a blank, not dots
    # trailing off)
    if len(parts) < 2 or len(opening) < least or opening[0] in FOLLOW_UP_MARKERS:
        return None  # ("kalau juara 3...": a chat message trailing off)
    asked = parts[0]
    for before, after in pairwise(parts):
        asked += f" {BLANK_WORDS.get((normalise(before) or [''])[-1], 'apa')} {after}"
    return ExamItem(asked.strip() + "?")


def _claim(sentence: str) -> str:
    return sentence.strip(_QUOTES + ".!?") + ", benar?"


def settles(item: ExamItem, answer: str) -> bool | None:
    """Whether a reply bears out the answer given with the question: True when it holds all
    the answer's words, False when it holds none of them (another name, place, number), None
    when it holds some, or no answer was given."""
    given = _words(item.answer) if item.answer else set()
    if not given:
        return None
    said = _words(answer)
    return True if given <= said else False if not given & said else None


def chosen(item: ExamItem, answer: str) -> tuple[str, str] | None:
    """The one option whose words a reply holds ("b", "DKI Jakarta"), an option held within
    another left aside; None when no option or more than one does."""
    said = _words(answer)
    held = {(letter, option): words for letter, option in item.options
            if (words := _words(option)) and words <= said}
    # ("Humas Maju" is held within "Humas Bersinergi untuk Kemajuan Negeri")
    best = [o for o, words in held.items() if not any(words < w for w in held.values())]
    return best[0] if len(best) == 1 else None


def _words(text: str) -> set[str]:
    """The content words of a text, with a number after "ke-" as a word of its own."""
    words = {part for word in normalise(text) for part in word.split("-")}
    return words - FILLERS - {"dan", "atau", "serta", "ke", ""}
