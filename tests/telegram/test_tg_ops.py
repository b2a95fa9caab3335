"""Running it for real: the real bot against the loopback Bot API server serves Prometheus
metrics at /metrics and a health check at /healthz (HUMASBOT_METRICS_PORT), in polling and in
webhook mode, each bot with a registry of its own."""

from __future__ import annotations

import asyncio
import json
import re
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from tg_fake_api import ApiError, FakeBotApi
from tg_support import (
    QUICK,
    TOKEN,
    ask,
    free_port,
    make_settings,
    real_engine,
    replies,
    running_bot,
    tune,
    wait_for_port,
)
from tg_updates import ADMIN, USER, inline_query, message

from bot.channels.telegram import health as health_module
from bot.channels.telegram.health import Health
from bot.channels.telegram.metrics import Metrics, error_kind
from bot.channels.telegram.settings import Mode
from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]
AWARD_QUESTION = "siapa juara TOP GPR 2021?"
OFF_TOPIC = "cuaca di bandung hari ini?"


async def get(port: int, path: str) -> httpx.Response:
    async with httpx.AsyncClient(timeout=5) as client:
        return await client.get(f"http://127.0.0.1:{port}{path}")


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of a Prometheus text page, by name and labels."""
    return {(sample.name, frozenset(sample.labels.items())): sample.value
            for family in text_string_to_metric_families(text) for sample in family.samples}


def value(page: dict, name: str, **labels: str) -> float:
    return page.get((name, frozenset(labels.items())), 0.0)


def questions_by_status(page: dict, channel: str = "telegram") -> dict[str, float]:
    counts: dict[str, float] = {}
    for (name, labels), count in page.items():
        found = dict(labels)
        if name == "humasbot_questions_total" and found["channel"] == channel:
            counts[found["status"]] = counts.get(found["status"], 0.0) + count
    return counts


async def test_metrics_count_an_award_and_an_off_topic_question_and_health_is_ok(
        api: FakeBotApi, tmp_path: Path, facts_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    # Given the real bot polling the loopback Bot API with HUMASBOT_METRICS_PORT and
    # HUMASBOT_UNANSWERED_FILE set (issue 15's "done when", all in one run)
    port = free_port()
    unanswered = tmp_path / "unanswered.jsonl"
    settings = make_settings(api, tmp_path, facts_dir=facts_dir, metrics_port=port,
                             unanswered_file=str(unanswered))
    async with running_bot(api, settings, real_engine(facts_dir)):
        await wait_for_port(port)
        # When it answers an award question and an off-topic question
        [answer] = await ask(api, AWARD_QUESTION)
        assert "DKI Jakarta" in answer.text
        [refusal] = await ask(api, OFF_TOPIC)
        assert "di luar yang saya ketahui" in refusal.text
        # Then /metrics counts both, by status, intent and channel
        response = await get(port, "/metrics")
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("text/plain")
        page = samples(response.text)
        assert questions_by_status(page) == {"answered": 1.0, "not_understood": 1.0}
        assert value(page, "humasbot_questions_total", status="answered", intent="who_won",
                     channel="telegram") == 1.0
        assert value(page, "humasbot_answer_seconds_count", channel="telegram") == 2.0
        assert value(page, "humasbot_knowledge_items", kind="editions") == 2.0
        assert value(page, "humasbot_knowledge_items", kind="sources") == 2.0
        assert value(page, "humasbot_knowledge_loaded_timestamp_seconds") > 1.7e9
        assert value(page, "process_resident_memory_bytes") > 0
        # and /healthz answers 200
        healthz = await get(port, "/healthz")
        assert healthz.status_code == 200, healthz.text
        assert healthz.text.startswith("ok: knowledge loaded (2 editions")
        assert (await get(port, "/")).status_code == 404
        # and so does the image's HEALTHCHECK command
        assert await docker_health_check(port) == 0
    # and the off-topic question, and only it, is in the unanswered file
    [kept] = [json.loads(line) for line in unanswered.read_text(encoding="utf-8").splitlines()]
    assert (kept["text"], kept["status"]) == (OFF_TOPIC, "not_understood")
    # which `humasbot unanswered FILE` lists
    capsys.readouterr()
    assert main(["unanswered", str(unanswered)]) == 0
    listed = capsys.readouterr().out
    assert OFF_TOPIC in listed and AWARD_QUESTION not in listed


async def docker_health_check(port: int) -> int:
    """Run the Dockerfile's HEALTHCHECK command (its JSON form) against `port`."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    command = json.loads(re.search(r"^\s+CMD (\[.*\])$", text.split("HEALTHCHECK", 1)[1],
                                   re.MULTILINE).group(1))
    assert command[0] == "python"
    process = await asyncio.create_subprocess_exec(
        sys.executable, *command[1:], env={"HUMASBOT_METRICS_PORT": str(port)},
        stderr=asyncio.subprocess.DEVNULL)
    return await asyncio.wait_for(process.wait(), 30)


