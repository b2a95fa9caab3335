"""Questions that check a detail against the record: a role, an organisation, who attended
or received, who organised ("Darto itu kadis kominfo kota bandung kan?", "Pj Wali Kota ikut
hadir?", "AMH itu acaranya Kominfo?", "wakilnya?" after an answer about the governor). Each
answers with the fact on record, "Ya — "/"Tidak — " when the question asks whether."""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise

from bot.answering import details, results
from bot.answering.passages import quoted_words
from bot.answering.phrases import (
    NO,
    YES,
    date_text,
    join_items,
    org_name,
    person_text,
    result_line,
    role_text,
)
from bot.answering.query import (
    Answer,
    Query,
    find_editions,
    no_data,
    organisation_editions,
    person_editions,
    place_editions,
)
from bot.catalogue import award_label, edition_label
from bot.context import Frame
from bot.reply import Status
from bot.slots import SlotName, Slots, focus_on, only, without
from bot.understanding.entities import EXCLUDING_WORDS, Mention
from bot.understanding.focus import ASKING_WORDS, AWARD_NOUNS, is_yes_no, without_thus
from bot.understanding.indonesian import stemmer
from bot.understanding.interpret import Interpretation, relinked
from bot.understanding.normalise import normalise
from bot.understanding.vocabulary import (
    ABBREVIATION_WORDS,
    ATTENDING_WORDS,
    AWARD_TITLE_WORDS,
    CHECK_TAILS,
    EVENT_NOUNS,
    EVENT_VERBS,
    FILLERS,
    HOLDING_WORDS,
    KIND_CHECK_WORDS,
    NEXT_WORDS,
    ORGANISER_CUES,
    PASSAGE_STOPWORDS,
    PAST_WORDS,
    QUESTION_WORDS,
    RANK_NOUNS,
    RECEIVING_WORDS,
    RELATIVE_RANKS,
    ROLE_CHECK_WORDS,
    ROLE_MODIFIERS,
    SAYING_WORDS,
    TROPHY_WORDS,
    WITHIN_FILLERS,
    WITHIN_LINKS,
    YEAR_WINDOWS,
    YES_NO_CUES,
    YES_NO_TAILS,
)
from knowledge.base import KnowledgeBase
from knowledge.models import OrganisationDecl, ResultDecl
from knowledge.ranks import ROMAN_NUMERALS, number_from_word
from knowledge.sources import indonesian_date

# the slots that name something on record (a question naming none is elliptical)
NAMING_SLOTS = ("award", "edition", "year", "number", "organisation", "person", "place",
                "role", "category", "group", "topics")


def names_something(slots: Slots) -> bool:
    return any(slots.get(name) for name in NAMING_SLOTS)


_ROMAN = re.compile(r"^[ivx]+$")
QUESTION_ONLY = frozenset({"apa", "lagi", "lain", "lainnya", "saja", "dapat", "raih", "menang"})
_MODIFIED_ROLE = re.compile(r"\b(" + "|".join(sorted(ROLE_MODIFIERS)) + r")(nya)?\b", re.I)
_ROLE_CHECK_WORDS = FILLERS | PASSAGE_STOPWORDS | ROLE_CHECK_WORDS
PERSON_INTENTS = frozenset({"role_holder", "person_info", "person_quote", "note"})


def other_holder(meaning: Interpretation, frame: Frame | None, kb: KnowledgeBase
                  ) -> str | None:
    """After an answer about someone, "wakilnya?" asks for their deputy ("Wakil Gubernur"),
    not who represented whom: the role the sources never name a holder of."""
    if frame is None or frame.intent not in PERSON_INTENTS or names_something(meaning.slots):
        return None
    person = kb.people.get(frame.person or "")
    found = _MODIFIED_ROLE.search(meaning.text)
    if person is None or not person.role or found is None or len(meaning.linked.tokens) > 3:
        return None
    organisation = kb.organisations.get(person.organisation or "")
    return f"{found.group(1).title()} {person.role}" + (
        f" ({organisation.name})" if organisation else "")


_IN_TURN = {"sebelum": "sebelum", "setelah": "setelah", "sesudah": "setelah"}
_POINTING = frozenset({"beliau", "dia", "ia", "nya", "dirinya"})
_SUCCESSION = {"pendahulu": "sebelum", "pengganti": "setelah", "penerus": "setelah"}


def holder_in_turn(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
                   ) -> str | None:
    """"Siapa gubernur Bengkulu sebelum beliau?", "penggantinya siapa?": the one who held the
    post before or after the holder on record, whom the sources never name (the holder is
    no answer)."""
    tokens = meaning.linked.tokens
    people = {i for m in meaning.linked.mentions if m.kind == "person"
              for i in range(m.start, m.end)}
    when = next((_IN_TURN[a] for i, (a, b) in enumerate(pairwise(tokens))
                 if a in _IN_TURN and (b in _POINTING or i + 1 in people)), None) \
        or next((turn for t in tokens for word, turn in _SUCCESSION.items()
                 if t.startswith(word)), None)
    if when is None:
        return None
    person_id = meaning.slots.get("person")
    if not person_id and meaning.slots.get("role"):
        holders = details.role_holders(kb, Query("note", meaning.slots))
        person_id = holders[0].id if len(holders) == 1 else None
    if not person_id and frame is not None:
        person_id = frame.person
    person = kb.people.get(str(person_id or ""))
    if person is None or not person.role:
        return None
    return f"{meaning.slots.get('role') or person.role} {when} {person.name}"


def organiser_check(kb: KnowledgeBase, meaning: Interpretation, organisers: dict[str, str],
                    frame: Frame | None = None) -> tuple[Slots, Answer] | None:
    """An organisation on record only as an organiser, named in a question ("AMH itu acaranya
    Kominfo?", "penghargaan itu dari Kominfo?"): who organised the edition asked about, with
    "Ya — "/"Tidak — " when the question asks whether it was that one."""
    organisation = next((m.target for m in meaning.linked.mentions  # "bandung dpt award dr
                         if m.kind == "organisation" and isinstance(m.target, str)  # kominfo?"
                         and not kb.results_by_organisation.get(m.target)
                         and not kb.representatives_by_organisation.get(m.target)), None)
    awards = {m.target for m in meaning.linked.mentions if m.kind in ("award", "edition")}
    if meaning.slots.get("person") or meaning.slots.get("role") \
            or not meaning.words & ORGANISER_CUES or len(awards) > 1 \
            or ("siapa" in meaning.words and meaning.words & SAYING_WORDS) \
            or ("nama" in meaning.words and meaning.words & _EVENT_NAMES):
        return None  # (two awards: each is checked on its own; "… namanya malam apa?" asks
        # the event's name; "siapa yg bilang … apresiasi dr kominfo" asks who said it)
    if not organisation and (meaning.linked.first_text("institution") or (
            meaning.slots.get("unknown_organisation") and meaning.words & EVENT_VERBS
            and not meaning.words & (ASKING_WORDS | {"di"}))):
        # "amh diadain ama pemprov jatim ya" (but "diadakan di Kota Bengkulu?" asks where)
        return _other_organiser(kb, meaning)
    if not organisation:
        return None
    if organisation not in organisers.values():
        return None
    slots = without(meaning.slots, ("organisation",))
    if meaning.slots.get("organisation") != organisation:  # the other one names the edition
        if not is_yes_no(meaning.linked.tokens) and "atau" not in meaning.linked.tokens:
            return None  # "Bandung raih penghargaan apa dari Kominfo?" asks its awards
        slots["organisation"] = meaning.slots["organisation"]
    organised = [e for e, o in organisers.items() if o == organisation]
    if len(organised) == 1 and frame is None and "selenggara" in meaning.words \
            and not any(slots.get(n) for n in ("award", "edition", "year", "organisation")):
        slots["edition"] = organised[0]  # "penghargaan mana yang diselenggarakan Kominfo?"
    answer = details.organiser(kb, Query("organiser", slots, meaning.words))
    if answer.status == Status.ANSWERED and is_yes_no(meaning.linked.tokens):
        edition = str(answer.focus.get("edition"))
        answer.text = (YES if organisers.get(edition) == organisation else NO) + answer.text
        answer = results.claimed_place(kb, Query("organiser", slots, meaning.words), answer,
                                       meaning.linked.all_text("place"))  # "… di X"
    return slots, answer


