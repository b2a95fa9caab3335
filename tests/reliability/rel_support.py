"""Shared helpers of the reliability tests: hypothesis settings and text strategies, the Reply
contract, and a counter of what was tried (printed at the end of the run).

Every generated input is deterministic (derandomized hypothesis, fixed seeds), so CI sees the
same inputs on every run. Set HUMASBOT_REL_SCALE=10 to try ten times as many.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import os
import string
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from frozen_data import load_frozen
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.reply import Candidate, Reply, SourceRef, Status
from bot.understanding.normalise import MAX_INPUT_CHARS
from knowledge.base import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]
SCALE = max(1, int(os.environ.get("HUMASBOT_REL_SCALE", "1") or 1))
MAX_QUESTION_CHARS = 10_000
MAX_REPLY_CHARS = 4096  # a Telegram message
# A bound that catches a hang (catastrophic backtracking, a quadratic blow-up), not a speed
# target: speed is what the benchmarks measure. Questions take 1–30 ms; under a shared machine's
# load a pathological 2,000-character one has taken about a second.
ASK_SECONDS = float(os.environ.get("HUMASBOT_REL_ASK_SECONDS", "10"))
STATUSES = {"answered", "no_data", "not_understood", "chitchat"}

# What the run tried, by name; printed by conftest.py at the end of the session.
TRIED: Counter[str] = Counter()


def examples(count: int) -> settings:
    """Hypothesis settings for one property: `count` examples (times HUMASBOT_REL_SCALE),
    derandomized so CI is deterministic, no per-example deadline (we time calls ourselves)."""
    return settings(max_examples=count * SCALE, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


@functools.cache
def packaged_knowledge() -> KnowledgeBase:
    """The frozen copy of the knowledge (tests/data/facts, tests/data/seeds)."""
    return load_frozen()


@functools.cache
def shared_engine() -> Engine:
    """One engine for the property tests; give each example a fresh ContextStore."""
    return Engine(packaged_knowledge())


@functools.cache
def data_questions() -> tuple[str, ...]:
    """The `text` of every question in the development and holdout question sets."""
    import yaml

    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in ("questions.yaml", "questions_holdout.yaml"):
        walk(yaml.safe_load((ROOT / "tests" / "data" / name).read_text(encoding="utf-8")))
    return tuple(dict.fromkeys(found))


# --- the Reply contract -------------------------------------------------------------------

def utf8_encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_surrogate(ch: str) -> bool:
    """A lone surrogate code point (U+D800–U+DFFF): a str may hold one, UTF-8 cannot."""
    return "\ud800" <= ch <= "\udfff"


def as_asked(question: str) -> str:
    """The question as Reply.question echoes it: cut to the input cap, every lone surrogate
    replaced by "?" (so the reply can be written as UTF-8), every other character unchanged."""
    return "".join("?" if is_surrogate(ch) else ch for ch in question[:MAX_INPUT_CHARS])


def check_reply(reply: Reply, question: str) -> None:
    """Everything a channel relies on in a Reply, whatever the question was."""
    assert isinstance(reply, Reply), type(reply)
    assert reply.question == as_asked(question), (reply.question, question)
    assert utf8_encodable(reply.question), "the echoed question cannot be sent as UTF-8"
    assert isinstance(reply.status, Status) and str(reply.status) in STATUSES, reply.status
    assert isinstance(reply.text, str) and 1 <= len(reply.text) <= MAX_REPLY_CHARS, (
        len(reply.text))
    assert reply.text.strip(), "reply text is blank"
    assert utf8_encodable(reply.text), "reply text cannot be sent as UTF-8"
    assert reply.intent is None or isinstance(reply.intent, str)
    assert isinstance(reply.confidence, float | int) and math.isfinite(reply.confidence)
    assert 0.0 <= reply.confidence <= 1.0, reply.confidence
    assert isinstance(reply.slots, dict)
    assert isinstance(reply.followup, bool)
    assert isinstance(reply.sources, tuple)
    for source in reply.sources:
        assert isinstance(source, SourceRef)
        assert isinstance(source.id, str) and source.id
        assert isinstance(source.title, str) and source.title.strip()
        assert source.publisher is None or isinstance(source.publisher, str)
        if source.date is not None:
            dt.date.fromisoformat(source.date)
        assert source.label().strip()
    if reply.status == Status.ANSWERED:
        assert reply.sources, "an answer must name its source"
    assert isinstance(reply.suggestions, tuple)
    for suggestion in reply.suggestions:
        assert isinstance(suggestion, str) and suggestion.strip(), repr(suggestion)
        assert len(suggestion) <= MAX_REPLY_CHARS and utf8_encodable(suggestion)
        assert "\n" not in suggestion, repr(suggestion)
    assert len(set(reply.suggestions)) == len(reply.suggestions), reply.suggestions
    for candidate in reply.candidates:
        assert isinstance(candidate, Candidate) and isinstance(candidate.intent, str)
        assert math.isfinite(candidate.score)
    check_json_record(reply.to_json_dict())  # whatever the question held, even surrogates


def check_json_record(record: dict[str, Any]) -> None:
    """The `ask --json` shape: strict JSON (no NaN), UTF-8 writable, round-trips unchanged."""
    line = json.dumps(record, ensure_ascii=False, allow_nan=False)
    assert "\n" not in line
    assert utf8_encodable(line), "the JSON line cannot be written to a UTF-8 stdout"
    assert json.loads(line) == record
    if "error" in record:
        assert set(record) == {"line", "error"}, record
        assert isinstance(record["line"], int) and record["line"] >= 1
        assert isinstance(record["error"], str) and record["error"].strip()
        return
    assert str(record["status"]) in STATUSES
    assert isinstance(record["text"], str) and 1 <= len(record["text"]) <= MAX_REPLY_CHARS
    assert isinstance(record["sources"], list) and isinstance(record["suggestions"], list)
    for source in record["sources"]:
        assert set(source) == {"id", "title", "publisher", "date"}, source


def timed_ask(engine: Engine, text: str, chat: str) -> Reply:
    """engine.ask, failing if one call takes longer than ASK_SECONDS."""
    start = time.perf_counter()
    reply = engine.ask(text, chat)
    took = time.perf_counter() - start
    TRIED["engine: questions asked"] += 1
    TRIED["engine: question characters"] += len(text)
    if len(text) >= 5_000:
        TRIED["engine: questions of 5,000+ characters"] += 1
    if not text.isascii():
        if any(is_surrogate(ch) for ch in text):
            TRIED["engine: questions with a lone surrogate"] += 1
        if any(ch.isdigit() and not ch.isdecimal() for ch in text):
            TRIED["engine: questions with a digit int() refuses"] += 1
    TRIED["engine: slowest ask (ms)"] = max(TRIED["engine: slowest ask (ms)"], round(took * 1000))
    assert took < ASK_SECONDS, f"ask took {took:.3f}s for {len(text)} characters: {text[:80]!r}"
    return reply


def is_non_decimal_digit(ch: str) -> bool:
    """A character str.isdigit() accepts but int() refuses (Ethiopic ፩, Kharoshthi 𐩀 …), also
    after NFKC normalisation."""
    return any(c.isdigit() and not c.isdecimal() for c in unicodedata.normalize("NFKC", ch))


# --- text strategies ----------------------------------------------------------------------

EMOJI = ["🎉", "🏆", "🥇", "👍🏽", "👨‍👩‍👧‍👦", "🇮🇩", "❤️", "🙏", "😂", "🤖", "🔥", "✅", "#️⃣", "🫶🏿",
         "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"]
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad\u034f\u2061\u2062\u2063\u2064"
CONTROL = "".join(chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)))
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
PUNCTUATION = (string.punctuation + "…–—«»‹›¿¡、。，．・「」『』【】“”‘’•·¶§†‡‰′″‽⁇¸¨´˝"
               "\u3000\u00a0\u2009\u202f")
# digits int() refuses although str.isdigit() accepts them (see is_non_decimal_digit)
NON_DECIMAL_DIGITS = "፩፪፫፬፭፮፯፰፱" + "᧚" + "⓵⓶⓿" + "❶❷➀➊" + "𐩀𐩁𐩂𐩃" + "𐹠𐹡𐹨" + "𑁒𑁓𑁚"
DIGITS = (string.digits + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹" + "०१२३४५६७८९" + "０１２３４５６７８９"
          + "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗" + "①②③⑳㊿⒈⒛" + "²³¹⁰₀₉" + "½⅓⅒" + NON_DECIMAL_DIGITS)
HEBREW = "".join(chr(c) for c in range(0x05D0, 0x05EB))
ARABIC = "".join(chr(c) for c in range(0x0621, 0x064B)) + "ًٌٍَُِّْ"
COMBINING = "".join(chr(c) for c in range(0x0300, 0x0370))
ROMAN_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
                  "XIV", "XIX", "XL", "L", "XC", "C", "CD", "D", "CM", "M", "MCMXCIV",
                  "MMXXI", "MMXXIII", "MMMCMXCIX", "iii", "iv", "Ⅲ", "ⅲ", "Ⅻ", "ↂ", "IIII",
                  "VV", "IC", "XM"]
DOMAIN_WORDS = ["juara", "TOP GPR", "TOP GRP", "2021", "2023", "Bandung", "AMH", "Anugerah",
                "Media Humas", "peringkat", "ke-2", "ke-16", "ketiga", "pertama", "III",
                "siapa", "kapan", "di mana", "dmn", "yg", "brp", "Pemprov", "Pemkot",
                "Bengkulu", "Sumsel", "DKI Jakarta", "pemenang", "nominasi", "tema",
                "penyelenggara", "kalau", "yang", "kedua", "Terbaik", "kategori", "kelompok",
                "Kominfo", "Diskominfo", "Darto", "Rohidin", "Gubernur", "Wali Kota",
                "Surabaya", "Westin", "virtual", "award", "penghargaan", "humas", "apa itu",
                "singkatan", "kenapa", "alasan", "berapa", "jumlah", "selain", "bukan",
                "tahun", "lalu", "sekarang", "2022", "1945", "2100", "0", "-1", "?", "!",
                "terima kasih", "halo", "bantuan", "/start", "/help", "@humasbot"]


def surrogates(max_size: int = 6) -> st.SearchStrategy[str]:
    """Lone surrogates (st.text never draws them unless asked): what a JSON "\\ud800" escape
    or a surrogateescape-decoded byte turns into."""
    return st.text(alphabet=st.characters(categories=["Cs"]), min_size=1, max_size=max_size)


def _alphabet_text(alphabet: str | list[str], max_size: int = 300) -> st.SearchStrategy[str]:
    if isinstance(alphabet, str):
        return st.text(alphabet=alphabet, max_size=max_size)
    return st.lists(st.sampled_from(alphabet), max_size=max_size // 4).map("".join)


def repeated(base: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A piece repeated up to MAX_QUESTION_CHARS characters (long inputs, cheaply)."""
    return st.tuples(base, st.integers(1, MAX_QUESTION_CHARS)).map(
        lambda pair: (pair[0] * pair[1])[:MAX_QUESTION_CHARS])


