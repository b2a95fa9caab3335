"""The loader's errors: every class of problem, with its message at the right file:line:column.

Each test breaks a copy of the real fact files (str.replace on a known line) and computes the
expected place from the text it wrote, so the tests follow the files if they are edited.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from frozen_data import FROZEN_SEEDS
from knowledge_support import AMH, AMH_SOURCE, GPR, GPR_SOURCE, FactsCopy, at, line_of

from knowledge.errors import HumasbotError, KnowledgeError
from knowledge.loader import (
    DEFAULT_FACTS_DIR,
    FACTS_DIR_VARIABLE,
    MAX_FILE_BYTES,
    load_knowledge,
    resolve_facts_dir,
)

# --- YAML --------------------------------------------------------------------------------


def test_yaml_syntax_error_is_reported_where_the_parser_noticed_it(facts: FactsCopy) -> None:
    # Given a flow list whose closing bracket was forgotten
    facts.replace(AMH, "    aliases: [AMH]\n", "    aliases: [AMH\n")
    # When the facts are loaded
    issues = facts.issues()
    # Then one YAML problem is reported, at the ':' of the next line, where parsing broke
    [issue] = issues
    place = facts.place(AMH, "evidence: penghargaan Anugerah Media Humas (AMH) ke-16 2023",
                        ":")
    assert (issue.file, issue.line, issue.column) == (facts.shown(AMH), *place)
    assert issue.path == ""
    assert issue.kind == "yaml"
    assert issue.message == ("YAML syntax: expected ',' or ']', but got ':' "
                             "(while parsing a flow sequence), starting at line 9")


def test_bad_indentation_is_a_yaml_syntax_error(facts: FactsCopy) -> None:
    facts.replace(AMH, "  year: 2023\n", "  year: 2023\n   tema: x\n")
    [issue] = facts.issues()
    assert str(issue) == line_of(facts.shown(AMH), facts.place(AMH, "   tema: x", ":"), "",
                                 "YAML syntax: mapping values are not allowed here")


def test_field_written_twice_is_reported_at_the_second_one(facts: FactsCopy) -> None:
    facts.replace(AMH, "  year: 2023\n", "  year: 2023\n  year: 2024\n")
    [issue] = facts.issues()
    assert str(issue) == line_of(facts.shown(AMH), facts.place(AMH, "  year: 2024"),
                                 "edition.year", "field 'year' is written twice")


def test_two_documents_in_one_file_are_refused(facts: FactsCopy) -> None:
    facts.write("extra.yaml", f"source: {AMH_SOURCE}\n---\nsource: {GPR_SOURCE}\n")
    [issue] = facts.issues()
    assert (issue.file, issue.line, issue.column, issue.kind) == (
        facts.shown("extra.yaml"), 2, 1, "yaml")
    assert issue.message.startswith("YAML syntax: but found another document")


def test_python_tags_are_never_constructed(facts: FactsCopy) -> None:
    # Given a tag that an unsafe loader would turn into a call of os.system
    facts.write("evil.yaml", "source: !!python/name:os.system\n")
    # When loaded, Then it is a YAML problem at the tag, not an object
    [issue] = facts.issues()
    assert (issue.file, issue.line, issue.column) == (facts.shown("evil.yaml"), 1, 9)
    assert issue.message == ("YAML syntax: could not determine a constructor for the tag "
                             "'tag:yaml.org,2002:python/name:os.system'")


def test_python_tags_on_lists_are_never_executed(facts: FactsCopy) -> None:
    # Given a tag that an unsafe loader would run as os.mkdir(marker)
    marker = facts.root.parent / "dijalankan"
    facts.write("evil.yaml", f"notes: !!python/object/apply:os.mkdir ['{marker}']\n")
    # When loaded, Then nothing ran and the file is refused
    with pytest.raises(KnowledgeError):
        load_knowledge(facts.root)
    assert not marker.exists()


def test_a_field_name_must_be_plain_text(facts: FactsCopy) -> None:
    facts.write("extra.yaml", "? [a, b]\n: 1\n")
    [issue] = facts.issues()
    assert str(issue) == f"{facts.shown('extra.yaml')}:1:3: a field name must be plain text"


ALIASES_REFUSED = ("anchors and aliases (&name, *name) are not allowed in fact files: write the "
                   "value out")


def test_recursive_yaml_alias_is_a_reported_problem(facts: FactsCopy) -> None:
    # Given an alias inside the list it names (a loop)
    facts.write("loop.yaml", "notes: &a [*a]\n")
    # When loaded, Then it is a reported YAML problem, not a RecursionError
    [issue] = facts.issues()
    assert (issue.file, issue.line, issue.kind, issue.message) == (
        facts.shown("loop.yaml"), 1, "yaml", ALIASES_REFUSED)


def test_yaml_alias_is_refused(facts: FactsCopy) -> None:
    # Given a result copied by an alias instead of written out
    facts.replace(AMH, "  - organisation: kota-bandung\n    status: winner\n",
                  "  - &juara\n    organisation: kota-bandung\n    status: winner\n")
    facts.replace(AMH, "\nrepresentatives:\n", "  - *juara\n\nrepresentatives:\n")
    # When loaded
    [issue] = facts.issues()
    # Then the copy is refused: each fact is written out with its own evidence
    assert (issue.file, issue.path, issue.kind, issue.message) == (
        facts.shown(AMH), "results[3]", "yaml", ALIASES_REFUSED)


def test_yaml_alias_is_reported_at_the_alias(facts: FactsCopy) -> None:
    facts.replace(AMH, "  - organisation: kota-bandung\n    status: winner\n",
                  "  - &juara\n    organisation: kota-bandung\n    status: winner\n")
    facts.replace(AMH, "\nrepresentatives:\n", "  - *juara\n\nrepresentatives:\n")
    [issue] = facts.issues()
    assert (issue.line, issue.column, issue.path) == (*facts.place(AMH, "- *juara", "*"),
                                                      "results[3]")


def test_nested_yaml_aliases_do_not_blow_up(facts: FactsCopy) -> None:
    # Given a 218-byte file in which each level refers ten times to the level before
    # (fully expanded: 1.2 million values)
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"] + [
        f"{new}: &{new} [{', '.join([f'*{old}'] * 10)}]" for old, new in zip("abcde", "bcdef",
                                                                                strict=True)]
    facts.write("bomb.yaml", "\n".join(levels) + "\n")
    # When loaded, Then it is refused, and quickly
    started = time.perf_counter()
    [issue] = facts.issues()
    assert time.perf_counter() - started < 1.0
    assert (issue.file, issue.message) == (facts.shown("bomb.yaml"), ALIASES_REFUSED)


# --- fields and values --------------------------------------------------------------------


def test_unknown_field_is_reported_at_its_name(facts: FactsCopy) -> None:
    # Given a misspelt field under the AMH result
    facts.replace(AMH, "    rank: 3\n", "    rank: 3\n    rnk: 3\n")
    # When loaded
    [issue] = facts.issues()
    # Then the error points at the field's name and suggests the right one
    assert (issue.file, (issue.line, issue.column)) == (
        facts.shown(AMH), facts.place(AMH, "    rnk: 3"))
    assert issue.path == "results[0].rnk"
    assert issue.kind == "unknown_field"
    assert issue.message == (
        "unknown field 'rnk' (did you mean 'rank'?); allowed here: source, evidence, "
        "organisation, status, status_detail, rank, rank_label, category, category_as_written, "
        "group")


def test_unknown_field_inside_an_event(facts: FactsCopy) -> None:
    facts.replace(GPR, "      virtual: true\n", "      virtual: true\n      tempat: Zoom\n")
    [issue] = facts.issues()
    assert issue.path == "edition.events[0].tempat"
    assert (issue.line, issue.column) == facts.place(GPR, "tempat: Zoom")
    assert issue.message.startswith("unknown field 'tempat'; allowed here: source, evidence, "
                                    "kind, name, date, weekday,")


def test_unknown_top_level_field(facts: FactsCopy) -> None:
    facts.replace(GPR, f"source: {GPR_SOURCE}\n", f"source: {GPR_SOURCE}\npenyelenggara: x\n")
    [issue] = facts.issues()
    assert (issue.line, issue.column, issue.path) == (
        *facts.place(GPR, "penyelenggara: x"), "penyelenggara")
    assert issue.message.startswith("unknown field 'penyelenggara'; allowed here: source, ")


def test_missing_field_is_reported_at_the_item_that_lacks_it(facts: FactsCopy) -> None:
    # Given the AMH winner without its organisation
    facts.replace(AMH, "  - organisation: kota-bandung\n    status: winner\n",
                  "  - status: winner\n")
    # When loaded
    [issue] = facts.issues()
    # Then the missing field is named, placed at the item's first line
    assert str(issue) == line_of(facts.shown(AMH), facts.place(AMH, "status: winner", "status"),
                                 "results[0].organisation", "required field is missing")
    assert issue.kind == "missing_field"


def test_missing_evidence_is_reported(facts: FactsCopy) -> None:
    facts.replace(AMH, "    evidence: Sekretaris Daerah Kota Bandung yang terus memberikan "
                       "arahan\n", "")
    [issue] = facts.issues()
    assert str(issue) == line_of(facts.shown(AMH), facts.place(AMH, "- id: sekda-kota-bandung",
                                                                "id"),
                                 "people[2].evidence", "required field is missing")


def test_rank_that_is_a_word_is_reported_at_its_value(facts: FactsCopy) -> None:
    # Given "rank: tiga" in the AMH result (the example of the issue)
    facts.replace(AMH, "    rank: 3\n", "    rank: tiga\n")
    # When loaded
    [issue] = facts.issues()
    # Then the message and its place are exactly as a user would read them
    line, column = facts.place(AMH, "    rank: tiga", "tiga")
    assert str(issue) == (f"facts/amh-2023.yaml:{line}:{column}: results[0].rank: must be a "
                          'whole number from 1, got "tiga"')
    assert issue.kind == "value"


@pytest.mark.parametrize(("file", "old", "new", "token", "path", "message"), [
    (AMH, "  year: 2023\n", "  year: [2023]\n", "[2023]", "edition.year",
     "must be a whole number from 1945 to 2100, got [2023]"),
    (AMH, "    number: 16\n", "    number: enam belas\n", "enam", "edition.number.number",
     'must be a whole number from 1, got "enam belas"'),
    (AMH, "      weekday: Senin\n", "      weekday: Monday\n", "Monday",
     "edition.events[0].weekday",
     "must be one of 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu' or 'Minggu', "
     'got "Monday"'),
    (AMH, "      date: 2023-10-30\n", "      date: 30-10-2023\n", "30-10-2023",
     "edition.events[0].date", 'must be a date written YYYY-MM-DD, got "30-10-2023"'),
    (AMH, "    status: winner\n", "    status: juara\n", "juara", "results[0].status",
     "must be one of 'winner' or 'nominee', got \"juara\""),
    (AMH, "  - id: darto\n", "  - id: Darto Bandung\n", "Darto", "people[0].id",
     'must be an id of lowercase letters, digits and hyphens (e.g. kota-bandung), '
     'got "Darto Bandung"'),
    (GPR, "      virtual: true\n", "      virtual: ya\n", "ya", "edition.events[0].virtual",
     'must be true or false, got "ya"'),
    (GPR, "    kind: unit\n", "    kind: seksi\n", "seksi", "organisations[2].kind",
     "must be one of 'provinsi', 'kota', 'kabupaten', 'kementerian', 'lembaga', 'dinas', "
     "'unit' or 'lainnya', got \"seksi\""),
    (GPR, "    evidence: Gubernur Bengkulu Rohidin Mersyah\n", "    evidence: []\n", "[]",
     "people[0].evidence", "must have at least 1 item(s)"),
    (AMH, "    aliases: [AMH]\n", "    aliases: AMH\n", "AMH", "awards[0].aliases",
     'must be a list (lines starting with \'- \'), got "AMH"'),
])
def test_wrong_value_is_reported_at_the_value(facts: FactsCopy, file: str, old: str, new: str,
                                              token: str, path: str, message: str) -> None:
    # Given one field with a value of the wrong type or outside its choices
    facts.replace(file, old, new)
    # When loaded
    [issue] = facts.issues()
    # Then the message names what is expected, at the value's line and column
    assert str(issue) == line_of(facts.shown(file), facts.place(file, new.strip(), token),
                                 path, message)


def test_impossible_date_is_reported_at_its_value(facts: FactsCopy) -> None:
    # Given 30 February, which YAML reads as a date that does not exist
    facts.replace(AMH, "    as_of: 2023-10-30\n    evidence: Terima kasih",
                  "    as_of: 2023-02-30\n    evidence: Terima kasih")
    # When loaded
    [issue] = facts.issues()
    # Then it is reported where it is written, not as a crash
    assert (issue.file, (issue.line, issue.column), issue.path, issue.kind) == (
        facts.shown(AMH), facts.place(AMH, "as_of: 2023-02-30", "2023"), "people[1].as_of",
        "yaml")
    assert issue.message == "invalid value '2023-02-30': day is out of range for month"


def test_fact_file_that_is_a_list_is_refused(facts: FactsCopy) -> None:
    facts.write("extra.yaml", "- source: x\n")
    [issue] = facts.issues()
    assert str(issue) == (f"{facts.shown('extra.yaml')}:1:1: must be a mapping of fields "
                          "(name: value), got a single value or a list")


def test_results_without_edition_are_refused(facts: FactsCopy) -> None:
    facts.write("extra.yaml", f"source: {GPR_SOURCE}\nresults:\n  - organisation: "
                              "pemprov-bengkulu\n    status: winner\n"
                              "    evidence: Pemprov Bengkulu\n")
    [issue] = facts.issues()
    assert str(issue) == (f"{facts.shown('extra.yaml')}:1:1: edition is missing: results and "
                          "representatives belong to an edition")


# --- evidence and key values --------------------------------------------------------------


def test_evidence_not_found_in_its_source(facts: FactsCopy) -> None:
    # Given an excerpt the article does not contain
    facts.replace(GPR, "    evidence: Gubernur Bengkulu Rohidin Mersyah\n",
                  "    evidence: Gubernur Bengkulu Rohidin Mersyah, S.E., M.M.\n")
    # When loaded
    [issue] = facts.issues()
    # Then the excerpt's place is reported, naming the source
    assert str(issue) == line_of(
        facts.shown(GPR), facts.place(GPR, "Rohidin Mersyah, S.E.", "Gubernur"),
        "people[0].evidence",
        f"evidence not found in source '{GPR_SOURCE}': copy the excerpt exactly as the article "
        "writes it")
    assert issue.kind == "evidence"


def test_evidence_that_does_not_mention_the_organisation(facts: FactsCopy) -> None:
    # Given the third-place result quoting an excerpt without the province's name
    facts.replace(GPR, "    group: Provinsi\n    evidence: peringkat 3 diraih Provinsi Sumatera "
                       "Selatan\n",
                  "    group: Provinsi\n    evidence: peringkat 3 diraih Provinsi\n")
    # When loaded
    [issue] = facts.issues()
    # Then the organisation field is blamed, with the names that would have matched
    assert str(issue) == line_of(
        facts.shown(GPR), facts.place(GPR, "- organisation: pemprov-sumatera-selatan", "pemprov"),
        "results[2].organisation",
        'the evidence does not mention the organisation ("Provinsi Sumatera Selatan", '
        '"Sumatera Selatan", "Sumatra Selatan", "Sumsel")')


def test_evidence_that_does_not_mention_the_rank_label(facts: FactsCopy) -> None:
    facts.replace(GPR, "    group: Provinsi\n    evidence: peringkat 3 diraih Provinsi Sumatera "
                       "Selatan\n",
                  "    group: Provinsi\n    evidence: diraih Provinsi Sumatera Selatan\n")
    [issue] = facts.issues()
    assert str(issue) == line_of(
        facts.shown(GPR), facts.place(GPR, "rank_label: peringkat 3", "peringkat"),
        "results[2].rank_label", 'the evidence does not mention the rank as written '
        '("peringkat 3")')


def test_evidence_that_does_not_mention_the_date(facts: FactsCopy) -> None:
    # Given the TOP GPR announcement moved to 12 November (weekday left out)
    facts.replace(GPR, "      date: 2021-11-11\n      weekday: Kamis\n",
                  "      date: 2021-11-12\n")
    # When loaded
    [issue] = facts.issues()
    # Then the date is blamed: the excerpt says "Kamis (11/11)"
    assert (issue.file, (issue.line, issue.column), issue.path) == (
        facts.shown(GPR), facts.place(GPR, "date: 2021-11-12", "2021"), "edition.events[0].date")
    assert issue.message == (
        'the evidence does not mention the date ("12/11/2021", "12 November 2021")')


def test_evidence_that_does_not_mention_the_award_and_year(facts: FactsCopy) -> None:
    facts.replace(GPR, "  year: 2021\n  evidence: Top Government Public Relations/ TOP GPR "
                       "Award 2021\n",
                  "  year: 2021\n  evidence: Pemerintah Provinsi (Pemprov) Bengkulu\n")
    issues = facts.issues()
    assert [(i.path, i.message) for i in issues] == [
        ("edition.award", "the evidence does not mention the award's name or an alias "
                          '("TOP GPR Award", "TOP GPR", "Top Government Public Relations", '
                          '"Top Government Public Relations Award")'),
        ("edition.year", 'the evidence does not mention the year ("2021")'),
    ]
    assert (issues[0].line, issues[0].column) == facts.place(GPR, "  award: top-gpr", "top-gpr")


# --- references ---------------------------------------------------------------------------


def test_unknown_source_on_a_fact(facts: FactsCopy) -> None:
    facts.replace(AMH, "    evidence: Sekretaris Daerah Kota Bandung yang terus memberikan",
                  "    source: halojabar-2024\n    evidence: Sekretaris Daerah Kota Bandung yang "
                  "terus memberikan")
    [issue] = facts.issues()
    assert str(issue) == line_of(
        facts.shown(AMH), facts.place(AMH, "source: halojabar-2024", "halojabar"),
        "people[2].source",
        f"unknown source 'halojabar-2024' (known: {AMH_SOURCE}, {GPR_SOURCE})")
    assert issue.kind == "reference"


def test_unknown_default_source_is_reported_at_the_file_source(facts: FactsCopy) -> None:
    # Given the file's default source misspelt
    facts.replace(AMH, f"source: {AMH_SOURCE}\n", "source: halojabar-amh-2024\n")
    # When loaded
    issues = facts.issues()
    # Then the file's `source:` line is reported, naming the known sources
    assert [str(i) for i in issues] == [line_of(
        facts.shown(AMH), facts.place(AMH, "source: halojabar-amh-2024", "halojabar"), "source",
        f"unknown source 'halojabar-amh-2024' (known: {AMH_SOURCE}, {GPR_SOURCE})")]


def test_unknown_default_source_is_reported_once_not_per_fact(facts: FactsCopy) -> None:
    # Given a file's default source misspelt, and one fact naming its own (also unknown)
    facts.replace(AMH, f"source: {AMH_SOURCE}\n", "source: halojabar-amh-2024\n")
    facts.replace(AMH, "    evidence: Sekretaris Daerah Kota Bandung yang terus memberikan",
                  "    source: halojabar-lain\n    evidence: Sekretaris Daerah Kota Bandung "
                  "yang terus memberikan")
    # When loaded
    issues = facts.issues()
    # Then the default is reported once, and the fact's own source separately
    assert [(i.path, i.message.split(" (known")[0]) for i in issues] == [
        ("source", "unknown source 'halojabar-amh-2024'"),
        ("people[2].source", "unknown source 'halojabar-lain'"),
    ]


def test_missing_source_is_reported_per_fact(facts: FactsCopy) -> None:
    facts.replace(GPR, f"source: {GPR_SOURCE}\n", "")
    issues = facts.issues()
    assert {i.message for i in issues} == {
        "source is missing: set `source` on the fact or at the top of the file"}
    first = at(issues, "awards[0].source")
    assert (first.line, first.column) == facts.place(GPR, "  - id: top-gpr", "id")


@pytest.mark.parametrize(("file", "old", "new", "token", "path", "message"), [
    (AMH, "  award: amh\n", "  award: amh-x\n", "amh-x", "edition.award",
     "unknown award 'amh-x' (did you mean 'amh'?)"),
    (GPR, "  - organisation: pemprov-sumatera-selatan\n", "  - organisation: pemprov-sumsel\n",
     "pemprov-sumsel", "results[2].organisation",
     "unknown organisation 'pemprov-sumsel' (did you mean 'pemprov-sumatera-selatan'?)"),
    (AMH, "  - person: darto\n", "  - person: dart\n", "dart", "representatives[0].person",
     "unknown person 'dart' (did you mean 'darto'?)"),
    (GPR, "  - speaker: jaduliwan\n", "  - speaker: kadis\n", "kadis", "quotes[2].speaker",
     "unknown person 'kadis'"),
    (AMH, "    parent: kota-bandung\n", "    parent: kota-bogor\n", "kota-bogor",
     "organisations[1].parent", "unknown organisation 'kota-bogor' (did you mean "
     "'kota-bandung'?)"),
    (AMH, "    organisation: kemkominfo\n", "    organisation: kominfo\n", "kominfo",
     "edition.organiser.organisation", "unknown organisation 'kominfo' (did you mean "
     "'kemkominfo'?)"),
    (GPR, "  - about: [pemprov-bengkulu, top-gpr-2021]\n",
     "  - about: [pemprov-bengkulu, top-gpr-2022]\n", "top-gpr-2022", "notes[0].about[1]",
     "unknown award or organisation or person or edition 'top-gpr-2022' (did you mean "
     "'top-gpr-2021'?)"),
])
def test_unknown_reference(facts: FactsCopy, file: str, old: str, new: str, token: str,
                           path: str, message: str) -> None:
    # Given a reference to an id no fact file declares
    facts.replace(file, old, new)
    # When loaded
    issues = facts.issues()
    # Then it is reported at the reference, with the closest known id when there is one
    issue = at(issues, path)
    assert str(issue) == line_of(facts.shown(file), facts.place(file, new.strip(), token),
                                 path, message)
    assert issue.kind == "reference"


def test_unknown_references_are_not_guessed_when_a_file_is_unreadable(facts: FactsCopy) -> None:
    # Given amh-2023.yaml broken and a new file about Kota Bandung, declared in amh-2023.yaml
    facts.replace(AMH, "    rank: 3\n", "    rank: tiga\n")
    facts.write("catatan.yaml", f"source: {AMH_SOURCE}\nnotes:\n  - about: kota-bandung\n"
                                "    topic: tema\n    text: tema AMH\n    keywords: [tema]\n"
                                "    evidence: AMH mengangkat tema\n")
    # When loaded
    issues = facts.issues()
    # Then only the real problem is reported, not "unknown organisation 'kota-bandung'"
    assert [(i.file, i.path) for i in issues] == [(facts.shown(AMH), "results[0].rank")]


# --- duplicates and conflicts -------------------------------------------------------------


def test_same_id_in_two_files(facts: FactsCopy) -> None:
    # Given kota-bandung declared again, in the TOP GPR file
    facts.replace(GPR, "organisations:\n", (
        "organisations:\n"
        "  - id: kota-bandung\n"
        "    name: Pemerintah Kota Bandung\n"
        "    kind: kota\n"
        "    aliases: [Pemerintah Kota (Pemkot) Bandung]\n"
        f"    source: {AMH_SOURCE}\n"
        "    evidence: Pemerintah Kota (Pemkot) Bandung berhasil meraih penghargaan\n"))
    # When loaded
    [issue] = facts.issues()
    # Then the second declaration is reported, naming the file of the first
    assert str(issue) == line_of(
        facts.shown(GPR), facts.place(GPR, "  - id: kota-bandung", "kota"),
        "organisations[0].id",
        f"duplicate organisation id 'kota-bandung' (already declared in {facts.shown(AMH)})")
    assert issue.kind == "duplicate"


def test_same_id_twice_in_one_file(facts: FactsCopy) -> None:
    facts.replace(AMH, "  - id: sekda-kota-bandung\n", "  - id: darto\n")
    issues = facts.issues()
    issue = at(issues, "people[2].id")
    assert str(issue) == line_of(facts.shown(AMH), facts.place(AMH, "- id: darto", "darto",
                                                                after="- id: pj-wali-kota"),
                                 "people[2].id",
                                 f"duplicate person id 'darto' (already declared in "
                                 f"{facts.shown(AMH)})")


def test_same_edition_in_two_files(facts: FactsCopy) -> None:
    facts.write("salinan-amh-2023.yaml", f"source: {AMH_SOURCE}\nedition:\n  award: amh\n"
                                      "  year: 2023\n  evidence: AMH 2023\n")
    [issue] = facts.issues()
    assert str(issue) == (f"{facts.shown('salinan-amh-2023.yaml')}:4:9: edition.year: duplicate "
                          f"edition id 'amh-2023' (already declared in {facts.shown(AMH)})")


def test_alias_that_names_two_things(facts: FactsCopy) -> None:
    # Given "Bandung" added as an alias of the Media Center in Bengkulu
    facts.replace(GPR, "    aliases: [Media Center Bengkulu, Media Center]\n",
                  "    aliases: [Media Center Bengkulu, Media Center, Bandung]\n")
    # When loaded
    [issue] = facts.issues()
    # Then the alias is reported where it was added, naming what it already names
    assert str(issue) == line_of(
        facts.shown(GPR),
        facts.place(GPR, "[Media Center Bengkulu, Media Center, Bandung]", "Bandung]"),
        "organisations[2].aliases[2]",
        f"the name 'Bandung' already names organisation 'kota-bandung' ({facts.shown(AMH)}): "
        "a name may name only one thing")
    assert issue.kind == "duplicate"


def test_name_of_one_thing_used_as_alias_of_another_kind(facts: FactsCopy) -> None:
    # A person alias equal to an award's name (ignoring case) is also a clash
    facts.replace(GPR, "    aliases: [Rohidin, Gubernur Rohidin]\n",
                  "    aliases: [Rohidin, Gubernur Rohidin, top gpr award]\n")
    issues = facts.issues()
    issue = at(issues, "people[0].aliases[2]", kind="duplicate")
    assert issue.message == ("the name 'top gpr award' already names award 'top-gpr' "
                             f"({facts.shown(GPR)}): a name may name only one thing")


def test_two_winners_with_the_same_rank_conflict(facts: FactsCopy) -> None:
    # Given a second first place in the TOP GPR province group, with valid evidence
    text = facts.text(GPR)
    facts.write(GPR, text.replace("\nrepresentatives:\n", (
        "  - organisation: pemprov-sumatera-selatan\n"
        "    status: winner\n"
        "    rank: 1\n"
        "    rank_label: peringkat pertama\n"
        "    group: Provinsi\n"
        "    evidence: >-\n"
        "      peringkat pertama diraih Provinsi DKI Jakarta dan peringkat 3 diraih Provinsi\n"
        "      Sumatera Selatan\n"
        "\nrepresentatives:\n"), 1))
    # When loaded
    [issue] = facts.issues()
    # Then the second is reported as conflicting with the first, with the first's place
    first_line, _ = facts.place(GPR, "- organisation: pemprov-dki-jakarta")
    assert str(issue) == line_of(
        facts.shown(GPR),
        facts.place(GPR, "- organisation: pemprov-sumatera-selatan", "organisation",
                    after="rank_label: peringkat 3"),
        "results[3]",
        "conflicting facts: rank 1 in group Provinsi is already given to 'pemprov-dki-jakarta' "
        f"at {facts.shown(GPR)}:{first_line} (results[0])")
    assert issue.kind == "conflict"


def test_same_nomination_twice_conflicts(facts: FactsCopy) -> None:
    text = facts.text(AMH)
    block_start = text.index("  - organisation: kota-bandung\n    status: nominee\n"
                             "    status_detail: 6 besar nasional\n    category: Media")
    block = text[block_start:text.index("\nrepresentatives:")]
    facts.write(AMH, text.replace("\nrepresentatives:", block + "\nrepresentatives:", 1))
    [issue] = facts.issues()
    assert issue.path == "results[3]"
    assert issue.message.startswith("conflicting facts: the nomination in category Media "
                                    "Audiovisual is already given to 'kota-bandung' at ")


# --- values that contradict each other ----------------------------------------------------


def test_rank_that_contradicts_its_label(facts: FactsCopy) -> None:
    # Given "rank: 2" with the label "Terbaik III"
    facts.replace(AMH, "    rank: 3\n", "    rank: 2\n")
    # When loaded
    [issue] = facts.issues()
    # Then the rank is blamed and the label's number shown
    assert str(issue) == line_of(facts.shown(AMH), facts.place(AMH, "    rank: 2", "2"),
                                 "results[0].rank", 'is 2, but the label "Terbaik III" says 3')
    assert issue.kind == "value"


def test_rank_without_a_label(facts: FactsCopy) -> None:
    facts.replace(AMH, "    rank_label: Terbaik III\n", "")
    [issue] = facts.issues()
    assert str(issue) == line_of(
        facts.shown(AMH),
        facts.place(AMH, "- organisation: kota-bandung", "organisation", after="results:"),
        "results[0].rank_label",
        'is missing: quote how the source writes the rank, e.g. "Terbaik III"')


def test_rank_label_without_a_number(facts: FactsCopy) -> None:
    facts.replace(AMH, "    rank_label: Terbaik III\n", "    rank_label: Terbaik\n")
    [issue] = facts.issues()
    assert str(issue) == line_of(facts.shown(AMH), facts.place(AMH, "rank_label: Terbaik",
                                                                "Terbaik"),
                                 "results[0].rank_label", '"Terbaik" does not state a rank number')


def test_edition_number_that_contradicts_its_label(facts: FactsCopy) -> None:
    facts.replace(AMH, "    number: 16\n", "    number: 15\n")
    [issue] = facts.issues()
    assert str(issue) == line_of(facts.shown(AMH), facts.place(AMH, "number: 15", "15"),
                                 "edition.number.number", 'is 15, but the label "ke-16" says 16')


def test_weekday_that_does_not_match_the_date(facts: FactsCopy) -> None:
    # Given the AMH ceremony on "Selasa", though 30 October 2023 was a Monday
    facts.replace(AMH, "      weekday: Senin\n", "      weekday: Selasa\n")
    # When loaded
    issues = facts.issues()
    # Then the contradiction is reported at the weekday (and the excerpt lacks "Selasa" too)
    place = facts.place(AMH, "weekday: Selasa", "Selasa")
    mismatch = at(issues, "edition.events[0].weekday", kind="value")
    assert str(mismatch) == line_of(facts.shown(AMH), place, "edition.events[0].weekday",
                                    "Selasa does not match 2023-10-30, which is a Senin")
    unquoted = at(issues, "edition.events[0].weekday", kind="evidence")
    assert unquoted.message == 'the evidence does not mention the weekday ("Selasa")'
    assert len(issues) == 2


# --- files that are not YAML text ---------------------------------------------------------


def test_file_that_is_not_utf8(facts: FactsCopy) -> None:
    # Given the AMH file saved in Windows-1252 (its em dash and curly quotes are not UTF-8)
    text = facts.text(AMH)
    facts.path(AMH).write_bytes(text.encode("cp1252"))
    # When loaded
    [issue] = facts.issues()
    # Then the first line with a non-ASCII character is reported
    first = next(n for n, line in enumerate(text.splitlines(), 1) if not line.isascii())
    assert str(issue) == f"{facts.shown(AMH)}:{first}:1: not UTF-8 text: save the file as UTF-8"
    assert issue.kind == "file"


def test_non_utf8_byte_later_in_the_file_gives_its_line(facts: FactsCopy) -> None:
    facts.path("extra.yaml").write_bytes(b"source: x\n\n# caf\xe9\n")
    [issue] = facts.issues()
    assert (issue.line, issue.column) == (3, 1)


def test_utf8_with_byte_order_mark_is_accepted(facts: FactsCopy) -> None:
    facts.path(AMH).write_bytes(b"\xef\xbb\xbf" + facts.text(AMH).encode("utf-8"))
    assert "amh-2023" in load_knowledge(facts.root).editions


@pytest.mark.parametrize("content", ["", "\n\n", "# hanya komentar\n"])
def test_empty_file(facts: FactsCopy, content: str) -> None:
    facts.write("kosong.yaml", content)
    [issue] = facts.issues()
    assert str(issue) == (f"{facts.shown('kosong.yaml')}:1:1: must be a mapping of fields "
                          "(name: value), got an empty file")


def test_file_with_nul_bytes(facts: FactsCopy) -> None:
    facts.path("biner.yaml").write_bytes(b"source: x\x00\x00\n")
    [issue] = facts.issues()
    assert str(issue) == (f"{facts.shown('biner.yaml')}:1:1: contains binary data (NUL bytes), "
                          "not text")
    assert issue.kind == "file"


def test_oversize_file(facts: FactsCopy) -> None:
    # Given a file one byte over the limit
    facts.path("besar.yaml").write_bytes(b"#" * MAX_FILE_BYTES + b"\n")
    # When loaded, Then it is refused before parsing, with its size
    [issue] = facts.issues()
    assert str(issue) == (f"{facts.shown('besar.yaml')}:1:1: file is too large "
                          f"({MAX_FILE_BYTES + 1:,} bytes; at most {MAX_FILE_BYTES:,}): split "
                          "it into one file per edition")


def test_file_at_the_size_limit_is_read(facts: FactsCopy) -> None:
    facts.path("pas.yaml").write_bytes(b"#" * (MAX_FILE_BYTES - 1) + b"\n")
    [issue] = facts.issues()  # read and parsed: it is empty, not too large
    assert issue.message.endswith("got an empty file")


def test_missing_facts_directory(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path / "tidak-ada")
    [issue] = caught.value.issues
    assert issue.message == "facts directory not found"


def test_facts_directory_without_fact_files(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    [issue] = caught.value.issues
    assert issue.message == "no fact files (*.yaml) here"


def test_facts_folder_is_the_option_else_the_variable_else_the_packaged_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(FACTS_DIR_VARIABLE)  # the tests' frozen copy (tests/conftest.py)
    assert resolve_facts_dir() == DEFAULT_FACTS_DIR
    monkeypatch.setenv(FACTS_DIR_VARIABLE, str(tmp_path / "dari-variabel"))
    assert resolve_facts_dir() == tmp_path / "dari-variabel"
    assert resolve_facts_dir(tmp_path / "dari-opsi") == tmp_path / "dari-opsi"


def test_load_knowledge_honours_the_variable(facts: FactsCopy,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    facts.replace(AMH, "    rank: 3\n", "    rank: tiga\n")
    monkeypatch.setenv(FACTS_DIR_VARIABLE, str(facts.root))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge()
    assert [i.path for i in caught.value.issues] == ["results[0].rank"]


def test_knowledge_error_is_a_humasbot_error() -> None:
    assert issubclass(KnowledgeError, HumasbotError)


def test_folder_named_like_a_fact_file_is_reported(facts: FactsCopy) -> None:
    (facts.root / "arsip.yaml").mkdir()
    [issue] = facts.issues()
    assert str(issue) == f"{facts.shown('arsip.yaml')}:1:1: cannot read the file: Is a directory"


def test_seeds_index_pointing_to_a_missing_article(facts: FactsCopy, tmp_path: Path) -> None:
    # Given a seeds folder whose index names an article that is not there
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    index = (FROZEN_SEEDS / "index.yaml").read_text(encoding="utf-8")
    (seeds / "index.yaml").write_text(index, encoding="utf-8")
    for article in FROZEN_SEEDS.glob("2023-*.txt"):
        (seeds / article.name).write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    # When the facts are loaded with it
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(facts.root, seeds_dir=seeds)
    # Then the index's `file:` line is reported, and the facts citing it are not (the
    # knowledge is incomplete, so "unknown source" would mislead)
    [issue] = caught.value.issues
    lines = index.splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "file: 2021-11-11_" in text)
    assert (issue.file, issue.line, issue.path) == ("seeds/index.yaml", line, "sources[1].file")
    assert issue.message == ("source text seeds/2021-11-11_penerbit-tidak-disebut_pemprov-"
                             "bengkulu-top-gpr-2021.txt is not found")


def test_fact_files_in_subfolders_and_yml_are_loaded(facts: FactsCopy) -> None:
    (facts.root / "2021").mkdir()
    facts.path(GPR).rename(facts.root / "2021" / "top-gpr-2021.yml")
    kb = load_knowledge(facts.root)
    assert set(kb.editions) == {"amh-2023", "top-gpr-2021"}
    assert "facts/2021/top-gpr-2021.yml" in kb.files


# --- all problems together, never a partial load ------------------------------------------


def test_all_problems_of_all_files_are_reported_together_and_sorted(facts: FactsCopy) -> None:
    # Given problems in three files: a bad value, a tampered excerpt and a wrong weekday,
    # and an empty file
    facts.replace(AMH, "    rank: 3\n", "    rank: tiga\n")
    facts.replace(GPR, "    evidence: Gubernur Bengkulu Rohidin Mersyah\n",
                  "    evidence: Gubernur Bengkulu Rohidin Mersyah hadir\n")
    facts.replace(GPR, "      weekday: Kamis\n", "      weekday: Rabu\n")
    facts.write("a-kosong.yaml", "")
    # When loaded
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(facts.root)
    error = caught.value
    # Then one KnowledgeError lists them all, sorted by file, line and column
    assert [(i.file, i.path, i.kind) for i in error.issues] == [
        (facts.shown("a-kosong.yaml"), "", "value"),
        (facts.shown(AMH), "results[0].rank", "value"),
        (facts.shown(GPR), "people[0].evidence", "evidence"),
        (facts.shown(GPR), "edition.events[0].weekday", "value"),
        (facts.shown(GPR), "edition.events[0].weekday", "evidence"),
    ]
    assert list(error.issues) == sorted(error.issues)
    assert str(error).splitlines() == ["5 problems in the fact files:",
                                       *(str(i) for i in error.issues)]


def test_one_problem_is_singular(facts: FactsCopy) -> None:
    facts.replace(AMH, "    rank: 3\n", "    rank: tiga\n")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(facts.root)
    assert str(caught.value).splitlines()[0] == "1 problem in the fact files:"


def test_invalid_knowledge_never_loads_partially(facts: FactsCopy) -> None:
    # Given one valid file (TOP GPR) and one with a single bad value (AMH)
    facts.replace(AMH, "    rank: 3\n", "    rank: tiga\n")
    # When loaded
    loaded = None
    with pytest.raises(KnowledgeError) as caught:
        loaded = load_knowledge(facts.root)
    # Then nothing is returned, not even the valid file's facts
    assert loaded is None
    assert len(caught.value.issues) == 1


GPR_ARTICLE = "2021-11-11_penerbit-tidak-disebut_pemprov-bengkulu-top-gpr-2021.txt"

# --- a fact file that brings its own source -----------------------------------------------

ARTICLE = ("Pemerintah Kabupaten Contoh meraih Juara 1 Anugerah Uji Coba 2024.\n"
           "Penghargaan diumumkan pada Jumat (5/1/2024) di Kota Contoh.\n")

OWN_SOURCE_FILE = """\
source: artikel-uji
sources:
  - id: artikel-uji
    title: Kabupaten Contoh Juara 1 Anugerah Uji Coba 2024
    date: 2024-01-05
    file: artikel/uji.txt
