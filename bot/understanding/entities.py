"""Entity linking: the names a question mentions, learnt from the knowledge base.

Slots are closed sets: awards, organisations, people, roles, categories, groups, places and
note topics come from the fact files; years, ranks and edition numbers from the words around
them. Exact alias matches first; typo tolerance (rapidfuzz, optimal string alignment) scaled
to the length of the word or name, none for names of 2–4 letters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise, takewhile

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.understanding.indonesian import indonesian_roots, stemmer
from bot.understanding.normalise import normalise
from bot.understanding.typing_slips import is_slip
from bot.understanding.vocabulary import (
    COUNTED_NOUNS,
    DETAIL_WORDS,
    EVENT_NOUNS,
    EVENT_VERBS,
    FILLERS,
    FOLLOW_UP_MARKERS,
    GENERIC_WORDS,
    GREETINGS,
    HELP,
    HOW_MANY_WORDS,
    INFORMAL,
    INSTITUTIONS,
    LEMMAS,
    LETTER_NAMES,
    NOW_WORDS,
    PLACES,
    PRONOUNS,
    QUESTION_WORDS,
    RELATIVE_RANKS,
    RELATIVE_YEARS,
    ROLE_MODIFIERS,
    TEXT_NOUNS,
    THANKS,
    VENUE_NOUNS,
)
from knowledge.base import KnowledgeBase
from knowledge.ranks import NUMBER_WORDS, ORDINAL_WORDS, RANK_WORDS, is_number, number_from_word
from knowledge.sources import MONTHS

SUFFIXES = ("nya", "kah", "lah", "pun", "ku", "mu")
# words naming a kind of organisation, and the organisation kinds they fit
KIND_WORDS = {"kota": ("kota",), "kabupaten": ("kabupaten",), "provinsi": ("provinsi",),
              "kementerian": ("kementerian",), "dinas": ("dinas",)}
SCOPE_WORDS = ("kategori", "kelompok", "tingkat", "level")
EXCLUDING_WORDS = ("selain", "kecuali")
_LIST_JOINERS = frozenset({"dan", "serta", "maupun", "atau"})
CATEGORY_STOPS = frozenset({"apa", "apakah", "mana", "yang", "siapa", "untuk", "di", "ini",
                            "itu", "lain", "lainnya", "saja", "pada", "dalam", "tahun", "dan",
                            "juga",  # "ada kelompok kab/kota jg kan?"
                            "peserta", "atau", "tersebut", "instansi",  # "kelompok instansi apa?"
                            "juara", "menang", "nominasi",  # "kategori juara; 2 nominasi"
                            "ada", "berapa",  # "kategorinya ada berapa?": a count
                            "penghargaan", "award",  # "kategori penghargaan yang diterima X"
                            "ajang", "acara",  # "kategori lomba apa" (lomba: ajang)
                            "lengkap", "resmi", "persis", "tulis"})  # "kategori lengkapnya"

PARTIAL_KINDS = ("award", "category", "place", "group")
MIN_YEAR, MAX_YEAR = 1945, 2100
_LONGEST_WORD = 20  # letters of the longest word a glued token is read apart into
MAX_RANK_ASKED = 10  # "yang ke-3" is a place in a ranking; "yang ke-16" an edition


VOWELS = frozenset("aeiou")
_WORD = re.compile(r"[a-z]+")


def _skeleton(word: str) -> str:
    """The word without its inner vowels: the first and last letters stay."""
    return word[:1] + "".join(c for c in word[1:-1] if c not in VOWELS) + word[-1:] \
        if len(word) > 1 else word


def _drops_vowels(word: str, short: str) -> bool:
    """Whether `short` is `word` with one or more of its inner vowels left out ("tmpt",
    "tempat"); the first and last letters stay ("tah" is not "tahu")."""
    if len(short) >= len(word) or short[:1] != word[:1] or short[-1:] != word[-1:]:
        return False
    at = 0
    for c in word:
        if at < len(short) and c == short[at]:
            at += 1
        elif c not in VOWELS:
            return False
    return at == len(short)


def spoken_spellings(abbreviation: str) -> frozenset[str]:
    """The ways speech-to-text writes an abbreviation spoken letter by letter, with the
    spaces between the letters left out ("gpr": "gipiar", "jipiar", "gepeer", "gpr")."""
    forms = {""}
    for letter in abbreviation:
        names = LETTER_NAMES.get(letter, frozenset()) | {letter}
        forms = {form + name for form in forms for name in names}
    return frozenset(forms)


def holds_run(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """Whether `run` stands in `words`, in order and unbroken."""
    return any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


def allowed_edits(length: int) -> int:
    """Typo tolerance for a word or name of this many characters."""
    if length < 5:
        return 0
    return 1 if length < 9 else 2


RANK_LIST_LINKS = frozenset({"dan", "sama", "sampai", "hingga", "atau"})  # "juara 1 sampai 3"
PASSIVE_PREFIXES = ("di", "ter")  # prefixes that leave the root as it is
_VERB_PREFIXES = ("di", "me", "ter", "ber")
# the words of places and institutions no source names (vocabulary data): never what a typo
# is "repaired" into; the institutions' words are known only as their names ("negeri" alone
# is no word of the domain)
_GAZETTEER_WORDS = frozenset(w for name in PLACES + INSTITUTIONS for w in normalise(name))


def _is_derived_word(token: str) -> bool:
    """Whether a token is a derived form of an Indonesian root ("perusahaan": usaha)."""
    root = stemmer().stem(token)
    return root != token and len(root) >= 4 and root in indonesian_roots()


def _the_one_ranked(linked: Linked, index: int, number: int) -> bool:
    """Whether "ke-3" at `index` is a rank: "yg ke-3 di TOP GPR itu siapa?", "yang ke-2
    siapa?", "yg ke-2 top gpr" ask who is placed so; "AMH yang ke-16" and "edisi yang
    ke-16 di …" count editions."""
    tokens = linked.tokens
    start = index - 1 if tokens[index - 1:index] == ["ke"] else index
    if tokens[start - 1:start] != ["yang"] or number > MAX_RANK_ASKED \
            or (tokens[index + 1:index + 2] not in ([], ["di"], ["siapa"]) and not any(
                m.start == index + 1 and m.kind in ("award", "edition")
                for m in linked.mentions)):
        return False  # ("yang pertama kali disampaikan": the first thing said)
    before = start - 2  # the word before "yang"
    return before < 0 or (tokens[before] not in EVENT_NOUNS | {"edisi"} and not any(
        m.end == before + 1 and m.kind in ("award", "edition", "year")
        for m in linked.mentions))


