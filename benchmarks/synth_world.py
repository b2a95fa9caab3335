"""The synthetic world: organisations, people, awards and editions, drawn from a seeded RNG.

Nothing here writes files; `synth.py` turns a World into fact files and source articles, and
`synth_questions.py` into questions with their expected answers.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import synth_words as w
from wilayah import PROVINCES, VENUE_CITIES, split

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
# single common words that must not become a bare alias (Kota Batu is not "batu")
COMMON_BARE_NAMES = frozenset({"batu", "metro", "puncak", "bone", "banjar", "toba"})
MIN_YEAR, MAX_YEAR = 2008, 2025
EDITIONS_PER_AWARD = (8, 12)
CATEGORY_COUNTS = (2, 3, 3, 3, 4)  # ~3 categories × ranks 1–3 + ~1 nominee ≈ 10 results
SIBLING_SHARE = 0.3  # how often a winner is a near-namesake of one already drawn


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


@dataclass
class Org:
    id: str
    name: str
    kind: str
    aliases: list[str]
    base: str
    province: str
    mentions: list[str]  # how people name it in questions
    role_place: str  # what follows a role title: "Kota Bandung"


@dataclass
class Person:
    id: str
    name: str
    role: str
    role_aliases: tuple[str, ...]
    org: str


@dataclass
class Award:
    id: str
    name: str
    abbr: str
    categories: list[str]
    group: str | None
    kinds: tuple[str, ...]
    style: tuple[str, str, str]
    organiser: str
    years: list[int]
    first_number: int
    month: int


@dataclass
class Result:
    org: str
    status: str  # winner | nominee
    category: str
    rank: int | None = None
    label: str | None = None
    detail: str | None = None


@dataclass
class Edition:
    award: Award
    year: int
    number: int
    theme: str
    date: dt.date
    event_name: str
    virtual: bool
    venue: str | None
    city: str | None
    province: str | None
    time_of_day: str | None
    results: list[Result] = field(default_factory=list)
    representative: tuple[str, str] | None = None  # (person, organisation)

    @property
    def id(self) -> str:
        return f"{self.award.id}-{self.year}"

    @property
    def weekday(self) -> str:
        return WEEKDAYS[self.date.weekday()]

    @property
    def date_text(self) -> str:
        return f"{self.date.day} {MONTHS[self.date.month - 1]} {self.date.year}"

    def winners(self, category: str | None = None) -> list[Result]:
        return [r for r in self.results if r.status == "winner"
                and (category is None or r.category == category)]


@dataclass
class World:
    orgs: dict[str, Org]
    organisers: list[str]
    people: dict[str, Person]
    people_by_org: dict[str, list[str]]
    awards: list[Award]
    editions: list[Edition]
    siblings: dict[str, list[str]]


class Names:
    """Every name and alias handed out so far: the loader rejects a name naming two things."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    @staticmethod
    def key(name: str) -> str:
        return " ".join(name.casefold().split())

    def free(self, *names: str) -> bool:
        return all(self.key(n) not in self.taken for n in names)

    def take(self, *names: str) -> None:
        self.taken.update(self.key(n) for n in names)


def build_regions(names: Names) -> tuple[dict[str, Org], dict[str, list[str]]]:
    entries = []
    for province, shorts, cities, regencies in PROVINCES:
        entries.append(("provinsi", province, province, shorts))
        entries += [("kota", city, province, ()) for city in split(cities)]
        entries += [("kabupaten", regency, province, ()) for regency in split(regencies)]
    bases = Counter(base.casefold() for _, base, _, _ in entries)
    orgs: dict[str, Org] = {}
    for kind, base, province, shorts in entries:
        unique = bases[base.casefold()] == 1 and base.casefold() not in COMMON_BARE_NAMES
        bare = [base] if unique else []
        if kind == "provinsi":
            name, aliases = f"Pemerintah Provinsi {base}", [f"Pemprov {base}", f"Provinsi {base}"]
            aliases += bare + list(shorts) + [f"Pemprov {s}" for s in shorts if len(s) > 3]
            mentions = aliases
            role_place = f"Provinsi {base}"
        elif kind == "kota":
            name, aliases = f"Pemerintah Kota {base}", [f"Pemkot {base}", f"Kota {base}", *bare]
            mentions = aliases
            role_place = f"Kota {base}"
        else:
            name = f"Pemerintah Kabupaten {base}"
            aliases = [f"Pemkab {base}", f"Kabupaten {base}", *bare]
            mentions = [*aliases, f"Kab {base}"]
            role_place = f"Kabupaten {base}"
        aliases = [a for a in aliases if names.free(a)]
        names.take(name, *aliases)
        org = Org(f"{kind}-{slug(base)}", name, kind, aliases, base, province,
                  [m for m in mentions if m in aliases or m.startswith("Kab ")], role_place)
        assert org.id not in orgs, org.id
        orgs[org.id] = org
    by_first_word: dict[str, list[str]] = defaultdict(list)
    for org in orgs.values():
        by_first_word[org.base.split()[0].casefold()].append(org.id)
    siblings = {org.id: [o for o in by_first_word[org.base.split()[0].casefold()] if o != org.id]
                for org in orgs.values()}
    return orgs, siblings