awards:
  - id: anugerah-uji
    name: Anugerah Uji Coba
    evidence: Anugerah Uji Coba 2024
organisations:
  - id: kabupaten-contoh
    name: Pemerintah Kabupaten Contoh
    kind: kabupaten
    evidence: Pemerintah Kabupaten Contoh
edition:
  award: anugerah-uji
  year: 2024
  evidence: Anugerah Uji Coba 2024
  events:
    - date: 2024-01-05
      weekday: Jumat
      city: Kota Contoh
      evidence: Jumat (5/1/2024) di Kota Contoh
results:
  - organisation: kabupaten-contoh
    status: winner
    rank: 1
    rank_label: Juara 1
    evidence: Pemerintah Kabupaten Contoh meraih Juara 1
"""


def test_fact_file_with_its_own_source_relative_to_itself(facts: FactsCopy) -> None:
    # Given a fact file in a subfolder declaring its article, a path relative to the file
    facts.write("uji/anugerah-uji-2024.yaml", OWN_SOURCE_FILE)
    facts.write("uji/artikel/uji.txt", ARTICLE)
    # When loaded with the packaged facts
    kb = load_knowledge(facts.root)
    # Then its facts are verified against that article and join the knowledge base
    source = kb.sources["artikel-uji"]
    assert source.path == str((facts.root / "uji" / "artikel" / "uji.txt").resolve())
    assert source.text == ARTICLE
    edition = kb.edition("anugerah-uji", 2024)
    assert edition is not None and edition.events[0].city == "Kota Contoh"
    [winner] = kb.results_by_edition["anugerah-uji-2024"]
    assert (winner.organisation, winner.rank, winner.source_id) == ("kabupaten-contoh", 1,
                                                                  "artikel-uji")
    assert set(kb.sources) == {AMH_SOURCE, GPR_SOURCE, "artikel-uji"}


def test_own_source_verifies_evidence_against_its_own_article(facts: FactsCopy) -> None:
    facts.write("uji/anugerah-uji-2024.yaml",
                OWN_SOURCE_FILE.replace("meraih Juara 1\n", "meraih Juara 1 nasional\n"))
    facts.write("uji/artikel/uji.txt", ARTICLE)
    [issue] = facts.issues()
    assert (issue.file, issue.path) == ("facts/uji/anugerah-uji-2024.yaml", "results[0].evidence")
    assert issue.message.startswith("evidence not found in source 'artikel-uji'")
    assert issue.line == OWN_SOURCE_FILE.splitlines().index(
        "    evidence: Pemerintah Kabupaten Contoh meraih Juara 1") + 1


def test_own_source_whose_file_is_missing(facts: FactsCopy) -> None:
    # Given the article's text file not next to the fact file
    facts.write("uji/anugerah-uji-2024.yaml", OWN_SOURCE_FILE)
    facts.write("artikel/uji.txt", ARTICLE)  # in the wrong folder
    # When loaded
    [missing] = facts.issues()
    # Then the `file:` line is reported, with the path that was tried; the facts citing it
    # are not reported as citing an unknown source
    assert (missing.file, missing.line, missing.column) == (
        "facts/uji/anugerah-uji-2024.yaml", 6, 11)
    assert missing.path == "sources[0].file"
    assert missing.message == "source text facts/uji/artikel/uji.txt is not found"


def test_own_source_with_the_id_of_a_seed(facts: FactsCopy) -> None:
    facts.write("uji/anugerah-uji-2024.yaml",
                OWN_SOURCE_FILE.replace("  - id: artikel-uji\n", f"  - id: {GPR_SOURCE}\n"))
    facts.write("uji/artikel/uji.txt", ARTICLE)
    issues = facts.issues()
    duplicate = at(issues, "sources[0].id")
    assert (duplicate.line, duplicate.column) == (3, 9)
    assert duplicate.message == (f"duplicate source id '{GPR_SOURCE}' (already declared in "
                                 f"{FROZEN_SEEDS / 'index.yaml'})")



def test_own_source_credit_line_is_verified_against_its_article(facts: FactsCopy) -> None:
    # Given an article whose credit line under the title is "Humas Kabupaten Contoh"
    credited = OWN_SOURCE_FILE.replace("    date: 2024-01-05\n",
                                       "    date: 2024-01-05\n    credit: Humas Kabupaten Contoh\n")
    facts.write("uji/artikel/uji.txt", "Humas Kabupaten Contoh\n\n" + ARTICLE)
    facts.write("uji/anugerah-uji-2024.yaml", credited)
    # When loaded, it is the source's credit
    assert load_knowledge(facts.root).sources["artikel-uji"].credit == "Humas Kabupaten Contoh"
    # and a credit the article does not print is reported at its line, alone
    facts.write("uji/anugerah-uji-2024.yaml", credited.replace("Humas Kabupaten Contoh",
                                                               "Humas Kabupaten Lain"))
    [issue] = facts.issues()
    assert (issue.path, issue.kind, issue.line) == ("sources[0].credit", "evidence", 6)
    assert issue.message.startswith("credit 'Humas Kabupaten Lain' does not occur in the source")
