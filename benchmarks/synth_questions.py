"""Questions about a synthetic World, with the strings a right answer must (not) contain.

Phrased like the development set (tests/data/questions.yaml): formal and chat Indonesian
(yg, brp, kpn, dmn, dapet, thn), fillers, upper and lower case, ranks written many ways, the
names organisations go by (Pemkot Bandung, Kota Bandung, Kab Bandung Barat, Jabar), and a few
typos. Negatives: a year the award has no record of, a rank not on record, an organisation
that won nothing in that edition, and questions about something else that name known places.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import synth_words as w
from synth_world import Edition, Org, World

Case = dict[str, Any]
RANK_WORDS = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam"}
ORDINALS = {1: "pertama", 2: "kedua", 3: "ketiga", 4: "keempat", 5: "kelima", 6: "keenam"}
ROMANS = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}
FILLERS = ("sih", "dong", "min", "kak", "ya", "nih")
TYPO_SHARE = 0.04


class Phrasing:
    """Random surface forms for names, years and ranks."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def award(self, edition_or_award: Any) -> str:
        award = getattr(edition_or_award, "award", edition_or_award)
        roll = self.rng.random()
        if roll < 0.55:
            return award.abbr.lower()
        if roll < 0.75:
            return award.abbr
        return award.name if roll < 0.9 else award.name.lower()

    def year(self, year: int) -> str:
        return self.rng.choice((str(year),) * 8 + (f"thn {year}", f"tahun {year}"))

    def org(self, org: Org) -> str:
        return self.rng.choice(org.mentions)

    def rank(self, rank: int) -> str:
        forms = [f"juara {rank}", f"juara ke-{rank}", f"peringkat {rank}",
                 f"peringkat {ROMANS[rank]}", f"terbaik {ROMANS[rank]}",
                 f"juara {RANK_WORDS[rank]}", f"juara {ORDINALS[rank]}"]
        return self.rng.choice(forms)

    def finish(self, text: str) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            text += " " + rng.choice(FILLERS)
        if rng.random() < 0.4:
            text += "?"
        roll = rng.random()
        if roll < 0.06:
            return text.upper()
        return text.lower() if roll < 0.5 else text[:1].upper() + text[1:]


def _typo(text: str, rng: random.Random) -> str | None:
    words = [i for i, word in enumerate(text.split()) if len(word) >= 8 and word.isalpha()]
    if not words:
        return None
    parts = text.split()
    index = rng.choice(words)
    word = parts[index]
    at = rng.randrange(1, len(word) - 2)
    parts[index] = word[:at] + word[at + 1] + word[at] + word[at + 2:]
    return " ".join(parts)


def _not_within(forbid: list[str], kept: list[str]) -> list[str]:
    """Forbidden strings that a right answer cannot contain by accident."""
    return [f for f in dict.fromkeys(forbid)
            if not any(f.casefold() in k.casefold() for k in kept)]


