"""The fake Bot API enforces Telegram's rules, so the end-to-end tests can trust its 'ok'."""

from __future__ import annotations

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, InvalidToken
from tg_fake_api import FakeBotApi
from tg_fake_html import ParseError, parse_html
from tg_support import TOKEN
from tg_updates import USER, send_text


@pytest.fixture
async def client(api: FakeBotApi):
    async with Bot(TOKEN, base_url=api.base_url) as bot:
        send_text(api, "halo")  # so the fake server knows the user's chat
        yield bot


@pytest.mark.parametrize("text", [
    "<b>tebal</b> &amp; <i>miring</i>", "a &lt; b &gt; c &quot;d&quot; &#128512; &#x1F600;",
    '<a href="https://example.org/?a=1&amp;b=2">tautan</a>', "<b>a <i>b</i> c</b>",
    '<pre><code class="language-python">x = 1</code></pre>',
    "<blockquote expandable>k</blockquote>",
])
def test_valid_html_parses(text: str) -> None:
    plain, _ = parse_html(text)
    assert plain and not any(tag in plain for tag in ("<b>", "<a ", "<pre>", "<blockquote"))


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", "<b>tidak ditutup", "<b><i>silang</b></i>", "a < b",
    "a > b", "A & B", "&nbsp;", "</b>", "<code><b>x</b></code>", '<span class="x">s</span>',
    "<a>tanpa href</a>",
])
def test_invalid_html_is_rejected(text: str) -> None:
    with pytest.raises(ParseError, match="can't parse entities"):
        parse_html(text)


def test_entities_use_utf16_offsets() -> None:
    plain, entities = parse_html("😀 <b>tebal</b>")
    assert plain == "😀 tebal"
    assert entities == [{"type": "bold", "offset": 3, "length": 5}]


async def test_server_rejects_bad_html_like_telegram(api: FakeBotApi, client: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await client.send_message(USER["id"], "<b>halo", parse_mode=ParseMode.HTML)


async def test_server_rejects_text_over_4096_characters(api: FakeBotApi, client: Bot) -> None:
    await client.send_message(USER["id"], "x" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await client.send_message(USER["id"], "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)empty"):
        await client.send_message(USER["id"], "<b> </b>", parse_mode=ParseMode.HTML)


async def test_server_counts_length_after_entity_parsing(api: FakeBotApi, client: Bot) -> None:
    message = await client.send_message(USER["id"], "&amp;" * 4096, parse_mode=ParseMode.HTML)
    assert message.text == "&" * 4096


async def test_server_rejects_callback_data_over_64_bytes(api: FakeBotApi, client: Bot) -> None:
    def keyboard(data: str) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([[InlineKeyboardButton("tanya", callback_data=data)]])

    await client.send_message(USER["id"], "ok", reply_markup=keyboard("é" * 32))
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await client.send_message(USER["id"], "x", reply_markup=keyboard("é" * 32 + "a"))


async def test_server_rejects_unknown_chat_and_token(api: FakeBotApi, client: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await client.send_message(777, "halo")
    with pytest.raises(InvalidToken):
        async with Bot("1:" + "x" * 35, base_url=api.base_url):
            pass


async def test_server_records_every_call(api: FakeBotApi, client: Bot) -> None:
    await client.send_message(USER["id"], "<b>a</b>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest):
        await client.send_message(USER["id"], "<x>", parse_mode=ParseMode.HTML)
    calls = await api.wait_for("sendMessage", ok=None, count=2)
    assert [call.ok for call in calls] == [True, False]
    assert calls[0].result["entities"] == [{"type": "bold", "offset": 0, "length": 1}]
