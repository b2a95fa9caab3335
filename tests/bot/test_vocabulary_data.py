"""The vocabulary and the intent registry are data files, checked when they are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import RESOLVERS, _resolver
from bot.understanding.intents import INTENTS, IntentSpec, load_intents
from bot.understanding.vocabulary import DATA, VocabularyError, load_vocabulary


def test_every_intent_has_a_resolver_examples_and_what_it_supplies():
    assert {spec.name for spec in INTENTS} == set(RESOLVERS)
    for spec in INTENTS:
        assert spec.examples and spec.supplies, spec.name


def test_a_word_added_to_the_data_file_is_understood(tmp_path: Path):
    # Given the shipped vocabulary with one more chat form (one it does not hold yet)
    shipped = DATA / "vocabulary.yaml"
    form = next(f for f in ("jwr", "jwra", "juaraa", "zjuara")
                if f not in load_vocabulary(shipped).informal)
    text = shipped.read_text(encoding="utf-8")
    edited = tmp_path / "vocabulary.yaml"
    edited.write_text(text.replace("informal:\n", f'informal:\n  "{form}": "juara"\n', 1),
                      encoding="utf-8")
    # When it is loaded, Then the new form maps to its standard word
    assert load_vocabulary(edited).informal[form] == "juara"


@pytest.mark.parametrize(("old", "new", "message"), [
    ("fillers: >-", "fillers: >-\n  Dong", "lower case: Dong"),
    ("informal:\n", "informal:\n  \"Yg\": \"yang\"\n", "lower-case words: Yg"),
    ("focus_cues:", "colour: red\nfocus_cues:", "colour"),
])
def test_a_malformed_vocabulary_names_the_entry(tmp_path: Path, old, new, message):
    text = (DATA / "vocabulary.yaml").read_text(encoding="utf-8").replace(old, new, 1)
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError, match=message):
        load_vocabulary(path)


@pytest.mark.parametrize(("old", "new", "message"), [
    ("requires: [organisation]", "requires: [organisasi]", "unknown slot or focus: organisasi"),
    ("supplies: [name, what, when]", "supplies: [name, what, whence]",
     "unknown slot or focus: whence"),
    ("resolver: results.who_won", "resolver: who_won", "resolver"),
])
def test_a_malformed_intent_names_the_field(tmp_path: Path, old, new, message):
    text = (DATA / "intents.yaml").read_text(encoding="utf-8").replace(old, new, 1)
    path = tmp_path / "intents.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError, match=message):
        load_intents(path)


def test_an_intent_naming_a_missing_resolver_is_refused():
    spec = IntentSpec("made_up", {"x": 1.0}, resolver="results.no_such_function")
    with pytest.raises(VocabularyError, match=r"no resolver results\.no_such_function"):
        _resolver(spec)


def test_an_entry_written_twice_is_refused(tmp_path: Path):
    # Given an informal form written twice (YAML would silently keep the later one)
    text = (DATA / "vocabulary.yaml").read_text(encoding="utf-8")
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text.replace("informal:\n", 'informal:\n  "yg": "yang"\n', 1),
                    encoding="utf-8")
    # Then loading names it
    with pytest.raises(VocabularyError, match="'yg' is written twice"):
        load_vocabulary(path)