async def test_health_fails_while_getting_updates_fails_and_errors_are_counted(
        api: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a running bot whose getUpdates starts failing with 502
    tune(monkeypatch, **QUICK)
    port = free_port()
    settings = make_settings(api, tmp_path, metrics_port=port)
    async with running_bot(api, settings, real_engine()):
        await wait_for_port(port)
        await eventually_healthy(port)  # (the port opens before the first getUpdates)
        api.fail_next("getUpdates", ApiError(502, "Bad Gateway"), times=3)
        api.push({"message": message(api, AWARD_QUESTION)})  # the fault strikes on delivery
        # Then /healthz says why it is unhealthy, and the failures are counted
        await api.wait_for("getUpdates", ok=False)
        response = await get(port, "/healthz")
        assert response.status_code == 503
        assert "the last getUpdates failed (network" in response.text
        assert await docker_health_check(port) != 0
        # When getUpdates works again, the update is answered and the bot is healthy again
        await replies(api, USER["id"], 0, timeout=15)
        await eventually_healthy(port)
        page = samples((await get(port, "/metrics")).text)
        assert value(page, "humasbot_telegram_errors_total", kind="network") >= 3.0


async def eventually_healthy(port: int, tries: int = 200) -> None:
    """Ask /healthz until it answers 200 (every 50 ms); fail with the last reason."""
    for _ in range(tries):
        response = await get(port, "/healthz")
        if response.status_code == 200:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"never healthy: {response.text}")


async def test_webhook_mode_serves_metrics_and_health(api: FakeBotApi, tmp_path: Path) -> None:
    # Given the bot in webhook mode with the monitoring server on
    port, metrics_port = free_port(), free_port()
    url = f"http://127.0.0.1:{port}/hook"
    secret = "rahasia_metrik"
    settings = make_settings(api, tmp_path, mode="webhook", webhook_url=url, webhook_port=port,
                             webhook_secret=secret, metrics_port=metrics_port)
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
    async with running_bot(api, settings, real_engine()), httpx.AsyncClient() as client:
        await wait_for_port(port)
        await wait_for_port(metrics_port)
        healthz = await get(metrics_port, "/healthz")
        assert healthz.status_code == 200 and "webhook serving" in healthz.text
        # When Telegram posts an update the bot cannot read, health fails with the reason
        bad = await client.post(url, content=b"[1, 2", headers={
            **headers, "Content-Type": "application/json"})
        assert bad.status_code == 400
        unhealthy = await get(metrics_port, "/healthz")
        assert unhealthy.status_code == 503
        assert "the last webhook request failed (webhook_bad_update" in unhealthy.text
        # and a good update makes it healthy again, and is counted
        update = api.remember({"message": message(api, OFF_TOPIC)})
        assert (await client.post(url, json=update, headers=headers)).status_code == 200
        await replies(api, USER["id"], 0)
        assert (await get(metrics_port, "/healthz")).status_code == 200
        page = samples((await get(metrics_port, "/metrics")).text)
        assert questions_by_status(page) == {"not_understood": 1.0}
        assert value(page, "humasbot_telegram_errors_total", kind="webhook_bad_update") == 1.0