def described_by_organiser(kb: KnowledgeBase, meaning: Interpretation,
                           organisers: dict[str, str]) -> bool:
    """'penghargaan humas yg diadain kominfo taun 2023 itu edisi ke brp': the award named by
    who organises it, in a clause of its own, and something else asked of it. The organiser
    stands for its award (when it organises one award only); True when it was put there."""
    tokens = meaning.linked.tokens
    mention = next((m for m in meaning.linked.mentions if m.kind == "organisation"
                    and m.target in organisers.values()), None)
    if mention is None or meaning.slots.get("award") or meaning.slots.get("edition"):
        return False
    before = tokens[max(0, mention.start - 3):mention.start]
    # ("penghargaan dari kominfo tahun 2023 diterima siapa?": the award from it)
    from_it = before[-2:] in (["penghargaan", "dari"], ["ajang", "dari"], ["award", "dari"]) \
        and not is_yes_no(tokens) and not any(
            m.kind in ("organisation", "person") and m is not mention
            for m in meaning.linked.mentions)  # (not "bandung dpt award dr kominfo kan?")
    # ("ajang kominfo yg bandung menang": the organiser's award, whoever won it)
    its_own = before[-1:] in (["ajang"], ["penghargaan"], ["award"]) and not is_yes_no(tokens)
    if not from_it and not its_own and ("yang" not in before
                                        or not set(before) & ORGANISER_CUES):
        return False
    awards = {kb.editions[e].award for e, o in organisers.items() if o == mention.target}
    if len(awards) != 1:
        return False
    meaning.slots["award"] = awards.pop()
    if meaning.slots.get("organisation") == mention.target:
        meaning.slots.pop("organisation")
        # ("ajang kominfo yg bandung menang": Bandung is the one asked about)
        other = next((str(m.target) for m in meaning.linked.mentions
                      if m.kind == "organisation" and m.target != mention.target), None)
        if other is not None:
            meaning.slots["organisation"] = other
    return True


def year_offered_on_record(kb: KnowledgeBase, meaning: Interpretation) -> None:
    """'bandung menang AMH itu thn 2022 atau 2023 sih': of two years offered ("atau"), the one
    the award asked of (or any award) was held in, when the other it was not."""
    mentions = meaning.linked.mentions
    years = [m for m in mentions if m.kind == "year"]
    if len(years) != 2 or meaning.linked.tokens[years[0].end:years[1].start] != ["atau"]:
        return
    award = meaning.slots.get("award")
    held = {e.year for e in kb.editions.values() if not award or e.award == award}
    on_record = [m.target for m in years if m.target in held]
    if len(on_record) == 1:
        meaning.slots["year"] = on_record[0]


def described_by_venue(kb: KnowledgeBase, meaning: Interpretation) -> bool:
    """'penghargaan humas yg di surabaya itu udah yg ke berapa?', 'yang di Surabaya?': the
    edition named by where its ceremony was held ("yang di <place>"), when one edition only
    was held there and the message names no award; True when its award and year were put
    in the place's stead."""
    tokens = meaning.linked.tokens
    if meaning.slots.get("award") or meaning.slots.get("edition"):
        return False
    places = [m for m in meaning.linked.mentions if m.kind == "place"
              and tokens[max(0, m.start - 2):m.start] == ["yang", "di"]]
    held = place_editions(kb, str(places[0].target)) if len(places) == 1 else set()
    if len(held) != 1:
        return False
    edition = kb.editions[held.pop()]
    meaning.slots.pop("place", None)
    meaning.slots["award"], meaning.slots["year"] = edition.award, edition.year
    return True


_EVENT_NAMES = frozenset({"malam", "acara", "seremoni", "ceremony", "upacara"})


def _other_organiser(kb: KnowledgeBase, meaning: Interpretation) -> tuple[Slots, Answer]:
    """'AMH 2023 itu diselenggarakan Kemendagri ya?': an institution no source names as the
    organiser: "Tidak — " and the organiser on record ("Kominfo atau Kemendagri?": no
    verdict, the one on record)."""
    slots = without(meaning.slots, ("unknown_organisation",))
    answer = details.organiser(kb, Query("organiser", slots, meaning.words))
    if answer.status == Status.ANSWERED and "atau" not in meaning.linked.tokens:
        answer.text = NO + answer.text
    return slots, answer


def organisers_of(kb: KnowledgeBase) -> dict[str, str]:
    """Each edition's organiser (its own, or its award's): worked out once per knowledge."""
    return {e.id: fact.organisation for e in kb.editions.values()
            if (fact := e.organiser or kb.awards[e.award].organiser)}


def other_attendee(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None = None
                   ) -> Answer | None:
    """"Apakah Pj Wali Kota ikut hadir?", "diterima langsung sama pj wali kota ya?":
    someone the sources do not record attending or receiving. An award has one receiver, so
    "diterima oleh X?" is "Tidak — " and who received it; that X attended the sources do not
    say, so "ikut hadir?" is 'no data' and who did ("yang ikut … itu X?" asks who it was:
    that one, answered)."""
    slots, words = meaning.slots, set(meaning.linked.tokens)
    person, role = slots.get("person"), (slots.get("role") or "").casefold()
    or_who = ("atau", "siapa") in pairwise(meaning.linked.tokens)  # "Gubernur atau siapa?"
    if not words & ATTENDING_WORDS or not (person or role) or ("siapa" in words and not or_who):
        return None
    if any(m.kind == "topic" and meaning.linked.tokens[m.start - 1:m.start] == ["ikut"]
           for m in meaning.linked.mentions):
        return None  # "jurnalis ikut diapresiasi gubernur rohidin gak": "too", not attending
    scope = only(slots, ("award", "edition", "year", "organisation"))
    if frame is not None and not any(scope.get(n) for n in ("award", "edition", "year")) \
            and (edition := frame.edition):
        scope["edition"] = edition  # "PJ walikotanya hadir gak?" after who received it
    if person and not any(scope.get(n) for n in ("award", "edition", "year", "organisation")) \
            and not slots.get("topics") and len(own := person_editions(kb, str(person))) == 1:
        # (but "jurnalis ikut diapresiasi gubernur rohidin gak": "ikut" is "too")
        scope["edition"] = own.pop()  # "rohidin nerima pialanya di mana?": his edition's
    if role and words & RECEIVING_WORDS and not any(scope.values()) \
            and not slots.get("place") and not slots.get("unknown_organisation"):
        # "pj wali kota yg nerima penghargaannya kan": of the one office with that post (not
        # "gubernur jatim …")
        offices = {p.organisation for p in details.role_holders(
            kb, Query("role_holder", only(slots, ("role",))))}
        if len(offices) == 1 and (office := offices.pop()):
            scope["organisation"] = office
    answer = details.representative(kb, Query("representative", scope, meaning.words))
    if answer.status != Status.ANSWERED:
        answer = details.representative(kb, Query("representative", only(
            scope, ("award", "edition", "year")), meaning.words))
    edition = answer.focus.get("edition")
    if answer.status != Status.ANSWERED or not edition:
        return None
    reps = kb.representatives_by_edition.get(str(edition), ())
    for rep in reps:
        held = kb.people[rep.person]
        if rep.person == person or (not person and role in {
                r.casefold() for r in (held.role, *held.role_aliases)}):
            if person and _only_attending(meaning):
                answer.text = YES + answer.text  # "apakah Jaduliwan hadir di acara itu?"
                return answer
            return None  # the one asked of is on record: answered as usual
    asked = kb.people[person].name if person else slots.get("role")
    elsewhere: list[str] = []
    if person:  # "Darto yang menerima TOP GPR 2021?": what he took part in instead
        elsewhere, facts = details.taking_part(kb, kb.people[person], str(asked))
        answer.cite(*facts)
    if words & RECEIVING_WORDS and any(rep.action == "received" for rep in reps):
        answer.text = "\n".join((NO + answer.text, *elsewhere))
        return answer
    text = "\n".join((f"Sumber tidak menyebut {asked} ikut atau menerima penghargaan itu. "
                      f"Yang tercatat: {answer.text}", *elsewhere))
    if "yang" in words or or_who:  # "yang ikut … itu Rohidin?" asks who it was: answered
        answer.text = text
        return answer
    return no_data(text, answer.focus)  # "Rohidin hadir langsung?": his presence, unknown


