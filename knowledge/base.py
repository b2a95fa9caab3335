"""The KnowledgeBase: verified facts, immutable, with the indexes the answering layer uses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TypeVar

from knowledge import models as m
from knowledge.review import UnderReview
from knowledge.sources import Source, folded_text

T = TypeVar("T", bound=m.Fact)
K = TypeVar("K")


@dataclass(frozen=True)
class Name:
    """A name people may use for something the knowledge base knows."""

    text: str
    kind: str  # award | organisation | person | role | category | group | place | topic
    target: str  # id of the thing (for role/category/group/place/topic: its canonical text)


def _frozen(mapping: Mapping[K, list[T]]) -> Mapping[K, tuple[T, ...]]:
    return MappingProxyType({key: tuple(values) for key, values in mapping.items()})


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything the fact files state, verified against their sources."""

    sources: Mapping[str, Source]
    awards: Mapping[str, m.AwardDecl]
    editions: Mapping[str, m.EditionDecl]
    organisations: Mapping[str, m.OrganisationDecl]
    people: Mapping[str, m.PersonDecl]
    results: tuple[m.ResultDecl, ...]
    representatives: tuple[m.Representative, ...]
    quotes: tuple[m.Quote, ...]
    notes: tuple[m.Note, ...]
    files: tuple[str, ...]
    editions_by_award: Mapping[str, tuple[m.EditionDecl, ...]]
    editions_by_year: Mapping[int, tuple[m.EditionDecl, ...]]
    results_by_edition: Mapping[str, tuple[m.ResultDecl, ...]]
    results_by_organisation: Mapping[str, tuple[m.ResultDecl, ...]]
    results_by_category: Mapping[str, tuple[m.ResultDecl, ...]]
    representatives_by_edition: Mapping[str, tuple[m.Representative, ...]]
    representatives_by_person: Mapping[str, tuple[m.Representative, ...]]
    representatives_by_organisation: Mapping[str, tuple[m.Representative, ...]]
    editions_by_place: Mapping[str, tuple[m.EditionDecl, ...]]
    people_by_role: Mapping[str, tuple[m.PersonDecl, ...]]
    people_by_organisation: Mapping[str, tuple[m.PersonDecl, ...]]
    quotes_by_speaker: Mapping[str, tuple[m.Quote, ...]]
    notes_by_subject: Mapping[str, tuple[m.Note, ...]]  # by `about` and by its file's edition
    children: Mapping[str, tuple[m.OrganisationDecl, ...]]
    # facts marked `review: true`, left out of everything above (knowledge/review.py)
    under_review: tuple[UnderReview, ...] = ()

    # --- lookups -------------------------------------------------------------------------

    def edition(self, award: str, year: int) -> m.EditionDecl | None:
        return self.editions.get(f"{award}-{year}")

    def edition_of(self, fact: m.Fact) -> m.EditionDecl | None:
        return self.editions.get(fact.edition_id or "")

    def source_of(self, fact: m.Fact) -> Source:
        return self.sources[fact.source_id or ""]

    def organisation_family(self, organisation: str) -> tuple[str, ...]:
        """The organisation and every unit under it (Pemkot Bandung → its Diskominfo …)."""
        found, queue = [organisation], [organisation]
        while queue:
            for child in self.children.get(queue.pop(), ()):
                if child.id not in found:
                    found.append(child.id)
                    queue.append(child.id)
        return tuple(found)

    def ancestors(self, organisation: str | None) -> set[str]:
        """The organisation and its parents up the line (a dinas's city government)."""
        found: set[str] = set()
        while organisation and organisation not in found and organisation in self.organisations:
            found.add(organisation)
            organisation = self.organisations[organisation].parent
        return found

    def names(self) -> Iterable[Name]:
        """Every name, alias, role, category, group, place and topic word, for entity linking."""
        for award in self.awards.values():
            for text in (award.name, *award.aliases, *(a.short for a in award.abbreviations),
                         *(a.long for a in award.abbreviations)):
                yield Name(text, "award", award.id)
        for org in self.organisations.values():
            for text in (org.name, *org.aliases):
                yield Name(text, "organisation", org.id)
        for person in self.people.values():
            for alias in (person.name, *person.aliases):
                if alias:
                    yield Name(alias, "person", person.id)
            for text in (person.role, *person.role_aliases):
                yield Name(text, "role", person.role)
        for result in self.results:
            for written in (result.category, result.category_as_written):
                if written and result.category:
                    yield Name(written, "category", result.category)
            if result.group:
                yield Name(result.group, "group", result.group)
        for edition in self.editions.values():
            for event in edition.events:
                for place in (event.venue, event.city, event.province):
                    if place:
                        yield Name(place, "place", place)
        for note in self.notes:
            for keyword in note.keywords:
                yield Name(keyword, "topic", keyword)

    def counts(self) -> dict[str, int]:
        return {
            "files": len(self.files), "sources": len(self.sources), "awards": len(self.awards),
            "editions": len(self.editions), "organisations": len(self.organisations),
            "people": len(self.people), "results": len(self.results),
            "representatives": len(self.representatives), "quotes": len(self.quotes),
            "notes": len(self.notes),
        }


