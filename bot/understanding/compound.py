"""Compound questions: two asks ("peringkat berapa, terus siapa yang menerima?") or two subjects
("Bandung dan Bengkulu masing-masing juara berapa?") in one message, split into questions the
engine answers one by one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.entities import Linked
from bot.understanding.normalise import normalise
from bot.understanding.vocabulary import (
    ADDRESS_WORDS,
    BOTH_WORDS,
    COMPARING_WORDS,
    EACH_WORDS,
    FILLERS,
    GAP_WORDS,
    GREETINGS,
    HIGHER_WORDS,
    LOSING_WORDS,
    ORDER_WORDS,
    PARTS_OF_DAY,
    RANK_NOUNS,
    REQUEST_WORDS,
    TELLING_WORDS,
    THANKS,
    WON_WORDS,
    YES_NO_CUES,
    YES_NO_TAILS,
)

# where one ask may end and another begin
_DELIMITERS = re.compile(
    r"\?\s+(?=\S)|[,;](?!\s*\d)\s*(?:(?:serta|dan)\s+(?=\S))?"  # (", serta …": one cut)
    r"|\s+(?:(?<!\byang\s)(?<!\byg\s)(?:terus|trus|trs)(?!\s+(?:ber|me)[a-z]{4,})|lalu|lantas"
    r"|(?<!\bikut\s)serta|dan juga|dan|&|(?<!kerja\s)(?<!sama\s)sama|and|sm|dn|n)\s+"
    # "hari apa jam brp": a second ask of a time straight after the first
    r"|(?:(?<=\bapa)|(?<=\bberapa)|(?<=\bbrp)|(?<=\bkapan))\s+"
    r"(?=(?:jam|pukul|tanggal|tgl|hari)\s+(?:apa|berapa|brp)\b)",
    re.IGNORECASE)  # ("yang terus dilakukan", "terus berupaya": "on and on", no second ask;
# "kerja sama sama media", "kerjasama sama pemprov": whom with, no second subject)
# a part is an ask of its own when it holds one of these
_ASK_WORDS = frozenset("""siapa sapa spa apa apakah kapan kpn dimana dmn mana berapa brp
keberapa gimana gmn bagaimana who what when where which""".split())
# "sama" after a passive verb names its agent ("disebut … sama gubernur"): no second subject
_AGENT = re.compile(r"(\bdi(?!mana\b|sini\b|situ\b)[a-z]{4,}\b[^,;?]*?)\s+sama\s+"
                    r"(?=(?:\S+\s*){1,3}\??\s*$)", re.IGNORECASE)
CLAIM_TAILS = YES_NO_TAILS | (YES_NO_CUES & {"benar", "betul"}) | {"ya"}
MAX_TAIL_WORDS = 5  # a last part without a question word is an elliptical ask: "trus yg ke-3?"
JOINERS = frozenset({"dan", "atau", "sama", "serta", "maupun", "vs", "&"})
_FOR = frozenset({"yang", "untuk", "buat", "bagi"})  # "A dan yang untuk B"
# kinds of subject two of which may be asked about at once (an award and an edition are one
# kind: "TOP GPR 2021 atau Malam Anugerah Humas 2023")
SUBJECT_KINDS = (("organisation",), ("award", "edition"), ("person",), ("role",))
SCOPE_KINDS = ("award", "edition", "year")  # what scopes a subject: "Bengkulu di TOP GPR 2021"
_SCOPE_LINKS = frozenset({"di", "pada", "dalam", "untuk"})  # "Bengkulu di TOP GPR"
MAX_PARTS = 5
COURTESY_WORDS = GREETINGS | THANKS | FILLERS | frozenset(
    "atas informasi informasinya bantuan bantuannya sebelumnya jawaban jawabannya banyak "
    "harap".split())  # "Semoga sehat selalu."


_SENTENCES = re.compile(r"(?<=[.!?])\s+")



_ENUMERATION = re.compile(r"(?<!\S)\(?\d{1,2}\)\s*"
                          r"|(?<!\S)(?:nomor|nomer|no\.?|soal)\s*\d{1,2}\s*:\s*", re.IGNORECASE)


def without_enumeration(text: str) -> str:
    """'(1) siapa …, (2) apa …', 'nomor 3: siapa …' without the numbering (which would read
    as ranks)."""
    return _ENUMERATION.sub("", text)


def enumerated(text: str) -> tuple[str, list[str]] | None:
    """'sy perlu 3 hal: 1) peringkat sumsel 2) siapa gubernur bengkulu 3) hut ke brp': the
    words before the numbering and each numbered ask (two or more); None when fewer are
    numbered."""
    pieces = _ENUMERATION.split(text)
    items = [p.strip(" ,;.") for p in pieces[1:] if p.strip(" ,;.")]
    return (pieces[0].strip(), items) if len(items) >= 2 else None


def sentences_of(text: str) -> list[str]:
    """The sentences of a message (split after . ! ? and after the colon that introduces a
    question: "Saya dari humas kabupaten, izin bertanya: …")."""
    found: list[str] = []
    for sentence in _SENTENCES.split(text.strip()):
        head, colon, rest = sentence.partition(": ")
        if colon and rest and REQUEST_WORDS & {w.strip(",").casefold() for w in head.split()}:
            found += [head + ":", rest.strip()]
        elif sentence:
            found.append(sentence)
    return found


def is_ask(text: str) -> bool:
    """Whether a sentence asks something: a question mark or a question word."""
    return text.rstrip().endswith("?") or bool(  # ("what's" is "what")
        _ASK_WORDS & {w.strip("?!.,").casefold().split("'")[0] for w in text.split()}) or bool(
        _ASK_WORDS & set(normalise(text)))  # "namonyo siapo": siapa


def without_courtesy(text: str) -> str:
    """The message without its sentences of courtesy ("Selamat siang.", "Terima kasih atas
    informasinya."): what is left is the question; the whole text when nothing is."""
    sentences = sentences_of(text)
    kept = [s for s in sentences if not is_courtesy(s)]
    return " ".join(kept) if kept and len(kept) < len(sentences) else text


_ADDRESSED = re.compile(r"[\s,]+(?:" + "|".join(sorted(ADDRESS_WORDS)) + r")([\s?!.]*)$",
                        re.IGNORECASE)


def without_address(text: str) -> str:
    """The message without the one it addresses at its end ("… ya mas?" → "… ya?")."""
    return _ADDRESSED.sub(r"\1", text.rstrip())


def is_courtesy(sentence: str) -> bool:
    words = set(normalise(sentence))
    if words <= PARTS_OF_DAY and sentence.rstrip().endswith("?"):
        return False  # "jam brp? pagi?": a guess at the time, not a greeting
    return bool(words) and words <= COURTESY_WORDS and bool(words & (GREETINGS | THANKS))


def split_clauses(text: str) -> list[str]:
    """The asks of a message: parts between delimiters (commas, "dan", "terus", …), each
    asking something of its own. A part without a question word belongs to the ask after it
    ("pengumuman top gpr diikuti kadis kominfotik, namanya siapa"); at the end, a short one is
    an elliptical ask of its own ("siapa juara 1? trus yg ke-3?"). The whole message when
    fewer than two asks remain."""
    text = _AGENT.sub(r"\1 oleh ", text)  # "disebut kado apa sama gubernur?": by him
    if (headed := _headed_list(text)) is not None:
        return headed
    asks: list[str] = []
    pending: list[str] = []
    for part, questioned in _parts_marked(text):
        if asks and not pending and _goes_on_numbering(asks[-1], part):
            asks[-1] += " dan " + part  # "siapa juara 1 dan 3 top gpr 2021": one list
            continue
        if asks and not pending and set(normalise(part)) <= CLAIM_TAILS | PARTS_OF_DAY:
            # "… diterima 30 oktober 2023? bener gk": that ask, checked; "jam brp? pagi?":
            # that ask, with a guess
            asks[-1] += " " + part
            continue
        pending.append(part)
        if asks and not pending[:-1] and normalise(part) == ["oleh", "siapa"] \
                and (verb := _passive_verb(asks[-1])):
            pending = [f"{verb} {part}"]  # "diterima langsung? oleh siapa?": received by whom
        if questioned or (is_ask(part) and not _opening_only(part)):
            asks.append(" ".join(pending))
            pending = []
    if pending:
        if len(pending) > 1 or JOINERS & set(" ".join(pending).casefold().split()):
            return [text]  # "…, TOP GPR sama AMH?": the subjects of the asks, not an ask
        tail = " ".join(pending).casefold()
        asked = set(normalise(asks[0])) if len(asks) == 1 else set()
        if asked & (COMPARING_WORDS | set(ORDER_WORDS)) \
                or (asked & GAP_WORDS and asked & RANK_NOUNS):
            return [text]  # "mana duluan top gpr sama amh", "selisih berapa peringkat A
            # sama B": one ask about both
        if asks and len(tail.split()) <= MAX_TAIL_WORDS and "masing" not in tail:
            # (but "… dan Bengkulu di masing-masing acara?" goes on with the ask before it)
            asks.append(" ".join(pending))
        elif asks:
            asks[-1] += " " + " ".join(pending)
    if len(asks) < 2:
        return [text]
    return asks[:MAX_PARTS]


def _headed_list(text: str) -> list[str] | None:
    """"rangkuman bengkulu di top gpr: peringkat, kapan diumumin, siapa yg ikut acaranya": a
    subject before a colon, then what is asked of it, some as bare nouns ("peringkat"); each
    an ask of that subject. None when the words before the colon ask something themselves,
    or fewer than two follow, or the first is no bare noun, or another is neither bare nor
    an ask ("kunci jawaban: penerima top gpr bisa kementerian, …, pemkab/kota. bener gak?")."""
    head, colon, rest = text.partition(": ")
    if not colon or is_ask(head):
        return None
    items = [part for part, _ in _parts_marked(rest)]
    if not 2 <= len(items) <= MAX_PARTS or not all(
            _bare(item) or (index and is_ask(item)) for index, item in enumerate(items)):
        return None
    return [f"{head} {item}" for item in items]


def _bare(item: str) -> bool:
    """A noun or two asked for after a colon: "peringkat", "tanggal acara"."""
    return len(item.split()) <= 2 and not is_ask(item)


def _goes_on_numbering(ask: str, part: str) -> bool:
    """Whether a part goes on with the numbers an ask ended with ("juara 1" + "3 …")."""
    before, after = ask.split(), part.split()
    return bool(before and after) and before[-1].isdigit() and after[0].isdigit()


def _passive_verb(ask: str) -> str | None:
    """The last passive verb of an ask ("diterima", "diselenggarakan"): a di- word the lemma
    map knows."""
    verbs = [w for w in re.findall(r"\w+", ask.casefold())
             if w.startswith("di") and normalise(w) != [w]]
    return verbs[-1] if verbs else None


def _opening_only(part: str) -> bool:
    """'Apakah AMH' (dan TOP GPR sama-sama …?): a yes/no opening and a name or two, the
    first of the subjects of the ask that follows, not an ask of its own."""
    words = part.casefold().split()
    return len(words) <= 3 and words[0] in YES_NO_CUES and not _ASK_WORDS & set(words[1:])


def _parts_marked(text: str) -> list[tuple[str, bool]]:
    """The parts between delimiters, each with whether a question mark ends it before more
    text ("benarkah Sumsel peringkat 3? Lalu …": an ask with no question word)."""
    marked, start = [], 0
    for cut in [*_DELIMITERS.finditer(text), None]:
        end = cut.start() if cut else len(text)
        part = text[start:end].strip(" ,;?")
        if part:
            marked.append((part, cut is not None and cut.group().startswith("?")))
        start = cut.end() if cut else end
    return marked


def raw_parts(text: str) -> list[str]:
    """A message cut at every place one ask may end and another begin."""
    return [p for p in (p.strip(" ,;?") for p in _DELIMITERS.split(text)) if p]


_CLAUSE_END = re.compile(r"[,;](?!\s*\d)\s*(?:(?:terus|trus|lalu|lantas)\s+)?"
                         r"|\s+(?:terus|trus|lalu|lantas|kalau|kalo)\s+", re.IGNORECASE)


def statement_and_ask(text: str) -> tuple[str, str] | None:
    """A statement of two words or more, then (after a comma or "terus") an ask: "dki
    peringkat 1, trus sumsel posisi berapa?" → ("dki peringkat 1", "sumsel posisi berapa")."""
    cuts = list(_CLAUSE_END.finditer(text))
    if not cuts:
        return None
    statement, ask = text[:cuts[-1].start()].strip(), text[cuts[-1].end():].strip(" ?")
    if len(statement.split()) < 2 or not is_ask(ask) or is_ask(statement) \
            or JOINERS & set(normalise(ask)[:1]):
        return None
    return statement, ask


def claim_parts(text: str) -> list[str] | None:
    """'AMH hari senin, top gpr hari kamis ya?': two claims checked at once, each with the
    word that asks whether ("ya", "kan", "betul"), at the end of the message or of its first
    claim; None for any other message."""
    words, parts = normalise(text), raw_parts(text)
    last = set(normalise(parts[-1])) if parts else set()
    if last & CLAIM_TAILS and last <= CLAIM_TAILS | FILLERS:
        # "Bandung itu pemkot dan Bengkulu pemprov, betul?", "…, bener gak gitu?"
        parts, tail = parts[:-1], "benar"
    elif words and words[-1] in CLAIM_TAILS:
        tail = text.rstrip(" ?!.").split()[-1]
    elif len(parts) == 2 and normalise(parts[0])[-1:] \
            and normalise(parts[0])[-1] in CLAIM_TAILS and not is_ask(parts[1]):
        tail = parts[0].split()[-1]  # "jakarta juara 3 ya terus sumsel juara 1": both asked
    else:
        return None
    if len(parts) != 2:
        return None
    return [p if normalise(p)[-1:] == normalise(tail) else f"{p} {tail}" for p in parts]


ALL_WORDS = frozenset({"semua", "semuanya", "seluruhnya"})  # "…, bener semua?"


def claim_list(text: str) -> list[str] | None:
    """'DKI juara 1, bengkulu juara 2, sumsel juara 3 top gpr 2021, bener semua?': three
    claims or more in a row (or two, asked "… semua?"), before one word that asks whether;
    each claim asked "…, benar?"; None for any other message."""
    words = text.split()
    cut, tail = len(words), set[str]()
    while cut and (last := set(normalise(words[cut - 1]))) <= CLAIM_TAILS | FILLERS | ALL_WORDS:
        cut, tail = cut - 1, tail | last
    if not tail & CLAIM_TAILS:
        return None
    parts = raw_parts(" ".join(words[:cut]).rstrip(" ,.;:!?"))
    if not (3 <= len(parts) <= MAX_PARTS or (len(parts) == 2 and tail & ALL_WORDS)) \
            or any(is_ask(p) or len(p.split()) < 2 for p in parts):
        return None
    return [f"{p.rstrip(' .')}, benar?" for p in parts]


@dataclass(frozen=True)
class Subjects:
    """Two subjects (or more) of one message and the word joining them (dan, atau, sama, …)."""

    parts: tuple[str, ...]
    joiner: str | None

    @property
    def is_choice(self) -> bool:
        """'AMH 2023 atau TOP GPR 2021?': one of them is asked for."""
        return self.joiner == "atau"


def split_subjects(linked: Linked) -> Subjects | None:
    """'bandung dan bengkulu juara berapa' → 'bandung juara berapa', 'bengkulu juara berapa';
    'Bengkulu di TOP GPR sama Bandung di AMH' → each subject with its own award. None
    unless two subjects of one kind stand joined by dan/atau/sama (after the first one's
    award or year, if it has one)."""
    tokens = linked.tokens
    scoping = {i for m in linked.mentions if m.kind in SCOPE_KINDS
               for i in range(m.start, m.end)}
    told = bool(TELLING_WORDS & set(tokens)) and any(m.kind == "person"
                                                     for m in linked.mentions)
    for kinds in SUBJECT_KINDS:
        spans = _subject_spans(linked, kinds)
        if len(spans) < 2 or (told and kinds == ("role",)):
            continue  # ("Pj Wali Kota dan Sekda dianggap apa oleh Darto?": his words on both)
        (a_start, a_end), (b_start, b_end) = spans[0], spans[1]
        a_end = _with_scope(tokens, scoping, a_end, b_start)
        if "award" in kinds or "role" in kinds:  # "TOP GPR-nya Bengkulu atau AMH-nya
            # Bandung", "gubernur bengkulu sama kadis kominfotiknya": each its own
            a_end = _with_organisation(linked, a_end, b_start)
            b_end = _with_organisation(linked, b_end, len(tokens))
        between = tokens[a_end:b_start]
        head = tokens[a_start - 1] if a_start else None
        if between[-1:] == [head] and len(between) > 1:  # "peringkat A dan peringkat B"
            between = between[:-1]
        if not (set(between) <= JOINERS  # nothing between: "top gpr 2021 & amh 2023"
                or (between[:1] == ["dan"] and set(between[1:]) <= _FOR)  # "dan yang untuk"
                or (between == ["dengan"] and COMPARING_WORDS & set(tokens))  # "beda A dengan B"
                or _compared_to(between) or _contest(between)):
            continue
        named = [(a_start, a_end), (b_start, b_end)]
        if kinds == ("organisation",):  # "di antara Bengkulu, Sumsel, sama DKI": three
            for start, end in spans[2:]:
                if not set(tokens[named[-1][1]:start]) <= JOINERS:
                    break
                named.append((start, end))
        last = named[-1][1]
        last = max(last, _with_scope(tokens, scoping, last, len(tokens)))
        named[-1] = (named[-1][0], last)
        rest = ([t for t in tokens[:spans[0][0]] if t not in EACH_WORDS | BOTH_WORDS],
                [t for t in tokens[last:] if t not in EACH_WORDS | BOTH_WORDS])  # each: a, b
        return Subjects(tuple(" ".join([*rest[0], *tokens[s:e], *rest[1]]) for s, e in named),
                        between[0] if between else None)
    return None


_AGAINST = frozenset({"sama", "dengan", "lawan", "vs", "versus"})


def _contest(between: list[str]) -> bool:
    """'bandung kalah apa menang sama bengkulu?', 'A menang lawan B?': how two subjects
    fared, asked of each."""
    return between[-1:] != [] and between[-1] in _AGAINST and bool(between[:-1]) \
        and set(between[:-1]) <= LOSING_WORDS | WON_WORDS | {"apa", "atau"}


def _compared_to(between: list[str]) -> bool:
    """'Sumsel peringkatnya lebih tinggi dari Bengkulu', 'AMH lebih dulu daripada TOP GPR':
    two subjects compared by rank or by time."""
    return between[-1:] in (["dari"], ["daripada"]) and "lebih" in between \
        and bool(set(between) & (HIGHER_WORDS | ORDER_WORDS.keys()))


def _with_scope(tokens: list[str], scoping: set[int], end: int, limit: int) -> int:
    """The end of a subject together with the award or year right after it ("Bengkulu di
    TOP GPR 2021"): `end` when none follows."""
    index = end
    if index < limit and tokens[index] in _SCOPE_LINKS:
        index += 1
    if index < limit and index in scoping:
        while index < limit and index in scoping:
            index += 1
        return index
    return end


def _with_organisation(linked: Linked, end: int, limit: int) -> int:
    """The end of an award's subject together with the organisation named right after it
    ("top gpr 2021 bengkulu", "amh-nya bandung"): `end` when none follows."""
    index = end
    while index < limit and linked.tokens[index] in _SCOPE_LINKS | {"nya"}:
        index += 1
    following = [m for m in linked.mentions if m.kind == "organisation" and m.start == index]
    return max(m.end for m in following) if following and index < limit else end


def split_shared_name(linked: Linked, names: dict[str, str]) -> list[str]:
    """'bandung juara berapa' where Bandung is both a city and a regency on record →
    'Pemerintah Kota Bandung juara berapa', 'Pemerintah Kabupaten Bandung juara berapa';
    nothing when the name is unambiguous."""
    spans: dict[tuple[int, int], list[str]] = {}
    for mention in linked.mentions:
        if mention.kind == "organisation" and isinstance(mention.target, str):
            spans.setdefault((mention.start, mention.end), []).append(mention.target)
    for (start, end), targets in spans.items():
        if len(set(targets)) > 1:
            tokens = linked.tokens
            return [" ".join([*tokens[:start], names[t], *tokens[end:]])
                    for t in dict.fromkeys(targets)]
    return []


def _subject_spans(linked: Linked, kinds: tuple[str, ...]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    targets: set[object] = set()
    for mention in linked.mentions:
        if mention.kind in kinds and mention.target not in targets:
            targets.add(mention.target)
            spans.append((mention.start, mention.end))
    if "award" in kinds:  # "top gpr 2021 atau amh 2023": the year goes along
        years = {m.start: m.end for m in linked.mentions if m.kind == "year"}
        spans = [(s, years.get(e, e)) for s, e in spans]
    return spans
