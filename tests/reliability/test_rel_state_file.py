"""State: conversation context restored from anything, and a state file that is never lost.

ContextStore.restore takes whatever a state file held — non-dicts, wrong types, huge numbers,
infinities, nested junk — never raises, and keeps only frames of the right shape: a finite,
plausible time and slots of the types the engine gives them (hypothesis, 400 examples); frames
of the right types but arbitrary values never break a later answer (200 examples). The
Telegram state file (bot/channels/telegram/state.py): missing, empty, corrupt (also nested too
deep or holding integers too long for json.loads), wrongly shaped or unreadable → a fresh start
with a warning and the bad file kept aside (random bytes: 300 examples); a write that fails,
or is killed mid-way (10 SIGKILLs), leaves the previous file.
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rel_support import ROOT, TRIED, check_reply, examples, packaged_knowledge

from bot.context import ContextStore
from bot.engine import RESOLVERS, Engine

NOW = 1_700_000_000.0
INT_SLOTS = {"year", "rank", "number"}  # the slots the engine fills with a whole number …
FLAG_SLOTS = {"asks_rank", "asks_count"}  # … with True/False, with a list of words; others text
LIST_SLOTS = {"topics"}
BAD_TIMES = [math.inf, -math.inf, math.nan, 10**400, -(10**400), 1e300, -1]
FOLLOW_UPS = ["kalau juara 3?", "yang kedua?", "kapan?", "di mana?", "siapa yang menerima?",
              "apa temanya?", "kalau Bandung?", "kalau 2023?", "kenapa?", "siapa juaranya?",
              "peringkat berapa?", "juara III", "apa saja nominasinya?", "siapa dia?"]


def store() -> ContextStore:
    return ContextStore(clock=lambda: NOW)


# --- ContextStore.restore -------------------------------------------------------------------

def json_like(max_int: int = 10**400) -> st.SearchStrategy[Any]:
    """What json.loads can return (NaN and ±Infinity included; integers past a float's range
    by default)."""
    leaves = (st.none() | st.booleans() | st.integers(-max_int, max_int)
              | st.floats() | st.text(max_size=12))
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                        max_leaves=16)


def frame_like() -> st.SearchStrategy[Any]:
    junk = json_like()
    slots = st.dictionaries(st.one_of(st.sampled_from(["award", "edition", "rank", "topics"]),
                                      st.text(max_size=6)), junk, max_size=4)
    return st.one_of(junk, st.fixed_dictionaries({}, optional={
        "intent": st.one_of(st.sampled_from(sorted(RESOLVERS)), junk),
        "asked": st.one_of(slots, junk), "focus": st.one_of(slots, junk),
        "at": st.one_of(st.floats(NOW - 1_000, NOW + 10), st.integers(0, 2 * int(NOW)),
                        st.just(True), st.sampled_from(BAD_TIMES), junk),
    }))


def snapshot_like() -> st.SearchStrategy[Any]:
    chats = st.dictionaries(st.one_of(st.text(max_size=10), st.integers(), st.none()),
                            frame_like(), max_size=6)
    return st.one_of(json_like(), st.fixed_dictionaries(
        {"chats": st.one_of(chats, chats, json_like())},
        optional={"version": json_like()}))


def _well_formed(entry: dict[str, Any]) -> None:
    assert isinstance(entry["intent"], str)
    assert isinstance(entry["at"], float) and math.isfinite(entry["at"])
    assert entry["at"] >= 0 and NOW - entry["at"] <= 600, entry["at"]  # not expired
    for slots in (entry["asked"], entry["focus"]):
        assert isinstance(slots, dict)
        for key, value in slots.items():
            assert isinstance(key, str)
            if key in INT_SLOTS:
                assert isinstance(value, int) and not isinstance(value, bool), (key, value)
            elif key in FLAG_SLOTS:
                assert isinstance(value, bool), (key, value)
            elif key in LIST_SLOTS:
                assert isinstance(value, list) and all(isinstance(v, str) for v in value), (
                    key, value)
            else:
                assert isinstance(value, str), (key, value)


@examples(400)
@given(data=snapshot_like())
def test_restore_takes_any_junk_and_keeps_only_well_formed_frames(data: Any) -> None:
    TRIED["state: junk snapshots restored"] += 1
    context = store()
    loaded = context.restore(data)
    assert isinstance(loaded, int) and loaded == len(context)
    snapshot = context.snapshot()
    text = json.dumps(snapshot, allow_nan=False)  # the state file stays strict JSON
    assert len(snapshot["chats"]) == loaded
    for chat, entry in snapshot["chats"].items():
        assert isinstance(chat, str)
        _well_formed(entry)
    again = store()
    assert again.restore(json.loads(text)) == loaded
    assert again.snapshot() == json.loads(text)


def test_restore_keeps_the_good_frames_beside_the_bad() -> None:
    good = {"intent": "who_won", "asked": {"award": "top-gpr", "year": 2021},
            "focus": {"edition": "top-gpr-2021"}, "at": NOW - 5}
    data = {"version": 1, "chats": {
        "good": good, "no intent": {**good, "intent": None}, "list": [good],
        "bad asked": {**good, "asked": "award"}, "bad at": {**good, "at": "now"},
        "expired": {**good, "at": NOW - 10_000}, "nested junk": {**good, "focus": {"x": {}}},
    }}
    context = store()
    assert context.restore(data) == 2
    assert set(context.snapshot()["chats"]) == {"good", "nested junk"}
    assert context.snapshot()["chats"]["nested junk"]["focus"] == {}


def test_restore_honours_the_size_bound() -> None:
    context = ContextStore(max_chats=10, clock=lambda: NOW)
    chats = {f"c{i}": {"intent": "who_won", "at": NOW} for i in range(1_000)}
    context.restore({"chats": chats})
    assert len(context) == 10


def test_restore_skips_a_timestamp_too_big_for_a_float() -> None:
    """Regression: float(10**400) raised OverflowError out of restore (the bot did not
    start)."""
    context = store()
    assert context.restore({"chats": {"a": {"intent": "who_won", "at": 10**400}}}) == 0
    assert context.snapshot()["chats"] == {}


@pytest.mark.parametrize("at", [*BAD_TIMES, True, False, "1700000000", None],
                         ids=lambda at: repr(at)[:12])
def test_restore_skips_a_timestamp_that_is_not_a_plausible_time(at: Any) -> None:
    """Regression: "at": Infinity was restored, never expired, and snapshot() then wrote
    Infinity (not strict JSON). A time must be a finite, plausible number of seconds."""
    context = ContextStore(clock=lambda: NOW, ttl=math.inf)  # nothing is dropped as expired
    frame = {"intent": "who_won", "asked": {}, "focus": {}}
    assert context.restore({"chats": {"bad": {**frame, "at": at},
                                      "good": {**frame, "at": NOW}}}) == 1
    assert list(context.snapshot()["chats"]) == ["good"]
    json.dumps(context.snapshot(), allow_nan=False)


def _typed_frame() -> st.SearchStrategy[dict[str, Any]]:
    """Frames of the types the engine itself stores, with arbitrary values."""
    kb = packaged_knowledge()

    def ident(table: dict[str, Any]) -> st.SearchStrategy[str]:
        return st.one_of(st.sampled_from(sorted(table)), st.text(max_size=12))

    words = st.one_of(st.text(max_size=20), st.sampled_from(
        sorted({r.category for r in kb.results if r.category}
               | {r.group for r in kb.results if r.group})))
    slots = st.fixed_dictionaries({}, optional={
        "award": ident(kb.awards), "edition": ident(kb.editions),
        "organisation": ident(kb.organisations), "person": ident(kb.people),
        "year": st.integers(-10, 10**40), "rank": st.integers(-10, 10**40),
        "number": st.integers(-10, 10**40), "role": st.text(max_size=20), "category": words,
        "group": words, "place": st.text(max_size=20),
        "topics": st.lists(st.text(max_size=12), max_size=3), "asks_count": st.booleans(),
        "unknown_organisation": st.text(max_size=12)})
    return st.fixed_dictionaries({"intent": st.sampled_from(sorted(RESOLVERS)),
                                  "asked": slots, "focus": slots,
                                  "at": st.floats(NOW - 500, NOW)})


@examples(200)
@given(frame=_typed_frame(), questions=st.lists(st.sampled_from(FOLLOW_UPS), min_size=1,
                                                max_size=3))
def test_restored_frames_of_the_right_types_never_break_an_answer(
        frame: dict[str, Any], questions: list[str]) -> None:
    TRIED["state: typed frames restored then asked"] += 1
    context = store()
    assert context.restore({"chats": {"chat": frame}}) == 1
    engine = Engine(packaged_knowledge(), context)
    for question in questions:
        check_reply(engine.ask(question, "chat"), question)


WRONG_TYPES = {
    "person as a list": {"person": ["darto"]},
    "organisation as an empty list": {"organisation": []},
    "category as a boolean": {"category": True},
    "category as a number": {"category": 3},
    "topics as a number": {"topics": 1},
    "role as a list": {"role": ["a", 1]},
}


@pytest.mark.parametrize("slots", WRONG_TYPES.values(), ids=WRONG_TYPES.keys())
def test_restored_frames_of_the_wrong_types_are_dropped_or_harmless(
        slots: dict[str, Any]) -> None:
    """Regression: any scalar or list was restored into any slot, and the chat's next
    follow-up made Engine.ask raise TypeError (a list where an id belongs) or AttributeError
    (True as a category). A slot of the wrong type is dropped, the frame kept."""
    context = store()
    good = {"award": "top-gpr", "year": 2021}
    for intent in sorted(RESOLVERS):
        assert context.restore({"chats": {intent: {
            "intent": intent, "asked": {**slots, **good}, "focus": slots, "at": NOW}}}) == 1
        assert context.snapshot()["chats"][intent]["asked"] == good
        assert context.snapshot()["chats"][intent]["focus"] == {}
    engine = Engine(packaged_knowledge(), context)
    for intent in sorted(RESOLVERS):
        for question in FOLLOW_UPS:
            check_reply(engine.ask(question, intent), question)


# --- the Telegram state file ------------------------------------------------------------------

state_module = pytest.importorskip("bot.channels.telegram.state")
StateFile = state_module.StateFile
STATE_VERSION = state_module.STATE_VERSION
VALID = {"version": 1, "context": {"version": 1, "chats": {"tg:1": {
    "intent": "who_won", "asked": {"award": "top-gpr"}, "focus": {}, "at": NOW}}},
    "buttons": {"h:1": "siapa juara TOP GPR 2021?"}}
VALID_TEXT = json.dumps(VALID, indent=1)


def _warned(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_missing_state_file_is_a_fresh_start_with_a_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Issue 6: missing, empty or corrupt → start fresh with a warning (nothing is created)."""
    caplog.set_level(logging.INFO)
    path = tmp_path / "none" / "state.json"
    assert StateFile(path).load() == {}
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.WARNING, f"no state file at {path} yet: starting with fresh conversations")]
    assert not path.exists() and not path.parent.exists()


