"""The question-answering engine: understand, fill from context, resolve, reply.

Synchronous, pure and fast; every channel (console, `ask`, Telegram) calls `Engine.ask`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TypeVar, cast

from bot.answering import details, overview, results
from bot.answering.counts import counted
from bot.answering.details import with_reported
from bot.answering.passages import (
    QUOTED_SPAN,
    Found,
    Passage,
    PassageIndex,
    links_another_story,
    names_beside,
    stem,
    supplies,
    terms,
)
from bot.answering.phrases import NO, YES, person_text
from bot.answering.query import Answer, Query, find_editions, organisation_editions
from bot.answering.suggest import Suggester, edition_question
from bot.catalogue import award_short, edition_label, example_questions, known_editions
from bot.checks import (
    LOSING_PAIRS,
    PERSON_INTENTS,
    abbreviation_asked,
    award_of,
    besides,
    checks,
    claimed_detail,
    claimed_edition,
    described_by_organiser,
    described_by_venue,
    edition_of_label,
    holder_in_turn,
    kind_check,
    kind_within,
    names_something,
    next_edition,
    next_to_named,
    nomination_meaning,
    organiser_check,
    organisers_of,
    other_attendee,
    other_holder,
    outside_window,
    parent_of,
    past_role,
    people_named,
    points_at_a_category,
    previous_edition,
    rank_order,
    role_check,
    said_when,
    spelled_in_sources,
    winners_besides,
    won_there,
    year_offered_on_record,
)
from bot.context import ContextStore, Frame
from bot.messages import NAMING_KINDS, answer_message
from bot.reply import Candidate, Reply, SourceRef, Status
from bot.slots import Focus, SlotName, Slots, TextSlot, filled, only, slots_of, without
from bot.understanding.corrections import word_put_right
from bot.understanding.entities import MAX_RANK_ASKED, EntityIndex, Linked
from bot.understanding.focus import (
    ASKING_WORDS,
    AWARD_NOUNS,
    SUPPLIES,
    confers,
    denies_win,
    fits,
    is_yes_no,
    question_focus,
)
from bot.understanding.headlines import HeadlineIndex, PastedHeadline
from bot.understanding.intents import (
    BY_NAME,
    INTENTS,
    IntentSpec,
    Scored,
    requirement_met,
    words_of_asking,
)
from bot.understanding.interpret import (
    Interpretation,
    asks_leave,
    asks_opinion,
    interpret,
    numbers_as_ranks,
    organisation_as_place,
)
from bot.understanding.normalise import MAX_INPUT_CHARS, normalise
from bot.understanding.vocabulary import (
    ACTION_WORDS,
    AIM_WORDS,
    ALSO_WORDS,
    ATTENDING_WORDS,
    CHALLENGE_TAILS,
    CHALLENGE_WORDS,
    COMPARING_WORDS,
    DEFINING_WORDS,
    DEFINITION_WORDS,
    DETAIL_WORDS,
    EACH_WORDS,
    ELSE_WORDS,
    EVENT_NOUNS,
    EVENT_VERBS,
    FILLERS,
    FOLLOW_UP_MARKERS,
    GENERIC_WORDS,
    GREETINGS,
    HEAD_NOUNS,
    MENTION_WORDS,
    NEGATIONS,
    OTHER_WORDS,
    PASSAGE_STOPWORDS,
    PRONOUNS,
    QUESTION_WORDS,
    RANK_NOUNS,
    RECEIVING_WORDS,
    RELATIVE_RANKS,
    RESULT_WORDS,
    SAID_IT_WORDS,
    SAYING_WORDS,
    TELLING_WORDS,
    TEXT_NOUNS,
    THERE_WORDS,
    VENUE_NOUNS,
    WORK_WORDS,
    YES_NO_TAILS,
    VocabularyError,
)
from knowledge.base import KnowledgeBase
from knowledge.models import EditionDecl, PersonDecl
from knowledge.ranks import NUMBER_WORDS, is_number

MIN_STRICT_SCORE = 0.6
MAX_FOLLOW_UP_WORDS = 4  # "hadiahnya apa?": a short ask that goes on from the previous one
SUBJECT_SLOTS: tuple[TextSlot, ...] = ("award", "edition", "organisation", "person", "role")
_ANSWERING = {"results": results, "details": details, "overview": overview}


def _resolver(spec: IntentSpec) -> Callable[[KnowledgeBase, Query], Answer]:
    module, _, name = spec.resolver.partition(".")
    function: Callable[[KnowledgeBase, Query], Answer] | None = getattr(
        _ANSWERING.get(module), name, None)
    if not callable(function):
        raise VocabularyError(f"intent {spec.name}: no resolver {spec.resolver}")
    return function


RESOLVERS = {spec.name: _resolver(spec) for spec in INTENTS}
RANKED_INTENTS = ("who_won", "org_rank")  # where "kalau yang ke-2?" means rank 2
# a follow-up that names an organisation after "who won" asks for that organisation's rank
FOLLOW_UP_SWITCH = {("who_won", "organisation"): "org_rank",
                    ("org_rank", "rank"): "who_won", ("org_awards", "rank"): "who_won",
                    ("org_rank", "ranks"): "who_won", ("org_awards", "ranks"): "who_won"}


@dataclass(frozen=True)
class _Compiled:
    """A knowledge base with the indexes built from it (swapped whole on reload)."""

    kb: KnowledgeBase
    index: EntityIndex
    suggester: Suggester
    examples: tuple[str, ...]
    known: str  # "AMH 2023, TOP GPR 2021": what is on record, for hints
    passages: PassageIndex
    org_names: dict[str, str]  # organisation id → name, for answering a shared name per one
    organisers: dict[str, str]  # edition id → the organisation that organised it
    headlines: HeadlineIndex  # the articles' titles, for one pasted into a message


@dataclass
class _Choice:
    intent: str
    slots: Slots
    confidence: float
    follow_up: bool = False


@dataclass(frozen=True)
class _Asked:
    """What every reply to one question repeats: the question, its slots, the candidates."""

    question: str
    slots: Slots
    candidates: tuple[Candidate, ...]
    open_question: bool = False  # "… di kategori apa?": no "Ya — " before its answer

    def reply(self, status: Status, text: str, *, intent: str | None = None,
              slots: Slots | None = None, confidence: float = 0.0,
              sources: tuple[SourceRef, ...] = (), suggestions: tuple[str, ...] = (),
              followup: bool = False) -> Reply:
        if self.open_question:
            text = text.removeprefix(YES)  # (a "Tidak — " correcting its premise stays)
        return Reply(question=self.question, status=status, text=text, intent=intent,
                     slots=self.slots if slots is None else slots, confidence=confidence,
                     sources=sources, suggestions=suggestions, candidates=self.candidates,
                     followup=followup)


class Engine:
    """Answers questions from a KnowledgeBase, keeping per-chat context."""

    def __init__(self, kb: KnowledgeBase, context: ContextStore | None = None) -> None:
        self._compiled = _compile(kb)
        self.context = context if context is not None else ContextStore()

    @property
    def knowledge(self) -> KnowledgeBase:
        return self._compiled.kb

    def replace_knowledge(self, kb: KnowledgeBase) -> None:
        """Serve new knowledge from the next question on (conversation context is kept)."""
        self._compiled = _compile(kb)

    def interpret(self, text: str) -> Interpretation:
        return interpret(self._compiled.index, text)

    def ask(self, text: str, chat_id: str = "console") -> Reply:
        """Answer one question in a chat. Never raises for any text."""
        text = text[:MAX_INPUT_CHARS]  # the input cap, before any work (suggestions included)
        text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates → "?"
        # "*juara maksudnya" after "siapa juata 1 top gpr 2021": that message, put right
        read = word_put_right(text, self.context.said(chat_id)) or text
        reply = answer_message(self, read, chat_id)
        self.context.note_said(chat_id, read)
        return reply if reply.question == text else replace(reply, question=text)

    def pasted_headline(self, text: str) -> PastedHeadline | None:
        """The title of an article pasted into the message, if any."""
        return self._compiled.headlines.pasted(text)

    @property
    def organisation_names(self) -> dict[str, str]:
        """Organisation id → name."""
        return self._compiled.org_names

    def subjects(self, chat_id: str) -> tuple[str, ...]:
        """The subjects the chat's last message was answered for, when two or more."""
        frame = self.context.get(chat_id)
        return frame.subjects if frame is not None else ()

    def remember_subjects(self, chat_id: str, subjects: tuple[str, ...]) -> None:
        self.context.remember_subjects(chat_id, subjects)

    def last_organisation(self, chat_id: str) -> str | None:
        """The organisation the chat's last answer was about, if any."""
        frame = self.context.get(chat_id)
        return frame.organisation if frame is not None else None

    def last_edition(self, chat_id: str) -> str | None:
        """The edition the chat's last answer was about, if any."""
        frame = self.context.get(chat_id)
        return frame.edition if frame is not None else None

    def earlier_organisation(self, chat_id: str) -> str | None:
        """The organisation the chat was about before the last one, if it moved on."""
        frame = self.context.get(chat_id)
        return frame.earlier_organisation if frame is not None else None

    def earlier_edition(self, chat_id: str) -> str | None:
        """The edition the chat was about before the last one, if it moved on."""
        frame = self.context.get(chat_id)
        return frame.earlier_edition if frame is not None else None

    def probe(self, text: str, chat_id: str) -> Reply:
        """Answer a message as one question, leaving the chat's context as it was."""
        frame = self.context.get(chat_id)
        reply = self.ask_single(text, chat_id)
        self.context.put_back(chat_id, frame)
        return reply

    def ask_single(self, text: str, chat_id: str, meaning: Interpretation | None = None
                   ) -> Reply:
        """Answer a message as one question (no clauses or subjects split)."""
        if meaning is None:
            meaning = interpret(self._compiled.index, text)
        reply = self._ask_one(text, chat_id, meaning)
        if reply.text.startswith(YES) and denies_win(meaning.tokens):
            # "bandung gak dapet apa2 di AMH 2023, bener?": the win on record denies it
            reply = replace(reply, text=NO + reply.text.removeprefix(YES))
        return reply

    def _ask_one(self, text: str, chat_id: str, meaning: Interpretation) -> Reply:
        compiled = self._compiled
        candidates = tuple(Candidate(s.intent, s.score, s.how) for s in meaning.strict[:4])
        if meaning.fuzzy:
            candidates += (Candidate(meaning.fuzzy.intent, meaning.fuzzy.score, "fuzzy"),)
        tokens = meaning.linked.tokens
        base = _Asked(text, meaning.slots, candidates,  # the slots as filled below, too
                      open_question=bool(tokens) and not checks(tokens)
                      and bool(set(tokens) & ASKING_WORDS))
        if not meaning.tokens:
            return base.reply(Status.NOT_UNDERSTOOD, _empty_text(compiled.known),
                              suggestions=compiled.examples)
        if _doubted(meaning) and (
                doubted := _valid_frame(self.context.get(chat_id), compiled.kb)) is not None:
            # "yakin?", "masa sih?", "coba cek lagi" after an answer: the same question, again
            repeated = _Choice(doubted.intent, doubted.asked.copy(), 1.0, follow_up=True)
            if (again := self._resolve(compiled, meaning, repeated)) is not None:
                again.text = f"Sesuai sumber: {again.text}"
                return self._reply(compiled, again, repeated, base)
        if meaning.chitchat and (not meaning.out_of_scope or meaning.chitchat == "thanks"):
            # (thanks may go on in words of its own: "… sudah sabar sama ibu")
            return base.reply(Status.CHITCHAT, _chitchat_text(compiled.known, meaning.chitchat),
                              intent=meaning.chitchat, confidence=1.0,
                              suggestions=compiled.examples
                              if meaning.chitchat != "thanks" else ())
        if asks_opinion(text):
            return base.reply(Status.NO_DATA, (
                "Saya tidak memberi pendapat atau penilaian sendiri; saya hanya menyampaikan "
                f"yang tercatat di sumber: {compiled.known}."))
        if asks_leave(meaning.linked):
            subject, recorded = _subject(compiled.kb, meaning.slots)
            if not recorded:
                return _not_recorded(compiled, base, subject)
            self.context.put(chat_id, "awards_list", _memorable(meaning.slots), Focus())
            return base.reply(Status.CHITCHAT, f"Silakan, tanyakan saja tentang {subject}.",
                              intent="help", confidence=1.0,
                              suggestions=tuple(compiled.suggester.suggest(
                                  text, _about(meaning.slots))))
        frame = _valid_frame(self.context.get(chat_id), compiled.kb)
        if frame is not None and frame.intent == "award_abbreviation" \
                and len(words := text.split()) == 1 and not set(tokens) <= FILLERS \
                and not meaning.strict and not checks(tokens):  # (not "penyelenggaranya?")
            # "Kominfotik?", "Pemkot?" after what "Diskominfo" stands for: what that one
            # stands for
            return replace(self.ask_single(f"{words[0].strip('?!.')} singkatan dari apa?",
                                           chat_id), question=text)
        if frame is not None and frame.intent in RANKED_INTENTS \
                and meaning.slots.get("number") is not None \
                and not any(meaning.slots.get(n) for n in ("award", "edition", "year", "rank")):
            meaning = numbers_as_ranks(meaning)
        meaning = organisation_as_place(
            meaning, after_event=frame is not None and frame.intent in _EVENT_INTENTS)
        meaning = award_of(compiled.kb, meaning) or meaning  # "penghargaan Bengkulu juara 3?"
        meaning = edition_of_label(compiled.kb, meaning) or meaning  # "terbaik III artinya?"
        if _names_only_an_outlet(compiled.index.outlet_words, meaning):
            # "HaloJabar bisa diikuti di mana?": the news site, not an event; one follows it
            if "ikut" in meaning.linked.tokens:
                meaning = interpret(compiled.index, " ".join(
                    "follow" if t == "ikut" else t for t in meaning.linked.tokens))
            meaning.strict = [s for s in meaning.strict if s.intent not in _EVENT_READINGS]
        if frame is None and (announced := _announced(compiled.kb, meaning)) is not None:
            meaning.slots["edition"] = announced  # "hari apa pengumumannya?"
        if (after := _next_rank_meant(meaning, frame)) is not None:
            # "trus?" after who took the first place: who took the next one
            meaning = interpret(compiled.index, after)
        if not self.subjects(chat_id) and (
                other := _other_edition_meant(compiled.kb, meaning, frame)) is not None:
            # "kalau yang lain?" after AMH 2023's theme: the theme of the one other edition
            meaning = interpret(compiled.index, other)
        if (year := _year_meant(compiled.kb, meaning, frame)) is not None:
            # "kalau tahun segitu bandung dapet apa di AMH?": the year spoken of before
            meaning = interpret(compiled.index, year)
        if (winner := _winner_meant(compiled.kb, meaning, frame)
                or _holder_meant(compiled.kb, meaning, frame)) is not None:
            # "berarti dia juara 3 dong?" after who is juara 2: asked of that winner; "dia
            # sekda ya?" after who received it: asked of that person
            meaning = interpret(compiled.index, " ".join(
                winner if t in _WINNER_PRONOUNS else t for t in meaning.linked.tokens))
        if (claimant := _claimant_meant(compiled.kb, meaning, frame)) is not None:
            # "yakin? bukannya terbaik II?" after what Bandung won: Bandung's rank, checked
            meaning = interpret(compiled.index, f"{claimant} {meaning.text}")
        outside = _outside_names(meaning)
        focus = question_focus(outside)
        if focus == "number" and meaning.slots.get("asks_rank"):
            focus = "rank"  # "bengkulu ke brp?": its place, not an edition's number
        if focus in (None, "who", "what", "which") and confers(meaning.text, outside):
            focus = "conferrer"  # "siapa yang memberi AMH?": its organiser
        _refer_back(meaning, frame, compiled.kb)
        if (person := _aged_person(meaning, frame)) is not None \
                and person in compiled.kb.people:
            # "umurnya?" after Darto: his age, not the province's anniversary ("usia" is "HUT")
            return base.reply(Status.NO_DATA, f"Sumber tidak menyebut usia "
                                              f"{compiled.kb.people[person].name}. "
                                              f"Yang tercatat: {compiled.known}.")
        if frame is not None and frame.intent == "note" and _asks_who_said_it(meaning):
            return _said_by(compiled, base, frame)
        if frame is not None and frame.intent == "note" \
                and (speaker := _claimed_speaker(compiled.kb, meaning)) is not None:
            # "itu yg ngomong darto kan?" after Jaduliwan's words: who said them, checked
            said_by = _said_by(compiled, base, frame)
            if said_by.status == Status.ANSWERED:
                verdict = YES if said_by.slots.get("person") == speaker else NO
                return replace(said_by, text=verdict + said_by.text)
        if (near := next_to_named(compiled.kb, meaning)) is not None:
            ranked = results.who_won(compiled.kb, Query("who_won", near, meaning.words))
            return self._checked(compiled, chat_id, base, "who_won", near, ranked)
        if (ordered := rank_order(compiled.kb, meaning)) is not None:
            return _told(compiled, base, ordered, "org_rank")
        if focus == "who" and (office := _ranked_office(compiled.kb, meaning, frame)):
            # "siapa gubernur provinsi yang juara dua?": the post's holder in that winner
            post: Slots = {"role": meaning.slots["role"], "organisation": office}
            holder = self._resolve(compiled, meaning, _Choice("role_holder", post, 1.0, False))
            if holder is not None:
                return self._checked(compiled, chat_id, base, "role_holder", post, holder)
        if (claimed := claimed_edition(compiled.kb, meaning, frame)) is not None:
            return self._checked(compiled, chat_id, base, *claimed)
        if (window := outside_window(compiled.kb, meaning)) is not None \
                or (window := previous_edition(compiled.kb, meaning, frame)) is not None \
                or (window := next_edition(compiled.kb, meaning, frame)) is not None:
            return _not_recorded(compiled, base, window)
        if (past := past_role(compiled.kb, meaning, focus)) is not None:
            return _told(compiled, base, past, "person_info")
        in_conversation = _in_conversation(meaning.slots, frame)
        if (nominee := nomination_meaning(compiled.kb, meaning, in_conversation)) is not None:
            return _told(compiled, base, nominee, "nominations")
        if (people := people_named(compiled.kb, meaning, in_conversation)) is not None:
            return _told(compiled, base, people, "person_info")
        if (other := other_holder(meaning, frame, compiled.kb)
                or holder_in_turn(compiled.kb, meaning, frame)) is not None:
            return _not_recorded(compiled, base, other)
        if (spelled := spelled_in_sources(compiled.kb, meaning)
                or abbreviation_asked(compiled.kb, meaning)) is not None:
            return _told(compiled, base, spelled, "award_abbreviation")
        if (term := _undefined_term(compiled.kb, meaning)
                or _unnamed_term(meaning)) is not None:
            return base.reply(Status.NO_DATA, f"Sumber tidak menjelaskan arti “{term}”. "
                                              f"Yang tercatat: {compiled.known}.")
        if focus == "why" and "julukan" in meaning.words:
            # "kenapa Bengkulu dijuluki Bumi Rafflesia?": why it bears the name, which no
            # source explains (not why it won)
            return base.reply(Status.NO_DATA, "Sumber tidak menjelaskan asal julukan itu. "
                                              f"Yang tercatat: {compiled.known}.")
        if "alasan" in meaning.words and _success_unrecorded(compiled.kb, meaning):
            # "kenapa Bengkulu juara 1 di AMH 2023?": it won nothing there, so no note of its
            # success (nor of another's) says why; what it won is what is on record
            return _told(compiled, base, results.org_awards(compiled.kb, Query(
                "org_awards", only(meaning.slots, ("organisation", "award", "edition", "year")),
                meaning.words)), "org_awards")
        if (claimed := claimed_detail(compiled.kb, meaning)) is not None:
            return self._checked(compiled, chat_id, base, *claimed)
        if (quoted := self._quoted_saying(compiled, meaning, focus)) is not None:
            return self._quote(compiled, quoted, meaning, chat_id, base, frame)
        if (another := _said_by_another(compiled, meaning)) is not None:
            # "gubernur rohidin bilang masih ada evaluasi yg harus dilakukan kan?": Darto did
            reply = self._quote(compiled, another, meaning, chat_id, base, frame)
            return replace(reply, text=NO + reply.text)
        if (others := winners_besides(compiled.kb, compiled.index.aliases, meaning)) is not None:
            return _told(compiled, base, others, "who_won")
        if meaning.out_of_scope:  # words neither the knowledge nor the question vocabulary explain
            found = self._from_sources(compiled, meaning, frame, focus,
                                       required=set(meaning.out_of_scope))
            if found is not None:
                return self._quote(compiled, found, meaning, chat_id, base, frame)
            explained = self._explained(compiled, meaning, frame, focus, chat_id, base)
            return explained or self._not_understood(compiled, meaning, base)
        counting = in_conversation
        if frame is not None and frame.organisation and not meaning.linked.mentions:
            # "berapa nominasinya?" after what Bandung won: Bandung's, in that edition
            counting = {**in_conversation, "organisation": frame.organisation}
        if (count := counted(compiled.kb, meaning.linked.tokens, counting,
                             meaning.text)) is not None:
            return self._checked(compiled, chat_id, base, "org_awards" if count[0].get(
                "organisation") else "who_won", *count)
        year_offered_on_record(compiled.kb, meaning)  # "2022 atau 2023": the one on record
        if described_by_venue(compiled.kb, meaning) and not meaning.words & (
                _WHERE_WORDS | VENUE_NOUNS):  # "yang di Surabaya": the one held there (its
            # "di" asks nowhere)
            meaning.strict = [s for s in meaning.strict if s.intent != "event_place"]
        place = meaning.slots.get("place")
        if place and any(m.kind == "place" and any(r.kind == "role" and r.end == m.start
                                                   for r in meaning.linked.mentions)
                         for m in meaning.linked.mentions):
            # "gubernur jawa barat kasih selamat ke pemkot bandung?": the region of an office,
            # not where the ceremony was held
            meaning.strict = [s for s in meaning.strict if s.intent != "event_place"]
        after_di = any(m.kind == "place" and meaning.linked.tokens[m.start - 1:m.start] in (
            ["di"], ["dari"]) for m in meaning.linked.mentions)
        held = bool(place) and results.held_anywhere(compiled.kb, str(place))
        within = after_di and held  # "yang menerima di Surabaya?": where it was held
        if place and not after_di and not held and meaning.slots.get("rank") is not None \
                and not meaning.slots.get("organisation") \
                and not meaning.words & (_WHERE_WORDS | VENUE_NOUNS):
            # "Sumatera Utara juara 3 TOP GPR?": a claim about who holds a rank, not about
            # where the ceremony was (no ceremony on record was held there)
            meaning.strict = [s for s in meaning.strict if s.intent != "event_place"]
        if place and not within and not meaning.slots.get("organisation") and (
                not meaning.slots.get("rank") or meaning.slots.get("ranks")) and (
                meaning.slots.get("asks_rank") or meaning.slots.get("ranks")
                or meaning.words & (RANK_NOUNS | RESULT_WORDS)
                or (not held and meaning.words & _TAKING_PART)
                or (not after_di and _goes_on_with_results(meaning, frame))):
            # "Jawa Timur peringkat berapa?", "Sumbar masuk 5 besar?", "Papua juara gak?",
            # "kalo jatim?" after provinces' ranks,
            # "sulsel ikut top gpr 2021 kah?": a region's result or part, not where the
            # ceremony was (but "juara 1 itu Jabar?" asks who holds a rank)
            meaning.slots["unknown_organisation"] = place
        if place and not after_di and not held and meaning.slots.get("organisation") \
                and _beside_organisation(meaning.linked):
            # "Bengkulu vs Jawa Barat", "jabar atau bengkulu yg lebih tinggi": a region set
            # beside an organisation is one too, not where the ceremony was held
            meaning.slots["unknown_organisation"] = place
            meaning.strict = [s for s in meaning.strict if s.intent != "event_place"]
        if place and not after_di and not held and not meaning.slots.get("organisation") \
                and meaning.linked.only_names():
            # "top gpr jawa barat": a region typed beside an award asks how it did there, not
            # whether the ceremony was held in it
            meaning.slots["unknown_organisation"] = place
        # ("… yg diadain kominfo itu edisi ke brp": the award, named by its organiser, is
        # asked of something else)
        described = bool(meaning.strict) and meaning.strict[0].intent != "organiser" \
            and described_by_organiser(compiled.kb, meaning, compiled.organisers)
        if not described and (organised := organiser_check(
                compiled.kb, meaning, compiled.organisers, frame)) is not None:
            return self._checked(compiled, chat_id, base, "organiser", *organised)
        if unknown := meaning.slots.get("unknown_organisation"):
            if (checked := role_check(compiled.kb, meaning)) is not None:  # "Rohidin wagub?"
                return self._checked(compiled, chat_id, base, "person_info",
                                     {"person": checked[0]}, checked[1])
            organisation = meaning.slots.get("organisation")
            rank_claimed = meaning.slots.get("rank") is not None and not organisation \
                and checks(meaning.linked.tokens)
            if (isinstance(organisation, str) and "atau" in meaning.linked.tokens) or rank_claimed:
                # "yg menang itu pemkot bandung atau pemkab bandung?": the one on record;
                # "Jawa Barat meraih peringkat 2 TOP GPR 2021, betul?": who holds that rank
                meaning.slots.pop("unknown_organisation")
                if meaning.slots.get("place") == unknown:
                    meaning.slots.pop("place")  # (a region beside it, read as one)
                named = set(normalise(str(unknown)))
                reply = self.ask_single(" ".join(
                    t for t in meaning.linked.tokens if t not in named), chat_id) \
                    if rank_claimed else self.ask_single(text, chat_id, meaning)
                if reply.status == Status.ANSWERED and reply.intent != "note":
                    # (which of the two is asked: a note of one answers nothing)
                    return replace(reply, text=f"Sumber tidak mencatat {unknown}. "
                                               f"{reply.text}")
            scope = only(meaning.slots, ("award", "year", "edition"))
            if scope and self.context.get(chat_id) is None:
                # "top gpr jawa barat" then "jakarta?": the next region asked of that award
                # (a conversation under way keeps what it was about)
                self.context.put(chat_id, "org_awards", scope, {})
            return _not_recorded(compiled, base, unknown)
        if (other_results := besides(compiled.kb, meaning)) is not None:
            # "masuk nominasi apa lagi selain …?": the nominations, which "menang gak di
            # situ?" asks about next
            asked = "nominations" if "nominasi" in meaning.words else "org_awards"
            return self._checked(compiled, chat_id, base, asked, *other_results,
                                 remembered=_memorable(other_results[0]))
        if (attended := other_attendee(compiled.kb, meaning, frame)) is not None:
            if attended.status != Status.ANSWERED:
                return _told(compiled, base, attended, "representative")
            # (who did take part is what the conversation goes on from: "Tidak — …
            # diterima langsung oleh Darto", then "menurut dia kenapa bisa dapet?")
            return self._checked(compiled, chat_id, base, "representative",
                                 _memorable(meaning.slots), attended)
        if (other_kind := kind_within(compiled.kb, meaning)) is not None:
            return _told(compiled, base, other_kind, "org_awards")
        if (kind := kind_check(compiled.kb, meaning)) is not None:
            return self._checked(compiled, chat_id, base, "org_awards",
                                 {"organisation": kind[0]}, kind[1])
        if (parent := parent_of(compiled.kb, meaning)) is not None:
            return _told(compiled, base, parent, "org_awards")
        if (there := won_there(compiled.kb, meaning, frame)) is not None:
            return _told(compiled, base, there, "org_rank")
        if (said := said_when(compiled.kb, meaning, focus)) is not None:
            return _told(compiled, base, said, "person_quote")
        if (checked := role_check(compiled.kb, meaning)) is not None:
            return self._checked(compiled, chat_id, base, "person_info",
                                 {"person": checked[0]}, checked[1])
        if frame is not None and (
                (frame.asked.get("passages") and meaning.words & AIM_WORDS)
                or _within_last_answer(compiled, meaning, frame)) \
                and (found := self._after_quote(compiled, meaning, frame, focus)) is not None:
            # "tujuannya buat apa?" right after a quoted sentence, "media apa aja?" after a
            # quote naming media: of what it says, not of the award it is about (nor of the
            # outlet that published it)
            return self._quote(compiled, found, meaning, chat_id, base, frame)
        choice = _another_kind(compiled.kb, meaning, frame) \
            or _choose(meaning, frame, focus, notes=False)
        if frame is not None and frame.asked.get("category") and _the_others(meaning):
            # "yang lain?", "yg satunya?" after one category: the question before, of all
            choice = _Choice(frame.intent, without(_merge({}, frame, frame.intent),
                                                   ("category",)), 1.0, follow_up=True)
        if choice is not None and meaning.slots.get("role") and len(meaning.linked.tokens) <= 4 \
                and choice.intent not in _ROLE_INTENTS:  # "kalau gubernur jatim?": the holder
            choice = _Choice("role_holder", meaning.slots, choice.confidence, choice.follow_up)
        if choice is not None and choice.intent == "role_holder" and _role_tells(meaning):
            choice = None  # "media itu berperan gimana menurut kadis": what he said, not who
        if choice is not None and choice.intent == "role_holder" and _bare_role(meaning) \
                and not choice.slots.get("organisation") \
                and (winner := _organisation_before(compiled.kb, frame)
                     or _organisation_of_person_before(compiled.kb, frame)) is not None \
                and (office := _office_in(compiled.kb, winner, str(choice.slots.get("role")))):
            # "gubernurnya siapa?" after "peringkat 3 TOP GPR 2021 siapa?": that winner's;
            # "kadisnya siapa?" after who received Bandung's award: its dinas's
            choice = _Choice("role_holder", {**choice.slots, "organisation": office},
                             choice.confidence, follow_up=True)
        if choice is not None and choice.intent == "representative" and focus == "who" \
                and meaning.words & {"juara", "menang", "pemenang"} \
                and _event_it_attended(meaning) \
                and (edition := _taken_part_in(compiled.kb, choice.slots)) is not None:
            # "siapa juara 1 di ajang yang diikuti bengkulu?": the winner of the event it took
            # part in, not who took part for it
            choice = _Choice("who_won", {"edition": edition, **only(meaning.slots, ("rank",))},
                             choice.confidence)
        if choice is not None and choice.intent == "org_rank" and not choice.slots.get(
                "category") and points_at_a_category(meaning.linked.tokens):
            # "posisi bandung di kategori itu?" with no category named before: its results in
            # every category, not its one win as if it were the one pointed at
            choice = _Choice("org_awards", choice.slots, choice.confidence, choice.follow_up)
        if choice is not None and choice.follow_up and (choice.intent in _EVENT_INTENTS or (
                choice.intent == "representative" and focus == "who")) \
                and _at_another_edition(compiled.kb, meaning.slots, choice.slots):
            # "kalau bandung, acaranya hari apa?" after TOP GPR 2021: Bandung's own event (and
            # "kalau yang di bandung, siapa yang nerima penghargaannya?": at its own event;
            # but "bandung ikut jg gk?" asks whether it took part in the one spoken of)
            choice = _Choice(choice.intent, meaning.slots.copy(), choice.confidence)
        if (choice is None or choice.intent in ("org_awards", "org_rank")) \
                and _told_by(compiled.kb, meaning) and not meaning.words & RESULT_WORDS \
                and (choice is not None or "peran" in meaning.words) \
                and (teller := _named_person(compiled.kb, meaning.slots)) is not None:
            # "pj wali kota bandung perannya apa menurut darto": what he said, not results
            choice = _Choice("person_quote", {**only(meaning.slots, ("award", "edition", "year")),
                                              "person": teller.id},
                             choice.confidence if choice else 1.0)
        answer = self._resolve(compiled, meaning, choice)
        answered = answer is not None and answer.status == Status.ANSWERED
        details = self._details(compiled, meaning, choice, answer)
        if answered and not details and choice is not None and choice.intent == "person_quote":
            # "Gubernur menyampaikan apa atas diraihnya penghargaan?": the sentence that
            # reports it ("menyampaikan syukur atas diraihnya …") comes before the quotes
            found = self._from_sources(compiled, meaning, frame, focus, required=set())
            about = _about_one(compiled.kb, meaning)
            if found is not None and answer is not None and not any(
                    p.speaker for p in found.passages) and _covers_more(
                    found, answer, meaning, compiled) and (
                    not about or all(about & (set(p.terms) | p.people) for p in found.passages)):
                # (a sentence that names him: not "… SDM … memberikan respon …")
                answer.text = "\n".join(p.quoted if p.is_note else f"“{p.quoted}”"
                                         for p in found.passages) + "\n\n" + answer.text
            elif answer is not None:
                answer = with_reported(compiled.kb, Query(
                    choice.intent, choice.slots, meaning.words), answer)
        if answered and choice is not None and choice.intent == "person_quote" \
                and (behind := _behind_a_saying(compiled.kb, meaning, choice)) is not None:
            # "knp gubernur bilang penghargaan ini kado?": why he said it is the note that
            # tells what the word stood for (the anniversary it fell on), not the quote again
            answer = behind
        if answer is None or answer.status == Status.NOT_UNDERSTOOD or details:
            # a note found by the keywords its author wrote: a hint, tried when no
            # structured fact answers, and before the sentences when the question names
            # one of its keywords
            noted = self._by_keywords(compiled, meaning, frame, focus)
            if noted is not None and not answered:
                choice, answer, answered, details = noted[0], noted[1], True, []
            else:
                found = self._from_sources(compiled, meaning, frame, focus, required=set())
                if found is not None and (not answered or (
                        set(terms(details, compiled.index.kb_words)) & set(found.matched)
                        and _covers_more(found, answer, meaning, compiled))):
                    return self._quote(compiled, found, meaning, chat_id, base, frame)
                if noted is not None:
                    choice, answer, answered, details = noted[0], noted[1], True, []
            if details and choice is not None and (answered or _looked_alike(meaning, choice)):
                # the question asks about a detail the answer does not hold: a near miss (and
                # "the sources don't say" of the look-alike is about another thing)
                return _unsaid(compiled, base, details, choice.intent)
        if meaning.slots.get("asks_count") and (answer is None or choice is None or (
                "how_many" not in SUPPLIES[choice.intent])
                or choice.intent == "edition_number"):  # ("… diikuti 500 instansi?"; the
            # people or entrants counted are not how many times an award was held)
            return base.reply(Status.NO_DATA, (
                "Sumber saya tidak menyebut jumlah itu. Yang tercatat: "
                f"{compiled.known}."))
        if answer is None or choice is None:
            if (found := self._after_quote(compiled, meaning, frame, focus)) is not None:
                return self._quote(compiled, found, meaning, chat_id, base, frame)
            unsaid = [w for w in details if w not in QUESTION_WORDS]
            if unsaid and focus is not None and frame is not None \
                    and not names_something(meaning.slots) \
                    and len(meaning.linked.tokens) <= MAX_FOLLOW_UP_WORDS:
                # "hadiahnya apa?" after a result: a thing of it that no source names
                return _unsaid(compiled, base, unsaid)
            if (names_something(meaning.slots) or (focus == "giver" and frame is not None)
                    or (focus == "why" and frame is not None and meaning.slots.get("rank")
                        and meaning.words & NEGATIONS)) and focus is not None:
                # ("siapa pejabat yg nyerahin penghargaannya?" after an edition: no source
                # names who handed it over; "kok bukan nomor 1?" after a result: nor why it
                # was not another rank)
                return base.reply(Status.NO_DATA, (
                    "Sumber saya tidak menyebut hal itu. Yang tercatat: "
                    f"{compiled.known}."), suggestions=tuple(compiled.suggester.suggest(
                        text, _about(meaning.slots))))
            return self._not_understood(compiled, meaning, base)
        if answer.status == Status.ANSWERED and choice.intent in ("representative", "person_info") \
                and (alone := _only_those_before(compiled.kb, meaning, frame, answer)):
            # "selain Darto siapa lagi yang hadir?", "pejabat lain yang ikut siapa?" after
            # Jaduliwan: the one the sources name is the one excluded
            return base.reply(Status.NO_DATA, f"Sumber tidak menyebut orang lain selain {alone}.",
                              intent=choice.intent)
        if answer.status in (Status.ANSWERED, Status.NO_DATA):
            remembered = _memorable(choice.slots)
            asked_award, asked_year = choice.slots.get("award"), choice.slots.get("year")
            if answer.status == Status.NO_DATA and "number" in remembered \
                    and isinstance(asked_award, str) and isinstance(asked_year, int) \
                    and compiled.kb.edition(asked_award, asked_year) is not None:
                # "AMH 2023 yg ke-15 di mana?" was told that edition's number: "tgl brp?" next
                # asks of AMH 2023, not of a 15th edition again
                del remembered["number"]
            if choice.intent in ("note", "person_quote") and answer.status == Status.ANSWERED:
                # "tujuannya?", "media apa aja?" next ask of what the note or the quote says
                # (not of the words that found it)
                remembered["passage_terms"] = list(dict.fromkeys(
                    terms(normalise(answer.text), compiled.index.kb_words)))
            self.context.put(chat_id, choice.intent, remembered, answer.focus)
        if answer.status == Status.NOT_UNDERSTOOD and not answer.suggestions:
            answer.suggestions = compiled.suggester.suggest(text, _about(choice.slots))
        return self._reply(compiled, answer, choice, base)

    @staticmethod
    def _resolve(compiled: _Compiled, meaning: Interpretation, choice: _Choice | None
                 ) -> Answer | None:
        if choice is None:
            return None
        choice = _about_someone_else(choice, compiled.kb, meaning.words)
        if choice.intent == "event_date" and choice.slots.get("organisation") \
                and choice.slots.get("rank") is not None:
            # "bengkulu pernah peringkat 1 top gpr tahun berapa?": never the date of an
            # edition where it did not hold that rank
            held = results.org_rank(compiled.kb, Query("org_rank", choice.slots, meaning.words))
            if held.text.startswith(NO) or held.status == Status.NO_DATA:
                return held  # (nor when the rank is not on record for it, or "pernah":
                # whether it ever held it, which the record cannot tell)
        query = Query(choice.intent, choice.slots, meaning.words)
        answer = RESOLVERS[choice.intent](compiled.kb, query)
        tokens = meaning.linked.tokens
        scope = [n for n in ("group", "unknown_category") if choice.slots.get(n)]
        if answer.status == Status.NO_DATA and scope and choice.slots.get("organisation") \
                and choice.intent in ("org_awards", "org_rank") \
                and (checks(tokens) or "atau" in tokens or (
                    choice.slots.get("group") and not ASKING_WORDS & set(tokens))):
            # "Bandung dapet AMH di kelompok pemerintah provinsi ya?" (or "… kelompok A atau
            # B?", or a group asked of with no asking word): its results are in another
            # group; the results on record settle it
            other = RESOLVERS[choice.intent](compiled.kb, Query(
                choice.intent, without(choice.slots, ("group", "unknown_category", "category")),
                meaning.words))
            if other.status == Status.ANSWERED:
                verdict = "" if "atau" in tokens else NO  # "kelompok A atau B?": no verdict
                other.text = verdict + other.text.removeprefix(YES).removeprefix(NO)
                return other
        if answer.status == Status.NO_DATA and choice.intent in ("org_awards", "org_rank") \
                and checks(tokens) and (mixed := _award_mixed_up(compiled.kb, choice)):
            # "pemkot bandung dpt top gpr 2023 ya?": no TOP GPR 2023 is on record, and the one
            # award of 2023 Bandung is on record in is another: the claim mixes up the award
            other = RESOLVERS[choice.intent](compiled.kb, Query(choice.intent, {
                **without(choice.slots, ("rank", "ranks")), "award": mixed.award,
                "edition": mixed.id}, meaning.words))
            if other.status == Status.ANSWERED:
                asked = f"{award_short(compiled.kb.awards[str(choice.slots['award'])])} " \
                        f"{choice.slots['year']}"
                other.text = (f"{NO}yang tercatat {edition_label(compiled.kb, mixed)}, bukan "
                              f"{asked} (belum ada datanya): "
                              f"{other.text.removeprefix(YES).removeprefix(NO)}")
                return other
        if answer.status == Status.NO_DATA and choice.follow_up \
                and choice.intent in ("org_awards", "org_rank") \
                and meaning.slots.get("organisation") and not any(
                    meaning.slots.get(n) for n in ("award", "edition", "year")) \
                and not checks(tokens) and not _points_at_the_award(tokens):
            # "kalau bengkulu?" after AMH 2023, which it is not in: that, and what is on record
            # of it elsewhere (the chat stays with AMH 2023; but "kalau Bandung dapat apa di
            # ajang itu?" asks of that one only)
            elsewhere = RESOLVERS[choice.intent](compiled.kb, Query(
                choice.intent, without(choice.slots, ("award", "edition", "year", "number")),
                meaning.words))
            if elsewhere.status == Status.ANSWERED:
                answer.text = f"{answer.text}\n{elsewhere.text}"
                answer.sources += [s for s in elsewhere.sources if s not in answer.sources]
        if answer.status == Status.ANSWERED and (checks(tokens) or (
                choice.intent == "event_place" and choice.slots.get("place")
                and not set(tokens) & _WHERE_WORDS) or (  # "AMH 2023 digelar di Bali?"
                choice.intent in ("nominations", "award_eligibility")
                and meaning.text.rstrip().endswith("?") and not set(tokens) & ASKING_WORDS)):
            # ("bandung masuk nominasi majalah internal?", "TOP GPR juga diberikan ke Lembaga
            # Negara?": a statement asked is a claim)
            answer = results.yes_no(compiled.kb, query, answer)
            if choice.intent == "event_place" and answer.text.startswith(YES) \
                    and not results.held_in_each(compiled.kb, answer,
                                                 meaning.linked.all_text("place")):
                # "… di Surabaya, Jawa Barat ya?": every place claimed, not the first only
                answer.text = NO + answer.text.removeprefix(YES)
        if checks(tokens):  # "… pada 30 November 2023, benar?": the date, checked
            answer = results.claimed_date(compiled.kb, query, answer)
            answer = results.claimed_place(  # "… di Jakarta"
                compiled.kb, query, answer, meaning.linked.all_text("place"))
            answer = results.claimed_ordinal(tokens, answer)  # "… HUT ke-50 ya?"
        elif set(tokens) & ASKING_WORDS:  # "pada HUT ke-54, … dapat apa?"
            answer = results.unrecorded_ordinal(tokens, answer)
        if choice.intent == "note" and answer.status == Status.ANSWERED \
                and (event := _celebration_asked(meaning)) is not None:
            # "acara HUT-nya diadain di mana?": a note that the award fell on the day tells
            # nothing of that day's own event
            answer.status = Status.NO_DATA
            answer.text = f"Sumber tidak mencatat rincian {event} itu. Yang tercatat: {answer.text}"
        return answer

    def _by_keywords(self, compiled: _Compiled, meaning: Interpretation, frame: Frame | None,
                     focus: str | None) -> tuple[_Choice, Answer] | None:
        if "alasan" in meaning.words and (meaning.words & NEGATIONS or (
                meaning.words & EVENT_VERBS and not any(
                    meaning.slots.get(n) for n in ("organisation", "person", "role")))):
            # "kenapa Bengkulu gak dapet peringkat 1?", "kenapa AMH 2023 digelar di
            # Surabaya?": no note of a success answers why it did not happen, or why the
            # event was held as it was
            return None
        if "alasan" in meaning.words and meaning.words & RECEIVING_WORDS \
                and meaning.slots.get("person"):
            return None  # "kok dia yg nerima penghargaannya?": why he was the one who
            # received it, which no note of a success says
        choice = _choose(meaning, frame, focus, notes=True)
        answer = self._resolve(compiled, meaning, choice)
        if choice is None or answer is None or answer.status != Status.ANSWERED:
            return None
        if focus == "when" and {"jam", "pukul"} & set(meaning.linked.tokens):
            focus = "clock"
        asked = set(terms(meaning.linked.tokens, compiled.index.kb_words))
        who_of = _who_of(meaning) if focus == "who" else None
        if not supplies(answer.text, focus, asked) or (
                (name_of := _name_of(meaning) or who_of)
                and not names_beside([answer.text], name_of, asked, strict=bool(who_of),
                                     title=compiled.passages.title_after(name_of))):
            return None  # the note does not hold what is asked (a date, a count, a name)
        if any(not re.search(rf"(?<!\d){n}(?!\d)", answer.text)
               for n in meaning.linked.free_words() if n.isdigit()):
            return None  # "knp 53?": a note without the number is about something else
        if "alasan" in meaning.words and not choice.slots.get("topics"):
            # a reason asked: "kalau bandung?" next asks Bandung's
            choice.slots["topics"] = ["alasan"]
        return choice, answer

    @staticmethod
    def _details(compiled: _Compiled, meaning: Interpretation, choice: _Choice | None,
                 answer: Answer | None) -> list[str]:
        """Words of detail the chosen intent's answer does not account for ("bertepatan
        dengan apa?"): a source sentence may hold them; if none does, it is a near miss."""
        intent = choice.intent if choice else None
        answered = answer is not None and answer.status == Status.ANSWERED
        details = _unexplained(compiled, meaning, intent, details_only=answered)
        if answer is not None and answer.status in (Status.ANSWERED, Status.NO_DATA) \
                and details:  # (what "the sources don't say" names is accounted for too)
            said = set(terms(normalise(answer.text), compiled.index.kb_words))
            details = [w for w in details if w not in said and stem(w) not in said]
        return details

    def _explained(self, compiled: _Compiled, meaning: Interpretation, frame: Frame | None,
                   focus: str | None, chat_id: str, base: _Asked) -> Reply | None:
        """The structured answer to a question with words no vocabulary knows, when that
        answer holds them all ("apakah TOP GPR hanya menilai humas yang pakai teknologi
        digital?": the definition says "teknologi digital maupun konvensional"), or else the
        note that holds them ("Darto berharap Pemkot Bandung nantinya bisa memberikan
        pelayanan seperti apa kepada masyarakat?")."""
        unknown = [w for w in meaning.out_of_scope if w not in PASSAGE_STOPWORDS]
        vocabulary = compiled.passages.vocabulary
        if any(w not in vocabulary and stem(w) not in vocabulary for w in unknown):
            return None  # a word no source uses ("liga", "bola"): no answer holds it
        for notes in (False, True):
            choice = _choose(meaning, frame, focus, notes=notes)
            answer = self._resolve(compiled, meaning, choice)
            if choice is None or answer is None or answer.status != Status.ANSWERED:
                continue
            said = set(terms(normalise(answer.text), compiled.index.kb_words))
            if all(w in said or stem(w) in said for w in unknown) and DETAIL_WORDS.isdisjoint(
                    self._details(compiled, meaning, choice, answer)):  # (not "metode
                # penilaian … pake apa?": how entries were judged is a detail it does not hold)
                self.context.put(chat_id, choice.intent, _memorable(choice.slots),
                                 answer.focus)
                return self._reply(compiled, answer, choice, base)
        return None

    @staticmethod
    def _quoted_saying(compiled: _Compiled, meaning: Interpretation, focus: str | None
                       ) -> Found | None:
        """The quote a question quotes when it asks who said it ("kutipan 'kado 53 tahun'
        itu dari Jaduliwan ya?", "siapa yang bilang '…'?"): before any structured answer,
        which would answer with the quotes of the one named, as if it were his."""
        if not QUOTED_SPAN.search(meaning.text):
            found = _said_unquoted(compiled, meaning.tokens) if focus == "who" else None
        elif focus == "who" or meaning.slots.get("person") or meaning.slots.get("role"):
            found = compiled.passages.quoting(meaning.text, None)
        else:
            return None
        return found if found is not None and any(p.speaker for p in found.passages) else None

    def _after_quote(self, compiled: _Compiled, meaning: Interpretation, frame: Frame | None,
                     focus: str | None) -> Found | None:
        """A short follow-up to a quoted source sentence ("tujuannya?", "sama siapa aja?",
        "harapannya?"): the sentences that answer the previous question's words with this
        one's, within the same edition."""
        previous = frame.asked.get("passage_terms") if frame is not None else None
        if frame is not None and not previous and frame.intent == "note":  # a note's keywords
            previous = [w for t in frame.asked.get("topics") or () for w in normalise(t)]
        if not previous or len(_content_words(meaning)) > 2 or names_something(meaning.slots) \
                or meaning.out_of_scope:  # the previous words never cover a word unknown
            return None
        if any(w not in QUESTION_WORDS and w not in compiled.passages.vocabulary
               for w in terms(meaning.linked.tokens, compiled.index.kb_words)):
            return None  # "hadiahnya apa?": a thing no source sentence holds
        found = self._from_sources(compiled, meaning, frame, focus, required=set(),
                                   before=previous)
        if found is not None and focus == "who" and frame is not None \
                and [p.text for p in found.passages] == frame.asked.get("passages"):
            return None  # "sapa aja?" after a sentence naming no one: the same one again
        return found

    def _from_sources(self, compiled: _Compiled, meaning: Interpretation, frame: Frame | None,
                      focus: str | None, required: set[str], before: list[str] | None = None
                      ) -> Found | None:
        """Source sentences that answer the question, when it is about something on record."""
        quoting = False
        holders = details.role_holders(compiled.kb, Query("note", meaning.slots))
        speaker = holders[0].name if len(holders) == 1 else None  # "Sekretaris …": Darto
        ranked = meaning.slots.get("rank") is not None or meaning.slots.get("asks_rank")
        if (ranked and not required) or (
                meaning.slots.get("role") and not holders) or (
                focus == "who" and meaning.slots.get("role") and not speaker) or (
                focus in ("who", None) and _unknown_head(compiled.kb, meaning)):
            # ranks and the holders of roles are structured facts; a role no one on record
            # holds ("Gubernur DKI Jakarta") is someone the sources never quote
            return None
        own = only(meaning.slots, _SCOPE_SLOTS)
        if own:
            editions, missing = find_editions(compiled.kb, Query("note", own, meaning.words))
            if missing:
                return None
            scope = {e.id for e in editions} or None
        elif names_something(meaning.slots):
            scope = None
            if frame is not None and not names_something(without(meaning.slots, ("topics",))) \
                    and (edition := frame.edition):
                scope = {edition}  # a note's keyword names no edition: the conversation's
        elif frame is not None and (edition := frame.edition):
            scope = {edition}
        elif frame is not None and (award := frame.award):
            # "teknologi apa yg dimanfaatkan?" after what TOP GPR is: its editions
            scope = {e.id for e in compiled.kb.editions.values() if e.award == award}
        else:  # names nothing on record: only a question quoting a sentence is about it
            scope, quoting = None, True
        scoping = {i for m in meaning.linked.mentions if m.kind in ("award", "edition", "year")
                   for i in range(m.start, m.end)}
        naming = {i for m in meaning.linked.mentions if m.kind not in ("topic", "rank")
                  for i in range(m.start, m.end)} - scoping
        names = compiled.index.kb_words
        tokens = meaning.linked.tokens
        asked = terms([t for i, t in enumerate(tokens) if i not in scoping
                       and t not in _FOCUS_WORDS and not _kind_asked(tokens, i)], names)
        named = set(terms([tokens[i] for i in naming], names))
        if speaker:
            named |= set(normalise(speaker))
        # the sentence the question quotes: within what the question itself names, not the
        # conversation's edition (a quote names its sentence better than the context does)
        if (quoted := compiled.passages.quoting(meaning.text, scope if own else None)) \
                is not None:
            return quoted
        name_of = _name_of(meaning)
        # the one who told it ("menurut Kadis …"), or the one person it is about: no one
        # else's sentence answers
        told_by = _about_one(compiled.kb, meaning)
        if told_by and MENTION_WORDS & set(tokens) \
                and all(t in names or t in GENERIC_WORDS for t in asked):
            # "sekda bandung disebut ga sama darto?": only names asked, and whom he speaks of
            # must be in his sentence
            required = required | {t for t in named - told_by if t not in GENERIC_WORDS}
        if before:
            found = compiled.passages.find(before + asked, named, scope, focus, required,
                                           name_of=name_of, told_by=told_by)
        else:
            found = compiled.passages.find(asked, named, scope, focus, required,
                                           named=not quoting, name_of=name_of,
                                           told_by=told_by, told=bool(TELLING_WORDS & set(tokens)))
        return found if found is None or _owners_agree(meaning, found, compiled.index) \
            else None

    def _quote(self, compiled: _Compiled, found: Found, meaning: Interpretation, chat_id: str,
               base: _Asked, frame: Frame | None = None) -> Reply:
        if all(links_another_story(p.text) for p in found.passages) \
                and _asks_a_list(meaning.linked.tokens):
            # "pelaku usahanya siapa aja?": a "Baca Juga" line only names another story
            return base.reply(Status.NO_DATA, (
                "Sumber saya hanya memuat judul berita lain: " + "; ".join(
                    f"“{p.quoted.split(':', 1)[-1].strip()}”" for p in found.passages)
                + ". Rinciannya tidak ada di sumber saya."))
        notes = all(p.is_note for p in found.passages)
        who = question_focus(meaning.linked.tokens) == "who"
        quoted = "\n".join(
            (p.quoted if p.is_note or p.text.startswith("“") else f"“{p.quoted}”")
            + (f" — {p.speaker}" if p.speaker else f" — {doer}"
               if who and (doer := _doer(compiled.kb, p)) else "") for p in found.passages)
        sources = tuple(dict.fromkeys(p.source_id for p in found.passages))
        editions = sorted({e for p in found.passages for e in p.editions})
        if len(editions) == 1:
            edition = compiled.kb.editions[editions[0]]
            remembered = _memorable(meaning.slots)
            remembered["passage_terms"] = list(found.matched)
            remembered["passages"] = [p.text for p in found.passages]
            person = (frame.asked.get("person") or frame.focus.get("person")) \
                if frame is not None else None
            if person and not names_something(without(meaning.slots, ("topics",))):
                remembered["person"] = person  # "HUT ke brp?" goes on about the governor
            focus: Focus = {"edition": edition.id, "award": edition.award,
                            "year": edition.year}
            if (speaker := _speaker(compiled.kb, found)) is not None:
                focus["speaker"] = speaker  # "siapa yang bilang gitu?" next
            self.context.put(chat_id, "note", remembered, focus)
        about = ""
        if len(editions) == 1 and not any(meaning.slots.get(n) for n in ("award", "edition")):
            about = f" tentang {edition_label(compiled.kb, compiled.kb.editions[editions[0]])}"
        text = _whose_quote(compiled.kb, found, meaning) + (
            quoted if notes else f"Menurut sumber{about}:\n{quoted}")
        if checks(meaning.linked.tokens):  # "… pas HUT bengkulu ke-50, bener?": "Tidak — "
            text = results.claimed_ordinal(meaning.linked.tokens,
                                           Answer(Status.ANSWERED, text)).text
        return base.reply(Status.ANSWERED, text,
                          intent="note" if notes else "source_sentence",
                          confidence=round(min(1.0, found.coverage), 3),
                          sources=tuple(_source_ref(compiled.kb, s) for s in sources))

    def _checked(self, compiled: _Compiled, chat_id: str, base: _Asked, intent: str,
                 slots: Slots, answer: Answer, remembered: Slots | None = None) -> Reply:
        """The reply of a check against the record, answered as `intent` with `slots` (the
        conversation keeps `remembered`, or the slots)."""
        asked = _Choice(intent, slots, 1.0, False)
        self.context.put(chat_id, intent, asked.slots if remembered is None else remembered,
                         answer.focus)
        return self._reply(compiled, answer, asked, base)

    def _reply(self, compiled: _Compiled, answer: Answer, choice: _Choice,
               base: _Asked) -> Reply:
        answer = _other_editions(compiled.kb, answer, choice)
        sources = tuple(_source_ref(compiled.kb, s) for s in answer.sources)
        return base.reply(answer.status, answer.text, intent=choice.intent, slots=choice.slots,
                          confidence=choice.confidence, sources=sources,
                          suggestions=tuple(answer.suggestions), followup=choice.follow_up)

    def _not_understood(self, compiled: _Compiled, meaning: Interpretation,
                        base: _Asked) -> Reply:
        known = compiled.known
        if meaning.out_of_scope:
            text = ("Maaf, itu di luar yang saya ketahui. Saya hanya menjawab tentang "
                    f"penghargaan kehumasan pemerintah yang tercatat di sumber saya: {known}.")
        else:
            text = ("Maaf, saya belum menangkap maksud pertanyaan itu. Saya menjawab tentang "
                    f"penghargaan kehumasan yang tercatat: {known}.")
        about = _about(meaning.slots)
        return base.reply(Status.NOT_UNDERSTOOD, text,
                          suggestions=tuple(compiled.suggester.suggest(meaning.text, about)))


