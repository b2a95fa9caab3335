"""Telegram faults, injected by the fake Bot API server: the real Application waits out 429s,
retries 5xx, dropped connections, timeouts and garbled bodies, falls back to plain text when
its HTML is refused, keeps serving other chats when one blocked it, and answers every update
exactly once without skipping any (checked against the recorded getUpdates offsets and
sendMessage calls).

Timeouts and retry pauses are shortened (tg_support.QUICK); PTB's polling loop still pauses
1 s after a failed getUpdates, so each getUpdates fault costs about a second.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from tg_fake_api import ApiError, FakeBotApi, Fault, bad
from tg_fake_html import parse_html
from tg_stub_engine import StubEngine
from tg_support import (
    QUICK,
    BotRun,
    answers,
    ask,
    assert_delivered_once,
    eventually,
    make_settings,
    real_engine,
    replies,
    running_bot,
    sends_to,
    tune,
)
from tg_updates import USER, message, private_chat, send_text, tap_button

from bot.channels.telegram.texts import APOLOGY

HANDLERS = "bot.channels.telegram.handlers"
NETWORK = "bot.channels.telegram.network"
POLLING_ERRORS = "bot.channels.telegram.handlers"  # on_error, called with no update
FLOOD_WARNING = "ignore:.*retry_after.*:DeprecationWarning"  # raised inside PTB's limiter

# Transient failures: each must be retried and the message delivered once.
TRANSIENT: dict[str, ApiError | Fault] = {
    "500": ApiError(500, "Internal Server Error"),
    "502": ApiError(502, "Bad Gateway"),
    "503 html page": Fault("garble", body=b"<html><body>503 Service Unavailable</body></html>",
                           status=503),
    "dropped connection": Fault("drop"),
    "malformed JSON": Fault("garble"),
    "timeout": Fault("delay", seconds=2.0),  # beyond the 0.5 s (getUpdates: 1.5 s) timeout
}


def user(number: int) -> dict:
    return {"id": 5000 + number, "is_bot": False, "first_name": f"Pengguna{number}"}


@pytest.fixture
async def quick(api: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                ) -> AsyncIterator[BotRun]:
    """The bot with short timeouts and pauses, and an engine that answers "Jawaban: <q>"."""
    tune(monkeypatch, **QUICK)
    engine = StubEngine(real_engine().knowledge)
    async with running_bot(api, make_settings(api, tmp_path), engine) as run:
        yield run


def records(caplog: pytest.LogCaptureFixture, name: str, level: int | None = None
            ) -> list[logging.LogRecord]:
    return [r for r in caplog.records
            if r.name == name and (level is None or r.levelno == level)]


# --- sendMessage ---------------------------------------------------------------------------

@pytest.mark.filterwarnings(FLOOD_WARNING)
async def test_flood_limit_holds_every_send_for_retry_after(
        api: FakeBotApi, quick: BotRun, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="telegram.ext")
    first, second = user(1), user(2)
    api.fail_next("sendMessage", ApiError(429, "Too Many Requests: retry after 1",
                                          retry_after=1), chat=first["id"])
    send_text(api, "q-flood-1", user=first)
    await eventually(lambda: any("Rate limit hit" in r.getMessage() for r in caplog.records))
    send_text(api, "q-flood-2", user=second)  # arrives while the bot waits
    await replies(api, first["id"], 0)
    await replies(api, second["id"], 0)
    [refused] = api.recorded("sendMessage", ok=False)
    sent = answers(api)
    assert len(sent["q-flood-1"]) == len(sent["q-flood-2"]) == 1
    assert sent["q-flood-1"][0].at - refused.at >= 1.0
    assert sent["q-flood-2"][0].at - refused.at >= 1.0  # the whole bot waited, as asked


@pytest.mark.parametrize("fault", TRANSIENT.values(), ids=TRANSIENT.keys())
async def test_transient_send_failure_is_retried_and_delivered_once(
        api: FakeBotApi, quick: BotRun, caplog: pytest.LogCaptureFixture,
        fault: ApiError | Fault) -> None:
    api.fail_next("sendMessage", fault)
    send_text(api, "q-retry-1")
    await replies(api, USER["id"], 0)
    send_text(api, "q-retry-2")  # and the bot goes on
    await replies(api, USER["id"], 1)
    sent = answers(api)
    assert [len(sent[q]) for q in ("q-retry-1", "q-retry-2")] == [1, 1]
    assert len(sends_to(api, USER["id"])) == 2  # no apology, nothing twice
    assert len(api.recorded("sendMessage", ok=False)) == 1
    [warning] = records(caplog, NETWORK, logging.WARNING)
    assert warning.getMessage().startswith("sendMessage failed (")
    assert warning.getMessage().endswith("retry 1 of 3 in 0.05 s")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR
                and r.name.startswith("bot")]


async def test_slow_answers_within_the_timeout_are_waited_for(api: FakeBotApi, quick: BotRun,
                                                              caplog: pytest.LogCaptureFixture
                                                              ) -> None:
    api.delay_next("getUpdates", 0.2)
    api.delay_next("sendMessage", 0.2)  # the read timeout is 0.5 s
    send_text(api, "q-slow")
    [sent] = await replies(api, USER["id"], 0)
    assert sent.text.startswith("Jawaban: q-slow")
    assert not api.recorded(ok=False) and api.pending_faults() == 0
    assert not records(caplog, NETWORK)


async def test_retries_are_bounded_then_the_user_gets_an_apology(
        api: FakeBotApi, quick: BotRun, caplog: pytest.LogCaptureFixture) -> None:
    api.fail_next("sendMessage", ApiError(500, "Internal Server Error"), times=4)
    send_text(api, "q-gagal")
    [apology] = await replies(api, USER["id"], 0)
    assert apology.text == APOLOGY
    assert len(api.recorded("sendMessage", ok=False)) == 4  # the first try and 3 retries
    assert len(records(caplog, NETWORK, logging.WARNING)) == 3
    [gave_up] = records(caplog, HANDLERS, logging.WARNING)
    assert "network problem talking to Telegram: NetworkError" in gave_up.getMessage()
    send_text(api, "q-lagi")
    [again] = await replies(api, USER["id"], 1)
    assert again.text.startswith("Jawaban: q-lagi")


# --- HTML refused --------------------------------------------------------------------------

async def test_refused_html_is_sent_again_as_plain_text(api: FakeBotApi, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    tune(monkeypatch, **QUICK)
    engine = StubEngine(real_engine().knowledge,
                        text_for=lambda q: f"Pemerintah <Kota> & Mitra: {q}",
                        suggestions=("Siapa juara TOP GPR 2021?",))
    async with running_bot(api, make_settings(api, tmp_path), engine):
        api.fail_next("sendMessage", bad('can\'t parse entities: Unsupported start tag "kota" '
                                         "at byte offset 10"))
        send_text(api, "<b>tebal?</b> & &amp;")
        [sent] = await replies(api, USER["id"], 0)
        [refused] = api.recorded("sendMessage", ok=False)
        assert refused.params["parse_mode"] == "HTML"
        assert "parse_mode" not in sent.params  # plain text: nothing is parsed
        shown, _ = parse_html(refused.params["text"])
        assert sent.params["text"] == sent.text == shown  # the same words the HTML would show
        assert sent.text.startswith("Pemerintah <Kota> & Mitra: <b>tebal?</b> & &amp;")
        assert "Sumber: " in sent.text and "entities" not in sent.result
        assert sent.result["reply_markup"] == refused.params["reply_markup"]  # buttons kept
        [warning] = records(caplog, HANDLERS, logging.WARNING)
        assert "sending it as plain text" in warning.getMessage()

        send_text(api, "berikutnya")  # the next reply is HTML again
        [after] = await replies(api, USER["id"], 1)
        assert after.params["parse_mode"] == "HTML"
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR
                and r.name.startswith("bot")]


async def test_refused_html_of_an_echoed_button_question_stays_literal(api: FakeBotApi,
                                                                      bot: BotRun) -> None:
    attack = "<b>siapa</b> & <script>alert(1)</script> juara?"
    [start] = await ask(api, "/start")
    api.fail_next("sendMessage", bad("can't parse entities: simulated"))
    tap_button(api, start.result, "q:" + attack)
    [echo] = await replies(api, USER["id"], 1)
    assert "parse_mode" not in echo.params
    assert echo.text.startswith(f"❓ {attack}")  # shown as typed, never as markup
    assert "entities" not in echo.result


# --- blocked -------------------------------------------------------------------------------

async def test_blocked_chat_is_logged_once_per_update_and_others_are_served(
        api: FakeBotApi, quick: BotRun, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    blocked, others = user(10), [user(11), user(12)]
    api.block(blocked["id"])
    for round_ in (1, 2):
        for person in (blocked, *others):
            send_text(api, f"q-{person['id']}-{round_}", user=person)
    for person in others:
        await replies(api, person["id"], 0, count=2)
    await api.wait_for("sendMessage", ok=False, count=2)
    await eventually(lambda: len(records(caplog, HANDLERS)) >= 2)
    assert len(api.recorded("sendMessage", ok=False)) == 2  # no retry, no apology attempted
    notes = records(caplog, HANDLERS)
    assert len(notes) == 2 and all(r.levelno == logging.INFO for r in notes)
    assert all(f"may not write to chat {blocked['id']}" in r.getMessage() for r in notes)
    assert all("bot was blocked by the user" in r.getMessage() for r in notes)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert set(answers(api)) == {f"q-{p['id']}-{n}" for p in others for n in (1, 2)}

    api.block(blocked["id"], False)  # unblocked: served again
    send_text(api, "q-kembali", user=blocked)
    [back] = await replies(api, blocked["id"], 0)
    assert back.text.startswith("Jawaban: q-kembali")


# --- getUpdates ----------------------------------------------------------------------------

@pytest.mark.parametrize("fault", TRANSIENT.values(), ids=TRANSIENT.keys())
async def test_get_updates_failure_loses_and_repeats_nothing(
        api: FakeBotApi, quick: BotRun, caplog: pytest.LogCaptureFixture,
        fault: ApiError | Fault) -> None:
    api.fail_next("getUpdates", fault)  # strikes when the updates are ready to be sent
    pushed = [api.push({"message": _message(api, f"q-poll-{n}")})["update_id"]
              for n in (1, 2)]
    await replies(api, USER["id"], 0, count=2, timeout=10)
    pushed.append(api.push({"message": _message(api, "q-poll-3")})["update_id"])
    await replies(api, USER["id"], 2, timeout=10)
    assert len(api.recorded("getUpdates", ok=False)) == 1
    assert_delivered_once(api, pushed)
    assert [len(calls) for calls in answers(api).values()] == [1, 1, 1]
    assert [c.text.split()[1] for c in sends_to(api, USER["id"])] == [
        "q-poll-1", "q-poll-2", "q-poll-3"]
    if not isinstance(fault, Fault) or fault.kind != "delay":  # a timeout is retried silently
        assert records(caplog, POLLING_ERRORS, logging.WARNING)


@pytest.mark.filterwarnings(FLOOD_WARNING)
async def test_flood_limit_on_get_updates_is_waited_out(api: FakeBotApi, quick: BotRun) -> None:
    api.fail_next("getUpdates", ApiError(429, "Too Many Requests: retry after 1", retry_after=1))
    pushed = api.push({"message": _message(api, "q-banjir")})["update_id"]
    [sent] = await replies(api, USER["id"], 0, timeout=10)
    [refused] = api.recorded("getUpdates", ok=False)
    [delivered] = [c for c in api.recorded("getUpdates") if c.result]
    assert delivered.at - refused.at >= 1.0
    assert_delivered_once(api, [pushed])
    assert sent.text.startswith("Jawaban: q-banjir")


# --- everything at once --------------------------------------------------------------------

SEND_FAULTS = [*TRANSIENT.values(), Fault("delay", seconds=0.2)]  # the last: only slow
POLL_FAULTS = [ApiError(502, "Bad Gateway"), Fault("drop"), Fault("garble"),
               Fault("delay", seconds=2.5), ApiError(500, "Internal Server Error")]
CHATS, ROUNDS = 6, 6


@pytest.mark.filterwarnings(FLOOD_WARNING)
async def test_fault_storm_answers_every_update_exactly_once_in_order(
        api: FakeBotApi, quick: BotRun, caplog: pytest.LogCaptureFixture) -> None:
    """6 chats × 6 questions in 6 waves; each chat's sendMessage calls meet 4 faults (two of
    them in a row), one chat also a 429; every wave but the first meets a getUpdates fault."""
    people = [user(100 + n) for n in range(CHATS)]
    for n, person in enumerate(people):
        f = [SEND_FAULTS[(n + k) % len(SEND_FAULTS)] for k in range(4)]
        api.script("sendMessage", [f[0], None, f[1], f[2], None, None, f[3], None],
                   chat=person["id"])
    api.script("sendMessage", [ApiError(429, "Too Many Requests: retry after 1",
                                         retry_after=1)], chat=people[0]["id"])
    slow = sum(1 for queue in api.failures.values() for fault in queue
               if isinstance(fault, Fault) and fault.kind == "delay" and fault.seconds < 0.5)
    injected = api.pending_faults() + len(POLL_FAULTS)
    pushed = []
    for wave in range(ROUNDS):
        if wave:
            api.fail_next("getUpdates", POLL_FAULTS[wave - 1])
        pushed += [api.push({"message": _message(api, f"q-{p['id']}-{wave}", p)})["update_id"]
                   for p in people]
        for person in people:
            await replies(api, person["id"], wave, timeout=15)

    assert api.pending_faults() == 0
    assert len(api.recorded(ok=False)) == injected - slow  # a slow answer is no failure
    assert_delivered_once(api, pushed)
    sent = answers(api)
    assert len(sent) == CHATS * ROUNDS and all(len(calls) == 1 for calls in sent.values())
    for person in people:  # in order within each chat, and nothing else (no apology)
        assert [c.text.split()[1] for c in sends_to(api, person["id"])] == [
            f"q-{person['id']}-{wave}" for wave in range(ROUNDS)]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR
                and r.name.startswith("bot")]


def _message(api: FakeBotApi, text: str, person: dict = USER) -> dict:
    return message(api, text, user=person, chat=private_chat(person))
