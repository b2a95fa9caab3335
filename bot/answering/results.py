"""Answers about results: who won, an organisation's rank, its awards and nominations."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.answering.phrases import (
    NO,
    YES,
    date_text,
    join_items,
    org_name,
    place_text,
    rank_text,
    result_line,
    scope_text,
)
from bot.answering.query import Answer, Query, find_editions, no_data
from bot.catalogue import award_label, edition_label
from bot.reply import Status
from bot.slots import Focus, focus_on, without
from bot.understanding.normalise import normalise
from bot.understanding.vocabulary import (
    FINAL_RANK_WORDS,
    INSTITUTION_KINDS,
    ONLY_WORDS,
    PARTS_OF_DAY,
    WHOLE_LIST_WORDS,
)
from knowledge import models as m
from knowledge.base import KnowledgeBase
from knowledge.ranks import NUMBER_WORDS
from knowledge.sources import MONTHS, comparable

KIND_WORDS = frozenset({"provinsi", "kota", "kabupaten", "kementerian", "lembaga", "dinas"})


def _in_scope(result: m.ResultDecl, query: Query) -> bool:
    category, group = query.slots.get("category"), query.slots.get("group")
    if category and comparable(result.category or "") != comparable(category):
        return False
    return not (group and comparable(result.group or "") != comparable(group))


def _scope_words(query: Query) -> str:
    parts = []
    if query.slots.get("category"):
        parts.append(f"kategori {query.slots.get('category')}")
    if query.slots.get("group"):
        parts.append(f"kelompok {query.slots.get('group')}")
    return (" " + " ".join(parts)) if parts else ""


def _focus(edition: m.EditionDecl | None, organisation: str | None = None) -> Focus:
    if edition is None:
        return focus_on(organisation=organisation)
    return focus_on(award=edition.award, year=edition.year, edition=edition.id,
                    organisation=organisation)


def _ranks_on_record(results: list[m.ResultDecl]) -> str:
    """' Yang tercatat hanya: peringkat 2 …', or nothing when no rank is on record."""
    labels = [f"{rank_text(r)} {scope_text(r)}".strip() for r in results if r.status == "winner"]
    return f" Yang tercatat hanya: {join_items(labels)}." if labels else ""


def _unknown_category(query: Query, where: str = "") -> Answer | None:
    """'kategori media sosial' when no such category or group is on record (for `where`,
    the editions asked about, when named)."""
    asked = query.slots.get("unknown_category")
    if asked:
        scope = f"untuk {where}" if where else "di sumber saya"
        return no_data(f"Kategori “{asked}” tidak tercatat {scope}.",
                       focus_on(organisation=query.slots.get("organisation")))
    return None


def who_won(kb: KnowledgeBase, query: Query) -> Answer:
    editions, missing = find_editions(kb, query, use_subjects=False)
    if missing:
        return no_data(missing)
    if not editions:  # no award or year named: the editions holding the category asked for
        category = comparable(query.slots.get("category") or "")
        held = {r.edition_id for r in kb.results_by_category.get(category, ()) if r.edition_id}
        editions = [kb.editions[e] for e in sorted(held)] if category else []
        if not editions:
            answer = Answer(Status.NOT_UNDERSTOOD, "Penghargaan yang mana yang Anda maksud?")
            which = f" {query.slots.get('rank')}" if query.slots.get("rank") else ""
            answer.suggestions = [f"Siapa juara{which} {edition_label(kb, e)}?"
                                  for e in list(kb.editions.values())[:3]]
            return answer
    with_results = [e for e in editions if kb.results_by_edition.get(e.id)]
    if problem := _unknown_category(
            query, join_items([edition_label(kb, e) for e in with_results])):
        return problem
    kinds = KIND_WORDS & query.words  # "provinsi mana", "kementerian mana"
    scoped = {e.id: [r for r in kb.results_by_edition.get(e.id, ()) if _in_scope(r, query)
                     and (not kinds or kb.organisations[r.organisation].kind in kinds)]
              for e in with_results}
    scoped = {k: v for k, v in scoped.items() if v}
    if not scoped:
        labels = join_items([edition_label(kb, e) for e in with_results]) or "data yang ada"
        grouped = [r for e in with_results for r in kb.results_by_edition.get(e.id, ())
                   if r.group and kinds & set(normalise(r.group))]
        if grouped and {"kelompok", "ada"} <= query.words:
            # "di AMH ada kelompok untuk kabupaten tidak?": the group that holds the kind
            groups = join_items(sorted({str(r.group) for r in grouped}))
            answer = Answer(Status.ANSWERED, f"{YES}sumber mencatat kelompok {groups} di "
                            f"{labels}:\n" + "\n".join(f"• {result_line(kb, r)}"
                                                         for r in grouped)).cite(*grouped)
            answer.focus = _focus(next(e for e in with_results if e.id == grouped[0].edition_id))
            return answer
        whose = f" {join_items(sorted(kinds))}" if kinds else ""
        return no_data(f"Sumber tidak mencatat hasil{whose}{_scope_words(query)} untuk "
                       f"{labels}.")
    if len(scoped) > 1 and not (query.slots.get("award") or query.slots.get("year")):
        answer = Answer(Status.NOT_UNDERSTOOD, "Penghargaan yang mana yang Anda maksud?")
        which = f" {query.slots.get('rank')}" if query.slots.get("rank") else ""
        answer.suggestions = [f"Siapa juara{which} {edition_label(kb, kb.editions[e])}?"
                              for e in scoped][:3]
        return answer
    lines, answer, partial = [], Answer(Status.ANSWERED, ""), False
    for edition_id, results in scoped.items():
        edition = kb.editions[edition_id]
        label = edition_label(kb, edition)
        winners = [r for r in results if r.status == "winner"]
        rank = query.slots.get("rank")
        asked_ranks = _asked_ranks(query)
        premise = {r.rank for r in winners if r.organisation == query.slots.get("organisation")}
        if len(asked_ranks) > 1 and premise & asked_ranks \
                and not {r.rank for r in winners} & (asked_ranks - premise):
            # "juara 4 siapa? Sumsel kan juara 3": the rank the organisation holds is what
            # the message takes as known; the other, on record for no one, is asked
            asked_ranks -= premise
        chosen = [r for r in winners if r.rank == rank] if rank else winners
        if asked_ranks:  # "juara 1 dan 2": those ranks only
            chosen = [r for r in winners if r.rank in asked_ranks]
        if not chosen:
            asked = f"peringkat {rank}" if rank else join_items(
                [f"peringkat {r}" for r in sorted(asked_ranks)]) if asked_ranks else "pemenang"
            return no_data(
                f"Sumber tidak menyebut {asked} {label}{_scope_words(query)}."
                + _ranks_on_record(results),
                _focus(edition))
        answer.cite(*chosen)
        answer.focus = _focus(edition)
        if len(chosen) == 1:
            lines.append(f"{label} — {result_line(kb, chosen[0])}.")
        else:
            lines.append(f"Juara {label}:")
            lines += [f"• {result_line(kb, r)}" for r in sorted(chosen, key=lambda r: r.rank or 99)]
        if missing_ranks := sorted(asked_ranks - {r.rank for r in chosen}):
            # "juara 3 dan 4": the fourth is not on record
            lines.append(f"{join_items([f'Peringkat {r}' for r in missing_ranks])} tidak "
                         "disebut dalam sumber.")
        # a rank below the highest on record that no one holds ("Terbaik III" alone), not a
        # second category counted from one again
        ranks = {r.rank for r in winners if r.rank}
        gaps = not rank and ranks and ranks != set(range(1, max(ranks) + 1))
        if gaps and not missing_ranks:
            lines.append("Peringkat lainnya tidak disebut dalam sumber.")
        partial = partial or bool(missing_ranks or gaps)
    answer.text = "\n".join(lines)
    if partial and query.words & WHOLE_LIST_WORDS:
        # "sebutin semua pemenang AMH 2023", "urutkan juara 1 sampai 3 …": the whole list is
        # not on record; what is, is said
        answer.status = Status.NO_DATA
        answer.text = "Sumber tidak memuat daftar lengkapnya. Yang tercatat:\n" + answer.text
    return answer


def _asked_ranks(query: Query) -> set[int]:
    """The ranks of "juara 1 dan 2" ({1, 2}); "juara 1 sampai 3" is every rank up to 3."""
    ranks = {int(r) for r in query.slots.get("ranks") or () if r.isdecimal()}
    if ranks and query.words & {"sampai", "hingga"}:
        ranks = set(range(min(ranks), max(ranks) + 1))
    return ranks


def _org_results(kb: KnowledgeBase, query: Query, organisation: str
                 ) -> tuple[list[m.ResultDecl], str | None, str]:
    """The organisation's results within the editions the query names (if any)."""
    family = set(kb.organisation_family(organisation))
    editions, missing = find_editions(kb, query, use_subjects=False)
    allowed = {e.id for e in editions}
    if allowed:  # the named editions' results (few) rather than all the organisation's
        pool = [r for e in sorted(allowed) for r in kb.results_by_edition.get(e, ())
                if r.organisation in family]
    else:
        pool = [] if missing else [r for org in family
                                   for r in kb.results_by_organisation.get(org, ())]
    results = [r for r in pool if _in_scope(r, query)]
    where = join_items([edition_label(kb, e) for e in editions]) if editions else ""
    return results, missing, where


