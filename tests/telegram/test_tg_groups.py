"""Group manners: answer commands, mentions and replies to the bot; otherwise stay silent."""

from __future__ import annotations

from tg_fake_api import FakeBotApi
from tg_fake_html import utf16_length
from tg_support import BotRun, ask, assert_silent_since, sends_to
from tg_updates import GROUP, OTHER, USER, message, send_sticker, send_text

MENTION = "@humasbot_test_bot"


async def test_group_message_without_mention_gets_no_answer(api: FakeBotApi, bot: BotRun) -> None:
    send_text(api, "siapa juara TOP GPR 2021?", chat=GROUP)
    await assert_silent_since(api, GROUP, before=0)


async def test_group_message_mentioning_the_bot_is_answered_as_a_reply(api: FakeBotApi,
                                                                     bot: BotRun) -> None:
    [sent] = await ask(api, f"{MENTION} siapa juara TOP GPR 2021?", chat=GROUP)
    assert "DKI Jakarta" in sent.text
    question = api.messages[(GROUP["id"], sent.result["reply_to_message"]["message_id"])]
    assert question["text"].startswith(MENTION)


async def test_mention_alone_gets_a_short_prompt(api: FakeBotApi, bot: BotRun) -> None:
    [sent] = await ask(api, MENTION.upper(), chat=GROUP)
    assert sent.text.startswith("Ya? Silakan ajukan pertanyaan")


async def test_reply_to_the_bot_is_answered_with_the_same_context(api: FakeBotApi,
                                                                  bot: BotRun) -> None:
    [answer] = await ask(api, f"siapa juara TOP GPR 2021 {MENTION}", chat=GROUP)
    [follow_up] = await ask(api, "kalau juara 3?", chat=GROUP, reply_to=answer.result)
    assert "Sumatera Selatan" in follow_up.text
    assert "DKI Jakarta" not in follow_up.text


async def test_group_members_have_separate_contexts(api: FakeBotApi, bot: BotRun) -> None:
    [answer] = await ask(api, f"{MENTION} siapa juara TOP GPR 2021?", chat=GROUP)
    [other] = await ask(api, "kalau juara 3?", user=OTHER, chat=GROUP, reply_to=answer.result)
    assert "Sumatera Selatan" not in other.text


async def test_reply_to_another_member_gets_no_answer(api: FakeBotApi, bot: BotRun) -> None:
    first = send_text(api, "ada yang tahu juara TOP GPR 2021?", user=OTHER, chat=GROUP)
    send_text(api, "kalau juara 3?", chat=GROUP, reply_to=first)
    send_text(api, "@someone_else siapa juara TOP GPR 2021?", chat=GROUP)
    await assert_silent_since(api, GROUP, before=0)


async def test_commands_in_groups_are_answered_only_when_for_this_bot(api: FakeBotApi,
                                                                      bot: BotRun) -> None:
    send_text(api, "/start@another_bot", chat=GROUP)
    await assert_silent_since(api, GROUP, before=0)
    [sent] = await ask(api, f"/penghargaan{MENTION}", chat=GROUP)
    assert "TOP GPR Award: 2021" in sent.text


async def test_sticker_in_group_gets_silence(api: FakeBotApi, bot: BotRun) -> None:
    send_sticker(api, chat=GROUP)
    api.push({"message": message(api, None, chat=GROUP, new_chat_members=[OTHER])})
    await assert_silent_since(api, GROUP, before=0)


async def test_edited_group_mention_is_not_answered_again(api: FakeBotApi, bot: BotRun) -> None:
    [sent] = await ask(api, f"{MENTION} siapa juara TOP GPR 2021?", chat=GROUP)
    original = api.messages[(GROUP["id"], sent.result["reply_to_message"]["message_id"])]
    api.push({"edited_message": {**original, "text": f"{MENTION} kapan AMH 2023?",
                                 "edit_date": original["date"] + 5}})
    await assert_silent_since(api, GROUP, before=len(sends_to(api, GROUP["id"])), user=USER)


def text_mention(api: FakeBotApi, name: str, offset: int = 0) -> dict:
    """A text_mention entity: `name` in the message, linked to the bot's user."""
    return {"type": "text_mention", "offset": offset, "length": utf16_length(name),
            "user": api.bot_user}


async def test_text_mention_of_the_bot_is_stripped_like_an_at_mention(api: FakeBotApi,
                                                                      bot: BotRun) -> None:
    # Given group messages addressing the bot by a text mention (its name, linked to it)
    [answer] = await ask(api, "Humasbot siapa juara TOP GPR 2021?", chat=GROUP,
                         entities=[text_mention(api, "Humasbot")])
    # Then the name is not part of the question
    assert "DKI Jakarta" in answer.text
    # And a text mention alone is an empty question, as "@humasbot_test_bot" alone is
    [prompt] = await ask(api, "Humasbot 🤖", chat=GROUP,
                         entities=[text_mention(api, "Humasbot 🤖")])
    assert prompt.text.startswith("Ya? Silakan ajukan pertanyaan")