def build_organisers(names: Names, orgs: dict[str, Org]) -> list[str]:
    ids = []
    for ident, name, kind, aliases in w.ORGANISERS:
        names.take(name, *aliases)
        orgs[ident] = Org(ident, name, kind, list(aliases), name, "", list(aliases), name)
        ids.append(ident)
    return ids


def build_people(rng: random.Random, names: Names, orgs: dict[str, Org]
                 ) -> tuple[dict[str, Person], dict[str, list[str]]]:
    pairs = list(itertools.product(w.FIRST_NAMES, w.LAST_NAMES))
    rng.shuffle(pairs)
    available = iter(pairs)
    people: dict[str, Person] = {}
    by_org: dict[str, list[str]] = defaultdict(list)
    for org in orgs.values():
        if org.kind not in ("provinsi", "kota", "kabupaten"):
            continue
        for role, role_aliases, share in w.ROLES:
            if rng.random() >= share:
                continue
            name = " ".join(next(available))
            while not names.free(name) or slug(name) in people:
                name = " ".join(next(available))
            names.take(name)
            person = Person(slug(name), name, role, role_aliases, org.id)
            people[person.id] = person
            by_org[org.id].append(person.id)
    return people, by_org


def blocked_abbreviations(world_words: set[str]) -> set[str]:
    """Words an abbreviation must not be: question vocabulary and every name's words."""
    blocked = set(world_words) | {"api", "aku", "ibu", "ada", "apa", "bus", "tas", "pak", "kak"}
    try:
        from bot.understanding import vocabulary as v

        for words in (v.QUESTION_WORDS, v.FILLERS, v.GREETINGS, v.THANKS, v.HELP, v.NOW_WORDS,
                      v.FOLLOW_UP_MARKERS, v.INFORMAL, v.LEMMAS):
            blocked |= {word.casefold() for word in words}
    except ImportError:  # the generator also runs without the bot package
        pass
    return blocked


def build_awards(rng: random.Random, names: Names, count: int, organisers: list[str],
                 blocked: set[str]) -> list[Award]:
    combos = list(itertools.product(w.AWARD_PREFIXES, w.AWARD_FIELDS, w.AWARD_QUALIFIERS))
    rng.shuffle(combos)
    awards: list[Award] = []
    used_abbrs: set[str] = set()
    for prefix, field_words, qualifier in combos:
        if len(awards) == count:
            break
        name = f"{prefix} {field_words} {qualifier}"
        abbr = "".join(word[0] for word in name.split()).upper()
        if abbr in used_abbrs or abbr.casefold() in blocked or re.fullmatch(r"[IVXLCDM]+", abbr) \
                or not names.free(name, abbr):
            continue
        used_abbrs.add(abbr)
        names.take(name, abbr)
        group, kinds = rng.choice((("Provinsi", ("provinsi",)),
                                   ("Kabupaten/Kota", ("kota", "kabupaten")),
                                   ("Kabupaten/Kota", ("kota", "kabupaten")),
                                   (None, ("provinsi", "kota", "kabupaten"))))
        awards.append(Award(
            id=slug(abbr), name=name, abbr=abbr,
            categories=rng.sample(w.CATEGORIES, rng.choice(CATEGORY_COUNTS)),
            group=group, kinds=kinds, style=rng.choice(w.RANK_STYLES),
            organiser=rng.choice(organisers), years=[], first_number=rng.randint(1, 9),
            month=rng.randint(1, 12)))
    if len(awards) < count:
        raise SystemExit(f"only {len(awards)} distinct award names; add words to synth_words")
    return awards


