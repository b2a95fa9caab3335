"""Text → normalised tokens: Unicode, case, punctuation, emoji, repeated letters, informal forms."""

from __future__ import annotations

import re
import unicodedata

from bot.understanding.vocabulary import (
    COUNT_BREAKS,
    EVENT_NOUNS,
    FILLERS,
    HEARSAY_LEADS,
    INFORMAL,
    INSTITUTION_KINDS,
    LEMMAS,
    PHRASES,
    RANK_NOUNS,
    RANKED_KINDS,
    RELAY_VERBS,
    RELAYERS,
    TOP_WORDS,
)
from knowledge.ranks import NUMBER_WORDS, ORDINAL_WORDS, RANK_WORDS
from knowledge.sources import MONTHS

MAX_INPUT_CHARS = 2000  # a question longer than this is cut: nobody asks in more words
_INVISIBLE = {"Cf", "Cc", "Co", "Cs", "Cn"}
_TOKEN = re.compile(r"ke-\d+|\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_REPEATS = re.compile(r"([^\W\d_])\1{2,}", re.UNICODE)
# "ke2", "ke16": an ordinal, not a reduplication; "yg k3": chat shorthand for "ke3"
_ORDINAL = re.compile(r"\bke?(\d+)\b")
# "53rd": "ke53"; "3rd place": a rank, not a venue
_ENGLISH_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b(\s+place\b)?")
_ORDINALS = {str(n): word for word, n in ORDINAL_WORDS.items()  # "ke3" → "ketiga"
             if word.startswith("ke") and n < 10}
_REDUPLICATION = re.compile(r"\b([^\W\d_]{2,})2(nya)?\b", re.UNICODE)
_ROMAN = re.compile(r"^[ivx]+$")
_PHRASE_LENGTHS = sorted({len(key) for key in PHRASES}, reverse=True)
_CLITICS = ("nya", "ku", "mu")
_HEARSAY = frozenset({"katanya", "kabarnya", "konon"})
# a question word typed together with the particle after it: "apaya", "siapayg", "kapansih"
_RUN_HEADS = ("siapa", "apa", "kapan", "dimana", "mana", "berapa", "brp", "gimana", "kenapa",
              "knp")
_RUN_TAILS = ("yg", "ya", "sih", "aja")
_ASKING_ONLY = frozenset({"apa", "apaan", "gimana", "gmn", "bagaimana", "aja", "saja", "sih",
                          "dong", "tuh"})
_MAKING = frozenset({"bikin", "membikin", "membuat"})


def clean(text: str) -> str:
    """NFKC, case-folded, with invisible and control characters removed."""
    text = unicodedata.normalize("NFKC", text[:MAX_INPUT_CHARS])
    invisible = {ord(ch): (" " if ch in "\n\r\t" else None) for ch in set(text)
                 if unicodedata.category(ch) in _INVISIBLE}  # each distinct character once
    return text.translate(invisible).casefold()


_NUMERIC_DATE = re.compile(r"(?<![\w/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\w/])")


def _date_in_words(found: re.Match[str]) -> str:
    """'11/11' → '11 november', '30/10/2023' → '30 oktober 2023' (a day and a month)."""
    day, month, year = int(found[1]), int(found[2]), found[3]
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return found[0]
    if year is not None and len(year) == 2:
        year = f"20{year}"
    return " ".join(x for x in (str(day), MONTHS[month - 1].casefold(), year) if x)


# letters written as digits ("4p4 t3m4nya", "s1ngk4t4n"): a word of letters and single digits
_DIGIT_LETTERS = str.maketrans("013457", "oieast")
_MIXED = re.compile(r"\b(?=[a-z0-9]*[a-z])[a-z0-9]*[013457][a-z0-9]*\b")


def _digits_for_letters(word: str) -> bool:
    """Whether a word writes letters as digits without doubt: two digits or more, each
    alone ("4p4", "t3m4", "s1ngk4t4n"), or one inside a short word ("t0p", "s1h"); not "juara3",
    "amh2023" or "ke3"."""
    runs = re.findall(r"\d+", word)
    return all(len(run) == 1 for run in runs) and (
        len(runs) >= 2 or (len(word) <= 5 and re.search(r"[a-z]\d[a-z]", word) is not None))


def letters_for_digits(text: str) -> str:
    """A message that writes letters as digits, in letters: "4mh 1tu s1ngk4t4n d4r1 4p4" is
    "amh itu singkatan dari apa". Only when one word does so without doubt; then a digit
    before letters is one too ("1tu", "4mh"), but a number after a word stays ("juara3")."""
    if not any(_digits_for_letters(m[0]) for m in _MIXED.finditer(text)):
        return text
    return _MIXED.sub(lambda m: m[0].translate(_DIGIT_LETTERS) if _digits_for_letters(m[0])
                      or re.fullmatch(r"\d[a-z]{2,}", m[0]) else m[0], text)


def tokenize(text: str) -> list[str]:
    """Words and numbers of cleaned text; emoji and punctuation are separators."""
    text = letters_for_digits(text)
    # "ke2 penghargaan itu" is "kedua" (both, or the second), "yg ke3" "ketiga"; "ke16" is
    # "ke-16"
    text = _ENGLISH_ORDINAL.sub(lambda m: f"peringkat {m[1]}" if m[2] else f"ke{m[1]}", text)
    text = _ORDINAL.sub(lambda m: _ORDINALS.get(m[1], f"ke-{m[1]}"), text)
    text = _REDUPLICATION.sub(r"\1 \1\2", text)  # reduplication with 2: "apa2", "ujung2nya"
    text = _NUMERIC_DATE.sub(_date_in_words, text)  # "tgl 11/11": 11 november
    words = []
    for raw in _TOKEN.findall(text):
        word = raw if not _REPEATS.search(raw) or _ROMAN.match(raw) else _REPEATS.sub(r"\1", raw)
        if "-" in word and not word.startswith("ke-"):
            parts = word.split("-")
            if len(parts) == 2 and parts[0] == parts[1]:  # reduplication: kota-kota
                words.append(parts[0])
                continue
            words.extend(p for p in parts if p)
            continue
        words.append(word)
    return words


def letters_together(words: list[str]) -> list[str]:
    """Three or more single letters in a row are one word spelled out ("g p r": "gpr"), not
    chat forms of their own ("g" for "gak")."""
    joined: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        joined.extend(["".join(run)] if len(run) >= 3 else run)
        run = []
        if word:
            joined.append(word)
    return joined


_UNITS = {word: n for word, n in NUMBER_WORDS.items() if n < 10}
_WHOLE = {"sepuluh": 10, "sebelas": 11, "seratus": 100}  # (and "seribu", a thousand)
_MULTIPLIERS = {"puluh": 10, "ratus": 100}
_NUMBER_PARTS = frozenset({*_WHOLE, *_MULTIPLIERS, "belas", "ribu", "seribu"})


def spoken_numbers(words: list[str]) -> list[str]:
    """Numbers written out in words, as voice typing writes them, in digits: "dua ribu dua
    puluh satu" → "2021", "tiga puluh" → "30", "ke enam belas" (or "enambelas") → "ke-16". A
    unit word alone ("juara tiga", "satu dua tiga") stays a word."""
    words = [part for word in words for part in _glued_number(word)]
    if _NUMBER_PARTS.isdisjoint(words):
        return words  # (most messages: no word of a number to read)
    out: list[str] = []
    index = 0
    while index < len(words):
        value, end = _number_at(words, index)
        if end - index > 1 or words[index] in _WHOLE or words[index] == "seribu":
            if out and out[-1] == "ke":
                out[-1] = f"ke-{value}"
            else:
                out.append(str(value))
            index = end
        else:
            out.append(words[index])
            index += 1
    return out


_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_GLUED = re.compile(rf"^({_UNIT_WORDS})(belas|puluh|ratus|ribu)({_UNIT_WORDS})?$")


def _glued_number(word: str) -> list[str]:
    """A unit word typed together with the multiplier after it: "enambelas" is "enam belas",
    "duapuluhtiga" "dua puluh tiga"."""
    glued = _GLUED.match(word)
    return [part for part in glued.groups() if part] if glued else [word]


def _number_at(words: list[str], start: int) -> tuple[int, int]:
    """The number the words from `start` spell, and where its words end (`start` + 1 at
    least; a single unit word is a number of one word)."""
    total = group = pending = 0
    index = start
    while index < len(words):
        word = words[index]
        if word in _UNITS:
            if pending or (index > start and words[index - 1] in _UNITS):
                break  # "satu dua": two numbers, not one
            pending = _UNITS[word]
        elif word == "belas" and pending:
            group, pending = group + pending + 10, 0
        elif word in _MULTIPLIERS and pending:
            group, pending = group + pending * _MULTIPLIERS[word], 0
        elif word in _WHOLE:
            group += _WHOLE[word]
        elif word == "ribu" and (group or pending):
            total, group, pending = total + (group + pending) * 1000, 0, 0
            tens, ones = words[index + 1:index + 2], words[index + 2:index + 3]
            if tens and ones and tens[0] in _UNITS and ones[0] in _UNITS \
                    and words[index + 3:index + 4] not in (["belas"], ["puluh"], ["ratus"]):
                # "dua ribu dua satu": a year said digit by digit after the thousands (2021)
                return total + _UNITS[tens[0]] * 10 + _UNITS[ones[0]], index + 3
        elif word == "seribu":
            total += 1000
        else:
            break
        index += 1
    return total + group + pending, max(index, start + 1)


_ORDINAL_HEADS = frozenset({"yang", *RANK_WORDS})


def spaced_ordinals(words: list[str]) -> list[str]:
    """'yg ke tiga?', 'juara ke dua': an ordinal typed as two words, after "yang" or a rank
    noun, is the ordinal ("ketiga"); elsewhere "ke" goes somewhere ("ke tiga kota")."""
    out: list[str] = []
    for word in words:
        if out and out[-1] == "ke" and f"ke{word}" in ORDINAL_WORDS and (
                len(out) == 1 or INFORMAL.get(out[-2], out[-2]) in _ORDINAL_HEADS):
            out[-1] = f"ke{word}"
        else:
            out.append(word)
    return out


_AFTER_BARE_RANK = frozenset({"siapa", "dan", "sama", "atau", "serta"})


def bare_ranks(words: list[str]) -> list[str]:
    """'yg 1 sm 3 siapa', 'yang 2?': a small number right after "yang", at the end or before
    who or another small number ("yg 1 3 siapa", as two asks are cut), is a rank ("yang
    peringkat 1"), not a count."""
    out: list[str] = []
    for index, word in enumerate(words):
        after = [INFORMAL.get(w, w) for w in words[index + 1:index + 2]]
        if word.isascii() and word.isdigit() and 1 <= int(word) <= 10 and index \
                and INFORMAL.get(words[index - 1], words[index - 1]) == "yang" \
                and (not after or after[0] in _AFTER_BARE_RANK or (
                    after[0].isascii() and after[0].isdigit() and int(after[0]) <= 10)):
            out.append("peringkat")
        out.append(word)
    return out


def expand_informal(words: list[str]) -> list[str]:
    """Chat forms → standard words (yg → yang, pemkot → pemerintah kota), then phrases."""
    expanded: list[str] = []
    for index, word in enumerate(words):
        if word == "no" and words[index + 1:index + 2] and words[index + 1].isdigit():
            word = "nomor"  # "no 1" is nomor 1, not English "no"
        if word in _MAKING and expanded[-1:] == ["yang"] and _names_the_event(words[index + 1:]):
            word = "adakan"  # "yang bikin acaranya siapa", "kominfo atau pemprov jatim yg
            # bikin?": who made the event, its organiser (not "untuk", as "bikin" → "buat"
            # reads)
        elif word == "bikin" and expanded[-2:] == ["apa", "yang"]:
            word = "membuat"  # "apa yang bikin bandung menang": why, as "yang membuat" is
        if word in _HEARSAY and set(expanded) <= HEARSAY_LEADS | FILLERS:
            # "katanya AMH 2023 di Bali ya?", "kemarin saya dengar katanya …": what was heard,
            # not what was said; but "katanya apa?" asks what someone said
            if set(words[index + 1:]) <= _ASKING_ONLY:
                expanded.extend(("kata", "nya"))
            continue
        if word == "berarti" and set(expanded) <= FILLERS \
                and words[index + 1:index + 2] not in ([], ["apa"], ["apaan"]):
            continue  # an opening "berarti" draws a conclusion ("berarti pemkab juga boleh
            # ikut ya?": so …), not "arti" (but "berarti apa?", "nominasi itu berarti …")
        if word == "napa" and index and set(words[index + 1:]) <= FILLERS | {"malih", "lagi"}:
            word = "apa"  # a closing "napa" is the Javanese krama "apa" ("AMH niku
            # kepanjangane napa?"); an opening one the chat form of "kenapa"
        if word == "bila" and (not expanded or expanded[-1] == "itu"
                               or set(words[index + 1:]) <= FILLERS):
            word = "kapan"  # the Malay "bila majlis tu?", "AMH 2023 tu bila?"; within, the
            # Indonesian "bila" (if) opens a clause ("mohon koreksi bila saya keliru")
        if word == "kat" and words[index + 1:index + 2] in (["mana"], ["sape"], ["siapa"],
                                                           ["org"], ["orang"]):
            word = "di"  # the Malay "kat mana", "thanks kat sape" (elsewhere "kat" is
            # "kategori": "jr 1 top gpr 2021 kat prov?")
        if word == "x" and index and not words[index - 1].isdigit() \
                and set(words[index + 1:]) <= FILLERS:
            word = "tidak"  # the Malay closing "x" (tak): "ada nominasi lain x?" (not "17 x 23")
        replacement = INFORMAL.get(word) or _informal_with_clitic(word) or _run_together(word) \
            or word
        replacement = INFORMAL.get(replacement, replacement)
        expanded.extend(replacement.split())
    return kinds_either(top_ranks(join_phrases(expanded)))


def _names_the_event(words: list[str]) -> bool:
    """The event named next (its noun, perhaps with "-nya"), or nothing but asking words."""
    rest = [INFORMAL.get(w, w) for w in words]
    return (bool(rest) and rest[0].removesuffix("nya") in EVENT_NOUNS) \
        or all(w in FILLERS or w in _ASKING_ONLY or w == "siapa" for w in rest)


_RANK_JOINS = frozenset({"sama", "dan", "atau", "serta"})


def kinds_either(words: list[str]) -> list[str]:
    """'menang sbg provinsi apa kota?', 'pemprov apa pemkot?': "apa" between two kinds of
    institution offers one or the other ("atau"), as in "kopi apa teh"; 'untuk kementerian
    aja?' at the end: that kind only ("hanya"), not "siapa saja"."""
    out = list(words)
    for index in range(1, len(words)):
        after = words[index + 1:index + 3]
        if words[index] == "apa" and words[index - 1] in INSTITUTION_KINDS and after and (
                after[0] in INSTITUTION_KINDS or (after[0] == "pemerintah" and after[1:]
                                                  and after[1] in INSTITUTION_KINDS)):
            out[index] = "atau"
        elif words[index] == "saja" and words[index - 1] in INSTITUTION_KINDS \
                and set(words[index + 1:]) <= FILLERS:
            out[index] = "hanya"
    return out


def top_ranks(words: list[str]) -> list[str]:
    """'lima provinsi teratas', '2 terbaik': the ranks from the first down ("juara 1
    sampai 5"), for any number of them."""
    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        count = int(word) if word.isascii() and word.isdigit() else _UNITS.get(word)
        end = index + 1 + (words[index + 1:index + 2] != [] and words[index + 1] in RANKED_KINDS)
        if count and 2 <= count <= 10 and words[end:end + 1] and words[end] in TOP_WORDS \
                and not (out and (out[-1] in COUNT_BREAKS or out[-1].isdigit() or (
                    out[-1] in RANK_WORDS and out[-1] != "urutan"))) \
                and not (out[-2:-1] and out[-2].isdigit() and out[-1] in _RANK_JOINS):
            # (but "peringkat 4 provinsi terbaik" is one rank, and so is the 5 of "peringkat
            # 4 sama 5 provinsi terbaik"; "urutan tiga …" a list)
            out.extend(["juara", "1", "sampai", str(count)])
            index = end + 1
        else:
            out.append(words[index])
            index += 1
    return out


def _run_together(word: str) -> str | None:
    """A question word and its particle typed as one: "siapayg" is "siapa yang"; two chat
    forms without vowels typed as one: "tglbrp" is "tanggal berapa"."""
    for tail in _RUN_TAILS:
        head = word[: -len(tail)]
        if word.endswith(tail) and head in _RUN_HEADS:
            return " ".join(INFORMAL.get(w, w) for w in (head, tail))
    if len(word) >= 4 and not set(word) & set("aiueo"):
        for cut in range(2, len(word) - 1):
            head, tail = word[:cut], word[cut:]
            if head in INFORMAL and tail in INFORMAL:
                return f"{INFORMAL[head]} {INFORMAL[tail]}"
    return None


def _informal_with_clitic(word: str) -> str | None:
    """A chat form with a clitic: "kadisnya" is "kepala dinas", "walkotnya" "wali kota"
    (and the Palembang or Minang "kadisnyo")."""
    word = word.removesuffix("nyo") + "nya" if word.endswith("nyo") else word
    for clitic in _CLITICS:
        stem = word[: -len(clitic)]
        if word.endswith(clitic) and len(stem) >= 3 and stem in INFORMAL:
            return INFORMAL[stem]
    return None


def join_phrases(words: list[str]) -> list[str]:
    """Multi-word forms that mean one thing: 'komunikasi dan informatika' → 'kominfo'."""
    out: list[str] = []
    index = 0
    while index < len(words):
        for length in _PHRASE_LENGTHS:
            key = tuple(words[index:index + length])
            if len(key) == length and key in PHRASES:
                out.extend(PHRASES[key])
                index += length
                break
        else:
            out.append(words[index])
            index += 1
    return out


def lemmatise(words: list[str]) -> list[str]:
    """Derived forms → lemmas the intents use (pemenang → menang, diterima → terima)."""
    return [LEMMAS.get(word, word) for word in words]


_RELAYER_TAILS = frozenset({"saya", "sy", "aku", "aq", "ku", "kami", "gue", "gw", "tadi", "td",
                            "juga", "jg", "nih", "ni", "ini", "barusan", "kok"})
_HONOURED = frozenset({"bapak", "ibu", "beliau"})  # before a name or post, or a pronoun
_WANTING = frozenset({"mau", "mo", "ingin", "pengen", "pingin", "pengin", "penasaran"})
_RELAYED_TAILS = frozenset({"informasi", "info", "data", "nih", "dong", "tadi", "juga", "jg",
                            "soal", "ttg", "tentang", "mengenai", "terkait", "perihal", "gini",
                            "begini"})
_ASKING = frozenset({"apa", "apakah", "siapa", "kapan", "mana", "dimana", "berapa", "brp",
                     "bagaimana", "gimana", "gmn", "kenapa", "knp", "mengapa"})


def _relay_end(words: list[str], start: int) -> int | None:
    """Where what a relayer at start passes on begins ("bapak saya mau tau …", "penelpon
    tadi tanya soal …"), or None when no verb of asking follows them."""
    index = start + 1
    while index < len(words) and words[index] in _RELAYER_TAILS | RELAYERS:
        index += 1
    if words[index:index + 1] and words[index] in _WANTING \
            and words[index + 1:index + 2] in (["tahu"], ["tau"], ["tao"]):
        index += 2
    elif words[index:index + 1] and words[index] in RELAY_VERBS - {"tahu"}:
        index += 1
    else:
        return None
    while index < len(words) and words[index] in _RELAYED_TAILS:
        index += 1
    return index


def without_relay(words: list[str]) -> list[str]:
    """The question of someone the asker asks for, without the words that pass it on: "kata
    bos, …", "ada warga nanya …", "Saya sekretaris Kepala Dinas, beliau meminta informasi
    mengenai …", "… kata bapak"."""
    quoting = RELAYERS - _HONOURED  # "kata beliau", "kata bapak gubernur": what they said
    if len(words) > 3 and words[-1] == "kata" and set(words[:-1]) & _ASKING:
        words = words[:-1]  # "… siapa kata bapak", its address ("bapak") already taken away
    if len(words) > 4 and words[-2] == "kata" and words[-1] in RELAYERS - {"beliau"}:
        words = words[:-2]  # "trus yg juara 1 siapa kata bapak"
    elif len(words) > 5 and words[-3] == "kata" and words[-2] in RELAYERS - {"beliau"} \
            and words[-1] in _RELAYER_TAILS:
        words = words[:-3]  # "… kata bapak saya"
    for start, word in enumerate(words):
        if word in _ASKING:
            break
        if word == "kata" and words[start + 1:start + 2] and words[start + 1] in quoting:
            end = start + 2
            while end < len(words) and words[end] in _RELAYER_TAILS:
                end += 1
            return words[end:] if end < len(words) else words
        if word in RELAYERS and (passed := _relay_end(words, start)) is not None \
                and passed < len(words):
            return words[passed:]
    return words


def _typed_words(text: str) -> list[str]:
    """Raw text to words as typed: cleaned, numbers and ranks in one form."""
    return bare_ranks(spaced_ordinals(spoken_numbers(letters_together(tokenize(clean(text))))))


def normalise(text: str) -> list[str]:
    """The pipeline's first stage: raw text to standard-form tokens (of a question or of the
    knowledge: the words a source or a fact file says)."""
    return lemmatise(expand_informal(_typed_words(text)))


# "urutan 1-3", "juara 1 - 3": a range of ranks (not a date's "30-10-2023")
_RANK_RANGE = re.compile(rf"\b({'|'.join(sorted(RANK_NOUNS))})\s+([1-9])\s*[-–]\s*([1-9])\b"
                         r"(?!\s*[-–/]\s*\d)", re.IGNORECASE)


def normalise_question(text: str) -> list[str]:
    """A question's standard-form tokens, without the words that pass it on for someone
    else (never a source's: "… warga meminta …" in an article keeps what comes before it)."""
    text = _RANK_RANGE.sub(r"\1 \2 sampai \3", text)
    return lemmatise(expand_informal(without_relay(_typed_words(text))))
