"""Source sentences as answers: every sentence of every source article and every note, ranked
with BM25 (bm25s) and quoted verbatim when it covers what a question asks.

The structured facts answer what they model; this answers the long tail ("why did Bengkulu
succeed?", "what does the Media Center do?") from the articles' own words. The gate is strict:
a sentence must cover the question's content words (never a single shared keyword), belong to
an edition the question can be about, and supply the question's focus (a number for "how
many", a date for "when", …).
"""

from __future__ import annotations

import functools
import logging
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

import bm25s
import numpy as np

from bot.understanding.entities import holds_run
from bot.understanding.indonesian import indonesian_roots, stemmer
from bot.understanding.normalise import normalise
from bot.understanding.vocabulary import (
    ACTION_WORDS,
    CONTINUATIONS,
    FILLERS,
    GENERIC_WORDS,
    GIVING_WORDS,
    INFORMAL,
    LOSING_WORDS,
    PASSAGE_STOPWORDS,
    QUESTION_WORDS,
    RELATIVE_TIMES,
    SAYING_WORDS,
    SCORE_WORDS,
    TIME_NOUNS,
)
from knowledge.base import KnowledgeBase
from knowledge.ranks import is_number
from knowledge.sources import MONTHS, comparable

_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"]?\s+(?=[“\"A-Z])")
QUOTED_WORDS, QUOTED_COVERAGE = 4, 0.8  # a question that quotes a sentence
# a span in quotes: 'Humas Berkolaborasi untuk Negeri', “kita syukuri penghargaan ini”
QUOTED_SPAN = re.compile(r"[\"'“‘]([^\"'”’]{3,})[\"'”’]")
SPARE_COVERAGE = 0.75  # coverage that lets one unknown word of the question go unmatched
MIN_MATCHED = 2  # content words a sentence must share with the question
MIN_COVERAGE = 0.65  # share of the question's content words the chosen sentences hold
_MONTHS = [month.casefold() for month in MONTHS]
_DAYS = "senin selasa rabu kamis jumat sabtu minggu".split()
# a date, a weekday, or a time told by what it follows or precedes ("ujar Darto seusai acara")
_WHEN_MARK = re.compile(
    r"\d{1,2}/\d{1,2}|\b(?:" + "|".join(_MONTHS + _DAYS + sorted(RELATIVE_TIMES)) + r")\b",
    re.IGNORECASE)


_CLITICS = ("nya", "kah", "lah", "pun")
_LISTED = QUESTION_WORDS | GENERIC_WORDS | ACTION_WORDS | PASSAGE_STOPWORDS
_INFORMAL_FORMS = frozenset(w for form in INFORMAL.values() for w in form.split())
logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG


def quoted_words(text: str) -> set[str]:
    """The words a question holds in quotes (a name claimed: "tema 'Humas Hebat' ya?")."""
    return {w for span in QUOTED_SPAN.findall(text) for w in normalise(span)}


@functools.lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """A word's root for comparing a question with a sentence: PySastrawi's for words no
    vocabulary list explains ("pemanfaatan" and "memanfaatkan" are both "manfaat"), else
    the word without its clitic. (Measured on the blind sets: 4 more questions answered
    right, 1 fewer; with a root that is a listed word kept as written.)"""
    if token.isalpha() and len(token) >= 5 and token not in _LISTED:
        root = stemmer().stem(token) or token
        if root not in _LISTED:  # "termasuk" is not the "masuk" of "masuk 6 besar"
            return root
    return _without_clitic(token)


def _without_clitic(token: str) -> str:
    """A word without its clitic (-nya, -kah, -lah, -pun), for comparing a question with a
    sentence; the lemma map of the vocabulary has already made "disampaikan" "sampai".
    (An Indonesian stemmer, PySastrawi, was tried here: on the blind sets it changed
    nothing overall — 240 against 239 answers right — so it is not used.)"""
    for suffix in _CLITICS:
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            return token[: -len(suffix)]
    return token


