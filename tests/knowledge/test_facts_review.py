"""Facts marked `review: true`: checked like any fact, listed as warnings, never served."""

from __future__ import annotations

import pytest
from knowledge_support import AMH, GPR, FactsCopy

from bot.cli import EXIT_OK, main
from bot.engine import Engine
from knowledge.loader import load_knowledge

Capture = pytest.CaptureFixture[str]


def test_a_result_under_review_is_a_warning_and_is_not_served(facts: FactsCopy,
                                                              capsys: Capture) -> None:
    # Given the AMH result "Terbaik III" marked for review
    facts.replace(AMH, "    rank: 3\n", "    rank: 3\n    review: true\n")
    # When checked
    code = main(["facts", "check", "--facts", str(facts.root), "--no-questions"])
    # Then the check passes and warns about it, at its place
    out = capsys.readouterr().out
    assert code == EXIT_OK
    line, _ = facts.place(AMH, "- organisation: kota-bandung", after="results:")
    assert f"peringatan: facts/amh-2023.yaml:{line}:5: results[0]: perlu ditinjau" in out
    assert "1 fakta masih menunggu tinjauan" in out
    # And the knowledge base leaves it out
    kb = load_knowledge(facts.root)
    assert [r.rank for r in kb.results_by_edition["amh-2023"]] == [None, None]
    assert [item.path for item in kb.under_review] == ["results[0]"]


def test_what_leans_on_a_fact_under_review_is_left_out_too(facts: FactsCopy) -> None:
    # Given the organisation Pemprov Bengkulu and the TOP GPR event marked for review
    facts.replace(GPR, "    kind: provinsi\n    aliases: [Pemprov Bengkulu,",
                  "    kind: provinsi\n    review: true\n    aliases: [Pemprov Bengkulu,")
    facts.replace(GPR, "    - kind: announcement\n",
                  "    - kind: announcement\n      review: true\n")
    kb = load_knowledge(facts.root)
    # Then the organisation, its units (whose parent it is), its people, its result and the
    # notes about it are left out; other winners stay
    assert "pemprov-bengkulu" not in kb.organisations
    assert "dinas-kominfotik-bengkulu" not in kb.organisations
    assert "media-center-pemprov-bengkulu" not in kb.organisations
    assert {"rohidin-mersyah", "jaduliwan"}.isdisjoint(kb.people)
    assert [r.organisation for r in kb.results_by_edition["top-gpr-2021"]] == [
        "pemprov-dki-jakarta", "pemprov-sumatera-selatan"]
    assert not any("pemprov-bengkulu" in n.about for n in kb.notes)
    assert kb.editions["top-gpr-2021"].events == ()
    assert [i.path for i in kb.under_review] == ["organisations[0]", "edition.events[0]"]
    # And the bot answers from what is served
    engine = Engine(kb)
    assert "Bengkulu" not in engine.ask("siapa juara TOP GPR 2021?").text
    assert "DKI Jakarta" in engine.ask("siapa juara TOP GPR 2021?").text


def test_an_edition_under_review_takes_its_results_with_it(facts: FactsCopy) -> None:
    facts.replace(AMH, "  award: amh\n", "  award: amh\n  review: true\n")
    kb = load_knowledge(facts.root)
    assert "amh-2023" not in kb.editions
    assert kb.results_by_edition.get("amh-2023") is None
    assert not [r for r in kb.representatives if r.person == "darto"]
    assert "amh" in kb.awards  # the award itself is not under review


def test_a_fact_under_review_is_still_checked(facts: FactsCopy) -> None:
    # A draft must pass every check but the review mark: a wrong excerpt is an error
    facts.replace(AMH, "    rank: 3\n", "    rank: 3\n    review: true\n")
    facts.replace(AMH, "sebagai Terbaik III Kategori", "sebagai Terbaik 3 Kategori")
    issues = facts.issues()
    assert any(i.path == "results[0].evidence" for i in issues)
