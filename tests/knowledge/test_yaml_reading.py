"""Fact files are read as YAML 1.2 by one parser (PyYAML), which keeps every value's place and
refuses, with a place, what could crash or hang it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.loader import load_knowledge
from knowledge.yaml_positions import MAX_DEPTH, YamlProblem, load_positioned, nesting_place

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("written", "value"), [
    ("yes", "yes"), ("No", "No"), ("on", "on"), ("off", "off"),  # YAML 1.1 booleans: text
    ("19:00", "19:00"), ("1:20", "1:20"),  # YAML 1.1 base-60 numbers: text
    ("2023-10-30", "2023-10-30"), ("'2023-10-30'", "2023-10-30"),  # dates: text
    ("2023-10-30 10:00:00", "2023-10-30 10:00:00"),
    ("true", True), ("False", False), ("~", None), ("null", None), ("", None),
    ("2023", 2023), ("010", 10), ("0o10", 8), ("0x1F", 31), ("-3", -3),
    ("1.5", 1.5), ("1e3", 1000.0), ("<<", "<<"), ("=", "="), ("Juara 1 (satu)", "Juara 1 (satu)"),
])
def test_scalars_are_read_as_yaml_1_2_reads_them(written: str, value: object) -> None:
    data = load_positioned(f"a: {written}\n").data
    assert data == {"a": value} and type(data["a"]) is type(value)


def test_a_field_name_that_reads_as_a_value_is_kept_as_written() -> None:
    assert load_positioned("yes: 1\n2023: 2\ntrue: 3\n").data == {"yes": 1, "2023": 2, "true": 3}


def test_every_value_keeps_its_place() -> None:
    positioned = load_positioned("a:\n  b: [x, 'y']\n  c: 1\n")
    assert positioned.place(("a", "b", 1)) == (2, 10)
    assert positioned.place(("a", "c"), key=True) == (3, 3)


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


def test_fact_files_are_yaml_1_2_so_a_clock_time_is_text(tmp_path: Path) -> None:
    # YAML 1.1 reads 19:00 as the number 1140, which a time field refuses
    (tmp_path / "contoh.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "apx-2024.yaml").write_text(FACTS, encoding="utf-8")
    kb = load_knowledge(tmp_path)
    assert kb.editions["apx-2024"].events[0].time == "19:00"
    assert str(kb.editions["apx-2024"].events[0].date) == "2024-11-04"


# --- nesting ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("notes: " + "[" * 30000 + "]" * 30000 + "\n", (1, 8 + MAX_DEPTH - 1)),
    ("a: " + "{b: " * 100 + "c" + "}" * 100 + "\n", (1, 4 + 4 * (MAX_DEPTH - 1))),
    ("- " * 100 + "x\n", (1, 2 * MAX_DEPTH - 1)),
    ("".join(" " * i + f"k{i}:\n" for i in range(100)) + " " * 100 + "v\n", (MAX_DEPTH + 1, 65)),
])
def test_deep_nesting_is_refused_at_its_place_before_parsing(
        text: str, place: tuple[int, int]) -> None:
    with pytest.raises(YamlProblem) as refused:
        load_positioned(text)
    assert refused.value.message == (f"YAML nested too deeply: at most {MAX_DEPTH} levels of "
                                     "lists and mappings")
    assert (refused.value.line, refused.value.column) == place


@pytest.mark.parametrize("text", [
    "a: [[[1, 2], {b: [c]}]]\n",
    "evidence: 'Juara [1] dan [2]] kategori {x}'\n",
    "results:\n- organisation: a\n  evidence: |\n" + "".join(
        "    " + " " * i + "baris\n" for i in range(40)),
    "a:\n" + "".join(" " * (i + 1) + f"k{i}:\n" for i in range(40)) + " " * 41 + "v\n",
])
def test_ordinary_nesting_passes_the_depth_check(text: str) -> None:
    assert nesting_place(text) is None
    load_positioned(text)


def test_a_deeply_nested_fact_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    # Given a fact file of 30,000 nested brackets (libyaml's composer crashed on it: SIGSEGV)
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "deep.yaml").write_text("notes: " + "[" * 30000 + "]" * 30000 + "\n",
                                     encoding="utf-8")
    # When `facts check` runs in its own process (a crash fails this test, not the run)
    env = {k: v for k, v in os.environ.items() if k != "HUMASBOT_FACTS_DIR"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-m", "bot", "facts", "check", "--lang", "en",
                           "--facts", "facts"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    # Then it exits 1 naming the file, line and column
    assert done.returncode == 1, (done.returncode, done.stderr[-500:])
    assert (f"facts/deep.yaml:1:{8 + MAX_DEPTH - 1}: YAML nested too deeply"
            in done.stderr)
