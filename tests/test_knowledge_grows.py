"""A staffer adds a valid edition to the shipped knowledge: the knowledge-dependent checks
(`facts check`, with the shipped regression questions) stay green, and the bot answers it.
The tests of behaviour answer from their own frozen copy (tests/data), so they stay green too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from frozen_data import DATA, SHIPPED_FACTS, SHIPPED_SEEDS

from bot.cli import main
from bot.engine import Engine
from knowledge.loader import load_knowledge

NEW_EDITION = DATA / "new_edition"


@pytest.fixture
def grown(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the shipped knowledge/facts and seeds/ plus the fictional AMH 2099, added
    as the guide says: the article in seeds/, its entry in seeds/index.yaml, its fact file."""
    facts, seeds = tmp_path / "facts", tmp_path / "seeds"
    shutil.copytree(SHIPPED_FACTS, facts)
    shutil.copytree(SHIPPED_SEEDS, seeds)
    shutil.copy(NEW_EDITION / "facts" / "amh-2099.yaml", facts)
    for article in (NEW_EDITION / "seeds").glob("*.txt"):
        shutil.copy(article, seeds)
    with (seeds / "index.yaml").open("a", encoding="utf-8") as index:
        index.write((NEW_EDITION / "index-entry.yaml").read_text(encoding="utf-8"))
    return facts, seeds


def test_facts_check_with_the_shipped_regression_questions_stays_green(
        grown: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    facts, seeds = grown
    # When the grown copy is checked, with the packaged knowledge/questions.yaml
    code = main(["facts", "check", "--facts", str(facts), "--seeds", str(seeds)])
    # Then it passes, and no regression answer changed
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.err == ""
    assert "jawaban tetap sama" in captured.out


def test_the_new_edition_is_answered_and_the_old_ones_as_before(
        grown: tuple[Path, Path]) -> None:
    engine = Engine(load_knowledge(*grown))
    assert "Wanasari" in engine.ask("siapa juara AMH 2099?").text
    assert "Humas Tangguh Menuju Indonesia Maju" in engine.ask("apa tema AMH 2099?").text
    assert "Humas Bersinergi untuk Kemajuan Negeri" in engine.ask("apa tema AMH 2023?").text
    assert "DKI Jakarta" in engine.ask("siapa juara TOP GPR 2021?").text


def test_the_new_edition_is_summed_up_from_its_facts(grown: tuple[Path, Path]) -> None:
    engine = Engine(load_knowledge(*grown))
    # a summary of the new edition: its own theme, event and winner, none of another's
    text = engine.ask("rangkum berita AMH 2099", "s").text
    assert all(h in text for h in ("Humas Tangguh Menuju Indonesia Maju", "Aula Contoh Wanasari",
                                   "Wanasari")), text
    assert "Bandung" not in text and "Westin" not in text
    # with nothing named, the newest edition first
    text = engine.ask("rangkum dong", "all").text
    assert text.index("AMH 2099") < text.index("AMH 2023") < text.index("TOP GPR 2021"), text
