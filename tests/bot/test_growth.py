"""Knowledge grows without changing old answers: a new award whose note carries deliberately
broad keywords ("kategori", "Sumsel", "tahun 2023", "pemicu", "juara", "Bandung", "tema")
leaves every answer about the seed awards as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from frozen_data import FROZEN_FACTS, FROZEN_SEEDS

from bot.catalogue import known_editions
from bot.engine import Engine
from bot.evaluation import load_question_set
from knowledge.base import KnowledgeBase
from knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
GROWTH = DATA / "growth"
SETS = ("questions.yaml", "questions_holdout.yaml", "questions_blind.yaml",
        "questions_blind_a.yaml", "questions_blind_b.yaml", "questions_blind_c.yaml")
INDEX_ENTRY = """
  - id: fiktif-aki-2024
    title: "Kabupaten Sukamaju Raih Anugerah Keterbukaan Informasi 2024"
    publisher: Contoh Berita (fiktif)
    date: 2024-02-14
    date_kind: event
    file: 2024-02-14_fiktif_kabupaten-sukamaju-aki-2024.txt
"""


@pytest.fixture(scope="module")
def grown(tmp_path_factory) -> KnowledgeBase:
    """The frozen knowledge (what `kb` holds) plus the fictional AKI 2024 edition."""
    folder = tmp_path_factory.mktemp("grown")
    shutil.copytree(FROZEN_FACTS, folder / "facts")
    shutil.copytree(FROZEN_SEEDS, folder / "seeds")
    shutil.copy(GROWTH / "facts" / "aki-2024.yaml", folder / "facts")
    for article in (GROWTH / "seeds").glob("*.txt"):
        shutil.copy(article, folder / "seeds")
    with (folder / "seeds" / "index.yaml").open("a", encoding="utf-8") as index:
        index.write(INDEX_ENTRY)
    return load_knowledge(folder / "facts", folder / "seeds")


def test_the_new_edition_is_answered(grown: KnowledgeBase):
    engine = Engine(grown)
    assert "Sukamaju" in engine.ask("siapa juara AKI 2024?").text
    assert "Palembang" in engine.ask("AKI 2024 digelar dimana?").text


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_adding_an_edition_changes_no_answer_about_the_others(kb, grown, name):
    before_known, after_known = known_editions(kb), known_editions(grown)
    changed = []
    for conversation in load_question_set(DATA / name):
        before, after = Engine(kb), Engine(grown)
        for turn in conversation:
            old, new = before.ask(turn.text, "c"), after.ask(turn.text, "c")
            if old.intent == "awards_list":  # the catalogue lists the new award: as it should
                continue
            if (old.status, old.intent, old.text.replace(before_known, "…")) != (
                    new.status, new.intent, new.text.replace(after_known, "…")):
                changed.append(f"{turn.id} {turn.text!r}: {old.text[:80]!r} → {new.text[:80]!r}")
    assert not changed, "\n".join(changed)
