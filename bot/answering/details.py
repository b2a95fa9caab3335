"""Answers about an edition's details, awards, people, quotes, the catalogue and notes."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from typing import Any

from bot.answering.phrases import (
    NO,
    event_and_label,
    event_name,
    join_items,
    org_name,
    person_text,
    place_text,
    result_line,
    role_in,
    role_text,
    when_text,
)
from bot.answering.query import (
    Answer,
    Query,
    find_editions,
    missing_edition,
    no_data,
    organisation_editions,
)
from bot.answering.suggest import edition_question
from bot.catalogue import (
    award_label,
    award_short,
    awards_catalogue,
    edition_label,
    known_editions,
)
from bot.reply import Status
from bot.slots import Focus, focus_on, without
from bot.understanding.entities import holds_run
from bot.understanding.normalise import normalise
from bot.understanding.vocabulary import (
    CREDIT_WORDS,
    DEFINING_WORDS,
    FILLERS,
    HOW_MANY_WORDS,
    JOURNALIST_WORDS,
    PARTS_OF_DAY,
    RECEIVING_WORDS,
    SAYING_WORDS,
    SHORTFALL_WORDS,
    TELLING_WORDS,
    TEXT_NOUNS,
)
from knowledge import models as m
from knowledge.base import KnowledgeBase
from knowledge.sources import Source, indonesian_date

VENUE_WORDS = frozenset({"hotel", "gedung", "venue"})
CLOCK_WORDS = frozenset({"jam", "pukul"})


def one_edition(kb: KnowledgeBase, query: Query) -> m.EditionDecl | Answer:
    """The single edition a query points at, or the answer explaining why there is none."""
    editions, missing = find_editions(kb, query)
    if missing:
        return no_data(missing)
    if len(editions) == 1:
        return editions[0]
    if editions and len({e.award for e in editions}) == 1:
        # a year-less question about an award with several editions: the most recent one
        # (the engine says which others exist)
        return max(editions, key=lambda e: e.year)
    pool = editions or islice(kb.editions.values(), 3)
    answer = Answer(Status.NOT_UNDERSTOOD, "Penghargaan yang mana yang Anda maksud?")
    answer.suggestions = [edition_question(kb, query.intent, e.id) for e in pool][:3]
    return answer


def _edition_answer(edition: m.EditionDecl, text: str, *facts: m.Fact,
                    organisation: str | None = None, person: str | None = None) -> Answer:
    answer = Answer(Status.ANSWERED, text).cite(*facts)
    answer.focus = focus_on(award=edition.award, year=edition.year, edition=edition.id,
                            organisation=organisation, person=person)
    return answer


def _edition_focus(edition: m.EditionDecl) -> Focus:
    return focus_on(award=edition.award, year=edition.year, edition=edition.id)


def _event(edition: m.EditionDecl) -> m.Event | None:
    return edition.events[0] if edition.events else None


def _received_nothing(kb: KnowledgeBase, query: Query, edition: m.EditionDecl
                      ) -> Answer | None:
    """"kapan bandung nerima top gpr award?": when or where an organisation received an
    award it has no result in, not the event's date or place."""
    organisation = query.slots.get("organisation")
    if not organisation or not query.words & (RECEIVING_WORDS | {"raih", "dapat", "menang"}):
        return None
    related = set(kb.organisation_family(str(organisation))) | kb.ancestors(str(organisation))
    if any(r.organisation in related for r in kb.results_by_edition.get(edition.id, ())):
        return None  # (a dinas receives for its city)
    name = kb.organisations[str(organisation)].name
    return no_data(f"Sumber tidak mencatat penghargaan {edition_label(kb, edition)} untuk "
                   f"{name}.", _edition_focus(edition))


def event_date(kb: KnowledgeBase, query: Query) -> Answer:
    edition = one_edition(kb, query)
    if isinstance(edition, Answer):
        return edition
    if (nothing := _received_nothing(kb, query, edition)) is not None:
        return nothing
    label, event = edition_label(kb, edition), _event(edition)
    if event is None or event.date is None:
        return no_data(f"Sumber tidak menyebut tanggal {label}.", focus_on(edition=edition.id))
    name = event_name(event, label)
    # "jam brp? pagi siang atau sore?": the part of the day on record answers the choice
    offered = query.words & PARTS_OF_DAY
    chose_part = len(offered) > 1 and event.time_of_day in offered
    # "jam brp? pagi?": not in the morning — the part of the day on record corrects it
    wrong_part = bool(offered) and bool(event.time_of_day) \
        and event.time_of_day not in offered
    clock_unsaid = bool(query.words & CLOCK_WORDS) and not event.time
    if clock_unsaid and not chose_part and not wrong_part:
        return no_data(f"Sumber tidak menyebut jam {name}. Yang tercatat: {when_text(event)}.",
                       _edition_focus(edition))
    verb = "diumumkan dalam" if event.kind == "announcement" else "digelar pada"
    named = f"{label} {verb} {name}" if event.name else f"{label} {verb.split()[0]}"
    place = place_text(event)
    unsaid = " Jam pastinya tidak disebut sumber." if clock_unsaid else ""
    return _edition_answer(edition, (NO if wrong_part and unsaid else "") + f"{named}, "
                           f"{when_text(event)}{' ' + place if place else ''}." + unsaid,
                           event, organisation=query.slots.get("organisation"))


