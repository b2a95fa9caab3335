"""Reading fact files with yaml-rs, a YAML 1.2 parser written in Rust.

yaml-rs builds a file's data about ten times faster than PyYAML, which matters at thousands of
fact files. PyYAML (yaml_positions) keeps two jobs: it says *where* a problem is (yaml-rs gives
no positions), and it reads every file in which something may be refused by the fact-file
rules (aliases, tags, tabs, control characters) or that yaml-rs cannot read, and every file
whose data fails validation, so that such a file gets PyYAML's precise message (an impossible
date, a field name that is a list …) at the right place. Everywhere else the data is yaml-rs's:
fact files are YAML 1.2, where `yes`, `no`, `on`, `off` and `19:00` are text.
"""

from __future__ import annotations

import re
from typing import Any

import yaml_rs

from knowledge.yaml_positions import ALIAS_MARK

# Characters that a fact file may not contain (PyYAML refuses them or reads them as line
# breaks): C0 and C1 controls other than the line ends, U+2028/U+2029, surrogates, non-
# characters; and tabs and stray byte-order marks, which the two parsers treat differently.
_SUSPECT_CHARACTERS = re.compile(
    "[\t\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
# The same in a file's UTF-8 bytes (where a surrogate cannot be): the one-byte characters,
# found by deleting every other byte; the others by their leading bytes, which are rare
# (except U+2028/U+2029's, shared with the curly quotes: those two are looked for as text).
_ONE_BYTE_SUSPECTS = bytes([*range(0x00, 0x09), 0x09, 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_OTHER_BYTES = bytes(sorted(set(range(256)) - set(_ONE_BYTE_SUSPECTS)))
_C1_CONTROL = re.compile(b"\xc2[\x80-\x9f]")  # U+0080 to U+009F
_BOM = b"\xef\xbb\xbf"
_EF_SUSPECTS = (_BOM, "\ufffe".encode(), "\uffff".encode())


def needs_checking(text: str, raw: bytes | None = None) -> bool:
    """Whether `text` may hold something the fact-file rules refuse (PyYAML must read it).
    `raw`, the UTF-8 bytes `text` was decoded from (a leading byte-order mark aside), makes
    it quicker: a fact file is read for every load."""
    if "!" in text:
        return True  # a tag (or an exclamation mark in the text: PyYAML finds out which)
    if raw is None:
        if _SUSPECT_CHARACTERS.search(text):
            return True
    else:
        if raw.startswith(_BOM):
            raw = raw[len(_BOM):]
        if raw.translate(None, _OTHER_BYTES) or "\u2028" in text or "\u2029" in text:
            return True
        if b"\xc2" in raw and _C1_CONTROL.search(raw):
            return True
        if b"\xef" in raw and any(suspect in raw for suspect in _EF_SUSPECTS):
            return True
    return "*" in text and ALIAS_MARK.search(text) is not None


def read(text: str) -> tuple[bool, Any]:
    """(True, data) if yaml-rs reads `text` as one document; (False, None) if it cannot."""
    try:
        # dates stay text: pydantic reads them where a field is a date, and a quoted
        # '2023-10-30' stays text (yaml-rs would make it a date)
        data = yaml_rs.loads(text, parse_datetime=False)
    except Exception:  # yaml-rs refuses it: PyYAML reads it and explains
        return False, None
    if isinstance(data, list):  # a list, or several documents: PyYAML tells which
        return False, None
    return True, data
