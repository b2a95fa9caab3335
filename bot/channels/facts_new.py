"""`humasbot facts new ARTICLE.txt`: register an article in the seeds folder and write a draft
fact file from it, every fact marked `review: true` (knowledge/draft.py does the reading)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from bot.settings import settings_from_args
from knowledge.draft import Draft, draft_fact_file
from knowledge.draft_yaml import fact_file_yaml
from knowledge.errors import HumasbotError, KnowledgeError
from knowledge.files import NotRegular, TooLarge, read_regular
from knowledge.loader import (
    DEFAULT_SEEDS_DIR,
    MAX_SOURCE_BYTES,
    display_path,
    load_knowledge,
    resolve_facts_dir,
)
from knowledge.seeding import Registration, file_name, register

DATELINE = re.compile(r"^([A-Z][A-Z0-9.]{2,}(?: [A-Z0-9.]+)*)\s*[-–—]")
SECTIONS = {"awards": "penghargaan baru", "organisations": "organisasi", "people": "orang",
            "edition": "edisi", "results": "hasil", "representatives": "penerima/hadir",
            "quotes": "kutipan ucapan"}


def draft_new_article(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    facts_dir = resolve_facts_dir(settings.facts_dir)
    seeds_dir = Path(settings.seeds_dir) if settings.seeds_dir else DEFAULT_SEEDS_DIR
    raw, text = _read_article(Path(args.article))
    kb = load_knowledge(facts_dir, seeds_dir)
    for source in kb.sources.values():
        if " ".join(source.text.split()) == " ".join(text.split()):
            raise HumasbotError(f"artikel ini sudah terdaftar sebagai sumber '{source.id}'")
    draft = draft_fact_file(text, "", kb)
    title = args.title or next((line.strip() for line in text.splitlines() if line.strip()), "")
    dateline = next((DATELINE.match(line.strip()) for line in text.splitlines()[1:]
                     if DATELINE.match(line.strip())), None)
    publisher = args.publisher or (dateline.group(1) if dateline else None)
    date, date_kind = (_date(args.date), "published") if args.date else (
        draft.event_date, "event")
    summary = _summary(draft, title)
    source_id = args.id or "-".join(
        part for part in (_slug_or_none(publisher), summary) if part)
    if sys.stdin.isatty():
        title = _ask("Judul artikel", title)
        publisher = _ask("Penerbit (kosongkan bila tidak disebut)", publisher or "") or None
        answer = _ask("Tanggal TTTT-BB-HH (kosongkan bila tidak ada)",
                      date.isoformat() if date else "")
        date = _date(answer) if answer else None
        if answer and not args.date and answer != (draft.event_date or dt.date.min).isoformat():
            date_kind = "published"
        source_id = _ask("Id sumber", source_id)
    existing = kb.editions.get(draft.edition_id or "")
    target = Path(args.output) if args.output else facts_dir / f"{draft.edition_id or summary}.yaml"
    if existing is not None and not args.output:
        where = next((f for f in kb.files if Path(f).stem == draft.edition_id), "berkas lain")
        raise HumasbotError(
            f"edisi {draft.edition_id} sudah ada ({where}): satu edisi = satu berkas. Jalankan "
            "lagi dengan --output FILE (di luar folder fakta), lalu pindahkan fakta draf itu ke "
            "berkas edisinya")
    if target.exists():
        raise HumasbotError(f"{display_path(target)} sudah ada: beri --output FILE lain")
    entry = Registration(source_id, title, publisher, date, date_kind,
                         file_name(date, publisher, summary))
    copied = register(raw, seeds_dir, entry)
    draft.data["source"] = source_id
    target.write_text(fact_file_yaml(draft.data, title), encoding="utf-8")
    print(f"Artikel disalin ke {display_path(copied)} dan didaftarkan di "
          f"{display_path(seeds_dir / 'index.yaml')} (id: {source_id}).")
    print(f"Draf ditulis ke {display_path(target)}:")
    for key, label in SECTIONS.items():
        value = draft.data.get(key)
        if value:
            print(f"  {label:<18} {1 if isinstance(value, dict) else len(value):>4}")
    if args.output:
        return 0
    try:
        checked = load_knowledge(facts_dir, seeds_dir)
    except KnowledgeError as error:
        print(error, file=sys.stderr)
        print("Draf belum lolos pemeriksaan: perbaiki baris-baris di atas (lihat PANDUAN).",
              file=sys.stderr)
        return 1
    print(f"Pemeriksaan OK; {len(checked.under_review)} fakta menunggu tinjauan (review: true).")
    print("Langkah berikut: buka draf, cocokkan setiap nilai dengan kutipannya, lengkapi atau "
          "hapus, lalu hapus baris `review: true`;\n  uv run humasbot facts report -o laporan  "
          "menampilkan kutipan di dalam artikel;\n  uv run humasbot facts check  sampai tidak ada "
          "peringatan.")
    return 0


def _read_article(path: Path) -> tuple[bytes, str]:
    try:
        raw = read_regular(path, MAX_SOURCE_BYTES)
    except OSError as error:
        raise HumasbotError(f"tidak bisa membaca {path}: {error.strerror}") from None
    except NotRegular:
        raise HumasbotError(f"{path} bukan berkas biasa") from None
    except TooLarge as error:
        raise HumasbotError(f"{path} terlalu besar ({error.size:,} bita; paling besar "
                            f"{MAX_SOURCE_BYTES:,})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise HumasbotError(f"{path} bukan teks UTF-8: simpan ulang sebagai UTF-8") from None
    if not text.strip():
        raise HumasbotError(f"{path} kosong")
    return raw, text.replace("\r\n", "\n").replace("\r", "\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise HumasbotError(f"tanggal '{text}' harus ditulis TTTT-BB-HH, mis. 2024-11-20") from None


def _slug_or_none(text: str | None) -> str | None:
    from knowledge.article import slug

    return slug(text) if text else None


def _summary(draft: Draft, title: str) -> str:
    """kota-bandung-amh-2023: the first winner, the award and the year."""
    from knowledge.article import slug

    results = draft.data.get("results") or []
    parts = [results[0]["organisation"]] if results else []
    if draft.edition_id:
        parts.append(draft.edition_id)
    return "-".join(parts) or slug(title)[:50]


def _ask(question: str, default: str) -> str:
    answer = input(f"{question} [{default}]: ").strip()
    return answer or default
