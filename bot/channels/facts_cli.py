"""`humasbot facts check | list | schema`: the fact files from the command line, with every
message in Bahasa Indonesia (`--lang en`: English)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TypedDict

from bot.catalogue import award_label, edition_label
from bot.settings import settings_from_args
from knowledge.base import KnowledgeBase
from knowledge.errors import HumasbotError, KnowledgeError
from knowledge.loader import display_path, resolve_facts_dir
from knowledge.schema import fact_file_schema


class _Texts(TypedDict):
    """The messages of `facts check` (and `facts schema`) in one language."""

    ok: str
    labels: dict[str, str]  # kb.counts() key -> label
    warnings: str
    asked: str
    changed: str
    advice: str
    no_questions: str
    cannot_write: str


_TEXTS: dict[str, _Texts] = {
    "id": {
        "ok": "OK: {folder} — semua fakta cocok dengan sumbernya.",
        "labels": {
            "files": "berkas fakta", "sources": "sumber", "awards": "penghargaan",
            "editions": "edisi", "organisations": "organisasi", "people": "orang",
            "results": "hasil", "representatives": "perwakilan", "quotes": "kutipan",
            "notes": "catatan",
        },
        "warnings": "{count} peringatan kata kunci (tidak menggagalkan pemeriksaan):",
        "asked": "Pertanyaan regresi: {passed} dari {total} jawaban tetap sama ({file}).",
        "changed": "{count} jawaban berubah dari pertanyaan regresi {file}:",
        "advice": "Periksa jawaban di atas: bila jawaban baru benar (mis. karena edisi baru), "
                  "perbarui pertanyaannya di {file}; bila salah, perbaiki berkas fakta "
                  "(lihat PANDUAN, bagian 9).",
        "no_questions": "Pertanyaan regresi {file} tidak ada: dilewati.",
        "cannot_write": "tidak bisa menulis {file}: {reason}",
    },
    "en": {
        "ok": "OK: {folder} — all facts verified against their sources.",
        "labels": {
            "files": "fact files", "sources": "sources", "awards": "awards",
            "editions": "editions", "organisations": "organisations", "people": "people",
            "results": "results", "representatives": "representatives", "quotes": "quotes",
            "notes": "notes",
        },
        "warnings": "{count} keyword warning(s) (they do not fail the check):",
        "asked": "Regression questions: {passed} of {total} answers unchanged ({file}).",
        "changed": "{count} answer(s) changed among the regression questions of {file}:",
        "advice": "Check the answers above: if the new answer is right (e.g. because of a new "
                  "edition), update its question in {file}; if it is wrong, fix the fact files "
                  "(see PANDUAN, section 9).",
        "no_questions": "Regression questions {file} not found: skipped.",
        "cannot_write": "cannot write {file}: {reason}",
    },
}


def _load(args: argparse.Namespace) -> KnowledgeBase | None:
    """The knowledge, or None after printing every problem in the chosen language."""
    try:
        return settings_from_args(args).load_knowledge()
    except KnowledgeError as error:
        print(error.render(args.lang), file=sys.stderr)
        return None


def check(args: argparse.Namespace) -> int:
    """Validate the fact files; print a summary of counts and the keyword warnings; ask the
    regression questions. Exit 1 on any problem or changed answer."""
    from bot.authoring import DEFAULT_QUESTIONS, changed_answers, describe_change, keyword_warnings

    texts = _TEXTS[args.lang]
    kb = _load(args)
    if kb is None:
        return 1
    counts = kb.counts()
    folder = display_path(resolve_facts_dir(settings_from_args(args).facts_dir))
    print(texts["ok"].format(folder=folder))
    for key, label in texts["labels"].items():
        print(f"  {label:<16} {counts[key]:>6}")
    print_under_review(kb)
    warnings = keyword_warnings(kb)
    if warnings:
        print()
        print(texts["warnings"].format(count=len(warnings)))
        for warning in warnings:
            print(warning.render(args.lang))
    if args.no_questions:
        return 0
    questions = Path(args.questions) if args.questions else DEFAULT_QUESTIONS
    shown = display_path(questions)
    if not args.questions and not questions.is_file():
        print(texts["no_questions"].format(file=shown))
        return 0
    report = changed_answers(kb, questions)
    changed = report.failures()
    print()
    print(texts["asked"].format(passed=len(report.outcomes) - len(changed),
                                total=len(report.outcomes), file=shown))
    if not changed:
        return 0
    print(texts["changed"].format(count=len(changed), file=shown), file=sys.stderr)
    for outcome in changed:
        for line in describe_change(outcome, args.lang):
            print(line, file=sys.stderr)
    print(texts["advice"].format(file=shown), file=sys.stderr)
    return 1


def print_under_review(kb: KnowledgeBase) -> None:
    """Warnings for the facts still marked `review: true` (not counted above, not served)."""
    if kb.under_review:
        count = len(kb.under_review)
        print(f"\nPeringatan: {count} fakta masih menunggu tinjauan (review: true) dan belum "
              "dipakai bot:")
        for item in kb.under_review:
            print(f"peringatan: {item}")


def listing(args: argparse.Namespace) -> int:
    """Print awards, their editions and each edition's results as a readable table."""
    kb = _load(args)
    if kb is None:
        return 1
    for award_id, editions in sorted(kb.editions_by_award.items()):
        print(award_label(kb.awards[award_id]))
        for edition in editions:
            event = edition.events[0] if edition.events else None
            when = event.date.isoformat() if event and event.date else "tanggal tidak disebut"
            where = ("virtual" if event and event.virtual else
                     (event.city or event.venue) if event else None) or "tempat tidak disebut"
            print(f"  {edition_label(kb, edition)}  ({when}, {where})")
            rows = [("peringkat", "status", "kategori / kelompok", "organisasi")]
            for result in kb.results_by_edition.get(edition.id, ()):
                scope = " / ".join(x for x in (result.category, result.group) if x) or "-"
                rank = result.rank_label or "-"
                status = "pemenang" if result.status == "winner" else "nominasi"
                rows.append((rank, status, scope, kb.organisations[result.organisation].name))
            widths = [max(len(row[i]) for row in rows) for i in range(3)]
            for row in rows:
                print("    " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False))
                      + "  " + row[3])
        print()
    return 0


def schema(args: argparse.Namespace) -> int:
    """Print (or write) the JSON Schema of the fact-file format."""
    text = json.dumps(fact_file_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as error:
            lang = getattr(args, "lang", "id")
            raise HumasbotError(_TEXTS[lang]["cannot_write"].format(
                file=args.output, reason=error.strerror)) from None
    else:
        print(text, end="")
    return 0


def new(args: argparse.Namespace) -> int:
    """Register an article and write a draft fact file from it (every fact marked for review)."""
    from bot.channels.facts_new import draft_new_article

    return draft_new_article(args)


def report(args: argparse.Namespace) -> int:
    """Write the static HTML report: one page per article, an index of awards and editions."""
    from knowledge.report import write_report

    kb = settings_from_args(args).load_knowledge()
    index = write_report(kb, Path(args.output))
    print(f"Laporan ditulis: {display_path(index)}")
    return 0
