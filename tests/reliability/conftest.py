"""Reliability tests (on the frozen knowledge, see tests/conftest.py): a summary of how much
was tried."""

from __future__ import annotations

import pytest
from rel_support import SCALE, TRIED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TRIED:
        return
    terminalreporter.section("reliability: what was tried")
    if SCALE != 1:
        terminalreporter.write_line(f"HUMASBOT_REL_SCALE={SCALE}")
    for name, count in sorted(TRIED.items()):
        terminalreporter.write_line(f"{name:<56} {count:>12,}")
