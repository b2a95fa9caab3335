"""Questions the bot can answer, for "Mungkin maksud Anda: …" and for clarifying."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.catalogue import award_short, edition_label
from knowledge.base import KnowledgeBase

EDITION_QUESTIONS = {
    "who_won": "Siapa juara {edition}?",
    "event_date": "Kapan {edition} digelar?",
    "event_place": "Di mana {edition} digelar?",
    "representative": "Siapa yang menerima {edition}?",
    "theme": "Apa tema {edition}?",
    "organiser": "Siapa penyelenggara {edition}?",
    "edition_number": "{edition} penyelenggaraan keberapa?",
    "nominations": "Apa saja nominasi {edition}?",
}
MAX_SUGGESTIONS = 3
GENERAL_POOL = 60  # questions compared when a question names nothing the bot knows


def edition_question(kb: KnowledgeBase, intent: str, edition_id: str) -> str:
    template = EDITION_QUESTIONS.get(intent, EDITION_QUESTIONS["who_won"])
    return template.format(edition=edition_label(kb, kb.editions[edition_id]))


class Suggester:
    """Answerable questions built from the knowledge base, each tagged with what it is about."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.questions: list[tuple[str, frozenset[str]]] = []
        self._by_tag: dict[str, list[str]] = {}
        for edition in sorted(kb.editions.values(), key=lambda e: (-e.year, e.award)):
            tags = frozenset({edition.id, edition.award, str(edition.year)})
            if kb.results_by_edition.get(edition.id):
                self._add(edition_question(kb, "who_won", edition.id), tags)
            if edition.events:
                self._add(edition_question(kb, "event_date", edition.id), tags)
                self._add(edition_question(kb, "event_place", edition.id), tags)
            if edition.theme:
                self._add(edition_question(kb, "theme", edition.id), tags)
        for org_id in sorted({r.organisation for r in kb.results}):
            org = kb.organisations[org_id]
            short = min([org.name, *org.aliases], key=len)
            editions = {r.edition_id for r in kb.results_by_organisation.get(org_id, ())
                        if r.edition_id}
            self._add(f"Penghargaan apa yang diraih {short}?",
                      frozenset({org_id, *kb.organisation_family(org_id), *editions}))
        for person in kb.people.values():
            if person.name:
                self._add(f"Siapa {person.name}?", frozenset({person.id}))
        for award in kb.awards.values():
            if award.abbreviations:
                self._add(f"{award_short(award)} singkatan dari apa?", frozenset({award.id}))
            if award.definition:
                self._add(f"Apa itu {award_short(award)}?", frozenset({award.id}))

    def _add(self, question: str, tags: frozenset[str]) -> None:
        self.questions.append((question, tags))
        for tag in tags:
            self._by_tag.setdefault(tag, []).append(question)

    def suggest(self, text: str, about: set[str], limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to `limit` questions: those about the same things first, then the closest."""
        tagged = list(dict.fromkeys(q for tag in about for q in self._by_tag.get(tag, ())))
        pool = tagged or [q for q, _ in self.questions[:GENERAL_POOL]]
        ranked = process.extract(text, pool, scorer=fuzz.token_set_ratio, limit=limit)
        return [question for question, _, _ in ranked]
