"""Draft a fact file from a news article, rule by rule, on the article's own sentences.

Every drafted fact quotes the sentence it comes from (`evidence`) and is marked `review: true`.
A value is drafted only where the sentence writes it; whatever the rules cannot find is left
out, for the person reviewing the draft. The rank, date and name grammar is the engine's:
knowledge/ranks.py, knowledge/article.py (dates, places) and the names the existing knowledge
already knows (a known award or organisation is referred to by its id, never declared again).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from knowledge.article import RUN, RUN_DAN, Places, Sentence, find_date, sentences, slug
from knowledge.base import KnowledgeBase
from knowledge.draft_people import People
from knowledge.ranks import rank_from_label
from knowledge.sources import comparable

PEMDA = {"Pemprov": "provinsi", "Pemkot": "kota", "Pemkab": "kabupaten"}
KINDS = {"Provinsi": "provinsi", "Kota": "kota", "Kabupaten": "kabupaten"}
RANK = re.compile(r"\b(?:[Jj]uara|[Pp]eringkat|[Tt]erbaik|[Rr]anking)(?:\s+[Hh]arapan)?\s+"
                  r"(?:\d+\b|[IVX]+\b|pertama|kedua|ketiga|keempat|kelima|kesatu|satu\b|dua\b|"
                  r"tiga\b|ke-\d+)")
CATEGORY = re.compile(rf"\b[Kk]ategori\s+(?!yang|lainnya|ini|tersebut)({RUN_DAN})")
GROUP = re.compile(rf"\b[Kk]elompok\s+({RUN})|\bsebagai\s+({RUN})\s+terbaik\b")
SAME_CATEGORY = re.compile(r"\bkategori (?:yang )?(?:sama|tersebut|itu)\b")
NOMINEE = re.compile(r"\bnominasi\b|\bnominator\b")
DETAIL = re.compile(r"\b(?:\d+|[a-z]+) besar(?: nasional)?\b")
THEME = re.compile(r"\btema\s*[“\"]([^”\"]+?)[.,]?[”\"]")
ORGANISED = re.compile(r"\b(?:diselenggarakan|digelar|dihelat|diinisiasi)\s+(?:oleh\s+)?")
WON_BY = re.compile(r"\bdiraih\s+(?:oleh\s+)?")
EVENT_WORDS = re.compile(r"(?i)\b(malam|acara|seremoni|ceremony|penyerahan|diserahkan|"
                         r"diterima|digelar|pengumuman|diumumkan|dianugerahkan|berlangsung)\b")
EVENT_NAME = re.compile(rf"\b(?:Malam|Acara|Puncak|Award Ceremony|Gala|Seremoni|Upacara)\b"
                        rf"(?:[ \t]+(?:{RUN}))?")
VIRTUAL = re.compile(r"(?i)\b(virtual|daring|online|zoom)\b")
TIME_OF_DAY = re.compile(r"^\s*(pagi|siang|sore|malam)\b")
CLOCK = re.compile(r"\bpukul\s+(\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?)")
VENUE = re.compile(rf"\bdi\s+({RUN})")
AWARD_WORDS = re.compile(r"\b(Anugerah|Penghargaan|Award|Awards)\b")
NOT_AWARD_START = ("Malam", "Acara", "Puncak", "Gala", "Seremoni", "Upacara")


@dataclass
class Org:
    key: str
    kind: str
    forms: list[str]  # names as written, first seen first
    evidence: str
    known: str | None = None  # id in the existing knowledge
    id: str = ""
    name: str = ""
    place: str | None = None
    used: bool = False


@dataclass
class Draft:
    """A drafted fact file (plain data, in the fact-file format) and what it found."""

    source: str
    award_id: str | None = None
    year: int | None = None
    data: dict[str, Any] = field(default_factory=dict)
    event_date: Any = None

    @property
    def edition_id(self) -> str | None:
        return f"{self.award_id}-{self.year}" if self.award_id and self.year else None


def draft_fact_file(text: str, source_id: str, kb: KnowledgeBase | None) -> Draft:
    """The draft of `text` (the article registered as `source_id`) against the existing
    knowledge `kb` (None: nothing known yet)."""
    return _Drafter(text, source_id, kb).run()


class _Drafter:
    def __init__(self, text: str, source_id: str, kb: KnowledgeBase | None) -> None:
        self.text = text
        self.sentences = sentences(text)
        self.body = [s for s in self.sentences if not s.title]
        self.draft = Draft(source_id)
        self.kb = kb
        self.known_names: dict[str, tuple[str, str]] = {}
        if kb is not None:
            for name in kb.names():
                if name.kind in ("award", "organisation", "person"):
                    self.known_names.setdefault(comparable(name.text), (name.kind, name.target))
        self.taken_ids = set(kb.organisations) | set(kb.people) | set(kb.awards) if kb else set()
        self.orgs: dict[str, Org] = {}
        self.organiser: Org | None = None

    def run(self) -> Draft:
        self.find_award()
        self.find_orgs()
        self.places = Places(tuple(o.place for o in self.orgs.values() if o.place))
        data = self.draft.data
        data["source"] = self.draft.source
        edition = self.edition()
        results = [self.result_decl(r) for r in self.results()] if edition else []
        people = People(self)
        people.find()
        people_decls = people.declarations()
        self.declare_orgs()
        if self.award_decl:
            data["awards"] = [self.award_decl]
        data["organisations"] = [self.org_decl(o) for o in self.orgs.values()
                                 if o.used and not o.known]
        data["people"] = people_decls
        if edition is not None:
            data["edition"] = edition
            data["results"] = results
            data["representatives"] = people.representatives()
        data["quotes"] = people.quotes()
        self.draft.data = _resolved(data)
        return self.draft

    # --- names ---------------------------------------------------------------------------

    def known(self, text: str, kind: str) -> str | None:
        found = self.known_names.get(comparable(text))
        return found[1] if found and found[0] == kind else None

    def find_award(self) -> None:
        """A known award by its names, else a new one ("Anugerah … (ABC)", "… Award 2021")."""
        self.award_decl: dict[str, Any] | None = None
        names = sorted((n for n, (k, _) in self.known_names.items() if k == "award"),
                       key=len, reverse=True)
        known = re.compile(r"(?i)\b(" + "|".join(map(re.escape, names)) + r")\b") if names else None
        for sentence in [*self.body, *self.sentences[:1]]:
            for match in known.finditer(sentence.text) if known else ():
                year = _year_after(sentence.text, match.end())
                if year:
                    self.edition_found(self.known_names[comparable(match.group())][1], year,
                                       sentence, match)
                    return
        for sentence in [*self.body, *self.sentences[:1]]:
            for match in re.finditer(RUN, sentence.text):
                run, end = match.group(), match.end()
                written_year = re.search(r"\s+(?:19|20)\d\d$", run)
                if written_year:
                    run, end = run[:written_year.start()], match.start() + written_year.start()
                if not AWARD_WORDS.search(run) or run.startswith(NOT_AWARD_START):
                    continue
                year = _year_after(sentence.text, end)
                if year is None:
                    continue
                declared = self.new_award(run, sentence)
                if declared is not None:
                    self.edition_found(declared, year, sentence, match)
                    return

    def new_award(self, run: str, sentence: Sentence) -> str | None:
        """Declare the award the run names, unless it is known; its new id, if declared."""
        abbreviation = re.match(r"^(.*?)\s*\(([A-Z][A-Za-z]{1,9})\)(.*)$", run)
        run = re.sub(r"\s+\d{4}$", "", run)
        parts = [p.strip() for p in run.split("/") if p.strip()]
        aliases: list[str] = []
        decl: dict[str, Any] = {}
        if abbreviation:
            name, short = abbreviation.group(1).strip(), abbreviation.group(2)
            aliases = [short]
            decl["abbreviations"] = [{"short": short, "long": name,
                                      "evidence": sentence.text, "review": True}]
        else:
            name = next((p for p in parts if AWARD_WORDS.search(p)), parts[-1])
            aliases = [p for p in parts if p != name]
            if name.endswith(" Award") and _word_in(name.removesuffix(" Award"), self.text):
                aliases.append(name.removesuffix(" Award"))
        name = re.sub(r"\s+ke-?\s?\d+$", "", name)
        if self.known(name, "award") or comparable(name) in self.known_names:
            return None
        aliases = [a for a in dict.fromkeys(aliases) if comparable(a) not in self.known_names
                   and comparable(a) != comparable(name)]
        short = next((a for a in aliases if a.replace(" ", "").isupper()), None)
        ident = self.new_id(slug(short or name))
        self.award_decl = {"id": ident, "name": name, **({"aliases": aliases} if aliases else {}),
                           "evidence": sentence.text, "review": True, **decl}
        return ident

    def edition_found(self, award: str, year: int, sentence: Sentence,
                      match: re.Match[str]) -> None:
        self.draft.award_id, self.draft.year = award, year
        self.edition_sentence = sentence
        self.number = re.match(r"\s*(?:\([A-Z][A-Za-z]{1,9}\)\s*)?(ke-?\s?(\d+))\b",
                               sentence.text[match.end():])

    def new_id(self, wanted: str) -> str:
        ident, number = wanted or "x", 2
        while ident in self.taken_ids:
            ident, number = f"{wanted}-{number}", number + 1
        self.taken_ids.add(ident)
        return ident

    def find_orgs(self) -> None:
        """Government bodies the body names: Pemerintah Kota (Pemkot) X, Pemkab X, Provinsi X,
        Dinas … Kota X, Kementerian X (ABC); and any organisation the knowledge knows."""
        self.mentions: dict[int, list[tuple[int, int, Org]]] = {}
        known_orgs = sorted((n for n, (k, _) in self.known_names.items() if k == "organisation"),
                            key=len, reverse=True)
        known = re.compile(r"(?i)\b(" + "|".join(map(re.escape, known_orgs)) + r")\b") if (
            known_orgs) else None
        patterns = [
            (rf"\bPemerintah (Provinsi|Kota|Kabupaten) (?:\((Pemprov|Pemkot|Pemkab)\) )?({RUN})",
             "pemda"),
            (rf"\b(Pemprov|Pemkot|Pemkab) ({RUN})", "short"),
            (rf"(?<!Wali )(?<!Pemerintah )\b(Provinsi|Kota|Kabupaten) ({RUN})", "plain"),
            (rf"\b(?:Dinas (?:{RUN_DAN}) |Diskominfo\w* |Dinas Kominfo\w* )(?:(Provinsi|Kota|"
             rf"Kabupaten) )?({RUN})", "dinas"),
            (rf"\bKementerian (?:{RUN_DAN})(?: \(([A-Z]\w+)\))?|\bKem(?:en)?[a-z]{{4,}}\b",
             "ministry"),
        ]
        for index, sentence in enumerate(self.body):
            found: list[tuple[int, int, Org]] = []
            text = sentence.text
            for pattern, how in patterns:
                for match in re.finditer(pattern, text):
                    org = self.org_of(match, how, sentence)
                    if org is not None and not any(s <= match.start() < e for s, e, _ in found):
                        found.append((match.start(), match.end(), org))
            for match in known.finditer(text) if known else ():
                if not any(s <= match.start() < e for s, e, _ in found):
                    org = self.org_by_key(f"known:{self.known_names[comparable(match.group())][1]}",
                                          "lainnya", match.group(), sentence)
                    org.known = self.known_names[comparable(match.group())][1]
                    found.append((match.start(), match.end(), org))
            self.mentions[index] = sorted(found, key=lambda f: f[0])

    def org_of(self, match: re.Match[str], how: str, sentence: Sentence) -> Org | None:
        written = match.group()
        if how == "ministry":
            key, kind, place = comparable(re.sub(r" \(.*\)$", "", written)), "kementerian", None
        else:
            if how == "pemda":
                kind, place = KINDS[match.group(1)], match.group(3)
            elif how == "short":
                kind, place = PEMDA[match.group(1)], match.group(2)
            elif how == "plain":
                kind, place = KINDS[match.group(1)], match.group(2)
            else:
                kind, place = "dinas", match.group(2)
            trimmed = Places().at(place, 0)
            if trimmed and trimmed != place and not re.match(r"\s*\(", place[len(trimmed):]):
                written = written[: len(written) - len(place) + len(trimmed)]
                place = trimmed
            if not re.match(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}$", place):
                return None
            key = f"{kind}:{comparable(place)}"
        return self.org_by_key(key, kind, written, sentence, place)

    def org_by_key(self, key: str, kind: str, written: str, sentence: Sentence,
                   place: str | None = None) -> Org:
        org = self.orgs.get(key)
        if org is None:
            org = self.orgs[key] = Org(key, kind, [], sentence.text, place=place)
        if written not in org.forms:
            org.forms.append(written)
        for form in org.forms:
            if org.known is None and (known := self.known(form, "organisation")):
                org.known = known
        return org

    def declare_orgs(self) -> None:
        used_names: set[str] = set()
        for org in self.orgs.values():
            if org.known:
                org.id = org.known
                continue
            forms = sorted(org.forms, key=len, reverse=True)
            plain = [re.sub(r" \((?:Pemprov|Pemkot|Pemkab|[A-Z][\w]+)\)", "", f) for f in forms]
            org.name = plain[0]
            abbreviation = re.search(r"\(([A-Z]\w+)\)", forms[0])
            short = [abbreviation.group(1)] if abbreviation and org.kind == "kementerian" else []
            aliases = [a for a in dict.fromkeys([*forms, *short, *plain[1:]])
                       if comparable(a) not in self.known_names and comparable(a) not in
                       used_names and comparable(a) != comparable(org.name)]
            used_names.update(comparable(a) for a in [org.name, *aliases])
            org.forms = aliases
            if org.kind == "dinas":
                wanted = f"{slug(abbreviation.group(1) if abbreviation else 'dinas')}-" \
                         f"{slug(org.place or '')}"
            elif org.kind == "kementerian":
                wanted = slug(short[0]) if short else slug(org.name)
            else:
                wanted = f"{org.kind}-{slug(org.place or org.name)}"
            org.id = self.new_id(wanted)

    def org_decl(self, org: Org) -> dict[str, Any]:
        decl: dict[str, Any] = {"id": org.id, "name": org.name, "kind": org.kind}
        parent = None
        if org.kind == "dinas" and org.place:
            parent = next((o for o in self.orgs.values() if o.place and o.kind != "dinas" and
                           comparable(o.place) == comparable(org.place) and o.used), None)
        if parent is not None:
            decl["parent"] = parent.id
        if org.forms:
            decl["aliases"] = org.forms
        evidence = org.evidence
        if not any(comparable(n) in comparable(evidence) for n in [org.name, *org.forms]):
            evidence = next(s.text for s in self.body if any(
                comparable(n) in comparable(s.text) for n in [org.name, *org.forms]))
        decl.update(evidence=evidence, review=True)
        return decl

    def pemda_of(self, place: str | None) -> Org | None:
        if not place:
            return None
        return next((o for o in self.orgs.values() if o.kind in ("provinsi", "kota", "kabupaten")
                     and o.place and comparable(o.place) == comparable(place)), None)

    # --- the edition ---------------------------------------------------------------------

    def edition(self) -> dict[str, Any] | None:
        if self.draft.edition_id is None:
            return None
        sentence = self.edition_sentence
        edition: dict[str, Any] = {"award": self.draft.award_id, "year": self.draft.year,
                                   "evidence": sentence.text, "review": True}
        if self.number:
            edition["number"] = {"number": int(self.number.group(2)),
                                 "label": self.number.group(1), "evidence": sentence.text,
                                 "review": True}
        for s in self.body:
            theme = THEME.search(s.text)
            if theme:
                edition["theme"] = {"text": theme.group(1).strip(), "evidence": s.text,
                                    "review": True}
                break
        for index, s in enumerate(self.body):
            organised = ORGANISED.search(s.text)
            if organised:
                org = next((o for start, _, o in self.mentions[index]
                            if start == organised.end()), None)
                if org is not None:
                    org.used = True
                    self.organiser = org
                    edition["organiser"] = {"organisation": org, "evidence": s.text,
                                            "review": True}
                    break
        event = self.event()
        if event:
            edition["events"] = [event]
        return edition

    def event(self) -> dict[str, Any] | None:
        for s in self.body:
            if not EVENT_WORDS.search(s.text):
                continue
            found = find_date(s.text, self.draft.year)
            if found is None:
                continue
            date, weekday, match = found
            self.draft.event_date = date
            event: dict[str, Any] = {
                "kind": "announcement" if re.search(r"(?i)pengumuman|diumumkan", s.text)
                else "ceremony"}
            name = EVENT_NAME.search(s.text)
            if name and " " in name.group().strip():  # "Malam" alone names nothing
                event["name"] = re.sub(r"\s+(?:via|di|pada)$", "", name.group())
            event["date"] = date.isoformat()
            if weekday:
                event["weekday"] = weekday
            tod = TIME_OF_DAY.match(s.text[match.end():])
            if tod:
                event["time_of_day"] = tod.group(1)
            clock = CLOCK.search(s.text)
            if clock:
                event["time"] = clock.group(1)
            event.update(self.venue(s.text))
            if VIRTUAL.search(s.text):
                event["virtual"] = True
            event.update(evidence=s.text, review=True)
            return event
        return None

    def venue(self, text: str) -> dict[str, str]:
        """Venue, city and province of "di <venue>[,] [city][,] [province]"."""
        for match in VENUE.finditer(text):
            run = match.group(1)
            if run.split()[0] in ("Kota", "Kabupaten", "Provinsi") or find_date(run, 2000):
                continue
            after = text[match.end():]
            following = re.match(rf",\s*({RUN})", after)
            words = run.split()
            found: dict[str, str] = {}
            for size in range(min(3, len(words)), 0, -1):  # a province at the end
                tail = " ".join(words[-size:])
                if tail in self.places.provinces and len(words) > size:
                    found["province"] = tail
                    run = " ".join(words[:-size])
                    break
            if following and not found and following.group(1) in self.places.provinces:
                found["province"] = following.group(1)
            city = next((c for c in sorted(self.places.cities, key=len, reverse=True)
                         if run == c or run.endswith(" " + c)), None)
            if following and city is None and following.group(1) in self.places.cities:
                city = following.group(1)
                after_city = re.match(rf",\s*{re.escape(city)},\s*({RUN})", after)
                if after_city and after_city.group(1) in self.places.provinces:
                    found["province"] = after_city.group(1)
            if city:
                found["city"] = city
            if run != city:
                found["venue"] = run
            return found
        return {}

    # --- results -------------------------------------------------------------------------

    def results(self) -> list[dict[str, Any]]:
        results: list[dict[str, Any]] = []
        for index, s in enumerate(self.body):
            ranks = list(RANK.finditer(s.text))
            if ranks:
                results += self.ranked(index, s, ranks, results)
            elif NOMINEE.search(s.text):
                results += self.nominated(index, s)
        groups = {comparable(r["group"]) for r in results if r.get("group")}
        if len(groups) == 1:  # one group in the article: a result whose sentence writes it
            group = next(r["group"] for r in results if r.get("group"))
            for result in results:
                if "group" not in result and comparable(group) in comparable(
                        " ".join(result["evidence"])) and result["status"] == "winner":
                    result["group"] = group
        unique: dict[tuple[Any, ...], dict[str, Any]] = {}
        for result in results:
            key = (result["organisation"].key, result["status"], result.get("rank"),
                   comparable(result.get("category") or ""), comparable(result.get("group") or ""))
            unique.setdefault(key, result)
        return list(unique.values())

    def ranked(self, index: int, s: Sentence, ranks: list[re.Match[str]],
               earlier: list[dict[str, Any]]) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        text = s.text
        sentence_groups = [g.group(1) or g.group(2) for g in GROUP.finditer(text)]
        mentions = [m for m in self.mentions[index] if m[2] is not self.organiser]
        for number, rank in enumerate(ranks):
            end = ranks[number + 1].start() if number + 1 < len(ranks) else len(text)
            begin = ranks[number - 1].end() if number else 0
            segment = text[rank.end():end]
            won_by = WON_BY.search(segment)
            org = None
            if won_by:
                at = rank.end() + won_by.end()
                org = next((o for start, _, o in mentions if start == at), None)
            if org is None:
                before = [o for start, stop, o in mentions
                          if begin <= start and stop <= rank.start()]
                org = before[-1] if before else None
            if org is None:
                continue
            result: dict[str, Any] = {"organisation": org, "status": "winner"}
            label = rank.group()
            number_ = rank_from_label(label)
            if number_ is not None:
                result["rank"] = number_
            result["rank_label"] = label
            evidence = [text]
            category = CATEGORY.search(segment)
            if category:
                result["category"] = _clean(category.group(1))
            elif SAME_CATEGORY.search(segment) and earlier + found:
                previous = (found or earlier)[-1]
                for key in ("category", "group"):
                    if previous.get(key):
                        result[key] = previous[key]
                evidence += [e for e in previous["evidence"] if e not in evidence]
            elif found and found[-1].get("category"):
                result["category"] = found[-1]["category"]
                result.setdefault("group", found[-1].get("group"))
                evidence = list(found[-1]["evidence"])
            if "group" not in result or not result["group"]:
                result.pop("group", None)
                if len(sentence_groups) == 1:
                    result["group"] = _clean(sentence_groups[0])
            result["evidence"] = evidence
            found.append(result)
        return found

    def nominated(self, index: int, s: Sentence) -> list[dict[str, Any]]:
        mentions = [m for m in self.mentions[index] if m[2] is not self.organiser]
        if not mentions:
            return []
        org = mentions[0][2]
        marker = list(re.finditer(r"\bkategori\b", s.text))
        if not marker:
            return []
        rest = s.text[marker[-1].end():]
        rest = re.sub(r"^\s*(?:lainnya|lain)?\s*(?:,?\s*(?:yakni|yaitu|antara lain)|:)?\s*",
                      "", rest)
        names = []
        for item in re.split(r",\s*(?:dan\s+|serta\s+)?|\s+dan\s+|\s+serta\s+", rest):
            run = re.match(RUN, item.strip())
            if run:
                names.append(_clean(run.group()))
        detail = DETAIL.search(s.text)
        found = []
        for name in names:
            result = {"organisation": org, "status": "nominee", "category": name,
                      "evidence": [s.text]}
            if detail:
                result["status_detail"] = detail.group()
            found.append(result)
        return found

    def result_decl(self, result: dict[str, Any]) -> dict[str, Any]:
        decl = dict(result)
        org: Org = decl.pop("organisation")
        org.used = True
        evidence = decl.pop("evidence")
        ordered = {"organisation": org, **decl,
                   "evidence": evidence[0] if len(evidence) == 1 else evidence, "review": True}
        return ordered


def _resolved(value: Any) -> Any:
    """The draft with each organisation and person (objects while drafting) as its id, and
    empty sections left out."""
    if isinstance(value, dict):
        return {k: _resolved(v) for k, v in value.items() if v not in (None, [], {})}
    if isinstance(value, list):
        return [_resolved(v) for v in value]
    return value.id if hasattr(value, "id") and not isinstance(value, str) else value


def _year_after(text: str, end: int) -> int | None:
    """The year written just after an award's name: "AMH 2023", "(AMH) ke-16 2023"."""
    match = re.match(r"\s*(?:\([A-Z][A-Za-z]{1,9}\)\s*)?(?:ke-?\s?\d+\s+)?(?:[Tt]ahun\s+)?"
                     r"((?:19|20)\d\d)\b", text[end:])
    return int(match.group(1)) if match else None


def _word_in(phrase: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _clean(text: str) -> str:
    return text.strip().rstrip(",.;:")
