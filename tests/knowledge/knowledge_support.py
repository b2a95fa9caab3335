"""Helpers for the knowledge tests: an editable copy of the frozen fact files, and the
places (line, column) of the text a test writes into it."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from frozen_data import FROZEN_FACTS

from knowledge.errors import FactIssue, KnowledgeError
from knowledge.loader import load_knowledge

AMH = "amh-2023.yaml"
GPR = "top-gpr-2021.yaml"
AMH_SOURCE = "halojabar-amh-2023-pemkot-bandung"
GPR_SOURCE = "pemprov-bengkulu-top-gpr-2021"


@dataclass
class FactsCopy:
    """A copy of the frozen tests/data/facts/*.yaml in `root`; the working directory is root's
    parent, so the loader shows files as `facts/<name>`."""

    root: Path

    @classmethod
    def of_packaged_facts(cls, root: Path) -> FactsCopy:
        root.mkdir(parents=True, exist_ok=True)
        for path in sorted(FROZEN_FACTS.glob("*.yaml")):
            shutil.copy(path, root / path.name)
        return cls(root)

    def path(self, name: str) -> Path:
        return self.root / name

    def shown(self, name: str) -> str:
        """The file name as the loader reports it."""
        return f"{self.root.name}/{name}"

    def text(self, name: str) -> str:
        return self.path(name).read_text(encoding="utf-8")

    def write(self, name: str, text: str) -> Path:
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def replace(self, name: str, old: str, new: str) -> None:
        """Replace the one occurrence of `old` in the file (fails if it is not exactly one)."""
        text = self.text(name)
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {name}"
        self.write(name, text.replace(old, new))

    def place(self, name: str, line_text: str, token: str | None = None, *,
              after: str | None = None) -> tuple[int, int]:
        """(line, column), 1-based, of `token` on the one line containing `line_text`
        (the first such line after the one line containing `after`, if given).
        `token` defaults to the line's first non-blank character."""
        lines = self.text(name).splitlines()
        start = 0
        if after is not None:
            anchors = [i for i, line in enumerate(lines) if after in line]
            assert len(anchors) == 1, f"{after!r} is on {len(anchors)} lines of {name}"
            start = anchors[0] + 1
        found = [i for i, line in enumerate(lines) if i >= start and line_text in line]
        assert found, f"{line_text!r} not found in {name}"
        if after is None:
            assert len(found) == 1, f"{line_text!r} is on {len(found)} lines of {name}"
        index = found[0]
        line = lines[index]
        column = line.index(token) if token is not None else len(line) - len(line.lstrip())
        return index + 1, column + 1

    def issues(self) -> tuple[FactIssue, ...]:
        """The problems the loader reports for this folder (it must refuse to load it)."""
        with pytest.raises(KnowledgeError) as caught:
            load_knowledge(self.root)
        return caught.value.issues


def at(issues: tuple[FactIssue, ...], path: str, kind: str | None = None) -> FactIssue:
    """The one issue reported for field `path` (and of `kind`, if given)."""
    found = [i for i in issues if i.path == path and (kind is None or i.kind == kind)]
    assert len(found) == 1, f"expected one issue at {path!r}, got: {[str(i) for i in issues]}"
    return found[0]


def line_of(file: str, place: tuple[int, int], path: str, message: str) -> str:
    """An issue as the loader prints it: `file:line:column: path: message`."""
    where = f"{file}:{place[0]}:{place[1]}"
    return f"{where}: {path}: {message}" if path else f"{where}: {message}"