class Maker:
    """One question of each kind at a time, from the world."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world, self.rng, self.say = world, rng, Phrasing(rng)
        self.with_nominees = [e for e in world.editions if any(
            r.status == "nominee" for r in e.results)]
        self.with_rep = [e for e in world.editions if e.representative]
        self.has_results = {r.org for e in world.editions for r in e.results}

    def name(self, org_id: str) -> str:
        return self.world.orgs[org_id].name

    def edition(self) -> Edition:
        return self.rng.choice(self.world.editions)

    def pick(self, *templates: str, **values: str) -> str:
        return self.say.finish(self.rng.choice(templates).format(**values))

    def common(self, edition: Edition) -> dict[str, str]:
        return {"award": self.say.award(edition), "year": self.say.year(edition.year)}

    # --- answerable --------------------------------------------------------------------

    def who_won_all(self) -> Case:
        e = self.edition()
        text = self.pick("siapa juara {award} {year}", "siapa pemenang {award} {year}",
                         "daftar pemenang {award} {year} dong", "sapa aja yg menang {award} {year}",
                         "{award} {year} juaranya siapa aja", **self.common(e))
        firsts = [self.name(r.org) for r in e.winners() if r.rank == 1]
        return answerable(text, "who_won", firsts[:3])

    def who_won_rank_category(self) -> Case:
        e = self.edition()
        category = self.rng.choice(e.award.categories)
        winners = e.winners(category)
        chosen = self.rng.choice(winners)
        expect = [self.name(chosen.org)]
        text = self.pick("siapa {rank} {award} {year} kategori {category}",
                         "{rank} {award} {year} kategori {category} siapa",
                         "yg dapet {rank} kategori {category} di {award} {year} siapa",
                         "{award} {year} kategori {category} {rank} siapa ya",
                         rank=self.say.rank(chosen.rank), category=category, **self.common(e))
        others = [self.name(r.org) for r in winners if r is not chosen]
        return answerable(text, "who_won", expect, _not_within(others, expect))

    def who_won_rank(self) -> Case:
        e = self.edition()
        rank = self.rng.randint(1, 3)
        text = self.pick("siapa {rank} {award} {year}", "{rank} {award} {year} siapa",
                         "yg jadi {rank} di {award} {year} siapa", rank=self.say.rank(rank),
                         **self.common(e))
        return answerable(text, "who_won", [self.name(r.org) for r in e.winners()
                                            if r.rank == rank])

    def org_rank(self) -> Case:
        e = self.edition()
        org = self.world.orgs[self.rng.choice(e.results).org]
        own = [r for r in e.results if r.org == org.id]
        labels = [r.label for r in own if r.status == "winner"]
        text = self.pick("{org} peringkat berapa di {award} {year}",
                         "{org} juara brp di {award} {year}",
                         "posisi {org} di {award} {year} apa",
                         "{org} dapet juara berapa di {award} {year}",
                         "{org} urutan ke berapa di {award} {year}",
                         org=self.say.org(org), **self.common(e))
        expect = labels or ["nominasi"]
        return answerable(text, "org_rank", expect, _not_within(list(e.award.style), expect))

    def org_awards(self) -> Case:
        e = self.edition()
        org = self.world.orgs[self.rng.choice(e.results).org]
        categories = [r.category for r in e.results if r.org == org.id]
        text = self.pick("{org} dapat penghargaan apa di {award} {year}",
                         "penghargaan apa yg diraih {org} di {award} {year}",
                         "{org} menang apa aja di {award} {year}",
                         org=self.say.org(org), **self.common(e))
        return answerable(text, "org_awards", categories)

    def event_date(self) -> Case:
        e = self.edition()
        verb = "diumumkan" if e.virtual else "digelar"
        if self.rng.random() < 0.2:
            text = self.pick("{award} {year} hari apa", "hari apa {award} {year} " + verb,
                             **self.common(e))
            return answerable(text, "event_date", [e.weekday])
        text = self.pick("kapan {award} {year} " + verb, "tgl brp {award} {year} diadakan",
                         "{award} {year} tanggal berapa", "kpn penyerahan {award} {year}",
                         "{award} {year} " + verb + " kapan", **self.common(e))
        return answerable(text, "event_date", [e.date_text])

    def event_place(self) -> Case:
        e = self.edition()
        if e.virtual:
            text = self.pick("dimana {award} {year} diumumkan", "{award} {year} diadain dmn",
                             "lokasi pengumuman {award} {year}", **self.common(e))
            return answerable(text, "event_place", ["virtual"])
        if self.rng.random() < 0.25:
            text = self.pick("di kota mana {award} {year} digelar",
                             "{award} {year} diadakan di kota apa", **self.common(e))
            return answerable(text, "event_place", [e.city or ""])
        text = self.pick("dimana {award} {year} digelar", "{award} {year} diadain dmn",
                         "lokasi acara {award} {year}", "{award} {year} di gedung apa",
                         "tempat penyerahan {award} {year} dimana", **self.common(e))
        return answerable(text, "event_place", [e.venue or ""])

    def theme(self) -> Case:
        e = self.edition()
        text = self.pick("apa tema {award} {year}", "{award} {year} temanya apa",
                         "tema {award} {year} apa sih", **self.common(e))
        return answerable(text, "theme", [e.theme])

    def organiser(self) -> Case:
        e = self.edition()
        text = self.pick("siapa penyelenggara {award} {year}", "{award} {year} diadakan oleh siapa",
                         "yg ngadain {award} {year} siapa", **self.common(e))
        return answerable(text, "organiser", [self.name(e.award.organiser)])

    def representative(self) -> Case:
        e = self.rng.choice(self.with_rep)
        person, org = e.representative or ("", "")
        text = self.pick("siapa yang menerima {award} {year} untuk {org}",
                         "penghargaan {award} {year} buat {org} diterima siapa",
                         "siapa perwakilan {org} yg terima {award} {year}",
                         org=self.say.org(self.world.orgs[org]), **self.common(e))
        return answerable(text, "representative", [self.world.people[person].name])

    def edition_number(self) -> Case:
        e = self.edition()
        text = self.pick("{award} {year} penyelenggaraan keberapa",
                         "{award} {year} itu yg ke berapa", "edisi keberapa {award} {year}",
                         **self.common(e))
        return answerable(text, "edition_number", [f"ke-{e.number}"])

    def abbreviation(self) -> Case:
        award = self.rng.choice(self.world.awards)
        text = self.pick("{abbr} singkatan dari apa", "kepanjangan {abbr} apa",
                         "{abbr} itu singkatan apa", abbr=self.rng.choice(
                             (award.abbr, award.abbr.lower())))
        return answerable(text, "award_abbreviation", [award.name])

    def nominations(self) -> Case:
        e = self.rng.choice(self.with_nominees)
        text = self.pick("siapa saja nominasi {award} {year}",
                         "yg masuk nominasi {award} {year} siapa aja", **self.common(e))
        return answerable(text, "nominations",
                          [self.name(r.org) for r in e.results if r.status == "nominee"])

    def role_holder(self) -> Case:
        person = self.rng.choice(list(self.world.people.values()))
        role = self.rng.choice((person.role, *person.role_aliases))
        org = self.world.orgs[person.org]
        text = self.pick("siapa {role} {org}", "{role} {org} siapa namanya",
                         role=role, org=self.say.org(org))
        return answerable(text, "role_holder", [person.name])

    # --- negatives ---------------------------------------------------------------------

    def missing_year(self) -> Case:
        award = self.rng.choice(self.world.awards)
        years = set(award.years)
        candidates = [y for y in range(award.years[0] - 1, award.years[-1] + 2) if y not in years]
        year = self.rng.choice(candidates)
        nearest = min((e for e in self.world.editions if e.award is award),
                      key=lambda e: abs(e.year - year))
        values = {"award": self.say.award(award), "year": self.say.year(year)}
        roll = self.rng.random()
        if roll < 0.5:
            text = self.pick("siapa juara {award} {year}", "pemenang {award} {year} siapa aja",
                             **values)
            forbid = [self.name(r.org) for r in nearest.winners() if r.rank == 1]
        elif roll < 0.75:
            text = self.pick("kapan {award} {year} digelar", "tema {award} {year} apa",
                             **values)
            forbid = [nearest.date_text, nearest.theme]
        else:
            org = self.world.orgs[nearest.results[0].org]
            text = self.pick("{org} peringkat berapa di {award} {year}", org=self.say.org(org),
                             **values)
            forbid = [r.label for r in nearest.results if r.org == org.id and r.label]
        return negative("no_data", text, forbid)

    def missing_rank(self) -> Case:
        e = self.edition()
        rank = self.rng.randint(4, 6)
        if self.rng.random() < 0.5:
            category = self.rng.choice(e.award.categories)
            text = self.pick("siapa {rank} {award} {year} kategori {category}",
                             "{rank} kategori {category} {award} {year} siapa",
                             rank=self.say.rank(rank), category=category, **self.common(e))
            forbid = [self.name(r.org) for r in e.winners(category)]
        else:
            text = self.pick("siapa {rank} {award} {year}", "{rank} {award} {year} siapa",
                             rank=self.say.rank(rank), **self.common(e))
            forbid = [self.name(r.org) for r in e.winners()]
        return negative("no_data", text, forbid)

    def missing_organisation(self) -> Case:
        e = self.edition()
        present = {r.org for r in e.results}
        near = [(s, r) for r in e.results for s in self.world.siblings[r.org]
                if s not in present and self.world.orgs[s].kind in e.award.kinds]
        if near and self.rng.random() < 0.7:
            org_id, namesake = self.rng.choice(near)
            forbid = [self.name(namesake.org)] + ([namesake.label] if namesake.label else [])
        else:
            pool = [o for o in self.has_results if o not in present]
            org_id, forbid = self.rng.choice(sorted(pool)), []
        org = self.world.orgs[org_id]
        text = self.pick("{org} peringkat berapa di {award} {year}",
                         "{org} juara brp di {award} {year}",
                         "{org} dapat penghargaan apa di {award} {year}",
                         org=self.say.org(org), **self.common(e))
        return negative("no_data", text, _not_within(forbid, [org.name]))

    def out_of_domain(self) -> Case:
        rng, orgs = self.rng, list(self.world.orgs.values())
        cities = [o.base for o in orgs if o.kind == "kota"]
        regencies = [self.say.org(o) for o in orgs if o.kind == "kabupaten"]
        places = [self.say.org(o) for o in orgs if o.kind in ("provinsi", "kota")]
        city, city2 = rng.sample(cities, 2)
        text = rng.choice(w.OUT_OF_DOMAIN).format(
            city=city, city2=city2, regency=rng.choice(regencies), place=rng.choice(places),
            year=rng.randint(2010, 2025))
        return negative("out_of_domain", self.say.finish(text), [])


def answerable(text: str, intent: str, expect: list[str], forbid: list[str] | None = None
               ) -> Case:
    case: Case = {"text": text, "kind": "answerable", "intent": intent,
                  "expect": list(dict.fromkeys(expect))}
    if forbid:
        case["forbid"] = forbid
    return case


def negative(kind: str, text: str, forbid: list[str]) -> Case:
    case: Case = {"text": text, "kind": kind}
    if forbid:
        case["forbid"] = list(dict.fromkeys(forbid))
    return case


MIX: tuple[tuple[str, int], ...] = (
    ("who_won_all", 10), ("who_won_rank_category", 13), ("who_won_rank", 5), ("org_rank", 13),
    ("org_awards", 5), ("event_date", 8), ("event_place", 7), ("theme", 5), ("organiser", 4),
    ("representative", 5), ("edition_number", 3), ("abbreviation", 2), ("nominations", 2),
    ("role_holder", 3),
    ("missing_year", 7), ("missing_rank", 5), ("missing_organisation", 7), ("out_of_domain", 6),
)


def make_questions(world: World, count: int, rng: random.Random) -> list[Case]:
    """`count` questions in the MIX proportions, each with a unique id naming its kind."""
    maker = Maker(world, rng)
    kinds = [kind for kind, _ in MIX]
    weights = [weight for _, weight in MIX]
    cases: list[Case] = []
    seen: set[str] = set()
    attempts = 0
    while len(cases) < count and attempts < count * 20:
        attempts += 1
        kind = rng.choices(kinds, weights)[0]
        make: Callable[[], Case] = getattr(maker, kind)
        case = make()
        label = kind
        if case["kind"] == "answerable" and rng.random() < TYPO_SHARE:
            typo = _typo(case["text"], rng)
            if typo:
                case["text"], label = typo, f"{kind}-typo"
        if case["text"].casefold() in seen or not all(case.get("expect", ["x"])):
            continue
        seen.add(case["text"].casefold())
        cases.append({"id": f"{label}-{len(cases) + 1:05d}", **case})
    return cases