def _org_question(kb: KnowledgeBase, query: Query, organisation: str
                  ) -> tuple[str, list[m.ResultDecl], str, Answer | None]:
    """(name, results, where, problem) for a question about an organisation's results."""
    results, missing, where = _org_results(kb, query, organisation)
    problem = no_data(missing, focus_on(organisation=organisation)) if missing else \
        _unknown_category(query)
    return org_name(kb, organisation), results, where, problem


def org_rank(kb: KnowledgeBase, query: Query) -> Answer:
    organisation = query.slots.get("organisation")
    if not organisation:  # the intent requires one
        return Answer(Status.NOT_UNDERSTOOD, "Instansi mana yang Anda maksud?")
    name, results, where, problem = _org_question(kb, query, organisation)
    if problem:
        return problem
    winners = [r for r in results if r.status == "winner"]
    nominated = [r for r in results if r.status == "nominee"]
    if nominated and "nominasi" in query.words and query.words & FINAL_RANK_WORDS \
            and query.slots.get("asks_rank") and query.slots.get("rank") is None:
        # "di nominasi itu akhirnya juara berapa?": no final rank of a nomination is on
        # record (not the rank won in another category)
        return Answer(Status.NO_DATA, "\n".join(
            [f"{_NO_FINAL_RANK}{name} tercatat masuk:", *_listed(kb, nominated)]),
            focus=_focus(kb.edition_of(nominated[0]), organisation)).cite(*nominated)
    if not winners:
        if results:
            return _nominated_not_ranked(kb, query, organisation)
        scope = f" di {where}" if where else ""
        return _unranked_there(kb, query, organisation, f"Sumber tidak mencatat peringkat "
                               f"{name}{scope}{_scope_words(query)}.")
    lines = [f"{name} meraih {result_line(kb, r, with_org=False, with_edition=True)}."
             for r in winners]
    text, asked = "\n".join(lines), query.slots.get("rank")
    holders: list[m.ResultDecl] = []
    if asked is not None and not _is_choice(query.words):  # "Bandung juara 1?": settled
        # before the fact (but "terbaik III itu kelompok A atau B?" asks which group)
        held = any(r.rank == asked for r in winners)
        if not held and "pernah" in query.words and not query.words & {"kan", "salah"} \
                and not (query.slots.get("year") or query.slots.get("edition")):
            # "bengkulu pernah juara 1 TOP GPR?": ever, of which only the editions on record
            # tell (no "no"; but "… pernah dapet peringkat 1 kalo ga salah", a memory
            # offered, is put right)
            return Answer(Status.NO_DATA, f"Sumber tidak mencatat apakah {name} pernah meraih "
                          f"peringkat {asked}. Yang tercatat ({where}):\n{text}",
                          focus=_focus(kb.edition_of(winners[0]), organisation)).cite(*winners)
        text = (YES if held else f"{NO}bukan peringkat {asked}. ") + text
        if not held:  # and who holds the rank asked, where the sources say
            holders = _holders_of(kb, winners, asked)
            text += "".join(
                f"\n{_capitalised(result_line(kb, r, with_org=False, with_edition=True))}: "
                f"{org_name(kb, r.organisation)}." for r in holders)
    answer = Answer(Status.ANSWERED, text).cite(*winners, *holders)
    answer.focus = _focus(kb.edition_of(winners[0]), organisation)
    return answer