_ATTENDING_REST = frozenset({"di", "ke", "pada", "itu", "juga", "langsung", "ya", "ga", "gak",
                             "nggak", "enggak", "atau"})


def _only_attending(meaning: Interpretation) -> bool:
    """"apakah Jaduliwan hadir di acara TOP GPR?", "darto ikut amh 2023 ga?": whether the one
    named attended, and nothing more (not where, when or how: "terima di Bandung?",
    "hadir offline di venue-nya?")."""
    rest = meaning.linked.unnamed_words()
    at_named = any(meaning.linked.tokens[m.start - 1:m.start] in (["di"], ["ke"])
                   for m in meaning.linked.mentions if m.kind == "organisation")
    return bool(rest & ATTENDING_WORDS) and not meaning.slots.get("place") and not at_named \
        and not meaning.slots.get("topics") and rest <= (
            ATTENDING_WORDS | FILLERS | YES_NO_CUES | YES_NO_TAILS | EVENT_NOUNS
            | _ATTENDING_REST)


def role_check(kb: KnowledgeBase, meaning: Interpretation) -> tuple[str, Answer] | None:
    """A person asked of with a role ("Darto itu kadis kominfo kota bandung kan?", "darto
    sekretaris dinas apa?"): who that person is, with "Ya — " or "Tidak — " when the question
    asks whether the role is theirs; None for a "who" question (the role's holder)."""
    slots, words = meaning.slots, set(meaning.linked.tokens)
    person = kb.people.get(slots.get("person") or "")
    role = (slots.get("role") or "").casefold()
    organisation = slots.get("organisation")
    unknown = slots.get("unknown_organisation")  # "Rohidin itu wagub?", "… kota Bengkulu?"
    if person is None or not (role or organisation or unknown) or "siapa" in words:
        return None
    family = set(kb.organisation_family(person.organisation)) if person.organisation else set()
    above = kb.ancestors(person.organisation)
    holds = (not role or role in {r.casefold() for r in (person.role, *person.role_aliases)}) \
        and (organisation is None or not person.organisation
             or organisation in family | above) and not unknown \
        and _in_place(kb, family | above, slots.get("place"))  # "Rohidin gubernur jabar?"
    tokens = meaning.linked.tokens
    named = {i for m in meaning.linked.mentions if m.kind != "topic"
             for i in range(m.start, m.end)} | _words_of(tokens, unknown)
    if any(t not in _ROLE_CHECK_WORDS for i, t in enumerate(tokens) if i not in named):
        return None  # "gubernur rohidin yg ikut virtual meeting kan?" asks something else
    if "sebut" in words or any(m.kind == "person" and tokens[m.start - 1:m.start] == ["disebut"]
                               for m in meaning.linked.mentions):
        return None  # "darto menyebut sekda?", "sekda disebut darto?": whom he speaks of
    after = {tokens[m.end] for m in meaning.linked.mentions
             if m.kind == "person" and m.end < len(tokens)}
    # "Darto itu kadis?", and names alone asked: "Jaduliwan gubernur bengkulu?"
    asks = checks(tokens) or bool(after & {"itu", "orang", "dari", "adalah"}) or (
        "kan" in after and not words & ASKING_WORDS) or (  # "Darto kan Wali Kota?"
        meaning.text.rstrip().endswith("?") and len(named) == len(tokens))
    if (not holds and not asks) or (not role and not asks):
        return None
    answer = details.person_info(kb, Query("person_info", {"person": person.id}))
    if asks and "atau" not in words and answer.status == Status.ANSWERED:
        answer.text = ("Ya — " if holds else "Tidak — ") + answer.text
        if not holds and role and not slots.get("place"):  # and who holds the role asked
            holders = details.role_holders(kb, Query("role_holder", without(slots, ("person",))))
            answer.text += "".join(f"\n{role_text(kb, h)}: {h.name}."
                                   for h in holders if h.name and h.id != person.id)
    return person.id, answer


def _in_place(kb: KnowledgeBase, organisations: set[str], place: object) -> bool:
    """Whether one of the organisations bears the name of the place asked (none asked: yes)."""
    if not isinstance(place, str):
        return True
    words = set(normalise(place))
    return any(words <= set(normalise(kb.organisations[o].name))
               for o in organisations if o in kb.organisations)


def _words_of(tokens: list[str], name: object) -> set[int]:
    """The places in `tokens` of the words of a name the question gave ("Wakil Gubernur
    Bengkulu")."""
    words = set(normalise(name)) if isinstance(name, str) else set()
    return {i for i, t in enumerate(tokens) if t in words}


# the kinds of regional government a question may ask an organisation is ("Bandung itu
# pemkot?"), as the answer names them
_REGIONAL_KINDS = {"kota": "pemerintah kota", "provinsi": "pemerintah provinsi",
                   "kabupaten": "pemerintah kabupaten"}
_OTHER_ASKS = frozenset({"kapan", "dimana", "mengapa", "kenapa", "berapa", "bagaimana"})
_KIND_CHECK_WORDS = _ROLE_CHECK_WORDS - {"siapa", "jabat", "kerja", "wali"} | {
    "pemerintah", "mana", "atau", "dan", "vs", "versus"} | KIND_CHECK_WORDS


_UNDER = frozenset({"bawah", "naungan", "induk"})


def parent_of(kb: KnowledgeBase, meaning: Interpretation) -> Answer | None:
    """'Media Center Pemprov Bengkulu di bawah dinas apa?': the organisation it belongs to,
    as its fact file records it (not a rank below another)."""
    organisation = kb.organisations.get(str(meaning.slots.get("organisation") or ""))
    if organisation is None or organisation.parent not in kb.organisations \
            or not meaning.words & _UNDER or meaning.words & RANK_NOUNS:
        return None
    parent = kb.organisations[str(organisation.parent)]
    answer = Answer(Status.ANSWERED, f"{organisation.name} berada di bawah {parent.name}."
                    ).cite(organisation)
    answer.focus = focus_on(organisation=organisation.id)
    return answer


def _beside(meaning: Interpretation, mention: Mention) -> int:
    """-1 or 1 when an organisation is named right after "di atas" / "di bawah", -1 when it
    is said to lose to another ("bengkulu kalah dari provinsi mana?"), else 0."""
    tokens = meaning.linked.tokens
    if _loses(meaning, mention):
        return -1
    if mention.start < 2 or tokens[mention.start - 2] != "di":
        return 0
    return RELATIVE_RANKS.get(tokens[mention.start - 1], 0)


LOSING_PAIRS = (("kalah", "dari"), ("kalah", "sama"), ("kalah", "dengan"))


def _loses(meaning: Interpretation, mention: Mention) -> bool:
    """"Bengkulu kalah dari …", "… kalah sama …": the organisation named is below."""
    return tuple(meaning.linked.tokens[mention.end:mention.end + 2]) in LOSING_PAIRS


def _over(meaning: Interpretation, mention: Mention) -> int:
    """1 when an organisation is said to be above those asked ("bengkulu ngalahin siapa
    aja?", read "bengkulu di atas siapa"), -1 when below them ("… di bawah siapa?"), else
    0."""
    after = meaning.linked.tokens[mention.end:mention.end + 3]
    if len(after) < 3 or after[0] != "di" or after[2] not in ("siapa", "mana", "apa"):
        return 0
    return -RELATIVE_RANKS.get(after[1], 0)


