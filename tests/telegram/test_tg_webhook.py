"""Webhook mode: PTB's webhook server answers only requests carrying the secret token."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tg_fake_api import FakeBotApi
from tg_support import (
    free_port,
    make_settings,
    real_engine,
    replies,
    running_bot,
    sends_to,
    wait_for_port,
)
from tg_updates import USER, message

from bot.channels.telegram import webhook

SECRET = "rahasia_Webhook-123"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def post_update(url: str, update: Any, secret: str | None) -> int:
    headers = {HEADER: secret} if secret is not None else {}
    async with httpx.AsyncClient() as client:
        return (await client.post(url, json=update, headers=headers)).status_code


async def test_webhook_requires_the_secret_token(api: FakeBotApi, tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    settings = make_settings(api, tmp_path, mode="webhook", webhook_url=url, webhook_port=port,
                             webhook_secret=SECRET)
    async with running_bot(api, settings, real_engine()):
        await wait_for_port(port)
        [hook] = api.recorded("setWebhook")
        assert hook.params["url"] == url and hook.params["secret_token"] == SECRET
        assert "edited_message" not in hook.params["allowed_updates"]

        def update(text: str) -> dict:
            return api.remember({"message": message(api, text)})

        assert await post_update(url, update("tanpa rahasia: siapa juara AMH 2023?"), None) == 403
        assert await post_update(url, update("rahasia salah: juara AMH?"), "salah") == 403
        question = update("siapa juara TOP GPR 2021?")
        assert await post_update(url, question, SECRET) == 200
        [sent] = await replies(api, USER["id"], 0)
        assert "DKI Jakarta" in sent.text

        original = question["message"]
        edited = api.remember({"edited_message": {**original, "text": "kalau juara 3?",
                                                  "edit_date": original["date"] + 1}})
        assert await post_update(url, edited, SECRET) == 200
        assert await post_update(url, update("/tentang"), SECRET) == 200
        [about] = await replies(api, USER["id"], 1)
        assert "Tentang humasbot" in about.text
        assert len(sends_to(api, USER["id"])) == 2


async def test_webhook_without_configured_secret_uses_a_random_one(api: FakeBotApi,
                                                                  tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook"
    settings = make_settings(api, tmp_path, mode="webhook", webhook_url=url, webhook_port=port)
    async with running_bot(api, settings, real_engine()):
        await wait_for_port(port)
        [hook] = api.recorded("setWebhook")
        assert len(hook.params["secret_token"]) >= 32
        assert await post_update(url, api.remember({"message": message(api, "halo")}), None) == 403


# --- hardening: real sockets on 127.0.0.1, bounded counts and times --------------------------

PATH = "/telegram-hook"


@pytest.fixture
async def hook(api: FakeBotApi, tmp_path: Path) -> AsyncIterator[int]:
    """The bot in webhook mode with SECRET; yields its port."""
    port = free_port()
    settings = make_settings(api, tmp_path, mode="webhook", webhook_port=port,
                             webhook_url=f"http://127.0.0.1:{port}{PATH}", webhook_secret=SECRET)
    async with running_bot(api, settings, real_engine()):
        await wait_for_port(port)
        yield port


def head(length: int, secret: str | None = SECRET) -> bytes:
    lines = [f"POST {PATH} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json",
             f"Content-Length: {length}"]
    if secret is not None:
        lines.append(f"{HEADER}: {secret}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def status_of(reader: asyncio.StreamReader, timeout: float = 2.0) -> int | None:
    """The status code of the next response, or None if the server closed the connection
    without one (closed or reset: which one a client sees depends on timing)."""
    try:
        line = await asyncio.wait_for(reader.readline(), timeout)
    except ConnectionResetError:
        return None
    return int(line.split()[1]) if line else None


async def test_wrong_secret_is_refused_before_the_body_is_read(hook: int) -> None:
    # Given a request announcing a 50 MB body, sending only its headers
    for secret in (None, "salah"):
        reader, writer = await asyncio.open_connection("127.0.0.1", hook)
        writer.write(head(50 << 20, secret))
        await writer.drain()
        # Then it is refused at once, from its headers, and the connection closed
        assert await status_of(reader) == 403
        await asyncio.wait_for(reader.read(), 2.0)  # EOF: nothing more is read
        writer.close()


async def test_body_over_one_megabyte_is_refused_unread(hook: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", hook)
    writer.write(head(webhook.MAX_BODY_BYTES + 1))
    await writer.drain()
    assert await status_of(reader) == 413
    writer.close()
    # a chunked body growing past the cap: the connection is closed
    reader, writer = await asyncio.open_connection("127.0.0.1", hook)
    writer.write(head(0).replace(b"Content-Length: 0", b"Transfer-Encoding: chunked"))
    chunk = b"x" * (256 << 10)
    for _ in range(8):
        writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    with contextlib.suppress(ConnectionError):
        await writer.drain()
    assert await status_of(reader) in (None, 400, 413)
    writer.close()


async def test_slow_body_times_out(api: FakeBotApi, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webhook, "BODY_TIMEOUT", 0.5)
    port = free_port()
    settings = make_settings(api, tmp_path, mode="webhook", webhook_port=port,
                             webhook_url=f"http://127.0.0.1:{port}{PATH}", webhook_secret=SECRET)
    async with running_bot(api, settings, real_engine()):
        await wait_for_port(port)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(head(100) + b'{"update_id"')  # then nothing more
        await writer.drain()
        started = time.monotonic()
        await asyncio.wait_for(reader.read(), 3.0)  # Then the server closes it (EOF)
        assert time.monotonic() - started < 3.0
        writer.close()


async def test_connections_beyond_the_limit_wait(api: FakeBotApi, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webhook, "MAX_CONNECTIONS", 3)
    port = free_port()
    settings = make_settings(api, tmp_path, mode="webhook", webhook_port=port,
                             webhook_url=f"http://127.0.0.1:{port}{PATH}", webhook_secret=SECRET)
    async with running_bot(api, settings, real_engine()):
        await wait_for_port(port)
        await asyncio.sleep(0.2)  # the probe's connection is closed by now
        # Given three connections held open, idle
        held = [await asyncio.open_connection("127.0.0.1", port) for _ in range(3)]
        await asyncio.sleep(0.2)
        # When a fourth sends a request, Then it is not answered while they stay open
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(head(0, secret=None))
        await writer.drain()
        with pytest.raises(TimeoutError):
            await status_of(reader, timeout=0.5)
        # And once one of them closes, it is answered
        held[0][1].close()
        assert await status_of(reader, timeout=2.0) == 403
        for _, other in [*held[1:], (reader, writer)]:
            other.close()


async def test_running_out_of_file_descriptors_is_logged_once_per_interval(
        hook: int, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    # Given accepting on the webhook's port fails 30 times with EMFILE
    monkeypatch.setattr(webhook, "ACCEPT_PAUSE", 0.01)
    failures = 30
    accept = socket.socket.accept

    def emfile(self: socket.socket) -> Any:
        nonlocal failures
        if self.getsockname()[1] == hook and failures > 0:
            failures -= 1
            raise OSError(errno.EMFILE, "Too many open files")
        return accept(self)

    monkeypatch.setattr(socket.socket, "accept", emfile)
    # When a client connects and posts
    reader, writer = await asyncio.open_connection("127.0.0.1", hook)
    writer.write(head(0, secret=None))
    await writer.drain()
    # Then it is served once the descriptors are back, and the failures were logged once
    assert await status_of(reader, timeout=5.0) == 403
    writer.close()
    assert failures == 0
    reports = [r for r in caplog.records if "open files" in r.getMessage()
               or "EMFILE" in r.getMessage() or (r.exc_info and "EMFILE" in str(r.exc_info[1]))]
    assert len(reports) == 1, [r.getMessage() for r in reports]


async def test_unreadable_update_logs_its_size_and_type_only(
        api: FakeBotApi, hook: int, caplog: pytest.LogCaptureFixture) -> None:
    url = f"http://127.0.0.1:{hook}{PATH}"
    for payload in ({"update_id": "x", "message": "PRIBADI-payload"}, ["PRIBADI-payload"]):
        assert await post_update(url, payload, SECRET) == 400
    texts = [r.getMessage() + str(r.exc_info or "") for r in caplog.records]
    assert not [t for t in texts if "PRIBADI" in t]
    assert not [r for r in caplog.records if r.levelno >= logging.CRITICAL]
    assert [t for t in texts if "bytes" in t and "list" in t]
