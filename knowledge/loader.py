"""Loading fact files: parse, validate, verify evidence, and build a KnowledgeBase — or nothing.

Every problem of a run is collected and reported together as `file:line:column: path: message`;
if there is any, a KnowledgeError is raised and no knowledge is loaded.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from knowledge import models as m
from knowledge.base import KnowledgeBase, build_knowledge_base
from knowledge.errors import FactIssue, KnowledgeError
from knowledge.files import NotRegular, OutsideFolder, TooLarge, read_regular
from knowledge.key_values import consistency_problems, unmet_requirements
from knowledge.review import set_aside
from knowledge.sources import Source, comparable, folded_text
from knowledge.validation_messages import describe, worth_reporting
from knowledge.yaml_positions import (
    Path_,
    Positioned,
    YamlProblem,
    format_path,
    load_positioned,
)

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_FACTS_DIR = PACKAGE_DIR / "facts"
# the project's seeds/ in a source checkout; an installed wheel carries them as knowledge/seeds
DEFAULT_SEEDS_DIR = next((folder for folder in (PACKAGE_DIR / "seeds", PACKAGE_DIR.parent / "seeds")
                          if folder.is_dir()), PACKAGE_DIR.parent / "seeds")
FACTS_DIR_VARIABLE = "HUMASBOT_FACTS_DIR"
SEEDS_DIR_VARIABLE = "HUMASBOT_SEEDS_DIR"
MAX_FILE_BYTES = 2_000_000  # a fact file
MAX_SOURCE_BYTES = 1_000_000  # an article
FACT_FILE_SUFFIXES = (".yaml", ".yml")


def resolve_facts_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--facts DIR`, else $HUMASBOT_FACTS_DIR, else the packaged knowledge/facts."""
    chosen = explicit or os.environ.get(FACTS_DIR_VARIABLE) or DEFAULT_FACTS_DIR
    return Path(chosen)