_REGIONAL_KINDS = frozenset({"provinsi", "kota", "kabupaten"})
_ALIKE = {"edition": "award", "year": "award"}  # kinds that name the same sort of thing


def _either_named(linked: Linked) -> None:
    """'yg virtual itu AMH apa TOP GPR?', 'bengkulu apa yg bandung?', 'TOP GPR Bengkulu apa
    AMH Bandung?': "apa" between two names of one sort (or runs of names, the second opening
    with a sort the first holds) offers one or the other, as "atau" does ("kopi apa teh")."""
    by_end = {m.end: m for m in linked.mentions}
    starts = {m.start: _ALIKE.get(m.kind, m.kind) for m in linked.mentions}
    for index, token in enumerate(linked.tokens):
        after = index + 1 + (linked.tokens[index + 1:index + 2] == ["yang"])
        if token != "apa" or after not in starts:
            continue
        kinds, at = set(), index
        while (before := by_end.get(at)) is not None:  # the run of names before it
            kinds.add(_ALIKE.get(before.kind, before.kind))
            at = before.start
        end = max(m.end for m in linked.mentions if m.start == after)
        while (nxt := next((m for m in linked.mentions if m.start == end), None)) is not None:
            end = nxt.end
        if starts[after] in kinds and linked.tokens[end:end + 1] != ["apa"]:
            # (not "Bandung apa, Bengkulu apa?": what of each)
            linked.tokens[index] = "atau"
            linked.either = True


@dataclass(frozen=True)
class Mention:
    """A span of the question linked to something."""

    kind: str
    target: str | int
    start: int
    end: int
    fuzzy: bool = False


@dataclass
class Linked:
    """The tokens of a question and what they were linked to."""

    tokens: list[str]
    mentions: list[Mention] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    corrected: dict[str, str] = field(default_factory=dict)  # the words read as typos
    asks_rank: bool = False
    unknown_category: str | None = None
    unknown_organisation: str | None = None
    asks_count: bool = False
    either: bool = False  # an "apa" read as "atau" ("AMH apa TOP GPR?")

    def first(self, kind: str) -> str | int | None:
        return next((m.target for m in self.mentions if m.kind == kind), None)

    def unnamed_words(self) -> set[str]:
        """The words outside every mention ("apakah jaduliwan hadir di acara top gpr" →
        apakah, hadir, di, acara)."""
        spanned = {i for m in self.mentions for i in range(m.start, m.end)}
        return {t for i, t in enumerate(self.tokens) if i not in spanned}

    def only_names(self) -> bool:
        """Whether every word is part of a name or a filler: a keyword query ("top gpr jawa
        barat", "amh 2023")."""
        spanned = {i for m in self.mentions for i in range(m.start, m.end)}
        return bool(spanned) and all(i in spanned or t in FILLERS
                                     for i, t in enumerate(self.tokens))

    def first_text(self, kind: str) -> str | None:
        """The first name of this kind (an id, a role, a category …)."""
        return next((m.target for m in self.mentions
                     if m.kind == kind and isinstance(m.target, str)), None)

    def first_number(self, kind: str) -> int | None:
        """The first number of this kind (a year, a rank, an edition number)."""
        return next((m.target for m in self.mentions
                     if m.kind == kind and isinstance(m.target, int)), None)

    def all_text(self, kind: str) -> list[str]:
        """Every distinct name of this kind, in the order mentioned."""
        return [t for t in self.all(kind) if isinstance(t, str)]

    def all(self, kind: str) -> list[str | int]:
        found: list[str | int] = []
        for mention in self.mentions:
            if mention.kind == kind and mention.target not in found:
                found.append(mention.target)
        return found

    def free_words(self) -> list[str]:
        """Tokens not inside a mention (the words that say what is asked)."""
        covered = {i for m in self.mentions for i in range(m.start, m.end)}
        return [t for i, t in enumerate(self.tokens) if i not in covered]


_MONTH_WORDS = frozenset(m.casefold() for m in MONTHS)


