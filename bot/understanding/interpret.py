"""From text to an Interpretation: slots, scored intents, scope and chitchat signals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from bot.slots import NUMBER_SLOTS, Slots, TextSlot
from bot.understanding.entities import EntityIndex, Linked, Mention
from bot.understanding.focus import ASKING_WORDS
from bot.understanding.intents import Scored, delexicalised, score_fuzzy, score_strict
from bot.understanding.normalise import normalise, normalise_question
from bot.understanding.vocabulary import (
    CITING_NOUNS,
    DAY_NAMES,
    DEMAND_WORDS,
    EVENT_VERBS,
    FILLERS,
    FOLLOW_UP_MARKERS,
    GENERIC_WORDS,
    GREETING_CUES,
    GREETINGS,
    HELP,
    INSTITUTION_KINDS,
    NOW_WORDS,
    OPINION_WORDS,
    PAST_WORDS,
    RANK_NOUNS,
    RESULT_WORDS,
    SUPPOSING_WORDS,
    THANKS,
    YES_NO_CUES,
    YES_NO_TAILS,
)

# the slots one mention fills, in the order they are filled: ids and text first, numbers …
NAMING_SLOTS: tuple[TextSlot, ...] = ("award", "edition")
# … then the organisation, person, role, category, group and place
SUBJECT_SLOTS: tuple[TextSlot, ...] = ("organisation", "person", "role", "category", "group",
                                       "place")
HELP_CUES = frozenset({"bantuan", "help", "bantu", "bisa", "cara", "caranya", "fitur",
                       "panduan", "petunjuk", "tanya", "bertanya", "tolong", "pakai", "start"})
_ASSIST_WORDS = frozenset({"bantu", "bantuan", "help", "fitur", "panduan", "petunjuk"})
_THE_BOT = frozenset({"bot", "kamu", "anda"})
# where the bot's answers come from, asked
_SOURCE_OF_ANSWERS = frozenset({"dari", "mana", "jawab", "jawaban", "jawabannya", "dapat",
                                "tahu"})
THANKS_CUES = frozenset({"terimakasih", "thanks", "thank", "kasih"})
CHITCHAT_WORDS = GREETINGS | THANKS | HELP | FILLERS | frozenset(
    {"informasi", "ya", "apa", "saja", "kamu", "saya", "bot", "ini", "yang", "ke", "banyak",
     "juga", "semua", "bagaimana", "oke", "untuk", "buat", "siapa", "iya", "baik", "sampai",
     "atau", "asli", "orang", "tugas", "selalu", "harap", "mau", "ingin", "pengen", "pelayanan"})
# "halo, mau tanya soal AMH": asking leave to ask about something named, no question yet
ASK_WORDS = frozenset({"tanya", "bertanya"})
LEAVE_WORDS = frozenset({"mau", "ingin", "pengen", "izin", "soal", "tentang", "perihal",
                         "mengenai", "terkait", "seputar", "info", "dong", "dan", "sama"})


@dataclass
class Interpretation:
    """What the understanding layer made of one question (before context)."""

    text: str
    tokens: list[str]
    linked: Linked
    slots: Slots
    strict: list[Scored]
    fuzzy: Scored | None
    chitchat: str | None = None
    out_of_scope: list[str] = field(default_factory=list)
    follow_up_marker: bool = False

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self.linked.free_words())

    def explain(self) -> dict[str, Any]:
        return {
            "tokens": self.tokens,
            "corrected": self.linked.corrected,
            "delexicalised": delexicalised(self.linked),
            "slots": self.slots,
            "unknown_words": self.out_of_scope,
            "candidates": [(s.intent, s.score, s.how) for s in self.strict[:4]]
            + ([(self.fuzzy.intent, self.fuzzy.score, "fuzzy")] if self.fuzzy else []),
        }


def slots_from(linked: Linked) -> Slots:
    slots: Slots = {}
    for text_slot in NAMING_SLOTS:
        if (text := linked.first_text(text_slot)) is not None:
            slots[text_slot] = text
    for number_slot in NUMBER_SLOTS:  # year, number, rank
        if (number := linked.first_number(number_slot)) is not None:
            slots[number_slot] = number
    if (asked := _year_asked_after(linked)) is not None:
        slots["year"] = asked
        slots.pop("edition", None)
    if len(linked.all("rank")) > 1:  # "juara 1 dan 2", "juara 1 sampai 3": those ranks
        del slots["rank"]
        slots["ranks"] = [str(r) for r in linked.all("rank")]
    cited = {m.start for m in linked.mentions if m.kind == "organisation" and m.start >= 2
             and linked.tokens[m.start - 2] == "menurut"
             and linked.tokens[m.start - 1] in CITING_NOUNS}
    for text_slot in SUBJECT_SLOTS:
        named = [m.target for m in linked.mentions if m.kind == text_slot
                 and isinstance(m.target, str) and m.start not in cited]
        if named:  # ("menurut berita Bengkulu": the article, not what is asked about)
            slots[text_slot] = named[0]
    topics = linked.all_text("topic")
    if topics:
        slots["topics"] = topics
    if linked.asks_rank:
        slots["asks_rank"] = True
    if linked.unknown_category:
        slots["unknown_category"] = linked.unknown_category
    if linked.unknown_organisation:
        slots["unknown_organisation"] = linked.unknown_organisation
    elif (institution := linked.first_text("institution")) is not None:
        slots["unknown_organisation"] = institution  # "Kemendagri": not on record
    if linked.asks_count:
        slots["asks_count"] = True
    return slots


def _year_asked_after(linked: Linked) -> int | None:
    """'TOP GPR 2021 Bengkulu peringkat 2, kalau 2022?': a year after "kalau", "terus", … is
    the one asked; the year before it was context. None when the message names one year, or
    two awards (each with its own year, read as two asks)."""
    years = [m for m in linked.mentions if m.kind == "year"]
    if len({m.target for m in years}) < 2:
        return None
    marker = max((i for i, t in enumerate(linked.tokens) if t in FOLLOW_UP_MARKERS),
                 default=None)
    if marker is None or marker < years[0].end:
        return None
    later = [m for m in years if m.start > marker]
    if not later or len({m.target for m in linked.mentions if m.kind == "award"}) > 1:
        return None
    target = later[-1].target
    return target if isinstance(target, int) else None


def numbers_as_ranks(meaning: Interpretation) -> Interpretation:
    """The question with its edition numbers read as ranks: "kalau yang ke-3?" right after
    a question about a rank asks the third rank, not the third edition."""
    return relinked(meaning, [replace(m, kind="rank") if m.kind == "number" else m
                               for m in meaning.linked.mentions])


def relinked(meaning: Interpretation, mentions: list[Mention]) -> Interpretation:
    """The question read again with other mentions: its slots and intents follow."""
    linked = meaning.linked
    linked.mentions = mentions
    return replace(meaning, slots=slots_from(linked), strict=score_strict(linked),
                   fuzzy=score_fuzzy(linked))


EVENT_WORDS = EVENT_VERBS | {"acara", "berlangsung", "lokasi", "tempat"}  # ("diumumkan di")


# what may stand between an award and the "di" of where it was held ("AMH 2023 kemaren di …")
_BETWEEN = FILLERS | PAST_WORDS | {"kemarin", "itu"}


def organisation_as_place(meaning: Interpretation, *, after_event: bool = False
                          ) -> Interpretation:
    """'AMH 2023 digelar di Jakarta?': the name after "di" is where the event was, not the
    Provinsi DKI Jakarta's result. Read so when the question is about an event (an award
    before "di", or a verb of holding one, or the chat's last answer, for "di Jakarta ya?"
    right after when it was held) and asks for no result; always after "hadir ke" ("datang
    ke Jakarta atau online?": a place gone to)."""
    linked, tokens = meaning.linked, meaning.linked.tokens
    words = set(tokens)
    if words & RESULT_WORDS:
        return meaning
    # ("di" opening the message right after an event's answer: that event is spoken of)
    of_event = bool(words & EVENT_WORDS) or (after_event and tokens[:1] == ["di"])
    scoped = {m.end for m in linked.mentions if m.kind in ("award", "edition", "year")}
    mentions = []
    for mention in linked.mentions:
        before = tokens[max(0, mention.start - 2):mention.start]
        # "hadir ke Jakarta", "hadir langsung di jakarta": a place gone to
        going = before == ["hadir", "ke"] or (before[-1:] == ["di"] and bool(
            {"hadir", "datang"} & set(tokens[max(0, mention.start - 3):mention.start])))
        if mention.kind == "organisation" and (going or (before[-1:] == ["di"] and (
                of_event or any(set(tokens[end:mention.start - 1]) <= _BETWEEN
                                           for end in scoped if end < mention.start)))):
            # ("AMH 2023 kan di jakarta ya", "AMH 2023 kemaren di jakarta kan?": only fillers
            # or when it was between the award and "di")
            place = " ".join(tokens[mention.start:mention.end]).title()
            mention = replace(mention, kind="place", target=place)
        mentions.append(mention)
    return meaning if mentions == linked.mentions else relinked(meaning, mentions)


def chitchat_kind(linked: Linked, strict: list[Scored], *, asking: bool = False) -> str | None:
    """greeting | thanks | help when the message is only that."""
    tokens = linked.tokens
    if tokens[:1] == ["kalau"] and tokens[1:2] and tokens[1] in FILLERS:
        tokens = tokens[2:]  # "kalau gitu makasih", "kalau demikian, cukup sekian": then
    if not tokens:
        return None
    words = set(tokens)
    if any(m.kind != "topic" for m in linked.mentions):
        # "oke makasih min, bangga jadi wong bengkulu 💪": thanks, then a word about what it
        # names that neither asks nor checks anything
        # (not "tolong kutip ucapan terima kasih darto": someone's thanks asked for)
        thanked = bool(set(tokens[:2]) & (THANKS_CUES - {"kasih"})) \
            and tokens[-1] not in YES_NO_TAILS | {"ya"} \
            and not any(m.kind == "person" for m in linked.mentions)
        return "thanks" if thanked and not asking and not words & (
            ASKING_WORDS | YES_NO_CUES | RESULT_WORDS | DEMAND_WORDS) else None
    if words & ASK_WORDS and not words & ASKING_WORDS \
            and words <= CHITCHAT_WORDS | LEAVE_WORDS | GENERIC_WORDS:
        return "help"  # "hi bot, mau nanya2 soal award humas pemda, boleh?": no question yet
    if words & (THANKS_CUES - {"kasih"}) and not asking \
            and not words & (ASKING_WORDS | DEMAND_WORDS) \
            and tokens[0] in THANKS_CUES | CHITCHAT_WORDS:
        # "Terima kasih ya nak, sudah sabar sama ibu", "ok, terima kasih, very helpful": what
        # follows the thanks names and asks nothing (but "kasih tips …" asks for tips, and
        # "makasih, resep soto dong" for a recipe)
        return "thanks"
    if (words & _ASSIST_WORDS or ("bot" in words and "apa" not in words
                                  and words - GREETINGS - FILLERS - {"bot"})) \
            and not words & (ASKING_WORDS - {"apa"}) \
            and words <= CHITCHAT_WORDS | LEAVE_WORDS | GENERIC_WORDS | {"humas"}:
        # "oh ini bot soal penghargaan ya? bisa bantu apa?": what the bot does, asked (not
        # "bot, penghargaan apa saja?", nor "woy bot 👋", a greeting)
        return "help"
    if words & _THE_BOT and ("sumber" in words or {"dari", "mana"} <= words) \
            and words <= CHITCHAT_WORDS | LEAVE_WORDS | GENERIC_WORDS | _SOURCE_OF_ANSWERS:
        return "help"  # "Bot ini jawabannya bersumber dari mana ya?", "kamu dapat info dari mana?"
    if not words <= CHITCHAT_WORDS:
        return None
    if words & THANKS_CUES:  # (not "makasih ke siapa aja?": whom someone thanked)
        return None if "siapa" in words and words & {"ke", "kepada"} else "thanks"
    if words & HELP_CUES or (words & {"apa", "siapa"} and words & {"bisa", "kamu", "bot"}) \
            or {"kamu", "bot"} <= words or "robot" in words:  # "kamu bot ya?", "robot?"
        return "help"
    if words & GREETING_CUES or "kabar" in words \
            or (words <= (GREETINGS | FILLERS) - {"apa"} and not asking):
        # "pagi", "siang kak" — but "pagi?" asks whether it was in the morning
        return "greeting"
    if words <= {"oke", "ya", "iya", "baik", "siap", "sampai", "jumpa", "bye", "dadah",
                 "sudah", "sekian", "cukup", "wassalam", "wassalamualaikum", "sip",
                 "nya", "pamit", "cabut"} | FILLERS:
        # "oke sip mantap", "oke, sampai jumpa", "baik, sekian dulu. wassalam", "sip,
        # wilujeng nya" (Sundanese: goodbye then), "ok cabut dulu" (leaving)
        return "thanks"
    return None


_TO_YOU = re.compile(r"\bmenurut\s*(?:mu|kamu|anda|lu|lo|elo|kau|engkau|sampeyan|bot|min|"
                     r"admin)\b")


# "bagusan mana Bandung atau Bengkulu humasnya?": which is better, judged by the bot
_BETWEEN_TWO = frozenset({"atau", "ato", "dari", "daripada", "dibanding", "vs", "versus"})
_BETTER = re.compile(r"\b(?:bagusan|mending|lebih\s+(?:bagus|baik|hebat|keren|jago))\b")


def asks_opinion(text: str) -> bool:
    """'menurutmu Bandung layak juara 1 ga?', 'seandainya DKI gak ikut, …?': the bot's own
    judgement or guess asked, not a fact."""
    lowered = text.casefold()
    words = set(re.findall(r"[^\W\d_]+", lowered))
    return (bool(_TO_YOU.search(lowered)) and bool(words & OPINION_WORDS)) \
        or bool(words & SUPPOSING_WORDS) \
        or (bool(_BETTER.search(lowered)) and bool(words & _BETWEEN_TWO)
            and not set(normalise(text)) & RANK_NOUNS)
    # (the two compared named with it, and not "… peringkatnya?", which the ranks answer)


def asks_leave(linked: Linked) -> bool:
    """The message only asks leave to ask about what it names: "hi, mau nanya2 ttg top gpr",
    "izin bertanya perihal AMH 2023" (a question word makes it a question)."""
    named = [m for m in linked.mentions if m.kind != "topic"]
    if not named or any(m.kind not in ("award", "edition", "year", "organisation", "person")
                        for m in named):
        return False
    rest = linked.unnamed_words()
    return bool(rest & ASK_WORDS) and not rest & (ASKING_WORDS | {"apakah"}) \
        and rest <= CHITCHAT_WORDS | LEAVE_WORDS


def interpret(index: EntityIndex, text: str) -> Interpretation:
    tokens = normalise_question(text)
    linked = index.link(tokens)
    strict = score_strict(linked)
    fuzzy = score_fuzzy(linked) if tokens else None
    slots = slots_from(linked)
    named = str(slots.get("unknown_category") or "")  # "kategori website": a name
    out_of_scope = [w for w in linked.unknown if w != named] + [
        t for t in tokens if t in NOW_WORDS] + [
        b for a, b in pairwise(tokens) if a == "hari" and b in DAY_NAMES]
    return Interpretation(
        text=text, tokens=tokens, linked=linked, slots=slots, strict=strict,
        fuzzy=fuzzy, chitchat=chitchat_kind(linked, strict, asking=text.rstrip().endswith("?")),
        out_of_scope=out_of_scope,
        follow_up_marker=_goes_on(tokens),
    )


def _goes_on(tokens: list[str]) -> bool:
    """Whether a message opens as a follow-up: "kalau …", "terus …", "eh maksud saya yang top
    gpr" (after the fillers), or names only a kind of institution after "yang" ("yang
    provinsi?" after the ministries' winners)."""
    said = [t for t in tokens if t not in FILLERS]
    return bool(said) and (said[0] in FOLLOW_UP_MARKERS or (
        said[0] == "yang" and len(said) > 1 and set(said[1:]) <= INSTITUTION_KINDS))
