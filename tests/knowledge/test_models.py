"""The fact-file models: what a fact file may say, and the plain-language errors when it can't."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from knowledge import models as m
from knowledge.validation_messages import describe, worth_reporting

MINIMAL_RESULT = {"organisation": "kota-bandung", "status": "winner",
                  "evidence": "Pemkot Bandung meriah"}


def errors_of(model: type[m.Strict], data: dict[str, Any]) -> list[tuple[str, str]]:
    """(location, plain message) of every problem pydantic finds, as the loader words them."""
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return [
        (".".join(str(p) for p in detail["loc"]), describe(detail, model)[0])
        for detail in worth_reporting(caught.value.errors(include_url=False))
    ]


def result(**fields: Any) -> dict[str, Any]:
    return {**MINIMAL_RESULT, **fields}


def test_minimal_fact_file_parses_with_empty_defaults() -> None:
    # Given a file that only names its default source
    # When it is validated
    parsed = m.FactFile.model_validate({"source": "halojabar-amh-2023-pemkot-bandung"})
    # Then everything else is empty, not guessed
    assert parsed.source == "halojabar-amh-2023-pemkot-bandung"
    assert parsed.edition is None
    assert parsed.awards == parsed.results == parsed.notes == ()


def test_minimal_edition_with_a_result_parses() -> None:
    # Given an edition and one result with only the required fields
    data = {"source": "s", "edition": {"award": "amh", "year": 2023, "evidence": "AMH 2023"},
            "results": [MINIMAL_RESULT]}
    # When it is validated
    parsed = m.FactFile.model_validate(data)
    # Then the defaults apply: no rank, the edition id is award-year
    assert parsed.edition is not None and parsed.edition.id == "amh-2023"
    assert parsed.results[0].status == "winner"
    assert parsed.results[0].rank is None
    assert parsed.results[0].evidence == ("Pemkot Bandung meriah",)


def test_empty_file_mapping_is_a_valid_fact_file() -> None:
    # Given no fields at all, When validated, Then it is an (empty) fact file
    assert m.FactFile.model_validate({}).model_dump(exclude_defaults=True) == {}


def test_unknown_field_is_rejected_with_a_suggestion() -> None:
    # Given a result with a misspelt field
    # When validated
    problems = errors_of(m.FactFile, {"edition": {"award": "a", "year": 2023, "evidence": "x"},
                                      "results": [result(rnk=3)]})
    # Then the field is named, the right one suggested and the allowed ones listed
    assert len(problems) == 1
    where, message = problems[0]
    assert where == "results.0.rnk"
    assert message.startswith("unknown field 'rnk' (did you mean 'rank'?); allowed here: ")
    assert "rank_label" in message and "category_as_written" in message


def test_unknown_top_level_field_is_rejected() -> None:
    problems = errors_of(m.FactFile, {"sumber": "x"})
    assert problems[0][0] == "sumber"
    assert problems[0][1].startswith("unknown field 'sumber'; allowed here: source, sources,")


@pytest.mark.parametrize("rank", [1, 3, "3", " 2 "])
def test_rank_accepts_a_whole_number_from_one(rank: Any) -> None:
    # Given a rank written as a number (or digits in quotes), When validated, Then it is an int
    assert m.ResultDecl.model_validate(result(rank=rank)).rank == int(str(rank).strip())


@pytest.mark.parametrize(("rank", "got"), [
    ("tiga", '"tiga"'),
    (0, "0"),
    (-1, "-1"),
    (2.5, "2.5"),
    (True, "True"),
    ("III", '"III"'),
    ([3], "[3]"),
])
def test_rank_rejects_anything_but_a_whole_number_from_one(rank: Any, got: str) -> None:
    # Given a rank that is a word, zero, negative, fractional, a yes/no or a list
    # When validated
    problems = errors_of(m.ResultDecl, result(rank=rank))
    # Then the message says what is expected and shows what was written
    assert problems == [("rank", f"must be a whole number from 1, got {got}")]


def test_rank_tiga_message_matches_the_issue() -> None:
    assert errors_of(m.ResultDecl, result(rank="tiga")) == [
        ("rank", 'must be a whole number from 1, got "tiga"')]


@pytest.mark.parametrize("digits", ["²", "٣", "3²"])
def test_rank_with_non_ascii_digits_gets_the_plain_message(digits: str) -> None:
    # Given digits str.isdigit() accepts but a fact file should not ("²", Arabic-Indic "٣")
    # Then the message is the plain one, not a leaked Python "invalid literal for int()"
    assert errors_of(m.ResultDecl, result(rank=digits)) == [
        ("rank", f'must be a whole number from 1, got "{digits}"')]


@pytest.mark.parametrize(("year", "ok"), [(1945, True), (2100, True), (1944, False),
                                          (2101, False), ("2023", True)])
def test_year_is_a_whole_number_from_1945_to_2100(year: Any, ok: bool) -> None:
    data = {"award": "amh", "year": year, "evidence": "AMH"}
    if ok:
        assert m.EditionDecl.model_validate(data).year == int(year)
    else:
        assert errors_of(m.EditionDecl, data) == [
            ("year", f"must be a whole number from 1945 to 2100, got {year!r}")]


def test_evidence_accepts_a_single_string() -> None:
    # Given one excerpt written as a plain string, Then it becomes a list of one
    assert m.ResultDecl.model_validate(result(evidence="  satu kutipan ")).evidence == (
        "satu kutipan",)


def test_evidence_accepts_a_list_of_excerpts() -> None:
    parsed = m.ResultDecl.model_validate(result(evidence=["kutipan satu", "kutipan dua"]))
    assert parsed.evidence == ("kutipan satu", "kutipan dua")


@pytest.mark.parametrize(("evidence", "message"), [
    ([], "must have at least 1 item(s)"),
    ("", "must not be empty"),
    ("   ", "must not be empty"),
    (42, "must be a list (lines starting with '- '), got 42"),
])
def test_evidence_must_quote_something(evidence: Any, message: str) -> None:
    problems = errors_of(m.ResultDecl, result(evidence=evidence))
    assert [p[1] for p in problems] == [message]
    assert problems[0][0].startswith("evidence")


def test_evidence_is_required() -> None:
    assert errors_of(m.ResultDecl, {"organisation": "kota-bandung", "status": "winner"}) == [
        ("evidence", "required field is missing")]


def test_status_is_required_so_a_lost_nominee_line_is_no_silent_win() -> None:
    assert errors_of(m.ResultDecl, {"organisation": "kota-bandung", "evidence": "x"}) == [
        ("status", "required field is missing")]


@pytest.mark.parametrize("ident", ["kota-bandung", "amh", "top-gpr-2021", "a1", " amh "])
def test_ids_are_slugs(ident: str) -> None:
    parsed = m.OrganisationDecl.model_validate(
        {"id": ident, "name": "Nama", "kind": "kota", "evidence": "x"})
    assert parsed.id == ident.strip()


@pytest.mark.parametrize("ident", ["Kota-Bandung", "kota bandung", "kota_bandung", "-kota",
                                   "kota-", "kota--bandung", "kota.bandung", ""])
def test_ids_that_are_not_slugs_are_rejected(ident: str) -> None:
    problems = errors_of(m.OrganisationDecl,
                         {"id": ident, "name": "Nama", "kind": "kota", "evidence": "x"})
    assert problems == [("id", "must be an id of lowercase letters, digits and hyphens "
                               f'(e.g. kota-bandung), got "{ident}"')]


def test_references_are_slugs_too() -> None:
    problems = errors_of(m.ResultDecl, result(organisation="Kota Bandung"))
    assert problems[0][0] == "organisation"
    assert problems[0][1].startswith("must be an id of lowercase letters")


@pytest.mark.parametrize("weekday", m.WEEKDAYS)
def test_weekday_accepts_the_indonesian_day_names(weekday: str) -> None:
    assert m.Event.model_validate({"weekday": weekday, "evidence": "x"}).weekday == weekday


@pytest.mark.parametrize("weekday", ["senin", "Monday", "Jum'at", "Ahad", "Sen"])
def test_weekday_rejects_other_spellings(weekday: str) -> None:
    problems = errors_of(m.Event, {"weekday": weekday, "evidence": "x"})
    assert problems == [("weekday", "must be one of 'Senin', 'Selasa', 'Rabu', 'Kamis', "
                                    f"'Jumat', 'Sabtu' or 'Minggu', got \"{weekday}\"")]


def test_event_date_must_be_iso() -> None:
    assert m.Event.model_validate({"date": "2023-10-30", "evidence": "x"}).date == dt.date(
        2023, 10, 30)
    assert errors_of(m.Event, {"date": "30/10/2023", "evidence": "x"}) == [
        ("date", 'must be a date written YYYY-MM-DD, got "30/10/2023"')]


def test_status_is_winner_or_nominee() -> None:
    assert errors_of(m.ResultDecl, result(status="juara")) == [
        ("status", "must be one of 'winner' or 'nominee', got \"juara\"")]


def test_organisation_kind_is_a_known_kind() -> None:
    problems = errors_of(m.OrganisationDecl,
                         {"id": "x", "name": "X", "kind": "desa", "evidence": "x"})
    assert problems[0][0] == "kind"
    assert problems[0][1].startswith("must be one of 'provinsi', 'kota', 'kabupaten'")


def test_results_need_an_edition() -> None:
    # Given results but no edition, When validated, Then the file is refused as a whole
    problems = errors_of(m.FactFile, {"source": "s", "results": [MINIMAL_RESULT]})
    assert problems == [("", "edition is missing: results and representatives belong to an "
                             "edition")]


def test_note_about_accepts_one_id_or_a_list() -> None:
    note = {"topic": "t", "text": "t", "keywords": ["k"], "evidence": "e"}
    assert m.Note.model_validate({**note, "about": "kota-bandung"}).about == ("kota-bandung",)
    assert m.Note.model_validate({**note, "about": ["a", "b"]}).about == ("a", "b")
    assert errors_of(m.Note, {**note, "about": []}) == [("about", "must have at least 1 item(s)")]


def test_models_are_frozen() -> None:
    # Given a validated result, When a field is assigned, Then pydantic refuses
    parsed = m.ResultDecl.model_validate(result(rank=1, rank_label="Terbaik I"))
    with pytest.raises(ValidationError):
        parsed.rank = 2  # type: ignore[misc]
    assert parsed.rank == 1


def test_edition_number_and_person_without_name() -> None:
    number = m.EditionNumber.model_validate({"number": 16, "label": "ke-16", "evidence": "x"})
    assert (number.number, number.label) == (16, "ke-16")
    person = m.PersonDecl.model_validate({"id": "pj", "role": "Pj Wali Kota", "evidence": "x"})
    assert person.name is None  # unknown stays unknown


def test_source_declaration_defaults() -> None:
    decl = m.SourceDecl.model_validate({"id": "artikel", "title": "Judul", "file": "a.txt"})
    assert decl.date_kind == "published" and decl.publisher is None
