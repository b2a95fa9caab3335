"""Counts the record itself gives: how many organisations an edition ranks ("berapa provinsi
yang disebut peringkatnya di TOP GPR 2021?"), and in how many categories an organisation is
on record at an edition ("brp kategori bandung msk nominasi amh 2023?"). Never a count the
record does not hold: how many took part, how many categories an award has."""

from __future__ import annotations

from itertools import pairwise

from bot.answering.phrases import org_name, result_line
from bot.answering.query import Answer, Query, find_editions
from bot.catalogue import edition_label
from bot.reply import Status
from bot.slots import Slots, focus_on
from bot.understanding.vocabulary import ELSE_WORDS, RANK_NOUNS, WHEN_NOUNS
from knowledge import models as m
from knowledge.base import KnowledgeBase
from knowledge.ranks import NUMBER_WORDS

# "berapa provinsi …": the organisations counted, by kind (None: any kind)
_ORGANISATION_NOUNS: dict[str, str | None] = {
    "provinsi": "provinsi", "kota": "kota", "kabupaten": "kabupaten", "pemda": None,
    "daerah": None, "instansi": None, "pemerintah": None}
_RESULT_NOUNS = frozenset({"kategori", "nominasi", "penghargaan", "capaian", "prestasi"})
# a count of organisations is of those the sources name with a rank ("berapa provinsi yang
# disebut peringkatnya"), never of all winners ("berapa kota yang menang": not said) or of
# those taking part
_RECORD_WORDS = frozenset({"disebut", "sebut", "tercatat", "berita", "sumber", "artikel"})
_TAKING_PART = frozenset({"ikut", "peserta", "partisipasi", "daftar", "pendaftar", "undang",
                          "hadir", "nilai", "total"})
# "nominasi" alone counts the nominations; with these, every result
_ALL_RESULTS = frozenset({"juara", "menang", "terbaik", "predikat", "total", "gabung",
                          "termasuk", "maupun", "semua", "seluruh"})
_NOMINATED = frozenset({"nominasi", "besar"})  # "masuk 6 besar"
_SAID_NUMBERS = {n: w for w, n in NUMBER_WORDS.items()}  # 3 → "tiga", as an article writes it
_NOT_COUNTING = WHEN_NOUNS | RANK_NOUNS | {"hari", "ke"}  # "tanggal berapa", "juara berapa"


def counted(kb: KnowledgeBase, tokens: list[str], slots: Slots, text: str = ""
            ) -> tuple[Slots, Answer] | None:
    """The answer to a question of how many the record counts; None for any other. `text`
    is the question as written ("termasuk nominasi" reads "masuk nominasi" once linked)."""
    nouns = [b for i, (a, b) in enumerate(pairwise(tokens)) if a in ("berapa", "jumlah")
             and not (i and tokens[i - 1] in _NOT_COUNTING)]  # ("tanggal berapa …")
    if tokens[-1:] == ["berapa"]:  # "nominasinya berapa?", "kategorinya ada berapa?"
        nouns += [a for a, b in pairwise(t for t in tokens if t != "ada")
                  if b == "berapa" and a in _RESULT_NOUNS]
        # "provinsi yg disebut menang top gpr 2021 ada brp": the organisations it opens with
        nouns += [t for t in tokens[:1] if t in _ORGANISATION_NOUNS]
    if not nouns:
        return None
    noun, words = nouns[0], set(tokens) | set(text.casefold().split())
    organisation = slots.get("organisation")
    if noun in _ORGANISATION_NOUNS and not organisation and words & _RECORD_WORDS \
            and not words & _TAKING_PART:
        return _ranked_organisations(kb, slots, _ORGANISATION_NOUNS[noun], noun)
    if noun in _RESULT_NOUNS and isinstance(organisation, str):
        other = bool(words & ELSE_WORDS)
        # "masuk nominasi/6 besar di berapa kategori", "berapa kategori lain (selain yang
        # menang)": the nominations; "menang + nominasi", "termasuk nominasi": every result
        nominees_only = (bool(words & _NOMINATED) and not words & _ALL_RESULTS) or (
            other and not slots.get("category"))
        return _organisation_results(kb, slots, organisation, nominees_only, other=other)
    return None


def _said(count: int) -> str:
    return _SAID_NUMBERS.get(count, str(count))


def _one_edition(kb: KnowledgeBase, slots: Slots) -> m.EditionDecl | None:
    editions, missing = find_editions(kb, Query("who_won", slots))
    return editions[0] if len(editions) == 1 and not missing else None


def _ranked_organisations(kb: KnowledgeBase, slots: Slots, kind: str | None, noun: str
                          ) -> tuple[Slots, Answer] | None:
    edition = _one_edition(kb, slots)
    if edition is None:
        return None
    results = [r for r in kb.results_by_edition.get(edition.id, ())
               if r.status == "winner" and r.rank is not None and (
                   kind is None or kb.organisations[r.organisation].kind == kind)]
    if not results:
        return None
    results.sort(key=lambda r: r.rank or 0)
    count = len({r.organisation for r in results})
    label = edition_label(kb, edition)
    text = (f"Sumber menyebut {_said(count)} {noun} dengan peringkat di {label} (jumlah "
            "seluruh pemenangnya tidak disebut):\n"
            + "\n".join(f"• {org_name(kb, r.organisation)} — {result_line(kb, r, with_org=False)}"
                        for r in results))
    answer = Answer(Status.ANSWERED, text).cite(*results)
    answer.focus = focus_on(award=edition.award, year=edition.year, edition=edition.id)
    return {"edition": edition.id, "award": edition.award}, answer


def _organisation_results(kb: KnowledgeBase, slots: Slots, organisation: str,
                          nominees_only: bool, *, other: bool) -> tuple[Slots, Answer] | None:
    edition = _one_edition(kb, slots)
    if edition is None:
        return None
    family = set(kb.organisation_family(organisation))
    category = slots.get("category")
    label = edition_label(kb, edition)
    held = [r for r in kb.results_by_edition.get(edition.id, ()) if r.organisation in family]
    results = [r for r in held if r.category
               and (r.status == "nominee" or not nominees_only)
               and not (other and category and r.category == category)]
    if not results and nominees_only and held and not other:
        # "Sumsel dapat berapa nominasi di TOP GPR?": none on record; what it did get
        answer = Answer(Status.NO_DATA, f"Sumber tidak mencatat {org_name(kb, organisation)} "
                        f"sebagai nominasi di {label}. Yang tercatat:\n" + "\n".join(
                            f"• {result_line(kb, r, with_org=False)}" for r in held)).cite(*held)
        answer.focus = focus_on(award=edition.award, year=edition.year, edition=edition.id,
                                organisation=organisation)
        return {"organisation": organisation, "edition": edition.id,
                "award": edition.award}, answer
    if not results:
        return None
    count = len({r.category for r in results})
    what = "kategori sebagai nominasi" if nominees_only else "kategori"
    nominated = len({r.category for r in results if r.status == "nominee"})
    both = f" ({_said(count - nominated)} dengan peringkat, {_said(nominated)} nominasi)" \
        if 0 < nominated < count else ""
    text = (f"{org_name(kb, organisation)} tercatat di {_said(count)} {what}"
            f"{' lain' if other and category else ''} di {label}{both}:\n"
            + "\n".join(f"• {result_line(kb, r, with_org=False)}" for r in results))
    answer = Answer(Status.ANSWERED, text).cite(*results)
    answer.focus = focus_on(award=edition.award, year=edition.year, edition=edition.id,
                            organisation=organisation)
    return {"organisation": organisation, "edition": edition.id, "award": edition.award}, answer