_NO_FINAL_RANK = "Sumber tidak menyebut peringkat akhirnya. "


def _listed(kb: KnowledgeBase, results: list[m.ResultDecl]) -> list[str]:
    """An organisation's results, one bullet line each, with their editions."""
    return [f"• {result_line(kb, r, with_org=False, with_edition=True)}" for r in results]


def _nominated_not_ranked(kb: KnowledgeBase, query: Query, organisation: str) -> Answer:
    """'Bandung Terbaik III di kategori Media Audiovisual?': no, a nomination there; and
    where it does hold the rank asked, if anywhere in the same editions."""
    answer = org_awards(kb, query)
    asked = query.slots.get("rank")
    if asked is None and query.slots.get("asks_rank") and query.words & FINAL_RANK_WORDS \
            and answer.status == Status.ANSWERED:
        # "di audiovisual akhirnya juara brp?": no final rank is on record, only the
        # nomination (but "audiovisual bandung juara brp?" is answered with it)
        return Answer(Status.NO_DATA, _NO_FINAL_RANK
                      + answer.text.replace("tercatat meraih", "tercatat masuk", 1),
                      focus=answer.focus)
    if asked is None or _is_choice(query.words):
        return answer
    unscoped = without(query.slots, ("category", "unknown_category", "group"))
    others, _, _ = _org_results(kb, Query(query.intent, unscoped, query.words), organisation)
    held = [r for r in others if r.status == "winner" and r.rank == asked]
    answer.text = NO + answer.text + "".join(
        f"\nPeringkat {asked} yang tercatat: "
        f"{result_line(kb, r, with_org=False, with_edition=True)}." for r in held)
    return answer.cite(*held)


