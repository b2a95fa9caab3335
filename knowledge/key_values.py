"""What each kind of fact must show in its evidence: the key values (names, ranks, dates)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from knowledge import models as m
from knowledge.ranks import number_from_word, rank_from_label
from knowledge.sources import date_spellings, folded_text, mentions_date


class Requirement(NamedTuple):
    """A key value the evidence does not show: one of `spellings` (for a date, the date in
    any usual writing) should occur in it; `label` is what the message calls it."""

    field: str
    spellings: tuple[str, ...]
    label: str


NamesOf = Callable[[str], tuple[str, ...]]
Missing = list[Requirement]


def unmet_requirements(fact: m.Fact, excerpts: str, names_of: NamesOf) -> Missing:
    """The key values of `fact` that its evidence (`excerpts`, joined) does not show.
    `names_of(id)` gives an entity's name and aliases (empty for an unknown id: references
    are checked elsewhere). A spelling found as written is found; otherwise it is looked for
    with case and runs of white space ignored. Runs once per fact of every load, so nothing
    is built for a value the evidence shows."""
    kind = _BY_KIND.get(type(fact))
    missing: Missing = []
    if kind is not None:
        kind(fact, excerpts, names_of, missing)
    return missing


def _need(missing: Missing, excerpts: str, field: str, spellings: tuple[str, ...],
          label: str) -> None:
    for spelling in spellings:
        if spelling in excerpts:
            return
    if not spellings:
        return
    folded = folded_text(excerpts)
    for spelling in spellings:
        if folded_text(spelling) in folded:
            return
    missing.append(Requirement(field, spellings, label))


# The checks below run for every fact of every load (160,000 at 10,000 editions): each first
# looks for the value as written, the usual case, and calls _need (folded comparison, the
# requirement) only when that fails.

def _named(fact: m.AwardDecl | m.OrganisationDecl, ev: str, _: NamesOf, out: Missing) -> None:
    if fact.name not in ev:
        _need(out, ev, "name", (fact.name, *fact.aliases), "its name or an alias")


def _abbreviation(fact: m.Abbreviation, ev: str, _: NamesOf, out: Missing) -> None:
    if fact.short not in ev:
        _need(out, ev, "short", (fact.short,), "the abbreviation")
    if fact.long not in ev:
        _need(out, ev, "long", (fact.long,), "the full name")


def _theme(fact: m.Theme, ev: str, _: NamesOf, out: Missing) -> None:
    if fact.text not in ev:
        _need(out, ev, "text", (fact.text,), "the theme")


def _organiser(fact: m.Organiser, ev: str, names_of: NamesOf, out: Missing) -> None:
    _need_name(out, ev, "organisation", names_of(fact.organisation), "the organiser")


def _edition(fact: m.EditionDecl, ev: str, names_of: NamesOf, out: Missing) -> None:
    year = str(fact.year)
    if year not in ev:
        _need(out, ev, "year", (year,), "the year")
    _need_name(out, ev, "award", names_of(fact.award), "the award's name or an alias")


def _edition_number(fact: m.EditionNumber, ev: str, _: NamesOf, out: Missing) -> None:
    if fact.label not in ev:
        _need(out, ev, "label", (fact.label,), "the edition label")


_EVENT_FIELDS = tuple((field, f"the {field.replace('_', ' ')}") for field in (
    "weekday", "name", "venue", "city", "province", "time_of_day", "time"))


def _event(event: m.Event, ev: str, _: NamesOf, out: Missing) -> None:
    if event.date and not mentions_date(ev, event.date):
        out.append(Requirement("date", date_spellings(event.date), "the date"))
    values = event.__dict__
    for field, label in _EVENT_FIELDS:
        value = values[field]
        if value and value not in ev:
            _need(out, ev, field, (value,), label)


def _person(fact: m.PersonDecl, ev: str, _: NamesOf, out: Missing) -> None:
    if fact.name and fact.name not in ev:
        _need(out, ev, "name", (fact.name, *fact.aliases), "the person's name")
    if fact.role not in ev:
        _need(out, ev, "role", (fact.role, *fact.role_aliases), "the role")


def _result(result: m.ResultDecl, ev: str, names_of: NamesOf, out: Missing) -> None:
    _need_name(out, ev, "organisation", names_of(result.organisation), "the organisation")
    if result.rank_label and result.rank_label not in ev:
        _need(out, ev, "rank_label", (result.rank_label,), "the rank as written")
    if result.category_as_written:
        if result.category_as_written not in ev:
            _need(out, ev, "category_as_written", (result.category_as_written,), "the category")
    elif result.category and result.category not in ev:
        _need(out, ev, "category", (result.category,), "the category")
    if result.group and result.group not in ev:
        _need(out, ev, "group", (result.group,), "the group")
    if result.status_detail and result.status_detail not in ev:
        _need(out, ev, "status_detail", (result.status_detail,), "the status detail")


def _representative(fact: m.Representative, ev: str, names_of: NamesOf, out: Missing) -> None:
    _need_name(out, ev, "person", names_of(fact.person), "the person")


def _quote(fact: m.Quote, ev: str, _: NamesOf, out: Missing) -> None:
    if fact.text not in ev:
        _need(out, ev, "text", (fact.text,), "the quoted words")


def _note(fact: m.Note, ev: str, _: NamesOf, out: Missing) -> None:
    _need(out, ev, "keywords", tuple(fact.keywords), "one of the keywords")


def _need_name(missing: Missing, excerpts: str, field: str, names: tuple[str, ...],
               label: str) -> None:
    """`_need` for an entity's names (usually its first name is written as it is)."""
    if not names or names[0] not in excerpts:
        _need(missing, excerpts, field, names, label)