def event_place(kb: KnowledgeBase, query: Query) -> Answer:
    edition = one_edition(kb, query)
    if isinstance(edition, Answer):
        return edition
    if (nothing := _received_nothing(kb, query, edition)) is not None:
        return nothing
    label, event = edition_label(kb, edition), _event(edition)
    if event is None or not (event.venue or event.city or event.virtual):
        return no_data(f"Sumber tidak menyebut tempat {label}.", focus_on(edition=edition.id))
    asked = [("gedung/hotel", event.venue) if query.words & VENUE_WORDS else None,
             ("kota", event.city) if "kota" in query.words else None,
             ("provinsi", event.province) if "provinsi" in query.words else None]
    for what, value in filter(None, asked):
        if not value and event.virtual and what == "gedung/hotel":
            # "digelar tatap muka di gedung, kan?": no — it was held online; and "di hotel
            # mana?" is answered by the same: online, the building not named
            return _edition_answer(edition, f"{event_and_label(event, label)} digelar "
                                   f"{place_text(event)}; sumber tidak menyebut {what}.", event)
        if not value:
            return no_data(f"Sumber tidak menyebut {what} tempat {label}. Yang tercatat: "
                           f"acara digelar {place_text(event)}.", _edition_focus(edition))
    verb = "diumumkan" if event.kind == "announcement" else "digelar"
    return _edition_answer(edition, f"{event_and_label(event, label)} {verb} "
                           f"{place_text(event)}, {when_text(event)}.", event)


def representative(kb: KnowledgeBase, query: Query) -> Answer:
    edition = one_edition(kb, query)
    if isinstance(edition, Answer):
        return edition
    label = edition_label(kb, edition)
    organisation = query.slots.get("organisation")
    family = set(kb.organisation_family(organisation)) if organisation else None
    reps = [r for r in kb.representatives_by_edition.get(edition.id, ())
            if family is None or r.organisation in family]
    if not reps:
        whose = f" untuk {org_name(kb, organisation)}" if organisation else ""
        return no_data(f"Sumber tidak menyebut siapa yang menerima atau mewakili{whose} "
                       f"di {label}.", focus_on(edition=edition.id, organisation=organisation))
    lines, event = [], _event(edition)
    for rep in reps:
        who = person_text(kb, kb.people[rep.person])
        for_org = f" untuk {org_name(kb, rep.organisation)}" if rep.organisation else ""
        at = f" pada {event.name}" if event and event.name else ""
        if event and query.slots.get("place"):  # "diterimanya di surabaya kan?": where, too
            at += f" {place_text(event)}"
        if rep.action == "received":
            lines.append(f"Penghargaan {label}{for_org} diterima langsung oleh {who}{at}.")
        else:  # how it was attended is part of who attended it ("dia ikut secara virtual?")
            how = " secara virtual" if event and event.virtual else ""
            mewakili = f", mewakili {org_name(kb, rep.organisation)}" if rep.organisation else ""
            lines.append(f"{event_and_label(event, label)} diikuti{how} "
                         f"oleh {who}{mewakili}.")
    shown = bool(query.slots.get("place")) or (event is not None and event.virtual and any(
        r.action != "received" for r in reps))  # (where it was told, or how it was attended)
    attended = [event] if event and shown else []
    return _edition_answer(edition, "\n".join(lines), *reps, *attended,
                           person=reps[0].person, organisation=reps[0].organisation)


def _edition_detail(kb: KnowledgeBase, query: Query, detail: str,
                    field: Callable[[m.EditionDecl], m.Fact | None],
                    sentence: Callable[[str, Any], str]) -> Answer:
    """One field of one edition, or 'the source doesn't say its <detail>'."""
    edition = one_edition(kb, query)
    if isinstance(edition, Answer):
        return edition
    label, fact = edition_label(kb, edition), field(edition)
    if fact is None:
        return no_data(f"Sumber tidak menyebut {detail} {label}.", _edition_focus(edition))
    return _edition_answer(edition, sentence(label, fact), fact)


MEANING_WORDS = frozenset({"arti", "maksud", "makna"})  # of a theme: not the theme


