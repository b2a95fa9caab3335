"""Intents: what a question asks, declared as cue words, slot bonuses and required slots.

Matching is strict first (weighted cue words on the words left after entity linking), fuzzy
second (rapidfuzz against delexicalised example questions), as Snips NLU recommends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz import fuzz, process

from bot.understanding.entities import Linked
from bot.understanding.vocabulary import FILLERS

# slot groups an intent may require: one slot of the group must be present
EDITION_SUBJECT = ("award", "edition", "year", "organisation", "person", "number", "place")
WINNER_SUBJECT = ("award", "edition", "year", "category", "group", "number")


@dataclass(frozen=True)
class IntentSpec:
    """One intent: its cue words (on free words), slot bonuses and requirements."""

    name: str
    cues: dict[str, float]
    slots: dict[str, float] = field(default_factory=dict)
    requires: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    pairs: dict[tuple[str, str], float] = field(default_factory=dict)


INTENTS: tuple[IntentSpec, ...] = (
    IntentSpec(
        "who_won",
        cues={"juara": 1.0, "menang": 1.0, "raih": 0.5, "siapa": 0.4, "peringkat": 0.7,
              "terbaik": 0.7, "ranking": 0.7, "rangking": 0.7, "urutan": 0.6, "posisi": 0.4,
              "daftar": 0.4, "besar": 0.4, "teratas": 0.8, "atas": 0.3, "paling": 0.3,
              "provinsi": 0.2, "mana": 0.2, "dapat": 0.3, "piala": 0.3, "nomor": 0.5},
        slots={"rank": 0.6, "award": 0.3, "edition": 0.3, "year": 0.2, "category": 0.2,
               "group": 0.3, "organisation": -1.5, "person": -1.5, "place": -0.5},
        requires=WINNER_SUBJECT,
        uses=("award", "edition", "year", "number", "rank", "category", "group"),
        examples=("siapa juara <award> <year>", "siapa pemenang <award> <year>",
                  "juara <rank> <award> <year> siapa", "daftar pemenang <award>"),
    ),
    IntentSpec(
        "org_rank",
        cues={"peringkat": 0.9, "juara": 0.6, "ranking": 0.9, "rangking": 0.9, "posisi": 0.9,
              "urutan": 0.9, "terbaik": 0.7, "berapa": 0.4, "keberapa": 0.4, "apakah": 0.2,
              "benar": 0.3, "menang": 0.3},
        slots={"organisation": 0.6, "asks_rank": 1.2, "rank": 0.4},
        requires=("organisation",),
        uses=("organisation", "award", "edition", "year", "number", "rank", "category"),
        examples=("<organisation> peringkat berapa di <award> <year>",
                  "<organisation> juara berapa"),
    ),
    IntentSpec(
        "org_awards",
        cues={"penghargaan": 0.5, "award": 0.5, "prestasi": 1.2, "raih": 0.7, "dapat": 0.7,
              "menang": 0.6, "apa": 0.2, "juara": 0.2, "piala": 0.4, "anugerah": 0.4},
        slots={"organisation": 0.6, "asks_rank": -1.5, "rank": -0.3},
        requires=("organisation",),
        uses=("organisation", "award", "edition", "year", "number", "category"),
        examples=("penghargaan apa yang diraih <organisation>",
                  "<organisation> dapat penghargaan apa"),
    ),
    IntentSpec(
        "event_date",
        cues={"kapan": 2.0, "tanggal": 1.2, "hari": 1.0, "bulan": 1.0, "jam": 1.2,
              "pukul": 1.2, "waktu": 0.9, "pagi": 0.7, "siang": 0.7, "sore": 0.7, "malam": 0.5,
              "umum": 0.3, "gelar": 0.2},
        pairs={("hari", "apa"): 1.0, ("tanggal", "berapa"): 0.5},
        slots={"topics": -1.2},
        requires=EDITION_SUBJECT,
        uses=("award", "edition", "year", "number", "organisation", "person"),
        examples=("kapan <award> <year>", "tanggal berapa <award> <year> diumumkan"),
    ),
    IntentSpec(
        "event_place",
        cues={"dimana": 2.0, "mana": 0.5, "lokasi": 1.5, "tempat": 1.5, "venue": 1.5,
              "gedung": 1.5, "hotel": 1.5, "kota": 0.5, "provinsi": 0.4, "virtual": 1.0,
              "daring": 1.0, "luring": 1.0, "tuan": 0.6, "rumah": 0.4, "gelar": 0.3},
        pairs={("kota", "apa"): 1.0, ("kota", "mana"): 1.0, ("provinsi", "apa"): 1.0,
               ("provinsi", "mana"): 0.6},
        slots={"place": 0.8, "topics": -1.2},
        requires=EDITION_SUBJECT,
        uses=("award", "edition", "year", "number", "organisation", "person", "place"),
        examples=("dimana <award> <year>", "lokasi acara <award> <year>"),
    ),
    IntentSpec(
        "representative",
        cues={"terima": 1.1, "wakil": 1.2, "hadir": 0.9, "ikut": 0.9, "ambil": 0.7,
              "siapa": 0.4, "jabat": 0.2, "langsung": 0.3},
        slots={"person": -0.6},
        requires=EDITION_SUBJECT,
        uses=("award", "edition", "year", "number", "organisation", "place"),
        examples=("siapa yang menerima <award> <year> untuk <organisation>",
                  "siapa yang mewakili <organisation>"),
    ),
    IntentSpec(
        "theme",
        cues={"tema": 2.2, "angkat": 0.5, "slogan": 1.5},
        requires=EDITION_SUBJECT,
        uses=("award", "edition", "year", "number", "organisation"),
        examples=("apa tema <award> <year>",),
    ),
    IntentSpec(
        "organiser",
        cues={"selenggara": 1.0, "adakan": 0.8, "siapa": 0.3, "oleh": 0.4, "kementerian": 0.8,
              "lembaga": 0.6, "instansi": 0.3},
        pairs={("selenggara", "oleh"): 1.0, ("adakan", "oleh"): 1.0, ("oleh", "siapa"): 0.4,
               ("gelar", "oleh"): 1.0, ("instansi", "mana"): 0.8, ("lembaga", "mana"): 0.8,
               ("lembaga", "apa"): 0.8, ("kementerian", "apa"): 0.8,
               ("kementerian", "mana"): 0.8},
        requires=("award", "edition", "year", "number", "organisation"),
        uses=("award", "edition", "year", "number"),
        examples=("siapa penyelenggara <award> <year>", "<award> diadakan oleh siapa"),
    ),
    IntentSpec(
        "edition_number",
        cues={"keberapa": 1.4, "edisi": 1.4, "kali": 0.6, "berapa": 0.3, "@number": 0.7},
        slots={"asks_rank": -2.0, "organisation": -0.5},
        requires=("award", "edition", "year", "number"),
        uses=("award", "edition", "year", "number"),
        examples=("<award> <year> yang keberapa", "edisi keberapa <award> <year>"),
    ),
    IntentSpec(
        "award_definition",
        cues={"arti": 1.3, "maksud": 1.3, "jelas": 1.3, "definisi": 1.3,
              "penghargaan": 0.2},
        pairs={("apa", "itu"): 1.0, ("itu", "apa"): 1.0, ("itu", "penghargaan"): 0.8},
        slots={"award": 0.3, "organisation": -1.0},
        requires=("award", "edition"),
        uses=("award", "edition", "year"),
        examples=("apa itu <award>", "<award> itu apa"),
    ),
    IntentSpec(
        "award_abbreviation",
        cues={"singkat": 2.2, "panjang": 2.2},
        requires=("award", "edition"),
        uses=("award", "edition"),
        examples=("<award> singkatan dari apa",),
    ),
    IntentSpec(
        "award_eligibility",
        cues={"beri": 1.0, "tuju": 1.3, "instansi": 0.8, "terima": 0.0, "peserta": 0.6,
              "kepada": 0.5,
              "bisa": 0.6, "siapa": 0.3, "untuk": 0.3, "saja": 0.2},
        pairs={("untuk", "siapa"): 0.8, ("bisa", "dapat"): 0.8, ("boleh", "ikut"): 1.2,
               ("bisa", "ikut"): 1.2},
        slots={"organisation": -0.6, "rank": -1.0},
        requires=("award", "edition"),
        uses=("award", "edition"),
        examples=("<award> diberikan kepada siapa", "siapa saja yang bisa dapat <award>"),
    ),
    IntentSpec(
        "nominations",
        cues={"nominasi": 2.2, "besar": 0.6, "enam": 0.4, "masuk": 0.6, "selain": 0.8,
              "lagi": 0.3},
        slots={"category": 0.4},
        requires=("organisation", "award", "edition", "year", "category"),
        uses=("organisation", "award", "edition", "year", "number", "category"),
        examples=("<organisation> masuk nominasi apa saja",),
    ),
    IntentSpec(
        "person_quote",
        cues={"kata": 1.3, "bilang": 1.3, "ucap": 1.0, "ungkap": 1.0, "nyata": 1.1,
              "pesan": 1.0, "tanggap": 1.0, "komentar": 1.0, "harap": 1.1, "sampai": 0.8,
              "pendapat": 0.8, "syukur": 0.6},
        slots={"person": 0.6, "role": 0.4},
        requires=("person", "role"),
        uses=("person", "role", "organisation", "award", "edition", "year"),
        examples=("apa kata <person>", "<person> bilang apa"),
    ),
    IntentSpec(
        "person_info",
        cues={"jabat": 1.5, "siapa": 0.6, "kerja": 0.8, "posisi": 0.5, "tugas": 0.8,
              "mana": 0.3, "dimana": 0.3},
        pairs={("kerja", "dimana"): 1.0, ("tugas", "dimana"): 1.0},
        slots={"person": 0.7, "role": 0.3},
        requires=("person",),
        uses=("person",),
        examples=("siapa <person>", "<person> jabatannya apa"),
    ),
    IntentSpec(
        "role_holder",
        cues={"siapa": 0.9, "nama": 0.9, "@role": 0.9},
        slots={"person": -1.0},
        requires=("role",),
        uses=("role", "organisation", "year"),
        examples=("siapa <role> <organisation>",),
    ),
    IntentSpec(
        "awards_list",
        cues={"penghargaan": 0.5, "award": 0.5, "ajang": 0.6, "daftar": 0.6, "tahu": 0.8,
              "punya": 0.6, "data": 0.6, "ada": 0.3, "tercatat": 0.8, "tanya": 0.6,
              "saja": 0.3, "informasi": 0.4},
        slots={"award": -2.0, "edition": -2.0, "organisation": -2.0, "person": -2.0,
               "rank": -1.0, "category": -1.0},
        requires=(),
        uses=("year",),
        examples=("penghargaan apa saja yang kamu tahu", "daftar penghargaan yang tercatat"),
    ),
    IntentSpec(
        "note",
        cues={"alasan": 1.0, "sukses": 0.4, "@topics": 2.0},
        requires=("topics", "alasan"),
        uses=("organisation", "person", "award", "edition", "year", "topics"),
        examples=("mengapa <organisation> bisa menang",),
    ),
)

BY_NAME = {spec.name: spec for spec in INTENTS}
SUBJECT_SLOTS = ("award", "edition", "organisation", "person", "role")
FUZZY_THRESHOLD = 80.0


@dataclass(frozen=True)
class Scored:
    """An intent's score for one question, and how it was reached."""

    intent: str
    score: float
    how: str  # "strict" | "fuzzy"


