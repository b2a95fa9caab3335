"""Helpers shared by the Telegram tests: settings, running the real bot, waiting for replies."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tg_fake_api import Call, FakeBotApi
from tg_updates import ADMIN_ID, USER, private_chat, send_text

from bot.channels.telegram.runner import serve
from bot.channels.telegram.settings import TelegramSettings
from knowledge.loader import load_knowledge

TOKEN = "123456789:AAHtest-token_0123456789abcdefghijklmnop"


def make_settings(api: FakeBotApi, tmp_path: Path, **overrides: Any) -> TelegramSettings:
    """Settings pointing at the fake server, with a state file in tmp_path."""
    values: dict[str, Any] = {
        "token": TOKEN, "api_base_url": api.base_url, "state_file": tmp_path / "state.json",
        "admin_user_ids": frozenset({ADMIN_ID}), "log_level": "DEBUG",
    }
    values.update(overrides)
    return TelegramSettings(_env_file=None, **values)  # type: ignore[call-arg]


def real_engine(facts: Path | None = None) -> Any:
    """The real Engine over the given (or packaged) fact files."""
    from bot.engine import Engine

    return Engine(load_knowledge(facts))


@dataclass
class BotRun:
    """A bot served in the background; `stop()` shuts it down as SIGTERM would."""

    settings: TelegramSettings
    engine: Any
    task: asyncio.Task[None]
    stop_event: asyncio.Event

    async def stop(self) -> None:
        self.stop_event.set()
        await asyncio.wait_for(self.task, timeout=10)


@asynccontextmanager
async def running_bot(api: FakeBotApi, settings: TelegramSettings, engine: Any
                      ) -> AsyncIterator[BotRun]:
    """Serve the bot until the block ends; fail fast if it can't start."""
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, engine, stop, handle_signals=False))
    run = BotRun(settings, engine, task, stop)
    try:
        while not api.recorded("setMyCommands") and not task.done():
            await asyncio.sleep(0.01)
        if task.done():
            task.result()
        yield run
    finally:
        if not task.done():
            await run.stop()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def sends_to(api: FakeBotApi, chat_id: int) -> list[Call]:
    """Successful sendMessage calls to one chat, in order."""
    return api.recorded("sendMessage", where=lambda c: c.result["chat"]["id"] == chat_id)


async def replies(api: FakeBotApi, chat_id: int, before: int, count: int = 1,
                  timeout: float = 5.0) -> list[Call]:
    """Wait until `count` more messages than `before` were sent to the chat; return the new."""
    await api.wait_for("sendMessage", lambda c: c.result["chat"]["id"] == chat_id,
                       count=before + count, timeout=timeout)
    return sends_to(api, chat_id)[before:]


async def ask(api: FakeBotApi, text: str, user: dict = USER, chat: dict | None = None,
              count: int = 1, **kwargs: Any) -> list[Call]:
    """Send `text` as `user` and return the bot's `count` replies in that chat."""
    chat = chat or private_chat(user)
    before = len(sends_to(api, chat["id"]))
    send_text(api, text, user=user, chat=chat, **kwargs)
    return await replies(api, chat["id"], before, count)


async def assert_silent_since(api: FakeBotApi, chat: dict, before: int,
                              user: dict = USER) -> None:
    """Prove nothing was sent to `chat` for the updates pushed since `before` sends: push a
    command the bot always answers and check that its answer is the only new message."""
    send_text(api, f"/tentang@{api.bot_user['username']}", user=user, chat=chat)
    new = await replies(api, chat["id"], before)
    assert len(new) == 1, [call.text for call in new]
    assert "Tentang humasbot" in (new[0].text or "")