def _holders_of(kb: KnowledgeBase, results: list[m.ResultDecl], rank: int
                ) -> list[m.ResultDecl]:
    """Who holds `rank` in the editions, categories and groups of `results`."""
    return [other for r in results for other in kb.results_by_edition.get(r.edition_id or "", ())
            if other.status == "winner" and other.rank == rank
            and (other.category, other.group) == (r.category, r.group)]


def org_awards(kb: KnowledgeBase, query: Query) -> Answer:
    organisation = query.slots.get("organisation")
    if not organisation:  # the intent requires one
        return Answer(Status.NOT_UNDERSTOOD, "Instansi mana yang Anda maksud?")
    name, results, where, problem = _org_question(kb, query, organisation)
    if problem:
        return problem
    if not results:
        scope = f" di {where}" if where else ""
        return _unranked_there(kb, query, organisation, f"Sumber tidak mencatat penghargaan "
                               f"untuk {name}{scope}{_scope_words(query)}.")
    lines = [f"{name} tercatat meraih:", *_listed(kb, results)]
    if all(r.status == "nominee" for r in results):
        lines.append("Itu nominasi, bukan gelar juara.")
    if "nama" in query.words:  # "nama lengkap award yg dimenangin bengkulu?"
        editions = [kb.edition_of(r) for r in results]
        lines += [_full_name(kb.awards[a])
                  for a in dict.fromkeys(e.award for e in editions if e is not None)]
    answer = Answer(Status.ANSWERED, "\n".join(lines)).cite(*results)
    answer.focus = _focus(kb.edition_of(results[0]), organisation)
    return answer


def _unranked_there(kb: KnowledgeBase, query: Query, organisation: str, unsaid: str
                    ) -> Answer:
    """No result of the organisation where the question looks; when it claims a rank the
    organisation holds in another award or edition ("bengkulu peringkat 2 itu di AMH 2023
    kan?"), with where it holds it: a mix-up of awards, likely, but no "Tidak — " (who holds
    that rank there may be on no record)."""
    asked = query.slots.get("rank")
    held = [] if asked is None or query.slots.get("ranks") or _is_choice(query.words) \
        or not any(query.slots.get(n) for n in ("award", "edition", "year")) else [
        r for r in _org_results(kb, Query(query.intent, without(query.slots, (
            "award", "edition", "year", "category", "unknown_category", "group")),
            query.words), organisation)[0] if r.status == "winner" and r.rank == asked]
    return no_data(unsaid + "".join(
        f"\nYang tercatat: {org_name(kb, r.organisation)} meraih "
        f"{result_line(kb, r, with_org=False, with_edition=True)}." for r in held),
        focus_on(organisation=organisation)).cite(*held)


