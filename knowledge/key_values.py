"""What each kind of fact must show in its evidence: the key values (names, ranks, dates)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from knowledge import models as m
from knowledge.ranks import number_from_word, rank_from_label
from knowledge.sources import date_spellings, folded_text, mentions_date


class Requirement(NamedTuple):
    """A key value the evidence must show: one of `spellings` (or, for a date, the date in
    any usual writing); `label` is what the message calls it."""

    field: str
    spellings: tuple[str, ...]
    label: str
    date: dt.date | None = None

    def met(self, excerpts: str) -> bool:
        """Whether the evidence shows it. A spelling found as written is found; otherwise it
        is looked for with case and runs of white space ignored (`comparable`)."""
        if self.date is not None:
            return mentions_date(excerpts, self.date)
        spellings = self.spellings
        if any(s in excerpts for s in spellings):
            return True
        folded = folded_text(excerpts)
        return any(folded_text(s) in folded for s in spellings)


NamesOf = Callable[[str], tuple[str, ...]]


def requirements(fact: m.Fact, names_of: NamesOf) -> Iterable[Requirement]:
    """Key values of `fact` that its evidence must contain. `names_of(id)` gives an entity's
    name and aliases (empty for an unknown id; references are checked elsewhere)."""
    kind = _BY_KIND.get(type(fact))
    return kind(fact, names_of) if kind else ()


def _named(fact: m.AwardDecl | m.OrganisationDecl, _: NamesOf) -> Iterator[Requirement]:
    yield Requirement("name", (fact.name, *fact.aliases), "its name or an alias")


def _abbreviation(fact: m.Abbreviation, _: NamesOf) -> Iterator[Requirement]:
    yield Requirement("short", (fact.short,), "the abbreviation")
    yield Requirement("long", (fact.long,), "the full name")


def _theme(fact: m.Theme, _: NamesOf) -> Iterator[Requirement]:
    yield Requirement("text", (fact.text,), "the theme")


def _organiser(fact: m.Organiser, names_of: NamesOf) -> Iterator[Requirement]:
    yield Requirement("organisation", names_of(fact.organisation), "the organiser")


def _edition(fact: m.EditionDecl, names_of: NamesOf) -> Iterator[Requirement]:
    yield Requirement("year", (str(fact.year),), "the year")
    yield Requirement("award", names_of(fact.award), "the award's name or an alias")


def _edition_number(fact: m.EditionNumber, _: NamesOf) -> Iterator[Requirement]:
    yield Requirement("label", (fact.label,), "the edition label")


def _event(event: m.Event, _: NamesOf) -> Iterator[Requirement]:
    if event.date:
        date = event.date
        yield Requirement("date", date_spellings(date), "the date", date)
    for field in ("weekday", "name", "venue", "city", "province", "time_of_day", "time"):
        value = getattr(event, field)
        if value:
            yield Requirement(field, (value,), f"the {field.replace('_', ' ')}")


def _person(fact: m.PersonDecl, _: NamesOf) -> Iterator[Requirement]:
    if fact.name:
        yield Requirement("name", (fact.name, *fact.aliases), "the person's name")
    yield Requirement("role", (fact.role, *fact.role_aliases), "the role")


def _result(result: m.ResultDecl, names_of: NamesOf) -> list[Requirement]:
    needs = [Requirement("organisation", names_of(result.organisation), "the organisation")]
    if result.rank_label:
        needs.append(Requirement("rank_label", (result.rank_label,), "the rank as written"))
    category = result.category_as_written or result.category
    if category:
        field = "category_as_written" if result.category_as_written else "category"
        needs.append(Requirement(field, (category,), "the category"))
    if result.group:
        needs.append(Requirement("group", (result.group,), "the group"))
    if result.status_detail:
        needs.append(Requirement("status_detail", (result.status_detail,), "the status detail"))
    return needs


def _representative(fact: m.Representative, names_of: NamesOf) -> Iterator[Requirement]:
    yield Requirement("person", names_of(fact.person), "the person")


def _quote(fact: m.Quote, _: NamesOf) -> Iterator[Requirement]:
    yield Requirement("text", (fact.text,), "the quoted words")


def _note(fact: m.Note, _: NamesOf) -> Iterator[Requirement]:
    yield Requirement("keywords", tuple(fact.keywords), "one of the keywords")


_BY_KIND: dict[type, Callable[[Any, NamesOf], Iterable[Requirement]]] = {
    m.AwardDecl: _named, m.OrganisationDecl: _named, m.Abbreviation: _abbreviation,
    m.Theme: _theme, m.Organiser: _organiser, m.EditionDecl: _edition,
    m.EditionNumber: _edition_number, m.Event: _event, m.PersonDecl: _person,
    m.ResultDecl: _result, m.Representative: _representative, m.Quote: _quote, m.Note: _note,
}


def consistency_problems(fact: m.Fact) -> Iterable[tuple[str, str]]:
    """Values that contradict each other within one fact: (field, message)."""
    kind = _CONSISTENCY.get(type(fact))
    return kind(fact) if kind else ()


def _event_consistency(fact: m.Event) -> Iterator[tuple[str, str]]:
    if fact.date and fact.weekday:
        actual = m.WEEKDAYS[fact.date.weekday()]
        if actual != fact.weekday:
            yield "weekday", f"{fact.weekday} does not match {fact.date}, which is a {actual}"


def _result_consistency(fact: m.ResultDecl) -> Iterator[tuple[str, str]]:
    if fact.rank is not None and fact.rank_label is None:
        yield "rank_label", 'is missing: quote how the source writes the rank, e.g. "Terbaik III"'
    if fact.rank is not None and fact.rank_label:
        stated = rank_from_label(fact.rank_label)
        if stated is None:
            yield "rank_label", f'"{fact.rank_label}" does not state a rank number'
        elif stated != fact.rank:
            yield "rank", f'is {fact.rank}, but the label "{fact.rank_label}" says {stated}'


def _edition_number_consistency(fact: m.EditionNumber) -> Iterator[tuple[str, str]]:
    stated = next(
        (n for w in fact.label.replace("-", " - ").split()
         if (n := number_from_word(w)) is not None), None,
    )
    compact = number_from_word(fact.label.replace(" ", ""))
    stated = compact if compact is not None else stated
    if stated != fact.number:
        yield "number", f'is {fact.number}, but the label "{fact.label}" says {stated}'


_CONSISTENCY: dict[type, Callable[[Any], Iterator[tuple[str, str]]]] = {
    m.Event: _event_consistency, m.ResultDecl: _result_consistency,
    m.EditionNumber: _edition_number_consistency,
}
