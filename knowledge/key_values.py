"""What each kind of fact must show in its evidence: the key values (names, ranks, dates)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from knowledge import models as m
from knowledge.ranks import number_from_word, rank_from_label
from knowledge.sources import contains, date_spellings, mentions_date

# (field, test of the evidence, spellings shown in the message, what the message calls it)
Requirement = tuple[str, Callable[[str], bool], tuple[str, ...], str]
NamesOf = Callable[[str], tuple[str, ...]]


def requirements(fact: m.Fact, names_of: NamesOf) -> Iterator[Requirement]:
    """Key values of `fact` that its evidence must contain. `names_of(id)` gives an entity's
    name and aliases (empty for an unknown id; references are checked elsewhere)."""
    if isinstance(fact, m.AwardDecl | m.OrganisationDecl):
        yield _text("name", (fact.name, *fact.aliases), "its name or an alias")
    elif isinstance(fact, m.Abbreviation):
        yield _text("short", (fact.short,), "the abbreviation")
        yield _text("long", (fact.long,), "the full name")
    elif isinstance(fact, m.Theme):
        yield _text("text", (fact.text,), "the theme")
    elif isinstance(fact, m.Organiser):
        yield _text("organisation", names_of(fact.organisation), "the organiser")
    elif isinstance(fact, m.EditionDecl):
        yield _text("year", (str(fact.year),), "the year")
        yield _text("award", names_of(fact.award), "the award's name or an alias")
    elif isinstance(fact, m.EditionNumber):
        yield _text("label", (fact.label,), "the edition label")
    elif isinstance(fact, m.Event):
        yield from _event(fact)
    elif isinstance(fact, m.PersonDecl):
        if fact.name:
            yield _text("name", (fact.name, *fact.aliases), "the person's name")
        yield _text("role", (fact.role, *fact.role_aliases), "the role")
    elif isinstance(fact, m.ResultDecl):
        yield from _result(fact, names_of)
    elif isinstance(fact, m.Representative):
        yield _text("person", names_of(fact.person), "the person")
    elif isinstance(fact, m.Quote):
        yield _text("text", (fact.text,), "the quoted words")
    elif isinstance(fact, m.Note):
        yield _text("keywords", tuple(fact.keywords), "one of the keywords")


def _text(field: str, spellings: tuple[str, ...], label: str) -> Requirement:
    """One of the spellings must occur in the evidence."""
    return field, lambda text: any(contains(text, s) for s in spellings), spellings, label


def _event(event: m.Event) -> Iterator[Requirement]:
    if event.date:
        date = event.date
        yield "date", lambda text: mentions_date(text, date), date_spellings(date), "the date"
    for field in ("weekday", "name", "venue", "city", "province", "time_of_day", "time"):
        value = getattr(event, field)
        if value:
            yield _text(field, (value,), f"the {field.replace('_', ' ')}")


def _result(result: m.ResultDecl, names_of: NamesOf) -> Iterator[Requirement]:
    yield _text("organisation", names_of(result.organisation), "the organisation")
    if result.rank_label:
        yield _text("rank_label", (result.rank_label,), "the rank as written")
    category = result.category_as_written or result.category
    if category:
        field = "category_as_written" if result.category_as_written else "category"
        yield _text(field, (category,), "the category")
    if result.group:
        yield _text("group", (result.group,), "the group")
    if result.status_detail:
        yield _text("status_detail", (result.status_detail,), "the status detail")


def consistency_problems(fact: m.Fact) -> Iterator[tuple[str, str]]:
    """Values that contradict each other within one fact: (field, message)."""
    if isinstance(fact, m.Event) and fact.date and fact.weekday:
        actual = m.WEEKDAYS[fact.date.weekday()]
        if actual != fact.weekday:
            yield "weekday", f"{fact.weekday} does not match {fact.date}, which is a {actual}"
    if isinstance(fact, m.ResultDecl) and fact.rank is not None and fact.rank_label is None:
        yield "rank_label", 'is missing: quote how the source writes the rank, e.g. "Terbaik III"'
    if isinstance(fact, m.ResultDecl) and fact.rank is not None and fact.rank_label:
        stated = rank_from_label(fact.rank_label)
        if stated is None:
            yield "rank_label", f'"{fact.rank_label}" does not state a rank number'
        elif stated != fact.rank:
            yield "rank", f'is {fact.rank}, but the label "{fact.rank_label}" says {stated}'
    if isinstance(fact, m.EditionNumber):
        stated = next(
            (n for w in fact.label.replace("-", " - ").split()
             if (n := number_from_word(w)) is not None), None,
        )
        compact = number_from_word(fact.label.replace(" ", ""))
        stated = compact if compact is not None else stated
        if stated != fact.number:
            yield "number", f'is {fact.number}, but the label "{fact.label}" says {stated}'