def theme(kb: KnowledgeBase, query: Query) -> Answer:
    answer = _edition_detail(kb, query, "tema", lambda e: e.theme,
                             lambda label, fact: f"Tema {label}: “{fact.text}”.")
    if answer.status == Status.ANSWERED and query.words & MEANING_WORDS:
        # "maksud dari tema itu apa?": what it means, which no source explains
        answer.status = Status.NO_DATA
        answer.text = f"Sumber tidak menjelaskan makna temanya. {answer.text}"
    return answer


def organiser(kb: KnowledgeBase, query: Query) -> Answer:
    editions, missing = find_editions(kb, query)
    if missing:
        return no_data(missing)
    if not editions:
        found = one_edition(kb, query)  # with no edition named: which one is meant
        if isinstance(found, Answer):
            return found
        editions = [found]
    for edition in editions:
        fact = organiser_of(kb, edition)
        if fact:
            label = edition_label(kb, edition)
            return _edition_answer(
                edition, f"{label} diselenggarakan oleh {org_name(kb, fact.organisation)}.", fact)
    labels = join_items([edition_label(kb, e) for e in editions])
    first = editions[0]
    return no_data(f"Sumber tidak menyebut penyelenggara {labels}.", _edition_focus(first))


def organiser_of(kb: KnowledgeBase, edition: m.EditionDecl) -> m.Organiser | None:
    """Who held the edition: its own record, or its award's."""
    return edition.organiser or kb.awards[edition.award].organiser


def edition_number(kb: KnowledgeBase, query: Query) -> Answer:
    asked = query.slots.get("number")
    if asked is not None and (query.slots.get("year") or query.slots.get("edition")):
        # "AMH 2023 itu yang ke-15 kan?": the year names the edition, the number is checked
        named = Query(query.intent, without(query.slots, ("number",)), query.words)
        found = one_edition(kb, named)
        if not isinstance(found, Answer) and found.number is not None:
            verdict = "Ya — " if found.number.number == asked else "Tidak — "
            return _edition_answer(found, f"{verdict}{edition_label(kb, found)} adalah "
                                          f"penyelenggaraan {found.number.label}.", found.number)
    return _edition_detail(kb, query, "nomor penyelenggaraan", lambda e: e.number,
                           lambda label, fact: f"{label} adalah penyelenggaraan {fact.label}.")


def categories(kb: KnowledgeBase, query: Query) -> Answer:
    """The categories an edition's results name ("apa saja kategori AMH 2023?"): those the
    sources mention, said to be no full list."""
    found = one_edition(kb, query)
    if isinstance(found, Answer):
        return found
    results = [r for r in kb.results_by_edition.get(found.id, ()) if r.category]
    names = list(dict.fromkeys(r.category for r in results if r.category))
    label = edition_label(kb, found)
    if not names:  # (the groups its ranks are given in, where the sources name them)
        groups = list(dict.fromkeys(r.group for r in kb.results_by_edition.get(found.id, ())
                                    if r.group))
        grouped = f" Peringkatnya tercatat dalam kelompok {join_items(groups)}." if groups \
            else ""
        return no_data(f"Sumber tidak menyebut kategori {label}.{grouped}",
                       _edition_focus(found))
    if query.words & HOW_MANY_WORDS:  # "total kategori AMH 2023 ada berapa?": no full list
        return no_data(f"Sumber tidak menyebut jumlah kategori {label}. Yang disebut: "
                       f"{join_items(names)}.", _edition_focus(found))
    return _edition_answer(found, f"Kategori {label} yang disebut sumber: "
                           f"{join_items(names)}. Sumber tidak memuat daftar lengkapnya.",
                           *results)


_WHEN_WORDS = frozenset({"kapan", "tanggal"})
# what publishes an article: which one it is not ("dimuat di media mana?")
_OUTLET_NOUNS = frozenset({"media", "portal", "situs", "koran", "website", "web"})


