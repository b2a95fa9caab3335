"""Surviving Telegram's failures: errors are logged with the update id and apologised for,
flood limits are waited out, polling recovers from server errors."""

from __future__ import annotations

import logging
import time

import pytest
from tg_fake_api import ApiError, FakeBotApi, bad
from tg_support import BotRun, ask, replies
from tg_updates import USER, message, tap_button

from bot.channels.telegram.texts import APOLOGY


async def test_failed_reply_is_logged_with_its_update_id_and_apologised(
        api: FakeBotApi, bot: BotRun, caplog: pytest.LogCaptureFixture) -> None:
    api.fail_next("sendMessage", bad("simulated refusal"))  # a 400 with no fallback
    update = api.push({"message": message(api, "siapa juara TOP GPR 2021?")})
    [apology] = await replies(api, USER["id"], 0)
    assert apology.text == APOLOGY
    [record] = [r for r in caplog.records if r.name == "bot.channels.telegram.handlers"
                and r.levelno == logging.ERROR]
    assert f"update {update['update_id']}" in record.getMessage()


async def test_callback_query_is_answered_even_when_the_reply_fails(api: FakeBotApi,
                                                                   bot: BotRun) -> None:
    [sent] = await ask(api, "/start")
    api.fail_next("sendMessage", bad("simulated refusal"))  # not retried (5xx would be)
    query_id = tap_button(api, sent.result, "q:Siapa juara TOP GPR 2021?")
    await api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == query_id)
    [apology] = await replies(api, USER["id"], 1)
    assert apology.text == APOLOGY


@pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")  # inside PTB's limiter
async def test_flood_limit_is_waited_out_and_the_reply_retried(api: FakeBotApi,
                                                               bot: BotRun) -> None:
    api.fail_next("sendMessage", ApiError(429, "Too Many Requests: retry after 1",
                                          retry_after=1))
    started = time.monotonic()
    [sent] = await ask(api, "siapa juara TOP GPR 2021?")
    assert "DKI Jakarta" in sent.text
    assert time.monotonic() - started >= 1
    assert len(api.recorded("sendMessage", ok=False)) == 1


async def test_polling_recovers_after_a_server_error(api: FakeBotApi, bot: BotRun,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    api.fail_next("getUpdates", ApiError(502, "Bad Gateway"))
    await ask(api, "halo")  # ends the pending long poll; the next one fails
    await api.wait_for("getUpdates", ok=False)
    [sent] = await ask(api, "siapa juara TOP GPR 2021?")
    assert "DKI Jakarta" in sent.text
    assert any("getting updates failed (NetworkError)" in r.getMessage() for r in caplog.records)