def _compile(kb: KnowledgeBase) -> _Compiled:
    index = EntityIndex(kb, reserved=words_of_asking())
    return _Compiled(kb, index, Suggester(kb), tuple(example_questions(kb)),
                     known_editions(kb), PassageIndex(kb, index.kb_words),
                     {org.id: org.name for org in kb.organisations.values()},
                     organisers_of(kb),
                     HeadlineIndex({s.id: s.title for s in kb.sources.values()}))


_Named = TypeVar("_Named", Slots, Focus)
_ROMAN = re.compile(r"^[ivx]+$")
_AGE = re.compile(r"\b(?:umur|usia)(?:nya|mu)?\b", re.IGNORECASE)


def _aged_person(meaning: Interpretation, frame: Frame | None) -> str | None:
    """The person whose age is asked ("umurnya?" after Darto, "usia darto?"); None when the
    message names an office, award or edition (a province's "umur" is its anniversary)."""
    if not _AGE.search(meaning.text) or any(
            m.kind in ("organisation", "award", "edition") for m in meaning.linked.mentions):
        return None
    person = meaning.slots.get("person") or (
        frame.asked.get("person") or frame.focus.get("person") if frame is not None else None)
    return str(person) if person else None


_SCOPE_SLOTS: tuple[SlotName, ...] = ("award", "edition", "year", "number", "organisation",
                                       "person", "place")