def _rank_of(kb: KnowledgeBase, organisation: str, slots: Slots
             ) -> tuple[ResultDecl, ...]:
    """The ranked results of an organisation in the editions the question names (or all)."""
    editions, _ = find_editions(kb, Query("who_won", only(slots, ("award", "edition", "year"))))
    scope = {e.id for e in editions}
    return tuple(r for r in kb.results_by_organisation.get(organisation, ())
                 if r.status == "winner" and r.rank and (not scope or r.edition_id in scope))


def next_to_named(kb: KnowledgeBase, meaning: Interpretation) -> Slots | None:
    """'yg di bawah bengkulu siapa di top gpr?': the rank next to the one the organisation
    named after "di atas"/"di bawah" holds, in the edition where it holds one."""
    named = [m for m in meaning.linked.mentions if m.kind == "organisation"]
    if len(named) != 1 or "rank" in meaning.slots or not (
            (offset := _beside(meaning, named[0])) or (over := _over(meaning, named[0]))):
        return None
    held = _rank_of(kb, str(named[0].target), meaning.slots)
    if len(held) != 1 or held[0].rank is None or held[0].rank + offset < 1 \
            or (edition := kb.edition_of(held[0])) is None:
        return None
    if not offset:  # "bengkulu di atas siapa?": every rank below it in its group
        below = sorted({r.rank for r in kb.results_by_edition.get(edition.id, ())
                        if r.status == "winner" and r.rank and r.rank > held[0].rank
                        and r.group == held[0].group})
        ranks = below if over > 0 else list(range(1, held[0].rank))
        return {"award": edition.award, "year": edition.year,
                "ranks": [str(r) for r in ranks]} if ranks else None
    if _loses(meaning, named[0]):  # "sumsel kalah dari siapa aja?": every rank above
        return {"award": edition.award, "year": edition.year,
                "ranks": [str(r) for r in range(1, held[0].rank)]}
    return {"award": edition.award, "year": edition.year, "rank": held[0].rank + offset,
            "rank_from": held[0].rank}


def rank_order(kb: KnowledgeBase, meaning: Interpretation) -> Answer | None:
    """'Apakah Sumsel peringkatnya di atas Bengkulu di TOP GPR 2021?': both ranks, and
    whether the first is above (or below) the second, in the edition where both rank."""
    named = [m for m in meaning.linked.mentions if m.kind == "organisation"]
    if len(named) != 2:
        return None
    # "di atas/di bawah B", or "A kalah sama B" (A below B)
    offset = _beside(meaning, named[1]) or (1 if _loses(meaning, named[0]) else 0)
    if not offset or meaning.words & {"alasan", "kenapa", "mengapa"}:
        return None  # (why it is so is not on record)
    first, second = (_rank_of(kb, str(m.target), meaning.slots) for m in named)
    pairs = [(a, b) for a in first for b in second if a.edition_id == b.edition_id
             and (a.category, a.group) == (b.category, b.group)]
    if len(pairs) != 1:
        return None
    a, b = pairs[0]
    holds = (a.rank or 0) < (b.rank or 0) if offset < 0 else (a.rank or 0) > (b.rank or 0)
    # ("Bengkulu meraih peringkat 3 di bawah DKI Jakarta?": the rank claimed, too, and who
    # holds it)
    claimed = meaning.slots.get("rank")
    holds = holds and claimed in (None, a.rank)
    lines = [f"{org_name(kb, r.organisation)}: "
             f"{result_line(kb, r, with_org=False, with_edition=True)}." for r in (a, b)]
    verdict = YES if holds else NO
    if "atau" in meaning.linked.tokens:  # "di atas atau di bawah Sumsel?": which one
        place = "atas" if (a.rank or 0) < (b.rank or 0) else "bawah"
        verdict = f"{org_name(kb, a.organisation)} di {place} " \
                  f"{org_name(kb, b.organisation)}.\n"
    if isinstance(claimed, int) and claimed not in (a.rank, b.rank) and a.edition_id:
        lines.append(results.holder_lines(kb, results.rank_holders(kb, a.edition_id, claimed))
                     .strip())
    answer = Answer(Status.ANSWERED, verdict + "\n".join(filter(None, lines))).cite(a, b)
    edition = kb.edition_of(a)
    answer.focus = focus_on(award=edition.award if edition else None,
                            year=edition.year if edition else None,
                            edition=a.edition_id, organisation=a.organisation)
    return answer


def kind_check(kb: KnowledgeBase, meaning: Interpretation) -> tuple[str, Answer] | None:
    """Regional governments asked of with a kind ("Bandung itu pemkot?", "bandung vs
    bengkulu, mana yg pemkot mana yg pemprov?"): the kind on record for each, with "Ya — " or
    "Tidak — " when the question asks whether; None for any other question."""
    tokens = meaning.linked.tokens
    found = [m for m in meaning.linked.mentions if m.kind == "organisation"]
    named = {i for m in meaning.linked.mentions for i in range(m.start, m.end)}
    outside = [t for i, t in enumerate(tokens) if i not in named]
    asked = [t for t in outside if t in _REGIONAL_KINDS]
    ids = list(dict.fromkeys(str(m.target) for m in found))
    orgs = [kb.organisations[i] for i in ids if i in kb.organisations]
    if not asked or not orgs or len(orgs) < len(ids) or set(tokens) & _OTHER_ASKS \
            or any(m.kind in ("topic", "person", "role") for m in meaning.linked.mentions) \
            or any(o.kind not in _REGIONAL_KINDS for o in orgs) \
            or any(t not in _KIND_CHECK_WORDS for t in outside) \
            or (tokens[:1] == ["kalau"] and not checks(tokens)):
        return None  # ("eh maksudnya kota bandung, pemkot": the one meant, not its kind asked)
    pairs: list[tuple[OrganisationDecl, str | None]] = \
        list(zip(orgs, asked, strict=True)) if len(orgs) == len(asked) else []
    text = "; ".join(
        f"{o.name} adalah {_REGIONAL_KINDS[o.kind]}"
        + ("" if kind in (None, o.kind) else f", bukan {_REGIONAL_KINDS[kind]}")
        for o, kind in pairs or [(o, None) for o in orgs]) + "."
    if pairs and checks(tokens) and not {"atau", "mana"} & set(tokens):
        text = (YES if all(o.kind == kind for o, kind in pairs) else NO) + text
    answer = Answer(Status.ANSWERED, text).cite(*orgs)
    answer.focus = focus_on(organisation=orgs[0].id)
    return orgs[0].id, answer


def kind_within(kb: KnowledgeBase, meaning: Interpretation) -> Answer | None:
    """'ada kabupaten di Bengkulu yang menang TOP GPR 2021?': a government of one kind in a
    region on record only as a government of another kind (the province): none of the kind
    asked is on record there — not the province's results. None for any other question."""
    tokens = meaning.linked.tokens
    for mention in meaning.linked.mentions:
        organisation = kb.organisations.get(str(mention.target))
        if mention.kind != "organisation" or organisation is None \
                or organisation.kind not in _REGIONAL_KINDS:
            continue
        before = mention.start - 1
        if before < 1 or tokens[before] not in WITHIN_LINKS:
            continue
        while before > 0 and tokens[before - 1] in WITHIN_FILLERS:
            before -= 1
        kind = tokens[before - 1] if before > 0 else None
        if kind in _REGIONAL_KINDS and kind != organisation.kind:
            region = " ".join(tokens[mention.start:mention.end]).title()
            return no_data(f"Sumber tidak mencatat {_REGIONAL_KINDS[kind]} di {region}. Yang "
                           f"tercatat dari {region}: {organisation.name}.",
                           focus_on(organisation=organisation.id))
    return None


