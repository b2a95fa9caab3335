"""Fixtures for every test: no test reads or writes the developer's knowledge cache, and what
a test's loads froze out of the garbage collector's sight is back in it after the test."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from knowledge.cache import CACHE_DIR_VARIABLE, CACHE_OFF


@pytest.fixture(autouse=True)
def no_knowledge_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache is off unless a test turns it on (tests/knowledge/test_cache.py)."""
    monkeypatch.setenv(CACHE_DIR_VARIABLE, CACHE_OFF)


@pytest.fixture(autouse=True)
def collectable_after_each_test() -> Iterator[None]:
    """A process keeps what it loads; a test run loads hundreds of times, and the garbage
    of its tests (frozen with each load, see knowledge.long_lived) must be collected."""
    yield
    gc.unfreeze()