_EDITION_NAMING: tuple[SlotName, ...] = ("year", "edition", "number", "organisation", "person",
                                         "place")
_NAME_KINDS = frozenset({"award", "edition", "organisation", "person", "role", "category",
                         "group", "place"})
_FOCUS_WORDS = frozenset({"alasan", "sebab", "kapan", "dimana", "siapa", "berapa", "mana"})


# the readings of "ikut" and "di mana" that take an event: where, when and how it was held,
# who attended, who may take part
_EVENT_READINGS = frozenset({"event_place", "event_date", "event_format", "representative",
                             "award_eligibility"})


def _names_only_an_outlet(outlets: frozenset[str], meaning: Interpretation) -> bool:
    """Whether all the question names is a news site that published an article ("HaloJabar
    bisa diikuti di mana?"), with no word of an event: it asks about the site."""
    tokens = meaning.linked.tokens
    named = [m for m in meaning.linked.mentions if m.kind != "topic"]
    return bool(named) and all(set(tokens[m.start:m.end]) <= outlets for m in named) \
        and not meaning.words & (EVENT_NOUNS | EVENT_VERBS | VENUE_NOUNS)


def _undefined_term(kb: KnowledgeBase, meaning: Interpretation) -> str | None:
    """'apa itu OPD?', 'OPD itu singkatan dari apa?': an acronym among the note keywords
    asked to be defined, which no note defines (a note that only uses it does not say what
    it means)."""
    topics = meaning.slots.get("topics") or []
    words = meaning.words
    if list(filled(meaning.slots)) != ["topics"] or len(topics) != 1 or not words \
            or not words <= DEFINING_WORDS | FILLERS or not words - {"itu", "dari", "sih", "ya"}:
        return None
    term = topics[0]
    if not term.isupper():  # an acronym ("OPD"); a name ("Bumi Rafflesia") is explained by
        return None  # the note that uses it ("… kado 53 tahun Bumi Rafflesia" of Bengkulu)
    defining = "|".join(["\\(", *sorted(DEFINITION_WORDS)])  # "OPD (…)", "OPD adalah …"
    defined = any(re.search(rf"\b{re.escape(term)}\s*(?:{defining})", n.text, re.IGNORECASE)
                  for n in kb.notes if term in n.keywords)
    return None if defined else term