def checks(tokens: list[str]) -> bool:
    """A yes/no question, or a statement given to be checked ("…, betul?", "… ya?"; but
    "posisinya apa ya?" asks what)."""
    return is_yes_no(tokens) or (bool(set(without_thus(tokens)[-1:]) & CHECK_TAILS)
                                 and not set(tokens) & ASKING_WORDS)


def outside_window(kb: KnowledgeBase, meaning: Interpretation) -> str | None:
    """'Bandung pernah juara AMH sebelum (tahun) 2023?': a year after "sebelum"/"setelah" is
    a window, not the edition of that year. The window ("sebelum 2023") when the record holds
    no edition of the award named in it; None when it does, or when no window is asked."""
    year, tokens = meaning.slots.get("year"), meaning.linked.tokens
    if year is None and {"pernah", "sebelumnya"} <= set(tokens):
        return _before_the_first(kb, meaning)
    if not isinstance(year, int) or str(year) not in tokens[1:]:
        return None
    at = tokens.index(str(year), 1) - 1
    if tokens[at] == "tahun" and at:
        at -= 1  # "sebelum tahun 2023"
    word = tokens[at]
    window = YEAR_WINDOWS.get(word)
    if window is None:
        return None
    award = meaning.slots.get("award")
    editions = kb.editions_by_award.get(award, ()) if award else kb.editions.values()
    inside = {"before": year.__gt__, "after": year.__lt__, "since": year.__le__}[window]
    if any(inside(e.year) for e in editions):
        return None
    return f"{award_label(kb.awards[award]) if award else 'penghargaan'} {word} {year}"


def _before_the_first(kb: KnowledgeBase, meaning: Interpretation) -> str | None:
    """'Bandung pernah menang AMH sebelumnya?' when the record holds one edition of the award
    named: the window before it ("AMH sebelum 2023")."""
    award = meaning.slots.get("award")
    editions = kb.editions_by_award.get(award, ()) if award else ()
    if not award or len(editions) != 1 or meaning.slots.get("edition"):
        return None
    return _window_before(kb, award, editions[0].year)


def _window_before(kb: KnowledgeBase, award: str, year: int) -> str:
    """'Anugerah Media Humas (AMH) sebelum 2023': what is not on record before an edition."""
    return f"{award_label(kb.awards[award])} sebelum {year}"


def claimed_edition(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
                    ) -> tuple[str, Slots, Answer] | None:
    """'AMH yang di surabaya itu tahun 2022 ya?', 'itu AMH yang ke-15 ya?' (after AMH 2023),
    'AMH ke-16 itu tahun 2022 bukan?': a year or number claimed of an edition that something
    else identifies — where it was held, its number, or the edition spoken of ("itu" before
    the claim) — checked against that edition; None for any other question, or when the
    claim fits an edition on record, or no one edition is identified."""
    tokens, slots = meaning.linked.tokens, meaning.slots
    award = slots.get("award") or (frame.award if frame is not None else None)
    year, number = slots.get("year"), slots.get("number")
    if not award or not checks(tokens) or slots.get("edition") or not (year or number):
        return None
    editions = kb.editions_by_award.get(str(award), ())
    if any((not year or e.year == year) and (not number or (e.number and e.number.number
                                                             == number)) for e in editions):
        return None  # the claim fits an edition on record: asked as it stands
    claimed = str(year) if year else f"ke-{number}"
    pointed = claimed in tokens and "itu" in tokens[:tokens.index(claimed)]
    # (but "AMH 2022 digelar di Surabaya juga ya?" asks of AMH 2022: no "itu" before it)
    identified = [e for e in editions if (
        (year and number and e.number and e.number.number == number)  # "ke-16 itu tahun 2022"
        or (pointed and slots.get("place") and e.id in place_editions(kb, str(slots["place"])))
        or (pointed and frame is not None and e.id == frame.edition))]
    if len(identified) != 1:
        return None
    edition = identified[0]
    scope: Slots = {"award": edition.award, "year": edition.year, "edition": edition.id}
    if number and not (year and edition.number and edition.number.number == number):
        answer = details.edition_number(kb, Query("edition_number", {**scope, "number": number},
                                                  meaning.words))
        return "edition_number", scope, answer  # "Tidak — AMH 2023 adalah … ke-16."
    answer = details.event_date(kb, Query("event_date", scope, meaning.words))
    if answer.status == Status.ANSWERED:
        answer.text = f"{NO}bukan {year}. {answer.text}"
    return "event_date", scope, answer


def next_edition(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
                 ) -> str | None:
    """'AMH berikutnya diadakan kapan?', 'acara selanjutnya di mana?', 'TOP GPR yang
    mendatang?': the edition after the latest on record of the award named (or spoken of) —
    what is not on record ("AMH setelah 2023"); None for any other question ("juara
    berikutnya": the next rank), or when the record holds a later edition."""
    tokens = meaning.linked.tokens
    ends = {m.end for m in meaning.linked.mentions if m.kind in ("award", "edition")}
    asked = any(t in NEXT_WORDS and (
        i in ends or tokens[i - 1] in EVENT_NOUNS | {"edisi"}
        or (tokens[i - 1] == "yang" and i - 1 in ends)) for i, t in enumerate(tokens) if i)
    award = meaning.slots.get("award") or (frame.award if frame is not None else None)
    editions = kb.editions_by_award.get(str(award), ()) if asked and award else ()
    if not editions:
        return None
    year = meaning.slots.get("year") or max(e.year for e in editions)
    if any(e.year > int(year) for e in editions):
        return None
    return f"{award_label(kb.awards[str(award)])} setelah {year}"


def previous_edition(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
                     ) -> str | None:
    """'kalau edisi sebelumnya diadakan di mana?': the edition before the one spoken of (or
    the latest one of the award named). Asked of that edition when the record holds it (the
    slots changed to it); else what is not on record ("AMH sebelum 2023")."""
    tokens = meaning.linked.tokens
    if not any(a == "edisi" and b == "sebelumnya" for a, b in pairwise(tokens)):
        return None
    slots = meaning.slots
    award = slots.get("award") or (frame.award if frame is not None else None)
    editions = kb.editions_by_award.get(str(award), ()) if award else ()
    if not editions:
        return None
    named = slots.get("edition") or (frame.edition if frame is not None and
                                     not slots.get("award") else None)
    year = slots.get("year") or next((e.year for e in editions if e.id == named),
                                     max(e.year for e in editions))
    earlier = [e for e in editions if e.year < int(year)]
    if not earlier:
        return _window_before(kb, str(award), int(year))
    before = max(earlier, key=lambda e: e.year)
    slots.update({"award": before.award, "year": before.year, "edition": before.id})
    return None


# what a claim in words the knowledge does not hold may be about: the word naming it, and
# the intent that answers it ("tema AMH 2023 itu 'Humas Hebat' ya?", "beritanya dari detik?")
_CLAIMED_DETAILS = {"tema": "theme", "berita": "source", "artikel": "source", "portal": "source"}


def claimed_detail(kb: KnowledgeBase, meaning: Interpretation
                   ) -> tuple[str, Slots, Answer] | None:
    """'tema AMH 2023 itu "Humas Hebat Indonesia Maju" ya?', 'berita Bandung itu dari detik
    kan?': words the knowledge does not hold, claimed as a theme or a publisher — "Tidak — "
    and the one on record ("Ya — " when it holds them all), or that none is on record."""
    tokens = meaning.linked.tokens
    intent = next((_CLAIMED_DETAILS[t] for t in tokens if t in _CLAIMED_DETAILS), None)
    quoted = quoted_words(meaning.text)
    if intent is None or not (meaning.out_of_scope or quoted) or not checks(tokens) or (
            intent == "source" and not {"dari", "muat"} & set(tokens)):
        return None  # (an article is claimed to be "dari" or "dimuat" a publisher)
    slots = only(meaning.slots, ("award", "edition", "year", "number", "organisation"))
    resolve = details.theme if intent == "theme" else details.source
    answer = resolve(kb, Query(intent, slots, meaning.words))
    if answer.status == Status.NO_DATA:
        return intent, slots, answer  # "tema TOP GPR 2021 'X' ya?": none is on record
    if answer.status != Status.ANSWERED:
        return None
    held = set(normalise(answer.text))  # every word quoted, or else every word unknown
    claimed = quoted or set(meaning.out_of_scope)
    # (by its root as well: "tentang sinergi" is held by "Humas Bersinergi …")
    roots = held | {stemmer().stem(w) for w in held}
    answer.text = (YES if all(w in roots or stemmer().stem(w) in roots for w in claimed)
                   else NO) + answer.text
    return intent, slots, answer


