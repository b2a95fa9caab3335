"""Safe YAML 1.2 loading that remembers where every value stands (line and column).

One parser, PyYAML: libyaml's (CSafeLoader) where it is installed, PyYAML's own otherwise, and
PyYAML's own also for a document libyaml cannot read (its messages are clearer) or that holds
something the fact-file rules refuse (aliases, tabs, stray byte-order marks), so that the
message points at it. Scalars are resolved as YAML 1.2 reads them: `yes`, `no`, `on`, `off`,
`19:00` and dates are text (pydantic reads a date where a field is a date). How deep a
document nests is bounded before any parser sees it: libyaml's composer recurses in C and
crashes the process on a few thousand nested brackets.
"""

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
    """Plain data from a YAML document and the places of its values and keys (found when
    first asked for, from `text`, if the document was read without them)."""

    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    text: str | None = None  # the document, while the places are still to be found

    def place(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """The place of the deepest part of `path` that exists (its key if `key`)."""
        if self.text is not None:
            text, self.text = self.text, None
            with contextlib.suppress(YamlProblem):  # it was read once: it reads again
                found = load_positioned(text)
                self.values, self.keys = found.values, found.keys
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


def _place(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def format_path(path: Path_) -> str:
    """results[0].rank style."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


MAX_DEPTH = 64  # levels of lists and mappings; fact files use five or six

# YAML 1.2's core schema, as plain scalars are resolved (YAML 1.1's yes/no/on/off booleans,
# sexagesimal numbers such as 19:00, timestamps, `<<` merges and `=` are text)
_INT = "tag:yaml.org,2002:int"
_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_RESOLVERS: list[tuple[str, str, str | list[str]]] = [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    (_INT, r"^[-+]?(?:[0-9][0-9_]*|0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+)$", "-+0123456789"),
    ("tag:yaml.org,2002:float", r"""^(?:[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)
        (?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+
        |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$""", "-+0123456789."),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]


_BY_FIRST_CHARACTER: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _tag, _pattern, _first in _RESOLVERS:
    for _character in _first:
        _BY_FIRST_CHARACTER.setdefault(_character, []).append((_tag, re.compile(_pattern, re.X)))


class _Yaml12:
    """The tags of YAML 1.2's core schema (PyYAML's resolver, with the table above, and
    without path resolvers, which fact files do not use)."""

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool],
                scalar: type[yaml.Node] = yaml.ScalarNode,
                table: dict[str, list[tuple[str, re.Pattern[str]]]] = _BY_FIRST_CHARACTER
                ) -> str:
        """The tag of a node (called for every node: the look-ups are bound once)."""
        if kind is scalar:
            if implicit[0]:
                for tag, pattern in table.get(value[:1], ()):
                    if pattern.match(value):
                        return tag
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


def _yaml_1_2_int(written: str) -> int:
    """An integer as YAML 1.2 writes it: 010 is ten; 0o, 0x and 0b mark the other bases."""
    text = written.replace("_", "")
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("-+")
    base = {"0b": 2, "0o": 8, "0x": 16}.get(digits[:2], 10)
    return sign * int(digits[2:] if base != 10 else digits, base)


class _FactFileLoader(_Yaml12, yaml.SafeLoader):
    """PyYAML's own parser, safe, without aliases: fact files write every value out (this
    also rules out recursive aliases and 'billion laughs' expansion)."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):  # a marker, reported with its path by _build
            event = self.get_event()
            return yaml.ScalarNode(_ALIAS_TAG, f"*{event.anchor}", event.start_mark,
                                   event.end_mark)
        return super().compose_node(parent, index)


# the base is chosen at run time (libyaml's loader where PyYAML was built with it), which mypy
# cannot follow: [misc] "unsupported dynamic base class"
class _FastFactFileLoader(_Yaml12, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser, for documents without aliases (several times faster)."""


_ALIAS_TAG = "tag:humasbot:alias"
_PLAIN_COLLECTION_TAGS = (_MAP, _SEQ)
ALIAS_MARK = re.compile(r"(?:^|[\s\[{,:])\*[^\s]", re.MULTILINE)
_BLOCK_START = re.compile(r"^ *(?:[-?:][ \t]+)*", re.MULTILINE)  # indentation and indicators
_INDICATOR = re.compile(r"[-?:][ \t]+")
_BRACKET = re.compile(r"[\[\]{}]")


def nesting_place(text: str, limit: int = MAX_DEPTH) -> tuple[int, int] | None:
    """The (line, column) where `text` nests lists and mappings more than `limit` deep, or
    None. A quick over-estimate, made before any parser sees the text: block levels are counted
    by indentation (and `- `, `? `, `: ` at a line's start), flow levels by brackets, even
    in quoted text and comments; no fact file comes near the limit."""
    deepest_block = max(len(start) for start in _BLOCK_START.findall(text)) + 1
    if deepest_block + text.count("[") + text.count("{") <= limit:
        return None  # cannot be deeper than that: the usual file ends here
    levels: list[int] = []  # the columns of the open block levels
    flow = 0
    for number, line in enumerate(text.split("\n"), 1):
        content = line.lstrip(" ")
        if flow == 0 and content.strip() and not content.startswith("#"):
            indent = len(line) - len(content)
            while levels and levels[-1] >= indent:
                levels.pop()
            levels.append(indent)
            block = _BLOCK_START.match(line)  # matches every line (all of it is optional)
            for indicator in _INDICATOR.finditer(line, indent, block.end() if block else 0):
                levels.append(indicator.end())
                if len(levels) > limit:
                    return number, indicator.start() + 1
            if len(levels) > limit:
                return number, indent + 1
        for bracket in _BRACKET.finditer(line):
            flow = flow + 1 if bracket[0] in "[{" else max(flow - 1, 0)
            if len(levels) + flow > limit:
                return number, bracket.start() + 1
    return None


def load_positioned(text: str, *, places: bool = True) -> Positioned:
    """Parse one YAML document safely (no object construction) keeping value positions
    (or, without `places`, the text to find them in when asked: most files are never asked).
    libyaml reads it when it holds no alias; any problem is then read again by the
    pure-Python parser, whose messages are clearer and which reports each alias at its
    own place. A document nested more than MAX_DEPTH deep is refused before either reads it."""
    deep = nesting_place(text)
    if deep is not None:
        raise YamlProblem(f"YAML nested too deeply: at most {MAX_DEPTH} levels of lists and "
                          "mappings", *deep)
    # libyaml is more lenient with tabs and stray BOMs: such files go to the Python parser so
    # that a file's verdict never depends on which parser read it
    aliases = "*" in text and ALIAS_MARK.search(text)
    if not aliases and "\t" not in text and "\ufeff" not in text:
        try:
            return _load(_FastFactFileLoader, text, places)
        except YamlProblem:
            pass
    return _load(_FactFileLoader, text, places)


def _load(loader_class: type[yaml.SafeLoader], text: str, places: bool) -> Positioned:
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
        if not places:
            return Positioned(data=_build(loader, root, (), None), text=text)
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


def _build(loader: yaml.SafeLoader, node: yaml.Node, path: Path_, out: Positioned | None
           ) -> Any:
    """The data of `node`, its places recorded in `out` (if given)."""
    if out is not None:
        out.values[path] = _place(node)
    if node.__class__ is yaml.ScalarNode and node.tag != _ALIAS_TAG:
        return _scalar(loader, node, path)
    if node.tag == _ALIAS_TAG:
        line, column = _place(node)
        raise YamlProblem("anchors and aliases (&name, *name) are not allowed in fact files: "
                          "write the value out", line, column, format_path(path))
    if isinstance(node, yaml.CollectionNode) and node.tag not in _PLAIN_COLLECTION_TAGS:
        line, column = _place(node)
        raise YamlProblem(f"the tag '{node.tag}' is not allowed in fact files", line, column,
                          format_path(path))
    if isinstance(node, yaml.MappingNode):
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = (_scalar(loader, key_node, path) if key_node.__class__ is yaml.ScalarNode
                   else _construct(loader, key_node, path))
            if not isinstance(key, str | int | float | bool) or key is None:
                line, column = _place(key_node)
                raise YamlProblem("a field name must be plain text", line, column,
                                  format_path(path))
            # a key that reads as a number, true/false or null is kept as written: fact-file
            # keys are field names
            key = key if isinstance(key, str) else str(key_node.value)
            child = (*path, key)
            if key in mapping:
                line, column = _place(key_node)
                raise YamlProblem(f"field '{key}' is written twice", line, column,
                                  format_path(child))
            if out is not None:
                out.keys[child] = _place(key_node)
            mapping[key] = _build(loader, value_node, child, out)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(loader, item, (*path, index), out)
            for index, item in enumerate(node.value)
        ]
    return _construct(loader, node, path)


def _scalar(loader: yaml.SafeLoader, node: yaml.ScalarNode, path: Path_) -> Any:
    """A scalar's value: text, nothing and integers (YAML 1.2's) read here, the rest by
    PyYAML's safe constructor."""
    tag = node.tag
    if tag == _STR:
        return node.value
    if tag == _NULL:
        return None
    if tag == _INT:
        try:
            return _yaml_1_2_int(node.value)
        except ValueError as error:
            line, column = _place(node)
            raise YamlProblem(f"invalid value '{str(node.value)[:40]}': {error}", line, column,
                              format_path(path)) from None
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
