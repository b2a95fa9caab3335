"""Any text in, a valid Reply out — from the engine and from `humasbot ask --json`.

Property-based (hypothesis, derandomized): any Unicode up to 10,000 characters — emoji,
right-to-left text and bidi overrides, zero-width and control characters, lone surrogates, only
punctuation, only digits (also digits int() refuses, like Ethiopic ፩), huge numbers, Roman
numerals, very long words, real questions with noise — gives a Reply with one of the four
statuses, the question echoed (lone surrogates as "?"), a text of 1–4096 characters,
well-formed sources and suggestions, strict UTF-8 JSON, and comes back within ASK_SECONDS (a
hang guard, not a speed target; the slowest answer is printed with what was tried).

Examples per run (HUMASBOT_REL_SCALE multiplies them): 500 single questions, 150
conversations of 2–6 turns, 150 questions of exactly 10,000 characters, 200 `ask --json`
streams of 1–8 lines, plus the hand-picked worst cases below.
"""

from __future__ import annotations

import functools
import io
import json
import subprocess
import sys
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rel_support import (
    ASK_SECONDS,
    BIDI,
    CONTROL,
    DOMAIN_WORDS,
    EMOJI,
    NON_DECIMAL_DIGITS,
    ROOT,
    TRIED,
    ZERO_WIDTH,
    any_text,
    as_asked,
    check_json_record,
    check_reply,
    data_questions,
    examples,
    full_length,
    is_non_decimal_digit,
    shared_engine,
    timed_ask,
    utf8_encodable,
)

from bot.channels.ask import answer_lines, parse_line, write_json_lines
from bot.context import ContextStore
from bot.engine import Engine
from bot.reply import Status

pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

FOLLOW_UPS = ["kalau juara 3?", "yang kedua?", "kapan?", "di mana?", "siapa yang menerima?",
              "apa temanya?", "kalau Bandung?", "kalau 2023?", "terima kasih", "kenapa?",
              "peringkat berapa?", "yang ke-16?", "juara III", "Sumsel?"]
TOP_GPR_2021 = "siapa juara TOP GPR 2021?"
TOO_LARGE = "invalid JSON: too large or too deeply nested"  # ask --json's words


def fresh_engine() -> Engine:
    """The shared engine (indexes built once) with an empty conversation context."""
    engine = shared_engine()
    engine.context = ContextStore()
    return engine


# --- the engine ---------------------------------------------------------------------------

@examples(500)
@given(text=any_text())
def test_engine_answers_any_text(text: str) -> None:
    TRIED["engine: any-text examples"] += 1
    check_reply(timed_ask(fresh_engine(), text, "rel"), text)


@examples(150)
@given(turns=st.lists(st.one_of(any_text(), st.sampled_from(FOLLOW_UPS),
                                st.sampled_from(data_questions())), min_size=2, max_size=6))
def test_engine_keeps_answering_within_one_conversation(turns: list[str]) -> None:
    """Hostile text between real questions and follow-ups: the context it leaves behind
    never breaks a later answer in the same chat."""
    TRIED["engine: conversation examples"] += 1
    engine = fresh_engine()
    for text in turns:
        check_reply(timed_ask(engine, text, "rel-conversation"), text)


@examples(150)
@given(text=full_length(any_text()))
def test_engine_answers_ten_thousand_characters_in_time(text: str) -> None:
    assert len(text) == 10_000
    TRIED["engine: 10,000-character examples"] += 1
    check_reply(timed_ask(fresh_engine(), text, "rel-long"), text)