async def test_inline_questions_count_under_their_own_channel(bot: Any, api: FakeBotApi) -> None:
    inline_query(api, AWARD_QUESTION)
    await api.wait_for("answerInlineQuery")
    page = samples(_exposition(bot.app.bot_data.metrics))
    assert questions_by_status(page, "telegram_inline") == {"answered": 1.0}
    assert questions_by_status(page) == {}


async def test_reload_sets_the_knowledge_load_time(bot: Any, api: FakeBotApi) -> None:
    knowledge = bot.app.bot_data.metrics.knowledge
    at_start = knowledge.loaded_at
    assert at_start > 0
    [done] = await ask(api, "/reload", user=ADMIN)
    assert done.text.startswith("Berkas fakta dimuat ulang")
    assert knowledge.loaded_at > at_start


def _exposition(metrics: Metrics) -> str:
    from prometheus_client import generate_latest

    return generate_latest(metrics.registry).decode()


def test_each_bot_has_a_registry_of_its_own() -> None:
    # Given two bots' metrics in one process (no "Duplicated timeseries" error)
    first, second = Metrics(), Metrics()
    first.telegram_error("flood")
    # Then counting in one leaves the other untouched
    assert "flood" in _exposition(first) and "flood" not in _exposition(second)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_polling_health_goes_stale_without_a_successful_get_updates() -> None:
    clock = Clock()
    health = Health(Mode.POLLING, real_engine(), clock=clock, stale_after=60)
    assert health.check() == (False, "no successful getUpdates for ever")
    health.started()
    clock.now += 59
    assert health.check()[0]
    clock.now += 2
    assert health.check() == (False, "no successful getUpdates for 61 s")
    health.received(True)
    assert health.check()[0]
    health.running = lambda: False
    assert health.check() == (False, "the bot is not running (starting or stopping)")


def test_webhook_health_does_not_go_stale() -> None:
    clock = Clock()
    health = Health(Mode.WEBHOOK, real_engine(), clock=clock)
    health.started()
    clock.now += 3600
    assert health.check()[0]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # RetryAfter's
def test_error_kinds_are_a_small_fixed_set() -> None:
    from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

    assert error_kind(RetryAfter(3)) == "flood"
    assert error_kind(Forbidden("blocked")) == "forbidden"
    assert error_kind(BadRequest("nope")) == "bad_request"
    assert error_kind(NetworkError("down")) == "network"
    assert error_kind(TelegramError("Invalid server response")) == "invalid_response"
    assert error_kind(ValueError("bug")) == "handler"


def test_a_taken_metrics_port_stops_run_with_exit_1(
        api_in_thread_for_run: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("TELEGRAM_API_BASE_URL", api_in_thread_for_run.base_url)
        monkeypatch.setenv("HUMASBOT_STATE_FILE", str(tmp_path / "state.json"))
        monkeypatch.setenv("HUMASBOT_METRICS_PORT", str(taken.getsockname()[1]))
        assert main(["run", "--env-file", str(tmp_path / "none.env")]) == 1
    error = capsys.readouterr().err
    assert "cannot serve metrics on 127.0.0.1:" in error and "HUMASBOT_METRICS_PORT" in error


@pytest.fixture
def api_in_thread_for_run() -> Any:
    """The fake server in its own thread and loop (run_telegram runs a loop of its own)."""
    import asyncio
    import threading

    loop = asyncio.new_event_loop()
    server = FakeBotApi(TOKEN)
    loop.run_until_complete(server.start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield server
    asyncio.run_coroutine_threadsafe(server.close(), loop).result(timeout=5)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=5)
    loop.close()


def test_stale_seconds_outlast_a_long_poll() -> None:
    from bot.channels.telegram import network

    longest_poll = network.TUNING.poll_timeout + network.TUNING.get_updates_read_timeout
    assert longest_poll * 2 < health_module.STALE_SECONDS
