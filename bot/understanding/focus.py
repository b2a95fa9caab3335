"""The focus of a question: the one thing it asks for (who, when, where, how many, which rank,
which category, what was said, why, …), and whether it is a yes/no question.

An answer must supply the focus: "berapa provinsi yang ikut?" is not answered by who attended,
"siapa yang menyerahkan …?" not by a date. The cue words are data (vocabulary.FOCUS_CUES).
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.understanding.intents import INTENTS
from bot.understanding.vocabulary import (
    ABOUT_WORDS,
    ACTION_WORDS,
    ATTENDING_WORDS,
    CHECK_LEADS,
    COMPANION_LINKS,
    CONFERRING_VERBS,
    COUNT_NOUN_EXCEPTIONS,
    EVENT_VERBS,
    FILLERS,
    FOCUS_CUES,
    FOLLOW_UP_MARKERS,
    GIVING_WORDS,
    LOOKS_WORDS,
    LOSING_WORDS,
    PLACE_NOUNS,
    POSITION_NOUNS,
    RANK_NOUNS,
    RELATIVE_RANKS,
    REQUEST_WORDS,
    SCORE_WORDS,
    TIMES_OF_DAY,
    TROPHY_WORDS,
    VENUE_NOUNS,
    WHEN_NOUNS,
    WON_WORDS,
    YES_NO_CUES,
    YES_NO_TAILS,
)

GOT_WORDS = frozenset({"dapat", "raih"})  # "Sumsel dapat berapa?" asks the rank
# "masuk 6 besar di mana saja?": in which categories an organisation was placed
_PLACED_WORDS = frozenset({"menang", "juara", "masuk", "raih", "dapat", "nominasi", "terbaik"})
# words that ask for something more than yes or no (after normalising: "gimana" is
# "bagaimana", "kenapa" is "alasan")
ASKING_WORDS = frozenset({"siapa", "apa", "kapan", "dimana", "mana", "berapa", "keberapa",
                          "bagaimana", "mengapa", "kenapa", "alasan"})

# what each intent's answer gives (data/intents.yaml `supplies`)
SUPPLIES: dict[str, frozenset[str]] = {spec.name: spec.supplies for spec in INTENTS}


AWARD_NOUNS = frozenset({"penghargaan", "award", "ajang", "anugerah"})  # "nama penghargaan …"


def question_focus(tokens: list[str]) -> str | None:
    """The focus named by the question's words, or None when it names none (an elliptical
    follow-up, a bare name)."""
    words = set(tokens)
    to = "kepada" if "kepada" in words else "ke" if "serah" in words and "ke" in words else ""
    asked = tokens.index("siapa") if "siapa" in words else -1
    following = [t for t in tokens[asked + 1:] if t != "_"]  # (but the names it links)
    if asked >= 0 and to and words & GIVING_WORDS and asked < min(
            tokens.index(w) for w in words & GIVING_WORDS) < tokens.index(to):
        return "giver"  # "siapa yang menyerahkan penghargaan kepada Darto?": not Darto
    if "serah" in words and asked >= 0 and tokens[asked - 1:asked] not in (["kepada"], ["ke"]) \
            and (len(following) <= 1 or any(following[i:i + 2] == ["yang", "serah"]
                                            for i in range(3))):
        # "penghargaannya diserahkan (oleh) siapa (ya)?", "siapa (pejabat kementerian) yang
        # menyerahkan …" (not "… kepada siapa?", nor "siapa yang mewakili … saat
        # penyerahan?")
        return "giver"
    if words & ATTENDING_WORDS and asked > 0 and tokens[asked - 1] in COMPANION_LINKS:
        return "companion"  # "darto datang sama siapa aja?": no answer names who came along
    if words & TROPHY_WORDS and tokens[asked - 1:asked + 1] == ["dari", "siapa"]:
        return "giver"  # "trofinya dari siapa?": who handed it over, not who won it
    if words & LOOKS_WORDS and words & TROPHY_WORDS:
        return "look"  # "piala amh bentuknya kyk gmn?": what it looks like
    if "dimana" in words and words & POSITION_NOUNS:
        return "rank"  # "bengkulu di mana posisinya?": which place in the ranking
    where_all = "dimana" in words and tokens[tokens.index("dimana") + 1:][:1] == ["saja"]
    if where_all and words & _PLACED_WORDS and not words & (EVENT_VERBS | VENUE_NOUNS):
        return "category"  # "bandung menang di mana aja?": in which, not where
    if _asks_score(tokens):
        return "score"  # "nilainya berapa?": a score, not the rank beside it
    if words & {"siapa", "mana"} and any(
            a == "yang" and b in LOSING_WORDS for a, b in pairwise(tokens)):
        return "loser"  # "siapa saja yang kalah di TOP GPR 2021?": no source names them
    for i, (before, after) in enumerate(pairwise(tokens)):
        if before in PLACE_NOUNS and after == "mana" and tokens[i + 2:i + 3] == ["yang"] \
                and set(tokens[i + 3:i + 4]) & {"menang", "juara", "raih", "dapat"}:
            return "who"  # "kota mana yg menang AMH 2023?": which city won, not where
        if before in PLACE_NOUNS and after in ("mana", "apa") and not words & (
                RANK_NOUNS | FOCUS_CUES["group"] | RELATIVE_RANKS.keys()
                | {"siapa", "menang", "raih", "dapat", "ketiga", "kedua", "pertama"}):
            return "where"
        if after == "berapa" and before in WHEN_NOUNS:
            return "when"
        if after == "apa" and before in ("setelah", "sesudah", "sebelum", "seusai"):
            return "when"  # "diraih setelah apa?": the event it followed
        if (before == "berapa" and after in RANK_NOUNS) or (after == "berapa" and before in (
                RANK_NOUNS | GOT_WORDS)):
            return "rank"  # "juara berapa", "dapat berapa"
        if before == "berapa" and after not in COUNT_NOUN_EXCEPTIONS and after not in FILLERS:
            return "how_many"  # (not "tanggal … berapa saja?")
        if before == "nama" and (after in VENUE_NOUNS or (
                after == "apa" and set(tokens[:i]) & VENUE_NOUNS)):
            return "where"  # "nama gedung/tempat acaranya?", "venue AMH 2023 namanya apa?":
            # where it was
        if before == "nama" and (after in AWARD_NOUNS or (
                after == "apa" and set(tokens[:i]) & AWARD_NOUNS)):
            # "nama penghargaan yang diraih Bandung?", "penghargaan yang didapat Kota Bandung
            # itu namanya apa?": which award
            return "which"
        if before == "nama" and after not in ("lengkap",) and "siapa" not in words \
                and not set(tokens[i + 1:i + 3]) & FOCUS_CUES["category"]:
            return "name"  # (but "nama dua kategori …" asks the categories)
        if before == "dimana" and after in FOCUS_CUES["category"] | FOCUS_CUES["group"]:
            return "category" if after in FOCUS_CUES["category"] else "group"  # "in which
            # category": not a place
        if before in ("cara", "secara") and after == "apa" and words & EVENT_VERBS:
            return "where"  # "digelar dengan cara apa?", "diselenggarakan secara apa?":
            # virtually or in person
        if after == "apa" and before in ABOUT_WORDS:
            return "about"  # "kampanye itu tentang apa?": its content, not what it won
        if after in ("apa", "mana") and before in FOCUS_CUES["group"]:
            return "group"  # "kategori X itu untuk kelompok apa?" asks the group
    if "keberapa" in words:
        return "rank" if words & RANK_NOUNS else "number"
    if words & ASKING_WORDS == {"apa"} and _said_about(tokens):
        return "said"  # "apa kata Darto soal lokasi acara?": what he said, about the place
    if asked >= 0 and following[:1] == ["yang"] and following[1:2] \
            and following[1] in ACTION_WORDS:
        return "who"  # "siapa yang menerima … tanggal 30 Oktober?": the date is context
    # "yang juara di kategori itu?": the category pointed at is context, not what is asked
    pointed = {a for a, b in pairwise(tokens) if b in ("itu", "tersebut")}
    for focus, cues in FOCUS_CUES.items():
        if words & cues - (pointed if focus == "category" else set()):
            return focus
    if "berapa" in words:  # "peringkat Bandung di AMH 2023 berapa?" asks the rank
        return "rank" if words & RANK_NOUNS else "how_many"
    if any(t in TIMES_OF_DAY and tokens[i - 1:i] != ["selamat"] for i, t in enumerate(tokens)):
        return "when"  # "… yg bengkulu menang itu pagi, siang ato sore?" (not "selamat sore")
    return None


def _asks_score(tokens: list[str]) -> bool:
    """Whether "berapa" asks a score: a word for a score right beside it ("nilainya
    berapa?", "berapa poin"), or "skor", "poin" or "nilai akhir" anywhere in the question
    ("nilai akhir Bandung di kategori … berapa?"); a bare "nilai" apart from it is judging
    ("berapa kategori yang dinilai?")."""
    if "berapa" not in tokens:
        return False
    return any((a == "berapa" and b in SCORE_WORDS) or (b == "berapa" and a in SCORE_WORDS)
               for a, b in pairwise(tokens)) or any(
        t in SCORE_WORDS and (t != "nilai" or tokens[i + 1:i + 2] == ["akhir"])
        for i, t in enumerate(tokens))


def _said_about(tokens: list[str]) -> bool:
    """Whether a word of saying comes before a word of "about" ("kata … soal …")."""
    said = [i for i, t in enumerate(tokens) if t in FOCUS_CUES["said"]]
    return bool(said) and any(t in ABOUT_WORDS for t in tokens[said[0] + 1:])


_NOT = frozenset({"tidak", "belum"})


def denies_win(tokens: list[str]) -> bool:
    """'bandung gak dapet apa2 di AMH 2023, bener?', 'bandung kalah di semua kategori …',
    'apakah bandung tidak mendapat penghargaan …?': a claim that something was not won,
    which a record of the win denies (but "bener ga dapet juara 3?", "dapet juara 1 ga?",
    "tidak kalah pentingnya" claim no loss)."""
    for i, token in enumerate(tokens):
        if token in LOSING_WORDS and not (i and tokens[i - 1] in _NOT) \
                and tokens[i + 1:i + 2] not in (["dari"], ["sama"], ["dengan"], ["oleh"]):
            return True  # (but "kalah dari jakarta" compares two ranks)
        if token in _NOT and not (i and tokens[i - 1] in YES_NO_CUES | {"apa", "ya"}):
            rest = tokens[i + 1:]
            if rest[:1] == ["pernah"]:
                rest = rest[1:]
            if rest[:1] and rest[0] in WON_WORDS:
                return True
    return False


_THUS = frozenset({"begitu", "demikian"})


def without_thus(tokens: list[str]) -> list[str]:
    """The tokens without a last "begitu"/"demikian" ("…, benar begitu?", "betul
    demikian?": the check is the word before)."""
    end = len(tokens)
    while end > 1 and tokens[end - 1] in _THUS:
        end -= 1
    return tokens[:end]


def is_yes_no(tokens: list[str]) -> bool:
    """'apakah Bandung juara 1?', 'Muba menang gak?', 'benar Bengkulu peringkat 2?'."""
    tokens = without_thus(tokens)
    if not tokens:
        return False
    # ("mohon konfirmasi, apakah …": the cue after the words that ask leave)
    # ("terus apakah …": after the word that goes on from the question before)
    lead = next((i for i, t in enumerate(tokens)
                 if t not in REQUEST_WORDS | FILLERS | FOLLOW_UP_MARKERS), 0)
    # (the last word before closing fillers: "audiovisual kita menang ga sih?")
    last = next((t for t in reversed(tokens) if t not in FILLERS or t in YES_NO_TAILS), "")
    if tokens[0] in YES_NO_CUES or tokens[lead] in YES_NO_CUES or (
            last in YES_NO_TAILS and len(tokens) > 2):
        return True
    if tokens[lead] == "apa" and tokens[lead + 1:lead + 2] in (["benar"], ["betul"]) \
            and len(tokens) > 3:
        return True  # "apa bener DKI yg dapet peringkat 1?": whether it is true
    if tokens[0] in CHECK_LEADS and len(tokens) > 2 and not set(tokens) & ASKING_WORDS:
        return True  # "cek fakta: top gpr 2021 diumumkan jumat 12/11": a claim to check
    if tokens[-1] in ("ya", "dong") and len(tokens) > 2 and not set(tokens) & ASKING_WORDS:
        return True  # "AMH 2023 hari senin ya?", "berarti juara 1 dong?" (but "kapan ya?"
        # asks when)
    # "Bandung dapet juara 1 ga di AMH?": the tail before a short scope
    if any(tokens[i] in YES_NO_TAILS and tokens[i + 1] in ("di", "pada", "ya")
           for i in range(max(2, len(tokens) - 4), len(tokens) - 1)):
        return True
    # "menang gk yg audiovisual?": the tail before the one it is asked of
    if not set(tokens) & ASKING_WORDS and any(
            tokens[i] in YES_NO_TAILS and tokens[i + 1] == "yang"
            for i in range(max(1, len(tokens) - 5), len(tokens) - 2)):
        return True
    # "sumsel dapat juara 1 ya di top gpr 2021?": "ya" before the scope
    return not set(tokens) & ASKING_WORDS and any(
        tokens[i] == "ya" and tokens[i + 1] in ("di", "pada")
        for i in range(max(2, len(tokens) - 6), len(tokens) - 1))


def confers(text: str, tokens: list[str]) -> bool:
    """'siapa yang memberi AMH?', 'yg ngasih penghargaannya lembaga apa?', 'TOP GPR diberikan
    oleh siapa?': the body that confers an award is asked — not those it is given to ("siapa
    yang diberi …", the same words once normalised, hence the verb as typed), nor a statement
    someone gives ("yang memberikan pernyataan"). `tokens` have the names blanked ("_")."""
    if any(a == "beri" and b == "oleh" for a, b in pairwise(tokens)):
        return True
    if not set(re.findall(r"[^\W\d_]+", text.casefold())) & CONFERRING_VERBS:
        return False
    after = next((tokens[i + 2:i + 3] for i, (a, b) in enumerate(pairwise(tokens))
                  if a == "yang" and b == "beri"), None)
    return after is not None and (not after or after[0] in {"_"} | AWARD_NOUNS | TROPHY_WORDS
                                  | ASKING_WORDS)


def fits(intent: str, focus: str | None) -> bool:
    """Whether an intent's answer supplies the focus (an unknown focus fits all)."""
    if focus is None:
        return True
    return focus in SUPPLIES.get(intent, frozenset())