def _unnamed_term(meaning: Interpretation) -> str | None:
    """'kominfotik itu singkatan dari apa?': a word that names nothing on record, asked to
    be spelled out (which no source does, or it would have been found); not the award the
    chat was about."""
    if meaning.linked.mentions or not meaning.words & {"singkat", "panjang", "kepanjangan"}:
        return None
    rest = [t for t in meaning.tokens if t not in DEFINING_WORDS | FILLERS | QUESTION_WORDS]
    return rest[0] if len(rest) == 1 and len(rest[0]) >= 3 else None  # (not "a em ha")


def _kind_asked(tokens: list[str], index: int) -> bool:
    """'… dari kementerian mana?': the kind of what is asked, which a sentence names by
    its name ("Kementerian Kominfo"), not by the kind."""
    return tokens[index] in results.KIND_WORDS and tokens[index + 1:index + 2] == ["mana"]


def _unexplained(compiled: _Compiled, meaning: Interpretation, intent: str | None,
                 *, details_only: bool) -> list[str]:
    """Words of the question that neither its names nor the intent's cues account for.
    With `details_only`, just the words of detail ("bertepatan dengan apa?", a note's
    topic), not the verbs and nouns of asking that any answer takes in its stride."""
    cues = set(BY_NAME[intent].cues) if intent else set()
    common = QUESTION_WORDS if details_only else GENERIC_WORDS
    topical = [t for m in meaning.linked.mentions if m.kind == "topic"
               for t in meaning.linked.tokens[m.start:m.end]] if intent != "note" else []
    free = [w for w in meaning.linked.free_words() if w not in common
            and w not in FILLERS and w not in PASSAGE_STOPWORDS and not w.isdigit()
            and w not in _counts(meaning.linked.tokens)
            and w not in compiled.index.name_words and not _ROMAN.match(w)]
    topical = [w for w in topical if w not in GENERIC_WORDS]
    return [w for w in dict.fromkeys(topical + free) if w not in cues
            and w not in PASSAGE_STOPWORDS and w not in FILLERS and w not in RELATIVE_RANKS
            and w not in PRONOUNS and w not in GREETINGS]


def _counts(tokens: list[str]) -> set[str]:
    """Number words that count what is asked, as digits do ("dua kategori … apa aja?"), not
    ones that point back ("di dua kategori itu …?") or set apart ("selain tiga …"); and the
    "kedua" of "kedua acara", "kedua artikel" (both, each answered)."""
    both = {a for a, b in pairwise(tokens) if a in EACH_WORDS and b in EVENT_NOUNS | TEXT_NOUNS}
    return both | {t for i, t in enumerate(tokens) if t in NUMBER_WORDS
                   and tokens[i + 1:i + 2] and tokens[i + 1] not in NUMBER_WORDS  # (not "satu
                   and not (i and tokens[i - 1] in NUMBER_WORDS)  # dua tiga", "dua duanya":
                   and tokens[i + 1] != "lagi"  # both, nor "satu lagi": the other one)
                   and not set(tokens[i + 1:i + 3]) & {"itu", "tersebut"}
                   and tokens[i - 1:i] != ["selain"]}


