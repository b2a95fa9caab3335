"""StubEngine: a test double with the Engine API, for the few tests that need a reply the real
engine would never give (e.g. one longer than a Telegram message). Everything else uses the
real Engine."""

from __future__ import annotations

from typing import Any

from bot.reply import Reply, SourceRef, Status

SOURCE = SourceRef("stub", "Artikel <uji> & contoh", "Penerbit", "2024-01-01")


class StubContext:
    """Per-chat memory with the snapshot/restore API."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}

    def snapshot(self) -> dict:
        return dict(self.data)

    def restore(self, data: dict) -> None:
        self.data.update(data)

    def forget(self, chat: str) -> None:
        self.data.pop(chat, None)


class StubEngine:
    """Answers every question with `text_for(question)`; records what it was asked."""

    def __init__(self, knowledge: Any, text_for=lambda question: f"Jawaban: {question}",
                 suggestions: tuple[str, ...] = ()) -> None:
        self.knowledge = knowledge
        self.context = StubContext()
        self.text_for = text_for
        self.suggestions = suggestions
        self.asked: list[tuple[str, str]] = []

    def ask(self, text: str, chat_id: str) -> Reply:
        self.asked.append((text, chat_id))
        self.context.data[chat_id] = text
        return Reply(question=text, status=Status.ANSWERED, text=self.text_for(text),
                     sources=(SOURCE,), suggestions=self.suggestions)

    def replace_knowledge(self, knowledge: Any) -> None:
        self.knowledge = knowledge
