"""The state file: conversation context kept across restarts, written atomically.

A missing, empty, unreadable or corrupt file is a fresh start with a warning (a corrupt file is
kept beside it as `<name>.corrupt` for inspection). A state file that is a symbolic link is
written through to its target (still atomically), the link kept.

`Persistence` ties the file to the bot: restored when the bot starts, saved every few seconds
while it runs (off the event loop, and only after something changed) and once more on shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.channels.telegram.buttons import QuestionButtons
    from bot.channels.telegram.records import QuestionStats
    from bot.engine import Engine

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
    """Write `text` to a temporary file beside `path`, flush it to disk, then os.replace.
    If `path` is a symbolic link, its final target is replaced and the link stays."""
    if path.is_symlink():
        path = path.resolve()
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


class Persistence:
    """Conversation context, button table and answer counts (for /statistik) ⇄ the state
    file.

    Whatever may change them (a question answered, buttons offered) calls `changed()`; a save
    with no change since the last one is skipped before anything is copied or serialised.
    """

    def __init__(self, path: str | os.PathLike[str] | None, engine: Engine,
                 buttons: QuestionButtons, interval: float,
                 stats: QuestionStats | None = None) -> None:
        self.file = StateFile(path)
        self.engine, self.buttons, self.interval = engine, buttons, interval
        self.stats = stats
        self.changes = 0  # bumped by changed(); compared with the count at the last save
        self._saved_changes = 0
        self._saver: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()  # one save at a time, the last one written last

    def restore(self) -> None:
        """Load the state file into the engine's context and the button table."""
        data = self.file.load()
        context = data.get("context")
        if isinstance(context, dict):
            self.engine.context.restore(context)
        self.buttons.restore(data.get("buttons"))
        if self.stats is not None:
            self.stats.restore(data.get("statistics"))

    def changed(self) -> None:
        """Note that the context or the buttons may have changed since the last save."""
        self.changes += 1

    async def save(self) -> None:
        """Write the state file (in a worker thread) if anything changed; failures are logged,
        never fatal. The snapshot is taken here, on the event loop, between two updates."""
        async with self._lock:
            if self.file.path is None or self.changes == self._saved_changes:
                return
            changes = self.changes
            data = {"context": self.engine.context.snapshot(),
                    "buttons": self.buttons.snapshot()}
            if self.stats is not None:
                data["statistics"] = self.stats.snapshot()
            try:
                if await asyncio.to_thread(self.file.save, data):
                    log.debug("state saved to %s", self.file.path)
            except (OSError, TypeError, ValueError) as error:
                log.warning("could not save the state file %s: %s", self.file.path, error)
                return
            self._saved_changes = changes

    async def _save_periodically(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            await asyncio.shield(self.save())  # stop() does not cut a write short

    def start(self) -> None:
        """Save every `interval` seconds from now on."""
        if self._saver is None:
            self._saver = asyncio.create_task(self._save_periodically(), name="state-saver")

    async def stop(self) -> None:
        """Stop the periodic saving (a save in progress still finishes: the next save waits
        for it)."""
        saver, self._saver = self._saver, None
        if saver is not None:
            saver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await saver
