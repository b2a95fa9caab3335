"""`humasbot facts check | list | schema`: the fact files from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bot.catalogue import award_label, edition_label
from bot.settings import settings_from_args
from knowledge.base import KnowledgeBase
from knowledge.errors import HumasbotError
from knowledge.loader import display_path, resolve_facts_dir
from knowledge.schema import fact_file_schema


def check(args: argparse.Namespace) -> int:
    """Validate the fact files; print a summary of counts (problems raise KnowledgeError)."""
    settings = settings_from_args(args)
    kb = settings.load_knowledge()
    counts = kb.counts()
    print(f"OK: {display_path(resolve_facts_dir(settings.facts_dir))} — all facts verified "
          "against their sources.")
    labels = {
        "files": "fact files", "sources": "sources", "awards": "awards",
        "editions": "editions", "organisations": "organisations", "people": "people",
        "results": "results", "representatives": "representatives", "quotes": "quotes",
        "notes": "notes",
    }
    for key, label in labels.items():
        print(f"  {label:<16} {counts[key]:>6}")
    print_under_review(kb)
    return 0


def print_under_review(kb: KnowledgeBase) -> None:
    """Warnings for the facts still marked `review: true` (not counted above, not served)."""
    if kb.under_review:
        count = len(kb.under_review)
        print(f"\nPeringatan: {count} fakta masih menunggu tinjauan (review: true) dan belum "
              "dipakai bot:")
        for item in kb.under_review:
            print(f"warning: {item}")


def listing(args: argparse.Namespace) -> int:
    """Print awards, their editions and each edition's results as a readable table."""
    kb = settings_from_args(args).load_knowledge()
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
            raise HumasbotError(f"cannot write {args.output}: {error.strerror}") from None
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
