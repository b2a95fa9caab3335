"""`humasbot run`: clear exit codes for bad settings and tokens (never printing the token), and
a graceful shutdown on SIGINT/SIGTERM that saves the conversations."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from tg_fake_api import FakeBotApi, bad
from tg_support import TOKEN, ask, free_port

from bot.channels.telegram import runner
from bot.cli import main

SECRET_PART = TOKEN.split(":", 1)[1]


def run_cli(tmp_path: Path, env_file: str = "none.env") -> int:
    return main(["run", "--env-file", str(tmp_path / env_file)])


def test_missing_token_exits_2_with_a_clear_message(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(tmp_path) == 2
    error = capsys.readouterr().err
    assert "TELEGRAM_BOT_TOKEN is not set" in error and "@BotFather" in error


def test_malformed_token_exits_2_without_printing_it(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "12345:too-short-but-secret")
    assert run_cli(tmp_path) == 2
    error = capsys.readouterr().err
    assert "TELEGRAM_BOT_TOKEN: does not look like a bot token" in error
    assert "too-short-but-secret" not in error


def test_settings_come_from_the_env_file(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bot.env").write_text(
        f"TELEGRAM_BOT_TOKEN={TOKEN}\nHUMASBOT_MODE=webhook\nADMIN_USER_IDS=1, x\n",
        encoding="utf-8")
    assert run_cli(tmp_path, "bot.env") == 2
    error = capsys.readouterr().err
    assert "ADMIN_USER_IDS: must be Telegram user ids" in error
    assert SECRET_PART not in error


@pytest.fixture
def api_in_thread() -> Iterator[FakeBotApi]:
    """The fake server in its own thread and loop, for code that calls asyncio.run itself."""
    loop = asyncio.new_event_loop()
    server = FakeBotApi("987654321:" + "Z" * 35)  # a different bot: our token is rejected
    loop.run_until_complete(server.start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield server
    asyncio.run_coroutine_threadsafe(server.close(), loop).result(timeout=5)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=5)
    loop.close()


def test_rejected_token_exits_2_without_printing_it(api_in_thread: FakeBotApi, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", api_in_thread.base_url)
    monkeypatch.setenv("HUMASBOT_STATE_FILE", str(tmp_path / "state.json"))
    assert run_cli(tmp_path) == 2
    error = capsys.readouterr().err
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in error
    assert SECRET_PART not in error


def test_unreachable_api_exits_1_naming_only_the_host(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9/bot{token}/x")
    monkeypatch.setenv("HUMASBOT_STATE_FILE", str(tmp_path / "state.json"))
    assert run_cli(tmp_path) == 1
    error = capsys.readouterr().err
    assert "cannot reach the Telegram Bot API at http://127.0.0.1:9 " in error
    assert SECRET_PART not in error


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
async def test_signal_stops_the_bot_gracefully_and_saves_conversations(
        api: FakeBotApi, tmp_path: Path, stop_signal: signal.Signals) -> None:
    state = tmp_path / "state.json"
    (tmp_path / ".env").write_text(
        f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_API_BASE_URL={api.base_url}\n"
        f"HUMASBOT_STATE_FILE={state}\nHUMASBOT_LOG_LEVEL=DEBUG\n", encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=environment,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        await api.wait_for("setMyCommands", timeout=20)
        [sent] = await ask(api, "siapa juara TOP GPR 2021?")
        assert "DKI Jakarta" in sent.text
        process.send_signal(stop_signal)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=15)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    logged = stderr.decode()
    assert process.returncode == 0, logged
    assert "humasbot is running as @humasbot_test_bot" in logged and "stopped" in logged
    assert SECRET_PART not in logged
    assert "tg:1001" in json.loads(state.read_text(encoding="utf-8"))["context"]["chats"]


def test_webhook_refused_by_telegram_exits_2_with_its_reason(
        api_in_thread: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(runner, "BOOTSTRAP_RETRIES", 0)
    api_in_thread.fail_next("setWebhook", bad("bad webhook: An HTTPS URL must be provided"))
    for name, value in {
        "TELEGRAM_BOT_TOKEN": api_in_thread.token, "TELEGRAM_API_BASE_URL": api_in_thread.base_url,
        "HUMASBOT_STATE_FILE": str(tmp_path / "state.json"), "HUMASBOT_MODE": "webhook",
        "HUMASBOT_WEBHOOK_URL": "http://bot.example.org/hook",
        "HUMASBOT_WEBHOOK_PORT": str(free_port()),
    }.items():
        monkeypatch.setenv(name, value)
    assert run_cli(tmp_path) == 2
    error = capsys.readouterr().err
    assert "Telegram refused to start the bot: Bad webhook: an https url must be provided" in error