def terms(tokens: list[str], names: frozenset[str] = frozenset()) -> list[str]:
    """The words that carry meaning: no fillers, no function words; names are kept whole,
    other words lose their clitics."""
    return [t if t in names else stem(t) for t in tokens
            if t not in FILLERS and t not in PASSAGE_STOPWORDS]


@dataclass(frozen=True)
class Passage:
    """One sentence of a source article (or one note), with what it can be about."""

    source_id: str
    text: str
    terms: tuple[str, ...]  # distinct, interned: a tuple costs a fifth of a frozenset
    editions: frozenset[str]
    is_note: bool = False
    speaker: str | None = None  # who says it, when the sentence is a quote on record
    sequel: str | None = None  # the next sentence, when it goes on from this one
    # the name words of the people on record it is about (a note) or names (a sentence)
    people: frozenset[str] = frozenset()

    def within(self, editions: set[str] | None) -> bool:
        """Whether it may answer about `editions` (None: any): it is about one of them, or
        about no edition in particular."""
        return editions is None or bool(self.editions & editions) or not self.editions

    def told_by_another(self, person: set[str]) -> bool:
        """Whether someone other than `person` (name words) tells it: a quote of another
        speaker, or a note or sentence about other people only."""
        if self.speaker:
            return not person.intersection(normalise(self.speaker))
        return bool(self.people) and not person & self.people

    @property
    def quoted(self) -> str:
        """The sentence as an answer quotes it: with its sequel."""
        return f"{self.text} {self.sequel}" if self.sequel else self.text

    def supplies(self, focus: str | None, asked: set[str]) -> bool:
        """Whether the sentence can hold the kind of thing the question asks for."""
        return supplies(self.text, focus, asked, self.words)

    @property
    def words(self) -> tuple[str, ...]:
        """The sentence's normalised words (made again when asked: only the few candidates
        of a question need them, and keeping them for every sentence costs memory)."""
        return _normalised(self.text)


@functools.lru_cache(maxsize=1024)
def _normalised(text: str) -> tuple[str, ...]:
    return tuple(normalise(text))


def supplies(text: str, focus: str | None, asked: set[str],
             words: tuple[str, ...] | None = None) -> bool:
    """Whether a text can hold the kind of thing a question asks for: a count beside a word
    of the question for "how many", a date or weekday for "when", a clock time for "jam
    berapa", more than the question's own count of a thing for "who", a giving verb with its
    agent ("diserahkan oleh") for the giver; any text for other focuses."""
    if focus == "how_many":
        words = words if words is not None else tuple(normalise(text))
        return any(_is_count(before) and (stem(after) in asked or after in asked)
                   for before, after in pairwise(words))
    if focus == "clock":
        return bool(_CLOCK.search(text))
    if focus == "score":  # "nilainya berapa?": a number beside a word for a score
        words = words if words is not None else tuple(normalise(text))
        return any(word in SCORE_WORDS and _is_count(after) for word, after in pairwise(words))
    if focus == "loser":  # "siapa yang kalah?": a loss told, not "tidak kalah pentingnya"
        words = words if words is not None else tuple(normalise(text))
        return any(word in LOSING_WORDS and before not in ("tidak", "tak")
                   for before, word in pairwise(words))
    if focus in ("category", "group"):  # "kategori apa?": a sentence naming one
        words = words if words is not None else tuple(normalise(text))
        return ("kategori" if focus == "category" else "kelompok") in words
    if focus == "when":
        return bool(_WHEN_MARK.search(text))
    if focus == "giver":  # "diserahkan oleh …": a giving verb and its agent
        words = words if words is not None else tuple(normalise(text))
        return any(stem(word) in GIVING_WORDS and "oleh" in words[i + 1:i + 4]
                   for i, word in enumerate(words))
    if focus in ("who", "name"):  # "siapa saja 13 pelaku usaha …?": a count names nobody
        words = words if words is not None else tuple(normalise(text))
        return not any(_is_count(before) and before in asked and stem(after) in asked
                       and after not in TIME_NOUNS for before, after in pairwise(words))
    return True


@dataclass(frozen=True)
class Found:
    """The sentences that answer a question, and how well they cover it."""

    passages: tuple[Passage, ...]
    coverage: float
    matched: tuple[str, ...]


