"""/reload: admins reload the fact files; invalid files keep the old knowledge; others refused."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from tg_fake_api import FakeBotApi
from tg_support import BotRun, ask, make_settings, real_engine, replies, running_bot, sends_to
from tg_updates import ADMIN, OTHER, send_text

from bot.channels.telegram.html import MAX_MESSAGE_LENGTH
from bot.channels.telegram.texts import MAX_RELOAD_PROBLEMS


async def test_admin_reload_serves_the_new_facts(api: FakeBotApi, bot: BotRun,
                                                 facts_dir: Path) -> None:
    (facts_dir / "amh-2023.yaml").unlink()
    [done] = await ask(api, "/reload", user=ADMIN)
    assert done.text.startswith("Berkas fakta dimuat ulang: 1 penghargaan, 1 edisi")
    [answer] = await ask(api, "siapa pemenang AMH 2023?", user=ADMIN)
    assert "Pemerintah Kota Bandung" not in answer.text


async def test_invalid_facts_keep_the_old_knowledge_and_list_every_problem(
        api: FakeBotApi, bot: BotRun, facts_dir: Path) -> None:
    (facts_dir / "rusak.yaml").write_text("award: [tidak ditutup <b>&\n", encoding="utf-8")
    [failed] = await ask(api, "/reload", user=ADMIN)
    assert failed.text.startswith("Berkas fakta yang baru tidak valid")
    assert "rusak.yaml:2:1" in failed.text
    [answer] = await ask(api, "siapa pemenang AMH 2023?", user=ADMIN)
    assert "Pemerintah Kota Bandung" in answer.text


async def test_many_problems_are_capped_and_counted(api: FakeBotApi, bot: BotRun,
                                                   facts_dir: Path) -> None:
    # Given 150 invalid fact files
    for number in range(150):
        (facts_dir / f"rusak-{number:03d}.yaml").write_text("- <daftar> & bukan peta\n")
    # When an admin reloads
    [failed] = await ask(api, "/reload", user=ADMIN)
    # Then one message lists the first 20 problems, counts the rest and names the full check
    assert len(failed.params["text"]) <= MAX_MESSAGE_LENGTH
    assert failed.text.count("must be a mapping of fields") == MAX_RELOAD_PROBLEMS == 20
    assert "rusak-019.yaml" in failed.text and "rusak-020.yaml" not in failed.text
    assert "dan 130 masalah lain (150 seluruhnya)" in failed.text
    assert "humasbot facts check" in failed.text
    assert not api.recorded(ok=False)


async def test_reload_by_a_stranger_is_refused(api: FakeBotApi, bot: BotRun,
                                               facts_dir: Path) -> None:
    (facts_dir / "amh-2023.yaml").unlink()
    [refused] = await ask(api, "/reload", user=OTHER)
    assert refused.text == "Maaf, perintah /reload hanya untuk admin bot."
    [answer] = await ask(api, "siapa pemenang AMH 2023?", user=OTHER)
    assert "Pemerintah Kota Bandung" in answer.text


async def test_other_chats_are_answered_while_the_engine_is_rebuilt(
        api: FakeBotApi, bot: BotRun, facts_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given an engine whose rebuild takes a while (as at 10,000 editions), blocking its thread
    import bot.engine as engine_module

    building, release = threading.Event(), threading.Event()
    real_compile = engine_module._compile

    def slow_compile(kb: Any) -> Any:
        building.set()
        release.wait(10)
        return real_compile(kb)

    monkeypatch.setattr(engine_module, "_compile", slow_compile)
    # When an admin reloads, and another user asks while the engine is being rebuilt
    before = len(sends_to(api, ADMIN["id"]))
    send_text(api, "/reload", user=ADMIN)
    assert await asyncio.to_thread(building.wait, 10)
    try:
        [answer] = await ask(api, "siapa pemenang AMH 2023?", user=OTHER)
        # Then the other user is answered at once, from the knowledge in use
        assert "Pemerintah Kota Bandung" in answer.text
        assert len(sends_to(api, ADMIN["id"])) == before  # the reload is not done yet
    finally:
        release.set()
    [done] = await replies(api, ADMIN["id"], before)
    assert done.text.startswith("Berkas fakta dimuat ulang")


async def test_a_stuck_reload_does_not_hold_up_the_shutdown(
        api: FakeBotApi, tmp_path: Path, facts_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a /reload whose loading never finishes (a stuck disk, a huge folder)
    from bot.channels.telegram import handlers

    loading, release = threading.Event(), threading.Event()

    def stuck_load(*args: Any, **kwargs: Any) -> Any:
        loading.set()
        release.wait(30)
        raise AssertionError("released")

    monkeypatch.setattr(handlers, "load_knowledge", stuck_load)
    settings = make_settings(api, tmp_path, facts_dir=facts_dir)
    try:
        async with running_bot(api, settings, real_engine(facts_dir)) as run:
            send_text(api, "/reload", user=ADMIN)
            assert await asyncio.to_thread(loading.wait, 10)
            # When the bot is stopped (as by SIGTERM), Then it stops promptly anyway
            started = time.monotonic()
            await run.stop(timeout=5)
            assert time.monotonic() - started < 5
        [thread] = [t for t in threading.enumerate() if t.name == "humasbot-reload"]
        assert thread.daemon  # nor does it hold up the interpreter's exit
    finally:
        release.set()
