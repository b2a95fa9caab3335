"""The state file: conversation context kept across restarts, written atomically.

A missing, empty, unreadable or corrupt file is a fresh start with a warning (a corrupt file is
kept beside it as `<name>.corrupt` for inspection).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

STATE_VERSION = 1


class StateFile:
    """Loads and saves one JSON document; `save` replaces the file atomically."""

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = Path(path) if path else None
        self._last_saved: str | None = None

    def load(self) -> dict[str, Any]:
        """The saved document, or {} (fresh start) if there is none or it is unusable."""
        if self.path is None:
            return {}
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            log.warning("no state file at %s yet: starting with fresh conversations", self.path)
            return {}
        except (OSError, UnicodeDecodeError) as error:
            log.warning("cannot read state file %s (%s): starting fresh", self.path,
                        type(error).__name__)
            return {}
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as error:  # JSONDecodeError is a ValueError
            log.warning("state file %s is %s: starting fresh", self.path,
                        "empty" if not text.strip()
                        else f"not valid JSON ({getattr(error, 'msg', type(error).__name__)})")
            self._keep_corrupt(text)
            return {}
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            log.warning("state file %s has an unknown layout: starting fresh", self.path)
            self._keep_corrupt(text)
            return {}
        self._last_saved = _dump(data)
        return data

    def save(self, data: dict[str, Any]) -> bool:
        """Write `data` (plus the version) if it changed since the last save; True if written."""
        if self.path is None:
            return False
        document = {"version": STATE_VERSION, **data}
        text = _dump(document)
        if text == self._last_saved:
            return False
        write_atomically(self.path, text)
        self._last_saved = text
        return True

    def _keep_corrupt(self, text: str) -> None:
        if self.path is not None and text.strip():
            with contextlib.suppress(OSError):
                write_atomically(self.path.with_name(self.path.name + ".corrupt"), text)


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, flush it to disk, then os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
