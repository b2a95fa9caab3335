"""How `humasbot eval` reads a question set and judges a reply."""

from __future__ import annotations

import pytest

from bot.evaluation import judge, load_question_set
from bot.reply import Reply, Status
from knowledge.errors import HumasbotError


def _turn(tmp_path, expect: str):
    path = tmp_path / "set.yaml"
    path.write_text("cases:\n- id: q\n  text: siapa juara 1?\n  kind: answerable\n"
                    f"  expect: {expect}\n", encoding="utf-8")
    [[turn]] = load_question_set(path)
    return turn


def _answer(text: str) -> Reply:
    return Reply("siapa juara 1?", Status.ANSWERED, text)


def test_an_expect_item_may_list_alternatives_of_which_one_is_enough(tmp_path):
    turn = _turn(tmp_path, "[[pertama, peringkat 1], DKI Jakarta]")
    assert judge(turn, _answer("DKI Jakarta meraih peringkat 1.")) == []
    assert judge(turn, _answer("Peringkat pertama: DKI Jakarta.")) == []
    assert judge(turn, _answer("Peringkat kedua: DKI Jakarta.")) == [
        "missing “pertama” / “peringkat 1”"]


def test_a_plain_expect_item_must_appear_as_written(tmp_path):
    turn = _turn(tmp_path, "[DKI Jakarta]")
    assert judge(turn, _answer("dki jakarta")) == []
    assert judge(turn, _answer("Bengkulu")) == ["missing “DKI Jakarta”"]


def test_an_empty_list_of_alternatives_is_refused_with_the_question_id(tmp_path):
    with pytest.raises(HumasbotError, match="q: an empty list of alternatives"):
        _turn(tmp_path, "[[]]")


def test_a_forbid_item_may_list_several_texts_each_forbidden(tmp_path):
    path = tmp_path / "set.yaml"
    path.write_text("cases:\n- id: q\n  text: juara 4?\n  kind: no_data\n"
                    "  forbid: [[DKI Jakarta, Sumsel], Bengkulu]\n", encoding="utf-8")
    [[turn]] = load_question_set(path)
    assert turn.forbid == ("DKI Jakarta", "Sumsel", "Bengkulu")


@pytest.mark.parametrize(("body", "message"), [
    ("cases:\n- just a string\n", "case 1 is not a mapping"),
    ("cases:\n- id: c\n  turns: oops\n", "c: `turns` must be a list"),
    ("cases:\n- id: c\n  turns: [oops]\n", "c#1: a turn must be a mapping"),
    ("cases:\n- id: q\n  text: x\n  kind: answerable\n  expect: DKI\n",
     "q: `expect` must be a list"),
])
def test_a_malformed_question_set_gets_a_clear_error_not_a_traceback(tmp_path, body, message):
    path = tmp_path / "set.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(HumasbotError, match=message):
        load_question_set(path)
