"""Fixtures for every test: no test reads or writes the developer's knowledge cache."""

from __future__ import annotations

import pytest

from knowledge.cache import CACHE_DIR_VARIABLE, CACHE_OFF


@pytest.fixture(autouse=True)
def no_knowledge_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache is off unless a test turns it on (tests/knowledge/test_cache.py)."""
    monkeypatch.setenv(CACHE_DIR_VARIABLE, CACHE_OFF)