def build_knowledge_base(
    sources: Mapping[str, Source], files: Iterable[tuple[m.FactFile, str]]
) -> KnowledgeBase:
    """Assemble verified fact files into a KnowledgeBase. The loader has checked them and
    told each fact its file's default source and edition (`models.FILE_SOURCE`, `EDITION`)."""
    awards, editions, organisations, people = {}, {}, {}, {}
    results: list[m.ResultDecl] = []
    representatives: list[m.Representative] = []
    quotes: list[m.Quote] = []
    notes: list[m.Note] = []
    names: list[str] = []
    by_edition: defaultdict[str, list[m.ResultDecl]] = defaultdict(list)
    for model, display in files:
        names.append(display)
        for award in model.awards:
            awards[award.id] = award
        for org in model.organisations:
            organisations[org.id] = org
        for person in model.people:
            people[person.id] = person
        if model.edition is not None:
            editions[model.edition.id] = model.edition
            if model.results:  # a file's results are its edition's
                by_edition[model.edition.id] += model.results
        results += model.results
        representatives += model.representatives
        quotes += model.quotes
        notes += model.notes

    by_award: defaultdict[str, list[m.EditionDecl]] = defaultdict(list)
    by_year: defaultdict[int, list[m.EditionDecl]] = defaultdict(list)
    for edition in sorted(editions.values(), key=lambda e: (e.award, e.year)):
        by_award[edition.award].append(edition)
        by_year[edition.year].append(edition)
    by_org: defaultdict[str, list[m.ResultDecl]] = defaultdict(list)
    by_category: defaultdict[str, list[m.ResultDecl]] = defaultdict(list)
    for result in results:
        by_org[result.organisation].append(result)
        if result.category:
            by_category[folded_text(result.category)].append(result)
    reps_by_edition: defaultdict[str, list[m.Representative]] = defaultdict(list)
    reps_by_person: defaultdict[str, list[m.Representative]] = defaultdict(list)
    reps_by_org: defaultdict[str, list[m.Representative]] = defaultdict(list)
    for rep in representatives:
        if rep.edition_id is not None:  # always: a file with representatives has an edition
            reps_by_edition[rep.edition_id].append(rep)
        reps_by_person[rep.person].append(rep)
        for owner in {rep.organisation, people[rep.person].organisation}:
            if owner is not None:
                reps_by_org[owner].append(rep)
    by_place: defaultdict[str, list[m.EditionDecl]] = defaultdict(list)
    for edition in editions.values():
        places = {p for e in edition.events for p in (e.venue, e.city, e.province) if p}
        for place in places:
            by_place[place].append(edition)
    by_role: defaultdict[str, list[m.PersonDecl]] = defaultdict(list)
    people_by_org: defaultdict[str, list[m.PersonDecl]] = defaultdict(list)
    for person in people.values():
        by_role[person.role].append(person)
        if person.organisation:
            people_by_org[person.organisation].append(person)
    quotes_by_speaker: defaultdict[str, list[m.Quote]] = defaultdict(list)
    for quote in quotes:
        quotes_by_speaker[quote.speaker].append(quote)
    notes_by_subject: defaultdict[str, list[m.Note]] = defaultdict(list)
    for note in notes:  # (a note is about its file's edition too)
        for subject in dict.fromkeys((*note.about, note.edition_id)):
            if subject:
                notes_by_subject[subject].append(note)
    children: defaultdict[str, list[m.OrganisationDecl]] = defaultdict(list)
    for org in organisations.values():
        if org.parent:
            children[org.parent].append(org)

    return KnowledgeBase(
        sources=MappingProxyType(dict(sources)),
        awards=MappingProxyType(awards),
        editions=MappingProxyType(editions),
        organisations=MappingProxyType(organisations),
        people=MappingProxyType(people),
        results=tuple(results),
        representatives=tuple(representatives),
        quotes=tuple(quotes),
        notes=tuple(notes),
        files=tuple(names),
        editions_by_award=_frozen(by_award),
        editions_by_year=_frozen(by_year),
        results_by_edition=_frozen(by_edition),
        results_by_organisation=_frozen(by_org),
        results_by_category=_frozen(by_category),
        representatives_by_edition=_frozen(reps_by_edition),
        representatives_by_person=_frozen(reps_by_person),
        representatives_by_organisation=_frozen(reps_by_org),
        editions_by_place=_frozen(by_place),
        people_by_role=_frozen(by_role),
        people_by_organisation=_frozen(people_by_org),
        quotes_by_speaker=_frozen(quotes_by_speaker),
        notes_by_subject=_frozen(notes_by_subject),
        children=_frozen(children),
    )
