"""Dates, values and articles as the loader reads them: a date written with whole numbers
only, a value found as written before the folded comparison, an article's line ends read as
text mode reads them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import strategies as st
from knowledge_support import AMH_SOURCE, FactsCopy

from knowledge import models as m
from knowledge.key_values import unmet_requirements
from knowledge.loader import load_knowledge
from knowledge.sources import mentions_date

# pieces that make near-misses of a date likely: neighbouring digits, both separators,
# spaces, months and the other writings
_PIECES = st.sampled_from(["2", "8", "12", "28", "2018", "18", "02", "/", "-", " ", "(", ")",
                           "Agustus", "agustus", "Juli", "2018-08-02", "2/8", "2/8/2018",
                           "2 Agustus 2018", "٢", "x"])
DATE = dt.date(2018, 8, 2)


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