_BY_KIND: dict[type, Callable[[Any, str, NamesOf, Missing], None]] = {
    m.AwardDecl: _named, m.OrganisationDecl: _named, m.Abbreviation: _abbreviation,
    m.Theme: _theme, m.Organiser: _organiser, m.EditionDecl: _edition,
    m.EditionNumber: _edition_number, m.Event: _event, m.PersonDecl: _person,
    m.ResultDecl: _result, m.Representative: _representative, m.Quote: _quote, m.Note: _note,
}


Problems = list[tuple[str, str]]


def consistency_problems(fact: m.Fact) -> Problems:
    """Values that contradict each other within one fact: (field, message)."""
    problems: Problems = []
    rules = _CONSISTENCY.get(type(fact))
    if rules is not None:
        rules(fact, problems)
    return problems


def _event_consistency(fact: m.Event, out: Problems) -> None:
    if fact.date and fact.weekday:
        actual = m.WEEKDAYS[fact.date.weekday()]
        if actual != fact.weekday:
            out.append(("weekday", f"{fact.weekday} does not match {fact.date}, which is a "
                        f"{actual}"))


def _result_consistency(fact: m.ResultDecl, out: Problems) -> None:
    if fact.rank is None:
        return
    if fact.rank_label is None:
        out.append(("rank_label",
                    'is missing: quote how the source writes the rank, e.g. "Terbaik III"'))
    elif fact.rank_label:
        stated = rank_from_label(fact.rank_label)
        if stated is None:
            out.append(("rank_label", f'"{fact.rank_label}" does not state a rank number'))
        elif stated != fact.rank:
            out.append(("rank", f'is {fact.rank}, but the label "{fact.rank_label}" says '
                        f"{stated}"))


def _edition_number_consistency(fact: m.EditionNumber, out: Problems) -> None:
    stated = next(
        (n for w in fact.label.replace("-", " - ").split()
         if (n := number_from_word(w)) is not None), None,
    )
    compact = number_from_word(fact.label.replace(" ", ""))
    stated = compact if compact is not None else stated
    if stated != fact.number:
        out.append(("number", f'is {fact.number}, but the label "{fact.label}" says {stated}'))


_CONSISTENCY: dict[type, Callable[[Any, Problems], None]] = {
    m.Event: _event_consistency, m.ResultDecl: _result_consistency,
    m.EditionNumber: _edition_number_consistency,
}
