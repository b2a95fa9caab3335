"""Evidence: every excerpt must occur in its source (ignoring case and runs of white space), and
must show the fact's key values; a tampered excerpt fails at its own line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from knowledge_support import AMH, AMH_SOURCE, GPR, GPR_SOURCE, FactsCopy, at, line_of

from knowledge.loader import DEFAULT_SEEDS_DIR, load_knowledge
from knowledge.sources import Source, comparable, contains

GPR_ARTICLE = (DEFAULT_SEEDS_DIR
               / "2021-11-11_penerbit-tidak-disebut_pemprov-bengkulu-top-gpr-2021.txt")
NOT_FOUND = "evidence not found in source '{}': copy the excerpt exactly as the article writes it"


def gpr_source() -> Source:
    return Source(GPR_SOURCE, "TOP GPR", None, None, "event", str(GPR_ARTICLE),
                  GPR_ARTICLE.read_text(encoding="utf-8"))


# --- a tampered excerpt fails, at the excerpt ----------------------------------------------


def test_one_word_changed_in_an_excerpt_fails_at_its_line(facts: FactsCopy) -> None:
    # Given the theme's excerpt with "mengangkat" changed to "mengusung"
    facts.replace(AMH, "Tahun ini, AMH mengangkat tema", "Tahun ini, AMH mengusung tema")
    # When loaded
    [issue] = facts.issues()
    # Then the excerpt is reported at its line and column, naming its source
    assert str(issue) == line_of(facts.shown(AMH),
                                 facts.place(AMH, "AMH mengusung tema", "Tahun"),
                                 "edition.theme.evidence", NOT_FOUND.format(AMH_SOURCE))
    assert issue.kind == "evidence"


def test_correcting_the_articles_typo_in_an_excerpt_fails(facts: FactsCopy) -> None:
    # Given the winner's folded excerpt with the article's "meriah" corrected to "meraih"
    facts.replace(AMH, "Pemkot Bandung meriah penghargaan", "Pemkot Bandung meraih penghargaan")
    # When loaded
    [issue] = facts.issues()
    # Then it fails: an excerpt is quoted as written; the place is the block's `>-`
    place = facts.place(AMH, "evidence: >-", ">-", after="group: Pemerintah Daerah")
    assert str(issue) == line_of(facts.shown(AMH), place, "results[0].evidence",
                                 NOT_FOUND.format(AMH_SOURCE))


def test_tampered_excerpt_in_a_list_is_reported_by_its_index(facts: FactsCopy) -> None:
    # Given the first of two excerpts of a note changed ("dilakukan" → "dilaksanakan")
    facts.replace(AMH, "      - masih ada evaluasi yang harus dilakukan",
                  "      - masih ada evaluasi yang harus dilaksanakan")
    # When loaded
    [issue] = facts.issues()
    # Then only that excerpt is reported, at its own line
    assert str(issue) == line_of(facts.shown(AMH),
                                 facts.place(AMH, "harus dilaksanakan", "masih"),
                                 "notes[2].evidence[0]", NOT_FOUND.format(AMH_SOURCE))


def test_changed_punctuation_is_not_the_same_excerpt(facts: FactsCopy) -> None:
    # Given "Senin (30/10/2023)" quoted without its brackets
    facts.replace(AMH, "Surabaya Jawa Timur, Senin (30/10/2023)",
                  "Surabaya Jawa Timur, Senin 30/10/2023")
    [issue] = facts.issues()
    assert issue.path == "edition.events[0].evidence"
    assert issue.message == NOT_FOUND.format(AMH_SOURCE)


def test_excerpt_is_checked_against_the_facts_own_source(facts: FactsCopy) -> None:
    # Given a TOP GPR fact claiming the AMH article as its source
    facts.replace(GPR, "    evidence: Gubernur Bengkulu Rohidin Mersyah\n",
                  f"    source: {AMH_SOURCE}\n    evidence: Gubernur Bengkulu Rohidin Mersyah\n")
    # When loaded, Then its excerpt is not found there
    [issue] = facts.issues()
    assert (issue.path, issue.message) == ("people[0].evidence", NOT_FOUND.format(AMH_SOURCE))


def test_excerpt_from_the_other_article_passes_with_the_right_source(facts: FactsCopy) -> None:
    # Given an AMH-file organisation quoting the TOP GPR article, naming that source
    facts.replace(AMH, "organisations:\n", (
        "organisations:\n"
        "  - id: pemprov-jawa-barat\n"
        "    name: Pemerintah Provinsi Jawa Barat\n"
        "    kind: provinsi\n"
        f"    source: {GPR_SOURCE}\n"
        "    evidence: Pemerintah Provinsi\n"))
    # When loaded: the excerpt is found, but it does not name Jawa Barat
    [issue] = facts.issues()
    assert issue.path == "organisations[0].name"
    assert issue.message == ('the evidence does not mention its name or an alias '
                             '("Pemerintah Provinsi Jawa Barat")')


# --- case, white space and line breaks do not matter -----------------------------------------


def test_excerpt_in_another_case_is_accepted(facts: FactsCopy) -> None:
    facts.replace(GPR, "    evidence: Dimana peringkat pertama diraih Provinsi DKI Jakarta\n",
                  "    evidence: DIMANA PERINGKAT PERTAMA diraih provinsi dki jakarta\n")
    kb = load_knowledge(facts.root)
    first = next(r for r in kb.results if r.rank == 1 and r.edition_id == "top-gpr-2021")
    assert first.evidence == ("DIMANA PERINGKAT PERTAMA diraih provinsi dki jakarta",)


def test_excerpt_with_other_white_space_and_line_breaks_is_accepted(facts: FactsCopy) -> None:
    # Given the excerpt as a literal block: extra spaces, a blank line, a tab, other breaks
    facts.replace(GPR, "    evidence: Dimana peringkat pertama diraih Provinsi DKI Jakarta\n", (
        "    evidence: |\n"
        "      Dimana   peringkat\n"
        "\n"
        "      pertama diraih\tProvinsi DKI\n"
        "          Jakarta\n"))
    # When loaded, Then it is accepted as the same excerpt
    kb = load_knowledge(facts.root)
    assert len(kb.results_by_edition["top-gpr-2021"]) == 3


def test_article_line_break_inside_an_excerpt_is_white_space() -> None:
    # Given the article, which breaks a line inside "mampu / meningkatkan"
    source = gpr_source()
    assert "mampu\nmeningkatkan" in source.text
    # Then an excerpt written on one line is found, and one with a word changed is not
    assert source.quotes("sehingga mampu meningkatkan citra")
    assert not source.quotes("sehingga mampu menaikkan citra")


def test_comparable_ignores_case_and_runs_of_white_space() -> None:
    assert comparable("  Humas\tBersinergi \n\n untuk  KEMAJUAN Negeri ") == (
        "humas bersinergi untuk kemajuan negeri")
    assert contains("Senin (30/10/2023).", "senin   (30/10/2023)")
    assert not contains("Senin (30/10/2023).", "Senin (30/10)/2023")


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_span_of_the_article_respaced_and_recased_is_quoted(data: st.DataObject) -> None:
    # Given any run of whole words of the article, re-cased and joined by other white space
    source = gpr_source()
    words = source.text.split()
    start = data.draw(st.integers(0, len(words) - 1))
    length = data.draw(st.integers(1, min(25, len(words) - start)))
    gaps = data.draw(st.lists(st.sampled_from([" ", "  ", "\n", "\t", " \n  "]),
                              min_size=length, max_size=length))
    excerpt = "".join(g + w for g, w in zip(gaps, words[start:start + length], strict=True))
    excerpt = data.draw(st.sampled_from([excerpt, excerpt.upper(), excerpt.lower()]))
    # Then the source quotes it
    assert source.quotes(excerpt)


# --- the key values must be in the excerpt ----------------------------------------------------


def test_the_corrected_category_needs_the_category_as_written(facts: FactsCopy) -> None:
    # Given the nominee's corrected category, without how the article spells it
    facts.replace(AMH, "    category_as_written: Penertiban Majalah Internal (inhouse magazine)\n",
                  "")
    # When loaded
    [issue] = facts.issues()
    # Then the category is not in the evidence (the article says "Penertiban")
    assert str(issue) == line_of(
        facts.shown(AMH), facts.place(AMH, "category: Penerbitan", "Penerbitan"),
        "results[1].category",
        'the evidence does not mention the category ("Penerbitan Majalah Internal (inhouse '
        'magazine)")')


def test_category_as_written_must_be_as_written(facts: FactsCopy) -> None:
    facts.replace(AMH, "    category_as_written: Penertiban Majalah",
                  "    category_as_written: Penerbitan Majalah")
    [issue] = facts.issues()
    assert issue.path == "results[1].category_as_written"
    assert (issue.line, issue.column) == facts.place(AMH, "category_as_written:", "Penerbitan")


def test_quote_text_must_be_in_its_evidence(facts: FactsCopy) -> None:
    facts.replace(AMH, "      Kita syukuri penghargaan ini sebagai apresiasi",
                  "      Kita banggakan penghargaan ini sebagai apresiasi")
    [issue] = facts.issues()
    assert (issue.path, issue.message) == ("quotes[0].text",
                                           "the evidence does not mention the quoted words "
                                           '("Kita banggakan penghargaan ini sebagai apresiasi '
                                           "dari Kementerian Kominfo terhadap kinerja kehumasan "
                                           'di Pemkot Bandung")')


def test_theme_text_must_be_in_its_evidence(facts: FactsCopy) -> None:
    facts.replace(AMH, "    text: Humas Bersinergi untuk Kemajuan Negeri\n",
                  "    text: Humas Bersinergi untuk Negeri\n")
    [issue] = facts.issues()
    assert str(issue) == line_of(facts.shown(AMH),
                                 facts.place(AMH, "text: Humas Bersinergi untuk Negeri", "Humas"),
                                 "edition.theme.text",
                                 'the evidence does not mention the theme ("Humas Bersinergi '
                                 'untuk Negeri")')


def test_note_needs_one_keyword_in_its_evidence(facts: FactsCopy) -> None:
    facts.replace(GPR, "    keywords: [influencer, influenser, SDM, pegawai, ASN, share, media "
                       "sosial, medsos]\n", "    keywords: [pegawai, ASN]\n")
    [issue] = facts.issues()
    assert (issue.path, issue.message) == (
        "notes[3].keywords", 'the evidence does not mention one of the keywords ("pegawai", '
                             '"ASN")')


def test_person_needs_the_name_in_the_evidence(facts: FactsCopy) -> None:
    # Given Jaduliwan given a surname the article never writes
    facts.replace(GPR, "    name: Jaduliwan\n", "    name: Jaduliwan Syah\n")
    # When loaded
    issues = facts.issues()
    # Then his declaration is reported, and so is his attendance, whose excerpt names him
    # only as "Jaduliwan"
    assert [(i.path, i.message) for i in issues] == [
        ("people[1].name", 'the evidence does not mention the person\'s name ("Jaduliwan Syah")'),
        ("representatives[0].person", 'the evidence does not mention the person '
                                      '("Jaduliwan Syah")'),
    ]


def test_venue_and_city_must_be_in_the_event_evidence(facts: FactsCopy) -> None:
    facts.replace(AMH, "      city: Surabaya\n", "      city: Sidoarjo\n")
    [issue] = facts.issues()
    assert str(issue) == line_of(facts.shown(AMH), facts.place(AMH, "city: Sidoarjo", "Sid"),
                                 "edition.events[0].city",
                                 'the evidence does not mention the city ("Sidoarjo")')


def test_date_written_day_month_is_found_in_the_excerpt(facts: FactsCopy) -> None:
    # "Kamis (11/11)" supports 2021-11-11 although the year is not written there
    kb = load_knowledge(facts.root)
    event = kb.editions["top-gpr-2021"].events[0]
    assert (event.date.isoformat(), event.weekday) == ("2021-11-11", "Kamis")


@pytest.mark.parametrize(("file", "old", "new"), [
    (AMH, "      date: 2023-10-30\n", "      date: 2023-01-30\n"),
    (GPR, "      date: 2021-11-11\n      weekday: Kamis\n", "      date: 2021-11-01\n"),
], ids=["30-january-in-30/10/2023", "1-november-in-(11/11)"])
def test_wrong_day_or_month_is_not_supported_by_the_excerpt(facts: FactsCopy, file: str,
                                                            old: str, new: str) -> None:
    # Given an event date the excerpt does not state (the excerpt unchanged)
    facts.replace(file, old, new)
    # When loaded, Then the date is reported as not in the evidence
    issue = at(facts.issues(), "edition.events[0].date")
    assert issue.message.startswith("the evidence does not mention the date")


def test_wrong_year_is_not_supported_by_the_excerpt(facts: FactsCopy) -> None:
    # Given the AMH 2023 ceremony dated a year early, weekday left out
    facts.replace(AMH, "      date: 2023-10-30\n      weekday: Senin\n", "      date: 2022-10-30\n")
    # When loaded, Then the date is reported
    issues = facts.issues()
    assert [i.path for i in issues] == ["edition.events[0].date"]
