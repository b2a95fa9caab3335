"""The bot's HTTP client (transport.AiohttpRequest) and event loop (runner.event_loop_factory):
what PTB's HTTPXRequest did, it does — timeouts, errors as PTB's types, form and multipart
bodies, proxies from the environment — and no error or repr shows the token."""

from __future__ import annotations

import asyncio
import base64
import json
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from telegram import Message, User
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import ExtBot
from telegram.request import BaseRequest, HTTPXRequest
from tg_fake_api import ApiError, FakeBotApi
from tg_support import TOKEN, exception_texts, free_port, make_settings
from tg_updates import USER, private_chat, send_text

from bot.channels.telegram import application, handlers, runner, transport
from bot.channels.telegram.html import Line
from bot.channels.telegram.network import SENT_MESSAGE_UNUSED, HumasBot
from bot.channels.telegram.transport import AiohttpRequest, make_request, proxy_for

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def no_proxy_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
async def quick_bot(api: FakeBotApi) -> AsyncIterator[ExtBot]:
    """An initialised bot on an AiohttpRequest with a 0.3 s read timeout."""
    bot = ExtBot(TOKEN, base_url=api.base_url, request=AiohttpRequest(read_timeout=0.3))
    await bot.initialize()
    yield bot
    await bot.shutdown()


def assert_token_free(error: BaseException) -> None:
    for text in exception_texts(error):
        assert TOKEN not in text
        assert TOKEN.split(":")[1] not in text


# --- what the server sees --------------------------------------------------------------------

@asynccontextmanager
async def serving(path: str, handle: Any) -> AsyncIterator[str]:
    """A one-route aiohttp server on 127.0.0.1; yields its Bot API base URL."""
    app = web.Application()
    app.router.add_post(path, handle)
    server = web.AppRunner(app)
    await server.setup()
    port = free_port()
    await web.TCPSite(server, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}/bot"
    finally:
        await server.cleanup()


