"""Conversation context survives restarts through the state file, written atomically."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from tg_fake_api import FakeBotApi
from tg_support import ask, make_settings, real_engine, running_bot

from bot.channels.telegram.buttons import QuestionButtons
from bot.channels.telegram.state import STATE_VERSION, Persistence, StateFile
from bot.context import ContextStore


async def test_context_survives_a_restart(api: FakeBotApi, tmp_path: Path) -> None:
    settings = make_settings(api, tmp_path)
    async with running_bot(api, settings, real_engine()):
        await ask(api, "siapa juara TOP GPR 2021?")
    saved = json.loads(settings.state_file.read_text(encoding="utf-8"))
    assert "tg:1001" in saved["context"]["chats"]
    async with running_bot(api, settings, real_engine()):
        [sent] = await ask(api, "kalau juara 3?")
    assert "Sumatera Selatan" in sent.text


async def test_state_is_saved_periodically_while_running(api: FakeBotApi, tmp_path: Path) -> None:
    settings = make_settings(api, tmp_path, state_save_seconds=0.05)
    async with running_bot(api, settings, real_engine()):
        await ask(api, "siapa juara TOP GPR 2021?")
        for _ in range(200):
            if settings.state_file.exists() and "tg:1001" in settings.state_file.read_text():
                break
            await asyncio.sleep(0.01)
        else:
            pytest.fail("state file not written while the bot was running")


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2]", '{"version": 99}'])
async def test_unusable_state_file_means_a_fresh_start_with_a_warning(
        api: FakeBotApi, tmp_path: Path, content: str, caplog: pytest.LogCaptureFixture) -> None:
    settings = make_settings(api, tmp_path)
    settings.state_file.write_text(content, encoding="utf-8")
    async with running_bot(api, settings, real_engine()):
        [sent] = await ask(api, "siapa juara TOP GPR 2021?")
    assert "DKI Jakarta" in sent.text
    assert any(r.levelno == logging.WARNING and "starting fresh" in r.getMessage()
               for r in caplog.records)
    assert json.loads(settings.state_file.read_text())["version"] == STATE_VERSION


def test_missing_state_file_is_a_fresh_start_with_a_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Issue 6: missing, empty or corrupt → start fresh with a warning."""
    path = tmp_path / "nothing.json"
    assert StateFile(path).load() == {}
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.WARNING, f"no state file at {path} yet: starting with fresh conversations")]
    assert not path.exists()


def test_corrupt_state_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text("{rusak", encoding="utf-8")
    assert StateFile(path).load() == {}
    assert (tmp_path / "state.json.corrupt").read_text() == "{rusak"


def test_save_replaces_the_file_atomically_and_only_when_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "sub" / "state.json"
    state = StateFile(path)
    assert state.save({"context": {"a": 1}})
    assert not state.save({"context": {"a": 1}})
    assert json.loads(path.read_text()) == {"version": STATE_VERSION, "context": {"a": 1}}

    def crash(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("bot.channels.telegram.state.os.replace", crash)
    with pytest.raises(OSError):
        state.save({"context": {"a": 2}})
    assert json.loads(path.read_text())["context"] == {"a": 1}  # old file intact
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]  # no temp file left


def test_long_question_buttons_survive_a_restart() -> None:
    long_question = "Penghargaan apa saja yang diraih Pemerintah Kota Bandung pada AMH 2023?"
    buttons = QuestionButtons()
    data = buttons.data_for(long_question)
    assert data.startswith("h:") and len(data.encode()) <= 64
    restored = QuestionButtons()
    restored.restore(json.loads(json.dumps(buttons.snapshot())))
    assert restored.question_for(data) == long_question
    assert restored.question_for("h:unknown") is None
    assert restored.question_for("q:Siapa juara?") == "Siapa juara?"


def test_a_symlinked_state_file_is_written_through_to_its_target(tmp_path: Path) -> None:
    # Given state.json, a symbolic link to a file in another folder (as on a mounted volume)
    target = tmp_path / "volume" / "real-state.json"
    target.parent.mkdir()
    target.write_text('{"version": 1, "context": {"a": 0}}', encoding="utf-8")
    link = tmp_path / "state.json"
    link.symlink_to(target)
    # When the state is saved
    assert StateFile(link).save({"context": {"a": 1}})
    # Then the link is still a link, and its target holds the new state (written atomically:
    # no temporary file left beside it)
    assert link.is_symlink() and link.resolve() == target
    assert json.loads(target.read_text())["context"] == {"a": 1}
    assert sorted(p.name for p in target.parent.iterdir()) == ["real-state.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json", "volume"]


def _persistence(tmp_path: Path) -> tuple[Persistence, Any]:
    engine = SimpleNamespace(context=ContextStore())
    return Persistence(tmp_path / "state.json", engine, QuestionButtons(), 60.0), engine


async def test_saving_runs_off_the_event_loop(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    persistence, engine = _persistence(tmp_path)
    threads: list[threading.Thread] = []
    save = StateFile.save

    def noting_the_thread(self: StateFile, data: dict) -> bool:
        threads.append(threading.current_thread())
        return save(self, data)

    monkeypatch.setattr(StateFile, "save", noting_the_thread)
    engine.context.put("tg:1", "winner", {"year": 2021}, {})
    persistence.changed()
    await persistence.save()
    assert threads and threads[0] is not threading.current_thread()
    assert "tg:1" in json.loads((tmp_path / "state.json").read_text())["context"]["chats"]


async def test_nothing_is_serialised_when_nothing_changed(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    persistence, engine = _persistence(tmp_path)
    snapshots: list[int] = []
    snapshot = engine.context.snapshot

    def counting() -> dict:
        snapshots.append(1)
        return snapshot()

    monkeypatch.setattr(engine.context, "snapshot", counting)
    await persistence.save()  # nothing happened yet
    assert snapshots == [] and not (tmp_path / "state.json").exists()
    persistence.changed()
    await persistence.save()
    await persistence.save()  # no change since
    assert snapshots == [1]
