"""What the answering layer gets (a Query) and gives back (an Answer), and edition lookup."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.catalogue import award_short, known_editions
from bot.reply import Status
from bot.slots import Focus, Slots
from knowledge import models as m
from knowledge.base import KnowledgeBase


@dataclass(frozen=True)
class Query:
    """An interpreted question: its intent, its slots, and the free words around them."""

    intent: str
    slots: Slots
    words: frozenset[str] = frozenset()


@dataclass
class Answer:
    """The answering layer's result, before it becomes a Reply."""

    status: Status
    text: str
    sources: list[str] = field(default_factory=list)
    focus: Focus = field(default_factory=Focus)
    suggestions: list[str] = field(default_factory=list)

    def cite(self, *facts: m.Fact) -> Answer:
        for fact in facts:
            if fact.source_id and fact.source_id not in self.sources:
                self.sources.append(fact.source_id)
        return self


def no_data(text: str, focus: Focus | None = None) -> Answer:
    return Answer(Status.NO_DATA, text, focus=focus or {})


def missing_edition(kb: KnowledgeBase, award: str | None, year: int | None,
                    number: int | None) -> str:
    """'TOP GPR 2022 belum ada datanya; yang tercatat: TOP GPR 2021.'"""
    if award:
        name = award_short(kb.awards[award])
        held = [e.number.number for e in kb.editions_by_award.get(award, ())
                if e.year == year and e.number]
        if number and len(held) == 1:
            # "AMH ke-17 tahun 2023": that year's edition is on record, with another number
            return f"{name} {year} adalah penyelenggaraan ke-{held[0]}, bukan ke-{number}."
        asked = " ".join(x for x in (name, f"ke-{number}" if number else "",
                                     str(year) if year else "") if x)
        return f"{asked} belum ada datanya. Yang tercatat: {known_editions(kb, award)}."
    return (f"Belum ada data penghargaan tahun {year}. "
            f"Yang tercatat: {known_editions(kb)}.")


def organisation_editions(kb: KnowledgeBase, organisation: str) -> set[str]:
    found: set[str | None] = set()
    for org in kb.organisation_family(organisation):
        found |= {r.edition_id for r in kb.results_by_organisation.get(org, ())}
        found |= {r.edition_id for r in kb.representatives_by_organisation.get(org, ())}
    return {e for e in found if e}


def person_editions(kb: KnowledgeBase, person: str) -> set[str]:
    found = {r.edition_id for r in kb.representatives_by_person.get(person, ())}
    found |= {q.edition_id for q in kb.quotes_by_speaker.get(person, ())}
    return {e for e in found if e}


def place_editions(kb: KnowledgeBase, place: str) -> set[str]:
    return {edition.id for edition in kb.editions_by_place.get(place, ())}


def find_editions(kb: KnowledgeBase, query: Query, *, use_subjects: bool = True
                  ) -> tuple[list[m.EditionDecl], str | None]:
    """The editions a query points at, or a no-data message when it names one not on record.
    An empty list with no message means the query names no edition at all."""
    edition_id, award = query.slots.get("edition"), query.slots.get("award")
    year, number = query.slots.get("year"), query.slots.get("number")
    if edition_id:
        return [kb.editions[edition_id]], None
    editions: list[m.EditionDecl] | None = None
    if award:
        editions = list(kb.editions_by_award.get(award, ()))
    elif year:
        editions = list(kb.editions_by_year.get(year, ()))
    elif number:  # "yg ke-16 itu dimana?": the editions of that number, when any is on record
        editions = [e for e in kb.editions.values()
                    if e.number and e.number.number == number] or None
    if editions is not None:
        if year:
            editions = [e for e in editions if e.year == year]
        if number:
            editions = [e for e in editions if e.number and e.number.number == number]
        if not editions:
            return [], missing_edition(kb, award, year, number)
    if not use_subjects:
        return editions or [], None
    narrowing = []
    if organisation := query.slots.get("organisation"):
        narrowing.append(organisation_editions(kb, organisation))
    if person := query.slots.get("person"):
        narrowing.append(person_editions(kb, person))
    if place := query.slots.get("place"):
        narrowing.append(place_editions(kb, place))
    if editions is None and isinstance(category := query.slots.get("category"), str):
        # "yg dapet nominasi kategori majalah internal pemkot mana": the category's editions
        narrowing.append({r.edition_id for r in kb.results
                          if r.category == category and r.edition_id})
    for allowed in narrowing:
        if editions is None:
            narrowed = sorted((kb.editions[e] for e in allowed), key=lambda e: (e.award, e.year))
        else:
            narrowed = [e for e in editions if e.id in allowed]
        if narrowed or editions is None:
            editions = narrowed
    return editions or [], None
