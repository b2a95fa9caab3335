"""Security, end to end: the token is in no log line, error or repr, even while Telegram
misbehaves; /reload refuses everyone but the admins however the command arrives; the webhook
refuses requests without the exact secret; user text is never echoed as markup; and user text
in log lines has its control characters escaped.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram.error import Forbidden, InvalidToken, NetworkError
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest
from tg_fake_api import ApiError, FakeBotApi, Fault, bad
from tg_fake_html import parse_html
from tg_stub_engine import StubEngine
from tg_support import (
    QUICK,
    TOKEN,
    BotRun,
    ask,
    assert_silent_since,
    capture_application,
    eventually,
    exception_texts,
    free_port,
    humasbot_logging,
    make_settings,
    real_engine,
    replies,
    running_bot,
    sends_to,
    tune,
    wait_for_port,
)
from tg_updates import (
    ADMIN,
    GROUP,
    OTHER,
    USER,
    edit_text,
    inline_query,
    message,
    private_chat,
    send_text,
    tap_button,
)

from bot.channels.telegram import handlers, network
from bot.channels.telegram.logs import ESCAPED_CATEGORIES, RedactingFilter, loggable
from bot.channels.telegram.network import HumasBot

SECRET_PART = TOKEN.split(":", 1)[1]
WEBHOOK_SECRET = "rahasia_Webhook-123"
HEADER = "X-Telegram-Bot-Api-Secret-Token"
ANONYMOUS_ADMIN = {"id": 1087968824, "is_bot": True, "first_name": "Group",
                   "username": "GroupAnonymousBot"}
REFUSED = "Maaf, perintah /reload hanya untuk admin bot."
NASTY = [
    "<b>tebal</b> & <i>miring</i>", '<a href="https://jahat.example/">klik</a>',
    "&lt;script&gt; &amp; &#60; &quot;", "</i></b> <code>", '<span class="tg-spoiler">x</span>',
    "<<>>&&", "a < b > c & d", "<tg-emoji emoji-id='1'>😀</tg-emoji>",
]
CONTROL = "\x1b[31mmerah\x1b[0m\r\n2024-01-01 ERROR palsu\u202e\u2028\x00\x7f\x85 \\x41"


def control_free(text: str, keep: str = "") -> bool:
    return not any(unicodedata.category(c) in ESCAPED_CATEGORIES for c in text if c not in keep)


# --- the token -----------------------------------------------------------------------------

@pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")
async def test_token_is_in_no_log_line_error_or_repr_while_telegram_misbehaves(
        api: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tune(monkeypatch, **QUICK)
    built = capture_application(monkeypatch)
    errors: list[BaseException] = []

    async def on_error(update: object, context: Any) -> None:
        errors.append(context.error)
        await original_on_error(update, context)

    def transient(error: BaseException) -> bool:
        errors.append(error)
        return original_transient(error)

    original_on_error = handlers.on_error  # getUpdates failures come here too (no update)
    original_transient = network.transient
    monkeypatch.setattr(handlers, "on_error", on_error)
    monkeypatch.setattr(network, "transient", transient)
    blocked = {"id": 6001, "is_bot": False, "first_name": "Blokir"}
    api.block(blocked["id"])
    settings = make_settings(api, tmp_path, state_save_seconds=0.05)
    with humasbot_logging([TOKEN]) as logs:
        async with running_bot(api, settings, real_engine()) as run:
            faults: list[ApiError | Fault | None] = [
                ApiError(500, "Internal Server Error"), Fault("drop"), Fault("garble"),
                Fault("delay", seconds=1.0), ApiError(429, "Too Many Requests", retry_after=1),
                bad("can't parse entities: simulated"), bad("simulated refusal")]
            for fault in faults:
                api.fail_next("sendMessage", fault)
                await ask(api, "siapa juara TOP GPR 2021?")
            for fault in [ApiError(502, "Bad Gateway"), Fault("drop"), Fault("garble"),
                          Fault("delay", seconds=2.5)]:
                api.fail_next("getUpdates", fault)
                await ask(api, "kalau juara 3?", timeout=10)
            send_text(api, "halo", user=blocked)
            await eventually(lambda: any(isinstance(e, Forbidden) for e in errors))
            app = built[0]
            reprs = [repr(app), str(app), repr(app.bot), str(app.bot), repr(app.updater),
                     repr(settings), str(settings), repr(run), repr(app.bot_data),
                     repr(app.bot.request), repr(app.bot.rate_limiter)]
    assert len(errors) >= 12 and api.pending_faults() == 0
    for error in errors:
        for text in exception_texts(error):
            assert SECRET_PART not in text, text
    for text in reprs:
        assert SECRET_PART not in text, text
    assert "HumasBot[username=humasbot_test_bot]" in reprs[0]
    raw = "\n".join(logs.texts())
    assert "Traceback" in raw and "retry 1 of 3" in raw and "getting updates failed" in raw
    assert SECRET_PART not in raw  # not even before redaction
    assert SECRET_PART not in logs.written.getvalue()


async def test_rejected_token_error_does_not_quote_it(tmp_path: Path) -> None:
    other = FakeBotApi("987654321:" + "Z" * 35)  # a different bot: our token is refused
    await other.start()
    try:
        for bot_class in (ExtBot, HumasBot):
            bot = bot_class(TOKEN, base_url=other.base_url)
            with pytest.raises(InvalidToken) as caught:
                await bot.initialize()
            texts = exception_texts(caught.value)
            if bot_class is ExtBot:  # PTB's own bot quotes it: what HumasBot is for
                assert any(SECRET_PART in text for text in texts)
                assert SECRET_PART in repr(bot)
            else:
                assert not any(SECRET_PART in text for text in texts)
                assert SECRET_PART not in repr(bot) and "not initialised" in repr(bot)
    finally:
        await other.close()


async def test_a_bot_that_fails_to_start_closes_its_connections(api: FakeBotApi) -> None:
    wrong = "987654321:AAHwrong-token_0123456789abcdefghijklmn"
    cases = [(f"http://127.0.0.1:{free_port()}/bot", TOKEN, NetworkError),
             (api.base_url, wrong, InvalidToken)]
    for base_url, token, error in cases:
        requests = (HTTPXRequest(), HTTPXRequest(connection_pool_size=1))
        bot = HumasBot(token, base_url=base_url, request=requests[0],
                       get_updates_request=requests[1])
        with pytest.raises(error) as caught:
            await bot.initialize()
        assert not any(SECRET_PART in text for text in exception_texts(caught.value))
        assert all(request._client.is_closed for request in requests)


# --- admin commands ------------------------------------------------------------------------

async def test_reload_refuses_everyone_but_the_admins(api: FakeBotApi, bot: BotRun,
                                                      facts_dir: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    (facts_dir / "amh-2023.yaml").unlink()  # a reload would drop AMH 2023
    before = bot.engine.knowledge
    username = api.bot_user["username"]

    [refused] = await ask(api, f"/reload@{username}", user=OTHER, chat=GROUP)
    assert refused.text == REFUSED  # a stranger in a group
    [refused] = await ask(api, "/reload", user=ANONYMOUS_ADMIN, chat=GROUP, sender_chat=GROUP)
    assert refused.text == REFUSED  # an anonymous group admin: not a known user id
    forwarded = {"type": "user", "sender_user": ADMIN, "date": int(time.time())}
    [refused] = await ask(api, "/reload", user=OTHER, forward_origin=forwarded)
    assert refused.text == REFUSED  # the admin's command, forwarded by someone else
    [refused] = await ask(api, "/RELOAD", user=OTHER)
    assert refused.text == REFUSED

    admin_chat = private_chat(ADMIN)
    original = send_text(api, "halo", user=ADMIN)
    await replies(api, ADMIN["id"], 0)
    edit_text(api, original, "/reload")  # an edit is never handled, not even the admin's
    await assert_silent_since(api, admin_chat, 1, user=ADMIN)
    [start] = await ask(api, "/start", user=OTHER)
    before_tap = len(sends_to(api, OTHER["id"]))
    tap_button(api, start.result, "q:/reload")  # a forged button only asks a question
    [answer] = await replies(api, OTHER["id"], before_tap)
    assert answer.text.startswith("❓ /reload")
    inline_query(api, "/reload", user=OTHER)
    await api.wait_for("answerInlineQuery")

    assert bot.engine.knowledge is before  # nothing was reloaded
    [still] = await ask(api, "siapa pemenang AMH 2023?", user=OTHER)
    assert "Pemerintah Kota Bandung" in still.text
    notes = [r.getMessage() for r in caplog.records if "refused /reload" in r.getMessage()]
    assert len(notes) == 4
    assert f"from user {ANONYMOUS_ADMIN['id']} (Group)" in notes[1]

    [done] = await ask(api, f"/reload@{username}", user=ADMIN, chat=GROUP)  # the admin can
    assert done.text.startswith("Berkas fakta dimuat ulang")
    assert bot.engine.knowledge is not before


# --- webhook -------------------------------------------------------------------------------

async def test_webhook_refuses_every_request_without_the_exact_secret(
        api: FakeBotApi, tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    settings = make_settings(api, tmp_path, mode="webhook", webhook_url=url, webhook_port=port,
                             webhook_secret=WEBHOOK_SECRET)
    attempts = {
        "no header": {},
        "empty header": {HEADER: ""},
        "wrong secret": {HEADER: "salah"},
        "other case": {HEADER: WEBHOOK_SECRET.upper()},
        "prefix only": {HEADER: WEBHOOK_SECRET[:-1]},
        "longer": {HEADER: WEBHOOK_SECRET + "x"},
        "other header": {"X-Telegram-Bot-Api-Secret": WEBHOOK_SECRET},
        "the bot token": {HEADER: SECRET_PART},
    }
    with humasbot_logging([TOKEN, WEBHOOK_SECRET]) as logs:
        async with running_bot(api, settings, real_engine()), httpx.AsyncClient() as session:
            await wait_for_port(port)
            statuses = {}
            for name, headers in attempts.items():
                update = api.remember({"message": message(api, f"siapa juara AMH 2023? {name}")})
                response = await session.post(url, json=update, headers=headers)
                statuses[name] = response.status_code
            query = {"secret_token": WEBHOOK_SECRET}  # in the address instead of the header
            update = api.remember({"message": message(api, "siapa juara AMH 2023? query")})
            response = await session.post(url, params=query, json=update)
            statuses["in the query"] = response.status_code
            assert set(statuses.values()) == {403}, statuses

            update = api.remember({"message": message(api, "/tentang")})
            response = await session.post(url, json=update, headers={HEADER: WEBHOOK_SECRET})
            assert response.status_code == 200
            [about] = await replies(api, USER["id"], 0)
            assert "Tentang humasbot" in about.text
            update = api.remember({"message": message(api, "/sumber")})  # a sentinel
            response = await session.post(url, json=update, headers={HEADER: WEBHOOK_SECRET})
            assert response.status_code == 200
            await replies(api, USER["id"], 1)
            assert len(sends_to(api, USER["id"])) == 2  # no refused update was handled
    for text in (*logs.texts(), logs.written.getvalue()):
        assert SECRET_PART not in text and WEBHOOK_SECRET not in text


# --- echoes --------------------------------------------------------------------------------

def assert_shown_literally(call: Any, text: str) -> None:
    """The message was valid HTML (or plain), shows `text` as typed, and carries no markup
    but the bot's own bold and italic."""
    assert text in call.text, (text, call.text)
    kinds = {entity["type"] for entity in call.result.get("entities", [])}
    assert kinds <= {"bold", "italic"}, kinds


