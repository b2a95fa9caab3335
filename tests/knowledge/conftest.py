"""Fixtures for the knowledge tests: a clean environment and an editable copy of the facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from knowledge_support import FactsCopy

from knowledge.loader import DEFAULT_SEEDS_DIR, FACTS_DIR_VARIABLE


@pytest.fixture(autouse=True)
def no_facts_dir_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's $HUMASBOT_FACTS_DIR never leaks into a test."""
    monkeypatch.delenv(FACTS_DIR_VARIABLE, raising=False)


@pytest.fixture
def facts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FactsCopy:
    """knowledge/facts/*.yaml copied to tmp_path/facts, with tmp_path as working directory
    (so errors name files `facts/amh-2023.yaml`, as a user running from there would see)."""
    monkeypatch.chdir(tmp_path)
    return FactsCopy.of_packaged_facts(tmp_path / "facts")


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """An editable copy of the seed articles and their index (tmp_path/seeds)."""
    folder = tmp_path / "seeds"
    shutil.copytree(DEFAULT_SEEDS_DIR, folder)
    return folder
