"""The people of a drafted article: who holds which role (named or not), who received the award
or attended the ceremony, and what they said (knowledge/draft.py drafts the rest)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from knowledge.sources import comparable

if TYPE_CHECKING:
    from knowledge.draft import Org, _Drafter

ROLES = (
    "Pj Wali Kota", "PJ Wali Kota", "Penjabat Wali Kota", "Pj Gubernur", "Pj Bupati",
    "Wakil Gubernur", "Wakil Bupati", "Wakil Wali Kota", "Gubernur", "Bupati", "Wali Kota",
    "Walikota", "Sekretaris Daerah", "Sekda", "Sekretaris Dinas", "Sekdis", "Kepala Dinas",
    "Kadis", "Kepala Bidang", "Kabid", "Kepala Bagian", "Kabag", "Kepala Biro", "Karo",
    "Kepala Badan", "Wakil Menteri", "Menteri", "Direktur Jenderal", "Dirjen", "Direktur",
    "Ketua", "Plt Kepala Dinas", "Staf Ahli", "Asisten",
)
ROLE = re.compile(r"\b(" + "|".join(map(re.escape, sorted(ROLES, key=len, reverse=True)))
                  + r")\b")
ROLE_KIND = {"Gubernur": "provinsi", "Bupati": "kabupaten", "Wali Kota": "kota",
             "Walikota": "kota"}
NAME = re.compile(r"(?:,?\s+)?([A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,3})(?=$|[\s,.;:)”])")
NOT_NAME = {"Pada", "Di", "Dalam", "Dan", "Yang", "Selain", "Sementara", "Provinsi", "Kota",
            "Kabupaten", "Pemerintah", "Dinas", "Kementerian", "Malam", "Penghargaan", "Tahun",
            "Anugerah", "Juara", "Peringkat", "Terbaik", "Kategori", "Kelompok", "Humas",
            "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Tim", "Media"}
SPEECH = r"(?:ujar|ungkap|kata|jelas|tutur|pungkas|tambah|ucap|terang|sebut|imbuh|papar|tegas|" \
         r"lanjut)(?:nya)?"
QUOTE = re.compile(rf"^[“\"](?P<text>.+?)[,.!?]?[”\"],?\s+(?P<verb>{SPEECH})\b\s*(?P<rest>.*)$")
RECEIVED = re.compile(r"\bditerima\s+(?:langsung\s+)?oleh\b")
ATTENDED = re.compile(r"\b(?:diikuti|dihadiri)\s+oleh\b|\b[Hh]adir\b|\bmenghadiri\b")
OCCASION = re.compile(r"^(?:seusai|usai|saat|ketika|dalam|di sela|setelah)\b.*")


@dataclass
class Person:
    role: str
    name: str | None
    org: Org | None
    evidence: str
    aliases: list[str] = field(default_factory=list)
    id: str = ""
    known: str | None = None


class People:
    def __init__(self, drafter: _Drafter) -> None:
        self.d = drafter
        self.people: list[Person] = []
        self.mentions: list[tuple[int, int, Person]] = []  # (sentence, offset, person)
        self.reps: list[dict[str, Any]] = []
        self.said: list[dict[str, Any]] = []

    def find(self) -> None:
        for index, sentence in enumerate(self.d.body):
            for match in ROLE.finditer(sentence.text):
                self.role_at(index, sentence.text, match)
            self.names_in(index, sentence.text)
        self.people = [p for p in self.people if p.name or p.org is not None]
        self.mentions = [m for m in self.mentions if m[2] in self.people]
        for index, sentence in enumerate(self.d.body):
            self.representative(index, sentence.text)
            self.quote(index, sentence.text)

    def role_at(self, index: int, text: str, match: re.Match[str]) -> None:
        role, end = match.group(1), match.end()
        org = None
        for start, stop, mentioned in self.d.mentions[index]:
            if match.start() < start <= end + 1:
                org, end = mentioned, stop
                break
        if org is None:
            rest = re.match(r"\s+(?:\w+\s+)?(Provinsi|Kota|Kabupaten)?\s*", text[end:])
            skip = rest.end() if rest and rest.group(1) else 1
            place = self.d.places.at(text, end + skip) if end < len(text) else None
            if place is None and skip != 1:
                place = self.d.places.at(text, end + 1)
                skip = 1
            if place:
                org = self.d.pemda_of(place)
                if role in ("Kadis", "Kepala Dinas", "Sekretaris Dinas"):
                    org = next((o for o in self.d.orgs.values() if o.kind == "dinas" and o.place
                                and comparable(o.place) == comparable(place)), org)
                end += skip + len(place)
        name = NAME.match(text, end) if text[end:end + 1] in (" ", ",") else None
        if name and (name.group(1).split()[0] in NOT_NAME or ROLE.match(name.group(1))):
            name = None
        written = name.group(1) if name else None
        self.add(index, match.start(), Person(role, written, org, text))

    def add(self, index: int, offset: int, person: Person) -> Person:
        for other in self.people:
            same = (person.name and other.name and _same_name(person.name, other.name)) or (
                not person.name and (not other.name or other.org is None or person.org is None
                                     or other.org is person.org)
                and comparable(person.role) == comparable(other.role))
            if same:
                if person.name and other.name and len(person.name) > len(other.name):
                    other.aliases.append(other.name)
                    other.name = person.name
                elif person.name and other.name and person.name != other.name:
                    other.aliases.append(person.name)
                other.org = other.org or person.org
                if other.org is not None and person.org is other.org and not person.name:
                    other.evidence = other.evidence if other.name else person.evidence
                self.mentions.append((index, offset, other))
                return other
        self.people.append(person)
        self.mentions.append((index, offset, person))
        return person

    def names_in(self, index: int, text: str) -> None:
        """Later mentions of a named person by name alone ("ujar Darto", "Rohidin")."""
        for person in list(self.people):
            if not person.name:
                continue
            for form in {person.name, person.name.split()[0], *person.aliases}:
                for match in re.finditer(rf"\b{re.escape(form)}\b", text):
                    self.mentions.append((index, match.start(), person))

    def speaker(self, index: int, offset: int, rest: str, pronoun: bool) -> Person | None:
        if not pronoun:
            role = ROLE.match(rest)
            name = NAME.match(rest, role.end() if role else 0)
            if name is None:
                return None
            written = name.group(1)
            return next((p for p in self.people if p.name and _same_name(written, p.name)), None)
        earlier = [m for m in self.mentions if (m[0], m[1]) < (index, offset) and m[2].name]
        return max(earlier, key=lambda m: (m[0], m[1]))[2] if earlier else None

    def quote(self, index: int, text: str) -> None:
        match = QUOTE.match(text)
        if not match:
            return
        pronoun = match.group("verb").endswith("nya")
        person = self.speaker(index, 0, match.group("rest"), pronoun)
        if person is None:
            return
        quote: dict[str, Any] = {"speaker": person, "text": match.group("text").strip()}
        rest = match.group("rest")
        if not pronoun:
            named = NAME.search(rest)
            after = rest[named.end():].strip().rstrip(".") if named else ""
            occasion = OCCASION.match(after)
            if occasion:
                quote["occasion"] = occasion.group()
        quote.update(evidence=text, review=True)
        self.said.append(quote)
        written = re.search(r"\b([A-Z][a-z]+)\b", rest)
        if written and not pronoun and written.group(1) != person.name and _same_name(
                written.group(1), person.name or "") and written.group(1) not in person.aliases:
            person.aliases.append(written.group(1))

    def representative(self, index: int, text: str) -> None:
        for pattern, action in ((RECEIVED, "received"), (ATTENDED, "attended")):
            match = pattern.search(text)
            if not match:
                continue
            after = [m for m in self.mentions if m[0] == index and m[1] >= match.start()
                     and m[2].name]
            if not after:
                after = [m for m in self.mentions if m[0] == index and m[2].name]
            if not after:
                continue
            person = min(after, key=lambda m: m[1])[2]
            rep: dict[str, Any] = {"person": person}
            home = person.org
            if home is not None and home.kind == "dinas":
                home = self.d.pemda_of(home.place) or home
            if home is not None:
                home.used = True
                rep["organisation"] = home
            rep.update(action=action, evidence=text, review=True)
            self.reps.append(rep)
            return

    def declarations(self) -> list[dict[str, Any]]:
        decls = []
        for person in self.people:
            known = person.name and self.d.known(person.name, "person")
            if known:
                person.id = known
                continue
            if person.org is not None:
                person.org.used = True
            place = person.org.place if person.org is not None else None
            person.id = self.d.new_id(re.sub(r"^-|-$", "", _slug(person.name) if person.name else
                                              f"{_slug(person.role)}-{_slug(place or '')}"))
            decl: dict[str, Any] = {"id": person.id}
            if person.name:
                decl["name"] = person.name
            aliases = [a for a in dict.fromkeys(person.aliases) if a != person.name
                       and comparable(a) not in self.d.known_names]
            if aliases:
                decl["aliases"] = aliases
            decl["role"] = person.role
            if person.org is not None:
                decl["organisation"] = person.org
            decl.update(evidence=person.evidence, review=True)
            decls.append(decl)
        return decls

    def representatives(self) -> list[dict[str, Any]]:
        return [{**r, "person": r["person"]} for r in self.reps]

    def quotes(self) -> list[dict[str, Any]]:
        return self.said


def _same_name(a: str, b: str) -> bool:
    """"Rohidin" is "Rohidin Mersyah"; "Darto" is "Darto"."""
    x, y = a.split(), b.split()
    return x == y[: len(x)] or y == x[: len(y)]


def _slug(text: str) -> str:
    from knowledge.article import slug

    return slug(text)
