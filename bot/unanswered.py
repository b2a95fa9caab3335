"""The unanswered-questions file: every question answered `not_understood` or `no_data`, one
JSON object per line — the curators' to-do list (`humasbot unanswered` reads it).

Writing: each line is encoded first and written whole with one `os.write` on a descriptor
opened with O_APPEND, so there is no buffer to lose when the process is killed, and lines of
several processes (the bot and `humasbot ask`) never interleave. Nothing is kept in memory.
The file is rotated by size (`unanswered.jsonl` → `.1` → `.2` …, the oldest dropped); a writer
that finds its file renamed (by another process's rotation, or logrotate) reopens the name.

Reading: the rotated files oldest first, then the file; lines that are not whole JSON objects
are skipped and counted. Questions are grouped by their normalised text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from bot.reply import Reply, Status
from bot.understanding.normalise import normalise

if TYPE_CHECKING:
    from bot.settings import Settings

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # not on Windows: rotation is then not guarded against other processes
    fcntl = None

log = logging.getLogger(__name__)

RECORDED = frozenset({Status.NOT_UNDERSTOOD, Status.NO_DATA})
MAX_BYTES = 5 * 1024 * 1024  # rotate when the file would grow past this
BACKUPS = 3                  # rotated files kept: unanswered.jsonl.1 … .3
FILE_MODE = 0o600            # the file holds what users typed: readable by the bot's user only
WARN_EVERY_SECONDS = 60.0


def record_of(reply: Reply, channel: str, *, chat: object = None, user: object = None,
              keep_ids: bool = False, now: float | None = None) -> dict[str, Any]:
    """The line written for `reply`: time (UTC), channel, text, status, intent, slots, the
    engine's best guess (its top intent candidate) and the suggestions; the chat and user
    ids only if `keep_ids`."""
    moment = dt.datetime.fromtimestamp(time.time() if now is None else now, dt.UTC)
    top = reply.candidates[0] if reply.candidates else None
    record: dict[str, Any] = {
        "time": moment.isoformat(timespec="seconds"),
        "channel": channel,
        "text": reply.question,
        "status": str(reply.status),
        "intent": reply.intent,
        "slots": reply.slots,
        "guess": {"intent": top.intent, "score": round(top.score, 3)} if top else None,
        "suggestions": list(reply.suggestions),
    }
    if keep_ids:
        record["chat"], record["user"] = chat, user
    return record


class UnansweredLog:
    """Appends the unanswered questions of one process to the file at `path`."""

    def __init__(self, path: str | os.PathLike[str], *, keep_ids: bool = False,
                 max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        self.path = Path(path)
        self.keep_ids, self.max_bytes, self.backups = keep_ids, max_bytes, backups
        self._fd: int | None = None
        self._lock = threading.Lock()
        self._warned_at = -WARN_EVERY_SECONDS
        self.written = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> UnansweredLog | None:
        """The log HUMASBOT_UNANSWERED_FILE names (None if recording is off)."""
        path = settings.unanswered_path
        return cls(path, keep_ids=settings.unanswered_keep_ids) if path else None

    def record(self, reply: Reply, channel: str, *, chat: object = None,
               user: object = None) -> bool:
        """Append `reply` if it is `not_understood` or `no_data`; True if a line was written.
        A failure to write is logged (at most once a minute), never raised."""
        if reply.status not in RECORDED:
            return False
        record = record_of(reply, channel, chat=chat, user=user, keep_ids=self.keep_ids)
        line = (json.dumps(record, ensure_ascii=False, default=str) + "\n").encode(
            "utf-8", "replace")
        try:
            with self._lock:
                self._append(line)
        except OSError as error:
            now = time.monotonic()
            if now - self._warned_at >= WARN_EVERY_SECONDS:
                self._warned_at = now
                log.warning("cannot write the unanswered file %s: %s", self.path,
                            error.strerror or type(error).__name__)
            self._close()
            return False
        self.written += 1
        return True

    def _append(self, line: bytes) -> None:
        fd = self._descriptor()
        if self.max_bytes and os.fstat(fd).st_size + len(line) > self.max_bytes:
            self._rotate(fd)
            fd = self._descriptor()
        written = os.write(fd, line)
        while written < len(line):  # a short write (a full disk): finish the line or fail
            written += os.write(fd, line[written:])

    def _descriptor(self) -> int:
        """The open file, reopened if its name now points elsewhere (rotated meanwhile)."""
        if self._fd is not None:
            try:
                same = os.path.samestat(os.fstat(self._fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                return self._fd
            self._close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC,
                           FILE_MODE)
        return self._fd

    def _rotate(self, fd: int) -> None:
        """Shift file → .1 → .2 …, under an exclusive lock on the current file, unless
        another process has rotated it first."""
        with _locked(fd):
            try:
                if not os.path.samestat(os.fstat(fd), os.stat(self.path)):
                    return  # rotated by someone else: _descriptor() reopens the name
            except FileNotFoundError:
                return
            for number in range(self.backups, 0, -1):
                older = self._backup(number - 1) if number > 1 else self.path
                if older.exists():
                    os.replace(older, self._backup(number))
            if not self.backups:
                self.path.unlink(missing_ok=True)
        self._close()

    def _backup(self, number: int) -> Path:
        return self.path.with_name(f"{self.path.name}.{number}")

    def _close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def close(self) -> None:
        """Close the file (a later record opens it again)."""
        with self._lock:
            self._close()


@contextlib.contextmanager
def _locked(fd: int) -> Iterator[None]:
    if fcntl is None:
        yield
        return
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)


# --- reading -------------------------------------------------------------------------------

def files_of(path: Path) -> list[Path]:
    """The file and its rotated predecessors that exist, oldest first."""
    rotated = []
    for candidate in path.parent.glob(f"{glob_escape(path.name)}.*"):
        suffix = candidate.name[len(path.name) + 1:]
        if suffix.isdigit():
            rotated.append((int(suffix), candidate))
    return [p for _, p in sorted(rotated, reverse=True)] + ([path] if path.exists() else [])


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


@dataclass
class Reading:
    """What reading the files found: the records (as an iterator) and the lines skipped."""

    skipped: int = 0


def read_records(path: Path, since: dt.datetime | None = None,
                 reading: Reading | None = None) -> Iterator[dict[str, Any]]:
    """Every record of the file and its rotated files, oldest first, asked at or after
    `since`; lines that are not whole records are counted in `reading.skipped`."""
    reading = reading if reading is not None else Reading()
    for file in files_of(path):
        with open(file, encoding="utf-8", errors="replace") as stream:
            for line in stream:
                record = parse_record(line)
                if record is None:
                    reading.skipped += bool(line.strip())
                    continue
                if since is None or record["_at"] >= since:
                    yield record


def parse_record(line: str) -> dict[str, Any] | None:
    """The record of one line (with `_at`, its time as a datetime), or None."""
    if not line.endswith("\n"):
        return None  # cut short (never written whole)
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return None
    try:
        at = dt.datetime.fromisoformat(str(record.get("time")))
    except ValueError:
        return None
    record["_at"] = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
    return record


@dataclass
class Group:
    """The questions that normalise to the same text."""

    key: str
    text: str  # as last asked
    count: int = 0
    first_seen: dt.datetime | None = None
    last_seen: dt.datetime | None = None
    status: str = ""
    intent: str | None = None
    guess: dict[str, Any] | None = None
    suggestions: list[str] = field(default_factory=list)

    def add(self, record: dict[str, Any]) -> None:
        self.count += 1
        at = record["_at"]
        if self.first_seen is None or at < self.first_seen:
            self.first_seen = at
        if self.last_seen is None or at >= self.last_seen:
            self.last_seen = at
            self.text = record["text"]
            self.status = str(record.get("status") or "")
            self.intent = record.get("intent")
            guess = record.get("guess")
            self.guess = guess if isinstance(guess, dict) else None
            suggestions = record.get("suggestions")
            self.suggestions = [str(s) for s in suggestions] if isinstance(
                suggestions, list) else []

    @property
    def guess_intent(self) -> str | None:
        return self.guess.get("intent") if self.guess else None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text, "normalised": self.key, "count": self.count,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "status": self.status, "intent": self.intent, "guess": self.guess,
            "suggestions": self.suggestions,
        }


@functools.lru_cache(maxsize=4096)
def group_key(text: str) -> str:
    """What questions are grouped by: their normalised tokens (or the folded text, if
    nothing normalises: emoji, punctuation)."""
    return " ".join(normalise(text)) or " ".join(text.casefold().split())


def group_records(records: Iterable[dict[str, Any]]) -> list[Group]:
    """The records grouped by normalised text, most frequent first (then most recent)."""
    groups: dict[str, Group] = {}
    for record in records:
        key = group_key(record["text"])
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(key, record["text"])
        group.add(record)
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(groups.values(),
                  key=lambda g: (-g.count, -(g.last_seen or epoch).timestamp(), g.key))


_PERIOD = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([mhdw])\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_since(value: str, now: dt.datetime | None = None) -> dt.datetime:
    """The start of a period: `30m`, `24h`, `7d`, `2w` before `now`, or an ISO date or time
    (local time if it names no zone). Raises ValueError."""
    now = now or dt.datetime.now(dt.UTC)
    if match := _PERIOD.match(value):
        return now - dt.timedelta(seconds=float(match[1]) * _UNIT_SECONDS[match[2].lower()])
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{value!r} is neither a period (30m, 24h, 7d, 2w) nor an ISO date "
                         "(2026-12-01, 2026-12-01T08:00)") from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # local time
    return moment.astimezone(dt.UTC)
