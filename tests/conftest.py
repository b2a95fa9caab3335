"""Test-suite wide: every test answers from the frozen copy of the knowledge (tests/data/facts
and tests/data/seeds), never from the shipped knowledge/ that staff extend ($HUMASBOT_FACTS_DIR
and $HUMASBOT_SEEDS_DIR name it, for the library, the commands and the processes tests start;
a test about the shipped knowledge itself names knowledge/facts and seeds/ explicitly); no
test writes an unanswered-questions file into the checkout; and which tests are slow
(deselect them with `-m "not slow"` for a quick loop).

Slow are the end-to-end tests (the real Telegram bot over HTTP, the reliability campaigns,
commands run as processes) and the question-set runs; the unit tests of the engine and the
knowledge stay in the quick loop.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from frozen_data import FROZEN_ENV

SLOW_FOLDERS = ("telegram", "reliability")
SLOW_FILES = ("test_cli.py", "test_question_set.py", "test_facts_cli.py", "test_files.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath))
        if path.parent.name in SLOW_FOLDERS or path.name in SLOW_FILES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def unanswered_file_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """`humasbot ask` (in-process or as a subprocess, which inherits the environment) and the
    bot keep unanswered questions beside the state file or in the working directory by
    default: point them all at one file of the session's own, unless a test says otherwise."""
    name = "HUMASBOT_UNANSWERED_FILE"
    before = os.environ.get(name)
    os.environ[name] = str(tmp_path_factory.mktemp("unanswered") / "unanswered.jsonl")
    yield
    if before is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = before


@pytest.fixture(autouse=True)
def frozen_knowledge(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default facts and seeds folders are the frozen copy (the developer's own settings
    never leak into a test)."""
    for name, value in FROZEN_ENV.items():
        monkeypatch.setenv(name, value)