def _in_conversation(slots: Slots, frame: Frame | None) -> Slots:
    """The slots, with the conversation's edition when they name none ("berapa provinsi
    yang disebut?" after a question about TOP GPR 2021)."""
    if frame is None or any(slots.get(n) for n in ("award", "edition", "year")):
        return slots
    return {**slots, "edition": frame.edition} if frame.edition else slots


def _role_tells(meaning: Interpretation) -> bool:
    """Whether the role named is who told what is asked ("… menurut kadis", "kata
    gubernur, …"), not whose name or post is asked ("menurut kadis, siapa namanya?")."""
    tokens = meaning.linked.tokens
    return not {"siapa", "nama"} & set(tokens) and any(
        m.kind == "role" and m.start and tokens[m.start - 1] in ("menurut", "kata")
        for m in meaning.linked.mentions)


def _announced(kb: KnowledgeBase, meaning: Interpretation) -> str | None:
    """A question about "the announcement" naming nothing else: the one edition on record
    whose event is an announcement (the others are ceremonies), if there is one."""
    if "umum" not in meaning.words or names_something(meaning.slots):
        return None
    found = [e.id for e in kb.editions.values()
             if any(event.kind == "announcement" for event in e.events)]
    return found[0] if len(found) == 1 else None


def _speaker(kb: KnowledgeBase, found: Found) -> str | None:
    """The one person who says the sentences found (a quote on record, or a note or
    sentence reporting what someone said); None when no one or several do."""
    said = {person.id for p in found.passages for person in kb.people.values()
            if p.speaker and person.name and p.speaker.startswith(person.name)}
    said |= {s for p in found.passages if not p.speaker
             and (s := details.speaker_of(kb, p.text)) is not None}
    return said.pop() if len(said) == 1 else None


def _asks_who_said_it(meaning: Interpretation) -> bool:
    """'siapa yang bilang gitu?', 'itu kata siapa?': who said what was just answered."""
    words = set(meaning.linked.tokens) - FILLERS
    return not meaning.linked.mentions and "siapa" in words and bool(words & SAYING_WORDS) \
        and words <= SAID_IT_WORDS | SAYING_WORDS


def _claimed_speaker(kb: KnowledgeBase, meaning: Interpretation) -> str | None:
    """'itu yg ngomong darto kan?': the one a claim says said what was just answered (a
    person, or the one holder of a post), when it names no one else and asks nothing else."""
    tokens = meaning.linked.tokens
    named = {i for m in meaning.linked.mentions for i in range(m.start, m.end)}
    rest = {t for i, t in enumerate(tokens) if i not in named} - FILLERS
    person = _named_person(kb, meaning.slots)
    if person is None or not checks(tokens) or not rest & SAYING_WORDS \
            or not rest <= SAID_IT_WORDS | SAYING_WORDS | YES_NO_TAILS | {"yang", "ya"} \
            or any(m.kind not in ("person", "role") for m in meaning.linked.mentions):
        return None
    return person.id


def _said_by(compiled: _Compiled, base: _Asked, frame: Frame) -> Reply:
    """Who said what the last answer quoted or reported, when the record tells."""
    person = compiled.kb.people.get(frame.focus.get("speaker") or "")
    if person is None or not person.name:
        return base.reply(Status.NO_DATA, "Sumber tidak menyebutnya sebagai ucapan seseorang.")
    return base.reply(Status.ANSWERED,
                      f"Itu disampaikan oleh {person_text(compiled.kb, person)}.",
                      intent="person_info", slots={"person": person.id}, confidence=1.0)


def _doer(kb: KnowledgeBase, passage: Passage) -> str | None:
    """Who the "ia" or "dia" of a sentence is, when it is about one person on record ("Selain
    itu ia pun menyampaikan …": 'Darto, Sekretaris Dinas …'): a question who said or did
    it is answered with the name; None otherwise."""
    if passage.is_note or not PRONOUNS & set(passage.words):
        return None
    people = [p for p in kb.people.values()
              if p.name and set(normalise(p.name)) & passage.people]
    if len(people) != 1:
        return None
    return ", ".join(x for x in (people[0].name, people[0].role) if x)


def _whose_quote(kb: KnowledgeBase, found: Found, meaning: Interpretation) -> str:
    """"Ya — " or "Tidak — " for "kutipan '…' itu dari Jaduliwan ya?": whether the quoted
    sentence's speaker is the one named; "" for any other question."""
    speakers = {p.speaker for p in found.passages if p.speaker}
    person = _named_person(kb, meaning.slots)
    tokens = meaning.linked.tokens
    if len(speakers) != 1 or person is None \
            or not QUOTED_SPAN.search(meaning.text) or not checks(tokens) \
            or set(tokens) & ASKING_WORDS:
        return ""
    said = set(normalise(speakers.pop())) & set(normalise(person.name or ""))
    return YES if said else NO


def _said_by_another(compiled: _Compiled, meaning: Interpretation) -> Found | None:
    """The sentence of another person that holds what a claim says someone said ("gubernur
    rohidin bilang masih ada evaluasi yg harus dilakukan kan?": Darto's), when none of that
    person's does; None for any other question."""
    tokens = meaning.linked.tokens
    person = _named_person(compiled.kb, meaning.slots)
    if person is None or not person.name or not checks(tokens) \
            or set(tokens) & (ASKING_WORDS - {"alasan"}) or not SAYING_WORDS & set(tokens):
        return None  # (but "… kunci sukses itu gubernur kan?": "kunci" asks nothing here)
    teller = set(normalise(person.name))
    naming = {i for m in meaning.linked.mentions if m.kind in ("person", "role")
              for i in range(m.start, m.end)}
    names = compiled.index.kb_words
    said = terms([t for i, t in enumerate(tokens) if i not in naming
                  and t not in SAYING_WORDS], names)
    found = compiled.passages.find(said, set(), None, None, set())
    if found is None or not all(p.told_by_another(teller) for p in found.passages):
        return None
    own = compiled.passages.find(said, set(), None, None, set(), told_by=teller, told=True)
    return found if own is None or own.coverage < found.coverage else None


def _told_by(kb: KnowledgeBase, meaning: Interpretation) -> set[str] | None:
    """The name words of the one a question says told it ("kata Jaduliwan …", "menurut
    Kadis Kominfotik …", "… yang disebut Gubernur"); None when it names no teller."""
    if not TELLING_WORDS & set(meaning.linked.tokens):
        return None
    return _about_one(kb, meaning)


def _asks_event_attended(meaning: Interpretation) -> bool:
    """Whether the question asks which event the one person it names took part in, and
    nothing else ("darto hadir di acara apa?", "jaduliwan ikut apa")."""
    own, words = meaning.slots, meaning.words
    return bool(own.get("person")) and "apa" in words and bool(words & ATTENDING_WORDS) \
        and not words - FILLERS - ATTENDING_WORDS - EVENT_NOUNS - {"apa", "di", "yang"} \
        and not any(own.get(n) for n in ("role", "organisation", "award", "edition"))


def _asks_post_of_attendee(meaning: Interpretation) -> bool:
    """Whether the question asks the post ("jabatannya apa") of whoever received or attended
    what it names, naming no one ("yg nerima amh bandung jabatannya apa?")."""
    tokens, own = meaning.linked.tokens, meaning.slots
    return any(t == "jabat" and "apa" in tokens[max(i - 2, 0):i + 3]
               for i, t in enumerate(tokens)) and bool(meaning.words & ATTENDING_WORDS) \
        and not own.get("person") and not own.get("role") \
        and any(own.get(n) for n in ("award", "edition", "organisation"))


def _about_one(kb: KnowledgeBase, meaning: Interpretation) -> set[str] | None:
    """The name words of the one person a question is about ("bagaimana respons Gubernur
    Bengkulu?"): another's sentence about others is no answer about him."""
    person = _named_person(kb, meaning.slots)
    return set(normalise(person.name)) if person is not None and person.name else None


_SAID = frozenset({"bilang", "sebut", "kata", "ucap", "ungkap", "nyata"})


def _behind_a_saying(kb: KnowledgeBase, meaning: Interpretation, choice: _Choice
                     ) -> Answer | None:
    """The note about the speaker's organisation that holds the word asked of and names the
    speaker, or None."""
    tokens = meaning.linked.tokens
    said = next((i for i, t in enumerate(tokens) if t in _SAID), None)
    if said is None or not {"alasan", "maksud"} & set(tokens[:said]):
        return None  # (not "jaduliwan bilang kesuksesan karena apa?": why, as he said it)
    speaker = _named_person(kb, choice.slots)
    topics = meaning.slots.get("topics")
    if speaker is None or not speaker.name or not speaker.organisation or not topics:
        return None
    found = RESOLVERS["note"](kb, Query("note", {"topics": topics,
                                                 "organisation": speaker.organisation},
                                        meaning.words - {"alasan"}))  # (the word's note only)
    named = found.status == Status.ANSWERED and speaker.name.split()[0] in found.text
    return found if named else None


def _named_person(kb: KnowledgeBase, slots: Slots) -> PersonDecl | None:
    """The person a question names, or the one holder on record of the role it names."""
    person = slots.get("person")
    if isinstance(person, str) and person in kb.people:
        return kb.people[person]
    holders = details.role_holders(kb, Query("note", slots))
    return holders[0] if len(holders) == 1 else None


def _covers_more(found: Found, answer: Answer | None, meaning: Interpretation,
                 compiled: _Compiled) -> bool:
    """Whether the sentences hold more of the question's words (names of organisations,
    people and awards aside) than the structured answer."""
    naming = {i for m in meaning.linked.mentions if m.kind != "topic"
              for i in range(m.start, m.end)}
    asked = set(terms([t for i, t in enumerate(meaning.linked.tokens) if i not in naming],
                      compiled.index.kb_words))
    said = set(terms(normalise(answer.text), compiled.index.kb_words)) if answer else set()
    return len(asked & set(found.matched)) > len(asked & said)


def _asked_deed(tokens: list[str]) -> str | None:
    """The verb a "who" question asks about: "siapa yang mengumumkan …", "yang mengumumkan
    pemenang … siapa?", "terus yg menyerahkan?" → "umum", "serah"."""
    deeds = ACTION_WORDS | EVENT_VERBS
    for before, that, verb in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if before == "siapa" and that == "yang" and verb in deeds:
            return verb
    asked = [t for t in tokens if t not in FILLERS | FOLLOW_UP_MARKERS]
    if asked[:1] == ["yang"] and len(asked) > 1 and asked[1] in deeds \
            and ("siapa" in asked or len(asked) == 2):
        return asked[1]
    return None


_TIME_CLAUSE_WORDS = frozenset({"waktu", "saat", "ketika", "sewaktu", "selagi"})


def _verbs_of_a_time_clause(tokens: list[str]) -> frozenset[str]:
    """"… waktu dapet TOP GPR", "saat menerima penghargaan": the action a time clause names,
    which tells when, not what is asked."""
    return frozenset(verb for when, verb in pairwise(tokens)
                     if when in _TIME_CLAUSE_WORDS and verb in ACTION_WORDS)


def _explains(intent: str, words: frozenset[str], focus: str | None,
              deed: str | None = None) -> bool:
    """For a question about who or what did something: whether the intent's cue words
    account for one of its action verbs ("siapa yang menyerahkan …" is not answered by who
    received), for the `deed` a "who" question asks about ("siapa yang mengumumkan
    pemenang?" is not answered by the winners), and for "dilakukan" ("apa yang dilakukan
    sampai bisa dapat peringkat 2?" is not answered by who got it).
    Questions of when, where or how many take any verb of the event."""
    actions = words & ACTION_WORDS
    if not actions or focus not in (None, "who", "what", "which") \
            or intent in ("note", "role_holder", "overview"):  # (a summary tells what was done)
        return True
    spec = BY_NAME[intent]
    cues = set(spec.cues) | {w for pair in spec.pairs for w in pair}
    if focus in ("who", None) and deed and deed not in spec.cues:
        # (a deed only in a pair is not the intent's own: "serah" in "diserahkan kepada
        # siapa" asks who received it, "terus yg menyerahkan?" who handed it over)
        return False  # "siapa yang mengumumkan pemenang?" is not answered by the winners
    return bool(actions & cues) and ("laku" not in actions or "laku" in cues)


def _outside_names(meaning: Interpretation) -> list[str]:
    """The question's words with the names it links blanked out: a cue word inside a
    category's name ("Strategi Komunikasi Pembangunan") asks nothing, but "nama _" still
    asks a name; a venue's noun inside the venue's name still asks where ("nama ballroom AMH
    2023 apa")."""
    inside = {i for m in meaning.linked.mentions if m.kind in _NAME_KINDS
              for i in range(m.start, m.end)}
    return ["_" if i in inside and t not in VENUE_NOUNS else t
            for i, t in enumerate(meaning.linked.tokens)]


def _name_of(meaning: Interpretation) -> str | None:
    """The thing whose name a question asks ("nama jurnalisnya?": "jurnalis"; "majalah
    internal pemkot bandung namanya apa?" and "umkm apa saja namanya?": the thing the
    question starts with; "OPD Kota Bandung mana aja?": "opd")."""
    tokens = meaning.linked.tokens
    found = next((b for a, b in pairwise(tokens) if a == "nama" and b not in (
        "lengkap", "nama") and b not in QUESTION_WORDS), None)  # "nama-nama media"
    if found is None and (tokens[-2:] in (["nama", "apa"], ["apa", "nama"]) or (
            tokens[-1:] == ["nama"] and not any(m.start == 0 and m.kind in _NAME_KINDS
                                                for m in meaning.linked.mentions))
            ) and tokens[0] not in QUESTION_WORDS:
        return tokens[0]
    if found is None and ("mana", "saja") in pairwise(tokens):
        names = {i for m in meaning.linked.mentions if m.kind != "topic"
                 for i in range(m.start, m.end)}
        at = list(pairwise(tokens)).index(("mana", "saja")) - 1
        while at in names:  # "OPD Kota Bandung mana saja": OPD, not Bandung
            at -= 1
        if at >= 0 and tokens[at] not in QUESTION_WORDS:
            return tokens[at]
    return found


def _who_of(meaning: Interpretation) -> str | None:
    """The kind of person a who-question asks for ("siapa wartawan yang menulis …?",
    "… ditulis wartawan siapa?": "wartawan"), when it names one that is no name on record."""
    tokens = meaning.linked.tokens
    named = {i for m in meaning.linked.mentions if m.kind != "topic"
             for i in range(m.start, m.end)}
    if "siapa" not in tokens:
        return None
    at = tokens.index("siapa") + 1
    if at == len(tokens) or all(t in FILLERS for t in tokens[at:]):
        at -= 2  # the word before a closing "siapa"
    if not 0 <= at < len(tokens) or at in named or tokens[at] in QUESTION_WORDS \
            or tokens[at] in FILLERS or tokens[at] in PASSAGE_STOPWORDS:
        return None
    return tokens[at]


def _about(slots: Slots) -> set[str]:
    return {str(value) for value in (slots.get("award"), slots.get("edition"),
                                     slots.get("organisation"), slots.get("person"),
                                     slots.get("year")) if value}


def _subject(kb: KnowledgeBase, slots: Slots) -> tuple[str, bool]:
    """What the slots name, as the bot writes it, and whether the record holds it (not when
    they name a year of no edition on record: "mau tanya soal AMH 2019")."""
    award, year = slots.get("award"), slots.get("year")
    matching = [e.id for e in kb.editions.values() if e.year == year
                and award in (None, e.award)]
    edition = slots.get("edition") or (matching[0] if len(matching) == 1 else None)
    names = []
    if edition:
        names.append(edition_label(kb, kb.editions[str(edition)]))
    elif award:
        names.append(award_short(kb.awards[str(award)]) + (f" {year}" if year else ""))
    elif year:
        names.append(f"penghargaan tahun {year}")
    if organisation := slots.get("organisation"):
        names.append(kb.organisations[str(organisation)].name)
    if (person := slots.get("person")) and kb.people[str(person)].name:
        names.append(str(kb.people[str(person)].name))
    return " dan ".join(names), bool(matching) or not year


