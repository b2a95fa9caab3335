"""Fact files read by yaml-rs (YAML 1.2), with PyYAML for places and for what it must explain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge import yaml_fast
from knowledge.loader import load_knowledge
from knowledge.yaml_positions import YamlProblem, load_positioned


def test_plain_fact_text_is_read_by_yaml_rs_without_a_pyyaml_check() -> None:
    text = "edition:\n  award: amh\n  year: 2023\n  evidence: >-\n    AMH 2023 digelar* meriah.\n"
    assert not yaml_fast.needs_checking(text)
    assert yaml_fast.read(text) == (True, {"edition": {
        "award": "amh", "year": 2023, "evidence": "AMH 2023 digelar* meriah."}})


def test_what_the_rules_may_refuse_is_checked_by_pyyaml() -> None:
    for text in ("a: &x 1\nb: *x\n", "a: !!str 1\n", "a:\n\t- 1\n", "a: b\x07\n",
                 "a: x\u2028y\n", "a: \ufeffb\n"):
        assert yaml_fast.needs_checking(text), repr(text)


def test_what_yaml_rs_cannot_read_is_left_to_pyyaml() -> None:
    assert yaml_fast.read("a: [1, 2\n") == (False, None)
    assert yaml_fast.read("a: 1\na: 2\n") == (False, None)  # PyYAML names the twice-written field
    assert yaml_fast.read("- 1\n- 2\n") == (False, None)  # a list, or several documents


ARTICLE = "Anugerah Percobaan 2024 digelar pukul 19:00 di Aula Contoh, Senin (4/11/2024).\n"
FACTS = """\
source: contoh
sources:
- id: contoh
  title: Contoh
  file: contoh.txt
awards:
- id: apx
  name: Anugerah Percobaan
  evidence: Anugerah Percobaan 2024 digelar
edition:
  award: apx
  year: 2024
  evidence: Anugerah Percobaan 2024 digelar
  events:
  - date: 2024-11-04
    weekday: Senin
    time: 19:00
    venue: Aula Contoh
    evidence: digelar pukul 19:00 di Aula Contoh, Senin (4/11/2024).
"""


def test_a_quoted_date_stays_text_and_a_plain_one_is_read_where_a_date_belongs() -> None:
    assert yaml_fast.read("a: '2023-10-30'\nb: 2023-10-30\n") == (
        True, {"a": "2023-10-30", "b": "2023-10-30"})


def test_fact_files_are_yaml_1_2_so_a_clock_time_is_text(tmp_path: Path) -> None:
    # YAML 1.1 (PyYAML alone) reads 19:00 as the number 1140 and refuses it as a time
    (tmp_path / "contoh.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "apx-2024.yaml").write_text(FACTS, encoding="utf-8")
    kb = load_knowledge(tmp_path)
    assert kb.editions["apx-2024"].events[0].time == "19:00"


# --- the places PyYAML finds belong to the values yaml-rs read ------------------------------

_SCALARS = st.sampled_from([
    "teks biasa", "Kota Bandung", "yes", "No", "on", "off", "010", "0o7", "1_000", "19:00",
    "1:20", "2023-10-30", "2023-02-30", "'2023-10-30'", "1e3", ".5", "+.5", "_1", "~", "null",
    "true", "'yes'", '"kutip"', "a #komentar", "a#b", "*bintang*", "x * y", "=", "<<", "-",
    "'it''s'", '"a\\tb"', "[a, b]", "{a: b}", "[]", "{}", "Juara 1 (satu)", "“Humas”",
])
_KEYS = st.sampled_from(["a", "b", "name", "evidence", "yes", "1", "2023-10-30", "? x"])


def _emit(value: Any, indent: int = 0) -> str:
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                lines.append(f"{pad}{key}:\n{_emit(item, indent + 2)}")
            else:
                lines.append(f"{pad}{key}: {item if not isinstance(item, dict | list) else '{}'}")
        return "\n".join(lines)
    if isinstance(value, list):
        lines = []
        for item in value:
            if isinstance(item, dict | list) and item:
                lines.append(f"{pad}-\n{_emit(item, indent + 2)}")
            else:
                lines.append(f"{pad}- {item if not isinstance(item, dict | list) else '[]'}")
        return "\n".join(lines)
    return f"{pad}{value}"


_DOCUMENTS = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, min_size=1, max_size=3)
    | st.dictionaries(_KEYS, inner, min_size=1, max_size=3),
    max_leaves=12,
)


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return "scalar"


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(_KEYS, _DOCUMENTS, min_size=1, max_size=4))
def test_pyyaml_places_fit_every_file_yaml_rs_reads(document: dict[str, Any]) -> None:
    text = _emit(document) + "\n"
    read, data = yaml_fast.read(text)
    if not read or yaml_fast.needs_checking(text):
        return  # PyYAML reads this file itself
    try:
        positioned = load_positioned(text)
    except YamlProblem:
        # a file only yaml-rs reads still loads; its problems are reported at line 1
        return
    assert _shape(positioned.data) == _shape(data), text


_SUSPECTS = "\t\ufeff\x00\x07\x0b\x0c\x0e\x1f\x7f\x80\x85\x9f\u2028\u2029\ufffe\uffff"
_NEAR_SUSPECTS = "\n\r \xa0\xa9\xbf\u201c\u201d\u2026\u20ac\ufeef\ufffd!*&é"


@settings(max_examples=3000, deadline=None)
@given(st.text(st.sampled_from(_SUSPECTS + _NEAR_SUSPECTS + "ab: -\n")
               | st.characters(exclude_categories=["Cs"]),  # UTF-8 cannot hold surrogates
               max_size=40), st.booleans())
def test_the_quick_look_at_a_files_bytes_agrees_with_the_text_check(text: str,
                                                                    bom: bool) -> None:
    # the loader passes the file's bytes (perhaps after a byte-order mark) with its text
    raw = ("\ufeff" if bom else "").encode() + text.encode()
    assert yaml_fast.needs_checking(text, raw) == yaml_fast.needs_checking(text), repr(text)


@pytest.mark.parametrize("character", list(_SUSPECTS + _NEAR_SUSPECTS))
def test_each_character_is_judged_alike_in_bytes_and_in_text(character: str) -> None:
    text = f"a: x{character}y\n"
    assert yaml_fast.needs_checking(text, text.encode()) == yaml_fast.needs_checking(text)
    assert yaml_fast.needs_checking(text) == (character in _SUSPECTS + "!")
