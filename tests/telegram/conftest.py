"""Fixtures for the Telegram tests: the fake Bot API server and the real bot running against it."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from frozen_data import FROZEN_FACTS
from tg_fake_api import FakeBotApi
from tg_support import TOKEN, BotRun, make_settings, real_engine, running_bot

VARIABLES = (
    "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "HUMASBOT_MODE",
    "HUMASBOT_WEBHOOK_URL", "HUMASBOT_WEBHOOK_LISTEN", "HUMASBOT_WEBHOOK_PORT",
    "HUMASBOT_WEBHOOK_SECRET", "ADMIN_USER_IDS", "HUMASBOT_LOG_LEVEL", "HUMASBOT_STATE_FILE",
    "HUMASBOT_STATE_SAVE_SECONDS", "HUMASBOT_METRICS_PORT", "HUMASBOT_METRICS_LISTEN",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No setting leaks in from the developer's environment (the facts and seeds folders are
    the frozen copy: tests/conftest.py)."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    """The fake Bot API server on 127.0.0.1 (random free port)."""
    server = FakeBotApi(TOKEN)
    await server.start()
    yield server
    await server.close()


@pytest.fixture
def facts_dir(tmp_path: Path) -> Path:
    """A copy of the frozen fact files that a test may change."""
    target = tmp_path / "facts"
    shutil.copytree(FROZEN_FACTS, target)
    return target


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path, facts_dir: Path) -> AsyncIterator[BotRun]:
    """The real bot (real Engine, frozen facts copied to tmp) polling the fake server."""
    settings = make_settings(api, tmp_path, facts_dir=facts_dir)
    async with running_bot(api, settings, real_engine(facts_dir)) as run:
        yield run