def _award_mixed_up(kb: KnowledgeBase, choice: _Choice) -> EditionDecl | None:
    """The one edition of another award, in the year asked, in which the organisation asked
    of is on record, when the award asked has no edition that year; None otherwise."""
    award, year, organisation = (choice.slots.get(n) for n in ("award", "year", "organisation"))
    if not (isinstance(award, str) and isinstance(year, int) and isinstance(organisation, str)) \
            or kb.edition(award, year) is not None:
        return None
    editions = [kb.editions[e] for e in organisation_editions(kb, organisation)
                if kb.editions[e].year == year and kb.editions[e].award != award]
    return editions[0] if len(editions) == 1 else None


def _memorable(slots: Slots) -> Slots:
    return without(slots, ("asks_rank", "unknown_category"))


def _known_ids(slots: _Named, kb: KnowledgeBase) -> _Named:
    """The slots (or focus) without the ids the knowledge base no longer holds."""
    kept = slots.copy()
    if "award" in kept and kept["award"] not in kb.awards:
        del kept["award"]
    if "edition" in kept and kept["edition"] not in kb.editions:
        del kept["edition"]
    if "organisation" in kept and kept["organisation"] not in kb.organisations:
        del kept["organisation"]
    if "person" in kept and kept["person"] not in kb.people:
        del kept["person"]
    return kept


def _valid_frame(frame: Frame | None, kb: KnowledgeBase) -> Frame | None:
    """A frame whose ids still exist in the (possibly reloaded) knowledge base."""
    if frame is None or frame.intent not in RESOLVERS:
        return None
    return Frame(frame.intent, _known_ids(frame.asked, kb), _known_ids(frame.focus, kb),
                 frame.at)


def _present(slots: Slots) -> dict[str, bool]:
    present: dict[str, bool] = {name: bool(slots[name]) for name in filled(slots)}
    present["alasan"] = False
    return present


def _unsaid(compiled: _Compiled, base: _Asked, words: list[str], intent: str | None = None
            ) -> Reply:
    """'Sumber saya tidak menyebut hadiah untuk itu.': the things asked that no source names."""
    return base.reply(Status.NO_DATA, (f"Sumber saya tidak menyebut {' '.join(words)} untuk "
                                       f"itu. Yang tercatat: {compiled.known}."), intent=intent)


def _only_those_before(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None,
                       answer: Answer) -> str | None:
    """The name of the person an answer about someone is about, when the question asks who
    else ("selain Darto siapa lagi yang hadir?", "pejabat lain siapa saja yang ikut?" right
    after Jaduliwan) and that person is the one it excludes; None otherwise."""
    person = answer.focus.get("person")
    if person is None or person not in kb.people or "siapa" not in meaning.words \
            or not meaning.words & ELSE_WORDS:
        return None
    tokens = meaning.linked.tokens
    after = tokens[tokens.index("selain") + 1:][:3] if "selain" in tokens else []
    name = kb.people[person].name or ""
    excluded = bool(set(normalise(name)) & set(after)) or (
        frame is not None and frame.focus.get("person") == person)
    return name if excluded else None


_POINTED_AWARD = AWARD_NOUNS | {"acara"}


def _points_at_the_award(tokens: list[str]) -> bool:
    """"di ajang itu", "di situ", "juga": the award spoken of, and no other."""
    return bool(set(tokens) & (ALSO_WORDS | THERE_WORDS)) or any(
        a in _POINTED_AWARD and b in ("itu", "tersebut", "tadi") for a, b in pairwise(tokens))


def _looked_alike(meaning: Interpretation, choice: _Choice) -> bool:
    """Whether the intent chosen is only a look-alike example's ("hadiah top gpr 2021 apa?"
    looks like "apa tema …"): no word of the question cues it."""
    return meaning.fuzzy is not None and choice.intent == meaning.fuzzy.intent \
        and not any(s.intent == choice.intent for s in meaning.strict)


def _another_in_frame(meaning: Interpretation, frame: Frame) -> bool:
    """Whether a question goes on about another organisation in the award just spoken of: it
    names an organisation and no award, edition or year, opens with "kalau"/"terus" … or says
    "juga"/"sekalian"/"di situ", and the previous question was of an award."""
    own = meaning.slots
    return bool(own.get("organisation")) and not any(
        own.get(n) for n in ("award", "edition", "year", "person")) \
        and (meaning.follow_up_marker
             or bool((ALSO_WORDS | THERE_WORDS) & set(meaning.linked.tokens))) \
        and bool(frame.asked.get("award") or frame.asked.get("edition"))


def _merge(own: Slots, frame: Frame, intent: str, focus: str | None = None) -> Slots:
    """Own slots first; then what the previous question asked; then, for a question that
    names no subject of its own, what the previous answer was about. What the question asks
    for is never carried over ("nominasinya di kategori apa?": not the category before)."""
    uses = set(BY_NAME[intent].uses) - ({focus} if focus in ("category", "group") else set())
    merged = own.copy()
    has_subject = any(own.get(name) for name in SUBJECT_SLOTS)
    sources = [frame.asked] if has_subject else [frame.asked, slots_of(frame.focus)]
    people = ("organisation", "person", "role")
    own_people = any(own.get(name) for name in (*people, "place"))
    for source in sources:
        for name in filled(source):
            if name in uses and name not in merged:
                if has_subject and name == "edition":
                    continue
                if own_people and name in people:
                    continue  # "kalau Bandung?" after a question about Rohidin: not him
                if own.get("rank") is not None and intent == "representative" \
                        and name in people:
                    continue  # "kalau yang juara 2 diwakili siapa?" after DKI: its holder's
                if name == "year" and own.get("award") and source.get("award") not in (
                        None, own.get("award")):
                    continue  # "kalau top gpr?" after AMH 2023: the year was AMH's
                merged[name] = source[name]
    if (own.get("award") or own.get("year")) and "edition" not in own:
        merged.pop("edition", None)  # a newly named award or year replaces the edition
    return merged


def _other_group(meaning: Interpretation, frame: Frame, kb: KnowledgeBase) -> str | None:
    """The one other group of the award spoken of that a kind word names ("kalo provinsi?"
    after a question about its kabupaten/kota group), when the message names no subject."""
    asked = frame.asked.get("group")
    kinds = meaning.words & results.KIND_WORDS
    if not asked or not kinds or any(meaning.slots.get(n) for n in (*SUBJECT_SLOTS, "group")):
        return None
    groups = {r.group for e in kb.editions.values() if e.award == frame.award
              for r in kb.results_by_edition.get(e.id, ())
              if r.group and r.group != asked and kinds <= set(normalise(r.group))}
    return groups.pop() if len(groups) == 1 else None


def _post_of_the_one_before(meaning: Interpretation) -> bool:
    """"kepala dinasnya siapa?", "gubernurnya?": a post typed with -nya, of what was last
    spoken of (not "kalo gubernur bengkulu?", which names its own)."""
    roles = [m for m in meaning.linked.mentions if m.kind == "role"]
    typed = {w.removesuffix("nya") for w in re.findall(r"\w+nya\b", meaning.text.lower())}
    return len(roles) == 1 and meaning.linked.tokens[roles[0].end - 1] in typed


_OF_AN_ORGANISATION = frozenset({"org_rank", "org_awards", "nominations"})


_CELEBRATIONS = frozenset({"acara", "perayaan", "upacara", "pesta", "peringatan"})
_OF_AN_EVENT = frozenset({"dimana", "mana", "kapan", "saja", "jam", "siapa"})


def _beside_organisation(linked: Linked) -> bool:
    """Whether a place is joined to an organisation by "dan", "atau" or "sama" ("vs" and
    "lawan" read as "dan")."""
    spans = [(m.start, m.end) for m in linked.mentions if m.kind == "organisation"]
    return any(m.kind == "place" and any(
        linked.tokens[min(end, m.end):max(start, m.start)] in (["dan"], ["atau"], ["sama"])
        for start, end in spans) for m in linked.mentions)


def _celebration_asked(meaning: Interpretation) -> str | None:
    """'acara HUT-nya diadain di mana?', 'ada acara perayaan HUT apa aja?': the words of an
    event a note's keyword names ("acara HUT") when its place, time or programme is asked;
    None otherwise."""
    tokens = meaning.linked.tokens
    if not set(tokens) & _OF_AN_EVENT:
        return None
    return next((" ".join(tokens[m.start - 1:m.end]) for m in meaning.linked.mentions
                 if m.kind == "topic" and m.start and tokens[m.start - 1] in _CELEBRATIONS),
                None)


# what answers with a list, asked again by "apa aja?", "siapa aja?" alone
_LISTING = frozenset({"org_awards", "who_won", "nominations", "categories"})


def _owners_agree(meaning: Interpretation, found: Found, index: EntityIndex) -> bool:
    """Whether the sentences found tell of a thing as belonging to whom the question says:
    "HUT gubernur" (the governor's birthday) is not the "HUT Provinsi Bengkulu" of a
    sentence. A note's keyword the question has followed directly by a person or role must
    not stand, in a sentence found, followed directly by a word of another name."""
    tokens, mentions = meaning.linked.tokens, meaning.linked.mentions
    owned = [(tokens[m.start - 1], set(tokens[m.start:m.end])) for m in mentions
             if m.kind in ("person", "role") and m.start and any(
                 kind == "topic" for kind, _ in index.aliases.get((tokens[m.start - 1],), ()))]
    for word, owner in owned:
        for passage in found.passages:
            words = normalise(passage.text)
            if any(w == word and after in index.name_words and after not in owner
                   for w, after in pairwise(words)):
                return False
    return True


_KINDS_OF_GOVERNMENT = results.KIND_WORDS | {"daerah", "pemerintah", "instansi"}


def _others_of_a_kind(tokens: list[str]) -> bool:
    """"pemda lain", "provinsi lainnya", "kota lain": others of a kind than the one spoken of;
    "yg 6 besar lainnya siapa aja?": the other nominees (but "nominasi lainnya?" after what
    Bandung won asks Bandung's other results)."""
    return any((a in _KINDS_OF_GOVERNMENT or (a in ("besar", "nominasi") and "siapa" in tokens))
               and b in ("lain", "lainnya") for a, b in pairwise(tokens))


def _frame_without(frame: Frame, names: tuple[str, ...]) -> Frame:
    """The previous question and answer with the slots named left out, so that a follow-up
    does not take them over."""
    return replace(frame, asked=without(frame.asked, names), focus=cast(
        Focus, {k: v for k, v in frame.focus.items() if k not in names}))


def _people_of_another_kind(tokens: list[str]) -> bool:
    """"pejabat kementerian", "pejabat lembaga": officials of a kind of institution named, with
    no pronoun pointing back ("dia pejabat kementerian?" asks of the one spoken of)."""
    return any(a == "jabat" and b in _NATIONAL_KINDS for a, b in pairwise(tokens)) \
        and not set(tokens) & PRONOUNS


_NATIONAL_KINDS = frozenset({"kementerian", "lembaga"})


def _another_kind(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
                  ) -> _Choice | None:
    """"kalo kementerian?", "kalau kabupaten?" after one organisation's results: who of that
    kind won in the same edition (and the source may not say), not that organisation again
    when it is of another kind."""
    if frame is None or frame.intent not in _OF_AN_ORGANISATION or not meaning.follow_up_marker:
        return None
    organisation = kb.organisations.get(str(frame.asked.get("organisation") or ""))
    words = [t for t in meaning.linked.tokens if t not in FILLERS and t not in FOLLOW_UP_MARKERS
             and t not in ("yang", "pemerintah", "pemda", "mana", "nya")]
    if organisation is None or len(words) != 1 or words[0] not in results.KIND_WORDS \
            or words[0] == organisation.kind or names_something(meaning.slots):
        return None
    slots = without(_merge(meaning.slots, frame, "who_won"), ("organisation",))
    return _Choice("who_won", slots, 1.0, follow_up=True)


