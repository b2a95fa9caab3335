"""Talking to a Bot API that misbehaves: timeouts, flood limits, retries, and a bot object
whose repr and errors never show the token.

Telegram sometimes answers 429 (wait `retry_after` seconds: AIORateLimiter does, then retries),
5xx, a body that is not JSON, or nothing at all (a dropped connection, a timeout). The methods
that answer users are then retried a few times with growing pauses; client errors (400, 403,
409…) never are. getUpdates is retried by PTB's polling loop itself, with the same offset, so
no update is lost or skipped.

A timeout or a garbled body leaves it unknown whether Telegram carried the call out; retrying
then risks sending an answer twice, which is preferred to losing it.

Everything tunable sits in `TUNING` (tests shorten the timeouts and pauses, or lift the flood
limiter, by replacing it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, ExtBot

from bot.channels.telegram.logs import loggable

log = logging.getLogger(__name__)

INVALID_RESPONSE = "Invalid server response"  # PTB's TelegramError for a body that isn't JSON
# The methods that answer users: retried when Telegram fails transiently. Start-up calls
# (getMe, setMyCommands, setWebhook…) are not: PTB's bootstrap retries cover them, and an
# unreachable API should stop `humasbot run` quickly with a clear message.
RETRIED_METHODS = frozenset({
    "sendMessage", "editMessageText", "answerCallbackQuery", "answerInlineQuery",
    "sendChatAction",
})


@dataclass(frozen=True)
class NetworkTuning:
    """Timeouts (seconds), flood limits and retry pauses for the Bot API."""

    read_timeout: float = 5.0  # every method but getUpdates (PTB's default)
    get_updates_read_timeout: float = 5.0  # on top of the long-poll timeout
    poll_timeout: float = 10.0  # how long one getUpdates may wait for updates
    overall_max_rate: float = 30  # messages per second to all chats (0: no limit)
    group_max_rate: float = 20  # messages per minute to one group (0: no limit)
    flood_retries: int = 3  # 429 answers waited out per request
    retry_pauses: tuple[float, ...] = (0.5, 2.0, 5.0)  # before each retry after a 5xx etc.


TUNING = NetworkTuning()


def transient(error: BaseException) -> bool:
    """True for failures worth retrying: 5xx, dropped connections, timeouts, garbled bodies
    (but not 400 Bad Request, 403 Forbidden, 409 Conflict or a flood limit)."""
    if isinstance(error, BadRequest):
        return False
    if isinstance(error, NetworkError):  # TimedOut, 5xx, connection errors
        return True
    return type(error) is TelegramError and str(error).startswith(INVALID_RESPONSE)


def describe(error: BaseException) -> str:
    """The error's class and message, one line, control characters escaped."""
    return f"{type(error).__name__}: {loggable(str(error), 160)}"


class RetryingRateLimiter(AIORateLimiter):
    """PTB's AIORateLimiter (flood limits, waits out 429s) plus retries of transient failures
    of the methods that answer users."""

    def __init__(self, tuning: NetworkTuning) -> None:
        super().__init__(overall_max_rate=tuning.overall_max_rate,
                         group_max_rate=tuning.group_max_rate, max_retries=tuning.flood_retries)
        self.pauses = tuning.retry_pauses

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any, kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        retries = len(self.pauses) if endpoint in RETRIED_METHODS else 0
        for attempt in range(retries + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data,
                                                     rate_limit_args)
            except TelegramError as error:
                if attempt == retries or not transient(error):
                    raise
                pause = self.pauses[attempt]
                log.warning("%s failed (%s); retry %d of %d in %.2g s", endpoint,
                            describe(error), attempt + 1, retries, pause)
                await asyncio.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover


class HumasBot(ExtBot[int]):
    """PTB's ExtBot, but its repr (and so the Application's and Updater's) and the error
    raised for a rejected token do not contain the token."""

    def __repr__(self) -> str:
        try:
            return f"{type(self).__name__}[username={self.username}]"
        except RuntimeError:  # not initialised yet: the username is unknown
            return f"{type(self).__name__}[not initialised]"

    async def initialize(self) -> None:
        try:
            await super().initialize()
        except InvalidToken as error:  # PTB's message quotes the token
            await self._close_requests()
            raise InvalidToken("the bot token was rejected by the server") from error.__cause__
        except BaseException:
            await self._close_requests()  # the bot never started: nothing else will
            raise

    async def _close_requests(self) -> None:
        for request in dict.fromkeys(self._request):
            with contextlib.suppress(Exception):
                await request.shutdown()
