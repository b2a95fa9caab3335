"""Shared fixtures: the real knowledge base (loaded once) and a fresh engine per test."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from knowledge.base import KnowledgeBase
from knowledge.loader import load_knowledge


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture
def engine(kb: KnowledgeBase) -> Engine:
    return Engine(kb)
