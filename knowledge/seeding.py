"""Registering a new source article: its copy in the seeds folder, named by the rule of
seeds/README.md (`YYYY-MM-DD_publisher_summary.txt`), and its entry in seeds/index.yaml (appended:
the index's comments and entries stay as they are)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from knowledge.article import slug
from knowledge.errors import HumasbotError

NO_PUBLISHER = "penerbit-tidak-disebut"
NO_DATE = "tanggal-tidak-disebut"


@dataclass(frozen=True)
class Registration:
    id: str
    title: str
    publisher: str | None
    date: dt.date | None
    date_kind: str
    file: str  # the article's file name in the seeds folder


def file_name(date: dt.date | None, publisher: str | None, summary: str) -> str:
    """2023-10-30_halojabar_pemkot-bandung-amh-2023.txt"""
    when = date.isoformat() if date else NO_DATE
    return f"{when}_{slug(publisher or '') or NO_PUBLISHER}_{slug(summary) or 'artikel'}.txt"


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def index_entry(entry: Registration) -> str:
    lines = [f"  - id: {entry.id}", f"    title: {_quoted(entry.title)}"]
    if entry.publisher:
        lines.append(f"    publisher: {_quoted(entry.publisher)}")
    if entry.date:
        lines += [f"    date: {entry.date.isoformat()}", f"    date_kind: {entry.date_kind}"]
    lines.append(f"    file: {entry.file}")
    return "\n".join(lines) + "\n"


def register(article: bytes, seeds_dir: Path, entry: Registration) -> Path:
    """Copy the article's bytes into `seeds_dir` as `entry.file` and append its entry to
    index.yaml (and a row to the table of README.md, when the file ends with that table).
    Refuses to overwrite a file."""
    target = seeds_dir / entry.file
    index = seeds_dir / "index.yaml"
    if target.exists():
        raise HumasbotError(f"{target} sudah ada: beri --id atau --title lain, atau hapus "
                            "berkas itu dulu")
    if not index.is_file():
        raise HumasbotError(f"{index} tidak ditemukan: periksa --seeds")
    existing = index.read_text(encoding="utf-8")
    if re.search(rf"^\s*-?\s*id:\s*{re.escape(entry.id)}\s*$", existing, re.MULTILINE):
        raise HumasbotError(f"id sumber '{entry.id}' sudah terdaftar di {index}: beri --id lain")
    target.write_bytes(article)
    with index.open("a", encoding="utf-8") as out:
        out.write(("" if existing.endswith("\n") or not existing else "\n") + index_entry(entry))
    readme = seeds_dir / "README.md"
    if readme.is_file():
        _add_readme_row(readme, entry)
    return target


def _add_readme_row(readme: Path, entry: Registration) -> None:
    """A row for the table that ends seeds/README.md (nothing if it ends otherwise)."""
    text = readme.read_text(encoding="utf-8").rstrip("\n")
    if not text.splitlines() or not text.splitlines()[-1].startswith("|"):
        return
    kind = "event date" if entry.date_kind == "event" else "published"
    when = f"{entry.date.isoformat()} ({kind})" if entry.date else "not given"
    publisher = entry.publisher or "not named in the article"
    cells = (f"`{entry.file}`", entry.title, publisher, when)
    row = "| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |"
    readme.write_text(text + "\n" + row + "\n", encoding="utf-8")