def _choose(meaning: Interpretation, frame: Frame | None, focus: str | None, *, notes: bool
            ) -> _Choice | None:
    """The intent that answers: the structured ones (notes=False), or a note found by its
    keywords (notes=True)."""
    own = meaning.slots
    if frame is not None and not own.get("organisation") \
            and _others_of_a_kind(meaning.linked.tokens):
        # "pemda lain yg masuk 6 besar?" after Bandung's nominations: others than Bandung
        frame = _frame_without(frame, ("organisation",))
    if frame is not None and not any(own.get(n) for n in ("person", "organisation", "role")) \
            and _people_of_another_kind(meaning.linked.tokens):
        # "pejabat kementerian yg hadir siapa aja?" after Darto's words: people of a ministry,
        # not Darto again
        frame = _frame_without(frame, ("person", "role"))
    present = _present(own)
    present["alasan"] = "alasan" in meaning.words
    deed = _asked_deed(meaning.linked.tokens)
    # ("kutipan gubernur waktu dapet TOP GPR apa?": the verb of a time clause is not asked)
    asked = meaning.words - _verbs_of_a_time_clause(meaning.linked.tokens) \
        if focus is not None else meaning.words  # (not in a fragment that asks nothing)
    ranked: list[Scored] = [
        s for s in meaning.strict if s.score >= MIN_STRICT_SCORE
        and fits(s.intent, focus) and _explains(s.intent, asked, focus, deed)
        # "jelaskan alasan Bengkulu menang": why it won, not what the award is for
        and not (s.intent == "award_definition" and focus == "why" and own.get("organisation"))
        and not _person_elsewhere(s.intent, own, meaning.words, focus)]
    has_cue = any(s.score >= 1.0 for s in meaning.strict)
    # "kalau AMH 2023?" goes on with the previous question, not with a look-alike example
    guessing = not (meaning.follow_up_marker and frame is not None and not has_cue)
    if has_cue and meaning.fuzzy and not any(s.intent == meaning.fuzzy.intent
                                             and s.score >= MIN_STRICT_SCORE
                                             for s in meaning.strict):
        # "amh 2023 ada berapa pemenang": the words cue another intent (of winners), whose
        # answer supplies no count; a look-alike example ("… yang keberapa") is no answer
        guessing = False
    if guessing and meaning.fuzzy and fits(meaning.fuzzy.intent, focus) and _explains(
            meaning.fuzzy.intent, asked, focus, deed) and all(
            s.intent != meaning.fuzzy.intent for s in ranked):
        ranked.append(meaning.fuzzy)
    ranked = [s for s in ranked if (s.intent == "note") == notes]
    if not notes and focus in ("category", "group") and frame is not None \
            and frame.intent in ("org_rank", "org_awards") and frame.asked.get("organisation") \
            and not frame.asked.get("category") \
            and not any(own.get(n) for n in (*SUBJECT_SLOTS, "year", "category", "group")):
        # "kategorinya apa?" after Bandung's rank: the category of that result
        return _Choice("org_awards", _merge(own, frame, "org_awards", focus), 1.0,
                       follow_up=True)
    if not notes and frame is not None and frame.intent in _OF_AN_ORGANISATION \
            and frame.asked.get("organisation") and own.get("category") \
            and meaning.words & RESULT_WORDS and "siapa" not in meaning.words \
            and is_yes_no(meaning.linked.tokens) \
            and not any(own.get(n) for n in SUBJECT_SLOTS):
        # "menang gk yg audiovisual?" after Bandung's nominations: its result there
        return _Choice("org_awards", _merge(own, frame, "org_awards", focus), 1.0,
                       follow_up=True)
    if not notes and frame is not None and len(meaning.linked.tokens) == 1 \
            and meaning.strict and meaning.strict[0].intent == frame.intent \
            and meaning.strict[0].score > 0 and not any(own.get(n) for n in SUBJECT_SLOTS):
        # "provinsinya?" after where the ceremony was: a word that cues the question before,
        # however weakly, alone goes on with it
        return _Choice(frame.intent, _merge(own, frame, frame.intent, focus), 1.0,
                       follow_up=True)
    if not notes and frame is not None and frame.intent in _LISTING \
            and "saja" in meaning.linked.tokens \
            and set(meaning.linked.tokens) <= {"saja", "yang"} | ASKING_WORDS | FILLERS \
            and not any(own.get(n) for n in SUBJECT_SLOTS):
        # "apa aja?" after how many categories Bandung was nominated in: the list itself
        return _Choice(frame.intent, _merge(own, frame, frame.intent, focus), 1.0,
                       follow_up=True)
    if not notes and frame is not None and frame.intent == "org_rank" \
            and own.get("organisation") and "berapa" in meaning.words \
            and _only_organisation_and(meaning, {"berapa", "yang", "nya"}):
        # "sumsel berapa?" after Bengkulu's rank: Sumsel's rank there
        # (not the rank a claim before named)
        return _Choice("org_rank", without(_merge(own, frame, "org_rank", focus), ("rank",)),
                       1.0, follow_up=True)
    if notes and focus == "who" and own.get("role"):  # a note never names a role's holder
        return None
    if not notes and "kutip" in meaning.words and own.get("organisation") \
            and not own.get("person") and not own.get("role"):
        # "kalau quote dari pihak bandung?": the words of those who speak for it
        return _Choice("person_quote", own.copy(), 1.0)
    if not notes and _asks_event_attended(meaning):
        # "darto hadir di acara apa?", "jaduliwan ikut apa": the event the person took part in
        return _Choice("representative", own.copy(), 1.0)
    if not notes and _asks_post_of_attendee(meaning):
        # "yg nerima amh bandung jabatannya apa?": the one who received it, with their post
        return _Choice("representative", own.copy(), 1.0)
    for scored in ranked:
        spec = BY_NAME[scored.intent]
        confidence = min(1.0, scored.score / 2.0)
        if requirement_met(spec, present):
            if scored.intent == "note" and frame is not None \
                    and not any(own.get(n) for n in SUBJECT_SLOTS) \
                    and not meaning.words & COMPARING_WORDS:
                # "penghargaan itu disebut kado apa?" after the governor: a note about him
                return _Choice("note", _merge(own, frame, "note"), confidence, follow_up=True)
            if frame is not None and frame.edition and own.get("place") \
                    and (focus in ("where", "when") or (scored.intent == "event_place"
                                                         and is_yes_no(meaning.linked.tokens))) \
                    and not any(
                    own.get(n) for n in ("award", "edition", "year", "organisation", "person")):
                # "dan tempatnya di jakarta?" after AMH 2023's date, "acaranya di surabaya ya?"
                # after TOP GPR 2021's results: a place claimed there (but "yg di surabaya?"
                # asks of the one held there)
                return _Choice(scored.intent, {**own, "edition": frame.edition}, confidence,
                               follow_up=True)
            if frame is not None and frame.award and own.get("number") \
                    and "tahun" in meaning.words \
                    and not any(own.get(n) for n in ("award", "edition", "year")):
                # "yang pertama tahun berapa?" after AMH 2023's edition number: the year of
                # AMH's first
                return _Choice(scored.intent, {**own, "award": frame.award}, confidence,
                               follow_up=True)
            if frame is not None and _another_in_frame(meaning, frame):
                # "kalau bandung ikut gk?", "bandung jg ikut?" after Bengkulu at TOP GPR: there
                return _Choice(scored.intent, _merge(own, frame, scored.intent, focus),
                               confidence, follow_up=True)
            return _Choice(scored.intent, own.copy(), confidence)
        if frame is not None and not (meaning.follow_up_marker and not has_cue and not own
                                      and scored.intent != frame.intent):
            # ("kalau lembaga negara bgmn?" after who may enter: a weak cue of another
            # intent is no new question)
            merged = _merge(own, frame, scored.intent, focus)
            if requirement_met(spec, _present(merged) | {"alasan": present["alasan"]}):
                return _Choice(scored.intent, merged, confidence * 0.9, follow_up=True)
    tokens = meaning.linked.tokens
    if frame is not None and frame.intent in RANKED_INTENTS and not own and len(tokens) == 1 \
            and tokens[0].isdigit() and 1 <= int(tokens[0]) <= MAX_RANK_ASKED:
        own = {"rank": int(tokens[0])}  # "3?" after who took rank 2: who took rank 3
    attribute = focus in ("category", "group", "name") and frame is not None and not own \
        and fits(frame.intent, focus)  # "kelompoknya apa?": the same answer holds it
    if frame is not None and not has_cue and (own or meaning.follow_up_marker or attribute) \
            and not _role_tells(meaning):  # "menurut kadis, media berperan apa?": new asks
        intent = frame.intent
        number = own.get("number")
        if intent in RANKED_INTENTS and number is not None and "rank" not in own:
            own = without(own, ("number",))
            own["rank"] = number  # "kalau yang ke-2?": the rank, not the edition number
        for name in filled(own):  # in the order filled: one switch may undo another
            intent = FOLLOW_UP_SWITCH.get((intent, name), intent)
        merged = _merge(own, frame, intent, focus)
        if intent != frame.intent and "rank" not in own:
            merged.pop("rank", None)
        if requirement_met(BY_NAME[intent], _present(merged)) and fits(intent, focus) \
                and (intent == "note") == notes \
                and (deed is None or _explains(intent, meaning.words, focus, deed)):
            # (not "terus yg menyerahkan?" after who received it)
            return _Choice(intent, merged, 0.6, follow_up=True)
    if not notes and list(filled(own)) == ["person"] and not meaning.words - FILLERS:
        return _Choice("person_info", own.copy(), 0.5)  # "Jaduliwan?": who that is
    listed = set(filled(own))
    if not notes and "organisation" in listed and listed <= _LISTING_SLOTS \
            and (len(listed) > 1 or frame is None) \
            and not meaning.words - FILLERS and not checks(meaning.linked.tokens):
        # "amh 2023 bandung": what it won there; "bandung" alone too, typed as into a search
        # box, when no question before it is gone on with ("dki?" after the governor of
        # Sumatera Selatan asks of DKI's governor)
        return _Choice("org_awards", own.copy(), 0.5)
    return None


_TAKING_PART = frozenset({"ikut", "peserta", "partisipasi", "berpartisipasi"})
_EVENT_CONTEXT = EVENT_NOUNS | EVENT_VERBS | ATTENDING_WORDS | SAYING_WORDS


def _person_elsewhere(intent: str, slots: Slots, words: frozenset[str], focus: str | None
                      ) -> bool:
    """Whether a question asks where or when of a person, not of an event or of the person's
    office ("darto tinggal dimana?", "darto kuliahnya dmn"): the event a person took part in
    answers only a question that names it, or an award, or what was done there ("darto
    terima penghargaan dimana?"); who the person is answers where they work."""
    if not slots.get("person") or any(slots.get(n) for n in ("award", "edition", "year")):
        return False
    if intent == "person_info":
        return focus in ("where", "when") and not words & (_EVENT_CONTEXT | WORK_WORDS)
    return intent in ("event_place", "event_date") and not words & _EVENT_CONTEXT


def _shift_from_named_rank(tokens: list[str]) -> int:
    """"di bawah peringkat 2", "di atas juara 3": how far from the rank named the one
    asked is (0 when no word of above or below comes right before a rank named)."""
    for index, token in enumerate(tokens[:-2]):
        if token in RELATIVE_RANKS and tokens[index + 1] in RANK_NOUNS \
                and is_number(tokens[index + 2]):
            return RELATIVE_RANKS[token]
    return 0


def _refer_back(meaning: Interpretation, frame: Frame | None, kb: KnowledgeBase) -> None:
    """Words that point at the previous answer become slots: "yang di atasnya" is the rank
    above the one asked (or the one answered: "Bengkulu juara berapa, dan siapa di
    atasnya?"), "dia"/"beliau" the person last spoken of."""
    slots = meaning.slots
    named = slots.get("rank")
    if isinstance(named, int) and (shift := _shift_from_named_rank(meaning.linked.tokens)) \
            and named + shift >= 1:
        # "siapa yang berada di bawah peringkat 2?": the rank below the one named
        slots["rank"], slots["rank_from"] = named + shift, named
        return
    if frame is None:
        return
    words = set(meaning.linked.tokens)
    rank = frame.asked.get("rank")  # an answer's focus holds no rank
    if rank is None and frame.intent in ("org_rank", "org_awards"):
        rank = _rank_held(kb, frame)
    offset = sum(RELATIVE_RANKS.get(w, 0) for w in words)
    if isinstance(rank, int) and rank > 1 and slots.get("rank") in (None, rank) \
            and _lost_to(meaning):
        # "kalah dari siapa (kok bisa jd no 2)?" after Bengkulu's peringkat 2: every rank
        # above it
        slots.pop("rank", None)
        slots["ranks"] = [str(r) for r in range(1, rank)]
    elif isinstance(rank, int) and offset < 0 and "saja" in words and rank > 2 \
            and "rank" not in slots:  # "provinsi apa saja yang di atasnya?": all above
        slots["ranks"] = [str(r) for r in range(1, rank)]
    elif isinstance(rank, int) and offset and "rank" not in slots and rank + offset >= 1:
        start = frame.asked.get("rank_from")
        held = {r.rank for r in kb.results_by_edition.get(frame.focus.get("edition") or "", ())
                if r.status == "winner"}
        if start is not None and rank + offset == start and start + offset in held:
            rank = start  # "yang di atasnya?", then "di bawahnya?": below the first one
        slots["rank"], slots["rank_from"] = rank + offset, rank
    if (group := _other_group(meaning, frame, kb)) is not None:
        slots["group"] = group  # "kalo provinsi?" after the kabupaten/kota group: that group
    person = frame.person
    if _post_of_the_one_before(meaning) and not slots.get("organisation") \
            and not slots.get("person"):
        # "kepala dinasnya siapa?" after Darto: of his office, not of another's
        office = frame.organisation or _organisation_of_person_before(kb, frame)
        if office:
            slots["organisation"] = office
    # "itu diucapkan kapan?" after someone's words: his words
    said = "itu" in words and bool(words & SAYING_WORDS) \
        and frame.intent in ("person_quote", "note")
    if not said and "kapan" in words and words & SAYING_WORDS and frame.intent == "note" \
            and frame.focus.get("speaker") and not any(slots.get(n) for n in NAMING_KINDS):
        # "diucapkan kapan, sebelum atau sesudah acara?" after a quoted sentence: its speaker's
        said, person = True, frame.focus.get("speaker")
    if person and (words & PRONOUNS or said) and not slots.get("person") \
            and not slots.get("role"):
        slots["person"] = person


def _the_others(meaning: Interpretation) -> bool:
    """'yang lain?', 'yg satunya?', 'nominasi lainnya?': a question of nothing but the
    others of what was just answered."""
    tokens = set(meaning.linked.tokens)
    return bool(tokens & OTHER_WORDS) and not names_something(meaning.slots) and tokens <= (
        OTHER_WORDS | FILLERS | {"yang", "apa", "mana", "kategori", "nominasi"})


def _content_words(meaning: Interpretation) -> list[str]:
    """The words of a question that are neither fillers nor pronouns nor words of asking or
    saying ("media apa saja yang dia sebut?": "media")."""
    return [t for t in meaning.linked.tokens if t not in _NO_CONTENT]


_NO_CONTENT = FILLERS | PRONOUNS | SAYING_WORDS | QUESTION_WORDS


_PUBLISHING = frozenset({"muat", "terbit"})  # ("diberitakan", "dimuat", "terbit di")


def _goes_on_with_results(meaning: Interpretation, frame: Frame | None) -> bool:
    """"kalo jatim?" after the provinces' ranks: the same question of another region, not
    whether the ceremony was held there."""
    return frame is not None and frame.intent in _OF_AN_ORGANISATION | {"who_won"} \
        and meaning.follow_up_marker and not meaning.words & (_WHERE_WORDS | VENUE_NOUNS)


def _only_organisation_and(meaning: Interpretation, words: set[str]) -> bool:
    """Whether the question holds nothing but an organisation's name and these words (and
    fillers, and a word that goes on from the question before)."""
    named = {i for m in meaning.linked.mentions if m.kind == "organisation"
             for i in range(m.start, m.end)}
    return all(i in named or t in words or t in FILLERS or t in FOLLOW_UP_MARKERS
               for i, t in enumerate(meaning.linked.tokens))


def _doubted(meaning: Interpretation) -> bool:
    """'yakin?', 'masa sih?', 'beneran?', 'coba cek lagi': nothing but doubt of the answer,
    in the words typed ("yakin" reads as "benar", which alone is a verdict asked on a claim
    before it: "dosenku bilang itu cuma buat kementerian. bener?")."""
    tokens = set(meaning.linked.tokens)
    typed = set(re.findall(r"[^\W\d_]+", meaning.text.casefold()))
    return bool(tokens) and bool(typed & CHALLENGE_WORDS) \
        and tokens <= CHALLENGE_WORDS | CHALLENGE_TAILS | FILLERS | {"benar"}


def _success_unrecorded(kb: KnowledgeBase, meaning: Interpretation) -> bool:
    """Whether the organisation a question names has no result on record in the edition it
    names (an award or a year with the organisation, and a rank or a word of winning)."""
    slots = meaning.slots
    organisation = slots.get("organisation")
    if not organisation or not (slots.get("award") or slots.get("year")) or (
            slots.get("rank") is None and not meaning.words & RESULT_WORDS):
        return False
    editions, _ = find_editions(kb, Query("org_rank", only(slots, ("award", "edition", "year")),
                                          meaning.words), use_subjects=False)
    return bool(editions) and not any(r.organisation == organisation for e in editions
                                      for r in kb.results_by_edition.get(e.id, ()))


def _within_last_answer(compiled: _Compiled, meaning: Interpretation, frame: Frame) -> bool:
    """Whether a short question naming nothing asks only of words the last quote or note
    said ("media apa aja?" after “… awak media cetak, elektronik, media Online …”)."""
    said = frame.asked.get("passage_terms")
    if frame.intent == "source_sentence":  # (the words of the sentences quoted, all of them)
        said = terms(normalise(" ".join(frame.asked.get("passages") or ())),
                     compiled.index.kb_words)
    if not said or frame.intent not in ("note", "person_quote", "source_sentence") \
            or "alasan" in meaning.words or names_something(meaning.slots) \
            or len(_content_words(meaning)) > 2 or meaning.words & _PUBLISHING:
        return False  # ("knp 53?" after "kado 53 tahun": why, which the quote does not say;
        # "itu diberitakan media apa?": the outlet that published it, not media it names)
    asked = [w for w in terms(meaning.linked.tokens, compiled.index.kb_words)
             if w not in QUESTION_WORDS | SAYING_WORDS]
    return bool(asked) and set(asked) <= set(said)


def _ranked_office(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
                   ) -> str | None:
    """The one organisation holding the rank a question names beside a post and no
    organisation or person ("siapa gubernur provinsi yang juara dua?"), in the edition it
    names or, naming none, the one spoken of."""
    slots = meaning.slots
    if not slots.get("role") or slots.get("rank") is None \
            or any(slots.get(n) for n in ("organisation", "person", "unknown_organisation")):
        return None
    scope = only(slots, ("award", "edition", "year", "rank", "group", "category"))
    if frame is not None and frame.edition \
            and not any(scope.get(n) for n in ("award", "edition", "year")):
        scope["edition"] = frame.edition
    editions, _ = find_editions(kb, Query("who_won", scope, meaning.words))
    return _sole_holder(kb, editions[0].id, int(slots["rank"])) if len(editions) == 1 else None


def _sole_holder(kb: KnowledgeBase, edition: str, rank: int) -> str | None:
    """The one organisation holding `rank` at the edition, in any category; None when none
    or several do."""
    holders = {r.organisation for r in results.rank_holders(kb, edition, rank)}
    return holders.pop() if len(holders) == 1 else None