WORST_CASES = {
    "empty": "",
    "blank": " \t\n ",
    "nul": "\x00",
    "all controls": CONTROL * 100,
    "bidi override question": "\u202esiapa juara TOP GPR 2021?\u202c",
    "bidi only": BIDI * 800,
    "zero width x10000": "\u200b" * 10_000,
    "zero width inside words": "\u200b".join("siapa juara TOP GPR 2021?"),
    "BOMs": "\ufeff" * 10_000,
    "10**400": str(10**400),
    "10**400 as rank": "siapa juara " + str(10**400) + " TOP GPR 2021?",
    "ten thousand nines": "9" * 10_000,
    "rank of 4000 digits": "peringkat " + "⑳" * 2_000,
    "edition ke-huge": "AMH ke-" + "1" * 9_990,
    "year-like": "TOP GPR 0000 9999 2101 1944",
    "negative and decimal": "juara -1 peringkat 0 juara 1.5 juara 1,5 juara 1e3",
    "roman numerals": "siapa Terbaik MMMCMXCIX AMH 2023 juara iiii peringkat ↂ",
    "roman only": "MCMXCIV",
    "one long word": "a" * 10_000,
    "juara glued": "juara" * 2_000,
    "repeated letters": "siapaaaaaaaa juaraaaaaaaaaaaaa " * 300,
    "hyphens": "a-" * 5_000,
    "reduplication": "apa2 " * 2_000,
    "emoji": "🎉" * 10_000,
    "zwj family": "👨‍👩‍👧‍👦" * 1_400,
    "flags": "🇮🇩" * 5_000,
    "arabic": "مَن فاز بجائزة TOP GPR 2021؟",
    "hebrew rtl mark": "\u200fמי זכה TOP GPR 2021?\u200f",
    "NFKC expands 18x": "﷽" * 10_000,
    "casefold expands": "ß" * 5_000 + "İ" * 5_000,
    "combining pile": "a" + "\u0301" * 9_999,
    "private use": "\ue000\uf8ff" * 5_000,
    "non-characters": "\ufffe\uffff\U0010ffff" * 3_000,
    "lone surrogates": "\ud800\udfff" * 100 + " juara",
    "lone surrogate in a question": "siapa juara \udc80 TOP GPR 2021?",
    "non-decimal digits as ranks": "siapa juara ፩ TOP GPR 2021 peringkat 𐩀 ke-፩፮ Terbaik ፫",
    "non-decimal digits x10000": "፩" * 10_000,
    "punctuation only": "?!.,;:'\"()[]{}<>/\\|@#$%^&*_+=~`" * 300,
    "html": "<b>juara</b> &amp; <script>alert(1)</script> TOP GPR 2021",
    "format strings": "%s %d %n {0} {text} ${jndi:ldap://x} {{7*7}}",
    "commands": "/start /help /reload@humasbot",
    "newlines": "siapa\njuara\r\nTOP GPR\r2021\u2028?\u2029",
    "all domain words": " ".join(DOMAIN_WORDS) * 20,
    "every question glued": " ".join(data_questions())[:10_000],
}


@pytest.mark.parametrize("text", WORST_CASES.values(), ids=WORST_CASES.keys())
def test_engine_answers_hand_picked_worst_cases(text: str) -> None:
    engine = fresh_engine()
    for chat in ("rel-worst", "rel-worst"):  # asked twice: the second sees the context
        check_reply(timed_ask(engine, text, chat), text)


@functools.cache
def non_decimal_digits() -> list[str]:
    return [chr(c) for c in range(sys.maxunicode + 1)
            if not 0xD800 <= c <= 0xDFFF and is_non_decimal_digit(chr(c))]


def test_the_properties_try_digits_int_refuses() -> None:
    """Regression (non-ASCII digits made Engine.ask raise ValueError): the properties draw
    such digits, and the list of them stays honest."""
    digits = non_decimal_digits()
    assert "፩" in digits and "2" not in digits
    assert "²" not in digits  # NFKC makes it "2": an ordinary digit
    assert len(digits) > 50
    assert set(NON_DECIMAL_DIGITS) <= set(digits)


def test_non_decimal_digits_after_a_rank_word_are_answered() -> None:
    """Regression: int('፩') raises although '፩'.isdigit(); every such digit, after a rank
    word, doubled, as an ordinal or on its own, is answered (engine and ask --json)."""
    engine = fresh_engine()
    failures = []
    texts = [text for digit in non_decimal_digits()
             for text in (f"juara {digit}", f"TOP GPR 2021 peringkat {digit * 2}", digit * 4,
                          f"siapa juara ke-{digit} AMH?", f"Terbaik {digit} AMH 2023")]
    for text in texts:
        try:
            check_reply(timed_ask(engine, text, "rel-digits"), text)
        except Exception as error:
            failures.append(f"{text!r}: {type(error).__name__}: {error}")
    assert not failures, f"{len(failures)} failures, e.g. {failures[:3]}"
    records = list(answer_lines(fresh_engine(), texts))
    assert [r for r in records if "error" in r] == []
    assert [r["question"] for r in records] == texts


def _in_script(text: str, digits: str) -> str:
    return text.translate(str.maketrans("0123456789", digits))


DECIMAL_DIGITS = {"ascii": "0123456789", "fullwidth": "０１２３４５６７８９"}
OTHER_SCRIPTS = {"arabic-indic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹",
                 "devanagari": "०१२३४५६७८९", "bengali": "০১২৩৪৫৬৭৮৯", "thai": "๐๑๒๓๔๕๖๗๘๙"}


def _check_rank_and_year(digits: str) -> None:
    text = _in_script(TOP_GPR_2021.replace("juara", "juara 3"), digits)
    reply = fresh_engine().ask(text, "rel-decimal")
    check_reply(reply, text)
    assert (reply.status, reply.slots.get("year"), reply.slots.get("rank")) == (
        Status.ANSWERED, 2021, 3), (text, reply.status, reply.slots)


