"""Question buttons: callback_data always fits 64 bytes and maps back to its question."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.channels.telegram.buttons import MAX_CALLBACK_BYTES, QuestionButtons, button_text

QUESTIONS = st.text(min_size=1, max_size=300).filter(lambda q: q.strip() == q and q)


@given(question=QUESTIONS)
def test_any_question_round_trips_through_64_bytes(question: str) -> None:
    buttons = QuestionButtons()
    data = buttons.data_for(question)
    assert 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES
    assert buttons.question_for(data) == question


def test_short_questions_travel_in_the_button_itself() -> None:
    data = QuestionButtons().data_for("Siapa juara TOP GPR 2021?")
    assert QuestionButtons().question_for(data) == "Siapa juara TOP GPR 2021?"  # no table


def test_the_hash_table_is_bounded() -> None:
    buttons = QuestionButtons(capacity=2)
    first, *_ = [buttons.data_for(f"{'panjang ' * 10}{n}") for n in range(3)]
    assert buttons.question_for(first) is None
    assert len(buttons.snapshot()) == 2


def test_keyboard_has_one_button_per_question_with_a_short_label() -> None:
    keyboard = QuestionButtons().keyboard(["Kapan AMH 2023 diumumkan?", " ", "x" * 100])
    rows = keyboard.inline_keyboard
    assert [len(row) for row in rows] == [1, 1]
    assert rows[1][0].text == button_text("x" * 100) and len(rows[1][0].text) == 64
    assert QuestionButtons().keyboard([]) is None


def test_restore_ignores_malformed_entries() -> None:
    buttons = QuestionButtons()
    buttons.restore({"abc": "Siapa?", "n": 1, "m": None})
    buttons.restore(["not", "a", "mapping"])
    assert buttons.snapshot() == {"abc": "Siapa?"}