def _asks_a_list(tokens: list[str]) -> bool:
    """"siapa aja?", "apa saja?": the members of something asked for, not about a story."""
    return any(a in ("siapa", "apa") and b == "saja" for a, b in pairwise(tokens)) \
        and not set(tokens) & _STORY_NOUNS


_STORY_NOUNS = frozenset({"berita", "artikel", "judul", "baca"})


def _lost_to(meaning: Interpretation) -> bool:
    """"kalah dari siapa?" with no organisation named before it: the one last answered lost."""
    tokens = meaning.linked.tokens
    at = next((i for i, pair in enumerate(pairwise(tokens)) if pair in LOSING_PAIRS), None)
    return at is not None and not any(m.kind == "organisation" and m.start < at
                                      for m in meaning.linked.mentions)


def _not_recorded(compiled: _Compiled, base: _Asked, what: str) -> Reply:
    """'Sumber saya tidak mencatat AMH sebelum 2023.', with what is on record."""
    return base.reply(Status.NO_DATA, (
        f"Sumber saya tidak mencatat {what}. Yang tercatat: {compiled.known}."))


def _told(compiled: _Compiled, base: _Asked, answer: Answer, intent: str) -> Reply:
    """A check's answer as it stands, under `intent`, with its sources."""
    return base.reply(answer.status, answer.text, intent=intent, sources=tuple(
        _source_ref(compiled.kb, s) for s in answer.sources))


def _unknown_head(kb: KnowledgeBase, meaning: Interpretation) -> bool:
    """'siapa kepala Media Center …?': a head of something whom no one on record is (the
    sources name the head of the Dinas, not of its Media Center)."""
    heads = set(meaning.linked.tokens) & HEAD_NOUNS
    if not heads:
        return False
    organisation = meaning.slots.get("organisation")
    family = set(kb.organisation_family(organisation)) if organisation else None
    return not any(family is None or p.organisation in family
                   for role, people in kb.people_by_role.items()
                   if heads & set(normalise(role)) for p in people)


def _event_it_attended(meaning: Interpretation) -> bool:
    """'… di ajang yang diikuti bengkulu', 'AMH yang diikuti Bandung': the event named by the
    one that took part in it (not "… AMH, yang naik panggung siapa?")."""
    tokens = meaning.linked.tokens
    named = {m.end for m in meaning.linked.mentions if m.kind in ("award", "edition")}
    taking_part = {m.start for m in meaning.linked.mentions if m.kind == "organisation"}
    return any(t == "yang" and tokens[i + 1:i + 2] and tokens[i + 1] in ATTENDING_WORDS
               and i + 2 in taking_part
               and (i in named or (tokens[i - 1:i] and tokens[i - 1] in EVENT_NOUNS))
               for i, t in enumerate(tokens))


def _taken_part_in(kb: KnowledgeBase, slots: Slots) -> str | None:
    """The one edition the organisation asked of took part in, if one."""
    organisation = slots.get("organisation")
    editions = organisation_editions(kb, organisation) if organisation else set()
    return editions.pop() if len(editions) == 1 else None


def _rank_held(kb: KnowledgeBase, frame: Frame) -> int | None:
    """The one rank the organisation of the previous answer holds in its edition."""
    organisation = frame.asked.get("organisation") or frame.focus.get("organisation")
    edition = frame.focus.get("edition")
    ranks = {r.rank for r in kb.results_by_edition.get(edition or "", ())
             if r.organisation == organisation and r.status == "winner" and r.rank}
    return ranks.pop() if len(ranks) == 1 else None


def _bare_role(meaning: Interpretation) -> bool:
    """Whether a question names a role and nothing of whose it is ("gubernurnya siapa?", not
    "gubernur bengkulu?" nor "kadis kominfotik?", whose names the role's mention holds)."""
    roles = [m for m in meaning.linked.mentions if m.kind == "role"]
    return len(roles) == 1 and not meaning.slots.get("place") and set(
        meaning.linked.tokens[roles[0].start:roles[0].end]) <= set(normalise(str(roles[0].target)))


def _may_hold(kb: KnowledgeBase, organisation: str, role: str) -> bool:
    """Whether an organisation is of a kind whose holders of the role are on record (a
    province has a Gubernur, a ministry has no Pj Wali Kota)."""
    kinds = {kb.organisations[p.organisation].kind for p in kb.people_by_role.get(role, ())
             if p.organisation is not None and p.organisation in kb.organisations}
    return organisation in kb.organisations and kb.organisations[organisation].kind in kinds


def _organisation_of_person_before(kb: KnowledgeBase, frame: Frame | None) -> str | None:
    """The organisation of the person the previous answer was about (Darto's city), if any."""
    person = frame.person if frame is not None else None
    found = kb.people.get(person) if person else None
    return found.organisation if found is not None else None


def _office_in(kb: KnowledgeBase, organisation: str, role: str) -> str | None:
    """The one organisation, of this one and the units under it, that may hold the role (a
    city's Kepala Dinas is its dinas's); None when none does, or more than one."""
    offices = [o for o in kb.organisation_family(organisation) if _may_hold(kb, o, role)]
    return offices[0] if len(offices) == 1 else None


_GO_ON = frozenset({"terus", "lalu", "selanjutnya", "berikutnya", "next", "kemudian"})


def _next_rank_meant(meaning: Interpretation, frame: Frame | None) -> str | None:
    """'trus?', 'trus lagi?', 'berikutnya?' alone after who took a rank: who took the next
    rank, asked as "juara N+1"; None for any other message."""
    tokens = meaning.linked.tokens
    rank = frame.asked.get("rank") if frame is not None and frame.intent == "who_won" \
        else None
    if rank is None or not set(tokens) & _GO_ON \
            or not set(tokens) <= _GO_ON | FILLERS | {"lagi", "habis", "itu", "yang"}:
        return None
    return f"kalau juara {rank + 1}?"


_THAT_YEAR = frozenset({"itu", "segitu", "tersebut", "tsb", "sama"})


_OTHER_ONE = frozenset({"lain", "lainnya", "satunya"})
_SWITCH_WORDS = frozenset({"kalau", "terus", "lalu", "nah", "yang", "lagi", "bagaimana"})
# what an edition is asked, of which "the other one" is the other edition's
_OF_AN_EDITION = frozenset({"event_date", "event_place", "event_format", "theme", "organiser",
                            "edition_number", "source", "award_definition"})


def _other_edition_meant(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
                         ) -> str | None:
    """'kalau yang lain?', 'yg satunya?' after a question about one edition (its theme, its
    date): the question asked of the other, when there is exactly one other on record; any
    question of "acara yang satunya" after any question about one edition, asked of the
    other; None for any other message."""
    tokens = meaning.tokens  # ("satunya", not the "satu" it links)
    if frame is None or not frame.edition or not set(tokens) & _OTHER_ONE:
        return None
    others = [e for e in kb.editions.values() if e.id != frame.edition]
    if len(others) != 1:
        return None
    other = edition_label(kb, others[0])
    at = next((i for i in range(len(tokens) - 2) if tokens[i] in EVENT_NOUNS | TEXT_NOUNS
               and tokens[i + 1] == "yang" and tokens[i + 2] in _OTHER_ONE), None)
    if at is not None and len(tokens) > 3:
        # "kalo acara yang satunya diadain di mana?" after who received AMH 2023's award
        # ("berita yang satunya": each news article is about one edition)
        return " ".join([*tokens[:at], other, *tokens[at + 3:]])
    if frame.intent not in _OF_AN_EDITION \
            or not set(tokens) <= _OTHER_ONE | _SWITCH_WORDS | FILLERS:
        return None
    return f"kalau {other}"


def _year_meant(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
                ) -> str | None:
    """The question with "tahun itu", "tahun segitu", "tahun yang sama" written as the year
    the conversation was about ("itu tahun brp?" → 2021, then "kalau tahun segitu bandung
    dapet apa di AMH?" asks of AMH 2021, not of the AMH on record); None when it says no
    such year, names one, or no year was spoken of."""
    tokens = meaning.linked.tokens
    at = next((i for i, t in enumerate(tokens[:-1]) if t == "tahun" and (
        tokens[i + 1] in _THAT_YEAR - {"sama"} or tokens[i + 1:i + 3] == ["yang", "sama"])
        and not (i and (tokens[i - 1] == "berapa" or is_number(tokens[i - 1])))), None)
    # (not "53 tahun itu maksudnya apa?", "beda berapa tahun itu": a number of years)
    if at is None or frame is None or meaning.slots.get("year") is not None:
        return None
    year = frame.asked.get("year")
    if year is None and frame.edition and (edition := kb.editions.get(frame.edition)):
        year = edition.year
    if year is None:
        return None
    end = at + (3 if tokens[at + 1] == "yang" else 2)
    return " ".join([*tokens[:at + 1], str(year), *tokens[end:]])


# what points at a winner: a person's pronoun, or "mereka" (an institution is many)
_WINNER_PRONOUNS = PRONOUNS | {"mereka"}


def _winner_meant(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
                  ) -> str | None:
    """The name of the winner a "dia" points at after the question who won a rank ("juara 2
    top gpr 2021 siapa?" → "berarti dia juara 3 dong?"), or of the organisation a "mereka"
    points at after its results; None when no person was spoken of, or the question names
    whom it is about."""
    if frame is None or frame.intent not in ("who_won", "org_awards", "org_rank") \
            or frame.focus.get("person") \
            or not set(meaning.linked.tokens) & _WINNER_PRONOUNS \
            or any(meaning.slots.get(n) for n in ("person", "role", "organisation")):
        return None
    # ("selain juara itu mereka dapat nominasi juga?" after Bandung's results: Bandung)
    winner = _organisation_before(kb, frame) if frame.intent == "who_won" \
        else frame.organisation
    organisation = kb.organisations.get(winner) if winner is not None else None
    return organisation.name if organisation is not None else None


def _claimant_meant(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
                    ) -> str | None:
    """The name of the organisation a rank claimed of no one is claimed of, right after an
    answer about that organisation's results ("AMH 2023 bandung dapet apa?" → "yakin?
    bukannya terbaik II?"); None when the question names whom it is about."""
    if frame is None or frame.intent not in ("org_awards", "org_rank") \
            or meaning.slots.get("rank") is None or meaning.slots.get("ranks") \
            or any(meaning.slots.get(n) for n in (
                "person", "role", "organisation", "place", "unknown_organisation")):
        return None
    tokens = meaning.linked.tokens
    organisation = kb.organisations.get(frame.organisation or "")
    if organisation is None or not (checks(tokens) or tokens[:1] == ["bukan"]):
        return None
    return organisation.name


def _holder_meant(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
                  ) -> str | None:
    """The name of the person a "dia" points at when a post is claimed of them after an
    answer about that person ("siapa yg nerima AMH 2023?" → "dia sekda ya?"); None when no
    named person was spoken of or the question names whom it is about."""
    person = frame.person if frame is not None else None
    declared = kb.people.get(person) if person else None
    if declared is None or not declared.name or not meaning.slots.get("role") \
            or not set(meaning.linked.tokens) & PRONOUNS \
            or any(meaning.slots.get(n) for n in ("person", "organisation")):
        return None
    return declared.name


def _organisation_before(kb: KnowledgeBase, frame: Frame | None) -> str | None:
    """The organisation the previous answer was about: the one asked of or spoken of, or the
    one winner of the rank asked ("peringkat 3 TOP GPR 2021 siapa?")."""
    if frame is None:
        return None
    if organisation := frame.asked.get("organisation") or frame.focus.get("organisation"):
        return str(organisation)
    rank = frame.asked.get("rank")
    if frame.intent != "who_won" or not isinstance(rank, int):
        return None
    return _sole_holder(kb, frame.edition or "", rank)


_EVENT_INTENTS = frozenset({"event_date", "event_place", "event_format"})


def _at_another_edition(kb: KnowledgeBase, own: Slots, merged: Slots) -> bool:
    """Whether the organisation a question names (and no award, edition or year) is on
    record only at editions other than the one the conversation carried over."""
    organisation = own.get("organisation")
    if not organisation or any(own.get(n) for n in ("award", "edition", "year")):
        return False
    editions = organisation_editions(kb, str(organisation))
    carried, _ = find_editions(kb, Query("event_date", merged), use_subjects=False)
    return bool(editions) and len(carried) == 1 and carried[0].id not in editions


_LISTING_SLOTS = frozenset({"organisation", "award", "edition", "year", "category", "group"})
_WHERE_WORDS = frozenset({"dimana", "mana", "apa", "tempat", "lokasi", "kota"})
_ROLE_INTENTS = PERSON_INTENTS | {"representative"}  # the intents a role can be asked of


def _about_someone_else(choice: _Choice, kb: KnowledgeBase, words: frozenset[str]) -> _Choice:
    """A 'who' question naming a person and a role that person does not hold asks about the
    role's holder ("the Pj Wali Kota whom Darto thanked — who is that?")."""
    person, role = choice.slots.get("person"), choice.slots.get("role")
    if choice.intent in ("person_info", "person_quote") and person and role \
            and "siapa" in words and kb.people[person].role != role:
        return _Choice("role_holder", without(choice.slots, ("person",)), choice.confidence,
                       choice.follow_up)
    return choice


def _other_editions(kb: KnowledgeBase, answer: Answer, choice: _Choice) -> Answer:
    """An answer about the newest edition of an award, to a question that named no year:
    say which other editions are on record, and offer them as suggestions (buttons)."""
    edition_id = answer.focus.get("edition")
    if answer.status not in (Status.ANSWERED, Status.NO_DATA) or not edition_id \
            or any(choice.slots.get(name) for name in _EDITION_NAMING) \
            or not choice.slots.get("award") or choice.follow_up:
        return answer
    edition = kb.editions[edition_id]
    others = [e for e in kb.editions_by_award.get(edition.award, ())
              if e.id != edition_id and edition_label(kb, e) not in answer.text]
    if not others:
        return answer
    labels = ", ".join(edition_label(kb, e) for e in sorted(others, key=lambda e: -e.year))
    answer.text += f"\n(Ini {edition_label(kb, edition)}. Edisi lain yang tercatat: {labels}.)"
    answer.suggestions = [edition_question(kb, choice.intent, e.id) for e in others][:3]
    return answer


def _said_unquoted(compiled: _Compiled, tokens: list[str]) -> Found | None:
    """The sentence that holds, word for word, what a "who said" question repeats without
    quotes ("siapa yg bilang kita syukuri penghargaan ini ya"): the words after the verb of
    saying, less up to two at the end."""
    said = next((i for i, t in enumerate(tokens) if t in SAYING_WORDS), None)
    words = tuple(tokens[said + 1:]) if said is not None else ()
    for end in range(len(words), max(3, len(words) - 2) - 1, -1):
        if (found := compiled.passages.holding(words[:end], None)) is not None:
            return found
    return None


def _source_ref(kb: KnowledgeBase, source_id: str) -> SourceRef:
    source = kb.sources[source_id]
    return SourceRef(source.id, source.title, source.publisher,
                     source.date.isoformat() if source.date else None)


def _empty_text(known: str) -> str:
    return ("Silakan ketik pertanyaan tentang penghargaan kehumasan pemerintah. "
            f"Yang tercatat: {known}.")


def _chitchat_text(known: str, kind: str) -> str:
    if kind == "thanks":
        return "Sama-sama! Silakan bertanya lagi kapan saja."
    if kind == "help":
        return ("Saya menjawab pertanyaan tentang penghargaan kehumasan pemerintah yang "
                f"tercatat di sumber saya ({known}): siapa juaranya, peringkat sebuah "
                "instansi, kapan dan di mana acaranya, siapa yang menerima, tema, "
                "penyelenggara, kepanjangan singkatan, dan ucapan para tokoh. Tanyakan dengan "
                "bahasa sehari-hari; setiap jawaban menyebut sumbernya.")
    return (f"Halo! Saya humasbot. Tanyakan apa saja tentang penghargaan kehumasan "
            f"pemerintah yang tercatat: {known}.")
