"""Whole messages: what is left aside before reading them (courtesy sentences, a preamble
that asks and names nothing, "(1) … (2) …" numbering), and messages that hold more than one
ask: two clauses ("peringkat berapa, terus siapa yang menerima?"), two subjects ("Bandung dan
Bengkulu juara berapa?"), a name two organisations share, a choice between subjects ("mana
yang virtual, AMH 2023 atau TOP GPR 2021?"), which came first ("mana yang duluan?") and which
ranks higher. Each part is answered as a single question; the replies are joined into one."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import pairwise, takewhile
from typing import Protocol

from bot.answering.passages import quoted_words
from bot.answering.phrases import NO, YES
from bot.answering.query import Query, find_editions
from bot.answering.results import ONLINE_WORDS, holder_lines, rank_holders
from bot.catalogue import edition_label
from bot.reply import Reply, Status
from bot.slots import Slots, only
from bot.understanding.compound import (
    CLAIM_TAILS,
    JOINERS,
    MAX_TAIL_WORDS,
    SCOPE_KINDS,
    claim_list,
    claim_parts,
    enumerated,
    is_ask,
    is_courtesy,
    sentences_of,
    split_clauses,
    split_shared_name,
    split_subjects,
    statement_and_ask,
    without_address,
    without_courtesy,
    without_enumeration,
)
from bot.understanding.corrections import OOPS_WORDS, put_right_within
from bot.understanding.entities import Linked
from bot.understanding.exam import ExamItem, chosen, exam_item, settles
from bot.understanding.focus import ASKING_WORDS, is_yes_no, question_focus
from bot.understanding.headlines import PastedHeadline
from bot.understanding.interpret import Interpretation, asks_opinion
from bot.understanding.normalise import normalise
from bot.understanding.vocabulary import (
    ABOUT_WORDS,
    ALSO_WORDS,
    ASIDE_LEADS,
    ATTENDING_WORDS,
    AWARD_TITLE_WORDS,
    BET_WORDS,
    BOTH_WORDS,
    CHECK_WORDS,
    CLAIM_LEADS,
    DEMAND_WORDS,
    DOUBT_WORDS,
    EACH_WORDS,
    EVENT_NOUNS,
    EVENT_VERBS,
    FALSE_WORDS,
    FILLERS,
    FOLLOW_UP_MARKERS,
    GAP_WORDS,
    GREETING_CUES,
    GREETINGS,
    HEARSAY_LEADS,
    HEARSAY_REPORTS,
    HEARSAY_VERBS,
    HEARSAY_WORDS,
    HIGHER_WORDS,
    HOAX_WORDS,
    KIN_SELF_WORDS,
    LIST_LEADS,
    NEGATIONS,
    OFFICE_SELF_WORDS,
    ORDER_WORDS,
    PRONOUNS,
    PURPOSE_NOUNS,
    RANK_NOUNS,
    RECEIVING_WORDS,
    REQUEST_WORDS,
    RESULT_WORDS,
    SELF_WORDS,
    STORY_BREAKS,
    SUPPOSING_WORDS,
    THANKS,
    TRUTH_WORDS,
    VERDICT_WORDS,
    WHEN_NOUNS,
)
from bot.understanding.writing import asks_to_write
from knowledge.base import KnowledgeBase
from knowledge.models import EditionDecl
from knowledge.ranks import ORDINAL_WORDS, number_from_word

NAMING_KINDS = ("award", "edition", "year", "organisation", "person")
_SUBJECT_KINDS = (*NAMING_KINDS, "place")  # what a story or a preamble may name asked of


class SingleAsker(Protocol):
    """What answering a message needs of the engine."""

    @property
    def knowledge(self) -> KnowledgeBase: ...

    def interpret(self, text: str) -> Interpretation: ...

    @property
    def organisation_names(self) -> dict[str, str]: ...

    def pasted_headline(self, text: str) -> PastedHeadline | None: ...

    def ask_single(self, text: str, chat_id: str, meaning: Interpretation | None = None
                   ) -> Reply: ...

    def probe(self, text: str, chat_id: str) -> Reply: ...

    def subjects(self, chat_id: str) -> tuple[str, ...]: ...

    def remember_subjects(self, chat_id: str, subjects: tuple[str, ...]) -> None: ...

    def last_organisation(self, chat_id: str) -> str | None: ...

    def last_edition(self, chat_id: str) -> str | None: ...

    def earlier_organisation(self, chat_id: str) -> str | None: ...

    def earlier_edition(self, chat_id: str) -> str | None: ...


def answer_message(engine: SingleAsker, text: str, chat_id: str) -> Reply:
    """The reply to a whole message: its clauses answered one by one, or the message whole
    when it holds one ask."""
    spoken = _as_punctuated(text)
    if spoken != text:  # "… di mana tanda tanya", typed by voice: the marks spoken
        return replace(answer_message(engine, spoken, chat_id), question=text)
    if (blanks := _FORM_BLANK.sub(" apa?", text)) != text:
        # "tema AMH 2023: ?, penyelenggara: ?": a form's fields to fill, each asked
        return replace(answer_message(engine, blanks, chat_id), question=text)
    if (mark := _THREAD_MARK.match(text)) is not None:  # "2/ terus SDM pemprov …", "(3/5) …"
        return replace(answer_message(engine, text[mark.end():], chat_id), question=text)
    if (label := _FORWARDED.match(text)) is not None and text[label.end():].strip():
        # "[Diteruskan] Pemkot Bandung juara 1 AMH 2023 …": the message forwarded, checked
        # when it asks nothing
        return replace(answer_message(engine, _to_check(text[label.end():]), chat_id),
                       question=text)
    if (bet := _BET.match(text)) is not None and text[bet.end():].strip():
        # "taruhan nih: AMH 2023 itu diadain di jakarta. yg kalah traktir bakso": the claim
        # bet on, checked (the stake, naming nothing on record, left aside)
        said = sentences_of(text[bet.end():])
        staked = " ".join(s for s in said if _names_something(engine, s)) or " ".join(said)
        return replace(answer_message(engine, _to_check(staked), chat_id), question=text)
    if (facts := _facts_to_write_with(engine, text, chat_id)) is not None:
        return facts  # "bikinin caption ig ucapan selamat buat pemprov bengkulu …"
    if asks_opinion(text):  # "menurutmu humas mana yang lebih bagus?": no fact to compare
        if (fact := _fact_beside_supposing(text)) is not None:
            reply = answer_message(engine, fact, chat_id)
            if reply.status in (Status.ANSWERED, Status.NO_DATA):
                return replace(reply, question=text)
        said = sentences_of(text)
        fact_asks = [s for s in said if is_ask(s) and not asks_opinion(s)]
        if len(said) > 1 and fact_asks:  # "tema AMH 2023 apa sih? bagus gak menurutmu?": the
            return _together(engine, text, [  # fact asked, and no judgement of the bot's own
                answer_message(engine, " ".join(fact_asks), chat_id),
                engine.ask_single(" ".join(s for s in said if s not in fact_asks), chat_id)],
                chat_id)
        return engine.ask_single(text, chat_id)
    if (item := exam_item(text, lambda words: _names_something(engine, words))) is not None:
        return _exam_reply(engine, text, item, chat_id)
    if (on_headline := _on_headline(engine, text)) is not None:
        return replace(_answer_message(engine, on_headline, chat_id), question=text)
    if (heard := _heard_claim(text)) is not None and not engine.interpret(heard).chitchat:
        # "di grup WA ada yg bilang …": checked (but "oke thx kak wkwk" only thanks)
        reply = answer_message(engine, _to_check(heard), chat_id)
        if reply.status != Status.NOT_UNDERSTOOD:
            return replace(reply, question=text)
    claim, verdict = _verdict_asked(text)
    if claim is not None:  # "… digelar di Jakarta. hoaks bukan?": the claim, checked
        reply = answer_message(engine, claim, chat_id)
        if verdict in HOAX_WORDS and reply.text.startswith((YES, NO)):  # (not "Ya, hoaks")
            reply = replace(reply, text=_in_words(reply.text, "Benar, bukan hoaks — ",
                                                  "Keliru — "))
        elif verdict in FALSE_WORDS and reply.text.startswith((YES, NO)):
            # "temenku bilang bandung juara 1, salah kan?": whether it is wrong, answered so
            reply = replace(reply, text=_in_words(reply.text, "Tidak salah, itu benar — ",
                                                  "Ya, salah — "))
        return replace(reply, question=text)
    if (thanks := _thanks_after_telling(engine, text, chat_id)) is not None:
        return thanks  # "ok data bandung udh lengkap, makasih ya"
    reply = _answer_message(engine, text, chat_id)
    if reply.status == Status.NOT_UNDERSTOOD and (told := _without_stories(engine, " ".join(
            _without_own_years(engine, sentences_of(without_courtesy(text)))))):
        # ("… tapi rasanya keliru. Terima kasih.")
        again = _answer_message(engine, told, chat_id)
        if again.status in (Status.ANSWERED, Status.NO_DATA):
            reply = replace(again, question=text)
    if reply.status == Status.NOT_UNDERSTOOD and (undoubted := _past_doubts(engine, text)):
        again = _answer_message(engine, undoubted, chat_id)
        if again.status in (Status.ANSWERED, Status.NO_DATA):
            reply = replace(again, question=text)
    if reply.status == Status.NOT_UNDERSTOOD and (last := _last_ask(engine, text)):
        again = _answer_message(engine, last, chat_id)
        if again.status in (Status.ANSWERED, Status.NO_DATA):
            reply = replace(again, question=text)
    if reply.status == Status.NOT_UNDERSTOOD and (asked := _from_asked(
            engine, text, chat_id, vague=False)) is not None:
        return asked
    if reply.status == Status.NOT_UNDERSTOOD and (keyed := _as_keywords(engine, text)):
        again = _answer_message(engine, keyed[0], chat_id)
        if again.status in keyed[1]:
            return replace(again, question=text)
    if reply.status == Status.NOT_UNDERSTOOD and (
            offered := _one_offered(engine, text, chat_id)) is not None:
        return replace(offered, question=text)  # "yg bandung menang itu AMH atau AHI?"
    if reply.status == Status.NOT_UNDERSTOOD and (
            courtesy := _courtesy_only(engine, text, chat_id)):
        return replace(courtesy, question=text)  # a long thanks, greeting or leave-taking
    if reply.status == Status.NO_DATA and reply.intent is None and (asked := _from_asked(
            engine, text, chat_id, vague=True)) is not None:
        return asked
    return reply


_OR = frozenset({"atau", "ato", "atw"})
_OFFERED_WIDTHS = (1, 2, 3)  # how many words each of two offered things may take


def _one_offered(engine: SingleAsker, text: str, chat_id: str) -> Reply | None:
    """A message that offers two things to choose from ("yg bandung menang itu AMH atau AHI
    ya?", "AMH 2023 dmn, westin surabaya atau jw marriott?"), each checked as a claim of its
    own: the one whose words the reply to its check repeats answered (its "Ya" left out);
    when neither is borne out but one is settled against the record, what the record says
    ("Bukan keduanya" when both are); None when neither check is answered (as yet "TOP GPR
    ceremony dibuka pagi atau sore?", whose checks are not understood)."""
    words = text.rstrip(" ?!.").split()
    cuts = [i for i, w in enumerate(words) if w.casefold().strip(",.") in _OR]
    if len(cuts) != 1:
        return None
    cut = cuts[0]
    for width in _OFFERED_WIDTHS:
        if cut < width or cut + width >= len(words):
            break
        claims = [" ".join(words[:cut] + words[cut + 1 + width:]) + " ya?",
                  " ".join(words[:cut - width] + words[cut + 1:]) + " ya?"]
        offered = [words[cut - width:cut], words[cut + 1:cut + 1 + width]]
        replies = [engine.probe(c, chat_id) for c in claims]
        held = [i for i, r in enumerate(replies)
                if r.status == Status.ANSWERED and not r.text.startswith(NO)
                and r.intent != "source_sentence" and _all_said(offered[i], r.text)]
        denied = [i for i, r in enumerate(replies)
                  if r.status == Status.ANSWERED and r.text.startswith(NO)]
        if len(held) == 1:
            reply = engine.ask_single(claims[held[0]], chat_id)  # (asked for its context)
            return replace(reply, text=reply.text.removeprefix(YES))
        if denied and not held:
            reply = engine.ask_single(claims[denied[0]], chat_id)
            lead = "Bukan keduanya — " if len(denied) == 2 else ""
            return replace(reply, text=lead + reply.text.removeprefix(NO))
    return None


def _all_said(words: list[str], text: str) -> bool:
    """Whether every word given appears in a text (the thing offered is the thing told),
    one of them more than a letter or two."""
    told, given = set(normalise(text)), normalise(" ".join(words))
    return any(len(w) > 2 for w in given) and all(w in told for w in given)  # (not "s" or "c")


_VERDICT_TAIL = re.compile(
    r"[,.;:!?]\s*(?:(?:ini|itu|jadi|apa|apakah|gimana|gmn|bagaimana)[\s,]+)*("
    + "|".join(sorted(VERDICT_WORDS | FALSE_WORDS)) + r")\b(?:[\s,]+(?:bukan|ga|gak|nggak|enggak|"
    r"engga|gk|tidak|ya|sih|nih|ini|itu|gitu|atau|ato|tuh|kan))*[\s?!.]*$", re.IGNORECASE)


# "Klaim: …. Ada di sumber?", "… ada di berita ga?": whether a claim is on record
_IN_SOURCE_TAIL = re.compile(
    r"[,.;:!?]\s*(?:(?:apakah|apa|ini|itu)\s+)*(ada|tertulis|disebut|termuat)\s+(?:di|dalam)\s+"
    r"(?:berita|sumber|artikel)(?:nya)?\b(?:[\s,]+(?:ga|gak|nggak|enggak|engga|gk|tidak|ya|"
    r"kah|sih|nih|ini|itu|gitu|tuh))*[\s?!.]*$", re.IGNORECASE)


_WRITING_LEAD = "Saya tidak menyusun teks sendiri; ini yang tercatat di sumber sebagai bahannya:"


def _facts_to_write_with(engine: SingleAsker, text: str, chat_id: str) -> Reply | None:
    """A caption, release or sambutan asked to be written about something on record: what
    the sources tell of it (no text of the bot's own); None for any other message, or when
    nothing on record is named or spoken of."""
    if not asks_to_write(text) or not (names := _names_in(engine, text)):
        return None  # ("bikinin caption ig buat ultah temen": nothing on record to go on)
    reply = engine.ask_single(f"rangkum {names}", chat_id)
    if reply.status != Status.ANSWERED:
        return None
    return replace(reply, text=f"{_WRITING_LEAD}\n\n{reply.text}", question=text)


def _verdict_asked(text: str) -> tuple[str | None, str]:
    """'saya baca di grup WA: "AMH 2023 digelar di Jakarta". hoaks bukan?', '…, valid?',
    '… akurat?': the claim before a request for a verdict on it, asked as "…, benar?" (a
    quote's marks dropped), and the word that asked for the verdict ("hoaks", "salah");
    (None, "") for any other message."""
    found = _VERDICT_TAIL.search(text) or _IN_SOURCE_TAIL.search(text)
    if found is None or (found[1].casefold() in ("benar", "bener", "betul") \
            and not re.search(r"[\"“”]", text)):
        return None, ""  # ("…, bener?" alone is read as it stands)
    claim = text[:found.start()]
    if (quoted := re.search(r":\s*[\"“]([^\"“”]+)[\"”]", claim)) is not None:
        claim = quoted[1]  # "saya baca di grup WA: "…"": what was read
    elif (lead := re.match(r"[^:\"“]{1,40}:\s+(?=\S)", claim)) is not None:
        claim = claim[lead.end():]  # "Klaim: …", "cek fakta: …"
    claim = re.sub(r"[\"“”]", "", claim).strip(" ,.:;")
    if len(claim.split()) < 3:
        return None, ""
    return f"{claim}, benar?", found[1].casefold()


# punctuation spoken into a phone's voice typing, written out as words
_SPOKEN_MARKS = ((re.compile(r"\s*\btanda\s+tanya\b", re.IGNORECASE), "?"),
                 (re.compile(r"\s*\btanda\s+seru\b", re.IGNORECASE), "!"),
                 (re.compile(r"\s*\btitik\s+koma\b", re.IGNORECASE), ";"),
                 (re.compile(r"\s+koma\b", re.IGNORECASE), ","),
                 (re.compile(r"\s+titik\s*$", re.IGNORECASE), "."))


def _to_check(claim: str) -> str:
    """A claim asked as a check of it ("…, benar?"), or as it stands when it asks already or
    ends asking whether it is true ("… kan?")."""
    if is_ask(claim) or set(normalise(claim)[-1:]) & CLAIM_TAILS:
        return claim
    return f"{claim.rstrip(' .!')}, benar?"


def _in_words(verdict: str, yes: str, no: str) -> str:
    """A reply's "Ya — …" / "Tidak — …" in the words the check was asked in ("Benar — …")."""
    return (yes if verdict.startswith(YES) else no) + verdict.split(" — ", 1)[1]


# a form's blank to fill: "tema: ?", "jumlah kategori = ?", "peringkat 3 | instansi ?"
_FORM_BLANK = re.compile(r"\s*(?:[:=|]\s*)\?+")


# the number of a message in a thread, as social media numbers them: "2/", "(3/5)" (not a
# date: "11/11 acara apa?")
_THREAD_MARK = re.compile(r"^\s*(?:\d{1,2}/|\(\d{1,2}\s*/\s*\d{1,2}\))\s+(?=\S)")
# a bet announced before the claim it is on: "taruhan nih: …", "taruhan makan siang: …"
_BET = re.compile(r"^\s*(?:\w+[\s,]+){0,2}?(?:" + "|".join(sorted(BET_WORDS))
                  + r")\b[^:,?.!]{0,30}[:,]\s*(?=\S)", re.IGNORECASE)  # ("bot, taruhan skin: …")
# the label a chat app puts on a forwarded message: "[Diteruskan] …", "Fwd: …"
_FORWARDED = re.compile(r"^\s*(?:[\[(]\s*(?:diteruskan|forwarded|forward|fwd)\s*[\])]\s*:?"
                        r"|(?:diteruskan|forwarded|forward|fwd)\s*:)\s*", re.IGNORECASE)


def _as_punctuated(text: str) -> str:
    """'tema a m h 2023 apa tanda tanya', '… kata darto titik', '… di a m h koma betul
    nggak': the marks that voice typing left as words, as marks ("titik" only at the end:
    "titik lokasi" is a place's point)."""
    for pattern, mark in _SPOKEN_MARKS:
        text = pattern.sub(mark, text)
    return text


_HEARD_LEAD = re.compile(r"^\s*(?:(?:" + "|".join(sorted(  # ("wkwk om gw share katanya …")
    HEARSAY_LEADS | HEARSAY_REPORTS | HEARSAY_VERBS | HEARSAY_WORDS | FILLERS)) + r")\b[\s,:]*)+",
    re.IGNORECASE)
_HEARD_TAIL = re.compile(
    r"[\s,.?]+(?:(?:cmiiw|katanya|katanye|wkwk\w*|lol|koreksi\s+(?:kalau|kalo|klo|jika|bila)\s+"
    r"(?:saya\s+|aku\s+|gw\s+|gue\s+)?salah|atau\s+(?:saya\s+|aku\s+|gw\s+|gue\s+)?salah"
    r"(?:\s+(?:dengar|denger|ingat|inget|baca|tangkap))?(?:\s+(?:saya|aku|gw|gue))?)\b[\s,.!?]*)+"
    r"(?P<check>(?:bener|benar|betul)\b(?:\s+\w+){0,2}[\s?!.]*)?$", re.IGNORECASE)


# "kalo ga salah", "klo gk slh inget gw", "seingatku", "setau gw": the claim that follows or
# comes before is one the writer is unsure of
_HEDGE = re.compile(
    r"[\s,]*\b(?:(?:kalau|kalo|klo|kl|kalu|jika|bila)\s+(?:tidak|tdk|ga|gak|gk|g|nggak|ngga|"
    r"nga|enggak|engga|ndak|nda)\s+(?:salah|slh|keliru)(?:\s+(?:ingat|inget|dengar|denger|"
    r"baca|lihat|liat))?|(?:seingat|seinget|setahu|setau)(?:ku|\s+(?:saya|aku|gw|gue|gua|sy))?)"
    r"(?:\s+(?:saya|aku|gw|gue|gua|sy))?\b(?:\s+(?:sih|nih|ya|yah))?[\s,]*", re.IGNORECASE)


# "andaikan aku kerja di diskominfo bandung, …": a supposition about the one asking, which
# supposes nothing about what is on record
_SUPPOSING_SELF = re.compile(
    r"\b(?:" + "|".join(sorted(SUPPOSING_WORDS)) + r")\s+(?:" + "|".join(sorted(SELF_WORDS))
    + r")\b", re.IGNORECASE)
# "seandainya sumsel yg juara 2, …. tapi aslinya sumsel peringkat berapa?": what is so, asked
# beside what would have been
_IN_FACT = re.compile(r"\b(?:aslinya|sebenarnya|sebenernya|sebetulnya|faktanya|kenyataannya|"
                      r"nyatanya)\b", re.IGNORECASE)


def _fact_beside_supposing(text: str) -> str | None:
    """The question of fact in a message that supposes something: the sentence that asks what
    is so ("… tapi aslinya sumsel peringkat berapa?"), or the message without a supposition
    about the one asking ("andaikan aku kerja di kementerian yg ngadain AMH, itu kementerian
    apa sih?"); None when it supposes anything else ("seandainya DKI gak ikut, Bengkulu jadi
    juara 1 dong?")."""
    said = sentences_of(text)
    in_fact = [s for s in said if _IN_FACT.search(s) and not asks_opinion(s)]
    if len(said) > 1 and in_fact:
        return " ".join(in_fact)
    if (supposed := _SUPPOSING_SELF.search(text)) is not None:
        rest = (text[:supposed.start()] + text[supposed.end():]).strip()
        return rest if rest and not asks_opinion(rest) else None
    return None


def _heard_claim(text: str) -> str | None:
    """'di grup WA ada yg bilang malam AMH 2023 di westin bali', 'AMH itu Anugerah Media
    Hukum, cmiiw', '… katanya wkwk bener ga', 'kalo ga salah AMH 2023 tgl 30 november ya':
    the claim heard or half-remembered, without the words that report or hedge it (a
    request to check it kept); None when nothing reports one."""
    if (hedged := _HEDGE.sub(" ", text).strip(" ,")) != text.strip(" ,"):
        return hedged if len(hedged.split()) >= 3 else None
    lead = _HEARD_LEAD.match(text)
    said = set(re.findall(r"\w+", lead[0].casefold())) if lead else set()
    # (a verb of saying reports only after "ada": "yg bilang … itu gubernur kan?" asks who)
    start = lead.end() if lead and (said & HEARSAY_REPORTS or (
        "ada" in said and said & HEARSAY_VERBS)) else 0
    tail = _HEARD_TAIL.search(text, start)
    if tail is not None and set(normalise(text[:tail.start()])[-1:]) & ASKING_WORDS:
        tail = None  # ("… dan apa katanya": what someone said)
    if not start and tail is None:
        return None
    claim = text[start:tail.start() if tail else len(text)].strip(" ,.:;")
    if tail is not None and tail["check"]:
        claim = f"{claim}, {tail['check'].strip()}"
    return claim if len(claim.split()) >= 3 else None


_SWITCH = re.compile(r"^\s*(?:(?:kalau|kalo|klo|terus|trus|nah)\s+)?(?:yang|yg)\s+"
                     r"(?:satunya|satu\s+lagi|lainnya|lain)\s*[,:]\s*(?=\S)", re.IGNORECASE)


def _without_switch(engine: SingleAsker, text: str) -> str:
    """'kalau yang satunya, gubernur bengkulu apresiasi ke siapa saja?': the ask, when it
    names whom or what it is about (the switch to the other subject says no more)."""
    rest = _SWITCH.sub("", text, count=1)
    return rest if rest != text and any(m.kind in (*NAMING_KINDS, "role") for m in (
        engine.interpret(rest).linked.mentions)) else text


# a name or number put right as it is typed ("AMH 2021, eh maksudnya 2023", "bandung… bukan,
# bengkulu, …", "AMH 2023, eh 2022 deh, …"): after a mark or "eh", a word that corrects; "bukan"
# and "salah" only between marks ("… bukan bandung?" checks a claim)
_CORRECTION = re.compile(
    r"(?P<mark>[,.…;!?]+)?\s*(?P<eh>\b(?:eh+|ups|eits)\b[\s,]*(?:(?:sori|sorry|maaf)\b[\s,]*)?)?"
    r"(?P<word>\b(?:(?:(?:typo|salah\s+ketik)\s+)?(?:maksud(?:nya|ku)?"
    r"(?:\s+(?:saya|sy|aku|gue|gw))?)\b\s*,?|(?:bukan|salah|ralat|koreksi)\s*[,:])\s*)?",
    re.IGNORECASE)
_CORRECTED_KINDS = ("year", "award", "edition", "organisation", "person", "rank", "category",
                    "place", "number")
# an edition is put right by its year or its number ("AMH yg ke-15 … eh sori maksudnya yg 2023")
_EDITION_KINDS = frozenset({"year", "number"})


# "…, top gpr maksudnya": what the one asking means, at the message's end (but "nominasi
# itu maksudnya apa?" asks what a word means)
_MEANT_TAIL = re.compile(r"[\s,]+(?:maksudnya|maksudku|mksdnya|mksd|maksud\s+(?:saya|aku|sy|gue|"
                         r"gw))\s*[.!?]*\s*$", re.IGNORECASE)
_MEANING_WORDS = frozenset({"apa", "arti", "definisi", "gimana", "bagaimana"})


def _corrected(engine: SingleAsker, text: str) -> str:
    """The message with the name or number it put right replaced by the correction: "bandung
    dpt terbaik brp di AMH 2021, eh maksudnya 2023" asks of 2023; the text as it stands when
    what follows the correction names nothing of a kind named before it. A name or word put
    right in place ("juara 2 eh 3 top gpr 2021 siapa?") is replaced where it stands."""
    words = set(normalise(text))
    if (meant := _MEANT_TAIL.search(text)) and not words & _MEANING_WORDS \
            and text[:meant.start()].split()[-1:] != ["itu"]:  # ("nominasi itu maksudnya?")
        text = text[:meant.start()]  # "bukan itu, yang nominasi maksudnya": what is meant
    if words & OOPS_WORDS and (  # (only with a word that may put right; never the tail's)
            put_right := put_right_within(engine.interpret(text).linked)) is not None:
        return " ".join(put_right) + ("?" if text.rstrip().endswith("?") else "")
    for found in _CORRECTION.finditer(text):
        if not found[0].strip() or not (found["eh"] or (found["word"] and found["mark"])):
            continue
        before, after = text[:found.start()], text[found.end():]
        said = re.split(r"[,?.!;]", after, maxsplit=1)[0]
        right = [m for m in engine.interpret(said).linked.mentions
                 if m.kind in _CORRECTED_KINDS]
        if not before.strip() or not right or set(normalise(said)) & ALSO_WORDS:
            continue
        linked = engine.interpret(before).linked
        kinds = {r.kind for r in right}
        kinds |= _EDITION_KINDS if kinds & _EDITION_KINDS else set()
        wrong = [m for m in linked.mentions if m.kind in kinds
                 and m.target not in {r.target for r in right}]
        if wrong:
            tokens = linked.tokens[:wrong[-1].start] + linked.tokens[wrong[-1].end:]
            return " ".join([*tokens, after.strip()])
    return text


_COUNTED_FROM = {"sebelum": -1, "setelah": 1, "sesudah": 1}
_COUNTING = re.compile(r"\b(?:tahun|thn|taun)\s+(?:sebelum|setelah|sesudah)\b", re.IGNORECASE)


def _with_year_counted(engine: SingleAsker, text: str) -> str:
    """'Penghargaan apa yang diraih Bengkulu dua tahun sebelum AMH 2023?': the year counted
    from the edition named ("… tahun 2021"), which is no longer asked of; the text as it
    stands when it counts none."""
    if not _COUNTING.search(text):
        return text
    linked = engine.interpret(text).linked
    tokens = linked.tokens
    for index in range(len(tokens) - 3):
        count = number_from_word(tokens[index])
        direction = _COUNTED_FROM.get(tokens[index + 2])
        if count is None or tokens[index + 1] != "tahun" or direction is None:
            continue
        after = sorted((m for m in linked.mentions if m.start >= index + 3
                        and m.kind in ("award", "edition", "year")), key=lambda m: m.start)
        if not after or after[0].start != index + 3 or after[0].kind == "year":
            continue
        named = after[0]
        if named.kind == "edition":
            edition = engine.knowledge.editions.get(str(named.target))
            year, end = (edition.year if edition else None), named.end
        else:
            following = after[1] if len(after) > 1 else None
            year, end = ((int(following.target), following.end)
                         if following is not None and following.kind == "year"
                         and following.start == named.end else (None, named.end))
        if year is None:
            continue
        return " ".join([*tokens[:index], "tahun", str(year + direction * count),
                         *tokens[end:]])
    return text


def _exam_reply(engine: SingleAsker, text: str, item: ExamItem, chat_id: str) -> Reply:
    """An exam item answered as the plain question it stands for; the answer given with it
    settled ("Ya — …", "Tidak — bukan Palembang. …"; a statement judged "Benar — …" or
    "Salah — …") or the option the reply gives named."""
    reply = answer_message(engine, item.question, chat_id)
    answer = reply.text
    if item.judged and answer.startswith((YES, NO)):  # "Benar atau salah: …": the verdict
        # in the statement's words
        answer = _in_words(answer, "Benar — ", "Salah — ")
    if reply.status == Status.ANSWERED and not answer.startswith((YES, NO)):
        if (held := _settled(engine, item, answer)) is not None:
            answer = (YES if held else f"{NO}bukan {item.answer}. ") + answer
        elif option := chosen(item, answer):
            answer = f"Jawaban: {option[0]}. {option[1]}\n{answer}"
    return replace(reply, question=text, text=answer)


_ANSWER_KINDS = ("organisation", "person", "place")


def _settled(engine: SingleAsker, item: ExamItem, answer: str) -> bool | None:
    """Whether a reply bears out the answer given with an exam item: by its words, or by
    what it names ("Sumsel" is Sumatera Selatan); False only when neither bears it out
    ("Surabaya" is a word of the venue's name, not the venue named); None when unsettled."""
    if not item.answer:
        return None  # (a question asked with no answer given)
    if by_words := settles(item, answer):
        return True
    named = _subjects_in(engine, item.answer, _ANSWER_KINDS)
    said = {(m.kind, m.target) for m in engine.interpret(answer).linked.mentions}
    if named and named <= said:
        return True
    return False if by_words is False and not named & said else None


def _from_asked(engine: SingleAsker, text: str, chat_id: str, *, vague: bool
                ) -> Reply | None:
    """The reply from a long message's asking sentences alone, when they give one: an
    answer or "not on record" (after a vague "not in the sources", only a verdict on a claim
    checked), or the help asked for in a message that names nothing ("Aku Rina, baru
    pertama kali pakai bot ini. Kamu bisa bantu apa aja sih?")."""
    if not (asked := _asked_sentences(engine, text)):
        return None
    again = _answer_message(engine, asked, chat_id)
    if (again.status == Status.ANSWERED and again.text.startswith((YES, NO))) or (
            not vague and again.status in (Status.ANSWERED, Status.NO_DATA)) or (
            again.status == Status.CHITCHAT and again.intent == "help"
            and not _names_something(engine, text)):  # (not "…. Cek fakta?": no thanks)
        return replace(again, question=text)
    return None


_LINES = re.compile(r"\s*\n\s*")


_COURTESY_CUT = re.compile(r"[.,!;]+\s*|\n+")


def _courtesy_only(engine: SingleAsker, text: str, chat_id: str) -> Reply | None:
    """The reply to a message of courtesy alone, however long: its first clause of greeting,
    thanks or leave-taking ("Terima kasih banyak atas bantuannya hari ini. Berkat informasi
    yang jelas, laporan saya selesai …"); None when the message asks or names something on
    record."""
    clauses = [c for c in _COURTESY_CUT.split(text) if c.strip()]
    if len(clauses) < 2 or "?" in text or any(map(is_ask, clauses)) \
            or _names_something(engine, text) or set(normalise(text)) & DEMAND_WORDS:
        return None  # ("ya udeh, resep soto betawi dong": a request after it)
    for clause in clauses:
        if set(normalise(clause)) <= FILLERS - GREETINGS - THANKS:
            continue  # ("Mas, minta tolong buatkan draf siaran pers …": no greeting)
        reply = engine.ask_single(clause, chat_id)
        if reply.status == Status.CHITCHAT:
            return reply
    return None


def _thanks_after_telling(engine: SingleAsker, text: str, chat_id: str) -> Reply | None:
    """The reply to thanks at the end of a message that asks nothing: to a message that
    tells ("ok data bandung udh lengkap, makasih ya") the thanks (not Darto's thanks on
    record, which "makasih" names), to one that checks ("bandung juara 3 kan, makasih") the
    check; None for any other message."""
    clauses = [c for c in _COURTESY_CUT.split(text) if c.strip()]
    if len(clauses) < 2 or "?" in text or not is_courtesy(clauses[-1]) \
            or not set(normalise(clauses[-1])) & THANKS or any(map(is_ask, clauses)):
        return None  # (the cheap tests first: this is tried for every message)
    rest = text[:text.rfind(clauses[-1])].rstrip(" ,.!;")
    told = normalise(rest)
    if not told or set(told) & DEMAND_WORDS:
        return None
    if set(told[-1:]) & CLAIM_TAILS or set(told) & CHECK_WORDS:
        reply = _answer_message(engine, rest, chat_id)
        return None if reply.status == Status.NOT_UNDERSTOOD else replace(reply, question=text)
    reply = engine.ask_single(clauses[-1], chat_id)
    return replace(reply, question=text) if reply.status == Status.CHITCHAT else None


def _as_keywords(engine: SingleAsker, text: str) -> tuple[str, tuple[Status, ...]] | None:
    """A keyword query asked as a question, with the replies to take from it: an award,
    edition or year typed alone is asked what is on record of it ("amh 2023", "top gpr
    2022": that, or that it is not; "amh?": what it is); a few key words that name
    something, without a question word or mark, what the record says of them ("kabar
    bengkulu top gpr") or what the person named said of them ("jaduliwan soal info"), an
    answer only. None for any other message."""
    meaning = engine.interpret(text)
    linked = meaning.linked
    if linked.only_names() and all(m.kind in SCOPE_KINDS for m in linked.mentions):
        if all(m.kind == "award" for m in linked.mentions):
            return f"apa itu {text}", (Status.ANSWERED,)  # "amh?", "top gpr": what it is
        return f"info {text}", (Status.ANSWERED, Status.NO_DATA)
    # (each name one word, fillers none: "tolong bengkulu di top gpr 2021" is three)
    words = len([t for t in meaning.tokens if t not in FILLERS]) - sum(
        m.end - m.start - 1 for m in linked.mentions)
    if len(meaning.tokens) < 2 or words > 5 or is_ask(text) or meaning.out_of_scope \
            or not any(m.kind in NAMING_KINDS for m in linked.mentions):
        return None
    said = bool(set(meaning.tokens) & ABOUT_WORDS) and any(
        m.kind == "person" for m in linked.mentions)
    return f"apa {'kata ' * said}{text}?", (Status.ANSWERED,)


def _claimed_in(engine: SingleAsker, sentence: str) -> str:
    """What a sentence claims: its words from its first name on, without those no
    vocabulary knows and those that introduce a claim ("Diteruskan dari grup keluarga:
    selamat buat Pemkot Bandung yang katanya juara 1 AMH 2023, warga bangga!" → "pemerintah
    kota bandung yang juara 1 amh 2023")."""
    told = engine.interpret(sentence)
    linked = told.linked
    first = min((m.start for m in linked.mentions if m.kind in NAMING_KINDS), default=0)
    # a reason claimed in words no vocabulary knows stays (the claim is its reason: "jakarta
    # juara 1 karena anggarannya gede" is not confirmed by the rank alone)
    reason = next((i for i, t in enumerate(linked.tokens) if t in _REASON_WORDS), None)
    return " ".join(t for i, t in enumerate(linked.tokens) if i >= first and (
        t not in told.out_of_scope or (reason is not None and i > reason))
        and t not in CLAIM_LEADS)


_REASON_WORDS = frozenset({"karena", "sebab", "gara", "akibat"})


def _asked_sentences(engine: SingleAsker, text: str) -> str | None:
    """A long message's question sentences alone, the rest being what led to them (a
    forwarded chain message, a letter's opening, a story): the sentences that ask or
    request; the first, if it names no award or edition, takes the one the message named
    last before it ("… data TOP GPR Award 2021. Mohon disampaikan provinsi peringkat
    pertama … pada ajang tersebut."); one that only asks whether something is true checks
    the sentence before it that names something. None when the message is one sentence,
    asks in every sentence or in none."""
    sentences = [s for line in _LINES.split(text.strip()) for s in sentences_of(line)
                 if s.strip()]
    asks = [is_ask(s) or _requests(s) or bool(set(normalise(s)) & REQUEST_WORDS)
            for s in sentences]  # ("Mohon disampaikan provinsi yang …")
    if len(sentences) < 2 or all(asks) or not any(asks):
        return None
    kept: list[str] = []
    scope = ""
    for i, (sentence, asking) in enumerate(zip(sentences, asks, strict=True)):
        linked = engine.interpret(sentence).linked
        named = _scope_of(linked)
        checked = asking and set(linked.tokens) <= TRUTH_WORDS | FILLERS
        claim = next((c for c in reversed(range(i)) if _names_something(engine, sentences[c])),
                     None) if checked else None
        if claim is not None and not asks[claim]:
            # "… penerima top gpr bisa kementerian, lembaga negara, pemprov. bener gak?": the
            # sentence before it that names something is what is checked, in the words known
            kept.append("apakah benar " + _claimed_in(engine, sentences[claim]))
        elif asking:
            # (an ask after one that named its own goes on from that one)
            kept.append(sentence if named or not scope or kept else f"{scope} {sentence}")
        scope = named or scope
    return " ".join(kept)


def _on_headline(engine: SingleAsker, text: str) -> str | None:
    """What a message holding a source's headline asks: whether the headline is true when
    that is all it asks ("Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR Award 2021 …
    ini beneran ga sih" → "apakah benar …", without the words no vocabulary knows), else
    its own ask, of the headline's edition when it names none ("… AMH 2023 .. amh itu
    kepanjangannya apa"); None for a message without a headline."""
    kb = engine.knowledge
    found = engine.pasted_headline(text)
    if found is None:
        return None
    if set(normalise(found.rest)) <= TRUTH_WORDS | FILLERS:
        headline = engine.interpret(found.pasted)
        unknown = set(headline.out_of_scope)
        return "apakah benar " + " ".join(t for t in headline.linked.tokens if t not in unknown)
    editions = [e for e in kb.editions.values() if e.source_id == found.source_id]
    named = {m.kind for m in engine.interpret(found.rest).linked.mentions}
    if len(editions) != 1 or named & {"edition", "year"}:
        return found.rest
    return f"{found.rest} ({edition_label(kb, editions[0])})"


_CLAUSE_CUT = re.compile(r"([.!?;,:]+\s*|\s+(?=(?:" + "|".join(sorted(STORY_BREAKS))
                         + r")\s))", re.IGNORECASE)  # ("… pas kita dpt top gpr tp lupa …")


_CHECKING = CLAIM_TAILS | CHECK_WORDS | HOAX_WORDS  # "bener?", "cek fakta", "hoaks ga?"
_POINTING = frozenset({"apakah", "itu", "ini", "gitu"})  # "…, bener itu?"


def _without_stories(engine: SingleAsker, text: str) -> str | None:
    """The message without the story around its question: the clauses that ask nothing and
    hold words no vocabulary knows ("suami saya dulu loper koran"), each left as the award or
    edition it names ("kemarin anak saya bilang … TOP GPR tahun 2021 teh" → "TOP GPR
    2021"), and the organisation it names when the question speaks of an award but names
    nothing. None when no clause is such a story, when no question is left, or when a
    clause without a question word may be what is asked."""
    pieces = _CLAUSE_CUT.split(text)
    told: list[str] = []
    cut, subjects, just_cut, claimed = False, [], False, False
    for clause, mark in zip(pieces[::2], [*pieces[1::2], ""], strict=True):
        meaning = engine.interpret(clause)
        # ("bu guru minta cari tahu, …": a request told of, with words no list knows, is
        # a story too)
        asking = is_ask(clause + mark) or (_requests(clause) and not meaning.out_of_scope)
        words = set(meaning.tokens)
        if clause.strip() and not asking and meaning.out_of_scope:
            if not _is_story(meaning):
                return None
            clause = _told_in(engine, meaning)
            claimed = claimed or clause != _scope_of(meaning.linked)  # what it reports
            subjects.append(_named_words(meaning.linked, ("organisation", "place")))
            cut = just_cut = True
        elif asking and (words <= ASKING_WORDS | FILLERS | CLAIM_TAILS | {"apakah"} or (
                just_cut and words <= ASKING_WORDS | FILLERS | _CHECKING | _POINTING)) \
                and not any(is_ask(c) for c in told) and not claimed:
            return None  # "…, siapa?": the clause before it is what it asks, "…, bener?",
            # "…. Apakah benar?" the claim it checks (but not in "…, juara berapa, diterima
            # siapa, di mana": one ask of several); "video rohidin nyanyi di panggung …
            # TOP GPR, bener itu?": the claim is the story (but "omku ngotot bilang bengkulu
            # juara 1 top gpr 2021, sampe capslock. bener ga?" reports one, checked)
        elif clause.strip():
            just_cut = False
        if clause.strip():
            told.append(clause + mark)
    result = "".join(told).strip(" ,;")
    named = {s for s in subjects if s}
    if cut and len(named) == 1 and not _names_something(engine, result) \
            and EVENT_NOUNS & set(normalise(result)):
        # "bangga jadi wong bengkulu! penghargaannya pas HUT ke berapa?", "wah, sampe ke
        # Surabaya segala. acaranya tanggal berapa?": an award of someone or somewhere the
        # question does not name, the story does
        result = f"{named.pop()} {result}"
    return result if cut and (is_ask(result) or _requests(result)) \
        and _names_something(engine, result, with_place=True) else None


_EMOJI = re.compile(r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+\s*")
_REFERRING = frozenset({"dia", "beliau", "itu", "ini", "tersebut", "mereka"}) | EVENT_NOUNS


def _last_ask(engine: SingleAsker, text: str) -> str | None:
    """The last question of a message that tells a story before it in words no vocabulary
    knows ("anak saya SMP dapet PR disuruh jelasin apa itu TOP GPR award, saya jg ga ngerti 😅
    itu penghargaan dikasih buat siapa sih?", "aku kerja di dinas sebelahnya diskominfo, td
    pagi ada tamu nanya siapa sih dr bandung yg naik panggung nerima piala AMH 2023?": what
    the guest asked), with what the story names and the question does not: its last
    sentence, else its last clause. None when neither is such a question."""
    text = _EMOJI.sub(". ", " ".join(sentences_of(without_courtesy(text))))  # ("… 😅 itu …")
    pieces = _CLAUSE_CUT.split(text)
    clauses = [c + m for c, m in zip(pieces[::2], [*pieces[1::2], ""], strict=True)
               if c.strip()]
    sentences = sentences_of(text)
    tried: set[str] = set()
    for story, ask in ((sentences[:-1], sentences[-1:]), (clauses[:-1], clauses[-1:])):
        if ask and ask[0].strip() not in tried and (
                found := _asked_after_story(engine, story, ask[0].strip())):
            return found
        tried.update(a.strip() for a in ask)  # (a last sentence of one clause: asked once)
    return None


def _asked_after_story(engine: SingleAsker, story: list[str], ask: str) -> str | None:
    """The question after a story, with what the story names and it does not; None unless the
    question's own words are all known and it names or points at its subject ("dia", "itu
    penghargaan"; not "sampe kapan sih?" after the weather), and the story asks no question
    of the bot ("… disuruh jelasin apa itu TOP GPR award" asks none) and is one ("… menang
    anugerah keterbukaan informasi publik 2021" names an award off the record)."""
    words = ask.split()
    asked = next((i for i, w in enumerate(words)
                  if normalise(w)[:1] in (["tanya"], ["bertanya"])), None)
    if asked is not None and asked + 1 < len(words):  # "… ada tamu nanya siapa …"
        story, ask = [*story, " ".join(words[:asked + 1])], " ".join(words[asked + 1:])
    if not story or not set(normalise(ask)) & ASKING_WORDS or any(
            c.rstrip().endswith("?") or (is_ask(c) and not _requests(c)) for c in story):
        return None  # (the cheap reasons first: most messages stop here)
    meaning = engine.interpret(ask)
    tokens = set(meaning.linked.tokens)
    if meaning.out_of_scope or not tokens & ASKING_WORDS \
            or not (meaning.linked.mentions or tokens & _REFERRING):
        return None
    told = [engine.interpret(c) for c in story]
    if not any(t.out_of_scope for t in told) \
            or any(t.out_of_scope and not _is_story(t) for t in told):
        return None
    if not meaning.linked.mentions and _unnamed_number(told[-1].linked):
        return None  # "… ada angka 378, itu maksudnya apa?": it points at the story's number
    own = {m.kind for m in meaning.linked.mentions}
    linked = engine.interpret(" ".join(story)).linked
    names = " ".join(" ".join(linked.tokens[m.start:m.end]) for m in linked.mentions
                     if m.kind in NAMING_KINDS and m.kind not in own and (
                         m.kind != "year" or linked.tokens[m.start].isdigit()))
    # (not a year the story tells of itself: "taun depan")
    return f"{names} {ask}".strip()


def _unnamed_number(linked: Linked) -> bool:
    """Whether a number stands in the words outside the mentions ("ada angka 378")."""
    return any(w.isdigit() for w in linked.unnamed_words())


_SHORT_DOUBT = 3  # words


def _past_doubts(engine: SingleAsker, text: str) -> str | None:
    """The questions of a message without the doubts voiced beside them in words no
    vocabulary reads ("gak salah tuh penghargaan dikasih ke Bengkulu? peringkat berapa sih
    sebenernya?", "… yg ngadain siapa ya? bukan swasta kan?"), each taking what the doubts
    name when it names nothing itself: the answer settles the doubt. None when no sentence
    is such a doubt, or no question is left."""
    doubts: list[Interpretation] = []
    asks: list[str] = []
    for sentence in sentences_of(text):
        meaning = engine.interpret(sentence)
        tokens = meaning.linked.tokens
        if meaning.out_of_scope and set(tokens) & DOUBT_WORDS and question_focus(tokens) is None \
                and (any(m.kind in NAMING_KINDS for m in meaning.linked.mentions)
                     or len(tokens) <= _SHORT_DOUBT):
            # (a short one may name nothing: "bukan swasta kan?"; not "bukan hoax kan vaksin
            # itu?")
            doubts.append(meaning)
        elif sentence.strip():
            asks.append(sentence)
    if not doubts or not any(is_ask(a) for a in asks):
        return None
    names = " ".join(_named_words(d.linked, ("award", "edition", "year", "organisation"))
                     for d in doubts).strip()
    return " ".join(a if not names or _names_something(engine, a) else f"{names} {a}"
                    for a in asks)


def _requests(clause: str) -> bool:
    """Whether a clause asks with a request ("Tolong sebutkan urutan …")."""
    return bool(set(normalise(clause)) & (LIST_LEADS - {"data"}))


def _told_in(engine: SingleAsker, story: Interpretation) -> str:
    """What a story clause tells of the question: the claim it reports, when the words after
    its "kalau", "bahwa" or "kata" are all known ("ada yang kirim kalau Bengkulu juara 1 TOP
    GPR 2021" → "Bengkulu juara 1 TOP GPR 2021"); else the award or edition it names."""
    tokens = story.linked.tokens
    that = max((i for i, t in enumerate(tokens) if t in CLAIM_LEADS), default=None)
    if that is not None:
        claim = " ".join(tokens[that + 1:])
        if not engine.interpret(claim).out_of_scope and _names_something(engine, claim):
            return claim
    return _scope_of(story.linked)


def _is_story(meaning: Interpretation) -> bool:
    """Whether a clause that asks nothing tells a story around the question, not what it
    asks about: not an organisation off the record, nor an office speaking of itself ("Kami
    dari Humas Pemkab Garut"), nor an elliptical ask ("nah yang dibawahnyo"), nor an award
    off the record ("Anugerah Humas Indonesia (AHI) 2023, …"), nor a date asked of someone
    ("Tanggal lahir Bapak Darto, Sekretaris …?")."""
    words = [t for t in meaning.tokens if t not in FILLERS]
    # (not "… sibuk ngejar award": no title follows the word)
    unknown_award = bool(set(words[:-1]) & AWARD_TITLE_WORDS) and not any(
        m.kind in ("award", "edition") for m in meaning.linked.mentions)
    return not meaning.slots.get("unknown_organisation") and words[:1] != ["yang"] \
        and not unknown_award and not (words[:1] and words[0] in WHEN_NOUNS and any(
            m.kind == "person" for m in meaning.linked.mentions)) \
        and not any(a in OFFICE_SELF_WORDS and b in ("dari", "di") for a, b in pairwise(words))


def _answer_message(engine: SingleAsker, text: str, chat_id: str) -> Reply:
    """The reply to a message as it stands."""
    cleaned = without_courtesy(_without_purpose(engine, without_address(text)))
    if (numbered := enumerated(cleaned)) is not None:
        # each numbered ask on its own, about what the words before the numbering name
        lead, items = numbered
        names = _names_in(engine, lead)
        return _together(engine, text, [_answer_ask(
            engine, item if not names or _names_in(engine, item) else f"{item} {names}",
            chat_id) for item in items], chat_id)
    text = _without_preamble(engine, without_enumeration(cleaned))
    text = _without_switch(engine, _corrected(engine, text))
    text = _with_year_counted(engine, text)
    if (again := _of_each_subject(engine, text, chat_id)) is not None:
        return again  # "masing2 diterima siapa?" after two subjects were answered
    parts = split_clauses(text)
    if len(parts) > 1 and "apa" in normalise(parts[-1]) \
            and (last := engine.interpret(parts[-1]).linked).either \
            and last.unnamed_words() <= FILLERS | {"atau", "yang"}:
        # "mana yg duluan, TOP GPR Bengkulu apa AMH Bandung?": one ask, of one or the other
        parts = [f"{' '.join(parts[:-1])} {_named_words(last, NAMING_KINDS, joined=True)}"]
        text = parts[0]
    if len(parts) == 1 and (ask := _after_statement(engine, text)):
        # "dki peringkat 1, trus sumsel posisi berapa?": the ask, about its own subject
        return replace(_answer_ask(engine, ask, chat_id), question=text)
    if len(parts) == 1 and (both := _ask_on_statement(engine, text)):
        # "bengkulu peringkat 2, trs yg pertama siapa": the statement checked, then the ask
        # goes on from it; nothing to go on from when the category it names is not on record
        # ("AMH 2023 untuk kelompok kementerian, siapa yang juara?")
        stated = engine.ask_single(both[0], chat_id)
        if stated.status == Status.NO_DATA and stated.intent is not None and not stated.followup:
            return replace(stated, question=text)
        return _together(engine, text, [stated, engine.ask_single(both[1], chat_id)], chat_id)
    meaning = engine.interpret(text)  # the message whole, read once
    if ways := _how_each_was_held(engine, meaning, chat_id):
        # "mana yang acaranya tatap muka, mana yang virtual?": which is which
        return _together(engine, text, [engine.ask_single(w, chat_id) for w in ways], chat_id)
    if (absent := _absent(engine, meaning, chat_id)) is not None:
        return absent  # "apakah Kota Bandung ikut dan menang di TOP GPR 2021?": not on record
    if len(parts) == 1 and (same := _same_award(engine, text, meaning, chat_id)) is not None:
        return same  # "Bandung sama Bengkulu dapat penghargaan yang sama?": not two claims
    if (years := _dates_of_two(engine, text, meaning, chat_id)) is not None:
        return years  # "TOP GPR Bengkulu dan AMH Bandung tahunnya sama?", "… jarak berapa
        # tahun?": one reply from both years
    if len(parts) == 1 and (claims := _claims(engine, text)):
        return _together(engine, text, [engine.ask_single(c, chat_id) for c in claims],
                         chat_id)
    if (listed := _claim_list(engine, text)) is not None:
        # each claim checked on its own, not against the one before it (the chat goes on from
        # the last)
        return _all_checked(engine, text, [engine.probe(c, chat_id) for c in listed[:-1]]
                            + [engine.ask_single(listed[-1], chat_id)], chat_id)
    if len(parts) == 1 and (asks := _attributes(engine, text)):
        replies = _held_once([engine.ask_single(p, chat_id) for p in asks])
        if len(replies) == 1:
            return replace(replies[0], question=text)
        return _together(engine, text, replies, chat_id)
    if asks := _headed_list(engine, text):
        # "amh: penyelenggara; edisi; tema", "rohidin jabatan + 1 quote": one ask each
        return _together(engine, text, _held_once([engine.ask_single(p, chat_id)
                                                   for p in asks]), chat_id)
    if len(parts) == 1 and (greeting := _greeting_of(text)):
        # "Selamat siang, saya dari Humas Pemkab Sleman.": a greeting, answered as one
        # (whatever its words name: "pagi" asks no time)
        return replace(engine.ask_single(greeting, chat_id), question=text)
    if len(parts) == 1 and (corrected := _false_premise(engine, text, meaning, chat_id)):
        return corrected  # "kenapa amh 2023 diadakan di jakarta?": it was not
    if len(parts) == 1:
        return _answer_or_each(engine, text, chat_id, meaning)
    parts = _subject_first(engine, parts)
    # a part that names no edition in a message that names one asks of that edition, not of
    # each ("amh 2023 ada brp kelompok peserta? kab/kota, provinsi, apa lg")
    answer = _answer_ask if any(m.kind in ("award", "edition", "year")
                                for m in meaning.linked.mentions) else _answer_or_each
    return _together(engine, text, _past_unrecorded(engine, parts, [
        answer(engine, p, chat_id) for p in parts]), chat_id)


def _past_unrecorded(engine: SingleAsker, parts: list[str], replies: list[Reply]
                     ) -> list[Reply]:
    """'Apakah di AMH 2023 ada kelompok untuk kementerian, dan siapa pemenangnya?': who won,
    asked naming nothing after an ask of who won that the sources cannot answer, asks of what
    that one named, which the reply before it already says is not on record (another group's
    winner would be a near miss): left out; so is the reason asked of an ask not on record."""
    kept = replies[:1]
    for part, reply in zip(parts[1:], replies[1:], strict=True):
        before = kept[-1]
        if before.status == Status.NO_DATA:  # (the part read once, for either reason)
            linked = engine.interpret(part).linked
            if (before.intent == "who_won" and reply.status == Status.ANSWERED
                    and reply.intent == before.intent and not linked.mentions) \
                    or _only_why(linked.tokens):
                continue
        kept.append(reply)
    return kept


_WHY = frozenset({"alasan", "kenapa", "mengapa", "apa", "nya", "itu"})


def _only_why(tokens: list[str]) -> bool:
    """'alasannya apa?', 'kenapa?': the reason for what the ask before it said, which the
    sources do not record when they do not record that ("kok bukan di Jakarta sih?
    alasannya apa?")."""
    words = set(tokens) - FILLERS
    return bool(words) and words <= _WHY and bool(words & {"alasan", "kenapa", "mengapa"})


def _answer_or_each(engine: SingleAsker, text: str, chat_id: str,
                    meaning: Interpretation | None = None) -> Reply:
    """One ask answered, or, not understood as it stands, asked of each edition ("kapan
    acaranya?" in a new chat, with two editions on record: each one's)."""
    meaning = meaning or engine.interpret(text)
    reply = _answer_ask(engine, text, chat_id, meaning)
    if reply.status == Status.NOT_UNDERSTOOD and (
            each := _of_each_edition(engine.knowledge, text, meaning)):
        together = _together(engine, text, [engine.ask_single(p, chat_id) for p in each],
                             chat_id)
        _remember_subjects(engine, chat_id, each)  # "tgl?" next: of each again
        return together
    return reply


_LISTED = re.compile(r"^\s*(?:(.*?)\s+)??((?:[^\W\d_]+\s*,\s*)*[^\W\d_]+),?\s+"
                     r"(?:dan|&|sama|serta|sm|dn|n)\s+([^\W\d_]+)\s+(.+?)[\s?.!]*$")


_LIST_LEADS = FILLERS | REQUEST_WORDS | LIST_LEADS  # the words that may open a list of asks
_SUBJECT_BETWEEN = re.compile(r"^\s*([^\W\d_]+)\s+(.+?)\s+(?:dan|serta|&)\s+"
                              r"([^\W\d_]+(?:\s+[^\W\d_]+)?)[\s?.!]*$")


def _attributes(engine: SingleAsker, text: str) -> list[str] | None:
    """'tema dan penyelenggara amh 2023', 'mohon info penyelenggara, tema, waktu dan tempat
    AMH 2023', 'tema AMH 2023 dan lokasi penyelenggaraannya': things asked of one subject,
    each the cue of another intent: one ask each."""
    words = text.casefold().split()
    # only words that ask leave may come before the list ("mohon info sekaligus: …")
    lead = " ".join(takewhile(lambda w: set(normalise(w)) <= _LIST_LEADS, words))
    text = " ".join(words[len(lead.split()):])
    found = _LISTED.match(text)
    if found is not None:
        other_words, listed, last, rest = found.groups()
        if other_words and _is_subject(engine, other_words):
            rest = f"{other_words} {rest}"  # "amh ke16 temanya sm venue nya apa": its subject
        elif other_words:  # a list after words of another kind ("penyelenggara top gpr & amh")
            return None
    elif (between := _SUBJECT_BETWEEN.match(text)) is not None \
            and _names_in(engine, between[2]).split() == normalise(between[2]):
        listed, rest, last = between.groups()  # the subject, only names, between the two
    else:
        return None
    items = [w.strip() for w in listed.split(",")] + [last]
    if set(items) & (ASKING_WORDS | FILLERS) or not _names_something(engine, rest):
        return None  # ("bertepatan sama apa …": no list of things asked)
    # "tema dan edisi ke brp AMH 2023": the question words after the last item are its own
    rest_words = rest.split()
    asked = len(list(takewhile(lambda w: set(normalise(w)) <= ASKING_WORDS | {"ke"},
                               rest_words)))
    subject = " ".join(rest_words[asked:]) if 0 < asked < len(rest_words) else rest
    parts = [" ".join(filter(None, (lead, item, subject if i < len(items) - 1 else rest)))
             for i, item in enumerate(items)]
    return parts if _each_its_own_intent(engine, parts) else None


def _is_subject(engine: SingleAsker, words: str) -> bool:
    """Whether the words before a list of things asked are only the award or edition they
    are asked of ("amh ke16", "top gpr 2021")."""
    named = _named_words(engine.interpret(words).linked, ("award", "edition", "year"))
    return bool(named) and all(w in named.split() or re.fullmatch(r"(?:ke-?)?\d+", w)
                               for w in normalise(words))


def _cued_intent(engine: SingleAsker, text: str) -> str | None:
    """The intent a text is the cue of ("temanya": theme), if any."""
    return next((s.intent for s in engine.interpret(text).strict if s.score >= 0.8), None)


def _each_its_own_intent(engine: SingleAsker, parts: list[str]) -> bool:
    """Whether each part is the cue of an intent, and no two of the same."""
    cued = [_cued_intent(engine, p) for p in parts]
    return None not in cued and len(set(cued)) == len(cued)


_HEAD = re.compile(r"^\s*([^:]+?)\s*(?::|\s-\s)\s*(.+)$")
_ITEM_CUT = re.compile(r"\s*(?:;|\s/\s|\+|,|\s&\s|\sdan\s)\s*")


def _headed_list(engine: SingleAsker, text: str) -> list[str] | None:
    """A subject, then the things asked of it in a terse list, one ask each: "amh: penyelenggara;
    edisi; tema", "darto - jabatan / tempat terima / tgl", "rohidin jabatan + 1 quote"; None
    unless the list is cut by ';', ' / ' or '+' and each thing asked is the cue of its own
    intent."""
    text = text.strip().rstrip("?.! ")
    if not re.search(r";|\s/\s|\+", text):
        return None
    if headed := _HEAD.match(text):
        subject, items = headed[1], _ITEM_CUT.split(headed[2])
        if normalise(_names_in(engine, subject)) != normalise(subject):
            return None  # ("tolong cek: …": no subject before the list)
    else:
        items = _ITEM_CUT.split(text)
        subject = _names_in(engine, items[0])
        first = [w for w in normalise(items[0]) if w not in normalise(subject)]
        items[0] = " ".join(first)
    items = [i for i in items if i.strip()]
    if not subject or len(items) < 2 or any(_names_in(engine, i) for i in items):
        return None  # each item asks of the one subject, and names nothing else
    parts = [f"{item} {subject}" for item in items]
    return parts if _each_its_own_intent(engine, parts) else None


def _without_preamble(engine: SingleAsker, text: str) -> str:
    """The message without the sentences before its question that ask nothing and name
    nothing on record ("Saya sedang mengerjakan tugas sekolah tentang humas pemerintah."), or
    that introduce the one asking ("Halo, sy wartawan di Bengkulu."), and without those after
    its last question that ask and name nothing ("Maklum saya sudah tua, suka lupa.")."""
    sentences = sentences_of(text)
    asking = [i for i, s in enumerate(sentences) if is_ask(s)]
    last = asking[-1] if asking else len(sentences) - 1  # ("Tolong sebutkan …, maklum …")
    if sentences and (head := _without_self_tail(engine, sentences[last])):
        sentences[last] = head
        text = " ".join(sentences)
    first = asking[0] if asking else last
    for index in range(first + 1 if sentences else 0):
        # (and before it: "Halo, saya wartawan, mau cek fakta soal Pemkot Bandung …. …?")
        for without_it in (_without_self_head, _without_story_words):
            if rest := without_it(engine, sentences[index]):
                sentences[index] = rest
                text = " ".join(sentences)
    if len(sentences) < 2 or not asking:
        return text
    asked = engine.interpret(sentences[asking[0]])  # (read once; the preamble's years
    # dropped below leave it as it is)
    asks_of_its_own = any(m.kind in NAMING_KINDS for m in asked.linked.mentions)
    award = asked.slots.get("award")

    def of_another_award(sentence: str) -> bool:
        # "Kota Bandung kan jago, dapat AMH 2023. Di TOP GPR Award 2021 Kota Bandung juga
        # dapat peringkat nggak?": what is told of one award is no part of an ask of another
        told = engine.interpret(sentence).slots.get("award")
        return bool(award and told and told != award)

    sentences = _without_own_years(engine, sentences)
    asked_year = "year" in asked.slots
    kept = [s for i, s in enumerate(sentences)
            if asking[0] <= i <= asking[-1]
            # ("Saya mau tanya soal tahun 2022. Bandung dapat apa di AMH?": the year asked)
            or (i < asking[0] and not asked_year
                and engine.interpret(s).slots.keys() & {"year", "award"} == {"year"})
            or (_names_the_subject(engine, s) and not (asks_of_its_own and _reports(s))
                and not (i < asking[0] and of_another_award(s)))
            or (i > asking[-1] and (_names_something(engine, s) or _asks_more(engine, s)
                                    or _only_checks(s)))
            # ("vaksin mengandung chip 5G. Cek fakta?": the check is of the one before it)
            or (i == asking[0] - 1 and _only_checks(sentences[asking[0]]))]
    return " ".join(kept)


def _tells_of_oneself(sentence: str) -> bool:
    """"Saya lulus tahun 2010.", "Bapak ini pensiunan … thn 2016": a sentence telling of the
    one asking (not "Saya mau tanya soal tahun 2022.": what is asked of)."""
    words = [w.strip(",.!?").casefold() for w in sentence.split()]
    return bool(set(words[:2]) & (SELF_WORDS | KIN_SELF_WORDS)) \
        and not set(normalise(sentence)) & REQUEST_WORDS


_TOLD_YEAR = re.compile(r"\b(?:(?:tahun|thn|th)\.?\s*)?(?:19|20)\d\d\b", re.IGNORECASE)


def _without_own_years(engine: SingleAsker, sentences: list[str]) -> list[str]:
    """The sentences before a question about an award that does not ask its year, each
    without the year it tells when it names no award: "Bapak ini pensiunan Pemkot Bandung
    thn 2016. … Pemkot dapat penghargaan AMH, juara berapa?" — the year is the asker's own
    story, not the edition asked of."""
    first = next((i for i, s in enumerate(sentences) if is_ask(s)), None)
    if first is None:
        return sentences
    asked = engine.interpret(sentences[first]).slots
    if "award" not in asked or "year" in asked:
        return sentences
    return [_TOLD_YEAR.sub("", s) if i < first and _tells_of_oneself(s)
            and "award" not in engine.interpret(s).slots else s
            for i, s in enumerate(sentences)]


def _only_checks(sentence: str) -> bool:
    """'bener gk', 'betul kan', 'cek fakta?', 'hoaks ga sih?': a sentence that asks whether
    the one before it is true."""
    words = set(normalise(sentence))
    return bool(words & _CHECKING) and words - FILLERS <= _CHECKING


def _reports(sentence: str) -> bool:
    """Whether a sentence reports what the asker read or heard ("Saya sudah membaca berita
    bahwa Pemprov Bengkulu meraih TOP GPR Award 2021."): before a question that names its own
    subject, it asks nothing."""
    words = normalise(sentence)
    lead = next((i for i, w in enumerate(words) if w in CLAIM_LEADS), 0)
    return lead > 0 and set(words[:lead]) <= HEARSAY_LEADS | FILLERS


def _asks_more(engine: SingleAsker, sentence: str) -> bool:
    """Whether a short sentence after the last question asks one more thing of its subject
    without a question word, with a word that adds it ("… dimana? sekalian temanya",
    "… kapan? lokasinya juga"): the cue of an intent."""
    words = sentence.casefold().strip(" ?!.").split()
    return 0 < len(words) <= MAX_TAIL_WORDS and bool({words[0], words[-1]} & ALSO_WORDS) \
        and not _is_aside(sentence) and _cued_intent(engine, sentence) is not None


_PURPOSE_NOUN = "(?:" + "|".join(sorted(PURPOSE_NOUNS)) + ")"
# "untuk bahan …", "sebagai bahan …", "untuk dimuat dalam catatan kaki …", "buat di caption",
# "untuk penyusunan bahan rapat"
_PURPOSE = ("(?:untuk|utk|buat|sebagai|guna|mau|mo|mw)\\s+(?:(?:kami|saya|sy|aku|kita)\\s+|di)?"
            "(?:(?:dimuat|dicantumkan|ditaruh|dipasang|dipakai|pakai|pake|gunakan|masuk|dicetak|"
            "ditulis|ditampilkan)\\s+(?:full\\s+|lengkap\\s+)?"
            "(?:di|dalam|dlm|ke|pada)\\s+)?(?:(?:penyusunan|pembuatan|menyusun|membuat|bikin)\\s+)?"
            + _PURPOSE_NOUN)
# ("kak mau nanya buat tugas, …": after a few words that ask leave)
_PURPOSE_HEAD = re.compile(r"^\s*((?:[^\s,:?]+\s+){0,3}?" + _PURPOSE + r"\b[^,:?]*)[,:]\s*(?=\S)",
                           re.IGNORECASE)
# what the message is about to be read with ("Sehubungan dengan rapat dengar pendapat …,")
_OCCASION_HEAD = re.compile(r"^\s*((?:(?:sehubungan|berkaitan|berhubungan)\s+dengan|dalam\s+rangka"
                            r"|menindaklanjuti)\b[^,:?]*)[,:]\s*(?=\S)", re.IGNORECASE)
# between the ask and a clause after it ("butuh kutipan darto buat slide kedua carousel, yg
# soal apresiasi")
_PURPOSE_MID = re.compile(r"\s(" + _PURPOSE + r"\b[^,:?.!]*)(?=,)", re.IGNORECASE)
# at the end, after a comma or straight after the question ("tema AMH 2023 apa ya buat tugas
# pkn"), or as what the answer will be used in ("… yg bisa sy pakai di press release")
_PURPOSE_TAIL = re.compile(r"(?:[,;]\s*|\s)((?:" + _PURPOSE + r"|(?:yang|yg)\s+(?:bisa|dapat)\s+"
                           r"(?:\w+\s+)?(?:pakai|pake|gunakan|kutip)\s+(?:di|dalam|dlm|untuk|utk"
                           r"|buat)\s+" + _PURPOSE_NOUN + r")\b[^,?]*?)"
                           r"([?.!]*)\s*$", re.IGNORECASE)

# a sentence after the question telling what the answer is for ("… siapa? biar podium-nya
# lengkap top 5")
_SO_THAT_TAIL = re.compile(r"(?<=[?!.])\s*((?:biar|agar|supaya)\b[^?]*?)([.!]*)\s*$",
                           re.IGNORECASE)


def _without_purpose(engine: SingleAsker, text: str) -> str:
    """The message without the clauses that tell what the answer is for or what occasion it
    is asked for and name nothing on record ("Untuk bahan laporan pimpinan, mohon info …",
    "…, buat caption", "Sehubungan dengan rapat …, mohon …"): "besok pagi" in "Untuk materi
    briefing besok pagi" asks no time."""
    for pattern in (_PURPOSE_HEAD, _OCCASION_HEAD, _PURPOSE_MID, _PURPOSE_TAIL):
        found = pattern.search(text)
        if found and not _names_something(engine, found[1]) and not is_ask(found[1]):
            text = text[:found.start()] + (found[2] if pattern is _PURPOSE_TAIL
                                           else "") + text[found.end():]
    if (found := _SO_THAT_TAIL.search(text)) and not is_ask(found[1]) \
            and _subjects_in(engine, found[1], NAMING_KINDS) \
            <= _subjects_in(engine, text[:found.start()], NAMING_KINDS):
        text = text[:found.start()]  # (what it names, the question names: "… top gpr … top 5")
    return text


def _without_self_tail(engine: SingleAsker, sentence: str) -> str | None:
    """The question without the clauses after its last commas that tell of the one asking or
    why they ask, and name nothing on record but the asker's own place ("AMH itu singkatan
    dari apa ya, saya pensiunan guru kurang paham singkatan2 jaman sekarang", "…, maaf saya
    baru pindah ke bengkulu"); None when it has no such clause."""
    cut = None
    sentence = _ASIDE_START.sub(", ", sentence)  # ("… pelan pelan soalnya mata saya …")
    while True:
        head, comma, tail = sentence.rpartition(",")
        if not comma or not (is_ask(head) or _names_something(engine, head)) \
                or not _is_aside(tail) or is_ask(tail) or (
                    _names_something(engine, tail) and _names_the_subject(engine, tail)):
            break
        cut = sentence = head.rstrip() + ("?" if tail.rstrip().endswith("?") else "")
    return cut


def _without_self_head(engine: SingleAsker, sentence: str) -> str | None:
    """The question without the clauses before its first comma that tell of the one asking
    and name nothing on record ("saya dengar dari ibu ibu senam, bandung juara III …, bener
    ya"); None when it has no such clause. Not "kami …": an office speaking of itself may be
    what it asks about ("Kami dari Humas Pemkab Garut, apakah pemkab bisa ikut …?")."""
    cut, introduced = None, False
    while True:
        head, comma, rest = sentence.partition(",")
        # (a greeting before it goes with it: "Halo, saya wartawan, mau cek …")
        if not comma or not (_introduces_oneself(head) or not _first_word(head)) \
                or is_ask(head) \
                or set(normalise(head)) & OFFICE_SELF_WORDS \
                or _names_something(engine, head) or not _names_something(engine, rest):
            break
        introduced = introduced or _introduces_oneself(head)
        cut = sentence = rest.lstrip()
    return cut if introduced else None


_CLAUSE_END = re.compile(r"[,;:]")


def _without_story_words(engine: SingleAsker, sentence: str) -> str | None:
    """The sentence without the words no vocabulary knows that tell, before the award or
    edition named, what the one asking did there ("suami aku ikut zoom top gpr award 2021
    itu, bengkulu dpt peringkat 2 kan ya", "aku kerja banquet pas malam anugerah humas
    2023. …"): the asker's own story, not what is asked. Only in a first clause (up to a
    comma, or a whole sentence that ends with a full stop) that tells of the one asking or
    their kin ("suami aku", "om sy") and asks nothing; the words after the award (a claim:
    "sy dengar AMH 2023 digelar di hotel mewah, bener?") stay. None when there are none."""
    start, end = 0, len(sentence)
    while (found := _CLAUSE_END.search(sentence, start)) is not None:
        end = found.start()
        if set(normalise(sentence[start:end])) - GREETINGS - FILLERS:
            break  # (past a greeting or a name of address: "rek, aku kerja …")
        start, end = found.end(), len(sentence)
    clause = sentence[start:end]
    lead = [t for t in normalise(clause) if t not in GREETINGS | FILLERS]
    tells_of_oneself = bool(set(lead[:2]) & SELF_WORDS)  # (or of kin: "suami aku")
    whole = end == len(sentence)  # (a whole sentence: only one told, ending in a full stop)
    if not tells_of_oneself or (whole and not sentence.rstrip().endswith(".")) \
            or is_ask(clause):
        return None
    meaning = engine.interpret(clause)
    first = min((m.start for m in meaning.linked.mentions if m.kind in ("award", "edition")),
                default=None)
    told = set(meaning.linked.tokens[:first]) & set(meaning.out_of_scope) if first else set()
    if not told:
        return None
    words = clause.split()
    kept = [w for i, w in enumerate(words) if not (tokens := set(normalise(w)))
            or not tokens <= told or (i and w[:1].isupper())]  # (a name: "Humas Pemkab Garut")
    if len(kept) == len(words):
        return None
    return f"{sentence[:start]}{' '.join(kept)}{sentence[end:]}"


_ASIDE_START = re.compile(r"(?<![,;])\s+(?=(?:" + "|".join(sorted(ASIDE_LEADS)) + r")\b)",
                          re.IGNORECASE)


def _is_aside(clause: str) -> bool:
    """A clause that tells of the one asking, or why they ask ("maklum hobi saya mencatat
    berita", "soalnya mata saya sudah rabun")."""
    first = _first_word(clause)
    return first in SELF_WORDS or first in ASIDE_LEADS


def _names_something(engine: SingleAsker, sentence: str, with_place: bool = False) -> bool:
    kinds = _SUBJECT_KINDS if with_place else NAMING_KINDS
    return any(m.kind in kinds for m in engine.interpret(sentence).linked.mentions)


def _names_the_subject(engine: SingleAsker, sentence: str) -> bool:
    """Whether a sentence before the asks names what they are about: an award or edition
    ("Saya mau tanya soal TOP GPR 2021."), or something on record when it does not introduce
    the one asking ("Halo, sy wartawan di Bengkulu." names the asker's town, not the subject)."""
    kinds = {m.kind for m in engine.interpret(sentence).linked.mentions}
    return bool(kinds & {"award", "edition"}) or (  # ("wah, sampe ke Surabaya segala.")
        bool(kinds & set(_SUBJECT_KINDS)) and not _introduces_oneself(sentence))


def _after_statement(engine: SingleAsker, text: str) -> str | None:
    """The ask at the end of a message that first states something about another subject of
    the same kind ("Yang dari Diskominfo Bandung itu Darto, yang dari Kominfotik Bengkulu
    siapa?"); None for any other message."""
    found = statement_and_ask(text)
    if found is None:
        return None
    stated, asked = (_subjects_in(engine, t, _ASKED_KINDS) for t in found)
    if not stated or not asked or stated & asked \
            or not {k for k, _ in stated} & {k for k, _ in asked}:
        return None
    return found[1]


def _ask_on_statement(engine: SingleAsker, text: str) -> tuple[str, str] | None:
    """A statement about a subject, then an ask that names none ("bengkulu peringkat 2, trs
    yg pertama siapa"): both; None for any other message."""
    found = statement_and_ask(text)
    if found is None or not text[len(found[0]):].lstrip().startswith(",") \
            or len(found[1].split()) > MAX_TAIL_WORDS \
            or _subjects_in(engine, found[1], (*_ASKED_KINDS, "year", "role")) \
            or len(_subjects_in(engine, found[0], (*_ASKED_KINDS, "role"))) != 1 \
            or JOINERS & set(found[0].casefold().split()):
        return None  # (two subjects before the ask: "Bandung dan Bengkulu, siapa …")
    linked = engine.interpret(found[0]).linked
    if set(linked.tokens) - set(
            _named_words(linked, (*NAMING_KINDS, "group", "category")).split()) \
            <= FOLLOW_UP_MARKERS | FILLERS | _TURNING_WORDS | _SCOPING_WORDS:
        # "kalau bandung, acaranya hari apa?", "untuk kategori kabupaten/kota di TOP GPR
        # 2021, pemenangnya siapa?": the ask's own subject or scope, no claim
        return None
    return found


_TURNING_WORDS = frozenset({"balik", "kembali", "ke", "soal", "tentang"})  # "balik ke X, …"
# ("di ajang yang diikuti bandung, siapa juara satunya?": the event it took part in)
_SCOPING_WORDS = frozenset({"untuk", "di", "pada", "dalam", "kategori", "kelompok", "yang",
                            *EVENT_NOUNS, *ATTENDING_WORDS})


_ASKED_KINDS = ("organisation", "person", "award", "edition")  # what an ask is about
_CLAIMED_KINDS = ("award", "edition", "organisation")  # what a claim is about


def _subjects_in(engine: SingleAsker, text: str, kinds: tuple[str, ...]
                 ) -> set[tuple[str, str | int]]:
    return {(m.kind, m.target) for m in engine.interpret(text).linked.mentions
            if m.kind in kinds}


def _claims(engine: SingleAsker, text: str) -> list[str] | None:
    """Two claims, each about its own award or organisation ("jd yg menang amh tu bandung, yg
    top gpr bengkulu ya?"): each checked on its own."""
    parts = claim_parts(text)
    if parts is None:
        return None
    named = [_subjects_in(engine, p, _CLAIMED_KINDS) for p in parts]
    if any(set(normalise(p)) <= set(normalise(_names_in(engine, p))) | CLAIM_TAILS | FILLERS
           for p in parts):
        return None  # ("top gpr dan amh sama2 diadain kominfo gak": one claim of both)
    return parts if all(named) and named[0] != named[1] else None


def _claim_list(engine: SingleAsker, text: str) -> list[str] | None:
    """Three claims or more in a row ("DKI juara 1, bengkulu juara 2, sumsel juara 3 top gpr
    2021, bener semua?"), each about the award or edition the message names (when it names
    one)."""
    claims = claim_list(text)
    if claims is None:
        return None
    meanings = [engine.interpret(c) for c in claims]
    if any(set(m.tokens) <= set(_named_words(m.linked, (*NAMING_KINDS, "role")).split())
           | CLAIM_TAILS | FILLERS for m in meanings):
        # ("gubernur bengkulu sama sekretaris diskominfo bandung sama sama ngucapin syukur
        # ya": one claim of both)
        return None
    scoped = [any(n.kind in SCOPE_KINDS for n in m.linked.mentions) for m in meanings]
    named = [m for m, has in zip(meanings, scoped, strict=True) if has]
    if len({m.slots.get("award") for m in named}) != 1:
        return claims  # none named, or each its own
    scope = max((_named_words(m.linked, SCOPE_KINDS) for m in named), key=len)
    return [c if has else f"{c.removesuffix(', benar?')} {scope}, benar?"
            for c, has in zip(claims, scoped, strict=True)]


def _all_checked(engine: SingleAsker, text: str, replies: list[Reply], chat_id: str
                 ) -> Reply:
    """Claims checked one by one, with the verdict on all of them first when each got one."""
    together = _together(engine, text, replies, chat_id)
    if together.status != Status.ANSWERED or len(replies) < 2 or not all(
            r.text.startswith((YES, NO)) for r in replies):
        return together
    verdict = "Ya, semuanya benar." if all(r.text.startswith(YES) for r in replies) \
        else "Tidak semuanya benar."
    return replace(together, text=f"{verdict}\n\n{together.text}")


def _greeting_of(text: str) -> str | None:
    """The greeting that opens a message which only greets and introduces the sender, and
    asks nothing ("Halo, saya dari Humas Pemkab Garut."); None for any other message."""
    words = [w.strip(",.!").casefold() for w in text.split()]
    greeting = list(takewhile(lambda w: w in GREETINGS | FILLERS, words))
    if not greeting or words[0] not in GREETING_CUES or any(
            is_ask(s) for s in sentences_of(text)) or not _introduces_oneself(text):
        return None
    return " ".join(greeting)


def _introduces_oneself(sentence: str) -> bool:
    """"Saya wartawan di Bengkulu.", "sy dari Humas Pemkab Garut": who asks, not what."""
    return _first_word(sentence) in SELF_WORDS


def _first_word(clause: str) -> str:
    """The first word after greetings and fillers ("Halo min, sy …": "sy")."""
    words = [w.strip(",.!?").casefold() for w in clause.split()]
    return next((w for w in words if w not in GREETINGS | FILLERS), "")


def _names_in(engine: SingleAsker, text: str) -> str:
    """The words of a text that name something on record ("bandung di amh 2023" → "bandung
    amh 2023")."""
    return _named_words(engine.interpret(text).linked, NAMING_KINDS)


def _scope_of(linked: Linked) -> str:
    """The award, edition or year a clause names, with the category it names that is not on
    record ("… pemenang TOP GPR 2021 kategori kementerian" → "top gpr 2021 kategori
    kementerian"): an ask of "kategori itu" is of that one, never of those on record."""
    named = _named_words(linked, SCOPE_KINDS)
    category = linked.unknown_category
    return f"{named} kategori {category}" if named and category else named


def _named_words(linked: Linked, kinds: tuple[str, ...], *, joined: bool = False) -> str:
    """The words of the mentions of these kinds, in order; `joined`: with the word that joins
    two of them ("TOP GPR Bengkulu atau AMH Bandung", not "… bengkulu amh bandung")."""
    words: list[str] = []
    end = None
    for mention in (m for m in linked.mentions if m.kind in kinds):
        if joined and end is not None and mention.start == end + 1 \
                and linked.tokens[end] in JOINERS:
            words.append(linked.tokens[end])
        words.extend(linked.tokens[mention.start:mention.end])
        end = mention.end
    return " ".join(words)


def _subject_first(engine: SingleAsker, parts: list[str]) -> list[str]:
    """Asks before the one naming the subject borrow its names ("Kapan dan dengan cara apa
    pengumuman TOP GPR 2021 dilakukan?": "kapan" is about TOP GPR 2021). Asks after it need
    not: the conversation carries the subject to them."""
    meanings = [engine.interpret(part) for part in parts]  # each part read once
    names = [_named_words(m.linked, NAMING_KINDS) for m in meanings]
    first = next((i for i, n in enumerate(names) if n), None)
    if first is None:
        return parts
    asks = [f"{part} {names[first]}" if i < first else part for i, part in enumerate(parts)]
    # an edition not on record is not carried: an ask after it that names no edition, award
    # or year asks of it ("TOP GPR 2022 siape yg menang? Bengkulu menang lagi kagak?")
    scopes = [(_named_words(m.linked, SCOPE_KINDS), m.slots) for m in meanings]
    for i in range(first + 1, len(parts)):
        if not scopes[i][0] and scopes[i - 1][0] \
                and not _on_record(engine.knowledge, scopes[i - 1][1]):
            asks[i], scopes[i] = f"{parts[i]} {scopes[i - 1][0]}", scopes[i - 1]
    # a post asked after an ask that names an organisation is that organisation's post ("yg
    # nerima buat dki siape? kadis kite ya?"), not the one holder of the post on record
    for i in range(first + 1, len(parts)):
        kinds = {m.kind for m in meanings[i].linked.mentions}
        if "role" in kinds and not kinds & {"organisation", "person"} \
                and (named := _named_words(meanings[i - 1].linked, ("organisation",))):
            asks[i] = f"{asks[i]} {named}"
    return asks


def _on_record(kb: KnowledgeBase, slots: Slots) -> bool:
    """Whether the edition the slots name (TOP GPR 2022) is on record (an award or a year
    alone is taken as on record)."""
    award, year = slots.get("award"), slots.get("year")
    return not (isinstance(award, str) and isinstance(year, int)) \
        or kb.edition(award, year) is not None


def _answer_ask(engine: SingleAsker, text: str, chat_id: str,
                meaning: Interpretation | None = None) -> Reply:
    """One ask, which may name two subjects, or a name two organisations share."""
    meaning = meaning or engine.interpret(text)
    if each := _each_edition(engine.knowledge, meaning):
        replies = [engine.ask_single(p, chat_id) for p in each]
        together = _together(engine, text, replies, chat_id)
        if _asks_same(meaning.linked.tokens) and any(r.status == Status.NO_DATA
                                                     for r in replies):
            # "apakah keduanya diselenggarakan lembaga yang sama?" with one organiser not on
            # record: whether they share it is not on record either
            return replace(together, status=Status.NO_DATA, text=(
                "Sumber tidak cukup untuk membandingkan keduanya.\n\n" + together.text))
        return together
    shared = split_shared_name(meaning.linked, engine.organisation_names)
    if shared:
        return _for_each_on_record(engine, text, shared, chat_id)
    subjects = split_subjects(meaning.linked)
    words = set(meaning.linked.tokens)
    if subjects is None and (("lebih" in words and words & HIGHER_WORDS) or _rank_gap(words)) \
            and (ranked := _by_rank_with_last(engine, text, meaning, chat_id)) is not None:
        return ranked  # "lebih tinggi mana sama bengkulu?" after Bandung's result, "beda
        # peringkatnya berapa?"
    if subjects is None and (held := _of_the_one_held(engine, meaning, chat_id)) is not None:
        return held  # "yg offline tempatnya di mana?": of the one held in person
    if subjects is None:
        return engine.ask_single(text, chat_id, meaning)
    parts = list(subjects.parts)
    if ("lebih" in words and words & HIGHER_WORDS) or _SUPERLATIVE.search(meaning.text) \
            or _rank_gap(words):
        # "siapa yang peringkatnya lebih tinggi?", "mana yang paling tinggi, A atau B?",
        # "peringkat A dan peringkat B sama atau beda?"
        ranked = _by_rank(engine, text, parts, chat_id)
        if ranked is not None:
            return ranked
    ordered = bool(words & set(ORDER_WORDS)) and bool(words & {"mana", "lebih", "siapa"})
    # ("mana duluan A sama B", "A lebih dulu dari B?", "A sm B sapa duluan")
    tokens = meaning.linked.tokens  # "A atau B ya?": "ya" is a particle, not a yes/no
    if (subjects.is_choice or ordered) and (not is_yes_no(tokens) or tokens[-1] == "ya"
                                            or "lebih" in words):
        chosen = _choose_between(engine, text, parts, chat_id, words)
        if chosen is not None:
            return chosen
    return _together(engine, text, [engine.ask_single(p, chat_id) for p in parts], chat_id)


def _asks_same(tokens: list[str]) -> bool:
    """Whether a message asks if two things share something ("lembaga yang sama?",
    "penyelenggaranya sama gak?"), not "sama" as "and" or "with"."""
    said = " ".join(tokens)
    return "yang sama" in said or tokens[-1:] == ["sama"] or (
        tokens[-2:-1] == ["sama"] and tokens[-1] in NEGATIONS)


# the higher of two subjects asked as the highest ("mana yang paling tinggi, A atau B?")
_SUPERLATIVE = re.compile(r"\b(?:paling\s+(?:tinggi|atas|bagus|baik)|tertinggi|teratas)\b",
                          re.IGNORECASE)


def _rank_gap(words: set[str]) -> bool:
    """Whether two ranks are compared: "sama atau beda?", "sama gak?", "beda peringkatnya
    berapa?"."""
    return bool(words & (GAP_WORDS | {"berbeda"}) or {"sama", "atau"} <= words
                or {"sama", "tidak"} <= words) and bool(words & RANK_NOUNS)


_HELD_BETWEEN = EVENT_NOUNS | EVENT_VERBS | {"nya", "secara", "itu", "di"}
_HELD_WAYS = ONLINE_WORDS | {"luring"}  # "yg online", "yg offline" (read as "luring")


def _of_the_one_held(engine: SingleAsker, meaning: Interpretation, chat_id: str
                     ) -> Reply | None:
    """"yg offline tempatnya di mana?", "yang acaranya virtual tgl brp?", "offlinenya dmn?": the
    question asked of the one edition held that way, among those the last message was
    answered for (or those on record, when two or three); None when the message names its
    subject, or none or several fit."""
    tokens = meaning.linked.tokens
    if tokens[:1] and tokens[0] in _HELD_WAYS and meaning.text.split()[0].casefold().endswith(
            "nya"):
        tokens = ["yang", *tokens]  # "offlinenya dmn": the offline one's (not "offline gak?")
    if any(m.kind in NAMING_KINDS for m in meaning.linked.mentions) or "yang" not in tokens \
            or "mana" in tokens or len(set(tokens) & (_HELD_WAYS)) != 1:
        return None  # ("mana yg virtual, mana yg offline?": which is which)
    start = tokens.index("yang")
    end = next((i + 1 for i in range(start + 1, min(start + 4, len(tokens)))
                if tokens[i] in _HELD_WAYS), None)
    if end is None or not set(tokens[start + 1:end - 1]) <= _HELD_BETWEEN:
        return None
    rest = tokens[:start] + tokens[end:]
    if not set(rest) - FILLERS - {"yang", "itu"}:
        return None
    kb = engine.knowledge
    subjects = engine.subjects(chat_id) or _editions_each(kb)
    online = tokens[end - 1] != "luring"
    fitting = []
    for subject in subjects:
        edition = _edition_named(engine, subject)
        if edition is not None and edition.events and edition.events[0].virtual == online:
            fitting.append(subject)
    if len(fitting) != 1:
        return None
    return engine.ask_single(f"{' '.join(rest)} {fitting[0]}", chat_id)


def _how_each_was_held(engine: SingleAsker, meaning: Interpretation, chat_id: str
                       ) -> list[str]:
    """"mana yang acaranya tatap muka, mana yang virtual?": which is which, asked of each
    edition the last message was answered for (or of those on record, when two or three);
    none when the message names its subject or not both ways."""
    tokens = set(meaning.linked.tokens)
    if any(m.kind in NAMING_KINDS for m in meaning.linked.mentions) or "mana" not in tokens \
            or not (tokens & ONLINE_WORDS and "luring" in tokens):
        return []
    subjects = engine.subjects(chat_id) or _editions_each(engine.knowledge)
    return [f"{subject} digelar secara apa?" for subject in subjects]


def _each_edition(kb: KnowledgeBase, meaning: Interpretation) -> list[str]:
    """"kedua penghargaan itu diumumkan di mana?", "dua-duanya virtual?": the question asked of
    each edition on record, when it names none and there are two ("masing-masing acara":
    two or three; more need a name)."""
    tokens = meaning.linked.tokens
    each = {a for a, b in pairwise(tokens) if a in EACH_WORDS and b in EVENT_NOUNS}
    if [t for t in tokens if t not in FILLERS][-2:] == ["masing", "masing"]:
        each.add("masing")  # "yg wakilin masing2?": of each one
    both = bool(set(tokens) & BOTH_WORDS or each & {"kedua", "dua"})
    if not (each or both) or not 2 <= len(kb.editions) <= (2 if both else 3) \
            or any(m.kind in ("award", "edition", "year") for m in meaning.linked.mentions) \
            or split_subjects(meaning.linked) is not None:  # two subjects: each asked
        return []
    asked = " ".join(t for t in tokens if t not in EACH_WORDS | BOTH_WORDS)
    if not set(asked.split()) - FILLERS - LIST_LEADS:
        return []  # "sebutkan keduanya." asks the two things just listed, not each edition
    return [f"{asked} {edition_label(kb, e)}" for e in kb.editions.values()]


EDITION_INTENTS = frozenset({"event_date", "event_place", "theme", "organiser",
                             "edition_number", "categories", "representative", "source"})
MAX_EDITIONS_EACH = 3  # more, and a question that names none is asked which one


def _editions_moved_between(engine: SingleAsker, chat_id: str) -> tuple[str, ...]:
    """The edition the chat was about before and the one it is about now, by id, when it
    moved from one to the other; none otherwise."""
    kb = engine.knowledge
    earlier, last = engine.earlier_edition(chat_id), engine.last_edition(chat_id)
    if earlier not in kb.editions or last not in kb.editions:
        return ()
    return str(earlier), str(last)


def _editions_spoken_of(engine: SingleAsker, chat_id: str) -> tuple[str, ...]:
    """The editions the chat moved between (_editions_moved_between), by label."""
    kb = engine.knowledge
    return tuple(edition_label(kb, kb.editions[e])
                 for e in _editions_moved_between(engine, chat_id))


def _editions_each(kb: KnowledgeBase) -> tuple[str, ...]:
    """The editions on record, by label, when there are two to MAX_EDITIONS_EACH (each can
    be asked of); none otherwise."""
    if not 2 <= len(kb.editions) <= MAX_EDITIONS_EACH:
        return ()
    return tuple(edition_label(kb, e) for e in kb.editions.values())


def _of_each_edition(kb: KnowledgeBase, text: str, meaning: Interpretation) -> list[str]:
    """A question about an edition that names none and was not understood ("nama acara
    penganugerahannya apa?", "siapa juara 3?" in a new chat), asked of each edition when
    there are two or three. None when it names anything but a rank, asks of a result (but a
    rank) or of someone ("ia", "dia"), goes on from a question before it ("kalau juara 3?"),
    or holds a word no vocabulary knows or one read as a typo ("persib terakhir juara
    kapan")."""
    top = meaning.strict[0] if meaning.strict else None
    words = set(meaning.linked.tokens)
    quoted = quoted_words(text)
    ranked = top is not None and top.intent == "who_won" and bool(meaning.linked.mentions) \
        and all(m.kind == "rank" for m in meaning.linked.mentions) \
        and "kategori" not in words  # "siapa juara 3?", not "… di kategori yg sama?"
    if top is not None and top.intent == "representative":
        words -= RECEIVING_WORDS | {"wakil"}  # "siapa yg nerima penghargaan?": who, not a result
    if top is None or not (top.intent in EDITION_INTENTS or ranked) or top.score < 1.0 \
            or not set(meaning.out_of_scope) <= quoted \
            or meaning.linked.corrected or words & PRONOUNS \
            or meaning.follow_up_marker \
            or (not ranked and (meaning.linked.mentions or words & RESULT_WORDS)) \
            or not 2 <= len(kb.editions) <= MAX_EDITIONS_EACH:
        return []
    pieces = text.rstrip(" ?.!").split()
    tail = list(takewhile(lambda w: w.casefold() in CLAIM_TAILS, reversed(pieces)))[::-1]
    ask = " ".join(pieces[:len(pieces) - len(tail)])
    # ("temanya 'X' bukan?": "temanya 'X' AMH 2023 bukan?", not "… bukan AMH 2023?")
    return [" ".join([ask, edition_label(kb, e), *tail]) + "?" for e in kb.editions.values()]


def _together(engine: SingleAsker, text: str, replies: list[Reply], chat_id: str) -> Reply:
    """The replies to the parts of a message as one; the message asked whole when a part was
    not understood (then it held no two asks about what is on record). The conversation keeps
    the subjects answered, when there are two or more, for a follow-up asked of each."""
    replies = [r for r in replies if r.status != Status.CHITCHAT]  # "…, thx ya"
    answered = [r for r in replies if r.status == Status.ANSWERED]
    if not answered or any(r.status == Status.NOT_UNDERSTOOD for r in replies):
        whole = engine.ask_single(text, chat_id)
        if (whole.status == Status.ANSWERED or (
                whole.status == Status.NO_DATA and whole.intent is None
                and all(r.intent is not None for r in replies))) \
                and len(replies) > 1 and all(r.status == Status.NO_DATA for r in replies):
            # "ditulis wartawan siapa dan dimuat di media apa?": neither ask is on record; an
            # answer to the words of both together is a near miss, and a plain "not in the
            # sources" says less than each ask's own ("TOP GPR 2022 belum ada datanya")
            return replace(replies[0], question=text,
                           text="\n\n".join(r.text for r in _held_once(replies)))
        return whole
    _remember_subjects(engine, chat_id, [r.question for r in answered])
    together = joined(text, replies)
    asking = [i for i, r in enumerate(replies) if is_ask(r.question)]
    # the statements a reply confirms may come after the asks, or before them when each ask
    # names its own subject ("bandung dpt AMH ke-16, di AMH ke-17 dpt lagi ga?", not "darto
    # blg msh ada evaluasi, itu buat apa")
    if not asking:
        return together
    first = 0 if all(_names_its_subject(engine, replies[i].question) for i in asking) \
        else asking[-1] + 1
    if all(r.status == Status.NO_DATA or (
            i not in asking and i >= first and _claims_something(engine, r.question))
            for i, r in enumerate(replies)):
        # "Siapa juara 4? Sumsel kan juara 3.": what it asks is not on record; the statement
        # beside it, confirmed, answers nothing asked
        return replace(together, status=Status.NO_DATA)
    return together


def _names_its_subject(engine: SingleAsker, ask: str) -> bool:
    """Whether an ask names what it is about, on record or not ("pemkot surabaya juara
    apa?")."""
    meaning = engine.interpret(ask)
    return any(m.kind in NAMING_KINDS for m in meaning.linked.mentions) \
        or bool(meaning.slots.get("unknown_organisation"))


def _false_premise(engine: SingleAsker, text: str, meaning: Interpretation, chat_id: str
                   ) -> Reply | None:
    """The correction of what a "why" question takes for granted, when the record says
    otherwise ("kenapa amh 2023 diadakan di jakarta?": "Tidak — … Surabaya"); None when its
    premise holds or cannot be checked (then the reason is what it asks)."""
    tokens = meaning.linked.tokens
    if tokens.count("alasan") != 1 or "alasan" not in (tokens[0], tokens[-1]):
        return None
    claim = [t for t in tokens if t != "alasan"]
    if set(claim) & (ASKING_WORDS | NEGATIONS | {"apakah"}) or not claim:
        # ("kenapa Bengkulu gak dapet peringkat 1?" takes for granted what did not happen)
        return None
    question = "apakah " + " ".join(claim)
    reply = engine.probe(question, chat_id)
    if reply.status == Status.ANSWERED and reply.text.startswith(NO):
        return engine.ask_single(question, chat_id)  # (asked again to keep its context)
    return None


def _claims_something(engine: SingleAsker, statement: str) -> bool:
    """Whether a statement says something of what it names ("Bandung kan ketiga"), not only
    names it ("yg 2023")."""
    linked = engine.interpret(statement).linked
    named = {i for m in linked.mentions if m.kind in NAMING_KINDS for i in range(m.start, m.end)}
    return any(t not in FILLERS | {"yang"} for i, t in enumerate(linked.tokens) if i not in named)


def _remember_subjects(engine: SingleAsker, chat_id: str, parts: list[str]) -> None:
    """The names of each part answered, kept when there are two or more."""
    subjects = tuple(dict.fromkeys(filter(None, (_names_in(engine, p) for p in parts))))
    if len(subjects) >= 2:
        engine.remember_subjects(chat_id, subjects)


def _of_each_subject(engine: SingleAsker, text: str, chat_id: str) -> Reply | None:
    """A follow-up asked of each subject the message before was answered for ("masing2
    diterima siapa?", "keduanya digelar di mana?", "mana yang lebih dulu?"), when it names
    nothing itself: one answer each, or which came first. None for any other message."""
    subjects = engine.subjects(chat_id)
    typed = set(re.findall(r"\w+", text.casefold()))
    ordering = bool(ORDER_WORDS.keys() & typed)
    spoken = _editions_spoken_of(engine, chat_id) if ordering or typed & BOTH_WORDS else ()
    if len(subjects) < 2 and not ordering and not spoken:
        return None  # (before reading the message: most follow nothing compound)
    meaning = engine.interpret(text)
    tokens = meaning.linked.tokens
    words = set(tokens)
    if any(m.kind in NAMING_KINDS for m in meaning.linked.mentions):
        return None
    if len(subjects) < 2 and spoken and (ordering or words & BOTH_WORDS):
        subjects = spoken  # "jadi dari keduanya, …?" after one edition, then another
    if ("mana" in words or (tokens[:2] == ["yang", "lebih"] and len(tokens) == 3)) and (
            order := next((ORDER_WORDS[w] for w in tokens if w in ORDER_WORDS), None)):
        # ("mana yang lebih dulu?", "yg lbh dulu?")
        kb = engine.knowledge
        if len(subjects) < 2:
            # "jadi yang lebih dulu yang mana?" naming nothing: the editions on record
            subjects = _editions_each(kb)
        if len(subjects) < 2:
            return None
        return _by_date(engine, text, list(subjects), chat_id, earliest=order == "earlier")
    if len(subjects) < 2:
        return None
    if tokens[:2] == ["yang", "lebih"] and tokens[2:3] and tokens[2] in ORDER_WORDS \
            and (dated := _in_date_order(engine, subjects)) is not None:
        # "yang lebih awal hari apa?" after which came first: asked of that one
        first = dated[0] if ORDER_WORDS[tokens[2]] == "earlier" else dated[-1]
        reply = engine.ask_single(" ".join([*(t for t in tokens[3:] if t != "itu"), first]),
                                  chat_id)
        engine.remember_subjects(chat_id, subjects)
        return replace(reply, question=text)
    if (pointed := _subject_pointed(tokens, subjects)) is not None:
        # "yang pertama itu hari apa?", then "yang kedua?": of the subject in that place
        reply = engine.ask_single(" ".join(pointed).strip(), chat_id)
        engine.remember_subjects(chat_id, subjects)  # ("yang kedua?" next)
        return replace(reply, question=text)
    if (other := _other_subject(engine, tokens, subjects, chat_id)) is not None:
        # "yang satunya di mana?" after the one chosen of two: of the other one
        reply = engine.ask_single(" ".join(other).strip(), chat_id)
        engine.remember_subjects(chat_id, subjects)
        return replace(reply, question=text)
    if _years_apart(tokens):
        # "selisihnya kira2 berapa tahun?", "selisih tahun kedua ajang?": the years between
        both = f"{text.rstrip(' ?')} {' dan '.join(subjects)}"
        return _dates_of_two(engine, both, engine.interpret(both), chat_id)
    fitting = " ".join(t for t in tokens if t not in FILLERS | BOTH_WORDS | {"mana", "yang"})
    if tokens.count("mana") > 1 and fitting and not words & ASKING_WORDS - {"mana"}:
        # "mana yang offline, mana yang online?": each one's, which tells them apart
        return _each_answered(engine, text, fitting, subjects, chat_id)
    if "mana" in words and fitting and not words & ASKING_WORDS - {"mana"}:
        # "yg virtual yg mana?": the subject each one fits
        return _choose_between(engine, text, [f"{fitting} {subject}" for subject in subjects],
                               chat_id, words)
    asked = " ".join(t for t in tokens if t not in EACH_WORDS | BOTH_WORDS | FILLERS)
    told = [w for w in asked.split() if w not in ASKING_WORDS | {"itu"}]
    if not words & (EACH_WORDS | BOTH_WORDS) and not (
            (len(asked.split()) == 1 or (len(told) == 1 and told[0] in WHEN_NOUNS | {"hari"}))
            and not meaning.follow_up_marker and question_focus(tokens) in ("when", "where")):
        return None  # (but "tgl?", "tempatnya?", "itu hari apa?" after each one's: each
        # one's again)
    return _each_answered(engine, text, asked, subjects, chat_id) if asked else None


def _subject_pointed(tokens: list[str], subjects: tuple[str, ...]
                     ) -> tuple[str, str] | None:
    """'yang pertama itu hari apa?', 'terus yang kedua?' opening a follow-up to an answer
    about several subjects: what it asks ("hari apa") and the subject in that place, as they
    were named; None for any other message."""
    lead = list(takewhile(lambda t: t in FILLERS | FOLLOW_UP_MARKERS, tokens))
    rest = tokens[len(lead):]
    place = ORDINAL_WORDS.get(rest[1]) if rest[:1] == ["yang"] and rest[1:2] else None
    if place is None or place > len(subjects):
        return None
    return " ".join(t for t in rest[2:] if t != "itu"), subjects[place - 1]


def _other_subject(engine: SingleAsker, tokens: list[str], subjects: tuple[str, ...],
                   chat_id: str) -> tuple[str, str] | None:
    """'yang satunya di mana?', 'kalau yg lainnya tanggal brp?' opening a follow-up to an
    answer that chose one of two subjects (kept first, and the chat about it): what it asks
    and the other subject, as named; None for any other message (after an answer about
    both, the chat is about the last one, and "yang satunya" asks of it)."""
    lead = list(takewhile(lambda t: t in FILLERS | FOLLOW_UP_MARKERS, tokens))
    rest = tokens[len(lead):]
    if len(subjects) != 2 or rest[:1] != ["yang"] or rest[1:2] not in (["satu"], ["lain"],
                                                                        ["lainnya"]):
        return None
    last = engine.last_edition(chat_id)
    chosen, other = (_edition_named(engine, s) for s in subjects)
    if chosen is None or other is None or chosen.id != last or other.id == last:
        return None
    return " ".join(t for t in rest[2:] if t not in ("itu", "lagi")), subjects[1]


def _in_date_order(engine: SingleAsker, subjects: tuple[str, ...]) -> list[str] | None:
    """The subjects, each naming one edition, from the earliest held; None when one names
    no edition with a date on record."""
    dated = []
    for subject in subjects:
        if (held := _first_held(_edition_named(engine, subject))) is None:
            return None
        dated.append((held, subject))
    return [subject for _, subject in sorted(dated)]


def _first_held(edition: EditionDecl | None) -> date | None:
    """The day an edition's first event on record was held; None without one."""
    return min((e.date for e in edition.events if e.date), default=None) if edition else None


def _edition_named(engine: SingleAsker, subject: str) -> EditionDecl | None:
    """The one edition a subject, as named ("AMH 2023", "Bandung di AMH"), is about."""
    editions, _ = find_editions(engine.knowledge,
                                Query("event_place", engine.interpret(subject).slots))
    return editions[0] if len(editions) == 1 else None


def _each_answered(engine: SingleAsker, text: str, asked: str, subjects: tuple[str, ...],
                   chat_id: str) -> Reply | None:
    """The ask answered for each subject, when it is answered for all."""
    replies = [engine.ask_single(f"{asked} {subject}", chat_id) for subject in subjects]
    if not all(r.status == Status.ANSWERED for r in replies):
        return None
    engine.remember_subjects(chat_id, subjects)
    return joined(text, replies)


def _for_each_on_record(engine: SingleAsker, text: str, parts: list[str], chat_id: str
                        ) -> Reply:
    """A name several organisations share: the answer for each one on record (each answer
    names its organisation); 'no data' only when none is."""
    replies = [engine.ask_single(part, chat_id) for part in parts]
    answered = [r for r in replies if r.status == Status.ANSWERED]
    if len(answered) <= 1:
        return answered[0] if answered else replies[0]
    return joined(text, answered)


_TAKING_PART = frozenset({"ikut", "menang", "dapat", "raih", "juara", "peringkat"})


def _absent(engine: SingleAsker, meaning: Interpretation, chat_id: str) -> Reply | None:
    """A yes/no question about an organisation at an edition where the record holds nothing
    of it ("Apakah Kota Bandung ikut TOP GPR 2021 dan dapat peringkat?"): no data, said once
    for the whole message; None for any other message."""
    kb, tokens = engine.knowledge, meaning.linked.tokens
    orgs = {str(m.target) for m in meaning.linked.mentions if m.kind == "organisation"}
    if len(orgs) != 1 or not (is_yes_no(tokens) or "apakah" in tokens) \
            or set(tokens) & ASKING_WORDS \
            or not set(tokens) & _TAKING_PART \
            or not any(meaning.slots.get(n) for n in ("award", "edition", "year")) \
            or not kb.results_by_organisation.get(next(iter(orgs))):
        return None  # (a competitor asked of: not the organiser, not a place)
    editions, missing = find_editions(kb, Query("org_awards", only(
        meaning.slots, ("award", "edition", "year", "number")), meaning.words))
    organisation = orgs.pop()
    family = set(kb.organisation_family(organisation)) if organisation in kb.organisations \
        else set()
    edition = editions[0] if len(editions) == 1 and not missing else None
    if edition is None or not family \
            or any(r.organisation in family for r in kb.results_by_edition.get(edition.id, ())) \
            or any(r.organisation in family
                   for r in kb.representatives_by_edition.get(edition.id, ())):
        return None
    rank = meaning.slots.get("rank")
    # (a rank claimed: where the organisation holds it, if in another award)
    asked = f"peringkat {rank}" if isinstance(rank, int) else "penghargaan apa"
    reply = engine.ask_single(f"{kb.organisations[organisation].name} dapat {asked} "
                              f"di {edition_label(kb, edition)}", chat_id)
    if isinstance(rank, int) and reply.status == Status.NO_DATA:
        # "bandung juara 3 top gpr 2021 ya?": and who was
        reply = replace(reply, text=reply.text + holder_lines(
            kb, rank_holders(kb, edition.id, rank)))
    return reply


def _same_award(engine: SingleAsker, text: str, meaning: Interpretation, chat_id: str
                ) -> Reply | None:
    """'Bandung sama Bengkulu dapat penghargaan yang sama nggak?': each one's awards, "Ya — "
    when they share one."""
    kb, tokens = engine.knowledge, meaning.linked.tokens
    orgs = list(dict.fromkeys(str(m.target) for m in meaning.linked.mentions
                              if m.kind == "organisation" and m.target in kb.organisations))
    if len(orgs) != 2 or ("yang", "sama") not in set(pairwise(tokens)) \
            or not set(tokens) & {"penghargaan", "award", "anugerah", "ajang"}:
        return None
    awards = [{e.award for r in kb.results_by_organisation.get(o, ())
               if (e := kb.edition_of(r)) is not None} for o in orgs]
    replies = [engine.ask_single(f"{kb.organisations[o].name} dapat penghargaan apa", chat_id)
               for o in orgs]
    if not all(r.status == Status.ANSWERED for r in replies):
        return None
    together = joined(text, replies)
    return replace(together, text=(YES if awards[0] & awards[1] else NO)
                   + "penghargaannya " + ("sama." if awards[0] & awards[1] else "berbeda.")
                   + "\n\n" + together.text)


_COMPARED_UNITS = {"tahun": "tahun", "tahunnya": "tahun", "bulan": "bulan", "bulannya": "bulan",
                   "hari": "hari", "harinya": "hari", "tanggal": "tanggal",
                   "tanggalnya": "tanggal"}


def _dates_of_two(engine: SingleAsker, text: str, meaning: Interpretation, chat_id: str
                  ) -> Reply | None:
    """'Apakah TOP GPR yang diraih Bengkulu dan AMH yang diraih Bandung itu tahunnya sama?',
    'jadi bulannya sama gak?' after one edition, then another: "Ya — " or "Tidak — " from
    the two editions' years (months, weekdays, days); 'berapa tahun jarak TOP GPR 2021 ke
    AMH 2023': the years between them; then each one's date. None unless the message asks
    of two editions it names (by edition, or by an award with the organisations on record
    there) or, naming nothing, of the two the chat was about."""
    kb, tokens = engine.knowledge, meaning.linked.tokens
    # ("tahunnya sama?" reads "tahun berapa sama": the year, then whether it is the same)
    pairs = set(pairwise(t for i, t in enumerate(tokens)
                         if t != "berapa" or tokens[i - 1:i] != ["tahun"]))
    apart = _years_apart(tokens)
    unit = next((u for w, u in _COMPARED_UNITS.items() if (w, "sama") in pairs
                 or ("sama", w) in pairs or f"{w} yang sama" in " ".join(tokens)), None)
    if not apart and unit is None:
        return None  # ("tahun brp masing2, AMH sm top gpr": each one's year, no check)
    orgs = {str(m.target) for m in meaning.linked.mentions if m.kind == "organisation"}
    editions: list[str] = []
    for mention in meaning.linked.mentions:
        if mention.kind == "edition":
            found = [str(mention.target)]
        elif mention.kind == "award":
            found = [e.id for e in kb.editions.values() if e.award == mention.target and (
                not orgs or any(r.organisation in orgs for r in kb.results_by_edition.get(
                    e.id, ())))]
        else:
            continue
        if len(found) == 1 and found[0] not in editions:
            editions.append(found[0])
    if not editions and not any(m.kind in NAMING_KINDS for m in meaning.linked.mentions):
        editions = list(_editions_moved_between(engine, chat_id))
    if len(set(editions)) != 2:
        return None
    first, second = sorted((kb.editions[e] for e in editions), key=lambda e: e.year) \
        if apart else (kb.editions[e] for e in editions)
    replies = [engine.ask_single(f"kapan {edition_label(kb, e)}", chat_id)
               for e in (first, second)]
    if not all(r.status == Status.ANSWERED for r in replies):
        return None
    together = joined(text, replies)
    if apart or unit is None:
        gap = second.year - first.year
        said = (f"Keduanya tahun {first.year}." if not gap else
                f"Berselang {gap} tahun: {edition_label(kb, first)} dan "
                f"{edition_label(kb, second)}.")
        return replace(together, text=said + "\n\n" + together.text)
    if unit == "tahun":
        same = first.year == second.year
        return replace(together, text=(YES if same else NO) + (
            f"keduanya tahun {first.year}." if same else
            f"tahunnya berbeda: {edition_label(kb, first)} dan {edition_label(kb, second)}.")
            + "\n\n" + together.text)
    dates = [e.events[0].date if e.events else None for e in (first, second)]
    if dates[0] is None or dates[1] is None:
        return None
    same = _date_part(dates[0], unit) == _date_part(dates[1], unit)
    return replace(together, text=(YES if same else NO)
                   + f"{unit}nya {'sama' if same else 'berbeda'}.\n\n" + together.text)


def _years_apart(tokens: list[str]) -> bool:
    """Whether the years between two editions are asked: a gap word and "tahun" with "berapa"
    ("jarak berapa tahun?") or right after it ("selisih tahun kedua ajang?")."""
    return "tahun" in tokens and bool(GAP_WORDS & set(tokens)) and (
        "berapa" in tokens or any(t in GAP_WORDS and nxt == "tahun"
                                  for t, nxt in pairwise(tokens)))


def _date_part(day: date, unit: str) -> tuple[int, ...]:
    """What of a date is compared: its month ("bulan"), weekday ("hari") or day and month."""
    if unit == "bulan":
        return (day.month,)
    return (day.weekday(),) if unit == "hari" else (day.day, day.month)


def _choose_between(engine: SingleAsker, text: str, parts: list[str], chat_id: str,
                    words: set[str]) -> Reply | None:
    """A choice: each subject asked as a yes/no question, the answers of those that fit;
    which came first: each one's date, the earlier named. None when neither settles it."""
    if order := next((ORDER_WORDS[w] for w in words if w in ORDER_WORDS), None):
        return _by_date(engine, text, parts, chat_id, earliest=order == "earlier")
    replies = [engine.ask_single(f"apakah {part}", chat_id) for part in parts]
    if not all(r.text.startswith((YES, NO)) or (r.status == Status.NO_DATA and any(
            o.text.startswith(YES) for o in replies)) for r in replies):
        return None  # (one confirmed, the other not on record: "… Bandung apa Bengkulu?")
    chosen = [part for part, r in zip(parts, replies, strict=True) if r.text.startswith(YES)]
    fitting = [replace(r, text=r.text.removeprefix(YES)) for r in replies
               if r.text.startswith(YES)]
    if len(chosen) == 1 and len(parts) > 1:
        # the chat goes on about the one chosen ("yang satunya?" next: of the other one)
        engine.ask_single(f"apakah {chosen[0]}", chat_id)
        _remember_subjects(engine, chat_id, chosen + [p for p in parts if p not in chosen])
    return joined(text, fitting or replies)


def _by_date(engine: SingleAsker, text: str, parts: list[str], chat_id: str, *,
             earliest: bool) -> Reply | None:
    kb = engine.knowledge
    replies = [engine.ask_single(f"kapan {part}", chat_id) for part in parts]
    dated = []
    for reply in replies:
        editions, _ = find_editions(kb, Query("event_date", reply.slots))
        held = _first_held(editions[0]) if len(editions) == 1 else None
        if reply.status != Status.ANSWERED or held is None:
            return None
        label = edition_label(kb, editions[0])
        if (organisation := reply.slots.get("organisation")) in kb.organisations:
            label = f"{kb.organisations[str(organisation)].name} ({label})"  # "Bengkulu di …"
        dated.append((held, label))
    first = (min if earliest else max)(dated)
    together = joined(text, replies)
    _remember_subjects(engine, chat_id, parts)
    return replace(together, text=f"{first[1]} {'lebih dulu' if earliest else 'lebih akhir'}."
                                  f"\n\n{together.text}")


def _by_rank(engine: SingleAsker, text: str, parts: list[str], chat_id: str) -> Reply | None:
    """Two organisations' ranks compared: each one's rank, the higher named first (ranks in
    different editions, categories or groups are not compared); None unless both have
    exactly one rank on record."""
    kb = engine.knowledge
    names = [_names_in(engine, part) for part in parts]  # each one's rank, no comparison
    replies = [engine.ask_single(f"{name} peringkat berapa", chat_id) for name in names]
    ranked: list[tuple[int, str]] = []
    scopes = set()
    for reply in replies:
        organisation = reply.slots.get("organisation")
        family = set(kb.organisation_family(str(organisation))) if organisation else set()
        won = [r for member in family for r in kb.results_by_organisation.get(member, ())
               if r.status == "winner" and r.rank]
        rank = won[0].rank if won else None
        if reply.status != Status.ANSWERED or len({r.rank for r in won}) != 1 or rank is None:
            return None
        ranked.append((rank, kb.organisations[str(organisation)].name))
        scopes |= {(r.edition_id, r.category, r.group) for r in won}
    best = min(ranked)
    words = set(normalise(text))
    same = sum(rank == best[0] for rank, _ in ranked) > 1
    if same and not _rank_gap(words):
        return None  # the same rank: neither is higher
    together = joined(text, replies)
    _remember_subjects(engine, chat_id, [r.question for r in replies])
    apart = " (dari ajang atau kategori yang berbeda)" if len(scopes) > 1 else ""
    gap = max(rank for rank, _ in ranked) - best[0]
    if same:  # "peringkat A dan peringkat B sama atau beda?"
        said = f"Sama — keduanya peringkat {best[0]}{apart}."
    elif _rank_gap(words) and words & GAP_WORDS and "berapa" in words:
        # "beda peringkatnya berapa?"
        said = (f"Selisih {gap} peringkat: " + ", ".join(
            f"{name} peringkat {rank}" for rank, name in ranked) + f"{apart}.")
    elif len(scopes) > 1:  # (a 2nd place among provinces and a 3rd in a category of cities)
        said = (f"Secara urutan, peringkat {best[1]} ({best[0]}) lebih tinggi; tetapi keduanya "
                "dari ajang atau kategori yang berbeda, jadi tidak bisa dibandingkan langsung.")
    else:  # (of three or more: the highest)
        said = f"Peringkat {best[1]} {'paling' if len(ranked) > 2 else 'lebih'} tinggi."
    if not same and _rank_gap(words) and "sama" in words and not said.startswith("Selisih"):
        said = f"Berbeda — {said[0].lower()}{said[1:]}"
    return replace(together, text=f"{said}\n\n{together.text}")


def _by_rank_with_last(engine: SingleAsker, text: str, meaning: Interpretation, chat_id: str
                       ) -> Reply | None:
    """One organisation's rank compared with the one the last answer was about; naming
    none, the last one's with the one before it ("Bengkulu peringkat berapa?", "kalau
    Bandung?", then "jadi mana yang peringkatnya lebih tinggi?")."""
    named = [m for m in meaning.linked.mentions if m.kind == "organisation"]
    last = engine.last_organisation(chat_id)
    kb = engine.knowledge
    earlier = engine.earlier_organisation(chat_id)
    if not any(m.kind in NAMING_KINDS for m in meaning.linked.mentions) \
            and last in kb.organisations and earlier in kb.organisations:
        return _by_rank(engine, text, [kb.organisations[str(earlier)].name,
                                       kb.organisations[str(last)].name], chat_id)
    if len(named) != 1 or last not in kb.organisations \
            or str(named[0].target) in kb.organisation_family(str(last)):
        return None
    return _by_rank(engine, text, [kb.organisations[str(last)].name, text], chat_id)


def _held_once(replies: list[Reply]) -> list[Reply]:
    """The replies without those another one holds whole ("tanggal dan lokasi": the date's
    answer names the venue too)."""
    kept: list[Reply] = []
    for reply in replies:
        words = set(normalise(reply.text))
        if any(words <= set(normalise(r.text)) for r in kept):
            continue
        held = [i for i, r in enumerate(kept) if set(normalise(r.text)) <= words]
        if held:  # in the place of the first it holds
            kept[held[0]] = reply
            kept = [r for i, r in enumerate(kept) if i not in held[1:]]
        else:
            kept.append(reply)
    return kept


def joined(question: str, replies: list[Reply]) -> Reply:
    """One reply holding the answers to the parts of a message, one paragraph each (an
    answer given twice, or held whole by another, once)."""
    answered = [r for r in replies if r.status == Status.ANSWERED]
    return Reply(question=question, status=Status.ANSWERED,
                 text="\n\n".join(r.text for r in _held_once(replies)),
                 intent=answered[0].intent, slots=answered[0].slots,
                 confidence=min(r.confidence for r in answered),
                 sources=tuple(dict.fromkeys(s for r in answered for s in r.sources)),
                 candidates=answered[0].candidates)