async def test_user_text_is_never_echoed_as_markup(api: FakeBotApi, bot: BotRun) -> None:
    for number, nasty in enumerate(NASTY):
        person = {"id": 8000 + number, "is_bot": False, "first_name": nasty}
        [greeting, *_] = await ask(api, "/start", user=person)  # the name is echoed
        assert_shown_literally(greeting, f"Halo, {nasty}!")
        tap_button(api, greeting.result, "q:" + nasty[:60])  # the question is echoed
        [echo] = await replies(api, person["id"], 1)
        assert_shown_literally(echo, f"❓ {' '.join(nasty[:60].split())}")
        query_id = inline_query(api, nasty, user=person)
        [answered] = await api.wait_for(
            "answerInlineQuery", lambda c, q=query_id: c.params["inline_query_id"] == q)
        for result in answered.params["results"]:
            _, entities = parse_html(result["input_message_content"]["message_text"])
            assert {e["type"] for e in entities} <= {"bold", "italic"}
        assert answered.params["results"][0]["title"] == " ".join(nasty.split())
    assert not api.recorded(ok=False)


async def test_text_the_engine_repeats_is_escaped(api: FakeBotApi, tmp_path: Path) -> None:
    engine = StubEngine(real_engine().knowledge, suggestions=tuple(n[:50] for n in NASTY[:3]))
    async with running_bot(api, make_settings(api, tmp_path), engine):
        for nasty in NASTY:
            [sent] = await ask(api, nasty)
            assert_shown_literally(sent, f"Jawaban: {nasty}")
        group_question = f"@{api.bot_user['username']} {NASTY[1]}"
        [in_group] = await ask(api, group_question, chat=GROUP)
        assert_shown_literally(in_group, f"Jawaban: {NASTY[1]}")
    assert not api.recorded(ok=False)


