"""What `humasbot facts check` tells staff beyond a valid load: note keywords easy to misuse
(warnings), and the shipped regression questions whose answer changed (knowledge/questions.yaml).

Both need the understanding layer (its vocabulary, the engine), so they live here, above
`knowledge`, and the facts command calls them after the files have loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.engine import Engine
from bot.evaluation import Outcome, Report, evaluate, load_question_set, shown
from bot.reply import Status
from bot.understanding.entities import MAX_YEAR, MIN_YEAR, allowed_edits
from bot.understanding.intents import words_of_asking
from bot.understanding.normalise import normalise
from knowledge.base import KnowledgeBase
from knowledge.files import NotRegular, TooLarge, read_regular
from knowledge.loader import MAX_FILE_BYTES
from knowledge.yaml_positions import YamlProblem, load_positioned

DEFAULT_QUESTIONS = Path(__file__).resolve().parent.parent / "knowledge" / "questions.yaml"

_KIND_NAMES = {
    "id": {"award": "penghargaan", "organisation": "organisasi", "person": "orang",
           "category": "kategori", "group": "kelompok"},
    "en": {"award": "award", "organisation": "organisation", "person": "person",
           "category": "category", "group": "group"},
}
_WHY = {
    "name": {
        "id": "kata kunci '{keyword}' sama dengan nama {kind} '{target}': bot sudah mengenali "
              "nama itu; sebagai kata kunci ia hanya menyesatkan. Hapus, atau ganti dengan kata "
              "yang khas untuk catatan ini",
        "en": "keyword '{keyword}' equals the name of {kind} '{target}': the bot already knows "
              "that name; as a keyword it only misleads. Remove it, or use a word particular to "
              "this note",
    },
    "year": {
        "id": "kata kunci '{keyword}' memuat tahun {target}: tahun sudah dikenali dari edisinya, "
              "dan kata kunci bertahun bisa menarik pertanyaan tentang edisi lain. Hapus tahunnya",
        "en": "keyword '{keyword}' holds the year {target}: years are known from the edition, "
              "and a keyword with a year may draw questions about another edition. Remove the "
              "year",
    },
    "common": {
        "id": "kata kunci '{keyword}' hanya terdiri dari kata umum pertanyaan ({target}): bot "
              "mengabaikan kata kunci seperti ini. Pakai kata yang khas untuk catatan ini",
        "en": "keyword '{keyword}' is made only of common question words ({target}): the bot "
              "ignores such keywords. Use a word particular to this note",
    },
    "typo": {
        "id": "kata kunci '{keyword}' hanya beda salah ketik dari kata umum pertanyaan "
              "({target}): pertanyaan biasa bisa tertukar dengan catatan ini. Pakai kata lain",
        "en": "keyword '{keyword}' is a typo away from common question words ({target}): "
              "ordinary questions may be taken for this note. Use another word",
    },
}


@dataclass(frozen=True, order=True)
class KeywordWarning:
    """A note keyword that is easy to misuse, at its place in its file."""

    file: str
    line: int
    column: int
    path: str
    why: str
    keyword: str
    target: str = ""
    kind: str = ""

    def render(self, lang: str = "id") -> str:
        kind = _KIND_NAMES[lang].get(self.kind, self.kind)
        message = _WHY[self.why][lang].format(keyword=self.keyword, target=self.target,
                                              kind=kind)
        label = "peringatan" if lang == "id" else "warning"
        return f"{self.file}:{self.line}:{self.column}: {self.path}: {label}: {message}"


def common_words() -> frozenset[str]:
    """The words of asking a keyword may not consist of: the ones the engine ignores such a
    keyword for (generic words, fillers, the intents' cues)."""
    return words_of_asking()


def keyword_warnings(kb: KnowledgeBase) -> list[KeywordWarning]:
    """Every note keyword that equals a name, category or group, holds a year, or is made of
    common question words (or typos of them), at its place in its fact file."""
    names: dict[str, tuple[str, str]] = {}
    for name in kb.names():
        if name.kind in _KIND_NAMES["en"]:
            names.setdefault(_folded(name.text), (name.kind, name.text))
    common = common_words()
    choices = sorted(common)
    found = []
    for file in kb.files:
        for index, keyword_index, keyword, place in _note_keywords(file):
            path = f"notes[{index}].keywords[{keyword_index}]"
            warning = _why(keyword, names, common, choices)
            if warning is not None:
                why, target, kind = warning
                found.append(KeywordWarning(file, *place, path, why, keyword, target, kind))
    return sorted(found)


def _why(keyword: str, names: dict[str, tuple[str, str]], common: frozenset[str],
         choices: list[str]) -> tuple[str, str, str] | None:
    folded = _folded(keyword)
    if folded in names:
        kind, text = names[folded]
        return "name", text, kind
    year = next((w for w in re.findall(r"\d+", folded) if MIN_YEAR <= int(w) <= MAX_YEAR), None)
    if year is not None:
        return "year", year, ""
    words = normalise(keyword) or folded.split()
    if not words:
        return None
    if all(w in common for w in words):
        read = " ".join(words)
        return "common", read if read == folded else f"{folded} → {read}", ""
    near = []
    for word in words:
        if word in common:
            near.append(word)
            continue
        limit = allowed_edits(len(word))
        best = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=limit) if (
            limit) else None
        if best is None:
            return None
        near.append(f"{word} ~ {best[0]}")
    return "typo", ", ".join(near), ""


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _note_keywords(file: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """(note index, keyword index, keyword, (line, column)) of every note keyword in `file`."""
    try:
        text = read_regular(file, MAX_FILE_BYTES).decode("utf-8-sig")
        positioned = load_positioned(text)
    except (OSError, UnicodeDecodeError, YamlProblem, ValueError, NotRegular, TooLarge):
        return []
    data = positioned.data if isinstance(positioned.data, dict) else {}
    found = []
    for index, note in enumerate(data.get("notes") or ()):
        keywords = note.get("keywords") if isinstance(note, dict) else None
        for keyword_index, keyword in enumerate(keywords or ()):
            if isinstance(keyword, str):
                place = positioned.place(("notes", index, "keywords", keyword_index))
                found.append((index, keyword_index, keyword, place))
    return found


# --- regression questions -----------------------------------------------------------------

def changed_answers(kb: KnowledgeBase, questions: Path) -> Report:
    """Ask every question of `questions` (a question set, see bot/evaluation.py)."""
    return evaluate(Engine(kb), load_question_set(questions))


_STATUS = {
    "id": {Status.ANSWERED: "dijawab", Status.NO_DATA: "tidak ada datanya",
           Status.NOT_UNDERSTOOD: "tidak dipahami / di luar topik",
           Status.CHITCHAT: "obrolan"},
    "en": {Status.ANSWERED: "answered", Status.NO_DATA: "no data",
           Status.NOT_UNDERSTOOD: "not understood / out of scope", Status.CHITCHAT: "chitchat"},
}
_WANTED = {
    "id": {"answerable": "dijawab", "no_data": "tidak dijawab (tidak ada datanya)",
           "out_of_domain": "tidak dijawab (di luar topik)", "chitchat": "obrolan"},
    "en": {"answerable": "answered", "no_data": "not answered (no data)",
           "out_of_domain": "not answered (out of scope)", "chitchat": "chitchat"},
}
_WORDS = {
    "id": {"changed": "Jawaban berubah", "expected": "diharapkan", "got": "didapat",
           "with": "memuat", "without": "tanpa"},
    "en": {"changed": "Answer changed", "expected": "expected", "got": "got",
           "with": "holding", "without": "without"},
}


def describe_change(outcome: Outcome, lang: str = "id") -> list[str]:
    """A changed answer as staff read it: the question, what was expected, what came."""
    words, turn, reply = _WORDS[lang], outcome.turn, outcome.reply
    expected = [_WANTED[lang][turn.kind]]
    if turn.expect:
        expected.append(f"{words['with']} " + ", ".join(shown(e) for e in turn.expect))
    if turn.forbid:
        expected.append(f"{words['without']} " + ", ".join(f"“{f}”" for f in turn.forbid))
    text = " ".join(reply.text.split())
    text = text if len(text) <= 300 else text[:299] + "…"
    return [f"{words['changed']}: [{turn.id}] “{turn.text}”",
            f"  {words['expected']}: {'; '.join(expected)}",
            f"  {words['got']}: {_STATUS[lang].get(reply.status, str(reply.status))} — {text}"]
