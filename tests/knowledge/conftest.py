"""Fixtures for the knowledge tests: a clean environment and an editable copy of the facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from frozen_data import FROZEN_SEEDS
from knowledge_support import FactsCopy


@pytest.fixture
def facts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FactsCopy:
    """The frozen facts (tests/data/facts/*.yaml) copied to tmp_path/facts, with tmp_path as
    working directory (so errors name files `facts/amh-2023.yaml`, as a user running from
    there would see)."""
    monkeypatch.chdir(tmp_path)
    return FactsCopy.of_packaged_facts(tmp_path / "facts")


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """An editable copy of the frozen seed articles and their index (tmp_path/seeds)."""
    folder = tmp_path / "seeds"
    shutil.copytree(FROZEN_SEEDS, folder)
    return folder
