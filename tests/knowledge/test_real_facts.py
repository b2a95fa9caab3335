"""The fact files (their frozen copy, tests/data/facts): they load clean, say what the two
articles say, and nothing more; the KnowledgeBase built from them is immutable and its indexes
find the right facts. The shipped knowledge/facts may grow: only their loading is tested here."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from frozen_data import FROZEN_FACTS, FROZEN_SEEDS, load_frozen
from pydantic import ValidationError

from knowledge import models as m
from knowledge.base import KnowledgeBase, Name
from knowledge.loader import (
    DEFAULT_FACTS_DIR,
    FACTS_DIR_VARIABLE,
    SEEDS_DIR_VARIABLE,
    load_knowledge,
    resolve_facts_dir,
    walk_facts,
)

ROOT = Path(__file__).resolve().parents[2]
TOP_GPR_WINNERS = [
    (1, "pemprov-dki-jakarta", "Provinsi DKI Jakarta", "peringkat pertama"),
    (2, "pemprov-bengkulu", "Pemerintah Provinsi Bengkulu", "Provinsi terbaik peringkat 2"),
    (3, "pemprov-sumatera-selatan", "Provinsi Sumatera Selatan", "peringkat 3"),
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_frozen()


def every_fact(kb: KnowledgeBase) -> Iterator[m.Fact]:
    """Every fact in the knowledge base, including those nested inside others."""
    top: list[m.Fact] = [*kb.awards.values(), *kb.editions.values(),
                         *kb.organisations.values(), *kb.people.values(), *kb.results,
                         *kb.representatives, *kb.quotes, *kb.notes]
    for fact in top:
        for _, nested in walk_facts(fact):
            yield nested


# --- loads clean, with the expected counts -------------------------------------------------


def test_packaged_facts_load_clean_from_any_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a working directory outside the project and no folder settings
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(FACTS_DIR_VARIABLE)
    monkeypatch.delenv(SEEDS_DIR_VARIABLE)
    # When loaded with no arguments
    kb = load_knowledge()
    # Then the packaged fact files (whatever editions they hold) and seeds are used
    assert resolve_facts_dir() == DEFAULT_FACTS_DIR
    assert sorted(Path(f).name for f in kb.files) == sorted(
        p.name for p in DEFAULT_FACTS_DIR.rglob("*.y*ml"))


def test_files_are_shown_relative_to_the_project(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert load_knowledge(FROZEN_FACTS, FROZEN_SEEDS).files == (
        "tests/data/facts/amh-2023.yaml", "tests/data/facts/top-gpr-2021.yaml")


def test_expected_counts(kb: KnowledgeBase) -> None:
    counts = kb.counts()
    assert (counts["files"], counts["sources"], counts["awards"], counts["editions"],
            counts["results"]) == (2, 2, 2, 2, 6)
    assert counts["representatives"] == 2
    assert set(counts) == {"files", "sources", "awards", "editions", "organisations", "people",
                           "results", "representatives", "quotes", "notes"}


def test_awards_editions_and_sources_are_the_two_articles(kb: KnowledgeBase) -> None:
    assert set(kb.awards) == {"amh", "top-gpr"}
    assert set(kb.editions) == {"amh-2023", "top-gpr-2021"}
    assert set(kb.sources) == {"halojabar-amh-2023-pemkot-bandung",
                               "pemprov-bengkulu-top-gpr-2021"}
    assert {"kota-bandung", "diskominfo-kota-bandung", "kemkominfo", "pemprov-bengkulu",
            "dinas-kominfotik-bengkulu", "media-center-pemprov-bengkulu", "pemprov-dki-jakarta",
            "pemprov-sumatera-selatan"} <= set(kb.organisations)
    assert {"darto", "pj-wali-kota-bandung", "sekda-kota-bandung", "rohidin-mersyah",
            "jaduliwan"} <= set(kb.people)


# --- TOP GPR 2021 -------------------------------------------------------------------------


def test_top_gpr_2021_winners_ranks_one_to_three(kb: KnowledgeBase) -> None:
    # When the edition's results are read in rank order
    results = sorted(kb.results_by_edition["top-gpr-2021"], key=lambda r: r.rank or 0)
    # Then they are DKI Jakarta, Bengkulu and Sumatera Selatan, winners among provinces
    assert [(r.rank, r.organisation, kb.organisations[r.organisation].name, r.rank_label)
            for r in results] == TOP_GPR_WINNERS
    assert {(r.status, r.group, r.category) for r in results} == {("winner", "Provinsi", None)}


def test_top_gpr_2021_event_is_virtual_on_thursday_11_november(kb: KnowledgeBase) -> None:
    edition = kb.edition("top-gpr", 2021)
    assert edition is not None
    [event] = edition.events
    assert (event.kind, event.date, event.weekday, event.time_of_day, event.virtual) == (
        "announcement", dt.date(2021, 11, 11), "Kamis", "sore", True)
    assert event.venue is event.city is event.province is event.time is None


def test_top_gpr_leaves_unknown_what_the_article_does_not_say(kb: KnowledgeBase) -> None:
    award, edition = kb.awards["top-gpr"], kb.editions["top-gpr-2021"]
    assert award.organiser is None
    assert edition.organiser is None and edition.number is None and edition.theme is None
    assert award.definition is not None and "citra dan reputasi" in award.definition.text
    assert award.eligibility is not None and "Lembaga Negara" in award.eligibility.text
    assert [(a.short, a.long) for a in award.abbreviations] == [
        ("TOP GPR", "Top Government Public Relations")]


def test_top_gpr_2021_attended_by_jaduliwan(kb: KnowledgeBase) -> None:
    [rep] = kb.representatives_by_edition["top-gpr-2021"]
    assert (rep.person, rep.organisation, rep.action) == ("jaduliwan", "pemprov-bengkulu",
                                                          "attended")
    assert kb.people["jaduliwan"].role == "Kepala Dinas"
    assert kb.people["rohidin-mersyah"].role == "Gubernur"


# --- AMH 2023 -----------------------------------------------------------------------------


def test_amh_2023_number_theme_and_organiser(kb: KnowledgeBase) -> None:
    edition = kb.edition("amh", 2023)
    assert edition is not None and edition.number is not None and edition.theme is not None
    assert (edition.number.number, edition.number.label) == (16, "ke-16")
    assert edition.theme.text == "Humas Bersinergi untuk Kemajuan Negeri"
    assert edition.organiser is not None and edition.organiser.organisation == "kemkominfo"
    assert kb.organisations["kemkominfo"].kind == "kementerian"


def test_amh_2023_ceremony_on_monday_30_october_in_surabaya(kb: KnowledgeBase) -> None:
    [event] = kb.editions["amh-2023"].events
    assert (event.date, event.weekday, event.city, event.province, event.virtual) == (
        dt.date(2023, 10, 30), "Senin", "Surabaya", "Jawa Timur", False)
    assert event.name == "Malam Anugerah Humas 2023"
    assert event.venue == "The Westin Grand Ballroom & Convention Center Surabaya"


def test_amh_2023_results_for_kota_bandung(kb: KnowledgeBase) -> None:
    # Then Bandung won Terbaik III in one category and was nominated in two others
    results = kb.results_by_edition["amh-2023"]
    assert [(r.status, r.rank, r.rank_label, r.category) for r in results] == [
        ("winner", 3, "Terbaik III", "Kampanye Komunikasi Publik"),
        ("nominee", None, None, "Penerbitan Majalah Internal (inhouse magazine)"),
        ("nominee", None, None, "Media Audiovisual"),
    ]
    assert {r.organisation for r in results} == {"kota-bandung"}
    assert results[0].group == "Pemerintah Daerah Kabupaten/Kota"
    assert {r.status_detail for r in results[1:]} == {"6 besar nasional"}


def test_amh_typo_is_kept_as_written_and_the_category_named_right(kb: KnowledgeBase) -> None:
    nominee = kb.results_by_edition["amh-2023"][1]
    assert nominee.category == "Penerbitan Majalah Internal (inhouse magazine)"
    assert nominee.category_as_written == "Penertiban Majalah Internal (inhouse magazine)"
    assert "Penertiban Majalah Internal" in nominee.evidence[0]
    assert "Penertiban Majalah Internal" in kb.source_of(nominee).text


def test_amh_award_received_by_darto(kb: KnowledgeBase) -> None:
    [rep] = kb.representatives_by_edition["amh-2023"]
    assert (rep.person, rep.organisation, rep.action) == ("darto", "kota-bandung", "received")
    darto = kb.people["darto"]
    assert (darto.name, darto.role, darto.organisation, darto.as_of) == (
        "Darto", "Sekretaris Dinas", "diskominfo-kota-bandung", dt.date(2023, 10, 30))


def test_pj_wali_kota_bandung_has_no_name(kb: KnowledgeBase) -> None:
    person = kb.people["pj-wali-kota-bandung"]
    assert person.name is None  # the article never names him: unknown, not guessed
    assert (person.role, person.organisation) == ("Pj Wali Kota", "kota-bandung")
    assert kb.people["sekda-kota-bandung"].name is None


def test_amh_award_has_no_organiser_of_its_own(kb: KnowledgeBase) -> None:
    award = kb.awards["amh"]
    assert award.organiser is None and award.definition is None and award.eligibility is None
    assert [(a.short, a.long) for a in award.abbreviations] == [("AMH", "Anugerah Media Humas")]


# --- every fact is traceable ----------------------------------------------------------------


def test_every_fact_has_a_source_that_exists(kb: KnowledgeBase) -> None:
    facts = list(every_fact(kb))
    assert len(facts) > 40
    for fact in facts:
        assert fact.source_id in kb.sources, fact
        source = kb.source_of(fact)
        assert fact.evidence, fact
        for excerpt in fact.evidence:
            assert source.quotes(excerpt), (type(fact).__name__, excerpt)


def test_every_source_file_is_in_the_seeds(kb: KnowledgeBase) -> None:
    for source in kb.sources.values():
        path = Path(source.path)
        assert path.parent == FROZEN_SEEDS
        assert path.read_text(encoding="utf-8") == source.text


def test_facts_of_an_edition_file_know_their_edition(kb: KnowledgeBase) -> None:
    for fact in (*kb.results, *kb.representatives):
        edition = kb.edition_of(fact)
        assert edition is not None and edition.id == fact.edition_id
    assert {r.edition_id for r in kb.results} == {"amh-2023", "top-gpr-2021"}
    assert {q.edition_id for q in kb.quotes} == {"amh-2023", "top-gpr-2021"}


def test_every_reference_resolves(kb: KnowledgeBase) -> None:
    for result in kb.results:
        assert result.organisation in kb.organisations
    for rep in kb.representatives:
        assert rep.person in kb.people and rep.organisation in kb.organisations
    for quote in kb.quotes:
        assert quote.speaker in kb.people
    known = {*kb.awards, *kb.organisations, *kb.people, *kb.editions}
    for note in kb.notes:
        assert set(note.about) <= known


# --- immutability -----------------------------------------------------------------------------


def test_knowledge_base_fields_cannot_be_reassigned(kb: KnowledgeBase) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        kb.awards = {}  # type: ignore[misc]
    assert dataclasses.is_dataclass(kb) and type(kb).__dataclass_params__.frozen


@pytest.mark.parametrize("mapping", ["sources", "awards", "editions", "organisations", "people",
                                     "editions_by_award", "results_by_edition",
                                     "results_by_organisation", "children"])
def test_knowledge_base_mappings_cannot_be_assigned_to(kb: KnowledgeBase, mapping: str) -> None:
    target = getattr(kb, mapping)
    with pytest.raises(TypeError):
        target["baru"] = ()
    with pytest.raises(TypeError):
        del target[next(iter(target))]


def test_knowledge_base_sequences_are_tuples(kb: KnowledgeBase) -> None:
    assert all(isinstance(getattr(kb, name), tuple)
               for name in ("results", "representatives", "quotes", "notes", "files"))
    assert all(isinstance(v, tuple) for v in kb.results_by_organisation.values())


def test_facts_cannot_be_changed(kb: KnowledgeBase) -> None:
    with pytest.raises(ValidationError):
        kb.results[0].rank = 9  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        kb.sources["pemprov-bengkulu-top-gpr-2021"].text = ""  # type: ignore[misc]


def test_lists_inside_facts_cannot_be_changed() -> None:
    kb = load_knowledge()  # its own copy: this test must not spoil the shared one
    aliases = kb.awards["amh"].aliases
    try:
        aliases.append("Anugerah Palsu")  # type: ignore[attr-defined]
    except (AttributeError, TypeError):
        return
    assert "Anugerah Palsu" not in kb.awards["amh"].aliases, "the KB was changed in place"


# --- indexes and lookups ----------------------------------------------------------------------


def test_edition_lookup(kb: KnowledgeBase) -> None:
    assert kb.edition("amh", 2023) is kb.editions["amh-2023"]
    assert kb.edition("amh", 2022) is None
    assert kb.edition("top-gpr", 2021) is kb.editions["top-gpr-2021"]


def test_editions_by_award_and_year(kb: KnowledgeBase) -> None:
    assert {a: [e.id for e in es] for a, es in kb.editions_by_award.items()} == {
        "amh": ["amh-2023"], "top-gpr": ["top-gpr-2021"]}
    assert {y: [e.id for e in es] for y, es in kb.editions_by_year.items()} == {
        2021: ["top-gpr-2021"], 2023: ["amh-2023"]}


def test_results_by_organisation(kb: KnowledgeBase) -> None:
    assert [(r.edition_id, r.status, r.category) for r in
            kb.results_by_organisation["kota-bandung"]] == [
        ("amh-2023", "winner", "Kampanye Komunikasi Publik"),
        ("amh-2023", "nominee", "Penerbitan Majalah Internal (inhouse magazine)"),
        ("amh-2023", "nominee", "Media Audiovisual"),
    ]
    [bengkulu] = kb.results_by_organisation["pemprov-bengkulu"]
    assert (bengkulu.edition_id, bengkulu.rank) == ("top-gpr-2021", 2)
    assert "kemkominfo" not in kb.results_by_organisation


def test_results_by_category_ignores_case(kb: KnowledgeBase) -> None:
    [result] = kb.results_by_category["media audiovisual"]
    assert result.category == "Media Audiovisual"
    assert set(kb.results_by_category) == {"kampanye komunikasi publik",
                                           "penerbitan majalah internal (inhouse magazine)",
                                           "media audiovisual"}


def test_organisation_family(kb: KnowledgeBase) -> None:
    assert kb.organisation_family("kota-bandung") == ("kota-bandung", "diskominfo-kota-bandung")
    assert kb.organisation_family("pemprov-bengkulu") == (
        "pemprov-bengkulu", "dinas-kominfotik-bengkulu", "media-center-pemprov-bengkulu")
    assert kb.organisation_family("pemprov-dki-jakarta") == ("pemprov-dki-jakarta",)
    assert kb.organisation_family("tidak-ada") == ("tidak-ada",)


def test_people_quotes_and_notes_indexes(kb: KnowledgeBase) -> None:
    assert {p.id for p in kb.people_by_organisation["kota-bandung"]} == {
        "pj-wali-kota-bandung", "sekda-kota-bandung"}
    assert [p.id for p in kb.people_by_organisation["diskominfo-kota-bandung"]] == ["darto"]
    assert len(kb.quotes_by_speaker["darto"]) == 2
    assert len(kb.quotes_by_speaker["rohidin-mersyah"]) == 2
    assert {n.edition_id for n in kb.notes_by_subject["amh-2023"]} == {"amh-2023"}
    assert any(n.topic == "HUT Provinsi Bengkulu ke-53"
               for n in kb.notes_by_subject["top-gpr-2021"])
    assert [c.id for c in kb.children["pemprov-bengkulu"]] == ["dinas-kominfotik-bengkulu"]


def test_representatives_by_person_and_organisation(kb: KnowledgeBase) -> None:
    assert [r.edition_id for r in kb.representatives_by_person["darto"]] == ["amh-2023"]
    # Darto received the award for Kota Bandung, and belongs to its Diskominfo
    assert [r.person for r in kb.representatives_by_organisation["kota-bandung"]] == ["darto"]
    assert [r.person for r in
            kb.representatives_by_organisation["diskominfo-kota-bandung"]] == ["darto"]


def test_editions_by_place_and_people_by_role(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.editions_by_place["Surabaya"]] == ["amh-2023"]
    assert [e.id for e in kb.editions_by_place["Jawa Timur"]] == ["amh-2023"]
    assert [p.id for p in kb.people_by_role["Gubernur"]] == ["rohidin-mersyah"]


def test_names_for_entity_linking(kb: KnowledgeBase) -> None:
    names = set(kb.names())
    assert {Name("AMH", "award", "amh"), Name("TOP GPR", "award", "top-gpr"),
            Name("Pemkot Bandung", "organisation", "kota-bandung"),
            Name("Sumsel", "organisation", "pemprov-sumatera-selatan"),
            Name("Penertiban Majalah Internal (inhouse magazine)", "category",
                 "Penerbitan Majalah Internal (inhouse magazine)"),
            Name("Surabaya", "place", "Surabaya"),
            Name("Rohidin Mersyah", "person", "rohidin-mersyah"),
            Name("Pj Walikota", "role", "Pj Wali Kota")} <= names
    assert not any(n.kind == "person" and n.target == "pj-wali-kota-bandung" for n in names)
