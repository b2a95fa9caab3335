"""Inline mode: `@bot question` in any chat offers the answer as an article result."""

from __future__ import annotations

from tg_fake_api import FakeBotApi
from tg_support import BotRun, ask
from tg_updates import inline_query


async def inline_results(api: FakeBotApi, text: str) -> list[dict]:
    query_id = inline_query(api, text)
    [call] = await api.wait_for("answerInlineQuery",
                                lambda c: c.params["inline_query_id"] == query_id)
    return call.params["results"]


async def test_inline_query_offers_the_answer_as_an_article(api: FakeBotApi, bot: BotRun) -> None:
    [first, *rest] = await inline_results(api, "siapa juara top gpr 2021")
    assert first["type"] == "article"
    assert first["title"] == "siapa juara top gpr 2021"
    content = first["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert "DKI Jakarta" in content["message_text"]
    assert len(rest) <= 3


async def test_empty_inline_query_offers_example_answers(api: FakeBotApi, bot: BotRun) -> None:
    results = await inline_results(api, "   ")
    assert [r["title"] for r in results] == ["Siapa pemenang AMH 2023?",
                                             "Kapan AMH 2023 diumumkan?",
                                             "Penghargaan apa yang diraih Bandung?"]
    assert len({r["id"] for r in results}) == 3


async def test_not_understood_inline_query_offers_suggestions(api: FakeBotApi,
                                                              bot: BotRun) -> None:
    results = await inline_results(api, "cuaca bandung")
    assert 2 <= len(results) <= 50
    assert any("Bandung" in r["input_message_content"]["message_text"] for r in results[1:])


async def test_inline_query_neither_uses_nor_changes_chat_context(api: FakeBotApi,
                                                                  bot: BotRun) -> None:
    await ask(api, "siapa juara TOP GPR 2021?")
    await inline_results(api, "kapan AMH 2023 diumumkan")
    [follow_up] = await ask(api, "kalau juara 3?")
    assert "Sumatera Selatan" in follow_up.text
    assert not [chat for chat in bot.engine.context.snapshot()["chats"]
                if chat.startswith("tg-inline")]


async def test_inline_html_injection_arrives_escaped(api: FakeBotApi, bot: BotRun) -> None:
    [first, *_] = await inline_results(api, "<b>juara</b> & <script>x</script> top gpr 2021")
    assert "&lt;script&gt;" in first["input_message_content"]["message_text"]
    assert not api.recorded(ok=False)


async def test_inline_query_keeps_a_chat_in_a_full_conversation_store(api: FakeBotApi,
                                                                      bot: BotRun) -> None:
    # Given a conversation store at its cap (one chat) holding a real chat's context
    bot.engine.context.max_chats = 1
    await ask(api, "siapa juara TOP GPR 2021?")
    assert list(bot.engine.context.snapshot()["chats"]) == ["tg:1001"]
    # When an inline query is answered
    await inline_results(api, "kapan AMH 2023 diumumkan")
    # Then the chat's context is still there, untouched, and its follow-up is understood
    assert list(bot.engine.context.snapshot()["chats"]) == ["tg:1001"]
    [follow_up] = await ask(api, "kalau juara 3?")
    assert "Sumatera Selatan" in follow_up.text