def _full_name(award: m.AwardDecl) -> str:
    """'Nama lengkap TOP GPR Award: Top Government Public Relations (TOP GPR) Award.'"""
    name = award_label(award)
    for abbreviation in award.abbreviations:
        if abbreviation.short in name and abbreviation.long not in name:
            name = name.replace(abbreviation.short,
                                f"{abbreviation.long} ({abbreviation.short})", 1)
    return f"Nama lengkap penghargaannya: {name}."


def org_awards_besides(kb: KnowledgeBase, query: Query, besides: list[str],
                       rank: int | None = None) -> Answer | None:
    """'Bandung dapat apa lagi selain Terbaik III?': the organisation's results but those the
    words after "selain" describe (each result's line holds them all) or that hold `rank`;
    no data when none is left. None when no result fits (the words name none of its
    results)."""
    organisation = query.slots.get("organisation")
    if not organisation:
        return None
    name, results, _, problem = _org_question(kb, query, organisation)
    if problem or not results:
        return problem

    def line(result: m.ResultDecl) -> str:
        return result_line(kb, result, with_org=False, with_edition=True)

    named = [r for r in results if set(besides) <= set(normalise(line(r)))
             and rank in (None, r.rank)]
    if not named or len(named) == len(results) > 1:
        return None  # the words name none of its results, or none in particular
    others = [r for r in results if r not in named]
    if not others:
        return no_data(f"Sumber hanya mencatat {join_items([line(r) for r in named])} untuk "
                       f"{name}.", _focus(kb.edition_of(named[0]), organisation))
    lines = [f"Selain itu, {name} tercatat meraih:"]
    lines += [f"• {line(r)}" for r in others]
    answer = Answer(Status.ANSWERED, "\n".join(lines)).cite(*others)
    answer.focus = _focus(kb.edition_of(others[0]), organisation)
    return answer


def nominations(kb: KnowledgeBase, query: Query) -> Answer:
    if organisation := query.slots.get("organisation"):
        results, missing, where = _org_results(kb, query, organisation)
    else:
        editions, missing = find_editions(kb, query)
        allowed = {e.id for e in editions}
        results = [r for e in allowed for r in kb.results_by_edition.get(e, ())
                   if _in_scope(r, query)]
        where = join_items([edition_label(kb, e) for e in editions])
    if missing:
        return no_data(missing)
    if problem := _unknown_category(query):
        return problem
    nominees = [r for r in results if r.status == "nominee"]
    if organisation and query.words & _WON and query.words & _BOTH \
            and not query.words & _OTHERS and len(nominees) < len(results):
        return org_awards(kb, query)  # "beda kategori yang Bandung menangkan sama yang cuma
        # nominasi?": both its results, the one won and the nominations
    if not nominees:
        scope = f" di {where}" if where else ""
        return no_data(f"Sumber tidak mencatat nominasi{scope}{_scope_words(query)}.",
                       focus_on(organisation=query.slots.get("organisation")))
    named = {r.organisation for r in nominees}
    if not query.slots.get("organisation") and len(named) == 1 \
            and query.words & (_OTHERS | WHOLE_LIST_WORDS):
        # "siapa aja 6 besar kategori itu selain bandung?", "… yang juga masuk?": the one on
        # record is not the others asked for; "sebutin semua nominasi …": nor the whole list
        return no_data(f"Sumber hanya mencatat {org_name(kb, named.pop())} sebagai nominasi"
                       f"{_scope_words(query)}; nominasi lainnya tidak disebut.")
    lines = []
    for org in dict.fromkeys(r.organisation for r in nominees):
        own = [r for r in nominees if r.organisation == org]
        detail = f" ({own[0].status_detail})" if own[0].status_detail else ""
        edition = kb.edition_of(own[0])
        label = edition_label(kb, edition) if edition else ""
        categories = join_items([r.category or "-" for r in own])
        lines.append(f"{org_name(kb, org)} masuk nominasi{detail} {label} "
                     f"di kategori {categories}.")
    answer = Answer(Status.ANSWERED, "\n".join(lines)).cite(*nominees)
    answer.focus = _focus(kb.edition_of(nominees[0]),
                          query.slots.get("organisation") or nominees[0].organisation)
    return answer