class EntityIndex:
    """Names from the knowledge base, indexed for exact, fuzzy and partial lookup."""

    def __init__(self, kb: KnowledgeBase, reserved: frozenset[str] = GENERIC_WORDS) -> None:
        """`reserved`: words of asking a note keyword may not consist of (the intents' cue
        words and the domain's generic words)."""
        self.aliases: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
        token_targets: dict[str, set[tuple[str, str]]] = defaultdict(set)
        typed: dict[tuple[str, ...], tuple[str, str]] = {}  # each name's words as written
        for name in dict.fromkeys(kb.names()):  # a category is named once per result
            if name.kind != "topic":
                typed[tuple(name.text.casefold().split())] = (name.kind, name.target)
            key = tuple(normalise(name.text))
            if not key or (name.kind == "topic" and all(
                    t in reserved or is_number(t) for t in key)):
                continue  # a note keyword made of the words of asking ("juara") is no hint
            if (name.kind, name.target) not in self.aliases[key]:
                self.aliases[key].append((name.kind, name.target))
            for token in key:
                token_targets[token].add((name.kind, name.target))
        for edition in kb.editions.values():
            for event in edition.events:
                if event.name:
                    key = tuple(normalise(event.name))
                    self.aliases[key].append(("edition", edition.id))
                    # without its year the event's name names the award: "Malam Anugerah Humas"
                    if key[-1] == str(edition.year) and len(key) > 2 and (
                            "award", edition.award) not in self.aliases[key[:-1]]:
                        self.aliases[key[:-1]].append(("award", edition.award))
        for key, linked_to in [*self.aliases.items(), *((k, [t]) for k, t in typed.items())]:
            # a name of two or three words typed as one ("topgpr", "mediacenter"), as it is
            # written too ("pemprovbengkulu")
            joined = ("".join(key),)
            named = [t for t in linked_to if t[0] != "topic"]
            if 2 <= len(key) <= 3 and named and len(joined[0]) >= 5 and joined[0].isalpha() \
                    and joined not in self.aliases:
                self.aliases[joined] = named
                token_targets[joined[0]].update(named)
        published: dict[str, list[str]] = defaultdict(list)
        for edition in kb.editions.values():
            if edition.source_id:
                published[edition.source_id].append(edition.id)
        outlet_words: set[str] = set()
        for source in kb.sources.values():  # "follow HaloJabar di mana?": its article's edition
            outlet = tuple(normalise((source.publisher or "").split("(")[0]))
            outlet_words.update(outlet)
            known = set(self.aliases[outlet]) if outlet else set()
            for edition_id in published.get(source.id, ()) if outlet else ():
                if ("edition", edition_id) not in known:
                    known.add(("edition", edition_id))
                    self.aliases[outlet].append(("edition", edition_id))
                    for token in outlet:
                        token_targets[token].add(("edition", edition_id))
        # the words of the news sites that published the articles
        self.outlet_words = frozenset(outlet_words)
        gazetteer_names: set[tuple[str, ...]] = set()
        for place in PLACES:  # a place no source names is still a place, not a stray word
            key = tuple(normalise(place))
            if key and key not in self.aliases:
                self.aliases[key].append(("place", place))
                gazetteer_names.add(key)
        for institution in INSTITUTIONS:  # and an institution no source names is one
            key = tuple(normalise(institution))
            if key and key not in self.aliases:
                self.aliases[key].append(("institution", institution))
                gazetteer_names.add(key)
        self.max_len = max((len(k) for k in self.aliases), default=1)
        # what each note keyword may be about: its notes' subjects, editions and awards, so
        # that a keyword never catches a question about another award or edition
        self.hint_scope: dict[str, set[str | int]] = defaultdict(set)
        for note in kb.notes:
            scope: set[str | int] = set(note.about)
            for subject in note.about:
                if subject in kb.organisations:  # and the units under it (its Media Center)
                    scope |= set(kb.organisation_family(subject))
                if subject in kb.editions:
                    edition = kb.editions[subject]
                    scope |= {edition.award, edition.year}
            if note.edition_id and note.edition_id in kb.editions:
                edition = kb.editions[note.edition_id]
                scope |= {note.edition_id, edition.award, edition.year}
            for keyword in note.keywords:
                self.hint_scope[keyword] |= scope
        self.org_kinds = {org.id: org.kind for org in kb.organisations.values()}
        self._org_words = {org.id: frozenset(w for text in (org.name, *org.aliases)
                                             for w in normalise(text))
                           for org in kb.organisations.values()}
        # the words of regional governments' names ("bandung", "sumatera"): what names a
        # region, where a word of another name ("media" of Media Center) need not
        self._region_words = frozenset(
            w for org in kb.organisations.values() if org.kind in _REGIONAL_KINDS
            for w in self._org_words[org.id])
        self._orgs_by_word: dict[str, set[str]] = defaultdict(set)
        for org_id, org_words in self._org_words.items():
            for word in org_words:
                self._orgs_by_word[word].add(org_id)
        # a word that is the place part of several organisations' names of different kinds
        # ("bandung": Kota Bandung and Kabupaten Bandung): a bare "Bandung" may mean any
        self.shared_place: dict[str, tuple[str, ...]] = {}
        by_word: dict[str, set[str]] = defaultdict(set)
        for org in kb.organisations.values():
            if org.kind in KIND_WORDS and org.parent is None:
                for word in normalise(org.name):
                    if word not in KIND_WORDS and word not in QUESTION_WORDS:
                        by_word[word].add(org.id)
        for word, orgs in by_word.items():
            if len({self.org_kinds[o] for o in orgs}) > 1:
                self.shared_place[word] = tuple(sorted(orgs))
        self.awards = frozenset(kb.awards)
        self.kb_words = frozenset(token_targets)
        self.lexicon = frozenset(
            self.kb_words | QUESTION_WORDS | DETAIL_WORDS | FILLERS | GREETINGS | THANKS | HELP
            | NOW_WORDS | FOLLOW_UP_MARKERS | set(RANK_WORDS) | set(ORDINAL_WORDS)
            | set(NUMBER_WORDS) | set(RELATIVE_RANKS) | PRONOUNS
            | {"keduanya"}  # ("keduanya" is both, not "kedua", second; but "juara duanya"
            # is the second place)
            | {w for place in PLACES for w in normalise(place)}
            | {w for w in LEMMAS if " " not in w}  # so "pmeenang" → pemenang → menang
        )
        # a word that names exactly one award, category, place or group links on its own
        self.partial: dict[str, tuple[str, str]] = {}
        for token, targets in token_targets.items():
            if len(targets) == 1 and len(token) >= 3 and token not in QUESTION_WORDS \
                    and not is_number(token):
                kind, target = next(iter(targets))
                if kind in PARTIAL_KINDS:
                    self.partial[token] = (kind, target)
        # fuzzy look-ups compare only with words (names) of the same first letter, (word count)
        # and a length within the tolerance
        # note keywords are hints written by authors: matched exactly, never by typo tolerance
        # (the keyword "pemicu" must not catch a question about the "pemilu")
        hint_only = {t for t, targets in token_targets.items()
                     if all(kind == "topic" for kind, _ in targets)} - (
            QUESTION_WORDS | FILLERS | set(LEMMAS))
        self.name_words = frozenset(self.kb_words - hint_only)  # words of names, not hints
        # chat forms of one word are spellings to repair to as well ("nrima" → "nerima")
        self._chat_forms = {form: LEMMAS.get(word, word) for form, word in INFORMAL.items()
                            if " " not in form and " " not in word and word in self.lexicon}
        self._words: dict[tuple[str, int], list[str]] = defaultdict(list)
        # places no source names are known words, never what a typo is "repaired" into
        # ("senang" is not "Serang")
        gazetteer = _GAZETTEER_WORDS - self.kb_words
        for word in sorted((self.lexicon - hint_only - gazetteer) | self._chat_forms.keys()):
            if len(word) >= 4:
                self._words[(word[:1], len(word))].append(word)
        # words typed on a phone without some of their vowels ("acra", "kerjsama") are the
        # one word of the vocabulary or the sources they shorten, found by their consonants
        self._by_skeleton: dict[str, set[str]] = defaultdict(set)
        written = {w for source in kb.sources.values()
                   for w in _WORD.findall(source.text.lower()) if len(w) >= 5} - gazetteer
        for word in {w for words in self._words.values() for w in words} | written:
            self._by_skeleton[_skeleton(word)].add(word)
        # the abbreviations in the names ("TOP GPR", "AMH", "DKI Jakarta"), by the ways they
        # are written when spoken letter by letter; none is a word of its own
        self._abbreviations = {word.casefold() for name in kb.names()
                               for word in name.text.split()
                               if 2 <= len(word) <= 4 and word.isalpha() and word.isupper()}
        # the short words a glued token may hold: question words, chat forms without vowels
        # and the abbreviations in names ("apa", "brp", "amh"; not "kan", "nya", "pas")
        self._short_words = frozenset(
            w for w in QUESTION_WORDS | self._abbreviations
            | {f for f in self._chat_forms if VOWELS.isdisjoint(f)} if len(w) == 3)
        self._spelled: dict[str, str] = {}
        for abbreviation in sorted(self._abbreviations):
            for form in spoken_spellings(abbreviation) - {abbreviation}:
                if form not in self.lexicon and form not in indonesian_roots():
                    self._spelled.setdefault(form, abbreviation)
        self._spelled_by_letter: dict[str, list[str]] = defaultdict(list)
        for form, abbreviation in self._spelled.items():
            if len(abbreviation) >= 3:  # (two letters spoken are too close to other words)
                self._spelled_by_letter[form[:1]].append(form)
        self._names: dict[tuple[int, str, int], list[str]] = defaultdict(list)
        for key, named in self.aliases.items():
            if all(kind == "topic" for kind, _ in named) or key in gazetteer_names:
                continue  # (hints, and places no source names, are matched exactly)
            text = " ".join(key)
            self._names[(len(key), text[:1], len(text))].append(text)

    # --- token repair ------------------------------------------------------------------

    def repair(self, token: str) -> str:
        """A token the lexicon knows: itself, a form of a known word, or its closest
        spelling within the length-scaled tolerance (same first letter)."""
        if (known := self._known_form(token)) is not None:
            return known
        guess = self._guessed(token)
        return guess if guess != token else self._run_apart(token) or token

    def _known_form(self, token: str) -> str | None:
        """The known word `token` is: itself, without a clitic suffix, a chat or passive
        form of it, or a word of its own; None when only a guess would read it."""
        if token in self.lexicon or is_number(token) or token.startswith("ke-"):
            return token
        single = token[:-1]  # a last letter typed twice: "ajaa", "sihh", "acaranyaa", "dmnn",
        # "kee", "pemkott" (a chat form of several words: read as they are)
        if len(token) > 2 and token[-1] == token[-2] and (
                single in self.lexicon or single in INFORMAL):
            return self._chat_forms.get(single) or INFORMAL.get(single) or LEMMAS.get(single,
                                                                                       single)
        for suffix in SUFFIXES:
            stem = token[: -len(suffix)]
            stem = LEMMAS.get(stem, stem)  # penyelenggaranya → penyelenggara → selenggara
            if token.endswith(suffix) and len(stem) >= 3 and stem in self.lexicon:
                return stem
        if (formal := self._formal_of_in(token)) is not None:
            return formal
        for prefix in PASSIVE_PREFIXES:  # "dibuat" is a form of "buat", not "dimuat" mistyped
            root = token[len(prefix):]
            if token.startswith(prefix) and root in self.lexicon:
                return LEMMAS.get(root, token)  # "dimenangin": "menangin" is "menang"
            if token.startswith(prefix) and (formal := INFORMAL.get(root)) in self.lexicon:
                # "didapek": dapat; "dikasi": "dikasih" is a chat form of its own (diberi)
                return self._chat_forms.get(prefix + formal) or LEMMAS.get(formal, formal)
        if token in indonesian_roots():
            return token  # a word of its own: "berat" is not "berkat" mistyped
        if token.isalpha() and len(token) >= 7:
            root = str(stemmer().stem(token))
            if root != token and root in self.lexicon and root not in FILLERS \
                    and root not in QUESTION_WORDS and len(root) >= 4:
                return LEMMAS.get(root, root)  # "mengomentari": "komentar"
        return self._learner_form(token) or self._regional_of(token)

    def _run_apart(self, token: str) -> str | None:
        """Words typed together without the spaces between them, as fast phone typing and
        hashtags write them ("siapajuara", "bandungmasuk", "kategoriapa"): the fewest known
        words that spell `token` exactly, at most three, each of four letters or more or a
        question word, vowelless chat form or abbreviation of three ("apa", "brp", "amh"); None when
        none do, or `token` is a derived word ("urutkan" is not "urut kan")."""
        if len(token) < 6 or not token.isalpha() or _is_derived_word(token):
            return None
        best: dict[int, tuple[str, ...]] = {0: ()}  # letters read → fewest words to read them
        for end in range(3, len(token) + 1):
            for start in range(max(0, end - _LONGEST_WORD), end - 2):
                piece = token[start:end]
                known = piece in self._short_words or (len(piece) > 3 and piece in self.lexicon)
                if known and start in best and len(best[start]) < 3 and (
                        end not in best or len(best[start]) + 1 < len(best[end])):
                    best[end] = (*best[start], piece)
        words = best.get(len(token), ())
        return " ".join(words) if len(words) > 1 else None

    def _learner_form(self, token: str) -> str | None:
        """The known verb a learner of Indonesian wrote with one affix too many or too few:
        "diadakankan" and "diangkatkan" (a -kan on a verb that has its ending),
        "memenang" (the me- of "menang" doubled, or "memenangkan" without its -kan); None
        when no known word is."""
        if not token.startswith(_VERB_PREFIXES) or len(token) < 7:
            return None
        forms = [token[:-3]] if token.endswith("kan") else [token + "kan"]
        if token.startswith("me"):
            forms.append(token[2:])
        for form in forms:
            if form in self.lexicon and form.startswith(_VERB_PREFIXES):
                return LEMMAS.get(form, form)
        return None

    def _regional_of(self, token: str) -> str | None:
        """The known word a regional spelling stands for: ending in -o or -e where standard
        Indonesian ends in -a (Palembang, Bengkulu and Minang "siapo", "gubernurnyo", Betawi
        "siape", "dimane"), a word with the Javanese -e/-ne or the Sundanese -na for -nya
        ("jabatane", "acarane", "beritana") or the Javanese krama -ipun ("jabatanipun"), or
        the Sundanese and Javanese forms of -kan ("nuturkeun", "diadakno"), the Betawi -nye
        ("pengumumannye"); None when no known word is."""
        if len(token) < 3:
            return None
        forms = [token[:-2]] if token.endswith("na") else []  # Sundanese -na: "beritana"
        if token.endswith("ipun"):  # Javanese krama -ipun: "jabatanipun", "pengumumanipun"
            forms.append(token[:-4])
        # the Sundanese and Javanese forms of -kan: "nuturkeun", "diadakno", "manfaatke"
        forms += [token.removesuffix(end) + "kan" for end in ("keun", "kno", "ake", "ke")
                  if token.endswith(end)][:1]
        if token.endswith("nye"):  # Betawi -nye: "pengumumannye", "ceritanye"
            forms.append(token[:-3])
        if token[-1] in "oe":
            forms.append(token[:-1] + "a")
        if token[-1] == "e":
            forms += [token[:-2]] if token.endswith("ne") else []
            forms.append(token[:-1])
        # a verb with the bare nasal prefix, as regional speech and chat write it, is the
        # standard me- verb: "nyebarkeun" → "menyebarkan", "ningkatkeun" → "meningkatkan"
        forms += ["me" + f for f in forms if f.startswith(("ng", "ny"))]
        for form in forms:
            if len(form) >= 3 and (known := self._known_form(form)) in self.lexicon:
                return LEMMAS.get(known, known)  # "jabatane": jabatan, as "jabat" is asked
        return None

    def _guessed(self, token: str) -> str:
        """The known word `token` was typed for, with some vowels left out or within the
        length-scaled tolerance of edits; `token` itself when none."""
        stem = token.removesuffix("nya")
        if (full := self._shortened(token) or (
                self._shortened(stem) if stem != token else None)) is not None:
            return full  # typed without some vowels: "bnyk" is "banyak", "sumbrnya" "sumber"
        limit = allowed_edits(len(token))
        if not limit:
            return token
        if _is_derived_word(token):
            limit = 1  # "perusahaan" (per-usaha-an) is not "persamaan" mistyped twice
        best = self._closest(token, limit)
        if best is None and len(stem) >= 6 and stem != token and stem not in indonesian_roots():
            best = self._closest(stem, 1)  # "kategrinya": "kategri" is "kategori" (but
            # "warnanya" is "warna", a word of its own)
        return best or token

    def _closest(self, token: str, limit: int) -> str | None:
        """The known word within `limit` edits of `token` (same first letter) that a slip
        of the fingers makes of it (bot/understanding/typing_slips.py), or None."""
        candidates = [
            w for length in range(len(token) - limit, len(token) + limit + 1)
            for w in self._words.get((token[:1], length), ())
        ]
        candidates.sort(key=lambda w: w not in self.name_words)  # a tie goes to a name
        found = process.extract(token, candidates, scorer=OSA.distance, score_cutoff=limit,
                                limit=None)
        for word, _, _ in found:
            meant = self._chat_forms.get(word) or LEMMAS.get(word, word)
            if is_slip(token, word) or is_slip(token, meant):  # ("nomination": nominator is
                return meant  # nominasi; "persib" is no slip for "persis": b is far from s)
        return None

    def _formal_of_in(self, token: str) -> str | None:
        """The known word that a chat verb in -in stands for ("dilakuin": dilakukan,
        "diumuminnya": diumumkan, "ngelakuin": lakukan), or None."""
        word = token.removesuffix("nya")
        if not word.endswith("in") or len(word) < 6:
            return None
        base = word[:-2]
        for stem in (base, *(base[len(p):] for p in ("nge", "ng") if base.startswith(p))):
            for formal in (stem + "kan", stem + "i"):
                if formal in self.lexicon:
                    return LEMMAS.get(formal, formal)
        return None

    def _shortened(self, token: str) -> str | None:
        """The one known word that `token` (four letters or more) is, with some of its inner
        vowels left out ("prngkat": peringkat); None when none or several are."""
        if len(token) < 4:  # ("ktp", "but", "tak" are words or abbreviations of their own)
            return None
        full = [w for w in self._by_skeleton.get(_skeleton(token), ()) if _drops_vowels(w, token)]
        if not full:  # a name's last vowel left out too: "srby" is "surabaya"
            full = [w for v in VOWELS for w in self._by_skeleton.get(_skeleton(token + v), ())
                    if w in self.name_words and _drops_vowels(w, token + v)]
        if len(full) != 1:
            return None
        return self._chat_forms.get(full[0]) or LEMMAS.get(full[0], full[0])

    # --- linking -------------------------------------------------------------------------

    def link(self, raw_tokens: list[str]) -> Linked:
        pairs: list[tuple[str, str]] = []  # (as typed, as read)
        for raw in self._rejoined(self._spelled_out(raw_tokens)):
            fixed = self.repair(raw)
            if fixed != raw and fixed not in self.lexicon and (full := normalise(fixed)) != [
                    fixed]:
                pairs += [(word, word) for word in full]  # "pmkt": "pemkot", read as if
                # "pemerintah kota" were typed
            else:
                pairs.append((raw, fixed))
        tokens = [fixed for _, fixed in pairs]
        linked = Linked(tokens=tokens)
        linked.corrected = {r: t for r, t in pairs if r != t and self._known_form(r) is None}
        covered = [False] * len(tokens)
        self._link_aliases(linked, covered)
        self._link_fuzzy(linked, covered)
        self._link_numbers(linked, covered)
        self._link_partial(linked, covered)
        self._note_unknown_category(linked, covered)
        self._note_unknown_venue(linked, covered)
        self._drop_foreign_hints(linked)
        self._widen_shared_places(linked)
        linked.mentions.sort(key=lambda m: m.start)
        _either_named(linked)
        linked.unknown = [
            t for i, t in enumerate(tokens)
            if not covered[i] and t not in self.lexicon and not is_number(t)
            and not t.startswith("ke-")
        ]
        said = [t for t in tokens if t not in FILLERS]
        linked.asks_count = any(  # ("… diikuti lebih dari 500 instansi, benar?": a count)
            (a in HOW_MANY_WORDS or is_number(a)) and b in COUNTED_NOUNS
            for a, b in pairwise(tokens)) or (  # "peserta kategori provinsi ada brp?"
            len(said) > 1 and said[0] in COUNTED_NOUNS and said[-1] == "berapa")
        return linked

    def _spelled_out(self, tokens: list[str]) -> list[str]:
        """Abbreviations spoken letter by letter as speech-to-text writes them ("top gipi ar",
        "g p r", "tob gepeer", "am ha"): the abbreviation. A run of up to four words, one of
        them no word the lexicon or the language knows, written as one of the
        abbreviation's spoken forms; or short words, none of them known, within one letter
        of a form of an abbreviation of three letters or more ("am ha": "aemha")."""
        spelled: list[str] = []
        index = 0
        while index < len(tokens):
            for size in range(min(4, len(tokens) - index), 0, -1):
                run = tokens[index:index + size]
                if all(t in self.lexicon or t in indonesian_roots() for t in run) \
                        or any(is_number(t) for t in run):
                    continue
                joined = "".join(run)
                abbreviation = self._spelled.get(joined) or (
                    joined if size > 1 and joined in self._abbreviations else None)
                if abbreviation is None and size > 1 and len(joined) >= 4 \
                        and all(len(t) <= 4 and t not in self.lexicon for t in run):
                    near = process.extractOne(joined, self._spelled_by_letter.get(joined[:1], ()),
                                              scorer=OSA.distance, score_cutoff=1)
                    abbreviation = self._spelled[near[0]] if near else None
                if abbreviation is not None:
                    spelled.append(abbreviation)
                    index += size
                    break
            else:
                spelled.append(tokens[index])
                index += 1
        return spelled

    def _rejoined(self, tokens: list[str]) -> list[str]:
        """A name split in two as speech-to-text or a phone writes it ("halo jabar", "jadul iwan",
        "sura baya"): the two words as one where they make a word of a name and one of them
        is no word of its own."""
        joined: list[str] = []
        for token in tokens:
            whole = joined[-1] + token if joined else ""
            if not joined or is_number(token) or (
                    joined[-1] in self.lexicon and token in self.lexicon):
                joined.append(token)
            elif whole in self.name_words:
                joined[-1] = whole
            elif INFORMAL.get(whole) and set(INFORMAL[whole].split()) <= self.name_words:
                joined[-1:] = INFORMAL[whole].split()  # "pem kot": "pemkot", Pemerintah Kota
            elif len(whole) >= 6 and joined[-1] not in self.lexicon \
                    and token not in self.lexicon and (near := process.extractOne(
                    whole, self._words.get((whole[:1], len(whole) + 1), ()),
                    scorer=OSA.distance, score_cutoff=1)) and near[0] in self.name_words:
                joined[-1] = near[0]  # "mer sya": "mersyah", its last letter unheard (two
                # pieces no word of their own: "kota bandun" is a typo, not a split name)
            else:
                joined.append(token)
        return joined

    def _widen_shared_places(self, linked: Linked) -> None:
        """A bare place name that several organisations share ("Bandung": Kota and Kabupaten
        Bandung) stands for each of them: one mention per organisation, on the same span."""
        for mention in list(linked.mentions):
            if mention.kind != "organisation" or mention.end - mention.start != 1:
                continue
            word = linked.tokens[mention.start]
            previous = linked.tokens[mention.start - 1] if mention.start else ""
            if previous in KIND_WORDS:
                continue  # "Kota Bandung" names one of them
            for other in self.shared_place.get(word, ()):
                if other != mention.target:
                    linked.mentions.append(
                        Mention("organisation", other, mention.start, mention.end))

    def _drop_foreign_hints(self, linked: Linked) -> None:
        """Note keywords are hints: one stays only when the question names nothing its notes
        are not about (no other award, year, edition, organisation or person)."""
        named = {m.target for m in linked.mentions
                 if m.kind in ("award", "edition", "year", "organisation", "person")}
        if not named:
            return
        linked.mentions = [m for m in linked.mentions if m.kind != "topic"
                           or named <= self.hint_scope.get(str(m.target), set())]

    def _add(self, linked: Linked, covered: list[bool], kind: str, target: str | int,
             start: int, end: int, fuzzy: bool = False) -> None:
        linked.mentions.append(Mention(kind, target, start, end, fuzzy))
        for index in range(start, end):
            covered[index] = True

    def _link_aliases(self, linked: Linked, covered: list[bool]) -> None:
        tokens, index = linked.tokens, 0
        excluded_end = -1  # where the last name after "selain" ends
        while index < len(tokens):
            previous = tokens[index - 1] if index else ""
            for size in range(min(self.max_len, len(tokens) - index), 0, -1):
                key = tuple(tokens[index:index + size])
                targets = self.aliases.get(key)
                if not targets:
                    continue
                if size == 1 and key[0] in QUESTION_WORDS and previous not in SCOPE_WORDS:
                    # a common word ("provinsi") names a group only after "kategori"
                    targets = [t for t in targets if t[0] not in PARTIAL_KINDS]
                    if not targets:
                        continue
                if size == 1 and key[0] in ROLE_MODIFIERS and self._starts_role(tokens, index + 1):
                    continue  # "Pj Gubernur": another office than the Pj Wali Kota on record
                if self._names_other_organisation(linked, targets, previous, index, size):
                    covered[index - 1] = True
                    for position in range(index, index + size):
                        covered[position] = True
                    index += size
                    break
                if any(t[0] == "role" for t in targets) and previous in ROLE_MODIFIERS:
                    # "Wakil Gubernur": another office than the Gubernur on record
                    linked.unknown_organisation = " ".join(
                        tokens[index - 1:index + size]).title()
                    covered[index - 1:index + size] = [True] * (size + 1)
                    index += size
                    break
                if previous in EXCLUDING_WORDS or (previous in SCOPE_WORDS and any(
                        t in EXCLUDING_WORDS for t in tokens[max(0, index - 3):index - 1])) \
                        or (previous in _LIST_JOINERS and index - 1 == excluded_end):
                    # "selain kampanye …", "selain pj wali kota dan sekda": not asked of
                    covered[index:index + size] = [True] * size
                    index += size
                    excluded_end = index
                    break
                for kind, target in targets:
                    self._add(linked, covered, kind, target, index, index + size)
                # "kepala dinas kominfo kota bandung": the role's last word begins the name of
                # its organisation ("dinas kominfo kota bandung"), so both are linked
                index += size - 1 if self._shares_last_word(tokens, targets, index, size) \
                    else size
                break
            else:
                index += 1

    def _starts_role(self, tokens: list[str], index: int) -> bool:
        """Whether a role's name begins at `index`."""
        return any(any(kind == "role" for kind, _ in self.aliases.get(tuple(tokens[index:end]), ()))
                   for end in range(index + 1, min(index + self.max_len, len(tokens)) + 1))

    def _shares_last_word(self, tokens: list[str], targets: list[tuple[str, str]],
                          index: int, size: int) -> bool:
        """Whether a role's last word (a kind: "dinas") starts an organisation's name."""
        last = index + size - 1
        if size < 2 or tokens[last] not in KIND_WORDS or any(k != "role" for k, _ in targets):
            return False
        return any(
            any(k == "organisation" for k, _ in self.aliases.get(tuple(tokens[last:last + n]),
                                                                 ()))
            for n in range(2, min(self.max_len, len(tokens) - last) + 1))

    def _names_other_organisation(self, linked: Linked, targets: list[tuple[str, str]],
                                  previous: str, index: int, size: int) -> bool:
        """'Kabupaten Bandung' when only Kota Bandung is known; 'Kota Surabaya' when Surabaya
        is only known as a place: a different organisation, not on record. 'Dinas Kominfo'
        when one dinas on record has "kominfo" in its names: that one (linked here)."""
        if previous not in KIND_WORDS or index == 0:
            return False
        fitting = [
            t for t in targets
            if t[0] == "organisation" and self.org_kinds.get(t[1]) in KIND_WORDS[previous]
        ]
        named_kind = any(t[0] == "organisation" for t in targets) or any(
            t[0] == "place" for t in targets)
        if fitting or not named_kind:
            return False
        key = linked.tokens[index:index + size]
        having = set.intersection(*(self._orgs_by_word.get(w, set()) for w in key))
        of_kind = sorted(org for org in having if self.org_kinds[org] in KIND_WORDS[previous])
        others = {t for t in linked.tokens if t not in KIND_WORDS and t not in QUESTION_WORDS
                  and t in self._region_words
                  and self._orgs_by_word.get(t, set()) - set(of_kind)}
        if len(of_kind) == 1 and not others - self._org_words[of_kind[0]]:
            # "diskominfo": the one dinas on record with "kominfo" in its names, unless the
            # question names another organisation's place ("… Bandung dan Bengkulu")
            linked.mentions.append(Mention("organisation", of_kind[0], index - 1, index + size))
            return True
        linked.unknown_organisation = " ".join(linked.tokens[index - 1:index + size]).title()
        return True

    def _link_fuzzy(self, linked: Linked, covered: list[bool]) -> None:
        """N-grams holding an unknown word, against names of as many words ('top grp')."""
        tokens = linked.tokens
        for index, token in enumerate(tokens):
            if covered[index] or token in self.lexicon or is_number(token):
                continue
            for size in range(min(4, len(tokens)), 0, -1):
                for start in range(max(0, index - size + 1), index + 1):
                    end = start + size
                    if end > len(tokens) or any(covered[start:end]):
                        continue
                    text = " ".join(tokens[start:end])
                    limit = allowed_edits(len(text))
                    if not limit:
                        continue
                    choices = [
                        a for length in range(len(text) - limit, len(text) + limit + 1)
                        for a in self._names.get((size, text[:1], length), ())
                    ]
                    best = process.extractOne(text, choices, scorer=OSA.distance,
                                              score_cutoff=limit)
                    if best:
                        for kind, target in self.aliases[tuple(best[0].split())]:
                            self._add(linked, covered, kind, target, start, end, fuzzy=True)
                        break
                if covered[index]:
                    break

    def _link_rank_list(self, linked: Linked, covered: list[bool], start: int) -> None:
        """More ranks right after one: 'juara 1 2 3', 'peringkat 1 sampai 3', 'juara 1 dan 2'
        (a range counts every rank in it)."""
        tokens, last, ranging, links = linked.tokens, None, False, []
        for index in range(start, len(tokens)):
            token = tokens[index]
            if token in RANK_LIST_LINKS:
                ranging = ranging or token in ("sampai", "hingga")
                links.append(index)
                continue
            number = int(token) if is_number(token) and len(token) <= 2 else None
            if number is None or covered[index]:
                break
            first = last if last is not None else linked.mentions[-1].target
            numbers = range(int(first) + 1, number + 1) if ranging else (number,)
            for rank in numbers:  # the span holds the links: "sampai" here is "to"
                self._add(linked, covered, "rank", rank, links[0] if links else index,
                          index + 1)
            last, ranging, links = number, False, []

    def _link_numbers(self, linked: Linked, covered: list[bool]) -> None:
        """Years, ranks ('juara 3', 'peringkat II', 'ketiga') and edition numbers ('ke-16')."""
        tokens = linked.tokens
        for index, token in enumerate(tokens):
            if covered[index]:
                continue
            previous = tokens[index - 1] if index else ""
            stated = any(is_number(t) and len(t) == 4 and MIN_YEAR <= int(t) <= MAX_YEAR
                         for t in tokens)  # "tahun ini (2023)": the year as stated
            if previous == "tahun" and token in RELATIVE_YEARS and not covered[index - 1] \
                    and not stated:
                year = dt.date.today().year + RELATIVE_YEARS[token]  # "tahun lalu"
                self._add(linked, covered, "year", year, index - 1, index + 1)
                continue
            if is_number(token) and len(token) == 4 and MIN_YEAR <= int(token) <= MAX_YEAR:
                self._add(linked, covered, "year", int(token), index, index + 1)
            elif is_number(token) and len(token) == 2 and index and any(
                m.kind in ("award", "edition") and m.end == index for m in linked.mentions
            ) and not set(tokens[index + 1:index + 2]) & _MONTH_WORDS:
                # ("amh 23", but "malam anugerah humas 30 nov 23": a day of a month)
                self._add(linked, covered, "year", 2000 + int(token), index, index + 1)
            elif previous in RANK_WORDS or (previous == "ke" and index > 1
                                            and tokens[index - 2] in RANK_WORDS):
                if token in ("berapa", "keberapa", "brp"):
                    linked.asks_rank = True
                    continue
                number = number_from_word(token, allow_roman=True)
                excluded = any(t in EXCLUDING_WORDS for t in tokens[max(0, index - 3):index])
                if excluded:
                    covered[index] = True
                elif number is not None and not (index + 1 < len(tokens)
                                                 and tokens[index + 1] == "besar"):
                    self._add(linked, covered, "rank", number, index, index + 1)
                    self._link_rank_list(linked, covered, index + 1)
            elif previous == "dari" and is_number(token) and len(token) <= 2 \
                    and set(tokens[index + 1:index + 2]) & RANK_LIST_LINKS \
                    and any(t in RANK_WORDS for t in tokens[:index]):
                # "urutkan peringkat provinsi TOP GPR 2021 dari 1 sampai 3": the ranks named
                # earlier, counted from one to another
                self._add(linked, covered, "rank", int(token), index, index + 1)
                self._link_rank_list(linked, covered, index + 1)
            elif previous == "yang" and is_number(token) and len(token) <= 2 and all(
                    t in FILLERS or t in self.kb_words or (is_number(t) and len(t) == 4)
                    for t in tokens[index + 1:]):
                # "trs yg 1?", "siapa yang 1 TOP GPR 2021": the one ranked first (a number
                # ending the question, but for names)
                self._add(linked, covered, "rank", int(token), index, index + 1)
            elif token in ORDINAL_WORDS and not (
                    token == "kedua" and index + 1 < len(tokens)
                    and tokens[index + 1] in EVENT_NOUNS | TEXT_NOUNS):
                # ("kedua acara itu", "kedua artikel": both)
                # "AMH pertama diadakan tahun berapa?", "yg pertama diadain tahun brp": the
                # first edition of an award named just before or held, when no one is asked
                # of and no rank is named
                # (or "AMH yang pertama", or asked its year: "berarti yang pertama tahun
                # berapa?")
                edition = (any(m.kind == "award" and m.end in (index, index - 1)
                               and tokens[m.end:index] in ([], ["yang"])
                               for m in linked.mentions)
                           or set(tokens[index + 1:index + 2]) & EVENT_VERBS
                           or "tahun" in tokens[index + 1:]) \
                    and not set(tokens) & ({*RANK_WORDS} | {"siapa", "mana"})
                self._add(linked, covered, "number" if edition else "rank",
                          ORDINAL_WORDS[token], index, index + 1)
            elif token.startswith("ke-") or (previous == "ke" and is_number(token)):
                number = number_from_word(token if token.startswith("ke-") else f"ke-{token}")
                if number is not None and previous not in ("hut",):
                    kind = "rank" if previous == "menang" or _the_one_ranked(
                        linked, index, number) else "number"  # ("pemenang ke-3": third)
                    self._add(linked, covered, kind, number, index, index + 1)
        if any(t in ("keberapa",) for t in tokens) and any(t in RANK_WORDS for t in tokens):
            linked.asks_rank = True
        # "bengkulu ke brp?": the place an organisation took, when no award is named (whose
        # "ke berapa" is its edition)
        if "keberapa" in tokens and not any(m.kind in ("award", "edition", "year")
                                            for m in linked.mentions) and any(
                m.kind == "organisation" and m.end == tokens.index("keberapa")
                for m in linked.mentions):
            linked.asks_rank = True

    def _link_partial(self, linked: Linked, covered: list[bool]) -> None:
        """A word unique to one name links alone — unless an unknown word stands beside it
        ("jawa barat" is not a part of "Jawa Timur")."""
        tokens = linked.tokens

        def unknown(position: int) -> bool:
            return 0 <= position < len(tokens) and not covered[position] \
                and tokens[position] not in self.lexicon and not is_number(tokens[position])

        for index, token in enumerate(tokens):
            if unknown(index - 1) or unknown(index + 1):
                continue
            if not covered[index] and token in self.partial:
                kind, target = self.partial[token]
                if kind == "category" and any(  # "selain (penghargaan kategori) kampanye"
                        t in EXCLUDING_WORDS for t in tokens[max(0, index - 3):index]):
                    covered[index] = True
                elif target not in linked.all(kind):
                    self._add(linked, covered, kind, target, index, index + 1)
                else:
                    covered[index] = True

    def _note_unknown_category(self, linked: Linked, covered: list[bool]) -> None:
        """'kategori kementerian' or 'kategori media sosial' where no such category or group
        is on record."""
        tokens = linked.tokens
        scopes = {i for m in linked.mentions if m.kind in ("category", "group")
                  for i in range(m.start, m.end)}
        named = {i for m in linked.mentions  # ("kategori pemkot bandung": no category)
                 if m.kind in ("award", "edition", "year", "organisation", "person")
                 for i in range(m.start, m.end)}
        for index, token in enumerate(tokens[:-1]):
            if token in ("kategori", "kelompok") and index + 1 not in scopes \
                    and index + 1 not in named:
                following = tokens[index + 1]
                if "atau" in tokens[index + 1:index + 6]:
                    continue  # "kelompok provinsi atau kabupaten/kota?": a choice
                if following not in FILLERS and following not in CATEGORY_STOPS \
                        and following not in ("kategori", "kelompok", "nya"):
                    # ("kategori nya apa?": the clitic typed apart, no name)
                    words = [tokens[i] for i in takewhile(  # (up to the award named)
                        lambda i: tokens[i] not in CATEGORY_STOPS and tokens[i] not in FILLERS
                        and i not in named, range(index + 1, min(index + 4, len(tokens))))]
                    if (part := self._part_of_scope(words)) is not None:
                        # "kelompok kab/kota": the end of "Pemerintah Daerah Kabupaten/Kota"
                        self._add(linked, covered, *part, index + 1, index + 1 + len(words))
                        continue
                    linked.unknown_category = " ".join(words)

    def _note_unknown_venue(self, linked: Linked, covered: list[bool]) -> None:
        """'di hotel Shangri-La', 'gedung Grahadi': a venue no source names is a place, not
        on record (a claim about it is answered with the venue on record), not words
        outside the bot's knowledge."""
        tokens = linked.tokens
        if not any(m.kind in ("award", "edition") for m in linked.mentions):
            return  # ("hotel majapahit dimana": no award's ceremony asked of)
        for index, token in enumerate(tokens[:-1]):
            if token not in VENUE_NOUNS or covered[index + 1]:
                continue
            end = index + 1
            while end < len(tokens) and end - index <= 3 and not covered[end] \
                    and (end > index + 1 or len(tokens[end]) >= 3) \
                    and not is_number(tokens[end]) and not tokens[end].endswith("nya") \
                    and self._known_form(tokens[end]) is None:
                end += 1  # (but "hotel mn": "mana" typed short; "tempat fisiknya")
            if end > index + 1:
                self._add(linked, covered, "place", " ".join(tokens[index:end]).title(),
                          index, end)

    def _part_of_scope(self, words: list[str]) -> tuple[str, str] | None:
        """The one category or group whose name holds `words` unbroken (two or more, or one
        that opens it: "kategori media apa?")."""
        run, found, opened = tuple(words), set(), False
        if not run:
            return None
        for key, targets in self.aliases.items():
            if holds_run(key, run):
                found |= {(str(k), str(t)) for k, t in targets if k in ("category", "group")}
                opened = opened or (key[:1] == run and any(k == "category" for k, _ in targets))
        if len(run) < 2 and not opened:
            return None
        return found.pop() if len(found) == 1 else None
