"""Safe YAML loading that remembers where every value stands (line and column)."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[str | int, ...]


class YamlProblem(Exception):
    """A YAML file could not be read; carries its 1-based place."""

    def __init__(self, message: str, line: int = 1, column: int = 1, path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.path = path


@dataclass
class Positioned:
    """Plain data from a YAML document and the places of its values and keys."""

    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def place(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """The place of the deepest part of `path` that exists (its key if `key`)."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if key and prefix in self.keys:
                return self.keys[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return (1, 1)

    def existing_prefix(self, loc: tuple[Any, ...]) -> Path_:
        """The longest data path formed by the elements of `loc` (skipping validator tags)."""
        node, found = self.data, []
        for part in loc:
            in_dict = isinstance(node, dict) and part in node
            in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
            if in_dict or in_list:
                node = node[part]
                found.append(part)
        return tuple(found)


@dataclass
class LazyPositioned(Positioned):
    """Data read by another parser; the places of its values are found (by PyYAML, from
    `text`) only when a problem must be reported. If PyYAML cannot read the text, every
    place is the start of the file."""

    text: str = ""
    _located: bool = False

    def locate(self) -> None:
        """Find the places now; raises YamlProblem if PyYAML cannot read the text."""
        self._located = True
        found = load_positioned(self.text)
        self.values, self.keys = found.values, found.keys

    def place(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        if not self._located:
            with contextlib.suppress(YamlProblem):  # unreadable: places are the file's start
                self.locate()
        return super().place(path, key=key)


def _place(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def format_path(path: Path_) -> str:
    """results[0].rank style."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class _FactFileLoader(yaml.SafeLoader):
    """Safe YAML without aliases: fact files write every value out (this also rules out
    recursive aliases and 'billion laughs' expansion)."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):  # a marker, reported with its path by _build
            event = self.get_event()
            return yaml.ScalarNode(_ALIAS_TAG, f"*{event.anchor}", event.start_mark,
                                   event.end_mark)
        return super().compose_node(parent, index)


_ALIAS_TAG = "tag:humasbot:alias"
_PLAIN_COLLECTION_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


class _FastFactFileLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser, for documents without aliases (several times faster)."""


ALIAS_MARK = re.compile(r"(?:^|[\s\[{,:])\*[^\s]", re.MULTILINE)


def load_positioned(text: str) -> Positioned:
    """Parse one YAML document safely (no object construction) keeping value positions.
    libyaml reads it when it holds no alias; any problem is then read again by the
    pure-Python parser, whose messages are clearer and which reports each alias at its
    own place."""
    # libyaml is more lenient with tabs and stray BOMs: such files go to the Python parser so
    # that a file's verdict never depends on which parser read it
    if not ALIAS_MARK.search(text) and "\t" not in text and "\ufeff" not in text:
        try:
            return _load(_FastFactFileLoader, text)
        except YamlProblem:
            pass
    return _load(_FactFileLoader, text)


def _load(loader_class: type[yaml.SafeLoader], text: str) -> Positioned:
    try:
        loader = loader_class(text)
    except yaml.reader.ReaderError as error:  # a control character before parsing starts
        before = text[: error.position]
        raise YamlProblem(f"YAML syntax: character U+{error.character:04X} is not allowed in YAML "
                          "text", before.count("\n") + 1,
                          len(before) - (before.rfind("\n") + 1) + 1) from None
    except yaml.YAMLError as error:
        raise YamlProblem(f"YAML syntax: {error}") from None
    try:
        root = loader.get_single_node()
        if root is None:
            return Positioned(data=None)
        result = Positioned(data=None)
        result.data = _build(loader, root, (), result)
        return result
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = error.problem or str(error)
        context = f" ({error.context})" if error.context else ""
        if error.context_mark and mark and error.context_mark.line != mark.line:
            context += f", starting at line {error.context_mark.line + 1}"
        raise YamlProblem(f"YAML syntax: {problem}{context}", line, column) from None
    except yaml.YAMLError as error:
        raise YamlProblem(f"YAML syntax: {error}") from None
    except RecursionError:
        raise YamlProblem("YAML nested too deeply") from None
    finally:
        loader.dispose()


def _build(loader: yaml.SafeLoader, node: yaml.Node, path: Path_, out: Positioned) -> Any:
    out.values[path] = _place(node)
    if node.tag == _ALIAS_TAG:
        line, column = _place(node)
        raise YamlProblem("anchors and aliases (&name, *name) are not allowed in fact files: "
                          "write the value out", line, column, format_path(path))
    if isinstance(node, yaml.CollectionNode) and node.tag not in _PLAIN_COLLECTION_TAGS:
        line, column = _place(node)
        raise YamlProblem(f"the tag '{node.tag}' is not allowed in fact files", line, column,
                          format_path(path))
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _construct(loader, key_node, path)
            if not isinstance(key, str | int | float | bool) or key is None:
                line, column = _place(key_node)
                raise YamlProblem("a field name must be plain text", line, column,
                                  format_path(path))
            # a key that YAML 1.1 reads as a number, date, yes/no or null is kept as written:
            # fact-file keys are field names, and yaml-rs (YAML 1.2) reads `yes` as text
            key = key if isinstance(key, str) else str(key_node.value)
            child = (*path, key)
            if key in mapping:
                line, column = _place(key_node)
                raise YamlProblem(f"field '{key}' is written twice", line, column,
                                  format_path(child))
            out.keys[child] = _place(key_node)
            mapping[key] = _build(loader, value_node, child, out)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(loader, item, (*path, index), out)
            for index, item in enumerate(node.value)
        ]
    return _construct(loader, node, path)


def _construct(loader: yaml.SafeLoader, node: yaml.Node, path: Path_) -> Any:
    """A scalar's value; a value PyYAML cannot build (date: 2023-02-30, !!int x) is a problem
    at its place."""
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError:
        raise
    except Exception as error:
        line, column = _place(node)
        shown = str(node.value)[:40]
        detail = f": {error}" if type(error) is ValueError else ""  # e.g. day out of range
        raise YamlProblem(f"invalid value '{shown}'{detail}", line, column,
                          format_path(path)) from None