def plan_years(rng: random.Random, awards: list[Award], editions: int) -> None:
    counts = [rng.randint(*EDITIONS_PER_AWARD) for _ in awards]
    while sum(counts) > editions:
        index = rng.randrange(len(counts))
        counts[index] -= counts[index] > 1
    while sum(counts) < editions:
        counts[rng.randrange(len(counts))] += 1
    for award, count in zip(awards, counts, strict=True):
        gap = 1 if count >= 4 and rng.random() < 0.3 else 0
        span = min(count + gap, MAX_YEAR - MIN_YEAR + 1)
        start = rng.randint(MIN_YEAR, MAX_YEAR - span + 1)
        years = list(range(start, start + span))
        if gap:
            years.pop(rng.randrange(1, len(years) - 1))
        award.years = years[:count]


def build_edition(rng: random.Random, world: World, award: Award, index: int,
                  pools: dict[tuple[str, ...], list[str]]) -> Edition:
    year = award.years[index]
    date = dt.date(year, award.month, rng.randint(1, 28))
    virtual = rng.random() < 0.15
    if virtual:
        name = rng.choice(w.VIRTUAL_EVENT_NAMES).format(abbr=award.abbr, year=year)
        venue = city = province = None
        time_of_day = rng.choice(w.TIMES_OF_DAY)
    else:
        name = rng.choice(w.EVENT_NAMES).format(abbr=award.abbr, year=year)
        city, province = rng.choice(VENUE_CITIES)
        venue, time_of_day = rng.choice(w.VENUE_PATTERNS).format(city=city), None
    theme = " ".join((rng.choice(w.THEME_SUBJECTS), rng.choice(w.THEME_QUALITIES),
                      rng.choice(w.THEME_GOALS)))
    edition = Edition(award, year, award.first_number + index, theme, date, name, virtual,
                      venue, city, province, time_of_day)
    pool = pools[award.kinds]
    drawn: list[str] = []
    for category in award.categories:
        chosen: list[str] = []
        for rank in (1, 2, 3):
            org = _draw(rng, world, pool, drawn, chosen, award.kinds)
            chosen.append(org)
            drawn.append(org)
            edition.results.append(Result(org, "winner", category, rank, award.style[rank - 1]))
    for _ in range(rng.choice((0, 1, 1, 1, 1, 2))):
        category = rng.choice(award.categories)
        ranked = [r.org for r in edition.results if r.category == category]
        org = _draw(rng, world, pool, drawn, ranked, award.kinds)
        drawn.append(org)
        edition.results.append(Result(org, "nominee", category,
                                      detail=rng.choice(w.NOMINEE_DETAILS)))
    first = edition.results[0].org
    if world.people_by_org.get(first):
        edition.representative = (world.people_by_org[first][0], first)
    return edition


def _draw(rng: random.Random, world: World, pool: list[str], drawn: list[str],
          taken: list[str], kinds: tuple[str, ...]) -> str:
    if drawn and rng.random() < SIBLING_SHARE:
        near = [s for s in world.siblings[rng.choice(drawn)]
                if s not in taken and world.orgs[s].kind in kinds]
        if near:
            return rng.choice(near)
    while True:
        org = rng.choice(pool)
        if org not in taken:
            return org


def build_world(editions: int, seed: int) -> World:
    rng = random.Random(seed)
    names = Names()
    orgs, siblings = build_regions(names)
    organisers = build_organisers(names, orgs)
    people, people_by_org = build_people(rng, names, orgs)
    words = {t.casefold() for text in [*names.taken, *w.CATEGORIES, *w.VENUE_PATTERNS]
             for t in re.findall(r"\w+", text)}
    awards = build_awards(rng, names, max(1, round(editions / 10)), organisers,
                          blocked_abbreviations(words))
    plan_years(rng, awards, editions)
    world = World(orgs, organisers, people, people_by_org, awards, [], siblings)
    pools: dict[tuple[str, ...], list[str]] = {}
    for award in awards:
        pools.setdefault(award.kinds, sorted(o.id for o in orgs.values() if o.kind in award.kinds))
    for award in awards:
        world.editions += [build_edition(rng, world, award, i, pools)
                           for i in range(len(award.years))]
    return world
