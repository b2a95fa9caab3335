"""Telegram's HTML parse mode, strictly: parse text to (plain text, entities) or fail the way
the Bot API does ("Bad Request: can't parse entities: …").

Rules (https://core.telegram.org/bots/api#html-style): only the tags below; `<`, `>` and `&`
outside tags and entities must be escaped; named entities only &lt; &gt; &amp; &quot;, any
numeric entity; tags must nest properly; pre/code can't contain other entities (except
<code class="language-…"> inside <pre>); links can't contain links. Offsets and lengths of the
returned entities are in UTF-16 code units, as Telegram counts them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TAG_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "tg-spoiler": "spoiler", "span": "spoiler", "a": "text_link", "code": "code", "pre": "pre",
    "blockquote": "blockquote", "tg-emoji": "custom_emoji",
}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
TAG = re.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<attrs>(?:\s+[A-Za-z-]+"
    r"(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>")
ATTR = re.compile(r"([A-Za-z-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
ENTITY = re.compile(
    r"&(?:(?P<named>[A-Za-z]+)|#(?P<dec>[0-9]{1,7})|#[xX](?P<hex>[0-9A-Fa-f]{1,6}));")


class ParseError(ValueError):
    """The text is not valid Telegram HTML; str() is the Bot API's description."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"Bad Request: can't parse entities: {reason}")


@dataclass
class _Open:
    name: str
    kind: str
    start: int
    attrs: dict[str, str] = field(default_factory=dict)


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def parse_html(source: str) -> tuple[str, list[dict]]:
    """(plain text, entities) of a Telegram HTML text, or ParseError."""
    out: list[str] = []
    length = 0
    stack: list[_Open] = []
    entities: list[dict] = []
    position = 0
    while position < len(source):
        char = source[position]
        if char == "<":
            match = TAG.match(source, position)
            if not match:
                raise ParseError(f"Unclosed start tag at byte offset {_byte(source, position)}")
            _tag(match, source, position, stack, entities, length)
            position = match.end()
            continue
        if char == ">":
            raise ParseError(f"Unescaped '>' at byte offset {_byte(source, position)}")
        if char == "&":
            match = ENTITY.match(source, position)
            decoded = _entity(match) if match else None
            if decoded is None:
                raise ParseError(
                    f"Unsupported HTML entity at byte offset {_byte(source, position)}")
            out.append(decoded)
            length += utf16_length(decoded)
            position = match.end()  # type: ignore[union-attr]
            continue
        out.append(char)
        length += utf16_length(char)
        position += 1
    if stack:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _byte(source: str, position: int) -> int:
    return len(source[:position].encode("utf-8"))


def _entity(match: re.Match[str]) -> str | None:
    if match["named"]:
        return NAMED_ENTITIES.get(match["named"])
    number = int(match["dec"]) if match["dec"] else int(match["hex"], 16)
    if number == 0 or number > 0x10FFFF or 0xD800 <= number <= 0xDFFF:
        return None
    return chr(number)


def _tag(match: re.Match[str], source: str, position: int, stack: list[_Open],
         entities: list[dict], length: int) -> None:
    name = match["name"].lower()
    where = f"at byte offset {_byte(source, position)}"
    if match["close"]:
        if not stack:
            raise ParseError(f'Unexpected end tag "{name}" {where}')
        if stack[-1].name != name:
            raise ParseError(f'Unmatched end tag {where}, expected "</{stack[-1].name}>", '
                             f'found "</{name}>"')
        opened = stack.pop()
        if length > opened.start:
            entity = {"type": opened.kind, "offset": opened.start, "length": length - opened.start}
            if opened.kind == "text_link":
                entity["url"] = opened.attrs["href"]
            if opened.kind == "pre" and opened.attrs.get("language"):
                entity["language"] = opened.attrs["language"]
            if opened.kind == "custom_emoji":
                entity["custom_emoji_id"] = opened.attrs["emoji-id"]
            entities.append(entity)
        return
    if name not in TAG_TYPES:
        raise ParseError(f'Unsupported start tag "{name}" {where}')
    attrs = {m[1].lower(): m[2] or m[3] or m[4] or "" for m in ATTR.finditer(match["attrs"])}
    kind = TAG_TYPES[name]
    inside = {opened.kind for opened in stack}
    if "code" in inside or ("pre" in inside and name != "code"):
        raise ParseError(f'Entities can\'t be nested in pre or code {where}')
    if name == "code" and "pre" in inside:
        language = attrs.get("class", "")
        if language.startswith("language-"):
            stack[-1].attrs["language"] = language.removeprefix("language-")
    if kind == "text_link" and ("text_link" in inside or not attrs.get("href")):
        raise ParseError(f"Bad link {where}")
    if kind == "blockquote" and "blockquote" in inside:
        raise ParseError(f"Blockquotes can't be nested {where}")
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise ParseError(f'Tag "span" must have class "tg-spoiler" {where}')
    if kind == "custom_emoji" and not attrs.get("emoji-id"):
        raise ParseError(f'Tag "tg-emoji" must have attribute "emoji-id" {where}')
    if kind == "blockquote" and "expandable" in attrs:
        kind = "expandable_blockquote"
    stack.append(_Open(name, kind, length, attrs))