def source(kb: KnowledgeBase, query: Query) -> Answer:
    """The article an edition's facts come from ("beritanya dimuat di media apa?"): its
    publisher and title; 'no data' when the article does not name its publisher. Asked for
    its title ("judulnya apa?"), the headline."""
    found = one_edition(kb, query)
    organisation = query.slots.get("organisation")
    if isinstance(found, m.EditionDecl) and organisation and not query.slots.get("edition") \
            and len(own := organisation_editions(kb, organisation)) == 1 \
            and found.id not in own:  # "kalau berita Bengkulu?" after the AMH article: its own
        found = kb.editions[next(iter(own))]
    if isinstance(found, Answer):
        return found
    facts = (found, *kb.results_by_edition.get(found.id, ()),
             *kb.representatives_by_edition.get(found.id, ()),
             *(q for q in kb.quotes if q.edition_id == found.id))
    ids = dict.fromkeys(f.source_id for f in facts if f.source_id)
    articles = [kb.sources[i] for i in ids if i in kb.sources]
    label = edition_label(kb, found)
    # (a word a note's author made a keyword, "wartawan", is a topic, not a free word)
    asked = query.words | {w for t in query.slots.get("topics") or () for w in normalise(t)}
    if asked & (CREDIT_WORDS | JOURNALIST_WORDS) or (
            "siapa" in asked and asked & {"tulis", "sumber"}):
        # "berita AMH itu yang nulis siapa?", "wartawannya siapa?", "bersumber dari siapa?"
        return _credit(found, articles, label, journalist=bool(asked & JOURNALIST_WORDS))
    if "judul" in query.words and (category := query.slots.get("category")):
        return no_data(f"Sumber tidak menyebut judul untuk kategori {category}.",
                       _edition_focus(found))  # "judul kampanyenya?": not the article's
    which_article = "mana" in query.words and bool(query.words & (TEXT_NOUNS - {"sumber"})) \
        and not query.words & ({"sumber"} | _OUTLET_NOUNS)  # "infonya dari artikel yang mana?"
    if ("judul" in query.words or which_article) and articles:
        # "judul beritanya apa?": the headline
        answer = _edition_answer(found, f"Judul berita tentang {label}: " + join_items(
            [f"“{a.title}”" + (f" ({a.publisher})" if a.publisher else "")
             for a in articles]) + ".")
        answer.sources = [a.id for a in articles]
        return answer
    if query.words & _WHEN_WORDS:  # "beritanya terbit kapan?": the article's date
        dated = [a for a in articles if a.date and a.date_kind == "published"]
        if not dated:
            titles = join_items([f"“{a.title}”" for a in articles]) or "sumbernya"
            return no_data(f"Sumber tidak menyebut tanggal terbit artikel tentang {label} "
                           f"({titles}).", _edition_focus(found))
        answer = _edition_answer(found, f"Berita tentang {label} terbit " + "; ".join(
            f"{indonesian_date(a.date)} (“{a.title}”)" for a in dated if a.date) + ".")
        answer.sources = [a.id for a in dated]
        return answer
    named = [a for a in articles if a.publisher]
    if not named:
        titles = join_items([f"“{a.title}”" for a in articles]) or "sumbernya"
        return no_data(f"Artikel tentang {label} ({titles}) tidak menyebut media yang "
                       "memuatnya.", _edition_focus(found))
    lines = [f"{a.publisher}: “{a.title}”" + (
        f", {indonesian_date(a.date)}" if a.date and a.date_kind == "published" else "")
        for a in named]
    answer = _edition_answer(found, f"Berita tentang {label} dimuat oleh " + "; ".join(lines)
                             + ".")
    answer.sources = [a.id for a in named]
    return answer


def _credit(edition: m.EditionDecl, articles: list[Source], label: str, *,
            journalist: bool = False) -> Answer:
    """The credit line under the title of an edition's articles (a writer, an office or a
    photo credit: the article does not say which); 'no data' when none is recorded, or when
    a journalist's name is asked (with the line, which names none)."""
    credited = [a for a in articles if a.credit]
    lines = "; ".join(
        f"Di bawah judul berita tentang {label}" + (f" di {a.publisher}" if a.publisher else "")
        + f" tertulis: {a.credit}" for a in credited)
    if journalist:
        return no_data(f"Sumber tidak menyebut nama wartawan yang menulis berita tentang "
                       f"{label}." + (f" {lines}." if lines else ""), _edition_focus(edition))
    if not credited:
        titles = join_items([f"“{a.title}”" for a in articles]) or "sumbernya"
        return no_data(f"Artikel tentang {label} ({titles}) tidak mencantumkan penulis atau "
                       "kredit di bawah judulnya.", _edition_focus(edition))
    answer = _edition_answer(edition, lines + ".")
    answer.sources = [a.id for a in credited]
    return answer


def _award(kb: KnowledgeBase, query: Query) -> m.AwardDecl | None:
    if award := query.slots.get("award"):
        return kb.awards[award]
    if edition := query.slots.get("edition"):
        return kb.awards[kb.editions[edition].award]
    return None


def _award_answer(award: m.AwardDecl, text: str, fact: m.Fact) -> Answer:
    answer = Answer(Status.ANSWERED, text).cite(fact)
    answer.focus = focus_on(award=award.id)
    return answer


