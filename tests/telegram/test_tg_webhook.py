"""Webhook mode: PTB's webhook server answers only requests carrying the secret token."""

from __future__ import annotations

from pathlib import Path

import httpx
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

SECRET = "rahasia_Webhook-123"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def post_update(url: str, update: dict, secret: str | None) -> int:
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