MESSAGE = {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"}}


async def test_parameters_go_form_encoded_with_ptb_user_agent() -> None:
    seen: dict[str, Any] = {}

    async def handle(request: web.Request) -> web.Response:
        seen.update(content_type=request.content_type, agent=request.headers["User-Agent"],
                    form=dict(await request.post()), url=str(request.rel_url))
        return web.json_response({"ok": True, "result": {**MESSAGE, "text": "ok"}})

    text = "Juara <b>1</b>: Kota Bandung & Kab. Sleman — “AKIN” ✓ 100%+ a=b"
    async with serving("/bot{token}/sendMessage", handle) as base_url:
        request = AiohttpRequest()
        bot = ExtBot(TOKEN, base_url=base_url, request=request)
        try:
            message = await bot.send_message(5, text, parse_mode="HTML")
        finally:
            await request.shutdown()
    assert message.text == "ok"
    assert seen["content_type"] == "application/x-www-form-urlencoded"
    assert seen["agent"] == BaseRequest.USER_AGENT
    assert seen["form"] == {"chat_id": "5", "text": text, "parse_mode": "HTML"}
    assert seen["url"] == f"/bot{TOKEN}/sendMessage"


async def test_messages_reach_the_fake_api(api: FakeBotApi, quick_bot: ExtBot) -> None:
    chat = private_chat(USER)
    send_text(api, "halo", user=USER, chat=chat)
    text = "Juara <b>1</b>: Kota Bandung &amp; Kab. Sleman"
    message = await quick_bot.send_message(chat["id"], text, parse_mode="HTML")
    assert message.text == "Juara 1: Kota Bandung & Kab. Sleman"
    assert api.recorded("sendMessage")[-1].params["text"] == text


async def test_status_codes_become_ptb_errors(api: FakeBotApi, quick_bot: ExtBot) -> None:
    chat = private_chat(USER)
    send_text(api, "halo", user=USER, chat=chat)
    cases: list[tuple[ApiError, type[TelegramError]]] = [
        (ApiError(400, "Bad Request: message text is empty"), BadRequest),
        (ApiError(403, "Forbidden: bot was blocked by the user"), Forbidden),
        (ApiError(429, "Too Many Requests", retry_after=3), RetryAfter),
        (ApiError(502, "Bad Gateway"), NetworkError),
    ]
    for answer, expected in cases:
        api.fail_next("sendMessage", answer)
        with pytest.raises(expected) as caught:
            await quick_bot.send_message(chat["id"], "x")
        assert type(caught.value) is expected
        assert_token_free(caught.value)


async def test_wrong_token_is_invalid_token(api: FakeBotApi) -> None:
    other = "987654321:AAHwrong-token_0123456789abcdefghijklmn"
    request = AiohttpRequest()
    bot = ExtBot(other, base_url=api.base_url, request=request)
    with pytest.raises(InvalidToken):
        await bot.get_me()
    await request.shutdown()


async def test_garbled_body_is_an_invalid_server_response(api: FakeBotApi,
                                                          quick_bot: ExtBot) -> None:
    api.garble_next("getMe")
    with pytest.raises(TelegramError, match="Invalid server response"):
        await quick_bot.get_me()


# --- timeouts and broken connections ---------------------------------------------------------

async def test_late_answer_times_out(api: FakeBotApi, quick_bot: ExtBot) -> None:
    api.delay_next("getMe", 2.0)
    started = asyncio.get_running_loop().time()
    with pytest.raises(TimedOut) as caught:
        await quick_bot.get_me()
    assert asyncio.get_running_loop().time() - started < 1.5
    assert_token_free(caught.value)


async def test_read_timeout_given_per_call_wins(api: FakeBotApi, quick_bot: ExtBot) -> None:
    api.delay_next("getMe", 0.6)
    assert (await quick_bot.get_me(read_timeout=3)).username == api.bot_user["username"]
    api.delay_next("getMe", 2.0)
    with pytest.raises(TimedOut):
        await quick_bot.get_me(read_timeout=0.2)


async def test_waiting_too_long_for_a_pooled_connection_times_out(api: FakeBotApi) -> None:
    bot = ExtBot(TOKEN, base_url=api.base_url,
                 request=AiohttpRequest(connection_pool_size=1, pool_timeout=0.2))
    await bot.initialize()
    try:
        api.delay_next("getMe", 1.5)
        slow = asyncio.create_task(bot.get_me())
        await asyncio.sleep(0.1)  # the only connection is now busy
        with pytest.raises(TimedOut, match="Pool timeout"):
            await bot.get_me()
        await slow
    finally:
        await bot.shutdown()


async def test_dropped_connection_is_a_network_error(api: FakeBotApi, quick_bot: ExtBot) -> None:
    api.drop_next("getMe")
    with pytest.raises(NetworkError) as caught:
        await quick_bot.get_me()
    assert type(caught.value) is NetworkError
    assert str(caught.value).startswith("aiohttp.")
    assert_token_free(caught.value)


async def test_unreachable_server_is_a_network_error_without_the_token() -> None:
    port = free_port()
    request = AiohttpRequest()
    bot = ExtBot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=request)
    with pytest.raises(NetworkError) as caught:
        await bot.get_me()
    await request.shutdown()
    assert type(caught.value) is NetworkError
    assert "Cannot connect" in str(caught.value)
    assert_token_free(caught.value)


def test_error_messages_lose_the_url_and_anything_token_shaped() -> None:
    url = f"https://api.telegram.org/bot{TOKEN}/sendMessage"
    info = aiohttp.RequestInfo(aiohttp.client_reqrep.URL(url), "POST", {},  # type: ignore[arg-type]
                               aiohttp.client_reqrep.URL(url))
    error = aiohttp.ClientResponseError(info, (), status=407, message="Proxy auth required")
    assert TOKEN in str(error)
    hidden = transport._hide_url(error, url)
    assert TOKEN not in hidden and "407" in hidden and "<url>" in hidden
    assert TOKEN not in transport._hide_url(ValueError(f"bad {TOKEN}"), "http://x/y")


async def test_shut_down_request_refuses_until_initialised_again(api: FakeBotApi) -> None:
    request = AiohttpRequest()
    bot = ExtBot(TOKEN, base_url=api.base_url, request=request)
    await bot.initialize()
    await bot.shutdown()
    with pytest.raises(NetworkError, match="not initialized"):  # PTB wraps the RuntimeError
        await request.post(f"{api.base_url}{TOKEN}/getMe")
    await request.initialize()
    assert (await request.post(f"{api.base_url}{TOKEN}/getMe"))["id"] == api.bot_user["id"]
    await request.shutdown()
    await request.shutdown()  # twice is harmless


