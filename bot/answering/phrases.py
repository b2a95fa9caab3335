"""Short Indonesian phrases for facts: ranks, results, dates, places, people."""

from __future__ import annotations

from bot.catalogue import edition_label
from knowledge import models as m
from knowledge.base import KnowledgeBase
from knowledge.ranks import NUMBER_WORDS, ORDINAL_WORDS
from knowledge.sources import indonesian_date

_WORD_NUMBERS = {**NUMBER_WORDS, **ORDINAL_WORDS}


_BARE_ORDINALS = frozenset(
    [str(n) for n in range(1, 21)]
    + "i ii iii iv v vi vii viii ix x satu dua tiga empat lima pertama kedua ketiga keempat "
      "kelima keenam ketujuh kedelapan kesembilan kesepuluh".split())


def rank_text(result: m.ResultDecl) -> str:
    """The rank as written, with number words as digits: 'peringkat 1', 'Terbaik III
    (peringkat 3)' (a label that says no rank gets its number); a bare ordinal ("2",
    "kedua") reads 'peringkat 2', never 'meraih 2 kategori …'."""
    if not result.rank_label or result.rank_label.strip().casefold() in _BARE_ORDINALS:
        return f"peringkat {result.rank}" if result.rank else ""
    words = [
        str(_WORD_NUMBERS[w.casefold()]) if w.casefold() in _WORD_NUMBERS else w
        for w in result.rank_label.split()
    ]
    if result.rank and not {"peringkat", "juara"} & {w.casefold() for w in words}:
        words.append(f"(peringkat {result.rank})")  # "Terbaik III (peringkat 3)": what it means
    return " ".join(words)


def org_name(kb: KnowledgeBase, org_id: str) -> str:
    return kb.organisations[org_id].name


def scope_text(result: m.ResultDecl) -> str:
    """'kategori Kampanye Komunikasi Publik (Pemerintah Daerah Kabupaten/Kota)'."""
    parts = []
    if result.category:
        parts.append(f"kategori {result.category}")
    if result.group:
        parts.append(f"({result.group})" if result.category else f"kelompok {result.group}")
    return " ".join(parts)


def result_line(kb: KnowledgeBase, result: m.ResultDecl, *, with_org: bool = True,
                with_edition: bool = False) -> str:
    """One result in a short line."""
    if result.status == "winner":
        head = rank_text(result) or "pemenang"
    else:
        detail = f" ({result.status_detail})" if result.status_detail else ""
        head = f"nominasi{detail}"
    scope = scope_text(result)
    text = f"{head} {scope}".strip()
    if with_edition:
        edition = kb.edition_of(result)
        if edition:
            text += f" — {edition_label(kb, edition)}"
    if with_org:
        text += f": {org_name(kb, result.organisation)}"
    return text


def date_text(event: m.Event) -> str:
    """'Senin, 30 Oktober 2023'."""
    if not event.date:
        return ""
    prefix = f"{event.weekday}, " if event.weekday else ""
    return prefix + indonesian_date(event.date)


YES, NO = "Ya — ", "Tidak — "  # how a yes/no answer starts


def when_text(event: m.Event) -> str:
    """Date plus time of day and clock time where known."""
    text = date_text(event)
    if event.time_of_day:
        text += f", {event.time_of_day} hari"
    if event.time:
        text += f", pukul {event.time}"
    return text


def place_text(event: m.Event) -> str:
    """'The Westin …, Surabaya, Jawa Timur' or 'secara virtual'."""
    parts = [p for p in (event.venue, event.city, event.province) if p]
    # the venue often already names the city
    if event.venue and event.city and event.city.casefold() in event.venue.casefold():
        parts.remove(event.city)
    place = ", ".join(parts)
    if event.virtual:
        return f"secara virtual{' (' + place + ')' if place else ''}"
    return f"di {place}" if place else ""


def event_name(event: m.Event, fallback: str) -> str:
    return event.name or fallback


def event_and_label(event: m.Event | None, label: str) -> str:
    """'Malam Anugerah Humas 2023 (AMH 2023)', or just 'AMH 2023' for an unnamed event (never
    'AMH 2022 (AMH 2022)')."""
    return f"{event.name} ({label})" if event is not None and event.name else label


def person_text(kb: KnowledgeBase, person: m.PersonDecl) -> str:
    """'Darto (Sekretaris Dinas Komunikasi dan Informatika Kota Bandung)'."""
    role = role_text(kb, person)
    return f"{person.name} ({role})" if person.name else role


def role_text(kb: KnowledgeBase, person: m.PersonDecl) -> str:
    """A person's role in their organisation, as Indonesian writes it: 'Sekretaris Dinas' of
    'Dinas Komunikasi dan Informatika Kota Bandung' is 'Sekretaris Dinas Komunikasi dan
    Informatika Kota Bandung'; 'Gubernur' of 'Pemerintah Provinsi Bengkulu' is 'Gubernur
    Bengkulu' where the fact file gives that name of the post ('role_aliases'), else
    'Gubernur, Pemerintah Provinsi Bengkulu'."""
    if not person.organisation:
        return person.role
    organisation = kb.organisations[person.organisation].name
    text = role_in(person.role, organisation)
    if text.startswith(f"{person.role}, "):  # no name of the post in the organisation's
        place = set(organisation.casefold().split())
        for alias in person.role_aliases:  # (a name of the post that says where it is)
            rest = alias[len(person.role):].casefold().split()
            if alias.startswith(f"{person.role} ") and rest and set(rest) <= place:
                return alias
    return text


def role_in(role: str, organisation: str) -> str:
    """'Kepala Dinas' in 'Dinas Kominfo …' is 'Kepala Dinas Kominfo …'; 'Pj Wali Kota' in
    'Pemerintah Kota Bandung' is 'Pj Wali Kota Bandung'; 'Gubernur' in 'Pemerintah Provinsi
    Bengkulu' is 'Gubernur, Pemerintah Provinsi Bengkulu'."""
    last = role.split()[-1] if role.split() else ""
    words = organisation.split()
    for start, head in ((0, ""), (1, "Pemerintah")):  # (a government's post: "Wali Kota")
        if last and len(words) > start + 1 and (not head or words[0] == head) \
                and words[start].casefold() == last.casefold():
            return " ".join([role, *words[start + 1:]])
    return f"{role}, {organisation}"


def join_items(items: list[str]) -> str:
    """'a', 'a dan b', 'a, b, dan c'."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} dan {items[1]}"
    return ", ".join(items[:-1]) + f", dan {items[-1]}"
