"""What the running bot keeps: one INFO line per update (text or JSON, never the user's text),
the questions it could not answer in the unanswered file, and /statistik for admins."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from tg_fake_api import FakeBotApi
from tg_support import TOKEN, ask, eventually, make_settings, real_engine, running_bot, sends_to
from tg_updates import ADMIN, GROUP, OTHER, USER, inline_query, message, tap_button

from bot.channels.telegram.logs import OUR_LOGGERS, QUIET_LOGGERS, configure_logging
from bot.channels.telegram.records import HOUR, QuestionStats
from bot.cli import main

AWARD = "siapa juara TOP GPR 2021?"
OFF_TOPIC = "cuaca di bandung hari ini?"


@contextmanager
def info_logging(log_format: str = "text") -> Iterator[io.StringIO]:
    """humasbot's logging as `humasbot run` sets it up at INFO; yields what it wrote."""
    names = (*OUR_LOGGERS, *QUIET_LOGGERS)
    levels = {name: logging.getLogger(name).level for name in names}
    handler = configure_logging("INFO", [TOKEN], log_format)
    written = io.StringIO()
    handler.setStream(written)  # type: ignore[attr-defined]
    try:
        yield written
    finally:
        logging.getLogger().removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def push_text(api: FakeBotApi, text: str, **kwargs: object) -> int:
    """Push a text message; returns its update id."""
    return api.push({"message": message(api, text, **kwargs)})["update_id"]


async def ask_all(api: FakeBotApi) -> dict[str, int]:
    """An award question, an off-topic one, a command, a button, an inline query and a group
    mention; returns their update ids by name once every one is answered."""
    ids = {"award": push_text(api, AWARD)}
    await eventually(lambda: len(sends_to(api, USER["id"])) == 1)
    ids["off_topic"] = push_text(api, OFF_TOPIC)
    ids["command"] = push_text(api, "/start")
    await eventually(lambda: len(sends_to(api, USER["id"])) == 3)
    start = sends_to(api, USER["id"])[-1]
    before = len(api.recorded("answerCallbackQuery"))
    tap_button(api, start.result, start.result["reply_markup"]["inline_keyboard"][0][0][
        "callback_data"])
    await api.wait_for("answerCallbackQuery", count=before + 1)
    inline_query(api, "juara amh 2023")
    await api.wait_for("answerInlineQuery")
    ids["group"] = push_text(api, f"@{api.bot_user['username']} {OFF_TOPIC}", chat=GROUP,
                             user=OTHER)
    await eventually(lambda: len(sends_to(api, GROUP["id"])) == 1)
    await eventually(lambda: len(sends_to(api, USER["id"])) == 4)
    return ids


async def test_each_update_gets_one_info_line_without_the_users_text(
        api: FakeBotApi, tmp_path: Path) -> None:
    # Given the bot logging at INFO
    with info_logging() as written:
        async with running_bot(api, make_settings(api, tmp_path, log_level="INFO"),
                               real_engine()):
            # When it handles questions, a command, a button, an inline query and a group
            ids = await ask_all(api)
        lines = written.getvalue().splitlines()
    # Then each update has exactly one line: id, kind, chat type, status, intent, time
    updates = [line for line in lines if " update " in line]
    assert len(updates) == 6, updates
    [award] = [line for line in updates if f"update {ids['award']} " in line]
    assert "message chat=private status=answered intent=who_won" in award
    assert award.endswith(" ms") and " INFO bot.channels.telegram.updates: " in award
    [off] = [line for line in updates if f"update {ids['off_topic']} " in line]
    assert "status=not_understood intent=-" in off
    [command] = [line for line in updates if f"update {ids['command']} " in line]
    assert "command chat=private status=-" in command
    assert any(" button chat=private status=" in line for line in updates)
    assert any(" inline chat=sender status=answered" in line for line in updates)
    [group] = [line for line in updates if f"update {ids['group']} " in line]
    assert "message chat=supergroup status=not_understood" in group
    # and no line holds what users wrote
    everything = "\n".join(lines).casefold()
    for words in ("cuaca", "juara", "bandung", "amh 2023"):
        assert words not in everything


