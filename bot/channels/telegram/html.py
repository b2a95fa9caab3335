"""Telegram HTML: escaping, rendering a Reply as lines, and splitting into messages ≤ 4096.

Text is kept as `Line`s (plain text plus an optional whole-line style) until the very end:
lines are split and packed into messages first, and escaped as they are measured, so no
escaping can push a message over Telegram's limit and no tag ever spans two messages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bot.reply import Reply, Status

MAX_MESSAGE_LENGTH = 4096  # telegram.constants.MessageLimit.MAX_TEXT_LENGTH
STYLES = ("b", "i", "code")
EXAMPLE_STATUSES = (Status.CHITCHAT,)
_OWN_TAG = re.compile(r"</?(?:b|i|code)>")


def escape(text: str) -> str:
    """Text made safe for Telegram's HTML parse mode (&, < and > as entities)."""
    return html.escape(text, quote=False)


def html_to_plain(message: str) -> str:
    """What a message made by `split_lines` shows, as plain text: our tags dropped, entities
    decoded (user text holds no tags: its '<' arrives escaped). For sending without a parse
    mode when Telegram refuses the HTML; never longer than the HTML it comes from."""
    return html.unescape(_OWN_TAG.sub("", message))


def utf16_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Line:
    """One line of a message: plain text, optionally bold, italic or code as a whole."""

    text: str
    style: str | None = None

    def __post_init__(self) -> None:
        if self.style is not None and self.style not in STYLES:
            raise ValueError(f"unknown style {self.style!r}")

    def html(self) -> str:
        """The line as Telegram HTML."""
        body = escape(self.text)
        if self.style and self.text.strip():
            return f"<{self.style}>{body}</{self.style}>"
        return body

    def markup_length(self) -> int:
        """UTF-16 length of the tags this line adds around its text."""
        return 2 * len(self.style) + 5 if self.style and self.text.strip() else 0


def plain_lines(text: str, style: str | None = None) -> list[Line]:
    """Every line of `text` as a Line (an empty text gives no lines)."""
    return [Line(part, style) for part in text.splitlines()]


def reply_lines(reply: Reply, question: str | None = None) -> list[Line]:
    """A Reply as lines: the echoed question (if any), the answer, its sources, and the
    heading of the suggestion buttons (the buttons themselves go under the message)."""
    lines: list[Line] = []
    if question:
        lines += [Line(f"❓ {' '.join(question.split())}", "b"), Line("")]
    lines += plain_lines(reply.text) or [Line("…")]
    if len(reply.sources) == 1:
        lines += [Line(""), Line(f"Sumber: {reply.sources[0].label()}", "i")]
    elif reply.sources:
        lines += [Line(""), Line("Sumber:", "i")]
        lines += [Line(f"• {source.label()}", "i") for source in reply.sources]
    if reply.suggestions:
        heading = "Contoh pertanyaan:" if reply.status in EXAMPLE_STATUSES or not reply.text \
            else "Mungkin maksud Anda:"
        lines += [Line(""), Line(heading, "i")]
    return lines


def render_reply(reply: Reply, question: str | None = None,
                 limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """A Reply as one or more Telegram HTML messages, each at most `limit` characters."""
    return split_lines(reply_lines(reply, question), limit)


def split_lines(lines: Iterable[Line], limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Pack lines into HTML messages of at most `limit` UTF-16 units, breaking on line breaks
    (and inside a line, on spaces, only when one line alone is too long)."""
    if limit < 32:
        raise ValueError("limit too small to hold any message")
    messages: list[str] = []
    current: list[Line] = []
    size = 0
    for piece in _pieces(lines, limit):
        cost = utf16_length(piece.html())
        if current and size + 1 + cost > limit:
            messages += _finish(current)
            current, size = [], 0
        size += cost + (1 if current else 0)
        current.append(piece)
    messages += _finish(current)
    return messages


def split_text(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Plain text as escaped HTML messages of at most `limit` characters."""
    return split_lines(plain_lines(text), limit)


def _finish(lines: list[Line]) -> list[str]:
    """The HTML of a packed message, without blank edges; nothing if it shows no text."""
    if not any(line.text.strip() for line in lines):
        return []
    return ["\n".join(line.html() for line in lines).strip()]


def _pieces(lines: Iterable[Line], limit: int) -> Iterator[Line]:
    """Lines no longer than `limit` once escaped: over-long lines are broken up."""
    for line in lines:
        if utf16_length(line.html()) <= limit:
            yield line
            continue
        budget = limit - line.markup_length()
        for part in break_text(line.text, budget):
            yield Line(part, line.style)


def break_text(text: str, budget: int) -> list[str]:
    """Cut `text` into parts whose escaped UTF-16 length is ≤ `budget`, at spaces when
    possible (the space at a cut is dropped), else between characters."""
    parts: list[str] = []
    start = 0
    while start < len(text):
        end, cost, last_space = start, 0, -1
        while end < len(text):
            char_cost = utf16_length(escape(text[end]))
            if cost + char_cost > budget:
                break
            if text[end].isspace():
                last_space = end
            cost += char_cost
            end += 1
        if end == len(text):
            parts.append(text[start:])
            break
        if end == start:  # a single character over budget: emit it rather than loop forever
            end += 1
        cut = last_space if last_space > start else end
        parts.append(text[start:cut])
        start = cut + 1 if cut == last_space else cut
    return [part for part in parts if part]
