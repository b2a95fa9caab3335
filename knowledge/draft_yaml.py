"""Writing a drafted fact file as YAML a person can review: the layout of the template, long
text in `>-` blocks, a comment heading each section."""

from __future__ import annotations

import re
from typing import Any

HEADER = """\
# DRAF dari `humasbot facts new` — {title}
# Setiap fakta bertanda `review: true`: bot belum memakainya. Tinjau satu per satu (panduan:
# knowledge/PANDUAN.md, bagian "Draf otomatis"): cocokkan nilainya dengan `evidence`, betulkan
# atau hapus yang salah, lengkapi yang terlewat, lalu hapus baris `review: true`.
# Periksa: uv run humasbot facts check   Lihat: uv run humasbot facts report -o laporan
# yaml-language-server: $schema=../schema.json
"""
SECTIONS = {
    "awards": "Penghargaan baru (belum ada di berkas lain)",
    "organisations": "Organisasi yang baru muncul di artikel ini",
    "people": "Orang / pejabat",
    "edition": "Edisi",
    "results": "Hasil: satu butir per organisasi per kategori",
    "representatives": "Yang menerima penghargaan / menghadiri acara",
    "quotes": "Kutipan ucapan",
}
_PLAIN = re.compile(r"^[A-Za-z0-9À-ɏ(][\w ()/&.,'’“”À-ɏ-]*$")
_NOT_PLAIN = re.compile(r"^(?:true|false|null|yes|no|on|off|~|[-+]?[\d.]+(?:e\d+)?|.*: .*|"
                        r".* #.*|.*[,.]$)$", re.IGNORECASE)
WIDTH = 96


def fact_file_yaml(data: dict[str, Any], title: str) -> str:
    lines = [HEADER.format(title=" ".join(title.split())).rstrip("\n")]
    lines.append(f"source: {_scalar(data['source'], 8)}")
    for section, comment in SECTIONS.items():
        value = data.get(section)
        if not value:
            continue
        lines += ["", f"# --- {comment} ---", f"{section}:"]
        lines += _block(value, 1)
    return "\n".join(lines) + "\n"


def _block(value: Any, depth: int) -> list[str]:
    indent = "  " * depth
    if isinstance(value, dict):
        out = []
        for key, item in value.items():
            out += _entry(indent, key, item, depth)
        return out
    out = []
    for item in value:
        inner = _block(item, depth + 1)
        first = inner[0]
        out.append(f"{indent}- {first[len(indent) + 2:]}")
        out += inner[1:]
    return out


def _entry(indent: str, key: str, item: Any, depth: int) -> list[str]:
    if isinstance(item, dict):
        return [f"{indent}{key}:", *_block(item, depth + 1)]
    if isinstance(item, list):
        if all(isinstance(i, str) and len(i) < 40 and _plain(i) for i in item) and sum(
                len(i) + 2 for i in item) + len(indent) + len(key) < WIDTH:
            return [f"{indent}{key}: [{', '.join(item)}]"]
        if all(not isinstance(i, dict) for i in item):
            out = [f"{indent}{key}:"]
            for text in item:
                out += _text(f"{indent}  - ", "", text, indent + "    ")
            return out
        return [f"{indent}{key}:", *_block(item, depth + 1)]
    return _text(f"{indent}{key}: ", key, item, indent + "  ")


def _text(prefix: str, key: str, value: Any, continuation: str) -> list[str]:
    if isinstance(value, bool):
        return [prefix + ("true" if value else "false")]
    if isinstance(value, int):
        return [prefix + str(value)]
    text = " ".join(str(value).split())
    if (key not in ("evidence", "text") and _plain(text)
            and len(prefix) + len(text) <= WIDTH):
        return [prefix + text]
    if key not in ("evidence", "text") and len(prefix) + len(text) <= WIDTH and '"' not in text:
        return [prefix + '"' + text.replace("\\", "\\\\") + '"']
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(continuation) + len(line) + 1 + len(word) > WIDTH:
            lines.append(continuation + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(continuation + line)
    return [prefix + ">-", *lines]


def _plain(text: str) -> bool:
    return bool(_PLAIN.match(text)) and not _NOT_PLAIN.match(text) and not text.startswith("(")


def _scalar(text: str, _: int) -> str:
    return text if _plain(text) else '"' + text + '"'
