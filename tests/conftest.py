"""Every test answers from the frozen copy of the knowledge (tests/data/facts and
tests/data/seeds), never from the shipped knowledge/ that staff extend: $HUMASBOT_FACTS_DIR and
$HUMASBOT_SEEDS_DIR name it, for the library, the commands and the processes tests start. A test
about the shipped knowledge itself names knowledge/facts and seeds/ explicitly."""

from __future__ import annotations

import pytest
from frozen_data import FROZEN_ENV


@pytest.fixture(autouse=True)
def frozen_knowledge(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default facts and seeds folders are the frozen copy (the developer's own settings
    never leak into a test)."""
    for name, value in FROZEN_ENV.items():
        monkeypatch.setenv(name, value)
