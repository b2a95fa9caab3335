"""`humasbot facts new`: drafts that pass the check, hold most of what a person would write, and
state nothing their evidence does not.

The articles and the hand-written files are frozen in tests/data/authoring/: the two seed
articles with their fact files, a fictional article (AIHD 2024) with a file written by hand
before the drafting rules, and the guide's practice article (AMH 2024, a known award). Each is
drafted against the knowledge of the *other* files, as a new article would be.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import EXIT_ERROR, EXIT_OK, main
from bot.engine import Engine
from knowledge import models as m
from knowledge.base import KnowledgeBase
from knowledge.draft import draft_fact_file
from knowledge.draft_yaml import fact_file_yaml
from knowledge.loader import load_knowledge
from knowledge.ranks import rank_from_label
from knowledge.sources import comparable, mentions_date

DATA = Path(__file__).resolve().parents[1] / "data" / "authoring"
SEEDS = DATA / "seeds"
ARTICLES = {  # edition: (article, source id, hand-written file's folder)
    "amh-2023": ("2023-10-30_halojabar_pemkot-bandung-amh-2023.txt",
                 "halojabar-amh-2023-pemkot-bandung", "expected"),
    "top-gpr-2021": ("2021-11-11_penerbit-tidak-disebut_pemprov-bengkulu-top-gpr-2021.txt",
                     "pemprov-bengkulu-top-gpr-2021", "expected"),
    "aihd-2024": ("2024-12-06_warta-fiktif_kabupaten-wanasari-aihd-2024.txt",
                  "warta-fiktif-aihd-2024-kabupaten-wanasari", "expected"),
    "amh-2024": ("2024-11-20_redaksi-contoh_kabupaten-sukamaju-amh-2024.txt",
                 "redaksi-contoh-amh-2024-kabupaten-sukamaju", "expected-extra"),
    # the timed trial's article: its first draft held 9 of 11 (82%) before two rules were added
    "akh-2025": ("2025-10-15_kabar-contoh_kota-sungai-emas-akh-2025.txt",
                 "kabar-contoh-kota-sungai-emas-akh-2025", "expected-extra"),
}
TARGET = 0.70


def others(edition: str) -> list[Path]:
    """The hand-written files the article is drafted against (AMH 2024 needs AMH 2023's
    award and organiser; AMH 2023 is drafted without them)."""
    files = [DATA / "expected" / f"{e}.yaml" for e in ("amh-2023", "top-gpr-2021", "aihd-2024")
             if e != edition]
    return files


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> dict[str, tuple[dict[str, Any], KnowledgeBase, str]]:
    """Each article drafted, written beside the other files and loaded: (draft data, the
    knowledge loaded with it, the article's text)."""
    out = {}
    for edition, (article, source, _) in ARTICLES.items():
        folder = tmp_path_factory.mktemp(edition)
        for path in others(edition):
            shutil.copy(path, folder)
        text = (SEEDS / article).read_text(encoding="utf-8")
        draft = draft_fact_file(text, source, load_knowledge(folder, SEEDS))
        (folder / "draft.yaml").write_text(fact_file_yaml(draft.data, "t"), encoding="utf-8")
        out[edition] = (draft.data, load_knowledge(folder, SEEDS), text)
    return out


# --- hit rate ------------------------------------------------------------------------------


def folded(value: Any) -> str:
    return comparable(str(value)) if value is not None else ""


def hit_items(expected: dict[str, Any], draft: dict[str, Any]) -> list[tuple[str, bool]]:
    """Each result, event value, person and representative of the hand-written file, and
    whether the draft holds it."""
    names = {o["id"]: {folded(n) for n in [o["name"], *o.get("aliases", [])]}
             for o in [*expected.get("organisations", []), *draft.get("organisations", [])]}
    names.update({"kemkominfo": {"kementerian kominfo", "kemkominfo"}})
    people = {p["id"]: p for p in [*expected.get("people", []), *draft.get("people", [])]}

    def same_org(a: str, b: str) -> bool:
        return a == b or bool(names.get(a, {a}) & names.get(b, {b}))

    def same_person(a: str, b: str) -> bool:
        x, y = people.get(a, {}), people.get(b, {})
        if a == b or (x.get("name") and folded(x.get("name")) == folded(y.get("name"))):
            return True
        return not x.get("name") and not y.get("name") and bool(roles(x) & roles(y))

    def roles(p: dict[str, Any]) -> set[str]:
        return {folded(r) for r in [p.get("role"), *p.get("role_aliases", [])] if r}

    items = []
    for r in expected.get("results", []):
        categories = {folded(r.get("category")), folded(r.get("category_as_written"))}
        held = any(same_org(r["organisation"], d["organisation"]) and d["status"] == r["status"]
                   and d.get("rank") == r.get("rank") and folded(d.get("category")) in categories
                   and folded(d.get("group")) == folded(r.get("group"))
                   for d in draft.get("results", []))
        items.append((f"result {r['organisation']} {r.get('rank_label') or r['status']} "
                      f"{r.get('category') or ''}", held))
    drafted_events = draft.get("edition", {}).get("events", [])
    for event in expected.get("edition", {}).get("events", []):
        for key in ("date", "weekday", "venue", "city", "province", "virtual"):
            if event.get(key):
                held = any(folded(d.get(key)) == folded(event[key]) for d in drafted_events)
                items.append((f"event {key} {event[key]}", held))
    for p in expected.get("people", []):
        held = any(same_person(p["id"], d["id"]) and roles(p) & roles(d)
                   for d in draft.get("people", []))
        items.append((f"person {p.get('name') or p['role']}", held))
    for rep in expected.get("representatives", []):
        held = any(same_person(rep["person"], d["person"]) and d["action"] == rep["action"]
                   for d in draft.get("representatives", []))
        items.append((f"{rep['action']} {rep['person']}", held))
    return items


def expected_file(edition: str) -> dict[str, Any]:
    return yaml.safe_load((DATA / ARTICLES[edition][2] / f"{edition}.yaml").read_text("utf-8"))


@pytest.mark.parametrize("edition", list(ARTICLES))
def test_the_draft_holds_most_of_the_hand_written_file(drafted, edition):
    # Given the hand-written file and the draft of the same article
    draft, _, _ = drafted[edition]
    items = hit_items(expected_file(edition), draft)
    # Then the draft holds at least 70% of its results, dates, venues and people
    held = sum(hit for _, hit in items)
    missed = [name for name, hit in items if not hit]
    print(f"\n{edition}: {held}/{len(items)} = {held / len(items):.0%}; missed: {missed}")
    assert held / len(items) >= TARGET, missed


@pytest.mark.parametrize("edition", list(ARTICLES))
def test_the_draft_passes_the_check_and_is_all_under_review(drafted, edition):
    # Given the loaded draft (load_knowledge raises on any problem)
    draft, kb, _ = drafted[edition]
    # Then every drafted fact is marked, listed, and none is served
    marked = [fact for fact in _facts_of(draft) if fact.get("review") is True]
    assert len(marked) == len(list(_facts_of(draft)))
    assert len(kb.under_review) == len(marked)
    assert draft["edition"]["award"] + "-" + str(draft["edition"]["year"]) == edition
    assert edition not in kb.editions


def _facts_of(value: Any):
    """Every fact (a mapping with evidence) in the draft data."""
    if isinstance(value, dict):
        if "evidence" in value:
            yield value
        for item in value.values():
            yield from _facts_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from _facts_of(item)


CHECKED_TEXT = ("role", "rank_label", "category", "group", "status_detail", "venue", "city",
                "province", "time_of_day", "time", "label", "short", "long", "occasion")


@pytest.mark.parametrize("edition", list(ARTICLES))
def test_no_drafted_value_is_absent_from_its_evidence(drafted, edition):
    draft, _, text = drafted[edition]
    article = comparable(text)
    unwritten = []
    for fact in _facts_of(draft):
        evidence = fact["evidence"] if isinstance(fact["evidence"], list) else [fact["evidence"]]
        for excerpt in evidence:
            assert comparable(excerpt) in article, excerpt
        ev = comparable(" ".join(evidence))
        for key in CHECKED_TEXT:
            if key in fact and folded(fact[key]) not in ev:
                unwritten.append((key, fact[key]))
        if "text" in fact and folded(fact["text"]) not in ev:
            unwritten.append(("text", fact["text"]))
        if "name" in fact:  # a name or one of its aliases is quoted; every alias is written
            forms = [fact["name"], *fact.get("aliases", [])]
            if not any(folded(n) in ev for n in forms):
                unwritten.append(("name", fact["name"]))
            for form in forms:
                bare = re.sub(r" \([A-Z]\w+\)", "", text)
                if folded(form) not in article and folded(form) not in comparable(bare):
                    unwritten.append(("alias", form))
        if "date" in fact and not mentions_date(" ".join(evidence), _date(fact["date"])):
            unwritten.append(("date", fact["date"]))
        if "weekday" in fact and folded(fact["weekday"]) not in ev:
            unwritten.append(("weekday", fact["weekday"]))
        if fact.get("rank") is not None and rank_from_label(fact["rank_label"]) != fact["rank"]:
            unwritten.append(("rank", fact["rank"]))
        if fact.get("virtual") and not re.search(r"virtual|daring|online|zoom", ev):
            unwritten.append(("virtual", True))
        if "year" in fact and str(fact["year"]) not in ev:
            unwritten.append(("year", fact["year"]))
    assert not unwritten


def _date(value: str):
    import datetime as dt

    return dt.date.fromisoformat(value)


def test_a_known_award_and_organiser_are_referred_to_not_declared(drafted):
    # The guide's practice article names AMH and "Kementerian Kominfo", both known
    draft, _, _ = drafted["amh-2024"]
    assert "awards" not in draft
    assert draft["edition"]["award"] == "amh"
    assert draft["edition"]["organiser"]["organisation"] == "kemkominfo"
    assert "kemkominfo" not in [o["id"] for o in draft.get("organisations", [])]


# --- the command ---------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the two seed files, their seeds folder (index and README) and the fictional
    article to add, with tmp_path as the working directory."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "facts").mkdir()
    for name in ("amh-2023", "top-gpr-2021"):
        shutil.copy(DATA / "expected" / f"{name}.yaml", tmp_path / "facts")
    shutil.copytree(Path(__file__).resolve().parents[2] / "seeds", tmp_path / "seeds")
    shutil.copy(SEEDS / ARTICLES["aihd-2024"][0], tmp_path / "artikel.txt")
    return tmp_path


def new(*extra: str) -> int:
    return main(["facts", "new", "artikel.txt", "--facts", "facts", "--seeds", "seeds", *extra])


def test_facts_new_registers_the_article_and_writes_a_draft_that_passes(project, capsys):
    index_before = (project / "seeds" / "index.yaml").read_text(encoding="utf-8")
    # When the article is added, with standard input not a terminal (pytest's)
    code = new("--publisher", "Redaksi Warta Fiktif")
    out = capsys.readouterr().out
    # Then the article is copied under the naming rule, byte for byte
    assert code == EXIT_OK, out
    copied = project / "seeds" / "2024-12-06_redaksi-warta-fiktif_kabupaten-wanasari-aihd-2024.txt"
    assert copied.read_bytes() == (project / "artikel.txt").read_bytes()
    # And registered at the end of the index, whose comments and entries are kept
    index = (project / "seeds" / "index.yaml").read_text(encoding="utf-8")
    assert index.startswith(index_before)
    assert "id: redaksi-warta-fiktif-kabupaten-wanasari-aihd-2024" in index[len(index_before):]
    assert "date_kind: event" in index[len(index_before):]
    assert copied.name in (project / "seeds" / "README.md").read_text(encoding="utf-8")
    # And the draft is written for the edition and passes the check, with warnings
    assert (project / "facts" / "aihd-2024.yaml").is_file()
    assert "Pemeriksaan OK; 25 fakta menunggu tinjauan" in out
    assert main(["facts", "check", "--facts", "facts", "--seeds", "seeds"]) == EXIT_OK
    checked = capsys.readouterr().out
    assert checked.count("peringatan: facts/aihd-2024.yaml:") == 25
    # And the bot does not answer from it yet
    kb = load_knowledge(project / "facts", project / "seeds")
    assert "aihd-2024" not in kb.editions


def test_once_reviewed_the_bot_answers_from_it(project, capsys):
    assert new() == EXIT_OK
    draft = project / "facts" / "aihd-2024.yaml"
    # When a reviewer has removed every review mark (having found the facts right)
    draft.write_text(re.sub(r"\n\s*review: true", "", draft.read_text(encoding="utf-8")),
                     encoding="utf-8")
    kb = load_knowledge(project / "facts", project / "seeds")
    # Then the check has no warning and the bot answers
    assert kb.under_review == ()
    answer = Engine(kb).ask("siapa juara AIHD 2024?").text
    assert "Wanasari" in answer and "Tirtajaya" in answer
    assert "Makassar" in Engine(kb).ask("AIHD 2024 digelar di mana?").text


def test_an_edition_already_on_record_is_refused_before_anything_is_written(project, capsys):
    shutil.copy(SEEDS / ARTICLES["amh-2023"][0], project / "artikel.txt")
    (project / "artikel.txt").write_text(
        (project / "artikel.txt").read_text(encoding="utf-8") + "\nTambahan.\n", encoding="utf-8")
    index_before = (project / "seeds" / "index.yaml").read_text(encoding="utf-8")
    assert new() == EXIT_ERROR
    assert "edisi amh-2023 sudah ada" in capsys.readouterr().err
    assert (project / "seeds" / "index.yaml").read_text(encoding="utf-8") == index_before


def test_an_article_already_registered_is_refused(project, capsys):
    shutil.copy(SEEDS / ARTICLES["amh-2023"][0], project / "artikel.txt")
    assert new() == EXIT_ERROR
    assert "sudah terdaftar sebagai sumber 'halojabar-amh-2023-pemkot-bandung'" in (
        capsys.readouterr().err)


def test_a_draft_file_is_yaml_of_the_fact_format(drafted):
    # The written file reads back as the same data, and validates as a fact file
    draft, _, _ = drafted["aihd-2024"]
    assert yaml.safe_load(fact_file_yaml(draft, "x")) == _plain(draft)
    m.FactFile.model_validate(draft)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return _date(value)
    return value
