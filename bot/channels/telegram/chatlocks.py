"""Per-chat order: updates are processed concurrently, but one chat's updates one at a time,
in the order they arrived (a question and its follow-up are never answered out of order)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Hashable
from contextlib import asynccontextmanager

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.channels.telegram.logs import logged_update


class ChatLocks:
    """An asyncio.Lock per key, created on demand and dropped when nobody holds or awaits it."""

    def __init__(self) -> None:
        self._locks: dict[Hashable, asyncio.Lock] = {}
        self._users: dict[Hashable, int] = {}

    @asynccontextmanager
    async def hold(self, key: Hashable) -> AsyncIterator[None]:
        """Hold the lock of `key` (FIFO among waiters, so arrival order is kept)."""
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key]
                del self._locks[key]

    def __len__(self) -> int:
        return len(self._locks)


class ChatOrderedUpdateProcessor(BaseUpdateProcessor):
    """Up to `max_concurrent_updates` updates at once, but never two of the same chat.

    The chat's lock is taken before a concurrency slot, so a burst from one chat waits
    without occupying the slots other chats need. Updates without a chat (inline queries)
    run freely.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self.locks = ChatLocks()

    # PTB marks process_update @final, but the chat's lock must be taken before the slot
    async def process_update(  # type: ignore[misc]  # @final in PTB: see above
            self, update: object, coroutine: Awaitable[object]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await super().process_update(update, coroutine)
            return
        async with self.locks.hold(chat.id):
            await super().process_update(update, coroutine)

    async def do_process_update(self, update: object, coroutine: Awaitable[object]) -> None:
        with logged_update(update):  # one INFO line per update
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