_CLOCK = re.compile(r"\b(?:pukul|jam)\s*\d|\b\d{1,2}[.:]\d{2}\b", re.IGNORECASE)
_COUNT_WORDS = frozenset("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh "
                         "sebanyak".split())


def _is_count(word: str) -> bool:
    return (is_number(word) and len(word) < 4) or word in _COUNT_WORDS


def _holds(passages: list[Passage], word: str) -> bool:
    """Whether a word no vocabulary knows stands in the passages: as written, or by its stem
    when the stem is no common word ("menjalin" ~ "terjalin", but "semalam" is not "malam")."""
    if any(word in p.words or word in map(stem, p.words) for p in passages):
        return True  # ("dampak" stands in "berdampak")
    root = stem(word)
    return root != word and len(root) >= 4 and root not in QUESTION_WORDS and any(
        root in p.terms for p in passages)  # a few candidates: a tuple scan is fine


def _said_by(passage: Passage, named: set[str]) -> bool:
    return bool(passage.speaker and named.intersection(normalise(passage.speaker)))


_PHRASE_ENDS = frozenset({"dan", "atau", "di", "dari", "ke", "pada", "untuk"})


def names_beside(texts: list[str], noun: str, asked: set[str], *, strict: bool = False,
                 title: frozenset[str] = frozenset()) -> bool:
    """Whether a name the question does not hold follows the noun whose name is asked
    ("… diterima oleh Sekretaris Diskominfo, Darto"); when no passage mentions the noun,
    True (nothing to judge by), or False if `strict` (a who-question's "siapa wartawan …?"
    is not answered by a text about no wartawan). The words of `title` carry on the noun's
    title ("Pj Wali Kota"): no name."""
    root, mentioned = stem(noun), False
    for text in texts:
        raw = text.split()
        for i, word in enumerate(raw):
            if [stem(w) for w in normalise(word)] != [root]:
                continue
            mentioned = True
            for following in raw[i + 1:i + 4]:
                bare = following.strip("“”\"'(),.:;")
                if title.issuperset(normalise(bare)):
                    continue
                words = normalise(bare)
                if bare[:1].isupper() and not any(
                        w in asked or stem(w) in asked for w in words) and not all(
                        _common(w) for w in words):
                    return True  # a name; "Media Online", "OPD Kota …" are common words
                if following.endswith((")", ",", ".")) or bare.casefold() in _PHRASE_ENDS:
                    break  # the noun's phrase ends: "(inhouse magazine) dan Media …", and
                    # "Pelaku Usaha di Kota Bandung" names where, not who
    return not mentioned and not strict


def _common(word: str) -> bool:
    """A word of the language, not a name: an Indonesian root, a word made from one, or
    the everyday form the vocabulary writes an informal or English word as ("Online")."""
    return word in indonesian_roots() or stem(word) in indonesian_roots() \
        or word in _INFORMAL_FORMS


def split_sentences(text: str, title: str = "") -> list[str]:
    """Sentences of an article: paragraphs (lines joined where a sentence runs on), then
    sentence ends, a quotation kept whole; the headline (`title`) is left out: it says
    nothing the facts don't, and answers no "why" or "how". Every other line is the source's
    text and can be quoted, "Baca Juga: …" and "Follow … di Google News" too (readers ask
    about them: measured on the blind sets, 12 more answers right and no negative
    answered)."""
    paragraphs: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if paragraphs and (paragraphs[-1].endswith(",") or (
                not paragraphs[-1].endswith((".", "!", "?", "”", '"', ":"))
                and line[:1].islower())):  # no sentence ends with a comma
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    sentences: list[str] = []
    headline = comparable(title)
    for paragraph in paragraphs:
        if headline and comparable(paragraph) == headline:
            continue
        sentences.extend(_whole_quotes([s.strip() for s in _SENTENCE_END.split(paragraph)
                                        if s.strip()]))
    return sentences


_LINK_LEADS = ("baca juga", "simak juga", "lihat juga")