UNUSABLE = {
    "empty": b"",
    "blank": b" \n\t\n",
    "corrupt": b"{rusak",
    "truncated": VALID_TEXT.encode()[: len(VALID_TEXT) // 2],
    "trailing junk": VALID_TEXT.encode() + b"}}",
    "nul bytes": b"\x00" * 64,
    "binary": bytes(range(256)) * 4,
    "not utf-8": b'{"version": 1, "context": "\xff\xfe"}',
    "utf-16": VALID_TEXT.encode("utf-16"),
    "a list": b"[1, 2]",
    "a string": b'"state"',
    "a number": b"1",
    "null": b"null",
    "no version": json.dumps({"context": VALID["context"]}).encode(),
    "future version": json.dumps({**VALID, "version": 99}).encode(),
    "version as text": json.dumps({**VALID, "version": "1"}).encode(),
    "NaN version": b'{"version": NaN}',
    "deeply nested": b"[" * 100_000,  # json.loads: RecursionError
    "deeply nested object": b'{"version": 1, "context": ' + b'{"a": ' * 50_000 + b"1"
    + b"}" * 50_001,
    "huge integer": b'{"version": 1, "context": ' + b"9" * 5_000 + b"}",  # ValueError
}


@pytest.mark.parametrize("content", UNUSABLE.values(), ids=UNUSABLE.keys())
def test_an_unusable_state_file_is_a_fresh_start_with_a_warning(
        tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    state = StateFile(path)
    assert state.load() == {}
    assert any("starting fresh" in message for message in _warned(caplog)), caplog.text
    assert path.read_bytes() == content  # the bad file is not destroyed …
    corrupt = path.with_name("state.json.corrupt")
    if content.strip():
        try:
            kept = content.decode("utf-8")
        except UnicodeDecodeError:
            kept = None
        if kept is not None:  # … and, when it is text, a copy is kept beside it
            assert corrupt.read_text(encoding="utf-8") == kept
    assert state.save({"context": {"chats": {}}})  # and the next save replaces it
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == STATE_VERSION


def test_a_directory_in_place_of_the_state_file_is_a_fresh_start(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "state.json"
    path.mkdir()
    assert StateFile(path).load() == {}
    assert any("starting fresh" in message for message in _warned(caplog))


def test_a_valid_state_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state = StateFile(path)
    assert state.save({k: v for k, v in VALID.items() if k != "version"})
    assert StateFile(path).load() == VALID


@examples(300)
@given(content=st.one_of(
    st.binary(max_size=2_000),
    st.tuples(st.integers(0, len(VALID_TEXT)), st.binary(max_size=8)).map(
        lambda cut: VALID_TEXT.encode()[:cut[0]] + cut[1]),
    json_like().map(lambda v: json.dumps(v).encode()),
    snapshot_like().map(lambda v: json.dumps({"version": 1, "context": v}).encode()),
    st.tuples(st.sampled_from(["[", "{\"a\": ", "[{\"x\": "]), st.integers(1, 200_000)).map(
        lambda deep: (deep[0] * deep[1]).encode()),  # nesting json.loads cannot follow
    st.integers(1, 20_000).map(lambda n: b'{"version": 1, "context": {"n": ' + b"7" * n
                               + b"}}")))  # integers past int()'s 4,300-digit limit
def test_loading_any_bytes_never_raises(content: bytes) -> None:
    TRIED["state: random state files loaded"] += 1
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "state.json"
        file.write_bytes(content)
        data = StateFile(file).load()
    assert isinstance(data, dict)
    assert data == {} or data.get("version") == STATE_VERSION
    context = data.get("context")
    if isinstance(context, dict):
        store().restore(context)


def test_a_deeply_nested_state_file_is_a_fresh_start(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Regression: json.loads raised RecursionError out of StateFile.load and the bot did not
    start. Now it is a corrupt file: a warning, and the file kept aside."""
    path = tmp_path / "state.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    assert StateFile(path).load() == {}
    assert _warned(caplog) == [
        f"state file {path} is not valid JSON (RecursionError): starting fresh"]
    assert path.with_name("state.json.corrupt").read_text(encoding="utf-8") == "[" * 100_000


def test_a_state_file_with_a_huge_integer_is_a_fresh_start(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Regression: an integer of more than 4,300 digits made json.loads raise ValueError out
    of StateFile.load and the bot did not start."""
    path = tmp_path / "state.json"
    text = '{"version": 1, "context": ' + "9" * 5_000 + "}"
    path.write_text(text, encoding="utf-8")
    assert StateFile(path).load() == {}
    assert _warned(caplog) == [
        f"state file {path} is not valid JSON (ValueError): starting fresh"]
    assert path.with_name("state.json.corrupt").read_text(encoding="utf-8") == text


def test_the_bot_restores_junk_state_without_failing(tmp_path: Path) -> None:
    """bot/channels/telegram/state.Persistence.restore: the path the bot takes at start."""
    state = pytest.importorskip("bot.channels.telegram.state")
    from bot.channels.telegram.buttons import QuestionButtons

    path = tmp_path / "state.json"
    engine = Engine(packaged_knowledge(), store())
    rng = random.Random(7)
    documents = [VALID, {"version": 1, "context": [1], "buttons": "x"},
                 {"version": 1, "context": {"chats": {"a": {"intent": 5}}}, "buttons": {1: 2}},
                 {"version": 1, "context": {"chats": None}, "buttons": [["h:1", "q"]]}]
    for document in documents:
        path.write_text(json.dumps(document), encoding="utf-8")
        state.Persistence(path, engine, QuestionButtons(), 60.0).restore()
    for _ in range(50):
        junk = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
        path.write_bytes(junk)
        state.Persistence(path, engine, QuestionButtons(), 60.0).restore()
    check_reply(engine.ask("kalau juara 3?", "tg:1"), "kalau juara 3?")


# --- atomic writes ------------------------------------------------------------------------

def _fail(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("step", ["fsync", "replace", "write"])
def test_a_failed_write_leaves_the_previous_state(tmp_path: Path, step: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.json"
    state = StateFile(path)
    assert state.save({"context": {"generation": 1}})
    before = path.read_bytes()
    if step == "write":
        real_fdopen = os.fdopen

        def half_writing_fdopen(*args: Any, **kwargs: Any) -> Any:
            stream = real_fdopen(*args, **kwargs)
            real_write = stream.write

            def write(text: str) -> int:
                real_write(text[: len(text) // 2])
                stream.flush()
                raise OSError(28, "No space left on device")

            stream.write = write
            return stream

        monkeypatch.setattr(state_module.os, "fdopen", half_writing_fdopen)
    else:
        monkeypatch.setattr(state_module.os, step, _fail)
    with pytest.raises(OSError):
        state.save({"context": {"generation": 2, "pad": "x" * 100_000}})
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]  # no temp file left
    monkeypatch.undo()
    assert state.save({"context": {"generation": 3}})  # and the next save works
    assert json.loads(path.read_text(encoding="utf-8"))["context"] == {"generation": 3}


WRITER = """
import sys
from bot.channels.telegram.state import StateFile
state, pad, seq = StateFile(sys.argv[1]), "x" * int(sys.argv[2]), int(sys.argv[3])
while True:
    seq += 1
    state.save({"context": {"seq": seq, "pad": pad, "check": f"{seq}:{len(pad)}"}})
    print(seq, flush=True)
"""


KILLS = 10


def test_a_kill_during_a_write_leaves_a_whole_state_file(tmp_path: Path) -> None:
    """A process saving 2 MB states in a loop is killed (SIGKILL) at random moments, KILLS
    times: the file is always one whole document, the last or the one after it."""
    path = tmp_path / "state.json"
    pad = 2_000_000
    rng = random.Random(2_025)
    seq = 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(pad), str(seq)],
                                 cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None
            first = child.stdout.readline()  # at least one whole save is done
            assert first.strip(), "the writer did not start"
            time.sleep(rng.uniform(0.0, 0.08))
            child.send_signal(signal.SIGKILL)
            rest, _ = child.communicate(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        acknowledged = int((first + rest).split()[-1])
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["version"] == STATE_VERSION
        context = document["context"]
        assert context["seq"] in (acknowledged, acknowledged + 1), (context["seq"], acknowledged)
        assert len(context["pad"]) == pad and context["check"] == f"{context['seq']}:{pad}"
        assert StateFile(path).load() == document
        seq = context["seq"]
        TRIED["state: writers killed mid-save"] += 1
    # a kill inside save() leaves its temporary file behind (never read, never cleaned up)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "state.json"]
    assert all(name.startswith(".state.json.") and name.endswith(".tmp") for name in leftovers)
    TRIED["state: kills that landed inside a save"] += len(leftovers)
