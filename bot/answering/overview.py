"""Summaries ("rangkum berita AMH 2023", "ceritain bengkulu di top gpr 2021"): what the
sources tell of an edition, or of an organisation at it, in a few lines built from its facts."""

from __future__ import annotations

from bot.answering.details import organiser_of
from bot.answering.phrases import (
    event_and_label,
    join_items,
    org_name,
    person_text,
    place_text,
    rank_text,
    result_line,
    scope_text,
    when_text,
)
from bot.answering.query import Answer, Query, find_editions, no_data
from bot.catalogue import award_label, edition_label, known_editions
from bot.reply import Status
from bot.slots import focus_on
from knowledge import models as m
from knowledge.base import KnowledgeBase

MAX_EDITIONS = 3  # summed up in one answer; the rest are named
MAX_RESULTS = 6  # result lines of one edition


def overview(kb: KnowledgeBase, query: Query) -> Answer:
    editions, missing = find_editions(kb, query)
    if missing:
        return no_data(missing)
    organisation = query.slots.get("organisation")
    if organisation and editions and not _on_record(kb, editions, organisation):
        # "ada info AMH 2023 buat pemprov bengkulu?": nothing of it there to sum up
        return no_data(f"Sumber tidak mencatat {org_name(kb, organisation)} di "
                       f"{', '.join(edition_label(kb, e) for e in editions)}. Yang tercatat: "
                       f"{known_editions(kb)}.", focus_on(organisation=organisation))
    if not editions:
        if organisation or query.slots.get("person") or query.slots.get("place"):
            subject = org_name(kb, organisation) if organisation else "itu"
            return no_data(f"Sumber tidak mencatat penghargaan untuk {subject}. Yang tercatat: "
                           f"{known_editions(kb)}.")
        editions = list(kb.editions.values())
    editions = sorted(editions, key=lambda e: (-e.year, e.award))
    answer = Answer(Status.ANSWERED, "")
    parts = [_edition_summary(kb, edition, organisation, answer)
             for edition in editions[:MAX_EDITIONS]]
    if len(editions) > MAX_EDITIONS:
        rest = editions[MAX_EDITIONS:]
        named = ", ".join(edition_label(kb, e) for e in rest[:MAX_RESULTS])
        more = f", dan {len(rest) - MAX_RESULTS} edisi lainnya" if len(rest) > MAX_RESULTS else ""
        parts.append(f"Juga tercatat: {named}{more}.")
    answer.text = "\n\n".join(parts)
    first = editions[0]
    answer.focus = focus_on(award=first.award, year=first.year, edition=first.id,
                            organisation=organisation)
    return answer


def _edition_summary(kb: KnowledgeBase, edition: m.EditionDecl, organisation: str | None,
                     answer: Answer) -> str:
    """The edition's event, then its results (the organisation's first, with the others of
    its group or category), who received or attended, and a note of the organisation's."""
    label = edition_label(kb, edition)
    lines = [_head_line(kb, edition, answer), _event_line(edition, label, answer)]
    family = set(kb.organisation_family(organisation)) if organisation else set()
    results = kb.results_by_edition.get(edition.id, ())
    own = [r for r in results if r.organisation in family]
    if own:
        answer.cite(*own)
        name = org_name(kb, organisation or own[0].organisation)
        lines.append(f"{name} meraih " + "; ".join(
            result_line(kb, r, with_org=False) for r in own) + ".")
        beside = [r for r in results if r not in own
                  and any(scope_text(r) == scope_text(o) for o in own)]
        if beside:
            answer.cite(*beside)
            lines.append("Di " + scope_text(own[0]) + " itu juga: " + join_items([
                f"{org_name(kb, r.organisation)} ({rank_text(r) or 'pemenang'})"
                for r in beside]) + ".")
    elif organisation:
        lines.append(f"Sumber tidak mencatat hasil {org_name(kb, organisation)} di {label}.")
    elif results:
        answer.cite(*results[:MAX_RESULTS])
        more = len(results) - MAX_RESULTS
        lines.append("Hasil yang tercatat:\n" + "\n".join(
            f"• {result_line(kb, r)}" for r in results[:MAX_RESULTS])
            + (f"\n• … dan {more} hasil lainnya" if more > 0 else ""))
    reps = [r for r in kb.representatives_by_edition.get(edition.id, ())
            if not family or r.organisation in family]
    for rep in reps:
        answer.cite(rep)
        verb = "Diterima oleh" if rep.action == "received" else "Diikuti oleh"
        whose = f" untuk {org_name(kb, rep.organisation)}" if rep.organisation \
            and not family else ""
        lines.append(f"{verb} {person_text(kb, kb.people[rep.person])}{whose}.")
    notes = [n for n in kb.notes_by_subject.get(edition.id, ())
             if organisation is None or organisation in n.about]
    if notes and family:
        answer.cite(notes[0])
        lines.append(notes[0].text)
    return "\n".join(line for line in lines if line)


def _on_record(kb: KnowledgeBase, editions: list[m.EditionDecl], organisation: str) -> bool:
    """Whether the organisation's own results or representatives are at the editions (not
    query.organisation_editions, which also counts the office of a person who stood for
    another: Jaduliwan's dinas, for Pemprov Bengkulu at TOP GPR 2021)."""
    family = set(kb.organisation_family(organisation))
    return any(r.organisation in family for e in editions
               for r in kb.results_by_edition.get(e.id, ())) \
        or any(r.organisation in family for e in editions
               for r in kb.representatives_by_edition.get(e.id, ()))


def _head_line(kb: KnowledgeBase, edition: m.EditionDecl, answer: Answer) -> str:
    """'Anugerah Media Humas (AMH) 2023, penyelenggaraan ke-16, diselenggarakan oleh
    Kementerian Kominfo, bertema “…”.' — nothing when the record has none of these."""
    parts = [f"{award_label(kb.awards[edition.award])} {edition.year}"]
    if edition.number:
        answer.cite(edition.number)
        parts.append(f"penyelenggaraan {edition.number.label}")
    organiser = organiser_of(kb, edition)
    if organiser:
        answer.cite(organiser)
        parts.append(f"diselenggarakan oleh {org_name(kb, organiser.organisation)}")
    if edition.theme:
        answer.cite(edition.theme)
        parts.append(f"bertema “{edition.theme.text}”")
    return ", ".join(parts) + "." if len(parts) > 1 else ""  # (the event line names it)


def _event_line(edition: m.EditionDecl, label: str, answer: Answer) -> str:
    if not edition.events:
        return f"{label}:"
    event = edition.events[0]
    answer.cite(event)
    verb = "diumumkan" if event.kind == "announcement" else "digelar"
    when = f" {when_text(event)}" if event.date else ""
    place = f" {where}" if (where := place_text(event)) else ""
    return f"{event_and_label(event, label)} {verb}{place}{',' if place and when else ''}" \
           f"{when}."