async def test_json_log_lines_are_one_object_each_with_the_fields(
        api: FakeBotApi, tmp_path: Path) -> None:
    with info_logging("json") as written:
        async with running_bot(api, make_settings(api, tmp_path, log_level="INFO"),
                               real_engine()):
            ids = await ask_all(api)
        lines = written.getvalue().splitlines()
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    updates = {r["update_id"]: r for r in records if "update_id" in r}
    assert len(updates) == 6
    award = updates[ids["award"]]
    assert award["level"] == "INFO" and award["logger"] == "bot.channels.telegram.updates"
    assert (award["kind"], award["chat_type"], award["status"], award["intent"]) == (
        "message", "private", "answered", "who_won")
    assert isinstance(award["ms"], float) and award["time"].endswith("+00:00")
    assert updates[ids["group"]]["chat_type"] == "supergroup"
    assert any(r["message"].startswith("humasbot is running as") for r in records)
    assert "cuaca" not in written.getvalue()


async def test_only_the_question_it_could_not_answer_is_kept_and_listed(
        api: FakeBotApi, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Given the bot with an unanswered file
    file = tmp_path / "records" / "unanswered.jsonl"
    settings = make_settings(api, tmp_path, unanswered_file=str(file))
    async with running_bot(api, settings, real_engine()):
        # When it answers an award question and an off-topic question (also as a button,
        # an inline query and in a group)
        await ask_all(api)
    # Then the off-topic question, and only it, is in the file: twice (private and group),
    # without chat or user ids
    records = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records] == [OFF_TOPIC, OFF_TOPIC]
    assert {r["status"] for r in records} == {"not_understood"}
    assert {r["channel"] for r in records} == {"telegram"}
    assert all("chat" not in r and "user" not in r for r in records)
    # and `humasbot unanswered FILE` lists it
    assert main(["unanswered", str(file)]) == 0
    out = capsys.readouterr().out
    [row] = [line for line in out.splitlines() if OFF_TOPIC in line]
    assert row.split()[0] == "2" and "not_understood" in row


async def test_ids_are_kept_only_when_told_to(api: FakeBotApi, tmp_path: Path) -> None:
    file = tmp_path / "unanswered.jsonl"
    settings = make_settings(api, tmp_path, unanswered_file=str(file), unanswered_keep_ids=True)
    async with running_bot(api, settings, real_engine()):
        await ask(api, OFF_TOPIC)
    [record] = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines()]
    assert record["chat"] == USER["id"] and record["user"] == USER["id"]