def test_repr_shows_neither_token_nor_proxy_credentials() -> None:
    request = AiohttpRequest(proxy="http://user:s3cret@proxy.example:3128")
    assert "s3cret" not in repr(request) and "proxy" in repr(request)
    assert request.read_timeout == 5.0


# --- uploads (multipart), as HTTPXRequest sends them ----------------------------------------

async def test_files_go_multipart_with_the_other_parameters() -> None:
    seen: dict[str, Any] = {}

    async def handle(request: web.Request) -> web.Response:
        form = await request.post()
        upload = form["document"]
        seen.update(content_type=request.content_type, chat_id=form["chat_id"],
                    file=(upload.filename, upload.file.read()))  # type: ignore[union-attr]
        return web.json_response({"ok": True, "result": MESSAGE})

    async with serving("/bot{token}/sendDocument", handle) as base_url:
        request = AiohttpRequest()
        bot = ExtBot(TOKEN, base_url=base_url, request=request)
        try:
            await bot.send_document(5, document=b"isi berkas", filename="hasil.txt")
        finally:
            await request.shutdown()
    assert seen == {"content_type": "multipart/form-data", "chat_id": "5",
                    "file": ("hasil.txt", b"isi berkas")}


# --- proxies ---------------------------------------------------------------------------------

class ForwardProxy:
    """A plain HTTP forward proxy on 127.0.0.1 that sends every request to `target` (whatever
    host the client named) and notes the absolute URLs and Proxy-Authorization it saw."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.seen: list[tuple[str, str | None]] = []

    async def handle(self, request: web.Request) -> web.Response:
        self.seen.append((str(request.url), request.headers.get("Proxy-Authorization")))
        async with aiohttp.ClientSession() as session, session.request(
                request.method, self.target + request.rel_url.path_qs,
                data=await request.read(),
                headers={"Content-Type": request.headers.get("Content-Type", "")}) as answer:
            return web.Response(body=await answer.read(), status=answer.status,
                                content_type="application/json")

    async def __aenter__(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        self.port = free_port()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()
        return f"http://127.0.0.1:{self.port}"

    async def __aexit__(self, *exc: object) -> None:
        await self.runner.cleanup()


async def test_proxy_from_the_environment_carries_the_requests(
        api: FakeBotApi, monkeypatch: pytest.MonkeyPatch) -> None:
    target = f"http://127.0.0.1:{api.port}"  # type: ignore[attr-defined]
    proxy = ForwardProxy(target)
    async with proxy as address:
        monkeypatch.setenv("HTTP_PROXY", address.replace("http://", "http://bot:pa55@"))
        base_url = "http://api.telegram.invalid/bot"  # only the proxy can reach it
        request = make_request(base_url, 8, 5.0)
        assert isinstance(request, AiohttpRequest)
        bot = ExtBot(TOKEN, base_url=base_url, request=request)
        try:
            assert (await bot.get_me()).username == api.bot_user["username"]
        finally:
            await request.shutdown()
    url, credentials = proxy.seen[0]
    assert url == f"http://api.telegram.invalid/bot{TOKEN}/getMe"
    assert credentials == "Basic " + base64.b64encode(b"bot:pa55").decode()


def test_proxy_choice_follows_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    api = "https://api.telegram.org/bot"
    assert proxy_for(api) is None
    monkeypatch.setenv("ALL_PROXY", "proxy.example:3128")
    assert proxy_for(api) == "http://proxy.example:3128"
    monkeypatch.setenv("HTTPS_PROXY", "http://tls-proxy.example:8080")
    assert proxy_for(api) == "http://tls-proxy.example:8080"
    assert proxy_for("http://local.test/bot") == "http://proxy.example:3128"
    monkeypatch.setenv("NO_PROXY", "telegram.org,localhost")
    assert proxy_for(api) is None


def test_proxies_aiohttp_cannot_use_keep_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    api = "https://api.telegram.org/bot"
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert isinstance(make_request(api, 8, 5.0), AiohttpRequest)
    monkeypatch.setenv("HTTPS_PROXY", "https://proxy.example:443")
    request = make_request(api, 8, 4.0)
    assert isinstance(request, HTTPXRequest)
    assert request.read_timeout == 4.0
    monkeypatch.setenv("HTTPS_PROXY", "socks5://proxy.example:1080")
    with pytest.raises(RuntimeError, match="Socks5"):  # PTB's message, as before (no socksio)
        make_request(api, 8, 5.0)


def test_the_bot_sends_through_aiohttp(tmp_path: Path) -> None:
    api = FakeBotApi(TOKEN)
    api.port = 1  # type: ignore[attr-defined]  # never started: only the URL is read
    bot = application.make_bot(make_settings(api, tmp_path))
    assert isinstance(bot, HumasBot)
    assert isinstance(bot.request, AiohttpRequest)
    assert bot.request.connection_pool_size == application.CONNECTION_POOL_SIZE
    updates_request = bot._request[0]  # PTB keeps (getUpdates request, request)
    assert isinstance(updates_request, BaseRequest)
    assert isinstance(updates_request, AiohttpRequest)
    assert json.dumps(repr(bot)).count(TOKEN) == 0


# --- the event loop --------------------------------------------------------------------------

async def _loop_module() -> str:
    return type(asyncio.get_running_loop()).__module__


@pytest.mark.skipif(sys.platform == "win32", reason="uvloop is not installed on Windows")
def test_humasbot_run_uses_uvloop() -> None:
    import uvloop

    assert runner.event_loop_factory() is uvloop.new_event_loop
    assert runner.run_in_event_loop(_loop_module()).startswith("uvloop")


def test_without_uvloop_asyncio_runs_the_bot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvloop", None)  # as if it could not be imported
    assert runner.event_loop_factory() is None
    assert runner.run_in_event_loop(_loop_module()).startswith("asyncio")


def test_run_in_event_loop_passes_results_and_errors_through() -> None:
    async def fail() -> None:
        raise InvalidToken("rejected")

    async def answer() -> int:
        return 42

    assert runner.run_in_event_loop(answer()) == 42
    with pytest.raises(InvalidToken):
        runner.run_in_event_loop(fail())


# --- replies whose sent Message nobody reads -------------------------------------------------

async def test_sent_message_is_not_built_when_unused(api: FakeBotApi) -> None:
    bot = HumasBot(TOKEN, base_url=api.base_url, request=AiohttpRequest())
    await bot.initialize()
    chat = private_chat(USER)
    send_text(api, "halo", user=USER, chat=chat)
    try:
        sent = await bot.send_message(chat["id"], "dibaca")
        assert isinstance(sent, Message) and sent.text == "dibaca"
        unused = SENT_MESSAGE_UNUSED.set(True)
        try:
            assert await bot.send_message(chat["id"], "tidak dibaca") is True
            assert isinstance(await bot.get_me(), User)  # other methods unaffected
        finally:
            SENT_MESSAGE_UNUSED.reset(unused)
        assert isinstance(await bot.send_message(chat["id"], "lagi"), Message)
    finally:
        await bot.shutdown()
    assert [c.text for c in api.recorded("sendMessage")] == ["dibaca", "tidak dibaca", "lagi"]


async def test_handlers_send_without_building_the_sent_message(
        api: FakeBotApi, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[bool] = []
    original = Message.de_json.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Message], data: Any, bot: Any = None) -> Any:
        built.append(data.get("from", {}).get("is_bot", False))
        return original(cls, data, bot)

    monkeypatch.setattr(Message, "de_json", classmethod(counting))
    bot = HumasBot(TOKEN, base_url=api.base_url, request=AiohttpRequest())
    await bot.initialize()
    chat = private_chat(USER)
    update = send_text(api, "halo", user=USER, chat=chat)
    try:
        target = Message.de_json(update, bot)
        built.clear()
        await handlers.reply_with(target, [Line("satu"), Line("dua")])
    finally:
        await bot.shutdown()
    assert api.recorded("sendMessage")[-1].text == "satu\ndua"
    assert built == []  # no sent Message was parsed
    assert SENT_MESSAGE_UNUSED.get() is False  # reset after sending


async def test_a_bot_that_fails_to_start_closes_its_connections(api: FakeBotApi) -> None:
    wrong = "987654321:AAHwrong-token_0123456789abcdefghijklmn"
    cases = [(f"http://127.0.0.1:{free_port()}/bot", TOKEN, NetworkError),
             (api.base_url, wrong, InvalidToken)]
    for base_url, token, error in cases:
        requests = (AiohttpRequest(), AiohttpRequest(connection_pool_size=1))
        bot = HumasBot(token, base_url=base_url, request=requests[0],
                       get_updates_request=requests[1])
        with pytest.raises(error):
            await bot.initialize()
        assert all(r._session is not None and r._session.closed for r in requests)