def slot_presence(linked: Linked) -> dict[str, int]:
    present: dict[str, int] = {m.kind: 1 for m in linked.mentions}
    present.pop("topic", None)
    present["topics"] = len({(m.start, m.end) for m in linked.mentions if m.kind == "topic"})
    present["asks_rank"] = int(linked.asks_rank)
    present["alasan"] = int("alasan" in linked.free_words())
    return present


def score_strict(linked: Linked) -> list[Scored]:
    """Weighted cue words on the free words plus slot bonuses, best first."""
    words = linked.free_words()
    word_set = set(words)
    present = slot_presence(linked)
    scored = []
    for spec in INTENTS:
        cue_score = sum(weight for cue, weight in spec.cues.items() if cue in word_set)
        cue_score += sum(weight * min(present.get(cue[1:], 0), 2)
                         for cue, weight in spec.cues.items() if cue[:1] == "@")
        cue_score += sum(
            weight for (a, b), weight in spec.pairs.items() if _adjacent(words, a, b)
        )
        if cue_score <= 0:
            continue
        slot_score = sum(weight for slot, weight in spec.slots.items() if present.get(slot))
        scored.append(Scored(spec.name, round(cue_score + slot_score, 3), "strict"))
    return sorted(scored, key=lambda s: -s.score)