async def test_by_default_the_file_is_beside_the_state_file(
        api: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HUMASBOT_UNANSWERED_FILE")
    settings = make_settings(api, tmp_path, state_file=tmp_path / "var" / "state.json")
    async with running_bot(api, settings, real_engine()):
        await ask(api, OFF_TOPIC)
    assert (tmp_path / "var" / "unanswered.jsonl").read_text(encoding="utf-8").count(
        OFF_TOPIC) == 1


async def test_statistik_shows_counts_top_questions_and_the_knowledge(
        api: FakeBotApi, tmp_path: Path) -> None:
    # Given a bot that has answered a question, missed two (one of them twice), one of them
    # holding HTML
    settings = make_settings(api, tmp_path, unanswered_file=str(tmp_path / "un.jsonl"))
    async with running_bot(api, settings, real_engine()):
        await ask(api, AWARD)
        for question in (OFF_TOPIC, "Cuaca di Bandung hari ini", "<b>liga</b> & skor?"):
            await ask(api, question)
        # When an admin asks for the statistics
        [shown] = await ask(api, "/statistik", user=ADMIN)
        # Then they show the counts, the most frequent unanswered questions and the knowledge
        text = shown.text
        assert "Statistik humasbot" in text
        assert "24 jam terakhir: 4 pertanyaan (1 terjawab, 3 tidak dipahami)" in text
        assert "7 hari terakhir: 4 pertanyaan" in text
        assert "1. Cuaca di Bandung hari ini — 2×" in text
        assert "2. <b>liga</b> & skor? — 1×" in text  # shown literally: escaped in the HTML
        assert "&lt;b&gt;liga&lt;/b&gt; &amp; skor?" in shown.params["text"]
        assert "2 penghargaan, 2 edisi" in text and "Dimuat " in text
        # And anyone else gets the refusal
        [refused] = await ask(api, "/statistik", user=OTHER)
        assert refused.text == "Maaf, perintah /statistik hanya untuk admin bot."
        assert "Cuaca" not in refused.text


async def test_statistik_counts_survive_a_restart(api: FakeBotApi, tmp_path: Path) -> None:
    settings = make_settings(api, tmp_path, unanswered_file="")
    async with running_bot(api, settings, real_engine()):
        await ask(api, AWARD)
    async with running_bot(api, settings, real_engine()):
        [shown] = await ask(api, "/statistik", user=ADMIN)
    assert "24 jam terakhir: 1 pertanyaan (1 terjawab)" in shown.text
    assert "Pencatatan dimatikan" in shown.text


async def test_the_real_bot_killed_keeps_the_missed_question_and_logs_json(
        api: FakeBotApi, tmp_path: Path) -> None:
    # Given `humasbot run` as a process, its settings in .env: JSON logs, an unanswered file
    file = tmp_path / "data" / "unanswered.jsonl"
    (tmp_path / ".env").write_text(
        f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_API_BASE_URL={api.base_url}\n"
        f"HUMASBOT_STATE_FILE={tmp_path / 'state.json'}\nHUMASBOT_LOG_FORMAT=json\n"
        f"HUMASBOT_UNANSWERED_FILE={file}\n", encoding="utf-8")
    environment = {k: v for k, v in os.environ.items()
                   if not k.startswith("PYTEST") and k != "HUMASBOT_UNANSWERED_FILE"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=environment,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        await api.wait_for("setMyCommands", timeout=20)
        # When it answers an award question and an off-topic one, and is then killed
        [answer] = await ask(api, AWARD)
        assert "DKI Jakarta" in answer.text
        await ask(api, OFF_TOPIC)
        # (the update's log line is written once its handling ends, just after the reply:
        # read until both are there, then kill)
        logged = b""
        assert process.stderr is not None
        while logged.count(b'"update_id"') < 2:
            logged += await asyncio.wait_for(process.stderr.readline(), timeout=15)
        process.send_signal(signal.SIGKILL)
        _, rest = await asyncio.wait_for(process.communicate(), timeout=15)
        stderr = logged + rest
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    # Then the off-topic question, and only it, is in the file
    [kept] = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines()]
    assert kept["text"] == OFF_TOPIC and kept["status"] == "not_understood"
    # and `humasbot unanswered FILE` lists it
    listed = subprocess.run([sys.executable, "-m", "bot", "unanswered", str(file)],
                            capture_output=True, text=True, cwd=tmp_path, env=environment,
                            timeout=60)
    assert listed.returncode == 0, listed.stderr
    assert OFF_TOPIC in listed.stdout and "1 pertanyaan berbeda, 1 kali" in listed.stdout
    # and every log line was one JSON object, two of them for the two updates
    records = [json.loads(line) for line in stderr.decode().splitlines()]
    assert [r["status"] for r in records if "update_id" in r] == ["answered",
                                                                   "not_understood"]
    assert "cuaca" not in stderr.decode()


def test_question_stats_keep_eight_days_of_hourly_counts() -> None:
    now = [1_000 * HOUR + 10.0]
    stats = QuestionStats(clock=lambda: now[0])
    stats.count("answered")
    now[0] += 2 * HOUR
    stats.count("no_data")
    assert stats.totals(HOUR) == {"no_data": 1}
    assert stats.totals(24 * HOUR) == {"answered": 1, "no_data": 1}
    for _ in range(30 * 24):  # a month of hours, one question each
        now[0] += HOUR
        stats.count("answered")
    assert len(stats.hours) == 8 * 24  # bounded
    assert stats.totals(7 * 24 * HOUR)["answered"] == 7 * 24
    restored = QuestionStats(clock=lambda: now[0])
    restored.restore({**stats.snapshot(), "x": {"answered": 1}, "5": {"answered": -1}})
    assert restored.hours == stats.hours
