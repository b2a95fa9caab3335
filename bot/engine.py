"""The question-answering engine: understand, fill from context, resolve, reply.

Synchronous, pure and fast; every channel (console, `ask`, Telegram) calls `Engine.ask`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.answering import details, results
from bot.answering.query import Answer, Query
from bot.answering.suggest import Suggester
from bot.catalogue import example_questions, known_editions
from bot.context import ContextStore, Frame
from bot.reply import Candidate, Reply, SourceRef, Status
from bot.understanding.entities import EntityIndex
from bot.understanding.intents import BY_NAME, Scored, requirement_met
from bot.understanding.interpret import Interpretation, interpret
from knowledge.base import KnowledgeBase

MIN_STRICT_SCORE = 0.6
SUBJECT_SLOTS = ("award", "edition", "organisation", "person", "role")
RESOLVERS = {
    "who_won": results.who_won, "org_rank": results.org_rank,
    "org_awards": results.org_awards, "nominations": results.nominations,
    "event_date": details.event_date, "event_place": details.event_place,
    "representative": details.representative, "theme": details.theme,
    "organiser": details.organiser, "edition_number": details.edition_number,
    "award_definition": details.award_definition,
    "award_abbreviation": details.award_abbreviation,
    "award_eligibility": details.award_eligibility, "person_quote": details.person_quote,
    "person_info": details.person_info, "role_holder": details.role_holder,
    "awards_list": details.awards_list, "note": details.note,
}
RANKED_INTENTS = ("who_won", "org_rank")  # where "kalau yang ke-2?" means rank 2
# a follow-up that names an organisation after "who won" asks for that organisation's rank
FOLLOW_UP_SWITCH = {("who_won", "organisation"): "org_rank",
                    ("org_rank", "rank"): "who_won", ("org_awards", "rank"): "who_won"}


@dataclass(frozen=True)
class _Compiled:
    """A knowledge base with the indexes built from it (swapped whole on reload)."""

    kb: KnowledgeBase
    index: EntityIndex
    suggester: Suggester
    examples: tuple[str, ...]
    known: str  # "AMH 2023, TOP GPR 2021": what is on record, for hints


@dataclass
class _Choice:
    intent: str
    slots: dict[str, Any]
    confidence: float
    follow_up: bool = False


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
        compiled = self._compiled
        text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates → "?"
        meaning = interpret(compiled.index, text)
        candidates = tuple(Candidate(s.intent, s.score, s.how) for s in meaning.strict[:4])
        if meaning.fuzzy:
            candidates += (Candidate(meaning.fuzzy.intent, meaning.fuzzy.score, "fuzzy"),)
        base = {"question": text, "slots": meaning.slots, "candidates": candidates}
        if not meaning.tokens:
            return Reply(status=Status.NOT_UNDERSTOOD, text=_empty_text(compiled.known),
                         suggestions=compiled.examples, **base)
        if meaning.out_of_scope:
            return self._not_understood(compiled, meaning, base)
        if meaning.chitchat:
            return Reply(status=Status.CHITCHAT, intent=meaning.chitchat, confidence=1.0,
                         text=_chitchat_text(compiled.known, meaning.chitchat),
                         suggestions=compiled.examples
                         if meaning.chitchat != "thanks" else (), **base)
        if meaning.slots.get("asks_count"):
            return Reply(status=Status.NO_DATA, intent=None, **base, text=(
                "Sumber saya tidak menyebut jumlah itu. Yang tercatat: "
                f"{compiled.known}."))
        if meaning.slots.get("unknown_organisation"):
            return Reply(status=Status.NO_DATA, intent=None, **base, text=(
                f"Sumber saya tidak mencatat {meaning.slots['unknown_organisation']}. Yang "
                f"tercatat: {compiled.known}."))
        frame = _valid_frame(self.context.get(chat_id), compiled.kb)
        choice = _choose(meaning, frame)
        if choice is None:
            return self._not_understood(compiled, meaning, base)
        choice = _about_someone_else(choice, compiled.kb, meaning.words)
        query = Query(choice.intent, choice.slots, meaning.words)
        answer = RESOLVERS[choice.intent](compiled.kb, query)
        if answer.status in (Status.ANSWERED, Status.NO_DATA):
            focus = {**answer.focus}
            self.context.put(chat_id, choice.intent, _memorable(choice.slots), focus)
        if answer.status == Status.NOT_UNDERSTOOD and not answer.suggestions:
            answer.suggestions = compiled.suggester.suggest(text, _about(choice.slots))
        return self._reply(compiled, answer, choice, base)

    def _reply(self, compiled: _Compiled, answer: Answer, choice: _Choice,
               base: dict[str, Any]) -> Reply:
        sources = tuple(_source_ref(compiled.kb, s) for s in answer.sources)
        base = {**base, "slots": choice.slots}
        return Reply(status=answer.status, text=answer.text, intent=choice.intent,
                     confidence=choice.confidence, sources=sources,
                     suggestions=tuple(answer.suggestions), followup=choice.follow_up, **base)

    def _not_understood(self, compiled: _Compiled, meaning: Interpretation,
                        base: dict[str, Any]) -> Reply:
        known = compiled.known
        if meaning.out_of_scope:
            text = ("Maaf, itu di luar yang saya ketahui. Saya hanya menjawab tentang "
                    f"penghargaan kehumasan pemerintah yang tercatat di sumber saya: {known}.")
        else:
            text = ("Maaf, saya belum menangkap maksud pertanyaan itu. Saya menjawab tentang "
                    f"penghargaan kehumasan yang tercatat: {known}.")
        about = _about(meaning.slots)
        return Reply(status=Status.NOT_UNDERSTOOD, text=text,
                     suggestions=tuple(compiled.suggester.suggest(meaning.text, about)), **base)


def _compile(kb: KnowledgeBase) -> _Compiled:
    return _Compiled(kb, EntityIndex(kb), Suggester(kb), tuple(example_questions(kb)),
                     known_editions(kb))


def _about(slots: dict[str, Any]) -> set[str]:
    return {str(slots[k]) for k in ("award", "edition", "organisation", "person", "year")
            if slots.get(k)}


def _memorable(slots: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in slots.items() if k not in ("asks_rank", "unknown_category")}


def _valid_frame(frame: Frame | None, kb: KnowledgeBase) -> Frame | None:
    """A frame whose ids still exist in the (possibly reloaded) knowledge base."""
    if frame is None or frame.intent not in RESOLVERS:
        return None
    tables = {"award": kb.awards, "edition": kb.editions, "organisation": kb.organisations,
              "person": kb.people}

    def keep(slots: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in slots.items() if k not in tables or v in tables[k]}

    return Frame(frame.intent, keep(frame.asked), keep(frame.focus), frame.at)


def _present(slots: dict[str, Any]) -> dict[str, bool]:
    present = {k: bool(v) for k, v in slots.items()}
    present["alasan"] = False
    return present


def _merge(own: dict[str, Any], frame: Frame, intent: str) -> dict[str, Any]:
    """Own slots first; then what the previous question asked; then, for a question that
    names no subject of its own, what the previous answer was about."""
    uses = BY_NAME[intent].uses
    merged = dict(own)
    has_subject = any(own.get(k) for k in SUBJECT_SLOTS)
    sources = [frame.asked] if has_subject else [frame.asked, frame.focus]
    for source in sources:
        for key, value in source.items():
            if key in uses and key not in merged and value is not None:
                if has_subject and key in ("edition",):
                    continue
                merged[key] = value
    if (own.get("award") or own.get("year")) and "edition" not in own:
        merged.pop("edition", None)  # a newly named award or year replaces the edition
    return merged


def _choose(meaning: Interpretation, frame: Frame | None) -> _Choice | None:
    own = meaning.slots
    present = _present(own)
    present["alasan"] = "alasan" in meaning.words
    ranked: list[Scored] = [s for s in meaning.strict if s.score >= MIN_STRICT_SCORE]
    if meaning.fuzzy and all(s.intent != meaning.fuzzy.intent for s in ranked):
        ranked.append(meaning.fuzzy)
    for scored in ranked:
        spec = BY_NAME[scored.intent]
        confidence = min(1.0, scored.score / 2.0)
        if requirement_met(spec, present):
            return _Choice(scored.intent, dict(own), confidence)
        if frame is not None:
            merged = _merge(own, frame, scored.intent)
            if requirement_met(spec, _present(merged) | {"alasan": present["alasan"]}):
                return _Choice(scored.intent, merged, confidence * 0.9, follow_up=True)
    has_cue = any(s.score >= 1.0 for s in meaning.strict)
    if frame is not None and not has_cue and (own or meaning.follow_up_marker):
        intent = frame.intent
        if intent in RANKED_INTENTS and "number" in own and "rank" not in own:
            own = {**{k: v for k, v in own.items() if k != "number"}, "rank": own["number"]}
        for slot in own:
            intent = FOLLOW_UP_SWITCH.get((intent, slot), intent)
        merged = _merge(own, frame, intent)
        if intent != frame.intent:
            merged = {k: v for k, v in merged.items() if k in own or k != "rank"}
        if requirement_met(BY_NAME[intent], _present(merged)):
            return _Choice(intent, merged, 0.6, follow_up=True)
    return None


def _about_someone_else(choice: _Choice, kb: KnowledgeBase, words: frozenset[str]) -> _Choice:
    """A 'who' question naming a person and a role that person does not hold asks about the
    role's holder ("the Pj Wali Kota whom Darto thanked — who is that?")."""
    person, role = choice.slots.get("person"), choice.slots.get("role")
    if choice.intent in ("person_info", "person_quote") and person and role \
            and "siapa" in words and kb.people[person].role != role:
        slots = {k: v for k, v in choice.slots.items() if k != "person"}
        return _Choice("role_holder", slots, choice.confidence, choice.follow_up)
    return choice


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