def _adjacent(words: list[str], first: str, second: str) -> bool:
    return any(a == first and b == second for a, b in pairwise(words))


_EXAMPLES = [(example, spec.name) for spec in INTENTS for example in spec.examples]


def delexicalised(linked: Linked) -> str:
    """The question with mentions replaced by their kind: 'siapa juara <award> <year>'."""
    parts: list[str] = []
    starts = {m.start: m for m in linked.mentions}
    index = 0
    while index < len(linked.tokens):
        if index in starts:
            parts.append(f"<{starts[index].kind}>")
            index = max(starts[index].end, index + 1)
        else:
            parts.append(linked.tokens[index])
            index += 1
    return " ".join(parts)


def score_fuzzy(linked: Linked) -> Scored | None:
    """The example question closest to the delexicalised question, if close enough."""
    if not any(w not in FILLERS for w in linked.free_words()):
        return None  # names alone ("bandung", "2021") never make a question
    text = delexicalised(linked)
    best = process.extractOne(text, [e for e, _ in _EXAMPLES], scorer=fuzz.token_sort_ratio,
                              score_cutoff=FUZZY_THRESHOLD)
    if best is None:
        return None
    return Scored(_EXAMPLES[best[2]][1], round(best[1] / 100, 3), "fuzzy")


def requirement_met(spec: IntentSpec, present: dict[str, int] | dict[str, bool]) -> bool:
    return not spec.requires or any(present.get(slot) for slot in spec.requires)