def award_definition(kb: KnowledgeBase, query: Query) -> Answer:
    category = query.slots.get("category")
    if category and query.words - set(normalise(category)) <= DEFINING_WORDS | FILLERS | {
            "kategori", "di", "kan"}:
        # "majalah internal tuh maksudnya apa?": the category, not the award (but not "… yg
        # dinilai apanya", what its entries were judged on)
        return _category_named(kb, category)
    award = _award(kb, query)
    number = query.slots.get("number")
    if award is not None and number is not None:
        # "maksudnya 'AMH ke-16' itu apa?": the award, and which of its editions that is
        answer = award_definition(kb, Query(query.intent, without(query.slots, ("number",)),
                                            query.words))
        held = [e for e in kb.editions_by_award.get(award.id, ())
                if e.number and e.number.number == number]
        if not held or not held[0].number:  # "AMH ke-15 itu apa?": not on record
            return no_data(missing_edition(kb, award.id, None, number), answer.focus)
        answer.text += (f"\n{award_short(award)} ke-{number} adalah penyelenggaraan tahun "
                        f"{held[0].year} ({edition_label(kb, held[0])}).")
        return answer.cite(held[0].number)
    if award is not None and award.definition is None and award.abbreviations \
            and "apa" in query.words and query.words <= DEFINING_WORDS | FILLERS:
        return _award_named(kb, award)  # "AMH itu apa?" — and nothing more asked of it
    if award is None or award.definition is None:
        name = award_label(award) if award else "penghargaan itu"
        return no_data(f"Sumber tidak menjelaskan apa itu {name}. Yang tercatat: "
                       f"{known_editions(kb, award.id if award else None)}.",
                       focus_on(award=award.id if award else None))
    answer = _award_answer(award, f"{award_label(award)}: {award.definition.text}",
                           award.definition)
    if award.eligibility is not None:  # whom it is given to belongs to what it is
        answer.text += f"\nDiberikan kepada {award.eligibility.text}"
        answer.cite(award.eligibility)
    return answer


def _category_named(kb: KnowledgeBase, category: str) -> Answer:
    """What a category is, as far as the sources tell: its name as written, and the award
    it is a category of."""
    held = [r for r in kb.results if r.category == category]
    if not held:
        return no_data(f"Sumber tidak menjelaskan kategori {category}.")
    labels = join_items(list(dict.fromkeys(
        edition_label(kb, kb.editions[r.edition_id]) for r in held if r.edition_id)))
    answer = Answer(Status.ANSWERED, f"{category} adalah salah satu kategori {labels}; sumber "
                    "tidak menjelaskannya lebih jauh.").cite(held[0])
    answer.focus = focus_on(edition=held[0].edition_id)
    return answer


def _award_named(kb: KnowledgeBase, award: m.AwardDecl) -> Answer:
    """'AMH itu apa?' when the sources define it nowhere: what its name and the record say
    (its full name, who holds it), and that no definition is given."""
    first = award.abbreviations[0]
    held = next((f for e in kb.editions_by_award.get(award.id, ())
                 if (f := organiser_of(kb, e))), None)
    by = f", penghargaan yang diselenggarakan oleh {org_name(kb, held.organisation)}" \
        if held else ""
    answer = _award_answer(award, f"{first.short} adalah singkatan dari {first.long}{by}. "
                                  f"Sumber tidak memuat penjelasan lebih lanjut tentangnya.",
                           first)
    return answer.cite(held) if held else answer


_SPELLED_OUT = re.compile(r"^(?P<long>[^()]+?)\s*\((?P<short>[^()\s]+)\)")


def _organisation_abbreviation(kb: KnowledgeBase, organisation: str) -> Answer:
    """An organisation's abbreviation as its name on record spells it out ("Dinas Komunikasi
    dan Informatika (Diskominfo) Kota Bandung"); 'no data' when none does."""
    org = kb.organisations[organisation]
    for alias in (org.name, *org.aliases):
        if found := _SPELLED_OUT.match(alias):
            answer = Answer(Status.ANSWERED, f"{found['short']} adalah singkatan dari "
                                             f"{found['long']} (“{alias}”).").cite(org)
            answer.focus = focus_on(organisation=org.id)
            return answer
    return no_data(f"Sumber tidak menguraikan singkatan dalam nama {org.name}.",
                   focus_on(organisation=org.id))


def award_abbreviation(kb: KnowledgeBase, query: Query) -> Answer:
    organisation = query.slots.get("organisation")
    if organisation and not query.slots.get("award") and not query.slots.get("edition"):
        return _organisation_abbreviation(kb, organisation)
    award = _award(kb, query)
    if award is None or not award.abbreviations:
        return no_data("Sumber tidak menyebut kepanjangannya.",
                       focus_on(award=award.id if award else None))
    first = award.abbreviations[0]
    return _award_answer(award, f"{first.short} adalah singkatan dari {first.long}.", first)


def award_eligibility(kb: KnowledgeBase, query: Query) -> Answer:
    award = _award(kb, query)
    if award is not None and award.definition is not None and "bagaimana" in query.words:
        # "diberikan ke instansi yang bagaimana?": what kind, which its definition tells (with
        # whom it is given to)
        return award_definition(kb, query)
    if award is None or award.eligibility is None:
        name = award_label(award) if award else "penghargaan itu"
        return no_data(f"Sumber tidak menyebut untuk siapa {name} diberikan.",
                       focus_on(award=award.id if award else None))
    return _award_answer(award, f"{award_label(award)} diberikan kepada "
                                f"{award.eligibility.text}", award.eligibility)