def _huge_number() -> st.SearchStrategy[str]:
    return st.one_of(
        st.just(str(10**400)), st.just("10**400"), st.just("1e400"), st.just("-" + "9" * 5000),
        st.integers(min_value=10**15, max_value=10**1000).map(str),
        st.integers(1, MAX_QUESTION_CHARS).map(lambda n: "9" * n),
        st.integers(1, 3000).map(lambda n: "1." + "000." * n),
        st.integers(1, 2000).map(lambda n: "juara " + "1" * n),
        st.integers(1, 2000).map(lambda n: "ke-" + "7" * n),
        st.integers(1, 2000).map(lambda n: "peringkat " + "⑳" * n),
        st.integers(1, 2000).map(lambda n: "juara " + "፩" * n),
    )


def _roman() -> st.SearchStrategy[str]:
    numeral = st.one_of(st.sampled_from(ROMAN_NUMERALS),
                        st.text(alphabet="IVXLCDMivxlcdm", min_size=1, max_size=30))
    prefix = st.sampled_from(["", "juara ", "peringkat ", "Terbaik ", "siapa juara ",
                              "AMH ke-", "TOP GPR 2021 peringkat ", "yang "])
    return st.tuples(prefix, numeral, st.sampled_from(["", "?", " TOP GPR 2021", " AMH"])).map(
        "".join)


