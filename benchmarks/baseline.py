"""The naive FAQ-bot baseline: one canonical question per fact, answered by whole-sentence
fuzzy matching (rapidfuzz `process.extractOne`, WRatio) with a score cutoff.

Built from the same KnowledgeBase as the engine. Each canonical question names what its fact
is about (organisation, rank, award, year, category …), and its answer holds what a right
reply must show (name, rank label, date, venue …), so when the match is right the answer
passes the same checks as the engine's. Choices are preprocessed once, as a tuned FAQ bot
would; only the question is processed per call.
"""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz, process, utils

from bot.answering.phrases import place_text, rank_text
from bot.catalogue import award_short
from bot.reply import Reply, Status
from knowledge.base import KnowledgeBase
from knowledge.sources import indonesian_date

DEFAULT_CUTOFF = 90.0
ABSTAIN = "Maaf, saya tidak menemukan jawabannya."


def _short(org_names: list[str]) -> str:
    return min(org_names, key=len)


def canonical_questions(kb: KnowledgeBase) -> Iterator[tuple[str, str]]:
    """(question, answer) for every fact in the knowledge base."""
    for result in kb.results:
        edition = kb.edition_of(result)
        if edition is None:
            continue
        label = f"{award_short(kb.awards[edition.award])} {edition.year}"
        org = kb.organisations[result.organisation]
        alias = _short([org.name, *org.aliases])
        scope = " ".join(x for x in (result.category, result.group) if x)
        if result.status == "winner":
            rank = rank_text(result) or "pemenang"
            yield (f"{alias} {rank} {label} {scope}",
                   f"{org.name}: {rank} {scope} — {label}.")
        else:
            detail = f" ({result.status_detail})" if result.status_detail else ""
            yield (f"{alias} nominasi {label} {scope}",
                   f"{org.name}: nominasi{detail} {scope} — {label}.")
    for edition in kb.editions.values():
        label = f"{award_short(kb.awards[edition.award])} {edition.year}"
        for event in edition.events[:1]:
            if event.date:
                when = f"{event.weekday + ', ' if event.weekday else ''}" \
                       f"{indonesian_date(event.date)}"
                yield f"kapan {label} digelar", f"{label} digelar {when}."
            place = place_text(event)
            if place:
                yield f"dimana {label} digelar", f"{label} digelar {place}."
        if edition.theme:
            yield f"apa tema {label}", f"Tema {label}: {edition.theme.text}."
        if edition.organiser:
            organiser = kb.organisations[edition.organiser.organisation].name
            yield f"siapa penyelenggara {label}", f"{label} diselenggarakan oleh {organiser}."
        if edition.number:
            yield (f"{label} penyelenggaraan keberapa",
                   f"{label} adalah penyelenggaraan {edition.number.label}.")
    for rep in kb.representatives:
        edition = kb.edition_of(rep)
        person = kb.people[rep.person]
        if edition is None:
            continue
        label = f"{award_short(kb.awards[edition.award])} {edition.year}"
        org = kb.organisations[rep.organisation] if rep.organisation else None
        whose = f" untuk {_short([org.name, *org.aliases])}" if org else ""
        yield (f"siapa yang menerima {label}{whose}",
               f"{label}{' untuk ' + org.name if org else ''}: {person.name or person.role} "
               f"({person.role}).")
    for person in kb.people.values():
        org = kb.organisations[person.organisation] if person.organisation else None
        where = f" {_short([org.name, *org.aliases])}" if org else ""
        yield (f"siapa {person.role}{where} {person.name or ''}".strip(),
               f"{person.name or 'Namanya tidak disebut'}: {person.role}"
               f"{', ' + org.name if org else ''}.")
    for award in kb.awards.values():
        for abbreviation in award.abbreviations:
            yield (f"{abbreviation.short} singkatan dari apa",
                   f"{abbreviation.short} adalah singkatan dari {abbreviation.long}.")
        if award.definition:
            yield f"apa itu {award.name}", f"{award.name}: {award.definition.text}"
        if award.eligibility:
            yield (f"{award.name} diberikan kepada siapa",
                   f"{award.name} diberikan kepada {award.eligibility.text}")
    for quote in kb.quotes:
        speaker = kb.people[quote.speaker]
        yield f"apa kata {speaker.name or speaker.role}", f"{speaker.name}: “{quote.text}”"
    for note in kb.notes:
        yield f"{note.topic} {' '.join(note.keywords[:4])}", note.text


class NaiveBaseline:
    """extractOne over the canonical questions; below the cutoff it abstains."""

    def __init__(self, kb: KnowledgeBase, cutoff: float = DEFAULT_CUTOFF) -> None:
        self.cutoff = cutoff
        self.entries = list(canonical_questions(kb))
        self.choices = [utils.default_process(question) for question, _ in self.entries]

    def ask(self, text: str) -> Reply:
        best = process.extractOne(utils.default_process(text), self.choices,
                                  scorer=fuzz.WRatio, processor=None, score_cutoff=self.cutoff)
        if best is None:
            return Reply(question=text, status=Status.NOT_UNDERSTOOD, text=ABSTAIN)
        answer = self.entries[best[2]][1]
        return Reply(question=text, status=Status.ANSWERED, text=answer, confidence=best[1] / 100)