def _person(kb: KnowledgeBase, query: Query) -> m.PersonDecl | None:
    if person := query.slots.get("person"):
        return kb.people[person]
    holders = role_holders(kb, query)
    return holders[0] if len(holders) == 1 else None


def person_quote(kb: KnowledgeBase, query: Query) -> Answer:
    person = _person(kb, query)
    if person is None and not query.slots.get("role") \
            and (speakers := _speakers_of(kb, query.slots.get("organisation"))):
        # "kalau quote dari pihak bandung?": the words of those who speak for it
        answers = [person_quote(kb, Query(query.intent, {**query.slots, "person": s.id},
                                          query.words)) for s in speakers]
        said = [a for a in answers if a.status == Status.ANSWERED]
        if len(said) == 1 or not said:
            return (said or answers)[0]
        answer = Answer(Status.ANSWERED, "\n".join(a.text for a in said))
        answer.sources = list(dict.fromkeys(s for a in said for s in a.sources))
        return answer
    if person is None:
        return no_data("Sumber tidak mencatat ucapan orang itu.")
    quotes = kb.quotes_by_speaker.get(person.id, ())
    who = person.name or person.role
    if not quotes:
        return no_data(f"Sumber tidak mencatat ucapan {who}.", focus_on(person=person.id))
    editions, _ = find_editions(kb, query, use_subjects=False)
    if editions:  # "Darto bilang apa soal TOP GPR?": he spoke of AMH only
        named = {e.id for e in editions}
        quotes = tuple(q for q in quotes if (e := kb.edition_of(q)) and e.id in named)
        if not quotes:
            return no_data(f"Sumber tidak mencatat ucapan {who} tentang "
                           f"{', '.join(edition_label(kb, e) for e in editions)}.",
                           focus_on(person=person.id))
    year = query.slots.get("year")
    if isinstance(year, int) and not editions and not any(
            (e := kb.edition_of(q)) and e.year == year for q in quotes):
        # "kutipan Rohidin tentang target kehumasan tahun 2022?": he spoke in 2021 only
        return no_data(f"Sumber tidak mencatat ucapan {who} tahun {year}.",
                       focus_on(person=person.id))
    if (topic := _spoken_of(kb, person, query)) is not None \
            and not any(_mentions(q.text, topic[1]) for q in quotes):
        # "Rohidin ngomong apa tentang DKI Jakarta?": none of his words are about it
        return no_data(f"Sumber tidak mencatat ucapan {who} tentang {topic[0]}.",
                       focus_on(person=person.id))
    lines = [f"{who}{' (' + q.occasion + ')' if q.occasion else ''}: “{q.text}”"
             for q in quotes[:3]]
    answer = Answer(Status.ANSWERED, "\n".join(lines)).cite(*quotes[:3])
    spoken = {e.id: e for q in quotes[:3] if (e := kb.edition_of(q))}
    answer.focus = focus_on(organisation=person.organisation, person=person.id)
    if len(spoken) == 1:  # "terus apresiasi ke siapa?" goes on about that edition
        answer.focus |= _edition_focus(next(iter(spoken.values())))
    return answer


def _speakers_of(kb: KnowledgeBase, organisation: str | None) -> list[m.PersonDecl]:
    """The people on record who speak for an organisation, or for a unit of it."""
    if not organisation:
        return []
    return [p for p in kb.people.values() if p.id in kb.quotes_by_speaker
            and organisation in kb.ancestors(p.organisation)]


def _spoken_of(kb: KnowledgeBase, person: m.PersonDecl, query: Query
               ) -> tuple[str, tuple[str, ...]] | None:
    """What a question about what someone said asks it about, with its names: an
    organisation not his own (nor above or under it), a place, a category."""
    other = query.slots.get("organisation")
    if isinstance(other, str) and other in kb.organisations \
            and not kb.ancestors(other) & kb.ancestors(person.organisation):
        # (not his own government, nor a unit of it)
        org = kb.organisations[other]
        return org.name, (org.name, *org.aliases)
    for slot, label in (("place", "{}"), ("category", "kategori {}")):
        if isinstance(named := query.slots.get(slot), str):
            return label.format(named), (named,)
    return None


def _mentions(text: str, names: tuple[str, ...]) -> bool:
    """Whether a text holds any of the names."""
    words = tuple(normalise(text))
    return any(holds_run(words, tuple(normalise(name))) for name in names if normalise(name))


MAX_SAID = 4  # lines of what someone said: their quotes, then what the sources report


def with_reported(kb: KnowledgeBase, query: Query, answer: Answer) -> Answer:
    """A person's quotes, and after them what the sources report they said, within the
    editions asked ("kata Jaduliwan Diskominfotik ngapain aja?": "Menurut Jaduliwan, …")."""
    person = _person(kb, query)
    if person is None or answer.status != Status.ANSWERED:
        return answer
    editions, _ = find_editions(kb, query, use_subjects=False)
    named = {e.id for e in editions}
    told = [n for n in _reported(kb, person) if not named or n.edition_id in named]
    told = told[:max(0, MAX_SAID - len(answer.text.splitlines()))]
    if told:
        answer.text = "\n".join([answer.text, *(n.text for n in told)])
        answer.cite(*told)
    return answer