# --- log lines -----------------------------------------------------------------------------

async def test_log_lines_escape_control_characters_in_user_text(api: FakeBotApi, bot: BotRun
                                                                ) -> None:
    intruder = {"id": 9001, "is_bot": False, "first_name": "Mal\nWARNING forged\x1b[2J"}
    with humasbot_logging([TOKEN]) as logs:
        await ask(api, CONTROL)
        await ask(api, "/reload", user=intruder)
        inline_query(api, CONTROL)
        await api.wait_for("answerInlineQuery")
        await eventually(lambda: any("inline query" in r.getMessage() for r in logs.records))
    ours = [r for r in logs.records if r.name.startswith("bot.")]
    asked = [r.getMessage() for r in ours if "asked" in r.getMessage()]
    assert asked and loggable(CONTROL) in asked[0]
    assert "\\x1b[31mmerah\\x1b[0m\\x0d\\x0a2024-01-01 ERROR palsu\\u202e\\u2028" in asked[0]
    assert "\\\\x41" in asked[0]  # a typed backslash stays distinguishable from an escape
    refused = [r.getMessage() for r in ours if "refused /reload" in r.getMessage()]
    assert refused == ["refused /reload from user 9001 (Mal\\x0aWARNING forged\\x1b[2J)"]
    for record in ours:
        assert control_free(record.getMessage()), record.getMessage()
    written = logs.written.getvalue()
    assert control_free(written, keep="\n")
    for line in written.splitlines():  # every line is one record: none was forged
        assert not line.startswith(("2024-01-01", "WARNING forged"))
    assert len(written.splitlines()) == len(logs.records)


def test_filter_escapes_control_characters_from_any_logger() -> None:
    record = logging.LogRecord("telegram.ext.Updater", logging.WARNING, __file__, 1,
                               "peer said %r then %s", ("ok", CONTROL), None)
    try:
        raise ValueError(f"bad\x1b[0m value\r\nfrom {TOKEN} and 111111:{'Q' * 35}")
    except ValueError as error:
        record.exc_info = (type(error), error, error.__traceback__)
    RedactingFilter([]).filter(record)  # no configured secret: token shapes still hidden
    formatted = logging.Formatter("%(message)s").format(record)
    message, _, traceback = formatted.partition("\n")
    assert control_free(message) and "\\x1b[31mmerah" in message
    assert control_free(traceback, keep="\n") and "bad\\x1b[0m value\\x0d\\x0a" in traceback
    assert SECRET_PART not in formatted and "Q" * 35 not in formatted
    assert formatted.count("<hidden>") == 2