def points_at_a_category(tokens: list[str]) -> bool:
    """'… di kategori itu?', 'kategori tersebut': a category pointed at."""
    return any(a == "kategori" and b in ("itu", "tersebut") for a, b in pairwise(tokens))


def won_there(kb: KnowledgeBase, meaning: Interpretation, frame: Frame | None
              ) -> Answer | None:
    """'menang ga di situ?' after the categories an organisation was nominated in: not won,
    a nomination there, and what it did win in that edition. 'yg menang kategori itu sapa?':
    the sources name no winner there (not the winner of another category)."""
    slots, tokens = meaning.slots, meaning.linked.tokens
    # "akhirnya di 2 kategori itu menang juara brp?": the categories just listed
    pointing = points_at_a_category(tokens)
    if frame is None or not (frame.intent == "nominations" or (
            pointing and frame.intent == "org_awards")) \
            or not meaning.words & {"menang", "juara"} \
            or ("berapa" in meaning.words and not pointing) \
            or any(slots.get(n) for n in (
                "organisation", "person", "award", "edition", "year", "category",
                "unknown_category", "rank")):
        return None  # ("menang kategori website?": another category, not on record)
    organisation = frame.asked.get("organisation") or frame.focus.get("organisation")
    edition = frame.focus.get("edition")
    found = [r for r in kb.results_by_organisation.get(str(organisation), ())
             if r.edition_id == edition]
    nominated = [r for r in found if r.status == "nominee"]
    if not organisation or not nominated:
        return None
    won = [r for r in found if r.status == "winner"]
    listed = [f"• {result_line(kb, r, with_org=False, with_edition=True)}" for r in nominated]
    if meaning.words & {"siapa", "berapa"}:
        unsaid = "siapa yang menang" if "siapa" in meaning.words else "peringkatnya"
        answer = no_data("\n".join([
            f"Sumber tidak menyebut {unsaid} di kategori itu. Yang tercatat: "
            f"{kb.organisations[organisation].name} masuk nominasi:", *listed]))
        answer.focus = frame.focus.copy()
        return answer.cite(*nominated)
    lines = [f"{NO}di kategori itu {kb.organisations[organisation].name} masuk nominasi, "
             "bukan juara:", *listed]
    lines += [f"Yang dimenangkan: {result_line(kb, r, with_org=False, with_edition=True)}."
              for r in won]
    answer = Answer(Status.ANSWERED, "\n".join(lines)).cite(*nominated, *won)
    answer.focus = frame.focus.copy()
    return answer


def said_when(kb: KnowledgeBase, meaning: Interpretation, focus: str | None
              ) -> Answer | None:
    """'darto ngomong gitu kapan?', 'Kapan Darto menyampaikan pernyataannya?': the occasion
    the sources give for what that person said, with the date of its edition."""
    person = kb.people.get(str(meaning.slots.get("person") or ""))
    if person is None or focus != "when" or not meaning.words & (SAYING_WORDS | {"nyata"}):
        return None
    quotes = [q for q in kb.quotes_by_speaker.get(person.id, ()) if q.occasion]
    if not quotes:
        return None
    lines = []
    for occasion, quote in {q.occasion or "": q for q in quotes}.items():
        edition = kb.edition_of(quote)
        event = edition.events[0] if edition is not None and edition.events else None
        when = f" ({date_text(event)})" if event is not None and event.date else ""
        if event is not None and event.name and occasion.endswith(f" {event.name}"):
            # "seusai Malam Anugerah Humas 2023" → "seusai acara Malam …", as people ask
            occasion = f"{occasion.removesuffix(event.name)}acara {event.name}"
        lines.append(f"{person.name or person.role} menyampaikannya {occasion}{when}.")
    return Answer(Status.ANSWERED, "\n".join(lines)).cite(*quotes)


def past_role(kb: KnowledgeBase, meaning: Interpretation, focus: str | None
              ) -> Answer | None:
    """'Jaduliwan dulu pernah jadi apa?', 'Rohidin menjabat gubernur sampai kapan?': the
    sources record a role as of a date, never the roles before it nor since or until when it
    was held. No data, with the role on record."""
    person = kb.people.get(str(meaning.slots.get("person") or ""))
    if person is None and meaning.slots.get("role"):
        holders = details.role_holders(kb, Query("role_holder", meaning.slots))
        person = holders[0] if len(holders) == 1 else None
    words = set(meaning.linked.tokens)
    if person is None or not person.role or not words & HOLDING_WORDS:
        return None
    if words & PAST_WORDS:
        missing = "jabatan sebelumnya"
    elif focus == "when" and not words & (EVENT_NOUNS | EVENT_VERBS):
        missing = "sejak atau sampai kapan ia menjabat"
    else:
        return None
    as_of = f" per {indonesian_date(person.as_of)}" if person.as_of else ""
    return no_data(f"Sumber hanya mencatat jabatan {person.name or person.role}{as_of}: "
                   f"{role_text(kb, person)}; {missing} tidak disebut.")


_MEANING_WORDS = frozenset({"maksud", "arti", "definisi", "level", "tingkat"})
_DEFINING_ONLY = frozenset({"nominasi", "itu", "apa", "adalah", "yang"})


def nomination_meaning(kb: KnowledgeBase, meaning: Interpretation, slots: Slots
                       ) -> Answer | None:
    """'nominasi itu maksudnya masuk berapa besar?', 'nominasinya level nasional atau
    provinsi?': what a nomination is in the editions asked (`slots`, with the conversation's),
    as their nominees' results tell it ("6 besar nasional"); None when the question asks
    something else or the record tells no one thing."""
    if meaning.out_of_scope:
        return None
    tokens = set(meaning.linked.tokens)
    words = tokens - FILLERS
    defining = "apa" in words and words <= _DEFINING_ONLY and bool(words & {"itu", "adalah"}) \
        and "saja" not in tokens  # "nominasi itu apa?", not "nominasinya apa aja?"
    if "nominasi" not in words or not (
            defining or words & _MEANING_WORDS or {"berapa", "besar"} <= words):
        return None
    editions, missing = find_editions(kb, Query("nominations", slots), use_subjects=False)
    if missing:
        return None
    allowed = {e.id for e in editions} if editions else set(kb.editions)
    nominees = [r for r in kb.results if r.status == "nominee" and r.status_detail
                and r.edition_id in allowed]
    details = {r.status_detail for r in nominees}
    if len(details) != 1:
        return None
    labels = join_items(sorted({edition_label(kb, kb.editions[r.edition_id])
                                for r in nominees if r.edition_id}))
    answer = Answer(Status.ANSWERED, f"Nominasi di {labels} berarti masuk {details.pop()}.")
    return answer.cite(*nominees)


_NAMED_WORDS = frozenset({"sebut", "disebut", "kutip", "komentar"})
# "siapa yang dikutip di berita AMH?", "yg kasih komentar di berita siapa?": only those quoted
_QUOTED_WORDS = frozenset({"kutip", "komentar"})
# "siapa saja tokoh yang disebut?", "pejabat diskominfo bandung yg disebut di berita siapa?"
_PEOPLE_NOUNS = frozenset({"tokoh", "narasumber", "jabat"})