def _long_word() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(["juara", "a", "aa", "ab", "apa2", "ke-", "kota-",
                                       "x", "juaraaaa", "TOPGPR", "-", "é", "ß", "ǅ"]),
                      st.text(alphabet=string.ascii_letters, min_size=1, max_size=12))
    return repeated(piece)


def _mixture() -> st.SearchStrategy[str]:
    word = st.one_of(st.sampled_from(DOMAIN_WORDS), st.sampled_from(data_questions()),
                     st.sampled_from(EMOJI), st.sampled_from(ROMAN_NUMERALS),
                     st.text(max_size=8), _alphabet_text(BIDI + ZERO_WIDTH + CONTROL, 4),
                     st.integers(-10**30, 10**30).map(str), surrogates(2),
                     st.sampled_from(NON_DECIMAL_DIGITS))
    separator = st.sampled_from([" ", "  ", "", "\n", "\t", "-", ",", "?", "\u200b", "\u202e",
                                 "\u00a0", " 🎉 ", "...", "/", "\u3000"])
    return st.tuples(st.lists(word, min_size=1, max_size=40), separator).map(
        lambda pair: pair[1].join(pair[0]))


def _noisy_question() -> st.SearchStrategy[str]:
    noise = st.one_of(st.text(max_size=6), _alphabet_text(BIDI + ZERO_WIDTH + CONTROL, 6),
                      st.sampled_from(EMOJI), _alphabet_text(COMBINING, 6), surrogates(),
                      _alphabet_text(NON_DECIMAL_DIGITS, 6))
    return st.tuples(st.sampled_from(data_questions()), noise, st.integers(0, 200),
                     st.integers(1, 4)).map(
        lambda t: (t[0][:t[2]] + t[1] + t[0][t[2]:]) * t[3])


