"""The project's error types: one base class, and the knowledge errors that carry every problem."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class HumasbotError(Exception):
    """Base class of every error humasbot reports to a user in plain language."""


@dataclass(frozen=True, order=True)
class FactIssue:
    """One problem found in the fact files, with its place."""

    file: str
    line: int
    column: int
    path: str
    message: str
    kind: str = "value"

    def __str__(self) -> str:
        return self.render("en")

    def render(self, lang: str = "en") -> str:
        """`file:line:column: path: message`, the message in `lang` ("id" or "en")."""
        from knowledge.translations import translate

        where = f"{self.file}:{self.line}:{self.column}"
        message = translate(self.message, lang)
        return f"{where}: {self.path}: {message}" if self.path else f"{where}: {message}"


class KnowledgeError(HumasbotError):
    """The fact files are invalid; nothing was loaded. `issues` lists every problem found."""

    def __init__(self, issues: Iterable[FactIssue]) -> None:
        self.issues = tuple(sorted(issues))
        count = len(self.issues)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{count} {noun} in the fact files:"] + [str(i) for i in self.issues]
        super().__init__("\n".join(lines))

    def render(self, lang: str = "en") -> str:
        """Every problem, one a line, under a count, in `lang` ("id" or "en")."""
        from knowledge.translations import translate

        header = translate(str(self).split("\n", 1)[0], lang)
        return "\n".join([header, *(issue.render(lang) for issue in self.issues)])