def people_named(kb: KnowledgeBase, meaning: Interpretation, slots: Slots) -> Answer | None:
    """'pejabat siapa aja yg disebut di artikel2 itu?', 'siapa saja yang dikutip?': the people
    on record in the editions asked (`slots`, with the conversation's) and of the
    organisation named, or only those quoted; None for any other question."""
    tokens = meaning.linked.tokens
    # "siapa aja yg ngomong di berita bengkulu": who spoke, saying nothing in particular
    spoke = any(t == "bilang" and tokens[i + 1:i + 2] in ([], ["di"], ["dalam"])
                for i, t in enumerate(tokens))
    # ("siapa yang dikutip", "yg kasih komentar …": "yang" just before the quoted word)
    quoting = any(t in _QUOTED_WORDS and "yang" in tokens[max(0, i - 2):i]
                  for i, t in enumerate(tokens))
    if "siapa" not in tokens \
            or not ("saja" in tokens or _PEOPLE_NOUNS & set(tokens) or quoting) \
            or not any((t in _NAMED_WORDS or (t == "bilang" and spoke)) and (
                i > tokens.index("siapa") or tokens[i - 1] == "yang")
                for i, t in enumerate(tokens)) \
            or any(meaning.slots.get(n) for n in ("person", "role", "rank", "category")) \
            or set(meaning.out_of_scope) - _PEOPLE_NOUNS \
            or ("berapa" in tokens and not set(tokens[tokens.index("berapa") + 1:][:1])
                & _PEOPLE_NOUNS):  # ("… disebut di berita bola?")
        # ("dosenku nyinggung TOP GPR, itu buat siapa aja?" asks no names; "ada berapa
        # provinsi yang disebut …, dan siapa saja?" asks those counted)
        return None
    editions, missing = find_editions(kb, Query("person_info", slots), use_subjects=False)
    if missing:
        return None
    allowed = {e.id for e in editions}
    # the organisation as the question words it: "dinas kominfo" is any such office,
    # "bandung" anything of Bandung's
    named = [tokens[m.start:m.end] for m in meaning.linked.mentions
             if m.kind == "organisation"]
    quoted = bool(_QUOTED_WORDS & set(tokens)) or spoke
    speakers = {q.speaker for q in kb.quotes}
    people = [p for p in kb.people.values()
              if (not allowed or p.edition_id in allowed)
              and all(_worded(words, kb, p.organisation) for words in named)
              and (not quoted or p.id in speakers)]
    if not people:
        return None
    head = "Yang dikutip ucapannya" if quoted else "Orang yang disebut"
    lines = [f"{head} di sumber:", *(f"• {person_text(kb, p)}"
                                      + ("" if p.name else " (namanya tidak disebut)")
                                      for p in people)]
    return Answer(Status.ANSWERED, "\n".join(lines)).cite(*people)


def _worded(words: list[str], kb: KnowledgeBase, organisation: str | None) -> bool:
    """Whether each word begins a word of the organisation's name ("dinas kominfo": Dinas
    Kominfotik Provinsi Bengkulu)."""
    name = normalise(kb.organisations[organisation].name) if organisation else []
    return all(any(n.startswith(w) for n in name) for w in words)


def award_of(kb: KnowledgeBase, meaning: Interpretation) -> Interpretation | None:
    """'penghargaan Bengkulu juara tiganya siapa?': the organisation after "penghargaan"
    names the edition it won in, not the one asked of; the question read with that edition
    instead, or None for any other question."""
    tokens, slots = meaning.linked.tokens, meaning.slots
    mention = next((m for m in meaning.linked.mentions if m.kind == "organisation"), None)
    if mention is None or slots.get("rank") is None or "siapa" not in tokens \
            or mention.start == 0 or tokens[mention.start - 1] not in AWARD_NOUNS \
            or any(slots.get(n) for n in ("award", "edition", "year")):
        return None
    editions = organisation_editions(kb, str(mention.target))
    if len(editions) != 1:
        return None
    edition = Mention("edition", editions.pop(), mention.start, mention.end)
    return relinked(meaning, [edition if m is mention else m for m in meaning.linked.mentions])


def edition_of_label(kb: KnowledgeBase, meaning: Interpretation) -> Interpretation | None:
    """'maksudnya terbaik III itu apa, juara 3?': a rank written with a Roman numeral as one
    edition's results write it ("Terbaik III") names that edition when the question names
    none (not another award's third place), and what it means is its result; None for any
    other question."""
    slots, tokens = meaning.slots, meaning.linked.tokens
    if slots.get("rank") is None or any(slots.get(n) for n in ("award", "edition", "year")) \
            or not set(tokens) & ROMAN_NUMERALS.keys():
        return None
    found = {edition for edition, ranked in kb.results_by_edition.items() for r in ranked
             if r.rank_label and set(written := normalise(r.rank_label)) & ROMAN_NUMERALS.keys()
             and any(tokens[i:i + len(written)] == written for i in range(len(tokens)))}
    if len(found) != 1:
        return None
    edition = found.pop()
    named = Mention("edition", edition, len(tokens), len(tokens))  # (it covers no word: the
    # rank is still what the words say)
    relabelled = relinked(meaning, [*meaning.linked.mentions, named])
    # ("maksudnya terbaik III apa?" asks what the rank means, which its result tells, not
    # what the award is)
    relabelled.strict = [s for s in relabelled.strict if s.intent != "award_definition"]
    return relabelled


_WON_WORDS = frozenset({"menang", "juara", "raih"})


def winners_besides(kb: KnowledgeBase, aliases: Mapping[tuple[str, ...], list[tuple[str, str]]],
                    meaning: Interpretation) -> Answer | None:
    """'kota mana lagi selain bandung yg menang AMH 2023?': the winners of the editions asked
    but the organisation named after "selain" (the question links no organisation there);
    None for any other question."""
    tokens = meaning.linked.tokens
    cut = next((i for i, t in enumerate(tokens) if t in EXCLUDING_WORDS), None)
    if cut is None or meaning.slots.get("organisation") or not meaning.words & _WON_WORDS \
            or not {"siapa", "mana"} & set(tokens):
        return None
    after = tokens[cut + 1:]
    excluded = next((target for size in range(len(after), 0, -1)
                     for kind, target in aliases.get(tuple(after[:size]), ())
                     if kind == "organisation"), None)
    editions, missing = find_editions(kb, Query("who_won", meaning.slots), use_subjects=False)
    if excluded is None or missing or not editions:
        return None
    labels = join_items([edition_label(kb, e) for e in editions])
    others = [r for e in editions for r in kb.results_by_edition.get(e.id, ())
              if r.status == "winner" and r.organisation != excluded]
    if not others:
        return no_data(f"Sumber tidak menyebut pemenang {labels} selain "
                       f"{kb.organisations[excluded].name}.", focus_on(organisation=excluded))
    lines = [f"Selain {kb.organisations[excluded].name}, yang tercatat menang di {labels}:",
             *(f"• {result_line(kb, r)}" for r in others)]
    return Answer(Status.ANSWERED, "\n".join(lines)).cite(*others)


_ASKED_AFTER = frozenset({"dapat", "raih", "apa", "lagi", "menang"})
_OF_RESULTS = AWARD_TITLE_WORDS | TROPHY_WORDS | {"penghargaan", "kategori", "prestasi", "juara"}
_GOT = frozenset({"dapat", "raih", "menang"})
_BESIDES_SLOTS: tuple[SlotName, ...] = ("award", "edition", "year", "number", "rank", "ranks",
                                        "category", "group", "asks_rank")