def full_length(base: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A non-empty piece repeated to exactly MAX_QUESTION_CHARS characters."""
    return base.filter(bool).map(
        lambda s: (s * (MAX_QUESTION_CHARS // len(s) + 1))[:MAX_QUESTION_CHARS])


def any_text() -> st.SearchStrategy[str]:
    """Any question: every family of hostile text the issue lists, up to 10,000 characters —
    any code point, lone surrogates and digits int() refuses included."""
    families: list[st.SearchStrategy[str]] = [
        st.text(max_size=400),
        st.text(alphabet=st.characters(exclude_categories=()), max_size=100),  # surrogates too
        st.text(alphabet=st.characters(codec="utf-8"), max_size=100),
        _alphabet_text(EMOJI),
        _alphabet_text(BIDI + HEBREW + ARABIC + " ?"),
        _alphabet_text(ZERO_WIDTH + CONTROL + LINE_BREAKS),
        _alphabet_text(PUNCTUATION),
        _alphabet_text(DIGITS + " .,-"),
        _alphabet_text(NON_DECIMAL_DIGITS + " juarapeingkt"),
        _alphabet_text(COMBINING + "aeiou"),
        _huge_number(),
        _roman(),
        _long_word(),
        _mixture(),
        _noisy_question(),
        st.sampled_from(data_questions()),
        surrogates(20).map(lambda s: "siapa juara " + s + " TOP GPR 2021?"),
        st.tuples(st.sampled_from(data_questions()), surrogates(3)).map("".join),
    ]
    return st.one_of(*families, repeated(st.one_of(families))).map(
        lambda text: text[:MAX_QUESTION_CHARS])