_WON = frozenset({"menang", "raih"})  # a result won, asked beside a nomination ("beda kategori
_BOTH = frozenset({"beda", "bedanya", "perbedaan", "sama", "dan", "serta", "maupun"})  # yang
# … menangkan sama yang cuma nominasi"; not "meraih nominasi di kategori apa?")
_OTHERS = frozenset({"selain", "kecuali", "juga", "lain", "lainnya"})  # others than one known
_RESULT_INTENTS = frozenset({"org_rank", "org_awards", "nominations", "who_won"})


def yes_no(kb: KnowledgeBase, query: Query, answer: Answer) -> Answer:
    """'apakah Bandung juara 1?' → 'Tidak — …' or 'Ya — …' before the fact on record, when
    the question names an organisation whose results can settle it."""
    organisation = query.slots.get("organisation")
    if answer.text.startswith((YES, NO)):
        return answer  # settled by the answer itself
    if _is_choice(query.words):
        return answer  # "… kelompok pemda kab/kota atau pemprov?": a choice, no verdict
    place = query.slots.get("place")
    if not organisation and query.intent == "who_won" and place \
            and query.slots.get("rank") is not None and str(place) not in answer.text \
            and not held_anywhere(kb, str(place)):
        # "Apakah Jawa Barat peringkat 3 TOP GPR 2021?": a region off the record holds no
        # rank on it; the one who does follows (but "juara 3 diumumkan di Surabaya?" is no
        # claim about a region)
        answer.text = f"{NO}{place} tidak tercatat di sumber. {answer.text}"
        return answer
    if not organisation or query.intent not in _RESULT_INTENTS:
        # "Darto itu wali kota bandung ya?" is no claim about Bandung's results: they
        # settle nothing (a date or a place claimed beside the name is checked)
        return _yes_no_format(kb, query, answer)
    if (role := query.slots.get("role")) and "dari" in query.words:
        # "Pemkot Bandung dapat penghargaan dari Gubernur Jawa Barat kan?": no award on record
        # is given by a role holder; what it did receive follows
        place = query.slots.get("place")
        answer.status = Status.NO_DATA
        answer.text = (f"Sumber tidak menyebut penghargaan dari {role}"
                       f"{f' {place}' if place else ''}. Yang tercatat: {answer.text}")
        return answer
    family = set(kb.organisation_family(organisation))
    editions, _ = find_editions(kb, query, use_subjects=False)
    allowed = {e.id for e in editions}
    found = [r for r in kb.results if r.organisation in family
             and (not allowed or r.edition_id in allowed) and _in_scope(r, query)]
    rank, words = query.slots.get("rank"), query.words
    if rank is not None:
        settled = any(r.status == "winner" and r.rank == rank for r in found)
    elif "nominasi" in words or "besar" in words or query.intent == "nominations":
        # "masuk 6 besar nasional … kan?": a nomination, of the size claimed if one is;
        # without "besar" a number counts them ("dpt 2 nominasi ya?")
        numbers = {int(w) for w in words if w.isdigit() and int(w) < 100} | {
            n for w, n in NUMBER_WORDS.items() if w in words and 1 < n < 10}  # "tiga kategori"
        nominated = [r for r in found if r.status == "nominee"]
        if "besar" in words:
            settled = any(all(f"{n} besar" in (r.status_detail or "") for n in numbers)
                          for r in nominated)
        else:
            settled = bool(nominated) and (not numbers or len(nominated) in numbers)
    else:
        settled = any(r.status == "winner" for r in found)
    answer.text = f"{YES if settled else NO}{answer.text}"
    if rank is not None and not settled:  # and who did hold that rank, where on record
        answer.text += holder_lines(
            kb, _holders_of(kb, [r for r in found if r.status == "winner"], rank))
    return answer


def rank_holders(kb: KnowledgeBase, edition_id: str, rank: int) -> list[m.ResultDecl]:
    """Who won `rank` at the edition, in any category or group."""
    return [r for r in kb.results_by_edition.get(edition_id, ())
            if r.status == "winner" and r.rank == rank]


