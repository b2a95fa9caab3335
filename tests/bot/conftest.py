"""Shared fixtures: the frozen knowledge base (loaded once) and a fresh engine per test."""

from __future__ import annotations

import pytest
from frozen_data import load_frozen

from bot.engine import Engine
from knowledge.base import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_frozen()


@pytest.fixture
def engine(kb: KnowledgeBase) -> Engine:
    return Engine(kb)
