"""Plain-text rendering of a Reply, for the console and `humasbot ask`."""

from __future__ import annotations

from bot.reply import Reply


def render_text(reply: Reply) -> str:
    """The answer, its source line, and suggestions."""
    lines = [reply.text]
    if reply.sources:
        lines.append("Sumber: " + "; ".join(source.label() for source in reply.sources))
    if reply.suggestions:
        lines.append("Mungkin maksud Anda:")
        lines += [f"  • {question}" for question in reply.suggestions]
    return "\n".join(lines)