def links_another_story(sentence: str) -> bool:
    """A "Baca Juga: …" line: the headline of another story, linked, not what this one says."""
    return sentence.casefold().startswith(_LINK_LEADS)


def _whole_quotes(pieces: list[str]) -> list[str]:
    """Sentences with a quotation kept whole: “Saya ucapkan selamat. Ini menjadi …,” is one
    saying, quoted and attributed as one."""
    joined: list[str] = []
    for piece in pieces:
        if joined and joined[-1].count("“") > joined[-1].count("”"):
            joined[-1] += " " + piece
        else:
            joined.append(piece)
    return joined


def _closeness(passage: Passage, core: set[str], wanted: set[str], named: set[str]
               ) -> tuple[int, int, bool, float]:
    """How closely a sentence fits a question, smaller first: the question's content words
    it holds, then all its words, then whether it is said by the one the question names
    ("menurut Jaduliwan …?": his own words), then the share of its own words that are the
    question's."""
    own = set(passage.terms)
    return (-len(core & own), -len(wanted & own), not _said_by(passage, named),
            -len(wanted & own) / len(own))


def _sequel(sentences: list[str], index: int) -> str | None:
    """The sentence after `index` when it goes on from it ("Dengan begitu, …")."""
    following = sentences[index + 1] if index + 1 < len(sentences) else ""
    return following if following.casefold().startswith(CONTINUATIONS) else None


def _quote_speakers(kb: KnowledgeBase) -> dict[str, list[tuple[str, str]]]:
    """Per source: each quote's evidence (folded) and who said it ('Rohidin Mersyah,
    Gubernur')."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for quote in kb.quotes:
        person = kb.people.get(quote.speaker)
        if person is None or not quote.source_id:
            continue
        who = ", ".join(x for x in (person.name, person.role) if x)
        for excerpt in quote.evidence:
            found[quote.source_id].append((comparable(excerpt), who))
    return found


def _speaker(quotes: tuple[tuple[str, str], ...] | list[tuple[str, str]], text: str
             ) -> str | None:
    """Who says the sentence, when it lies within (or holds) a quote's evidence."""
    folded = comparable(text).strip("“”\" ,.")
    for excerpt, who in quotes:
        if len(folded) >= 12 and (folded in excerpt or excerpt in folded):
            return who
    return None


def _source_editions(kb: KnowledgeBase) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    facts = [*kb.results, *kb.representatives, *kb.quotes, *kb.notes, *kb.editions.values()]
    for fact in facts:
        if fact.source_id and fact.edition_id:
            found[fact.source_id].add(fact.edition_id)
    return found


