"""End to end over real HTTP: the real bot and Engine polling the fake Bot API, private chats."""

from __future__ import annotations

from pathlib import Path

from tg_fake_api import FakeBotApi
from tg_stub_engine import StubEngine
from tg_support import BotRun, ask, make_settings, real_engine, replies, running_bot, sends_to
from tg_updates import (
    USER,
    buttons_of,
    edit_text,
    private_chat,
    send_sticker,
    send_text,
    tap_button,
)

from bot.channels.telegram.buttons import MAX_CALLBACK_BYTES


async def test_start_greets_and_offers_three_example_buttons(api: FakeBotApi, bot: BotRun) -> None:
    [sent] = await ask(api, "/start")
    assert sent.text.startswith("Halo, Sari!")
    buttons = buttons_of(sent.result)
    assert len(buttons) == 3
    assert all(len(b["callback_data"].encode()) <= MAX_CALLBACK_BYTES for b in buttons)


async def test_commands_are_registered_at_startup(api: FakeBotApi, bot: BotRun) -> None:
    [call] = api.recorded("setMyCommands")
    names = [command["command"] for command in call.params["commands"]]
    assert names == ["start", "bantuan", "help", "penghargaan", "sumber", "tentang"]


async def test_question_gets_the_answer_with_its_source(api: FakeBotApi, bot: BotRun) -> None:
    [sent] = await ask(api, "siapa juara TOP GPR 2021?")
    for name in ("DKI Jakarta", "Bengkulu", "Sumatera Selatan", "Sumber:"):
        assert name in sent.text
    assert any(entity["type"] == "italic" for entity in sent.result["entities"])


async def test_follow_up_uses_the_conversation_context(api: FakeBotApi, bot: BotRun) -> None:
    await ask(api, "siapa juara TOP GPR 2021?")
    [sent] = await ask(api, "kalau juara 3?")
    assert "Sumatera Selatan" in sent.text
    assert "DKI Jakarta" not in sent.text


async def test_conversations_are_kept_apart_per_chat(api: FakeBotApi, bot: BotRun) -> None:
    other = {"id": 1003, "is_bot": False, "first_name": "Citra"}
    await ask(api, "siapa juara TOP GPR 2021?")
    [sent] = await ask(api, "kalau juara 3?", user=other)
    assert "Sumatera Selatan" not in sent.text


async def test_tapping_a_suggestion_answers_it(api: FakeBotApi, bot: BotRun) -> None:
    [sent] = await ask(api, "cuaca bandung")
    assert "Mungkin maksud Anda:" in sent.text
    [button] = [b for b in buttons_of(sent.result) if "Bandung" in b["text"]]
    before = len(sends_to(api, USER["id"]))
    query_id = tap_button(api, sent.result, button["callback_data"])
    [answer] = await replies(api, USER["id"], before)
    assert answer.text.startswith(f"❓ {button['text']}")
    assert "AMH 2023" in answer.text
    await api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == query_id)


async def test_tapping_a_button_on_an_old_message_still_answers(api: FakeBotApi,
                                                              bot: BotRun) -> None:
    await ask(api, "/start")
    inaccessible = {"chat": private_chat(USER), "message_id": 1, "date": 0}
    tap_button(api, inaccessible, "q:Siapa juara TOP GPR 2021?")
    [answer] = await replies(api, USER["id"], 1)
    assert "DKI Jakarta" in answer.text


async def test_expired_button_still_answers_the_callback_query(api: FakeBotApi,
                                                               bot: BotRun) -> None:
    [sent] = await ask(api, "/start")
    query_id = tap_button(api, sent.result, "h:0123456789abcdef01234567")
    [call] = await api.wait_for("answerCallbackQuery",
                                lambda c: c.params["callback_query_id"] == query_id)
    assert "kedaluwarsa" in call.params["text"]


async def test_help_lists_what_the_bot_knows_and_how_to_ask(api: FakeBotApi,
                                                            bot: BotRun) -> None:
    [help_text] = await ask(api, "/help")
    [bantuan] = await ask(api, "/bantuan")
    assert help_text.text == bantuan.text
    for expected in ("Cara bertanya", "Anugerah Media Humas (AMH): 2023", "TOP GPR Award: 2021",
                     "@humasbot_test_bot", "/penghargaan"):
        assert expected in help_text.text


