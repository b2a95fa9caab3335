"""A word put right in the next message ("*juara maksudnya")."""

import pytest

from bot.understanding.corrections import word_put_right


@pytest.mark.parametrize(("before", "text", "read"), [
    ("siapa Juarez 3 top gpr 2021", "*juara maksudnya", "siapa juara 3 top gpr 2021"),
    ("pemprov bengkel dpt peringkat brp", "*bengkulu maaf autocorrect",
     "pemprov bengkulu dpt peringkat brp"),
    ("bandung dominasi di kategori apa aja", "nominasi*", "bandung nominasi di kategori apa aja"),
    # the word it replaces, named
    ("TOP GPS 2021 BENGKULU JUARA BRP", "GPR MAKSUDNYA, BKN GPS",
     "TOP GPR 2021 BENGKULU JUARA BRP"),
])
def test_the_word_put_right_replaces_the_one_most_like_it(before, text, read):
    assert word_put_right(text, before) == read


@pytest.mark.parametrize(("before", "text"), [
    ("siapa juara 3 top gpr 2021", "*juara"),  # nothing to put right
    ("siapa juara 3 top gpr 2021", "*surabaya"),  # no word like it
    (None, "*juara maksudnya"),  # no message before
    ("siapa juara 3 top gpr 2021", "juara 3 itu siapa?"),  # a question, no correction
    ("siapa juara 3 top gpr 2021", "*"),
])
def test_no_correction_without_a_word_like_it_before(before, text):
    assert word_put_right(text, before) is None
