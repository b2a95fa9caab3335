"""A cache of verified knowledge: loading fact files that have not changed since they were last
verified reads the KnowledgeBase back instead of parsing and checking them again.

An entry is keyed by the content of everything the load read — every fact file, the seeds
index, every source article — and by the loader's own code and library versions; any change
to any of them is a miss, and a miss is an ordinary (cold) load, whose result is then stored.
Only a load that succeeded is stored, so a cache can never hold facts that failed a check.
A damaged or unreadable entry is a miss too: the cache can make a load faster, never wrong.

The directory is `$HUMASBOT_CACHE_DIR` (`off` turns the cache off), else
`$XDG_CACHE_HOME/humasbot`, else `~/.cache/humasbot`. Each facts folder keeps one entry.
Entries are pickles, written private to the user (0600, in a 0700 folder); one that another
user could have written is not read.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from pathlib import Path

import pydantic
import yaml
import yaml_rs

from knowledge.base import KnowledgeBase
from knowledge.files import read_bytes

log = logging.getLogger(__name__)

CACHE_DIR_VARIABLE = "HUMASBOT_CACHE_DIR"
CACHE_OFF = "off"
_FORMAT = b"humasbot-knowledge-cache/1"
_PACKAGE_DIR = Path(__file__).resolve().parent


def resolve_cache_dir(chosen: str | None = None) -> Path | None:
    """`chosen`, else $HUMASBOT_CACHE_DIR, else the user's cache folder; None for `off`."""
    chosen = (chosen if chosen is not None else os.environ.get(CACHE_DIR_VARIABLE, "")).strip()
    if chosen.lower() == CACHE_OFF:
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.join("~", ".cache")
    return Path(os.path.expanduser(base)) / "humasbot"


@functools.cache  # the code a process runs does not change under it
def _code_fingerprint() -> bytes:
    """The loader's code and the versions that shape a loaded KnowledgeBase."""
    digest = hashlib.blake2b(_FORMAT)
    versions = (sys.version, pydantic.VERSION, yaml_rs.__version__, yaml.__version__)
    digest.update("|".join(versions).encode())
    for path in sorted(_PACKAGE_DIR.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


class Inputs:
    """What one load read, as content digests: the key of its cache entry."""

    def __init__(self, facts_dir: str, seeds_dir: str) -> None:
        self.folder = hashlib.blake2b(f"{facts_dir}\0{seeds_dir}".encode(),
                                      digest_size=8).hexdigest()
        self._digest = hashlib.blake2b(_code_fingerprint())
        self._digest.update(f"{facts_dir}\0{seeds_dir}\0".encode())
        self.articles: dict[str, bytes] = {}  # path → digest of the source articles read

    def add_file(self, name: str, content: bytes) -> None:
        """A fact file or index (its name as the loader shows it, and its bytes)."""
        self._digest.update(f"{len(name)}:{name}{len(content)}:".encode())
        self._digest.update(content)

    def add_article(self, path: str, content: bytes) -> None:
        self.articles[path] = hashlib.blake2b(content).digest()

    def key(self) -> str:
        return self._digest.hexdigest()[:32]


def _entry(cache_dir: Path, inputs: Inputs) -> Path:
    """The file of the entry for these inputs (one per facts folder: see `write`)."""
    return cache_dir / f"{inputs.folder}-{inputs.key()}.pickle"


def read(cache_dir: Path, inputs: Inputs) -> KnowledgeBase | None:
    """The stored KnowledgeBase for these fact files, if every article it read is unchanged."""
    path = _entry(cache_dir, inputs)
    try:
        if not _private(path):
            log.warning("knowledge cache %s is not private to this user (others could write "
                        "it): loading the fact files", path)
            return None
        with open(path, "rb") as file:
            articles, kb = pickle.load(file)  # the user's own files (see the module)
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged entry (any unpickling error) is only a miss
        log.warning("knowledge cache %s unreadable (%s): loading the fact files", path,
                    type(error).__name__)
        return None
    if not isinstance(kb, KnowledgeBase) or not isinstance(articles, dict):
        return None
    for article, digest in articles.items():
        try:
            if hashlib.blake2b(read_bytes(article)).digest() != digest:
                return None
        except OSError:
            return None
    return kb


def _private(path: Path) -> bool:
    """Whether only this user can change the entry: a pickle runs code when read, so an
    entry someone else could have written is not read (POSIX; elsewhere always True)."""
    status = path.stat()  # FileNotFoundError: no entry
    if not hasattr(os, "getuid"):
        return True
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def write(cache_dir: Path, inputs: Inputs, kb: KnowledgeBase) -> None:
    """Store a verified KnowledgeBase (atomically), replacing this folder's older entry.
    A cache that cannot be written is skipped with a warning."""
    target = _entry(cache_dir, inputs)
    try:
        cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cache_dir, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(handle, "wb") as file:
                pickle.dump((inputs.articles, kb), file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        for older in cache_dir.glob(f"{inputs.folder}-*.pickle"):
            if older != target:
                with contextlib.suppress(OSError):
                    older.unlink()
    except (OSError, pickle.PicklingError) as error:
        log.warning("knowledge cache not written to %s: %s", cache_dir, error)
