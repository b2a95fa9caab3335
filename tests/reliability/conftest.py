"""Reliability tests: a clean environment, and a summary of how much was tried."""

from __future__ import annotations

import pytest
from rel_support import SCALE, TRIED

from knowledge.loader import FACTS_DIR_VARIABLE


@pytest.fixture(autouse=True)
def no_facts_dir_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's $HUMASBOT_FACTS_DIR never leaks into a test."""
    monkeypatch.delenv(FACTS_DIR_VARIABLE, raising=False)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TRIED:
        return
    terminalreporter.section("reliability: what was tried")
    if SCALE != 1:
        terminalreporter.write_line(f"HUMASBOT_REL_SCALE={SCALE}")
    for name, count in sorted(TRIED.items()):
        terminalreporter.write_line(f"{name:<56} {count:>12,}")