def _reported(kb: KnowledgeBase, person: m.PersonDecl) -> list[m.Note]:
    """The notes that report what the person said: "Menurut Darto, …", "Darto menyebut …"."""
    name = normalise(person.name or "")
    size = len(name)
    return [n for n in kb.notes_by_subject.get(person.id, ()) if name and (
        (words := normalise(n.text))[:size + 1] == ["menurut", *name]
        or (words[:size] == name and words[size:size + 1] and words[size] in SAYING_WORDS))]


def person_info(kb: KnowledgeBase, query: Query) -> Answer:
    person = _person(kb, query)
    if person is None or not person.name:
        return no_data("Sumber tidak menyebut nama orang itu.")
    if short := _only_short_name(person, query):
        return short
    as_of = f" (per {indonesian_date(person.as_of)})" if person.as_of else ""
    lines, facts = taking_part(kb, person, "Ia")
    lines.insert(0, f"{person.name} adalah {role_text(kb, person)}{as_of}.")
    answer = Answer(Status.ANSWERED, "\n".join(lines)).cite(person, *facts)
    answer.focus = focus_on(organisation=person.organisation, person=person.id)
    return answer


def taking_part(kb: KnowledgeBase, person: m.PersonDecl, subject: str
                ) -> tuple[list[str], list[m.Fact]]:
    """The ceremonies the person received an award at or attended, a line each beginning
    with `subject` ("Ia menerima penghargaan AMH 2023 untuk …: Terbaik III …"), and the
    facts they come from."""
    lines: list[str] = []
    facts: list[m.Fact] = []
    for rep in kb.representatives_by_person.get(person.id, ()):
        edition = kb.edition_of(rep)
        if edition is None:  # never: the loader gives every representative its edition
            continue
        verb = "menerima penghargaan" if rep.action == "received" else "mengikuti acara"
        for_org = f" untuk {org_name(kb, rep.organisation)}" if rep.organisation else ""
        won = _won_there(kb, rep, edition) if rep.action == "received" else None
        what = f": {result_line(kb, won, with_org=False)}" if won else ""
        lines.append(f"{subject} {verb} {edition_label(kb, edition)}{for_org}{what}.")
        facts.extend((rep, won) if won else (rep,))
    return lines, facts


def _won_there(kb: KnowledgeBase, rep: m.Representative, edition: m.EditionDecl
               ) -> m.ResultDecl | None:
    """The award a representative received: the one win of the organisation at the edition
    ("Penghargaan tersebut diterima langsung oleh … Darto"); None when it won several (which
    one he received the record does not say) or none."""
    won = [r for r in kb.results_by_edition.get(edition.id, ())
           if r.organisation == rep.organisation and r.status == "winner"]
    return won[0] if len(won) == 1 else None


def _only_short_name(person: m.PersonDecl, query: Query) -> Answer | None:
    """'nama lengkap Darto?' when the sources give one word of his name: no data, not the
    same one word as if it were the full name."""
    if "lengkap" in query.words and "jabat" not in query.words and person.name \
            and len(person.name.split()) == 1:  # (but "jabatannya lengkapnya apa?": the post)
        return no_data(f"Sumber hanya menyebut namanya “{person.name}”, tanpa nama lengkap.",
                       focus_on(person=person.id))
    return None


def role_holders(kb: KnowledgeBase, query: Query) -> list[m.PersonDecl]:
    role, organisation = query.slots.get("role"), query.slots.get("organisation")
    if role is None:
        return []
    family = set(kb.organisation_family(organisation)) if organisation else None
    holders = [p for p in kb.people_by_role.get(role, ())
               if family is None or p.organisation in family]
    if holders or organisation is None:
        return holders
    # "Gubernur … Media Center": the role of the organisation the unit belongs to
    return [p for p in kb.people_by_role.get(role, ())
            if p.organisation and organisation in kb.organisation_family(p.organisation)]


