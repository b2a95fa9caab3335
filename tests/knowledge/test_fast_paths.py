"""The loader's fast paths give the verdicts of the plain checks they stand in front of: a date
found as usually written, a value found as written before the folded comparison, an article
read as bytes with its line ends as text mode reads them, a result passed at a glance; and
facts that share one record of their given fields still report their own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from knowledge_support import AMH_SOURCE, FactsCopy

from knowledge import models as m
from knowledge.key_values import unmet_requirements
from knowledge.loader import load_knowledge
from knowledge.sources import _mentions_date_anyhow, mentions_date

# pieces that make near-misses of a date likely: neighbouring digits, both separators,
# spaces, months and the other writings
_PIECES = st.sampled_from(["2", "8", "12", "28", "2018", "18", "02", "/", "-", " ", "(", ")",
                           "Agustus", "agustus", "Juli", "2018-08-02", "2/8", "2/8/2018",
                           "2 Agustus 2018", "٢", "x"])
DATE = dt.date(2018, 8, 2)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_mentions_date_agrees_with_the_patterns_alone(text: str) -> None:
    # Given any text built of date-like pieces
    # When the date is looked for with and without the fast path
    # Then both say the same
    assert mentions_date(text, DATE) == _mentions_date_anyhow(text, DATE)


@pytest.mark.parametrize(("text", "found"), [
    ("Kamis (2/8/2018).", True),
    ("pada 2 Agustus 2018 di Kendari", True),
    ("pada 12/8/2018", False),          # 12/8 is not 2/8
    ("pada 2/8/20189", False),          # nor is a longer number
    ("pada 2/8/2018/5", False),         # nor a longer date
    ("pada 22 Agustus 2018", False),
    ("pada 2 Agustus 20181", True),     # the day and month, with no year (as the patterns)
    ("pada 02/08/2018", True),          # the patterns still read other writings
])
def test_mentions_date_reads_whole_numbers_only(text: str, found: bool) -> None:
    assert mentions_date(text, DATE) is found


def _result(**values: object) -> m.ResultDecl:
    fields = {"organisation": "kota-bandung", "status": "winner", "rank": 2,
              "rank_label": "Juara 2", "category": "Media Sosial", "evidence": "x"}
    return m.ResultDecl.model_validate(fields | values)


@pytest.mark.parametrize(("evidence", "missing"), [
    ("Pemkot Bandung meraih Juara 2 kategori Media Sosial.", []),
    ("PEMKOT   bandung meraih juara 2 kategori media sosial.", []),  # case and spaces folded
    ("Pemkot Bandung meraih Juara 2 kategori Website.", ["category"]),
    ("Kota Cimahi meraih Juara 2 kategori Media Sosial.", ["organisation"]),
    ("Pemkot Bandung meraih Juara 3 kategori Media Sosial.", ["rank_label"]),
])
def test_result_requirements_fold_only_when_the_value_is_not_written_as_is(
        evidence: str, missing: list[str]) -> None:
    # Given a result whose organisation goes by "Kota Bandung" or "Pemkot Bandung"
    def names_of(ident: str) -> tuple[str, ...]:
        return ("Kota Bandung", "Pemkot Bandung") if ident == "kota-bandung" else ()

    # When its evidence is checked
    unmet = unmet_requirements(_result(), evidence, names_of)
    # Then exactly the values it does not show are reported
    assert [need.field for need in unmet] == missing


def test_article_with_windows_line_ends_is_read_as_text_mode_reads_it(
        facts: FactsCopy, seeds: Path) -> None:
    # Given the seed articles, the AMH one saved with CRLF line ends (and one old-Mac CR)
    article = seeds / "2023-10-30_halojabar_pemkot-bandung-amh-2023.txt"
    text = article.read_text(encoding="utf-8")
    head, _, tail = text.rpartition("\n")
    article.write_bytes((head.replace("\n", "\r\n") + "\r" + tail).encode("utf-8"))
    # When the knowledge is loaded
    kb = load_knowledge(facts.root, seeds)
    # Then the article's text has plain line ends, and the evidence still matches it
    assert kb.sources[AMH_SOURCE].text == text
    assert any(r.source_id == AMH_SOURCE for r in kb.results)


# --- a result found plainly right is one the full checks pass --------------------------------

ARTICLE = ("Pemkot Bandung meraih Juara 2 kategori Media Sosial kelompok Pemerintah Kota. "
           "Kota Cimahi meraih Terbaik III kategori Website. Kabupaten Bandung masuk nominasi "
           "6 besar nasional.")
_SENTENCES = [s + "." for s in ARTICLE.split(". ") if s] + [
    "Pemkot Bandung meraih Juara 2", "pemkot bandung meraih juara 2", "Juara 2 Media Sosial"]


def _checked_result(values: dict[str, object]) -> tuple[bool, list[str]]:
    """(plainly right?, the problems the full checks find in the result) for one result."""
    from knowledge import loader
    from knowledge.sources import Source
    from knowledge.yaml_positions import Positioned

    model = m.FactFile.model_validate({
        "source": "src",
        "edition": {"award": "amh", "year": 2023, "evidence": "x"},
        "results": [values]})
    run = loader._Run()
    registry = loader._Registry(run)
    registry.ids["award"]["amh"] = ("AMH",)
    registry.ids["organisation"] |= {"kota-bandung": ("Pemkot Bandung", "Kota Bandung"),
                                     "kota-cimahi": ("Kota Cimahi",)}
    sources = {"src": Source("src", "t", None, None, "event", "src.txt", ARTICLE)}
    parsed = loader._Parsed("f.yaml", ".", "f.yaml", model, loader._settle(model, {}),
                            Positioned(data=None))
    plain = not loader._unclear_results(model.results, "src", sources, registry)
    with pytest.MonkeyPatch.context() as patch:  # the full checks alone
        patch.setattr(loader, "_plainly_right", lambda *_: False)
        run.check_file(parsed, registry, sources)
    return plain, [i.path for i in run.issues if i.path.startswith("results")]


@settings(max_examples=1500, deadline=None)
@given(
    organisation=st.sampled_from(["kota-bandung", "kota-cimahi", "kota-bogor"]),
    status=st.sampled_from(["winner", "nominee"]),
    rank=st.sampled_from([None, 1, 2, 3]),
    label=st.sampled_from([None, "Juara 2", "Terbaik III", "Juara Harapan 2", "juara 2"]),
    category=st.sampled_from([None, "Media Sosial", "Website", "media sosial", "Video"]),
    written=st.sampled_from([None, "Media Sosial", "Web"]),
    group=st.sampled_from([None, "Pemerintah Kota", "Kementerian"]),
    detail=st.sampled_from([None, "6 besar nasional", "10 besar"]),
    evidence=st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=2),
    source=st.sampled_from([None, "src", "other"]),
)
def test_a_result_found_plainly_right_passes_every_check(
        organisation: str, status: str, rank: int | None, label: str | None,
        category: str | None, written: str | None, group: str | None, detail: str | None,
        evidence: list[str], source: str | None) -> None:
    # Given any result (right or wrong) against a small article
    values = {"organisation": organisation, "status": status, "rank": rank,
              "rank_label": label, "category": category, "category_as_written": written,
              "group": group, "status_detail": detail, "evidence": evidence,
              "source": source}
    # When the fast path finds it plainly right, Then the full checks find no problem in it
    plain, problems = _checked_result({k: v for k, v in values.items() if v is not None})
    if plain:
        assert problems == []


def test_a_usual_result_is_plainly_right() -> None:
    plain, problems = _checked_result({
        "organisation": "kota-bandung", "status": "winner", "rank": 2, "rank_label": "Juara 2",
        "category": "Media Sosial", "group": "Pemerintah Kota", "evidence": _SENTENCES[0]})
    assert (plain, problems) == (True, [])


# --- facts given the same fields share pydantic's record of them ----------------------------

def test_loaded_results_keep_the_fields_they_were_given_in_shared_records(
        facts: FactsCopy) -> None:
    # Given the packaged facts, whose results are written with different sets of fields
    import yaml

    # When they are loaded
    kb = load_knowledge(facts.root)
    for path in sorted(facts.root.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not data.get("results"):
            continue
        edition = f"{data['edition']['award']}-{data['edition']['year']}"
        loaded = kb.results_by_edition[edition]
        # Then each loaded result reports exactly the fields its file gives it
        assert [set(r.model_fields_set) for r in loaded] == [set(r) for r in data["results"]]
    # and results given the same fields share one record of them (pydantic makes one each)
    kinds = {frozenset(r.model_fields_set) for r in kb.results}
    records = {id(r.__pydantic_fields_set__) for r in kb.results}
    assert len(kinds) <= len(records) < len(kb.results)
    # and a copy with changes gets its own record, leaving the shared one alone
    first = kb.results[0]
    before = set(first.model_fields_set)
    changed = first.model_copy(update={"group": "Kelompok Uji"})
    assert "group" in changed.model_fields_set and first.model_fields_set == before
