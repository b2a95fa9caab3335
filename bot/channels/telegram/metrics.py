"""Prometheus metrics of the Telegram bot, in a registry of its own (one per Application, so
several bots can run in one process, as the tests do).

- `humasbot_questions_total{status,intent,channel}`: questions answered, by the reply's status
  and intent; channel `telegram` (private chats, groups, buttons) or `telegram_inline`;
- `humasbot_answer_seconds{channel}`: from the question's arrival in its handler until its
  answer was sent (engine and Bot API calls);
- `humasbot_telegram_errors_total{kind}`: every failed Bot API call (each attempt: a retried
  call counts each time it fails), an unreadable webhook update, and every error of a
  handler that is not the Bot API's (`handler`);
- `humasbot_knowledge_items{kind}` (editions, results, sources, …) and
  `humasbot_knowledge_loaded_timestamp_seconds`: the knowledge being served and when it was
  loaded (at start or by /reload);
- the client library's process, platform and garbage-collector metrics (`process_*`,
  `python_*`).

`MeteredRequest` is PTB's HTTPXRequest counting the failures of the calls made through it and
telling health.py how each getUpdates went. health.py serves all of it at /metrics.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.gc_collector import GCCollector
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector
from prometheus_client.registry import Collector
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import HTTPXRequest

from bot.channels.telegram.network import INVALID_RESPONSE

if TYPE_CHECKING:
    from bot.engine import Engine
    from bot.reply import Reply

CHANNEL = "telegram"
INLINE_CHANNEL = "telegram_inline"
NO_INTENT = "none"
# Seconds, from a fast engine answer sent at once to one that waited out a flood limit.
ANSWER_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
HANDLER_ERROR = "handler"
BAD_WEBHOOK_UPDATE = "webhook_bad_update"


def error_kind(error: BaseException) -> str:
    """A short, bounded name for a failure: flood, forbidden, bad_request, timeout, network,
    conflict, invalid_token, chat_migrated, invalid_response, telegram, or handler (not a
    Bot API error)."""
    kinds: tuple[tuple[type[BaseException], str], ...] = (
        (RetryAfter, "flood"), (Forbidden, "forbidden"), (BadRequest, "bad_request"),
        (TimedOut, "timeout"), (NetworkError, "network"), (Conflict, "conflict"),
        (InvalidToken, "invalid_token"), (ChatMigrated, "chat_migrated"),
    )
    for kind, name in kinds:
        if isinstance(error, kind):
            return name
    if isinstance(error, TelegramError):
        return "invalid_response" if str(error).startswith(INVALID_RESPONSE) else "telegram"
    return HANDLER_ERROR


class KnowledgeCollector(Collector):
    """The size of the knowledge being served, read when scraped, and when it was loaded."""

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.loaded_at = 0.0  # Unix time

    def collect(self) -> Iterator[GaugeMetricFamily]:
        items = GaugeMetricFamily("humasbot_knowledge_items",
                                  "Facts and files of the knowledge being served, by kind",
                                  labels=["kind"])
        if self.engine is not None:
            for kind, count in self.engine.knowledge.counts().items():
                items.add_metric([kind], count)
        yield items
        yield GaugeMetricFamily("humasbot_knowledge_loaded_timestamp_seconds",
                                "When the knowledge being served was loaded (Unix time)",
                                value=self.loaded_at)


class Metrics:
    """The bot's metrics and the registry that holds them."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.questions = Counter(
            "humasbot_questions", "Questions answered, by status, intent and channel",
            ["status", "intent", "channel"], registry=self.registry)
        self.answer_seconds = Histogram(
            "humasbot_answer_seconds", "Seconds from a question to its answer being sent",
            ["channel"], buckets=ANSWER_BUCKETS, registry=self.registry)
        self.telegram_errors = Counter(
            "humasbot_telegram_errors", "Failed Bot API calls and handler errors, by kind",
            ["kind"], registry=self.registry)
        self.knowledge = KnowledgeCollector()
        self.registry.register(self.knowledge)
        ProcessCollector(registry=self.registry)
        PlatformCollector(registry=self.registry)
        GCCollector(registry=self.registry)

    def serve(self, engine: Engine) -> None:
        """Report the knowledge of `engine`, loaded now."""
        self.knowledge.engine = engine
        self.knowledge_loaded()

    def knowledge_loaded(self) -> None:
        """The engine's knowledge was (re)loaded just now."""
        self.knowledge.loaded_at = time.time()

    def question(self, reply: Reply, channel: str = CHANNEL) -> None:
        """Count one question by its reply."""
        self.questions.labels(str(reply.status), reply.intent or NO_INTENT, channel).inc()

    def answer_time(self, seconds: float, channel: str = CHANNEL) -> None:
        """Note how long a question took to answer."""
        self.answer_seconds.labels(channel).observe(seconds)

    def telegram_error(self, error: BaseException | str) -> None:
        """Count one failure (an exception, or the name of its kind)."""
        kind = error if isinstance(error, str) else error_kind(error)
        self.telegram_errors.labels(kind).inc()


class MeteredRequest(HTTPXRequest):
    """PTB's HTTPXRequest; every failed call is counted, and `received(ok, kind)` (if given)
    hears how each call went: the getUpdates request tells the health check."""

    def __init__(self, *args: Any, metrics: Metrics,
                 received: Callable[[bool, str], None] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.metrics, self.received = metrics, received

    # PTB marks post() final; it is the one place that sees every call's TelegramError
    async def post(self, url: str, *args: Any, **kwargs: Any) -> Any:  # type: ignore[misc]
        try:
            result = await super().post(url, *args, **kwargs)
        except TelegramError as error:
            self.metrics.telegram_error(error)
            if self.received is not None:
                self.received(False, error_kind(error))
            raise
        if self.received is not None:
            self.received(True, "")
        return result