@pytest.mark.parametrize("digits", DECIMAL_DIGITS.values(), ids=DECIMAL_DIGITS.keys())
def test_decimal_digits_are_read_as_numbers(digits: str) -> None:
    _check_rank_and_year(digits)


@pytest.mark.parametrize("digits", OTHER_SCRIPTS.values(), ids=OTHER_SCRIPTS.keys())
def test_decimal_digits_of_other_scripts_are_read_as_numbers(digits: str) -> None:
    _check_rank_and_year(digits)


# --- humasbot ask --json --------------------------------------------------------------------

def _json_line(draw: st.DrawFn) -> str:
    # a lone surrogate in "chat" still stops the command:
    # see test_ask_json_survives_a_lone_surrogate_escape_in_chat
    chat = draw(st.one_of(st.sampled_from(["a", "b", "grup-1"]), st.text(max_size=40),
                          st.integers(-10**100, 10**100), st.booleans(), st.none(),
                          st.floats(), st.lists(st.integers(), max_size=2)))
    text = draw(st.one_of(any_text(), any_text(), st.sampled_from(["", "   ", "\n"]),
                          st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=2)))
    document: dict[str, object] = {"text": text}
    if draw(st.booleans()):
        document["chat"] = chat
    if draw(st.booleans()):
        document[draw(st.text(max_size=10))] = draw(st.text(max_size=10))
    return json.dumps(document, ensure_ascii=draw(st.booleans()))


@st.composite
def input_line(draw: st.DrawFn) -> str:
    """One line of standard input, as `ask --json` reads it (no \\r or \\n inside)."""
    kind = draw(st.sampled_from(["plain", "json", "json", "broken json", "blank"]))
    if kind == "plain":
        line = draw(any_text())
    elif kind == "json":
        line = _json_line(draw)
    elif kind == "broken json":
        line = "{" + draw(st.one_of(st.text(max_size=60), st.just('"text": "juara"'),
                                    st.just('"text": "a", }'), st.just('"text": [}')))
    else:
        line = draw(st.sampled_from(["", " ", "\t", "\u3000", "\u200b"]))
    return line.replace("\r", " ").replace("\n", " ") + "\n"


def _expects_reply(line: str) -> bool:
    """A JSON object with a non-empty "text" string and an allowed "chat" must be answered."""
    try:
        data = json.loads(line)
    except ValueError:
        return False
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return False
    chat = data.get("chat", "stdin")
    return bool(data["text"].strip()) and isinstance(chat, str | int) and not isinstance(
        chat, bool)


@examples(200)
@given(lines=st.lists(input_line(), min_size=1, max_size=8))
def test_ask_json_answers_every_line(lines: list[str]) -> None:
    engine = fresh_engine()
    records, stream = [], answer_lines(engine, lines)
    for _ in lines:
        start = time.perf_counter()
        records.append(next(stream))
        took = time.perf_counter() - start
        assert took < ASK_SECONDS, f"a line took {took:.3f}s"
    assert next(stream, None) is None, "more records than lines"
    TRIED["ask --json: stream examples"] += 1
    TRIED["ask --json: lines"] += len(lines)
    for number, (line, record) in enumerate(zip(lines, records, strict=True), 1):
        check_json_record(record)
        parsed = parse_line(line)
        if isinstance(parsed, str):
            assert record == {"line": number, "error": parsed}
            assert not _expects_reply(line), (line, record)
            continue
        assert "error" not in record, (line, record)  # never "internal error"
        chat, text = parsed
        assert record["chat"] == chat and record["question"] == as_asked(text)
        if line.lstrip().startswith("{"):
            assert _expects_reply(line)

    engine.context = ContextStore()
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="\n")
    write_json_lines(engine, lines, out)  # what stdout gets: strict UTF-8, one line each
    out.flush()
    # JSON lines end at "\n" only (a reply may hold U+2028, which str.splitlines splits at)
    written = out.buffer.getvalue().decode("utf-8").split("\n")[:-1]  # type: ignore[attr-defined]
    assert [json.loads(w) for w in written] == records