def besides(kb: KnowledgeBase, meaning: Interpretation) -> tuple[Slots, Answer] | None:
    """'selain provinsi terbaik, Bengkulu dapat apa lagi?', 'Sumsel dapat penghargaan apa lagi
    selain TOP GPR?': an organisation's results but the ones named after "selain" (up to the
    organisation, or the end). The words naming them are compared with each result; a rank
    counts only when nothing else describes it ("selain juara 3 kampanye komunikasi publik":
    the category; "selain juara tiga": the result ranked third)."""
    tokens, organisation = meaning.linked.tokens, meaning.slots.get("organisation")
    if not organisation or "berapa" in tokens:
        return None  # ("… di berapa kategori lain?" asks a count, which a sentence gives)
    if "selain" not in tokens:
        if not any(b in _OF_RESULTS and c in ("lain", "lainnya") and a != "atau"
                   for a, b, c in zip(["", *tokens], tokens, tokens[1:], strict=False)) \
                and not any(a in _OF_RESULTS | _GOT and (b, c) == ("apa", "lagi")
                            for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)):
            return None
        # "sumsel dapet penghargaan lain gak?", "jakarta dpt penghargaan apa lagi thn itu?":
        # besides its one result on record, none (but "… provinsi terbaik atau kategori
        # lain?" asks which)
        slots = without(meaning.slots, ("asks_rank", "ranks"))
        answer = results.org_awards_besides(kb, Query("org_awards", slots, meaning.words), [])
        return None if answer is None else (slots, answer)
    start = tokens.index("selain") + 1
    end = min([m.start for m in meaning.linked.mentions
               if m.kind == "organisation" and m.start >= start]
              + [i for i in range(start, len(tokens)) if tokens[i] in _ASKED_AFTER]
              + [len(tokens)])  # ("jakarta selain juara 1, dapet apa lagi …?": up to the ask)
    clause = [t for t in tokens[start:end] if t not in FILLERS and t not in PASSAGE_STOPWORDS
              and t not in QUESTION_ONLY and t not in AWARD_NOUNS]  # ("selain penghargaan
    # kategori kampanye": the category)
    rank = next((n for t in clause if (n := number_from_word(t, allow_roman=True))), None)
    described = [t for t in clause if t not in RANK_NOUNS and not t.isdigit()
                 and not _ROMAN.match(t) and number_from_word(t) is None]
    if not described and rank is None:
        return None
    named = {m.kind for m in meaning.linked.mentions if start <= m.start < end}
    slots = without(meaning.slots, tuple(n for n in _BESIDES_SLOTS
                                         if n in named or n in ("asks_rank", "ranks")))
    answer = results.org_awards_besides(kb, Query("org_awards", slots, meaning.words),
                                        described, None if described else rank)
    return None if answer is None else (slots, answer)


_PARENTHESISED = re.compile(r"((?:[^\W\d_][\w/]*\s+){1,6})\(\s*([^\W\d_][\w-]{1,15})\s*\)")
_SKIPPED = frozenset({"dan", "&", "atau"})  # words an abbreviation leaves out


def spelled_in_sources(kb: KnowledgeBase, meaning: Interpretation) -> Answer | None:
    """'Pemprov itu kepanjangannya apa?', 'Pemkot singkatan dari apa?': an abbreviation the
    articles spell out where they first use it ("Pemerintah Provinsi (Pemprov) Bengkulu"),
    as they spell it; None when the question asks no such thing or no article does."""
    words = set(meaning.linked.tokens)
    if not words & ABBREVIATION_WORDS or words & ASKING_WORDS - {"apa"} \
            or any(meaning.slots.get(n) for n in ("award", "edition", "organisation")):
        return None  # (an award's or organisation's abbreviation is on record with it)
    asked = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", meaning.text)}
    spelled: dict[str, tuple[str, str]] = {}  # each one asked ("Pemkot dan Pemprov"), once
    for source in kb.sources.values():
        for found in _PARENTHESISED.finditer(source.text):
            short = found[2]
            if short.casefold() not in asked or short.casefold() in spelled:
                continue
            if long := _spelled_by(short, found[1].split()):
                spelled[short.casefold()] = (f"{short} adalah singkatan dari {long} "
                                             f"(“{long} ({short})”).", source.id)
    if not spelled:
        return None
    answer = Answer(Status.ANSWERED, "\n".join(line for line, _ in spelled.values()))
    answer.sources.extend(dict.fromkeys(source for _, source in spelled.values()))
    return answer


_SPELLING_LINKS = frozenset({"dari", "nya", "kata", "singkatan", "itu", "sih"})


def abbreviation_asked(kb: KnowledgeBase, meaning: Interpretation) -> Answer | None:
    """'apa kepanjangan Diskominfo dalam berita AMH?', 'apa kepanjangan Kominfotik di
    Provinsi Bengkulu?': the name right after the word that asks is the one spelled out,
    the other name only where it is said; a word there that no name on record is not on
    record (never the province's "Pemprov" instead). None when the question names one
    award or organisation, or none."""
    tokens = meaning.linked.tokens
    cue = next((i for i, t in enumerate(tokens) if t in ABBREVIATION_WORDS), None)
    named = [m for m in meaning.linked.mentions if m.kind in ("award", "organisation")]
    if cue is None or not named:
        return None
    after = next((i for i in range(cue + 1, len(tokens)) if tokens[i] not in _SPELLING_LINKS),
                 None)
    if after is None:
        return None
    first = next((m for m in named if m.start == after), None)
    if first is not None and len(named) > 1:
        # the one named there ("dinas … di kota bandung yang disingkat Diskominfo": not the
        # city's "Pemkot")
        return _spelled_out(kb, first)
    if first is None and len(named) == 1 and named[0].end <= cue and checks(tokens) \
            and set(tokens[named[0].end:cue]) <= _SPELLING_LINKS \
            and (claimed := quoted_words(meaning.text) or set(meaning.out_of_scope)):
        # "AMH itu kepanjangannya Anugerah Media Hukum ya?", "AMH itu singkatan 'Awas
        # Mantan Hadir' ya?": a spelling claimed, checked against the one on record
        answer = _spelled_out(kb, named[0])
        if answer.status == Status.ANSWERED:
            held = set(normalise(answer.text))
            answer.text = (YES if claimed <= held else NO) + answer.text
        return answer
    word = tokens[after]
    if first is None and (award := next((a for a in kb.awards.values() for ab in a.abbreviations
                                         if word in ab.short.casefold().split()), None)):
        # "kepanjangan GPR dalam TOP GPR Award?": a word of an award's short name, spelled
        # out with it
        return details.award_abbreviation(kb, Query("award_abbreviation", {"award": award.id}))
    if first is None and word.isalpha() and len(word) >= 3 \
            and word not in ASKING_WORDS | FILLERS | QUESTION_WORDS \
            and not any(m.start <= after < m.end for m in meaning.linked.mentions):
        shown = next((w for w in re.findall(r"[^\W\d_]+", meaning.text)
                      if w.casefold() == word), word)
        return no_data(f"Sumber tidak menguraikan singkatan “{shown}”.")
    return None


def _spelled_out(kb: KnowledgeBase, named: Mention) -> Answer:
    """What the award or organisation named stands for."""
    return details.award_abbreviation(kb, Query(
        "award_abbreviation", {"award": str(named.target)} if named.kind == "award"
        else {"organisation": str(named.target)}))


def _spelled_by(short: str, before: list[str]) -> str | None:
    """The fewest last words of `before` whose letters, in order, spell `short`, each word
    giving its first letter and maybe more ("Pemerintah Provinsi": "Pemprov"; "Dinas
    Komunikasi dan Informatika": "Diskominfo")."""
    for count in range(1, len(before) + 1):
        words = before[-count:]
        if words[0].casefold() in _SKIPPED:
            continue
        if _spells(short.casefold(), [w.casefold() for w in words]):
            return " ".join(words)
    return None


def _spells(short: str, words: list[str]) -> bool:
    """Whether the words, in order, spell `short`: each (but a skipped one) gives its first
    letter and then any of its letters after it, in order."""
    if not words:
        return not short
    word, rest = words[0], words[1:]
    if word in _SKIPPED and _spells(short, rest):
        return True
    if not short or short[0] != word[0]:
        return False
    for taken in range(1, len(short) + 1):  # the word gives short[:taken]
        if _is_subsequence(short[1:taken], word[1:]) and _spells(short[taken:], rest):
            return True
    return False


def _is_subsequence(part: str, word: str) -> bool:
    letters = iter(word)
    return all(c in letters for c in part)
