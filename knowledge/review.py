"""Facts marked `review: true` (drafts of `humasbot facts new`): checked like any fact, listed
by `facts check` as warnings, and never served.

A fact under review is left out of the KnowledgeBase, and so is everything that leans on it:
the parts of an award or edition under review, an organisation whose parent is left out, a
person whose organisation is, an edition whose award is, the results and representatives of an
edition left out, and any result, representative, quote or note naming something left out. So
the knowledge served never refers to a fact nobody has checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from knowledge import models as m
from knowledge.yaml_positions import Path_, format_path

REVIEW_MESSAGE = ("perlu ditinjau (review: true): cocokkan nilai dengan kutipannya, lalu hapus "
                  "baris `review: true`; sampai itu, bot tidak memakai fakta ini")


@dataclass(frozen=True)
class UnderReview:
    """A fact still marked for review, with its place (for `facts check` and the report)."""

    file: str
    line: int
    column: int
    path: str
    fact: m.Fact

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.path}: {REVIEW_MESSAGE}"


Place = Callable[[Path_], tuple[int, int]]
Parsed = tuple[m.FactFile, str, list[tuple[Path_, m.Fact]], Place]


def set_aside(files: Iterable[Parsed]) -> tuple[list[tuple[m.FactFile, str]],
                                                tuple[UnderReview, ...]]:
    """The fact files as served (facts under review, and what leans on them, left out) and
    the facts marked for review. Files without a mark are passed on as they are."""
    files = list(files)
    marked = [(display, path, fact, place) for _, display, facts, place in files
              for path, fact in facts if fact.review]
    if not marked:
        return [(model, display) for model, display, _, _ in files], ()
    under_review = tuple(UnderReview(display, *place(path), format_path(path), fact)
                         for display, path, fact, place in marked)
    left_out = _left_out_ids([model for model, *_ in files])
    served = [(_served(model, left_out), display) for model, display, _, _ in files]
    return served, under_review


def _left_out_ids(models: list[m.FactFile]) -> set[str]:
    """Ids of awards, organisations, people and editions not served (marked, or leaning on
    something not served), to a fixed point."""
    left_out: set[str] = set()
    changed = True
    while changed:
        changed = False
        for model in models:
            decls: list[tuple[str, Any, tuple[str | None, ...]]] = [
                *((a.id, a, ()) for a in model.awards),
                *((o.id, o, (o.parent,)) for o in model.organisations),
                *((p.id, p, (p.organisation,)) for p in model.people),
            ]
            if model.edition is not None:
                decls.append((model.edition.id, model.edition, (model.edition.award,)))
            for ident, decl, leans_on in decls:
                if ident not in left_out and (decl.review or left_out.intersection(leans_on)):
                    left_out.add(ident)
                    changed = True
    return left_out


def _keep(fact: m.Fact | None, left_out: set[str], *refs: str | None) -> bool:
    return fact is not None and not fact.review and not left_out.intersection(refs)


def _served(model: m.FactFile, left_out: set[str]) -> m.FactFile:
    """`model` without its facts under review and what leans on them."""
    edition = model.edition
    if edition is not None and edition.id in left_out:
        edition = None
    elif edition is not None:
        edition = edition.model_copy(update={
            "number": edition.number if _keep(edition.number, left_out) else None,
            "theme": edition.theme if _keep(edition.theme, left_out) else None,
            "organiser": edition.organiser if edition.organiser and _keep(
                edition.organiser, left_out, edition.organiser.organisation) else None,
            "events": tuple(e for e in edition.events if _keep(e, left_out)),
        })
    awards = tuple(_served_award(a) for a in model.awards if a.id not in left_out)
    awards = tuple(a.model_copy(update={"organiser": None}) if a.organiser and not _keep(
        a.organiser, left_out, a.organiser.organisation) else a for a in awards)
    with_edition = edition is not None
    return model.model_copy(update={
        "awards": awards,
        "organisations": tuple(o for o in model.organisations if o.id not in left_out),
        "people": tuple(p for p in model.people if p.id not in left_out),
        "edition": edition,
        "results": tuple(r for r in model.results
                         if with_edition and _keep(r, left_out, r.organisation)),
        "representatives": tuple(r for r in model.representatives if with_edition and _keep(
            r, left_out, r.person, r.organisation)),
        "quotes": tuple(q for q in model.quotes if _keep(q, left_out, q.speaker)),
        "notes": tuple(n for n in model.notes if _keep(n, left_out, *n.about)),
    })


def _served_award(award: m.AwardDecl) -> m.AwardDecl:
    parts = {
        "abbreviations": tuple(a for a in award.abbreviations if not a.review),
        "definition": award.definition if award.definition and not award.definition.review
        else None,
        "eligibility": award.eligibility if award.eligibility and not award.eligibility.review
        else None,
    }
    if all(getattr(award, name) == value for name, value in parts.items()):
        return award
    return award.model_copy(update=parts)
