"""Test-suite wide: which tests are slow (deselect them with `-m "not slow"` for a quick loop).

Slow are the end-to-end tests (the real Telegram bot over HTTP, the reliability campaigns,
commands run as processes) and the question-set runs; the unit tests of the engine and the
knowledge stay in the quick loop.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SLOW_FOLDERS = ("telegram", "reliability")
SLOW_FILES = ("test_cli.py", "test_question_set.py", "test_facts_cli.py", "test_files.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath))
        if path.parent.name in SLOW_FOLDERS or path.name in SLOW_FILES:
            item.add_marker(pytest.mark.slow)
