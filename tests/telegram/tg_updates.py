"""Telegram Update JSON for tests, shaped as the Bot API sends it (entities included)."""

from __future__ import annotations

import itertools
import re
import time
from typing import Any

from tg_fake_api import FakeBotApi
from tg_fake_html import utf16_length

ADMIN_ID = 4242
USER = {"id": 1001, "is_bot": False, "first_name": "Sari", "language_code": "id"}
ADMIN = {"id": ADMIN_ID, "is_bot": False, "first_name": "Admin", "language_code": "id"}
OTHER = {"id": 1002, "is_bot": False, "first_name": "Budi", "language_code": "id"}
GROUP = {"id": -1001234567890, "type": "supergroup", "title": "Humas Nusantara"}
_ENTITY = re.compile(r"(?P<command>(?<!\S)/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?)|(?P<mention>@\w{3,})")
_query_ids = itertools.count(1)


def private_chat(user: dict) -> dict:
    return {"id": user["id"], "type": "private", "first_name": user["first_name"]}


def entities_of(text: str) -> list[dict]:
    """bot_command and mention entities, as Telegram computes them (UTF-16 offsets)."""
    entities = []
    for match in _ENTITY.finditer(text):
        kind = "bot_command" if match["command"] else "mention"
        entities.append({"type": kind, "offset": utf16_length(text[: match.start()]),
                         "length": utf16_length(match.group())})
    return entities


def message(api: FakeBotApi, text: str | None = None, *, user: dict = USER,
            chat: dict | None = None, reply_to: dict | None = None, **content: Any) -> dict:
    """A new message from `user` in `chat` (their private chat by default)."""
    chat = chat or private_chat(user)
    body: dict[str, Any] = {"message_id": api.next_message_id(chat["id"]), "from": user,
                            "chat": chat, "date": int(time.time())}
    if text is not None:
        body["text"] = text
        if entities := entities_of(text):
            body["entities"] = entities
    if reply_to is not None:
        body["reply_to_message"] = reply_to
    body.update(content)
    return body


def send_text(api: FakeBotApi, text: str, **kwargs: Any) -> dict:
    """Push a text message; returns it."""
    return api.push({"message": message(api, text, **kwargs)})["message"]


def send_sticker(api: FakeBotApi, **kwargs: Any) -> dict:
    """Push a sticker message; returns it."""
    sticker = {"file_id": "CAACAgIAAxkBAAE", "file_unique_id": "AgADAQAD", "type": "regular",
               "width": 512, "height": 512, "is_animated": False, "is_video": False,
               "emoji": "👍"}
    return api.push({"message": message(api, None, sticker=sticker, **kwargs)})["message"]


def edit_text(api: FakeBotApi, original: dict, text: str) -> dict:
    """Push an edited_message update for `original` with new text."""
    edited = {**original, "text": text, "edit_date": int(time.time())}
    edited.pop("entities", None)
    if entities := entities_of(text):
        edited["entities"] = entities
    return api.push({"edited_message": edited})["edited_message"]


def tap_button(api: FakeBotApi, bot_message: dict, data: str, user: dict = USER) -> str:
    """Push a callback query for a button on `bot_message`; returns the query id."""
    query_id = f"cbq-{next(_query_ids)}"
    api.push({"callback_query": {"id": query_id, "from": user, "message": bot_message,
                                 "chat_instance": "ci-1", "data": data}})
    return query_id


def inline_query(api: FakeBotApi, text: str, user: dict = USER) -> str:
    """Push an inline query; returns its id."""
    query_id = f"iq-{next(_query_ids)}"
    api.push({"inline_query": {"id": query_id, "from": user, "query": text, "offset": "",
                               "chat_type": "sender"}})
    return query_id


def buttons_of(sent: dict) -> list[dict]:
    """The inline buttons of a message the bot sent."""
    rows = sent.get("reply_markup", {}).get("inline_keyboard", [])
    return [button for row in rows for button in row]