async def test_catalogue_commands_list_awards_sources_and_about(api: FakeBotApi,
                                                                bot: BotRun) -> None:
    [awards] = await ask(api, "/penghargaan")
    [sources] = await ask(api, "/sumber")
    [about] = await ask(api, "/tentang")
    assert "TOP GPR Award: 2021" in awards.text
    assert "HaloJabar" in sources.text
    assert "2 penghargaan" in about.text


async def test_unknown_command_points_to_help(api: FakeBotApi, bot: BotRun) -> None:
    [sent] = await ask(api, "/cuaca")
    assert "/bantuan" in sent.text


async def test_edited_message_is_not_answered_again(api: FakeBotApi, bot: BotRun) -> None:
    original = send_text(api, "siapa juara TOP GPR 2021?")
    await replies(api, USER["id"], 0)
    edit_text(api, original, "siapa juara AMH 2023?")
    [sent] = await ask(api, "/tentang")
    assert len(sends_to(api, USER["id"])) == 2
    assert "Tentang humasbot" in sent.text
    polls = api.recorded("getUpdates")
    assert "edited_message" not in polls[0].params["allowed_updates"]


async def test_sticker_in_private_chat_gets_a_polite_hint(api: FakeBotApi, bot: BotRun) -> None:
    send_sticker(api)
    [sent] = await replies(api, USER["id"], 0)
    assert "hanya bisa membaca pesan teks" in sent.text


async def test_html_in_user_text_arrives_escaped(api: FakeBotApi, bot: BotRun) -> None:
    attack = "<b>halo</b> & <script>alert(1)</script>"
    await ask(api, attack)  # the fake server rejects any reply that isn't valid HTML
    [sent] = await ask(api, "/start")
    query_id = tap_button(api, sent.result, "q:" + attack)  # a forged button, echoed back
    [echo] = await replies(api, USER["id"], 2)
    assert echo.text.startswith(f"❓ {attack}")
    assert "&lt;script&gt;" in echo.params["text"]
    await api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == query_id)
    assert not api.recorded(ok=False)


async def test_questions_in_one_chat_are_answered_in_order(api: FakeBotApi, bot: BotRun) -> None:
    questions = ["siapa juara TOP GPR 2021?", "kapan AMH 2023 diumumkan?", "kalau juara 3?",
                 "/tentang", "siapa juara TOP GPR 2021?"]
    for question in questions:
        send_text(api, question)
    sent = await replies(api, USER["id"], 0, count=len(questions))
    assert "DKI Jakarta" in sent[0].text
    assert "2023" in sent[1].text
    assert "Tentang humasbot" in sent[3].text
    assert "DKI Jakarta" in sent[4].text


async def test_very_long_answer_is_split_into_valid_messages(api: FakeBotApi,
                                                             tmp_path: Path) -> None:
    long_text = "\n".join(f"{n}. Pemerintah Kota <Contoh> & Mitra — peringkat {n}" * 3
                          for n in range(150))
    engine = StubEngine(real_engine().knowledge, text_for=lambda q: long_text,
                        suggestions=("Siapa juara TOP GPR 2021?",))
    async with running_bot(api, make_settings(api, tmp_path), engine):
        send_text(api, "daftar semua")
        await api.wait_for("sendMessage", lambda call: bool(buttons_of(call.result)))
        sent = sends_to(api, USER["id"])
        assert len(sent) >= 4
        assert all(len(call.params["text"]) <= 4096 for call in sent)
        assert [bool(buttons_of(call.result)) for call in sent] == [False] * (len(sent) - 1) + [
            True]
        assert "".join(call.text for call in sent).count("<Contoh> & Mitra") == 450
        assert not api.recorded(ok=False)


async def test_chat_ids_given_to_the_engine_are_prefixed(api: FakeBotApi, tmp_path: Path) -> None:
    engine = StubEngine(real_engine().knowledge)
    async with running_bot(api, make_settings(api, tmp_path), engine):
        await ask(api, "halo")
    assert engine.asked == [("halo", f"tg:{private_chat(USER)['id']}")]
