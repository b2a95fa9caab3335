"""Updates run concurrently across chats, one at a time and in order within a chat."""

from __future__ import annotations

import asyncio

from telegram import Chat, Update, User
from telegram import Message as TgMessage

from bot.channels.telegram.chatlocks import ChatLocks, ChatOrderedUpdateProcessor


def update_in(chat_id: int, update_id: int) -> Update:
    chat = Chat(chat_id, Chat.PRIVATE)
    message = TgMessage(update_id, None, chat, from_user=User(chat_id, "U", False), text="x")
    return Update(update_id, message=message)


async def test_one_chat_waits_while_other_chats_proceed() -> None:
    processor = ChatOrderedUpdateProcessor(8)
    events: list[str] = []
    release = asyncio.Event()

    async def work(name: str, wait: bool = False) -> None:
        events.append(f"{name} start")
        if wait:
            await release.wait()
        events.append(f"{name} end")

    tasks = [
        asyncio.create_task(processor.process_update(update_in(1, 1), work("a1", wait=True))),
        asyncio.create_task(processor.process_update(update_in(1, 2), work("a2"))),
        asyncio.create_task(processor.process_update(update_in(2, 3), work("b1"))),
    ]
    while "b1 end" not in events:
        await asyncio.sleep(0)
    assert events == ["a1 start", "b1 start", "b1 end"]  # a2 waits for a1; b1 doesn't
    release.set()
    await asyncio.gather(*tasks)
    assert events[3:] == ["a1 end", "a2 start", "a2 end"]


async def test_updates_without_a_chat_are_not_serialised() -> None:
    processor = ChatOrderedUpdateProcessor(8)
    done = []

    async def work() -> None:
        done.append(1)

    await processor.process_update(Update(9), work())
    assert done == [1] and len(processor.locks) == 0


async def test_locks_are_dropped_when_unused() -> None:
    locks = ChatLocks()
    async with locks.hold(5):
        assert len(locks) == 1
    assert len(locks) == 0