def holder_lines(kb: KnowledgeBase, holders: list[m.ResultDecl]) -> str:
    """'\nPeringkat 3 kelompok Provinsi — TOP GPR 2021: Provinsi Sumatera Selatan.' each."""
    return "".join(f"\n{_capitalised(result_line(kb, r, with_edition=True))}."
                   for r in holders)


def _is_choice(words: frozenset[str]) -> bool:
    """'A atau B?' (but "… atau tidak?" asks whether)."""
    return "atau" in words and not words & {"tidak", "bukan", "belum"}


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


ONLINE_WORDS = frozenset({"virtual", "daring"})
IN_PERSON_WORDS = frozenset({"luring", "langsung"})


def _yes_no_format(kb: KnowledgeBase, query: Query, answer: Answer) -> Answer:
    """'apakah AMH 2023 digelar virtual?', '… di Jakarta?', 'penghargaan TOP GPR Bengkulu
    diterima di Surabaya?' → 'Tidak — …' before where it was held, or who took part and how;
    'apakah pemkab bisa dapat TOP GPR?' → 'Ya — …' before who it is for."""
    edition = kb.editions.get(str(answer.focus.get("edition")))
    kinds = query.words & INSTITUTION_KINDS
    if query.intent == "award_eligibility" and kinds \
            and kinds <= (listed := set(normalise(answer.text))):
        # "apakah pemkab bisa dapat TOP GPR?": named; "cuma buat kementerian?": not only
        only = query.words & ONLY_WORDS and listed & INSTITUTION_KINDS - kinds
        answer.text = f"{NO if only else YES}{answer.text}"
        return answer
    if query.intent == "event_date" and edition is not None and edition.events:
        return _yes_no_date(edition.events[0], query, answer)
    online, in_person = query.words & ONLINE_WORDS, query.words & IN_PERSON_WORDS
    place = query.slots.get("place")
    if query.intent == "representative" and (
            any(query.slots.get(n) for n in ("person", "role")) or not (online or place)):
        # "… diterima langsung sama kadis kominfonya ya?": who received it is claimed too,
        # and not settled by where; "langsung" is said of the one receiving it
        return answer
    if query.intent not in ("event_place", "representative") \
            or edition is None or not edition.events \
            or not (online or in_person or place):
        return answer
    event = edition.events[0]
    if place:  # "AMH 2023 digelar di Jakarta?"
        settled = held_in(event, str(place))
    else:
        settled = event.virtual if online else not event.virtual
    answer.text = f"{YES if settled else NO}{answer.text}"
    return answer


def held_in(event: m.Event, place: str) -> bool:
    """Whether the event was held in the place: its venue, city or province."""
    held = " ".join(x for x in (event.venue, event.city, event.province) if x)
    return comparable(place) in comparable(held)


def held_in_each(kb: KnowledgeBase, answer: Answer, places: list[str]) -> bool:
    """Whether the event an answer is about was held in each of the places."""
    edition = kb.editions.get(str(answer.focus.get("edition")))
    return edition is None or not edition.events \
        or all(held_in(edition.events[0], place) for place in places)


def held_anywhere(kb: KnowledgeBase, place: str) -> bool:
    """Whether a ceremony on record was held in the place."""
    return any(held_in(event, place)
               for edition in kb.editions.values() for event in edition.events)


_WEEKDAYS = {day.casefold(): i for i, day in enumerate(m.WEEKDAYS)}
_MONTH_NAMES = {month.casefold(): i for i, month in enumerate(MONTHS, 1)}


def _yes_no_date(event: m.Event, query: Query, answer: Answer) -> Answer:
    """'AMH 2023 hari Selasa, 31 Oktober kan?' → 'Tidak — …' before the date on record, when
    the question names a weekday, a month or a day of the month to check."""
    if event.date is None:
        return answer
    days = [_WEEKDAYS[w] for w in query.words if w in _WEEKDAYS]
    months = [_MONTH_NAMES[w] for w in query.words if w in _MONTH_NAMES]
    numbers = [int(w) for w in query.words if w.isdigit() and 1 <= int(w) <= 31]
    parts = query.words & PARTS_OF_DAY if event.time_of_day else set()
    if not days and not months and not parts:
        return answer
    settled = all(d == event.date.weekday() for d in days) and all(
        n == event.date.month for n in months) and (
        not months or not numbers or event.date.day in numbers) and all(
        p in comparable(event.time_of_day or "").split() for p in parts)
    answer.text = f"{YES if settled else NO}{answer.text}"
    return answer


