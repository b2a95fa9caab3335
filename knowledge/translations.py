"""The fact checks' messages in Bahasa Indonesia.

The loader writes each problem in English (the library's language, and what its tests hold); the
`facts` commands show it in Indonesian by default (`--lang en` for English). The translation works
on the message's fixed phrases, in order, and leaves the values it quotes ('id', "text"), file
names and numbers as they are. Every message the loader writes has its phrases here: a test
renders the messages of many broken files and of the guide's table and finds no English left.
PyYAML's own description of a syntax error (after "YAML syntax:") stays in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

LANGS = ("id", "en")
DEFAULT_LANG = "id"

_KINDS = {"award": "penghargaan", "organisation": "organisasi", "person": "orang",
          "edition": "edisi", "source": "sumber"}
_KIND = "|".join(_KINDS)

# What the evidence must mention (knowledge/key_values.py), longest first.
_LABELS = {
    "the award's name or an alias": "nama penghargaan atau aliasnya",
    "its name or an alias": "namanya atau aliasnya",
    "the person's name": "nama orangnya",
    "the rank as written": "peringkat seperti tertulis",
    "the status detail": "keterangan statusnya",
    "the edition label": "label edisinya",
    "the quoted words": "kata-kata kutipannya",
    "one of the keywords": "satu pun kata kuncinya",
    "the abbreviation": "singkatannya",
    "the full name": "kepanjangannya",
    "the organisation": "organisasinya",
    "the organiser": "penyelenggaranya",
    "the time of day": "waktu harinya",
    "the category": "kategorinya",
    "the province": "provinsinya",
    "the weekday": "harinya",
    "the person": "orangnya",
    "the group": "kelompoknya",
    "the theme": "temanya",
    "the venue": "tempatnya",
    "the year": "tahunnya",
    "the date": "tanggalnya",
    "the city": "kotanya",
    "the name": "namanya",
    "the role": "jabatannya",
    "the time": "jamnya",
}

# What a message quotes as the value it got (validation_messages.shown).
_GOT = {
    "got nothing": "tertulis kosong",
    "got an empty file": "berkasnya kosong",
    "got a single value or a list": "tertulis satu nilai atau daftar",
    "got a mapping": "tertulis sebuah blok",
    "got a list": "tertulis sebuah daftar",
    "got a very large number": "tertulis angka yang sangat besar",
}

_PHRASES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    # --- the whole report ---
    (r"^(\d+) problems? in the fact files:$", r"\1 masalah di berkas fakta:"),
    # --- sources ---
    (r"^source text (.+) is not found$", r"teks sumber \1 tidak ditemukan"),
    (r"^source text (.+) is not UTF-8 text$", r"teks sumber \1 bukan teks UTF-8"),
    (r"^source text (.+) is not a regular file$", r"teks sumber \1 bukan berkas biasa"),
    (r"^source text (.+) is too large \(([\d,]+) bytes; at most ([\d,]+)\)$",
     r"teks sumber \1 terlalu besar (\2 bita; paling besar \3)"),
    (r"^source text (.+) is a link that leads outside (.+)$",
     r"teks sumber \1 adalah tautan yang mengarah ke luar \2"),
    (r"^source file '(.*)' must be a file name or a relative path inside (.+)$",
     r"berkas sumber '\1' harus berupa nama berkas atau jalur relatif di dalam \2"),
    # --- reading files ---
    (r"cannot read the file: not a regular file", "berkas tidak bisa dibaca: bukan berkas biasa"),
    (r"cannot read the file: ", "berkas tidak bisa dibaca: "),
    (r"a link that leads outside ", "tautan yang mengarah ke luar "),
    (r"\bIs a directory\b", "berupa folder"),
    (r"\bNo such file or directory\b", "tidak ada"),
    (r"\bPermission denied\b", "tidak diizinkan"),
    (r"file is too large \(([\d,]+) bytes; at most ([\d,]+)\): split it into one file per "
     r"edition", r"berkas terlalu besar (\1 bita; paling besar \2): pecah menjadi satu berkas "
     r"per edisi"),
    (r"not UTF-8 text: save the file as UTF-8",
     "bukan teks UTF-8: simpan ulang berkas sebagai UTF-8"),
    (r"contains binary data \(NUL bytes\), not text", "berisi data biner (bita NUL), bukan teks"),
    (r"facts directory not found", "folder fakta tidak ditemukan"),
    (r"no fact files \(\*\.yaml\) here", "tidak ada berkas fakta (*.yaml) di sini"),
    (r"source is missing: set `source` on the fact or at the top of the file",
     "sumber belum diisi: isi `source` pada fakta atau di baris paling atas berkas"),
    (r"^unknown source '(.*)'", r"sumber tak dikenal '\1'"),
    (r" \(known: ", " (yang dikenal: "),
    (r"^evidence not found in source '(.*)': copy the excerpt exactly as the article writes it$",
     r"kutipan tidak ditemukan di sumber '\1': salin kutipan persis seperti tertulis di "
     r"artikel"),
    # --- references, names, conflicts ---
    (rf"^unknown ((?:{_KIND})(?: or (?:{_KIND}))*) '", lambda m: " atau ".join(
        _KINDS[k] for k in m.group(1).split(" or ")) + " tak dikenal '"),
    (r" \(did you mean '(.*)'\?\)", r" (maksud Anda '\1'?)"),
    (rf"^duplicate ({_KIND}) id '(.*)' \(already declared in (.*)\)$",
     lambda m: f"id {_KINDS[m.group(1)]} ganda '{m.group(2)}' (sudah dideklarasikan di "
               f"{m.group(3)})"),
    (rf"^the name '(.*)' already names ({_KIND}) '(.*)' \((.*)\): a name may name only one "
     r"thing$", lambda m: f"nama '{m.group(1)}' sudah menamai {_KINDS[m.group(2)]} "
                          f"'{m.group(3)}' ({m.group(4)}): satu nama hanya untuk satu hal"),
    (r"^conflicting facts: ", "fakta bertentangan: "),
    (r"^(fakta bertentangan: )rank (\d+)", r"\1peringkat \2"),
    (r"^(fakta bertentangan: )the nomination", r"\1nominasi"),
    (r" in category ", " di kategori "),
    (r" in group ", " di kelompok "),
    (r", group ", ", kelompok "),
    (r" is already given to '", " sudah diberikan kepada '"),
    (r"' at (\S+:\d+) \(results", r"' di \1 (results"),
    # --- evidence and key values ---
    (r"^the evidence does not mention ", "kutipan tidak menyebut "),
    *((rf"^(kutipan tidak menyebut ){re.escape(en)}\b", rf"\g<1>{id_}")
      for en, id_ in _LABELS.items()),
    (r"^(\w+) does not match (\d{4}-\d\d-\d\d), which is a (\w+)$",
     r"\1 tidak cocok dengan \2, yang jatuh pada hari \3"),
    (r'^is missing: quote how the source writes the rank, e\.g\. "Terbaik III"$',
     'belum diisi: tulis peringkat seperti ditulis sumber, mis. "Terbaik III"'),
    (r'^"(.*)" does not state a rank number$', r'"\1" tidak menyebut nomor peringkat'),
    (r'^is (\d+), but the label "(.*)" says (\S+)$',
     r'bernilai \1, tetapi labelnya "\2" menyebut \3'),
    (r"^edition is missing: results and representatives belong to an edition$",
     "edition belum diisi: hasil (results) dan perwakilan (representatives) milik sebuah "
     "edisi"),
    # --- values (validation_messages.py, models.py) ---
    (r"^required field is missing$", "kolom wajib belum diisi"),
    (r"^unknown field '(.*?)'", r"kolom tak dikenal '\1'"),
    (r"; allowed here: ", "; yang boleh di sini: "),
    (r"^must be a whole number from (\d+) to (\d+), ", r"harus bilangan bulat dari \1 sampai \2, "),
    (r"^must be a whole number from (\d+), ", r"harus bilangan bulat mulai \1, "),
    (r"^must be a whole number, ", "harus bilangan bulat, "),
    (r"^must be a date written YYYY-MM-DD, ", "harus tanggal bertulis TTTT-BB-HH, "),
    (r"^must be a date without a time, ", "harus tanggal tanpa jam, "),
    (r"^must be text, ", "harus teks, "),
    (r"^must not be empty$", "tidak boleh kosong"),
    (r"^must be an id of lowercase letters, digits and hyphens \(e\.g\. kota-bandung\), ",
     "harus id dari huruf kecil, angka, dan tanda hubung (mis. kota-bandung), "),
    (r"^must be one of (.*) or ('[^']*'), ", r"harus salah satu dari \1 atau \2, "),
    (r"^must be one of ", "harus salah satu dari "),
    (r"^must be true or false, ", "harus true atau false, "),
    (r"^must be a list \(lines starting with '- '\), ",
     "harus berupa daftar (baris-baris berawalan '- '), "),
    (r"^must be a mapping of fields \(name: value\), ",
     "harus berupa blok kolom (nama: nilai), "),
    (r"^must have at least (\d+) item\(s\)$", r"harus berisi paling sedikit \1 butir"),
    *((rf", {re.escape(en)}$", f", {id_}") for en, id_ in _GOT.items()),
    (r", got (.+)$", r", tertulis \1"),
    (r"^invalid value '(.*?)'", r"nilai tidak sah '\1'"),
    (r": day is out of range for month$", ": tanggal itu tidak ada di bulan itu"),
    (r": month must be in 1\.\.12$", ": bulan harus 1 sampai 12"),
    (r": year (\d+) is out of range$", r": tahun \1 di luar jangkauan"),
    # --- YAML (yaml_positions.py) ---
    (r"^YAML syntax: character U\+([0-9A-F]+) is not allowed in YAML text$",
     r"sintaks YAML: karakter U+\1 tidak boleh ada di teks YAML"),
    (r"^YAML syntax: ", "sintaks YAML: "),
    (r"^YAML nested too deeply: at most (\d+) levels of lists and mappings$",
     r"YAML bersarang terlalu dalam: paling banyak \1 tingkat daftar dan blok"),
    (r"^YAML nested too deeply$", "YAML bersarang terlalu dalam"),
    (r"^anchors and aliases \(&name, \*name\) are not allowed in fact files: write the value "
     r"out$", "anchor dan alias (&nama, *nama) tidak boleh dipakai di berkas fakta: tulis "
     "nilainya langsung"),
    (r"^the tag '(.*)' is not allowed in fact files$",
     r"tag '\1' tidak boleh dipakai di berkas fakta"),
    (r"^a field name must be plain text$", "nama kolom harus teks biasa"),
    (r"^field '(.*)' is written twice$", r"kolom '\1' ditulis dua kali"),
]
_COMPILED = [(re.compile(pattern), replacement) for pattern, replacement in _PHRASES]


def translate(message: str, lang: str = DEFAULT_LANG) -> str:
    """`message` (one of the loader's, in English) in `lang`."""
    if lang == "en":
        return message
    for pattern, replacement in _COMPILED:
        message = pattern.sub(replacement, message)
    return message