class PassageIndex:
    """BM25 over the sentences of every source article and the text of every note."""

    def __init__(self, kb: KnowledgeBase, names: frozenset[str]) -> None:
        by_source = _source_editions(kb)
        texts: list[tuple[str, str, frozenset[str], bool, str | None]] = []
        for source in kb.sources.values():
            editions = frozenset(by_source.get(source.id, ()))
            sentences = split_sentences(source.text, source.title)
            texts += [(source.id, s, editions, False, _sequel(sentences, i))
                      for i, s in enumerate(sentences)]
        about: dict[int, frozenset[str]] = {}
        for note in kb.notes:
            if note.source_id:
                texts.append((note.source_id, note.text,
                              frozenset({note.edition_id} if note.edition_id else ()), True,
                              None))
                about[len(texts) - 1] = frozenset(
                    w for a in note.about if a in kb.people
                    for w in normalise(kb.people[a].name or ""))
        people: dict[str, list[frozenset[str]]] = defaultdict(list)  # name word → names
        for person in kb.people.values():
            name = frozenset(normalise(person.name or ""))
            for word in name:
                people[word].append(name)
        speakers = _quote_speakers(kb)
        passages: list[Passage] = []
        before: tuple[str, frozenset[str]] = ("", frozenset())  # the last sentence's people
        for i, (source_id, text, editions, is_note, sequel) in enumerate(texts):
            found = tuple(sorted({sys.intern(t) for t in terms(normalise(text), names)}))
            if found:
                speaker = None if is_note else _speaker(speakers.get(source_id, ()), text)
                named = about.get(i, frozenset()) if is_note else frozenset(
                    w for t in found for name in people.get(t, ()) for w in name)
                if not is_note and not named and before[0] == source_id \
                        and text.casefold().startswith(CONTINUATIONS):
                    named = before[1]  # "Selain itu ia pun menyampaikan …": the one before's
                if not is_note:
                    before = (source_id, named)
                passages.append(Passage(source_id, text, found, editions, is_note, speaker,
                                        sequel, named))
        self.passages = tuple(passages)
        self._order = {p: i for i, p in enumerate(passages)}
        self.vocabulary = frozenset(w for p in passages for w in p.terms)
        # "penjabat" → "wali", "kota", "bandung": a title's words after its first, and its
        # organisation's ("Pj Wali Kota Bandung")
        self._titles: dict[str, set[str]] = defaultdict(set)
        for person in kb.people.values():
            organisation = kb.organisations.get(person.organisation or "")
            where = {w for text in (organisation.name, *organisation.aliases)
                     for w in normalise(text)} if organisation else set()
            for role in (person.role, *person.role_aliases):
                first, *rest = normalise(role) or [""]
                self._titles[first] |= set(rest) | where
        self._bm25 = bm25s.BM25()
        if passages:
            self._bm25.index([list(p.terms) for p in passages], show_progress=False)

    def quoting(self, text: str, editions: set[str] | None) -> Found | None:
        """The one sentence that holds, word for word, a span of three words or more the
        question quotes ("siapa yang bilang 'kita syukuri penghargaan ini'?"), within
        `editions` (None: any); None when no span is quoted or no one sentence holds it."""
        for span in QUOTED_SPAN.findall(text):
            if (found := self.holding(tuple(normalise(span)), editions)) is not None:
                return found
        return None

    def holding(self, words: tuple[str, ...], editions: set[str] | None) -> Found | None:
        """The one sentence that holds these three words or more word for word, within
        `editions` (None: any); None when none or several do."""
        known = {w for w in words if w in self.vocabulary}
        if len(words) < 3 or not known:
            return None
        held = {p.text: p for p in self.passages
                if known.issubset(p.terms) and holds_run(p.words, words)
                and p.within(editions)}
        sentences = [p for p in held.values() if not p.is_note] or list(held.values())
        return Found((sentences[0],), 1.0, tuple(sorted(known))) if len(sentences) == 1 \
            else None

    def find(self, question_terms: list[str], names: set[str], editions: set[str] | None,
             focus: str | None, required: set[str], *, named: bool = True,
             name_of: str | None = None, told_by: set[str] | None = None,
             told: bool = False) -> Found | None:
        """The one or two sentences that best cover the question's terms, within `editions`
        (None: any), holding every word of `required`; None when nothing passes the gate.

        Names (of organisations, people, places) rank the sentences but never make the
        answer alone: the other words (`core`) must be covered too. A question that names
        nothing on record (`named` false) is answered only when it quotes a sentence: at
        least QUOTED_WORDS of its words, nearly all of them, in that one sentence.
        `name_of` is the thing whose name is asked ("nama jurnalisnya?": "jurnalis"): a
        sentence that mentions it with no name beside it is no answer. `told_by` (name words)
        is the one the question is about, or says told it ("menurut Kadis …", `told`): no
        one else's sentence."""
        # words the sources never use (and the question vocabulary knows: "ada", "bawah")
        # can be covered by no sentence: they neither count for nor against one
        if focus == "when" and {"jam", "pukul"} & set(question_terms):
            focus = "clock"  # "jam berapa": a date is not an answer
        wanted = [t for t in dict.fromkeys(question_terms)
                  if t in self.vocabulary or t in names or t in ACTION_WORDS
                  or t not in QUESTION_WORDS]
        # names and the domain's own words ("dapat", "penghargaan") rank sentences but never
        # count as covering the question
        core = [t for t in wanted if t not in names and t not in GENERIC_WORDS]
        if not core and told_by and required:
            # "sekda bandung disebut ga sama darto?": whom the teller speaks of is what is asked
            core = [t for t in wanted if t in required]
        elif not core and told_by and told and focus == "what":
            # "menurut Jaduliwan, apa yg terus dilakukan Pemprov Bengkulu lewat
            # Diskominfotik?": what the teller says of the others named
            core = [t for t in wanted if t in names and t not in told_by]
        known = [t for t in wanted if t in self.vocabulary]
        if not self.passages or not core or len(known) < min(MIN_MATCHED, len(wanted)):
            return None
        scores = self._bm25.get_scores(known)
        order = np.argsort(-scores)[:20]
        ranked = [(self.passages[i], float(scores[i])) for i in order
                  if scores[i] > 0 and self.passages[i].within(editions)
                  and not (told_by and self.passages[i].told_by_another(told_by))][:10]
        wanted_set, core_set = set(wanted), set(core)
        # the question's own names (not "pemerintah", "kota"): one must be in the answer
        named_words = {n for n in names if n not in GENERIC_WORDS and n not in QUESTION_WORDS}
        # one sentence first: the best-covering one (BM25 breaks ties); two only when no
        # single sentence is enough and the first already holds half of what is asked
        # BM25 only picks the candidates: its scores move when other articles are added, and
        # an answer about one award must not change because another award was added; ties
        # go to notes (written to answer), then to the order of the sources
        singles = sorted(((*_closeness(p, core_set, wanted_set, named_words), not p.is_note,
                           self._order[p], p) for p, _ in ranked), key=lambda t: t[:-1])
        for *_, first in singles:
            found = self._gate([first], wanted_set, core_set, focus, required, named_words,
                               name_of)
            if found and (named or (len(found.matched) >= QUOTED_WORDS
                                    and found.coverage >= QUOTED_COVERAGE)):
                return found
        if not named:
            return None
        for *_, first in singles:
            alone = len(core_set.intersection(first.terms))
            if len(core_set) < 3 or alone * 2 < len(core_set):
                continue
            for *_, second in singles:  # (in the same corpus-free order as the first)
                if second is not first and second.source_id == first.source_id and (
                        core_set.intersection(second.terms)) - set(first.terms):
                    found = self._gate([first, second], wanted_set, core_set, focus,
                                       required, named_words, name_of)
                    if found:
                        return found
        return None

    def title_after(self, noun: str) -> frozenset[str]:
        """The words that carry on a title beginning with `noun` ("penjabat": "wali kota")."""
        return frozenset(self._titles.get(noun, ()))

    def _gate(self, chosen: list[Passage], wanted: set[str], core: set[str],
              focus: str | None, required: set[str], named: set[str],
              name_of: str | None = None) -> Found | None:
        """Found, when the sentences supply the focus, name what the question names (or are
        said by it), hold the unknown words and cover enough of the question."""
        if not chosen[0].supplies(focus, wanted) or (
                name_of and not names_beside([p.quoted for p in chosen], name_of, wanted,
                                             title=self.title_after(name_of))):
            return None
        if named and not any(named.intersection(p.terms) or (
                p.speaker and named.intersection(normalise(p.speaker))) for p in chosen):
            return None  # about someone else
        covered = wanted & {t for p in chosen for t in p.terms}
        covered |= wanted & {w for p in chosen if p.speaker for w in normalise(p.speaker)}
        if any(p.speaker or SAYING_WORDS.intersection(p.terms) for p in chosen):
            covered |= wanted & SAYING_WORDS  # "X bilang apa?": a saying on record says it
        coverage = len(covered & core) / len(core)
        # words the vocabularies don't know must stand in the sentence; one may be missing
        # when the sentence holds at least two other words of the question and most of it
        missing = [w for w in required if w not in PASSAGE_STOPWORDS and not _holds(chosen, w)]
        if missing and not (len(missing) == 1 and len(covered & core) >= 2
                            and coverage >= SPARE_COVERAGE):
            return None
        if len(covered) >= min(MIN_MATCHED, len(wanted)) and coverage >= MIN_COVERAGE:
            return Found(tuple(chosen), coverage, tuple(sorted(covered)))
        return None