def resolve_seeds_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--seeds DIR`, else $HUMASBOT_SEEDS_DIR, else the packaged seeds."""
    chosen = explicit or os.environ.get(SEEDS_DIR_VARIABLE) or DEFAULT_SEEDS_DIR
    return Path(chosen)


def load_knowledge(
    facts_dir: str | os.PathLike[str] | None = None,
    seeds_dir: str | os.PathLike[str] | None = None,
) -> KnowledgeBase:
    """Load and verify every fact file under `facts_dir`; raise KnowledgeError listing all
    problems if anything is wrong."""
    run = _Run()
    seeds = resolve_seeds_dir(seeds_dir)
    folder = resolve_facts_dir(facts_dir)
    sources = run.load_seed_index(seeds)
    files = run.parse_fact_files(folder)
    for parsed in files:
        for index, decl in enumerate(parsed.model.sources):
            run.add_source(sources, decl, parsed.folder, folder, parsed.display, parsed.place,
                           ("sources", index))
    run.check(files, sources, references_complete=not run.issues)
    if run.issues:
        raise KnowledgeError(run.issues)
    served, under_review = set_aside(
        [(p.model, p.display, p.facts, p.place) for p in files])  # drafts are not served
    kb = build_knowledge_base(sources, served)
    return dataclasses.replace(kb, under_review=under_review) if under_review else kb


def display_path(path: str | os.PathLike[str], cwd: str | None = None) -> str:
    """A path as a user would type it: relative to the working directory when inside it.
    `cwd` (the resolved working directory) saves resolving it again for each of many files."""
    absolute = os.path.realpath(path)
    cwd = cwd or os.path.realpath(os.getcwd())
    if absolute == cwd:
        return "."
    if absolute.startswith(cwd.rstrip(os.sep) + os.sep):
        return absolute[len(cwd.rstrip(os.sep)) + 1:]
    return str(path)


def fact_file_paths(folder: Path) -> list[str]:
    """Every fact file (*.yaml, *.yml) under `folder`, relative to it, folder by folder."""
    found = []
    for directory, subdirectories, names in os.walk(folder):
        inside = os.path.relpath(directory, folder)
        # a folder named like a fact file is listed too, to be reported rather than skipped
        found += [os.path.normpath(os.path.join(inside, n)) for n in (*names, *subdirectories)
                  if n.endswith(FACT_FILE_SUFFIXES)]
    return sorted(found, key=lambda relative: relative.split(os.sep))


@dataclass
class _Parsed:
    """A validated fact file. Its positions are dropped after validation (they weigh more
    than the facts) and read again only if a problem must be reported."""

    path: str
    folder: str  # the absolute folder of the file, where its `sources:` files are
    within: str  # the real path of the facts folder, which the file is read from
    display: str
    model: m.FactFile
    facts: list[tuple[Path_, m.Fact]]  # its facts, with their paths
    _positions: Positioned | None = None

    def place(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        if self._positions is None:
            try:  # the file as it was read (unless it changed since: then the file's start)
                raw = read_regular(self.path, MAX_FILE_BYTES, self.within)
                self._positions = load_positioned(raw.decode("utf-8-sig"))
            except (OSError, UnicodeDecodeError, YamlProblem, NotRegular, OutsideFolder,
                    TooLarge):
                self._positions = Positioned(data=None)
        return self._positions.place(path, key=key)


class _Run:
    """One load: collects issues while reading, checking and cross-referencing."""

    def __init__(self) -> None:
        self.issues: list[FactIssue] = []
        self.source_places: dict[str, str] = {}
        self.cwd = os.path.realpath(os.getcwd())
        self.folders: dict[Any, str] = {}

    def real(self, folder: str | Path) -> str:
        """`folder`'s real path (its links followed; remembered, as `absolute`)."""
        known = self.folders.get(("real", folder))
        if known is None:
            known = self.folders[("real", folder)] = os.path.realpath(folder)
        return known

    def absolute(self, folder: str | Path) -> str:
        """`folder` as an absolute path (remembered: thousands of files share a few folders)."""
        known = self.folders.get(folder)
        if known is None:
            known = self.folders[folder] = os.path.abspath(folder)
        return known

    def report(self, file: str, place: tuple[int, int], path: Path_ | str, message: str,
               kind: str) -> None:
        shown = path if isinstance(path, str) else format_path(path)
        self.issues.append(FactIssue(file, place[0], place[1], shown, message, kind))

    # --- reading -------------------------------------------------------------------------

    def read_yaml(self, path: str | Path, shown: str, folder: Path
                  ) -> tuple[str, Positioned | None]:
        """A fact file or the seeds index, read from `folder` (links may not lead out)."""
        try:
            raw = read_regular(path, MAX_FILE_BYTES, self.real(folder))
        except OSError as error:
            self.report(shown, (1, 1), "", f"cannot read the file: {error.strerror}", "file")
            return shown, None
        except (OutsideFolder, NotRegular) as error:
            why = (f"a link that leads outside {display_path(folder, self.cwd)}"
                   if isinstance(error, OutsideFolder) else "not a regular file")
            self.report(shown, (1, 1), "", f"cannot read the file: {why}", "file")
            return shown, None
        except TooLarge as error:
            self.report(shown, (1, 1), "", f"file is too large ({error.size:,} bytes; "
                        f"at most {MAX_FILE_BYTES:,}): split it into one file per edition", "file")
            return shown, None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            self.report(shown, (line, 1), "", "not UTF-8 text: save the file as UTF-8", "file")
            return shown, None
        if "\x00" in text:
            self.report(shown, (1, 1), "", "contains binary data (NUL bytes), not text", "file")
            return shown, None
        try:
            return shown, load_positioned(text, places=False)
        except YamlProblem as problem:
            self.report(shown, (problem.line, problem.column), problem.path, problem.message,
                        "yaml")
            return shown, None

    def validate(self, model: type[BaseModel], shown: str, positions: Positioned) -> Any:
        if not isinstance(positions.data, dict):
            got = "an empty file" if positions.data is None else "a single value or a list"
            self.report(shown, (1, 1), "", f"must be a mapping of fields (name: value), got {got}",
                        "value")
            return None
        try:
            return model.model_validate(positions.data)
        except ValidationError as error:
            for detail in worth_reporting(error.errors(include_url=False)):
                path = positions.existing_prefix(detail["loc"])
                message, kind = describe(detail, model)
                at_key = kind == "unknown_field"
                shown_path = format_path(tuple(detail["loc"])) if kind in (
                    "missing_field", "unknown_field") else format_path(path)
                self.report(shown, positions.place(path, key=at_key),
                            shown_path, message, kind)
            return None

    def seed_index_name(self, seeds_dir: Path) -> tuple[str, str]:
        """The seeds index: (path, name as shown)."""
        path = str(seeds_dir / "index.yaml")
        return path, display_path(path, self.cwd)

    def load_seed_index(self, seeds_dir: Path) -> dict[str, Source]:
        sources: dict[str, Source] = {}
        shown, positions = self.read_yaml(*self.seed_index_name(seeds_dir), seeds_dir)
        if positions is None:
            return sources
        index = self.validate(m.SourceIndex, shown, positions)
        if index is not None:
            for number, decl in enumerate(index.sources):
                self.add_source(sources, decl, seeds_dir, seeds_dir, shown, positions.place,
                                ("sources", number))
        return sources

    def add_source(self, sources: dict[str, Source], decl: m.SourceDecl, base: str | Path,
                   folder: str | Path, shown: str,
                   place: Callable[[Path_], tuple[int, int]], path: Path_) -> None:
        """Read the article `decl` names: its `file` is a path inside `base` (the folder of
        the file that declares it), and links may not lead outside `folder` (the seeds or
        facts folder)."""
        if decl.id in sources:
            self.report(shown, place((*path, "id")), (*path, "id"),
                        f"duplicate source id '{decl.id}' (already declared in "
                        f"{self.source_places[decl.id]})", "duplicate")
            return
        self.source_places[decl.id] = shown
        file_path = (*path, "file")
        relative = os.path.normpath(decl.file)
        if (os.path.isabs(decl.file) or relative.split(os.sep)[0] in ("..", ".")
                or "\x00" in decl.file):
            self.report(shown, place(file_path), file_path,
                        f"source file '{decl.file}' must be a file name or a relative path "
                        f"inside {display_path(base, self.cwd)}", "reference")
            return
        file = os.path.join(self.absolute(base), relative)
        try:
            text = read_regular(file, MAX_SOURCE_BYTES, self.real(folder)).decode("utf-8")
        except (OSError, UnicodeDecodeError, OutsideFolder, NotRegular, TooLarge) as error:
            reason = {UnicodeDecodeError: "not UTF-8 text", OutsideFolder: (
                f"a link that leads outside {display_path(folder, self.cwd)}"),
                NotRegular: "not a regular file"}.get(type(error), "not found")
            if isinstance(error, TooLarge):
                reason = f"too large ({error.size:,} bytes; at most {MAX_SOURCE_BYTES:,})"
            shown_file = os.path.normpath(os.path.join(display_path(base, self.cwd), relative))
            self.report(shown, place(file_path), file_path,
                        f"source text {shown_file} is {reason}", "reference")
            return
        if "\r" in text:  # line ends as text mode reads them
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        source = Source(decl.id, decl.title, decl.publisher, decl.date, decl.date_kind, file,
                        text, decl.url, decl.credit)
        if decl.credit and not source.quotes(decl.credit):
            self.report(shown, place((*path, "credit")), (*path, "credit"),
                        f"credit '{decl.credit}' does not occur in the source text: copy it "
                        "exactly as the article writes it", "evidence")
        sources[decl.id] = source

    def fact_file_names(self, folder: Path) -> list[tuple[str, str]]:
        """Every fact file under `folder`: (absolute path, name as shown)."""
        shown_folder = display_path(folder, self.cwd)
        absolute_folder = self.absolute(folder)
        return [(os.path.join(absolute_folder, relative),
                 os.path.normpath(os.path.join(shown_folder, relative)))
                for relative in fact_file_paths(folder)]

    def parse_fact_files(self, folder: Path) -> list[_Parsed]:
        if not folder.is_dir():
            self.report(display_path(folder), (1, 1), "", "facts directory not found", "file")
            return []
        names = self.fact_file_names(folder)
        if not names:
            self.report(display_path(folder, self.cwd), (1, 1), "",
                        "no fact files (*.yaml) here", "file")
        parsed = []
        for path, shown in names:
            shown, positions = self.read_yaml(path, shown, folder)
            if positions is None:
                continue
            model = self.validate(m.FactFile, shown, positions)
            if model is not None:
                parsed.append(_Parsed(path, self.absolute(os.path.dirname(path)),
                                      self.real(folder), shown, model, _settle(model)))
        return parsed

    # --- cross-checks --------------------------------------------------------------------

    def check(self, files: list[_Parsed], sources: dict[str, Source], *,
              references_complete: bool) -> None:
        """Cross-file checks. When some file could not be read, what it declares is unknown,
        so unknown-reference errors are left out rather than reported wrongly."""
        registry = _Registry(self)
        registry.complete = references_complete
        for parsed in files:
            registry.declare(parsed)
        registry.check_aliases()
        for parsed in files:
            self.check_file(parsed, registry, sources)
        self.check_conflicts(files)

    def check_file(self, parsed: _Parsed, registry: _Registry, sources: dict[str, Source]) -> None:
        """Evidence, references, key values and consistency of every fact in one file."""
        where = parsed.display
        model = parsed.model
        default_source = model.source
        unknown_default_reported = False
        for path, fact in parsed.facts:
            source_id = fact.source or default_source
            if source_id is None:
                self.report(where, parsed.place(path), (*path, "source"),
                            "source is missing: set `source` on the fact or at the top of the "
                            "file", "missing_field")
                continue
            source = sources.get(source_id)
            if source is None:
                if registry.complete and (fact.source or not unknown_default_reported):
                    unknown_default_reported = unknown_default_reported or not fact.source
                    field_path = (*path, "source") if fact.source else ("source",)
                    self.report(where, parsed.place(field_path), field_path,
                                f"unknown source '{source_id}'{_known(sources)}", "reference")
                continue
            evidence = fact.evidence
            for index, excerpt in enumerate(evidence):
                if not source.quotes(excerpt):  # as written first, then folded
                    excerpt_path = (*path, "evidence", index) if len(evidence) > 1 else (
                        *path, "evidence")
                    self.report(where, parsed.place(excerpt_path), excerpt_path,
                                f"evidence not found in source '{source_id}': copy the excerpt "
                                f"exactly as the article writes it", "evidence")
            if registry.complete:
                for ref_field, kinds in _REFERENCE_FIELDS.get(type(fact), ()):
                    value = getattr(fact, ref_field)
                    if value is None:
                        continue
                    listed = isinstance(value, tuple)
                    for index, ref in enumerate(value if listed else (value,)):
                        if not registry.exists(ref, kinds):
                            ref_path = (*path, ref_field, index) if listed else (*path, ref_field)
                            self.report(where, parsed.place(ref_path), ref_path,
                                        f"unknown {' or '.join(kinds)} '{ref}'"
                                        f"{registry.hint(ref, kinds)}", "reference")
            excerpts = evidence[0] if len(evidence) == 1 else " ".join(evidence)
            for need in unmet_requirements(fact, excerpts, registry.names_of):
                shown = ", ".join(f'"{s}"' for s in dict.fromkeys(need.spellings[:4]))
                self.report(where, parsed.place((*path, need.field)), (*path, need.field),
                            f"the evidence does not mention {need.label} ({shown})", "evidence")
            for field, message in consistency_problems(fact):
                self.report(where, parsed.place((*path, field)), (*path, field),
                            message, "value")

    def check_conflicts(self, files: list[_Parsed]) -> None:
        seen: dict[tuple[Any, ...], tuple[_Parsed, int, m.ResultDecl]] = {}
        folds: dict[str | None, str] = {}  # a few hundred categories and groups recur
        for parsed in files:
            if parsed.model.edition is None:
                continue
            edition_id = parsed.model.edition.id
            for index, result in enumerate(parsed.model.results):
                values = result.__dict__
                category, group, status = values["category"], values["group"], values["status"]
                folded_category, folded_group = folds.get(category), folds.get(group)
                if folded_category is None:
                    folded_category = folds[category] = folded_text(category or "")
                if folded_group is None:
                    folded_group = folds[group] = folded_text(group or "")
                if status == "winner":
                    rank = values["rank"]
                    key = (edition_id, folded_category, folded_group, status, rank) if (
                        rank is not None) else (edition_id, folded_category, folded_group,
                                                status, None, values["organisation"])
                else:
                    key = (edition_id, folded_category, folded_group, status,
                           values["organisation"])
                other_seen = seen.setdefault(key, (parsed, index, result))
                if other_seen[2] is not result:
                    self.report_conflict(parsed, index, result, *other_seen)

    def report_conflict(self, parsed: _Parsed, index: int, result: m.ResultDecl,
                        other_file: _Parsed, other_index: int, other: m.ResultDecl) -> None:
        line, _ = other_file.place(("results", other_index))
        what = f"rank {result.rank}" if result.status == "winner" else "the nomination"
        scope = ", ".join(f"{label} {value}" for label, value in (
            ("category", result.category), ("group", result.group)) if value)
        self.report(parsed.display, parsed.place(("results", index)), ("results", index),
                    f"conflicting facts: {what}{' in ' + scope if scope else ''} is "
                    f"already given to '{other.organisation}' at "
                    f"{other_file.display}:{line} (results[{other_index}])", "conflict")


_Named = m.AwardDecl | m.OrganisationDecl | m.PersonDecl  # what a fact file declares by name


class _Registry:
    """Every declared id and name across the files, for references and alias clashes."""

    KINDS = ("award", "organisation", "person", "edition")

    def __init__(self, run: _Run) -> None:
        self.run = run
        self.complete = True
        self.ids: dict[str, dict[str, tuple[str, ...]]] = {k: {} for k in self.KINDS}
        self.places: dict[tuple[str, str], str] = {}
        self.aliases: dict[str, list[tuple[str, str, _Parsed, Path_, str]]] = defaultdict(list)

    def declare(self, parsed: _Parsed) -> None:
        model = parsed.model
        groups: list[tuple[str, str, Sequence[_Named]]] = [
            ("award", "awards", model.awards),
            ("organisation", "organisations", model.organisations),
            ("person", "people", model.people),
        ]
        for kind, field, decls in groups:
            for index, decl in enumerate(decls):
                names = tuple(n for n in (decl.name, *decl.aliases) if n)
                self._add(kind, decl.id, names, parsed, (field, index))
        if model.edition is not None:
            edition = model.edition
            self._add("edition", edition.id, (), parsed, ("edition",))

    def _add(self, kind: str, ident: str, names: tuple[str, ...], parsed: _Parsed,
             path: Path_) -> None:
        id_path = (*path, "id") if kind != "edition" else (*path, "year")
        if ident in self.ids[kind]:
            self.run.report(parsed.display, parsed.place(id_path), id_path,
                            f"duplicate {kind} id '{ident}' (already declared in "
                            f"{self.places[(kind, ident)]})", "duplicate")
            return
        self.ids[kind][ident] = names
        self.places[(kind, ident)] = parsed.display
        alias_fields = [("name", 0)] + [("aliases", i) for i in range(len(names) - 1)]
        for name, (field, index) in zip(names, alias_fields, strict=False):
            name_path = (*path, field) if field == "name" else (*path, field, index)
            self.aliases[comparable(name)].append(
                (kind, ident, parsed, name_path, name))

    def check_aliases(self) -> None:
        for owners in self.aliases.values():
            first_kind, first_id = owners[0][0], owners[0][1]
            for kind, ident, parsed, path, name in owners[1:]:
                if (kind, ident) != (first_kind, first_id):
                    self.run.report(parsed.display, parsed.place(path), path,
                                    f"the name '{name}' already names {first_kind} "
                                    f"'{first_id}' ({owners[0][2].display}): a name may name "
                                    "only one "
                                    "thing", "duplicate")

    def exists(self, ident: str, kinds: tuple[str, ...]) -> bool:
        if len(kinds) == 1:
            return ident in self.ids[kinds[0]]
        return any(ident in self.ids[kind] for kind in kinds)

    @functools.cached_property
    def names(self) -> dict[str, tuple[str, ...]]:
        """Each id's name and aliases, an award's before an organisation's before a person's
        when one id names several (declarations are complete once the checks ask)."""
        return {**self.ids["person"], **self.ids["organisation"], **self.ids["award"]}

    def names_of(self, ident: str) -> tuple[str, ...]:
        """The name and aliases of an award, organisation or person (see `names`), () for an
        unknown id."""
        return self.names.get(ident, ())

    def hint(self, ident: str, kinds: tuple[str, ...]) -> str:
        import difflib

        known = [i for kind in kinds for i in self.ids[kind]]
        close = difflib.get_close_matches(ident, known, n=1)
        return f" (did you mean '{close[0]}'?)" if close else ""


def _settle(model: m.FactFile) -> list[tuple[Path_, m.Fact]]:
    """Tell each fact of a validated file its file's default source and edition (what the
    KnowledgeBase reads; a failed load keeps no facts). Returns every fact with its path,
    results last, for `check_file`."""
    default_source = model.source
    edition_id = model.edition.id if model.edition is not None else None
    facts = [*walk_facts(model, skip=("results",)),
             *((("results", index), result) for index, result in enumerate(model.results))]
    for _, fact in facts:
        fact.__dict__[m.FILE_SOURCE] = default_source
        fact.__dict__[m.EDITION] = edition_id
    return facts


def walk_facts(model: BaseModel, path: Path_ = (), *,
               skip: tuple[str, ...] = ()) -> list[tuple[Path_, m.Fact]]:
    """Every Fact inside a fact file, with its path, parents first; `skip` names fields of
    `model` itself to leave out."""
    found: list[tuple[Path_, m.Fact]] = []
    _collect_facts(model, path, found, skip)
    return found


def _collect_facts(model: BaseModel, path: Path_, found: list[tuple[Path_, m.Fact]],
                   skip: tuple[str, ...] = ()) -> None:
    if isinstance(model, m.Fact):
        found.append((path, model))
    for name in m.nested_model_fields(type(model)):
        if name in skip:
            continue
        value = getattr(model, name)
        if value is None:
            continue
        if isinstance(value, tuple):
            for index, item in enumerate(value):
                kind: type[BaseModel] = type(item)  # a field that can hold models holds models
                if m.nested_model_fields(kind):
                    _collect_facts(item, (*path, name, index), found)
                elif isinstance(item, m.Fact):  # a leaf (a result, …): no call for it
                    found.append(((*path, name, index), item))
        else:
            _collect_facts(value, (*path, name), found)


_REFERENCE_FIELDS: dict[type, tuple[tuple[str, tuple[str, ...]], ...]] = {
    m.EditionDecl: (("award", ("award",)),),
    m.Organiser: (("organisation", ("organisation",)),),
    m.OrganisationDecl: (("parent", ("organisation",)),),
    m.PersonDecl: (("organisation", ("organisation",)),),
    m.ResultDecl: (("organisation", ("organisation",)),),
    m.Representative: (("person", ("person",)), ("organisation", ("organisation",))),
    m.Quote: (("speaker", ("person",)),),
    m.Note: (("about", _Registry.KINDS),),
}


def _known(sources: dict[str, Source]) -> str:
    return f" (known: {', '.join(sorted(sources))})" if sources else ""


