"""What the bot knows, in words: award and edition labels, the catalogue, sources, examples."""

from __future__ import annotations

from knowledge import models as m
from knowledge.base import KnowledgeBase
from knowledge.sources import Source


def award_short(award: m.AwardDecl) -> str:
    """The name people use: the abbreviation when there is one (AMH, TOP GPR)."""
    return award.abbreviations[0].short if award.abbreviations else award.name


def award_label(award: m.AwardDecl) -> str:
    """Anugerah Media Humas (AMH); TOP GPR Award."""
    short = award_short(award)
    return award.name if short.casefold() in award.name.casefold() else f"{award.name} ({short})"


def edition_label(kb: KnowledgeBase, edition: m.EditionDecl) -> str:
    """AMH 2023; TOP GPR 2021."""
    return f"{award_short(kb.awards[edition.award])} {edition.year}"


def known_editions(kb: KnowledgeBase, award: str | None = None, limit: int = 6) -> str:
    """'AMH 2023, TOP GPR 2021' — the editions on record (of one award if given), the newest
    `limit` of them when there are more."""
    editions = list(kb.editions_by_award.get(award, ()) if award else kb.editions.values())
    if len(editions) > limit:
        newest = sorted(editions, key=lambda e: (-e.year, e.award))[:limit]
        shown = ", ".join(edition_label(kb, e) for e in newest)
        return f"{shown}, dan {len(editions) - limit} edisi lainnya"
    return ", ".join(edition_label(kb, e) for e in sorted(editions,
                                                          key=lambda e: (e.award, e.year)))


def source_line(source: Source) -> str:
    """“Title”, publisher, date — the one line a reply cites."""
    parts = [f"“{source.title}”"]
    if source.publisher:
        parts.append(source.publisher)
    return ", ".join(parts)


def awards_catalogue(kb: KnowledgeBase, year: int | None = None, limit: int = 30) -> list[str]:
    """One line per award: its name and the editions on record (optionally one year only);
    at most `limit` awards, then a line saying how many more."""
    lines = []
    for award_id, editions in sorted(kb.editions_by_award.items()):
        years = [e.year for e in editions if year is None or e.year == year]
        if years:
            listed = ", ".join(str(y) for y in years)
            lines.append(f"{award_label(kb.awards[award_id])}: {listed}")
    if len(lines) > limit:
        lines = [*lines[:limit], f"… dan {len(lines) - limit} penghargaan lainnya"]
    return lines


def sources_catalogue(kb: KnowledgeBase) -> list[str]:
    """One line per source article."""
    lines = []
    for source in sorted(kb.sources.values(), key=lambda s: (s.date is None, s.date, s.id)):
        when = f" ({source.date.isoformat()})" if source.date else ""
        lines.append(f"{source_line(source)}{when}")
    return lines


def example_questions(kb: KnowledgeBase, limit: int = 3) -> list[str]:
    """Questions the bot can answer, built from the knowledge base (newest editions first)."""
    questions: list[str] = []
    editions = sorted(kb.editions.values(), key=lambda e: (-e.year, e.award))
    for edition in editions[: limit * 3]:  # enough to pick `limit` varied examples
        label = edition_label(kb, edition)
        results = kb.results_by_edition.get(edition.id, ())
        if results:
            questions.append(f"Siapa pemenang {label}?")
        if edition.events:
            questions.append(f"Kapan {label} diumumkan?")
        for result in results[:1]:
            org = kb.organisations[result.organisation]
            short = min(org.aliases, key=len) if org.aliases else org.name
            questions.append(f"Penghargaan apa yang diraih {short}?")
    seen = list(dict.fromkeys(questions))
    # interleave kinds so the first few examples differ
    by_kind: dict[str, list[str]] = {}
    for question in seen:
        by_kind.setdefault(question.split()[0], []).append(question)
    mixed: list[str] = []
    while any(by_kind.values()) and len(mixed) < limit:
        for group in by_kind.values():
            if group and len(mixed) < limit:
                mixed.append(group.pop(0))
    return mixed