def role_holder(kb: KnowledgeBase, query: Query) -> Answer:
    role, organisation = query.slots.get("role"), query.slots.get("organisation")
    holders = role_holders(kb, query)
    year = query.slots.get("year")
    place = query.slots.get("place")
    where = f" {place}" if place and not organisation else ""
    if query.slots.get("rank") is not None or place:
        holders = []  # "gubernur pertama", "gubernur Jawa Timur": not the holder on record
    if year:
        holders = [p for p in holders if p.as_of is None or p.as_of.year == year]
    if not holders:
        asked = role_in(str(role), org_name(kb, organisation)) if organisation else role
        return no_data(f"Sumber tidak menyebut {asked}{where}"
                       f"{' tahun ' + str(year) if year else ''}.",
                       focus_on(organisation=organisation))
    named = [p for p in holders if p.name]
    if len(named) == 1 and (short := _only_short_name(named[0], query)):
        return short
    if not named:
        unnamed = holders[0]
        return no_data(f"Sumber menyebut {person_text(kb, unnamed)}, tetapi tidak menyebut "
                       "namanya.", focus_on(organisation=organisation, person=unnamed.id))
    lines = [f"{role_text(kb, p)}: "
             f"{p.name}{' (per ' + indonesian_date(p.as_of) + ')' if p.as_of else ''}."
             for p in named]
    answer = Answer(Status.ANSWERED, "\n".join(lines)).cite(*named)
    answer.focus = focus_on(organisation=named[0].organisation, person=named[0].id)
    return answer


def awards_list(kb: KnowledgeBase, query: Query) -> Answer:
    year = query.slots.get("year")
    lines = awards_catalogue(kb, year)
    if not lines:
        return no_data(f"Belum ada data penghargaan tahun {year}. "
                       f"Yang tercatat: {known_editions(kb)}.")
    header = f"Penghargaan tahun {year} yang tercatat:" if year else "Penghargaan yang tercatat:"
    editions = kb.editions_by_year.get(year, ()) if year else kb.editions.values()
    return Answer(Status.ANSWERED, "\n".join([header, *(f"• {line}" for line in lines)])
                  ).cite(*editions)


def note(kb: KnowledgeBase, query: Query) -> Answer:
    topics = {tuple(normalise(t)) for t in query.slots.get("topics") or ()}
    if "alasan" in query.words and not query.words & SHORTFALL_WORDS:
        topics.add(("alasan",))  # (but a reason for success is no reason for falling short)
    subjects: set[str] = set()
    if organisation := query.slots.get("organisation"):
        subjects |= set(kb.organisation_family(organisation))
    if person := query.slots.get("person"):
        subjects.add(person)
    subjects |= {p.id for p in role_holders(kb, query)}  # "Gubernur …": the one on record
    who = set(subjects)  # the organisations and people asked of: a note must be about one
    for subject in (query.slots.get("award"), query.slots.get("edition")):
        if subject:
            subjects.add(subject)
    editions, _ = find_editions(kb, query, use_subjects=False)
    subjects |= {e.id for e in editions}
    if not subjects:  # a keyword alone is a hint about nothing in particular: never an answer
        return no_data("Sumber tidak mencatat hal itu.")
    scored = []
    # in the order the fact files give them (a set of subjects has no order of its own)
    # (notes by subject hold each note under its file's edition too: "peran pegawai di TOP GPR")
    related = {id(n) for s in subjects for n in kb.notes_by_subject.get(s, ())}
    candidates = [n for n in kb.notes if id(n) in related] if subjects else list(kb.notes)
    for item in candidates:
        hits = len(topics & {tuple(normalise(k)) for k in item.keywords})
        about = set(item.about) | {item.edition_id or ""}
        about |= {kb.editions[a].award for a in about if a in kb.editions}
        if hits and about & subjects and (not who or about & who):
            scored.append((hits, item))
    if not scored:
        return no_data("Sumber tidak mencatat hal itu.")
    # "… yang disebut Kadis Kominfotik?": the notes about the person asked of, if any
    asked = {query.slots.get("person")} | {p.id for p in role_holders(kb, query)}
    scored = [(h, n) for h, n in scored if asked & set(n.about)] or scored
    best = max(h for h, _ in scored)
    chosen = [n for h, n in scored if h == best][:2]
    answer = Answer(Status.ANSWERED, "\n".join(n.text for n in chosen)).cite(*chosen)
    focus: Focus = {}
    for subject in chosen[0].about:  # the first organisation, person and edition it is about
        if subject in kb.organisations and "organisation" not in focus:
            focus["organisation"] = subject
        if subject in kb.people and "person" not in focus:
            focus["person"] = subject
        if subject in kb.editions and "edition" not in focus:
            focus["edition"] = subject
    if (speaker := speaker_of(kb, chosen[0].text)) is not None:
        focus["speaker"] = speaker  # "siapa yang bilang gitu?" next
    answer.focus = focus
    return answer


def speaker_of(kb: KnowledgeBase, text: str) -> str | None:
    """The person who says what a note or sentence reports: the one named in it beside a
    word of saying ("Menurut Jaduliwan, …", "Darto menyebut …"); None when it has no such
    word, or names no one or several."""
    words = set(normalise(text))
    if not words & (TELLING_WORDS | {"terimakasih"}):  # ("Darto berterima kasih …")
        return None
    named = [person.id for person in kb.people.values()
             if person.name and set(normalise(person.name)) & words]
    return named[0] if len(named) == 1 else None