def test_ask_json_command_answers_hostile_lines_without_a_traceback() -> None:
    """The real command: one JSON line out per line in, exit 0, nothing on stderr."""
    lines = ["siapa juara TOP GPR 2021?", '{"chat": 7, "text": "kalau juara 3?"}',
             "\u202ejuara\u202c " + "🎉" * 500, "9" * 10_000, "{rusak", '{"text": 5}',
             '{"chat": true, "text": "x"}', "[1, 2]", '"just a string"', "\x00\x01\x02",
             "\u200b" * 3_000, "MMXXI peringkat III", '{"text": "\\u202e\\u200b siapa?"}',
             "  ", "ፀ ሀ" * 100, *EMOJI, BIDI + ZERO_WIDTH,
             # once crashes: digits int() refuses, a huge integer, deep nesting, a surrogate
             "siapa juara ፩ TOP GPR 2021?", '{"text": "Terbaik \u1369\u136a"}',
             '{"chat": 1' + "0" * 5_000 + ', "text": "siapa juara TOP GPR 2021?"}',
             '{"text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}",
             '{"text": "siapa juara \\ud800 TOP GPR 2021?"}']
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "--json"], cwd=ROOT,
                          input="\n".join(lines) + "\n", capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and not done.stderr.strip()
    records = [json.loads(line) for line in done.stdout.split("\n")[:-1]]
    assert len(records) == len(lines)
    for record in records:
        check_json_record(record)
        assert not str(record.get("error", "")).startswith("internal error")
    assert records[-3:-1] == [{"line": len(lines) - 2, "error": TOO_LARGE},
                              {"line": len(lines) - 1, "error": TOO_LARGE}]
    assert records[-1]["question"] == "siapa juara ? TOP GPR 2021?"
    assert records[-1]["status"] == "answered"
    TRIED["ask --json: lines"] += len(lines)


def _stream(lines: list[str]) -> tuple[list[str], str | None]:
    """write_json_lines into a strict UTF-8 stream (like stdout): the lines written, and the
    exception that stopped it, if any."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="\n")
    try:
        write_json_lines(fresh_engine(), lines, out)
        failure = None
    except Exception as error:
        failure = f"{type(error).__name__}: {str(error)[:200]}"
    out.flush()
    written = out.buffer.getvalue().decode("utf-8", "replace")  # type: ignore[attr-defined]
    return [line for line in written.split("\n") if line], failure


def _answered(line: str, number: int, question: str = TOP_GPR_2021,
              chat: str = "stdin") -> None:
    """`line` (the answer to input line `number`) answers `question` asked in `chat`."""
    record = json.loads(line)
    check_json_record(record)
    assert "error" not in record, (number, record)
    assert (record["chat"], record["question"], record["status"]) == (
        chat, question, "answered"), (number, record)


def test_ask_json_reports_a_huge_json_integer_as_a_bad_line() -> None:
    """Regression: an integer of more than 4,300 digits made json.loads raise ValueError,
    which ended `humasbot ask --json` with a traceback."""
    lines = ['{"chat": 1' + "0" * 5_000 + ', "text": "siapa juara TOP GPR 2021?"}',
             '{"text": "x", "n": -' + "9" * 4_301 + "}", TOP_GPR_2021]
    written, failure = _stream(lines)
    assert failure is None, failure
    assert len(written) == 3
    assert [json.loads(w) for w in written[:2]] == [{"line": 1, "error": TOO_LARGE},
                                                    {"line": 2, "error": TOO_LARGE}]
    _answered(written[2], 3)


def test_ask_json_reports_deeply_nested_json_as_a_bad_line() -> None:
    """Regression: nesting 100,000 deep made json.loads raise RecursionError, which ended
    `humasbot ask --json` with a traceback."""
    lines = ['{"text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}",
             "{" + '"a": {' * 50_000 + "}" * 50_001, TOP_GPR_2021]
    written, failure = _stream(lines)
    assert failure is None, failure
    assert len(written) == 3
    assert [json.loads(w) for w in written[:2]] == [{"line": 1, "error": TOO_LARGE},
                                                    {"line": 2, "error": TOO_LARGE}]
    _answered(written[2], 3)


def test_ask_json_survives_a_lone_surrogate_escape() -> None:
    """Regression: an escaped lone surrogate in "text" was echoed in "question" and the UTF-8
    stdout raised UnicodeEncodeError, dropping every later line. Now it is echoed as "?"."""
    lines = ['{"text": "siapa juara \\ud800 TOP GPR 2021?"}',
             '{"chat": "b", "text": "siapa juara \\udfff\\ud83d TOP GPR 2021?"}',
             TOP_GPR_2021]
    written, failure = _stream(lines)
    assert failure is None, failure
    assert len(written) == 3 and all(utf8_encodable(w) for w in written)
    _answered(written[0], 1, "siapa juara ? TOP GPR 2021?")
    _answered(written[1], 2, "siapa juara ?? TOP GPR 2021?", chat="b")
    _answered(written[2], 3)


def test_ask_json_survives_a_lone_surrogate_escape_in_chat() -> None:
    lines = ['{"chat": "grup-\\ud800", "text": "siapa juara TOP GPR 2021?"}', TOP_GPR_2021]
    written, failure = _stream(lines)
    assert failure is None, failure
    assert len(written) == 2 and all(utf8_encodable(w) for w in written)
    check_json_record(json.loads(written[0]))  # answered (chat cleaned) or a bad line
    _answered(written[1], 2)