def claimed_date(kb: KnowledgeBase, query: Query, answer: Answer) -> Answer:
    """'Pemkot Bandung menerima penghargaan AMH pada 30 November 2023, benar?': a month (and
    day) claimed beside another fact is checked against the date of the edition answered —
    "Tidak — " when it is not the date on record — and that date follows the fact."""
    edition = kb.editions.get(str(answer.focus.get("edition")))
    event = edition.events[0] if edition is not None and edition.events else None
    months = {_MONTH_NAMES[w] for w in query.words if w in _MONTH_NAMES}
    if not months or edition is None or event is None or event.date is None \
            or query.intent == "event_date" \
            or answer.status != Status.ANSWERED:
        return answer
    days = {int(w) for w in query.words if w.isdigit() and 1 <= int(w) <= 31}
    settled = months == {event.date.month} and (not days or event.date.day in days)
    fact = answer.text.removeprefix(YES).removeprefix(NO)
    verdict = YES if settled and not answer.text.startswith(NO) else NO
    answer.text = (f"{verdict}{fact}\nTanggal {edition_label(kb, edition)} yang tercatat: "
                   f"{date_text(event)}.")
    return answer


def claimed_place(kb: KnowledgeBase, query: Query, answer: Answer, places: list[str]
                  ) -> Answer:
    """'AMH 2023 diadakan di Jakarta oleh Kominfo kan?': a place claimed beside another fact
    is checked against where the edition answered was held — "Tidak — " when it was not —
    and that place follows the fact."""
    edition = kb.editions.get(str(answer.focus.get("edition")))
    event = edition.events[0] if edition is not None and edition.events else None
    where = place_text(event) if event is not None else ""
    if not places or edition is None or event is None or not where \
            or query.intent == "event_place" or answer.status != Status.ANSWERED:
        return answer
    settled = all(held_in(event, place) for place in places)
    fact = answer.text.removeprefix(YES).removeprefix(NO)
    verdict = YES if settled and not answer.text.startswith(NO) else NO
    answer.text = f"{verdict}{fact}\n{edition_label(kb, edition)} digelar {where}."
    return answer


def claimed_ordinal(tokens: list[str], answer: Answer) -> Answer:
    """'pas HUT Bengkulu ke-50 ya?': an ordinal claimed ("ke-50", "ke 50") is checked
    against the ones the answer gives ("… HUT Provinsi Bengkulu yang ke-53"): "Tidak — "
    or "Ya — " before it, when the answer holds one and has no verdict yet."""
    if answer.status != Status.ANSWERED or answer.text.startswith((YES, NO)):
        return answer
    claimed, said = _ordinals(tokens, answer)
    if claimed and said:
        answer.text = (YES if claimed <= said else NO) + answer.text
    return answer


def unrecorded_ordinal(tokens: list[str], answer: Answer) -> Answer:
    """'Pada HUT ke-54, Bengkulu dapat penghargaan apa?': an ordinal an open question names
    ("ke-54") that the answer gives another of ("… HUT Provinsi Bengkulu yang ke-53") is not
    on record — the answer is what is, not an answer to the question."""
    claimed, said = _ordinals(tokens, answer)
    if answer.status != Status.ANSWERED or answer.text.startswith((YES, NO)) or not claimed \
            or not said or claimed & said:
        return answer  # (a verdict already weighs the ordinal: "Tidak — … ke-16.")
    asked = ", ".join(f"ke-{n}" for n in sorted(claimed))
    return replace(answer, status=Status.NO_DATA, text=(
        f"Sumber tidak menyebut yang {asked}. Yang tercatat:\n{answer.text}"))


def _ordinals(tokens: list[str], answer: Answer) -> tuple[set[int], set[int]]:
    """The ordinals a question names ("ke-50", "ke 50") and those an answer gives."""
    claimed = {int(t[3:]) for t in tokens if re.fullmatch(r"ke-\d+", t)} | {
        int(b) for a, b in pairwise(tokens) if a == "ke" and b.isdigit()}
    return claimed, {int(n) for n in re.findall(r"\bke-(\d+)", answer.text.casefold())}

