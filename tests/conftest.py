"""Fixtures for every test: no test writes an unanswered-questions file into the checkout."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


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
