"""The health check and the monitoring server: `/metrics` (Prometheus text) and `/healthz`,
served when HUMASBOT_METRICS_PORT is set, on HUMASBOT_METRICS_LISTEN, in the bot's own event
loop (a stuck loop makes both stop answering, which a health check should notice).

`/healthz` answers 200 when the bot is running, its knowledge holds at least one award
edition and receiving updates works:

- polling: the last getUpdates succeeded, less than `STALE_SECONDS` ago (a long poll returns
  at least every `poll_timeout` seconds, network.TUNING); until the first one returns, the
  start (getMe) counts as the last success;
- webhook: the last request Telegram made with the right secret could be read (or none came
  yet). Telegram calls only when there are updates, so a quiet hour is not a failure.

Otherwise it answers 503 with the reason, one line of plain text.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import tornado.web
from prometheus_client.exposition import choose_encoder
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from bot.channels.telegram.settings import Mode
from knowledge.errors import HumasbotError

if TYPE_CHECKING:
    from bot.channels.telegram.metrics import Metrics
    from bot.engine import Engine

log = logging.getLogger(__name__)

STALE_SECONDS = 60.0  # polling: no successful getUpdates for this long is unhealthy


class MonitoringError(HumasbotError):
    """The monitoring server cannot listen on its address and port."""


@dataclass(eq=False)
class Health:
    """How receiving updates goes, and whether the bot can answer."""

    mode: Mode
    engine: Engine
    running: Callable[[], bool] = lambda: True
    stale_after: float = STALE_SECONDS
    clock: Callable[[], float] = time.monotonic
    last_ok: float | None = None  # when receiving last succeeded (clock)
    last_failure: tuple[float, str] | None = field(default=None)  # (when, kind)

    def started(self) -> None:
        """The Bot API answered at start (getMe): count it as the first success."""
        self.last_ok = self.clock()

    def received(self, ok: bool, kind: str = "") -> None:
        """A getUpdates call or a webhook request ended: well (`ok`) or with `kind` of
        failure."""
        now = self.clock()
        if ok:
            self.last_ok = now
        else:
            self.last_failure = (now, kind or "error")

    def check(self) -> tuple[bool, str]:
        """(healthy, reason): one line saying why, either way."""
        if not self.running():
            return False, "the bot is not running (starting or stopping)"
        counts = self.engine.knowledge.counts()
        if not counts.get("editions"):
            return False, "no knowledge loaded: the fact files hold no award edition"
        what = "getUpdates" if self.mode is Mode.POLLING else "webhook request"
        now = self.clock()
        if self.last_failure is not None and (
                self.last_ok is None or self.last_failure[0] >= self.last_ok):
            when, kind = self.last_failure
            return False, f"the last {what} failed ({kind}, {now - when:.0f} s ago)"
        known = f"knowledge loaded ({counts['editions']} editions, {counts['results']} results)"
        if self.mode is Mode.WEBHOOK:
            return True, f"ok: {known}; webhook serving"
        if self.last_ok is None or now - self.last_ok > self.stale_after:
            since = "ever" if self.last_ok is None else f"{now - self.last_ok:.0f} s"
            return False, f"no successful getUpdates for {since}"
        return True, f"ok: {known}; last getUpdates {now - self.last_ok:.0f} s ago"


class MetricsHandler(tornado.web.RequestHandler):
    """GET /metrics: the registry in the text format the scraper asks for."""

    def initialize(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def get(self) -> None:
        encoder, content_type = choose_encoder(self.request.headers.get("Accept", ""))
        self.set_header("Content-Type", content_type)
        self.finish(encoder(self.metrics.registry))


class HealthHandler(tornado.web.RequestHandler):
    """GET /healthz: 200 or 503, with the reason."""

    def initialize(self, health: Health) -> None:
        self.health = health

    def get(self) -> None:
        healthy, reason = self.health.check()
        self.set_status(200 if healthy else 503)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(reason + "\n")


class MonitoringServer:
    """/metrics and /healthz on `listen`:`port`, in the running event loop."""

    def __init__(self, metrics: Metrics, health: Health, listen: str, port: int) -> None:
        app = tornado.web.Application(
            [(r"/metrics", MetricsHandler, {"metrics": metrics}),
             (r"/healthz", HealthHandler, {"health": health})],
            log_function=lambda handler: None)
        self.http = HTTPServer(app, idle_connection_timeout=30.0, body_timeout=10.0,
                               max_body_size=1 << 16, max_header_size=16 << 10)
        self.listen, self.port = listen, port
        self.sockets: list[Any] = []

    def start(self) -> None:
        """Listen (raises MonitoringError if the address can't be had)."""
        try:
            self.sockets = bind_sockets(self.port, self.listen)
        except OSError as error:
            raise MonitoringError(
                f"cannot serve metrics on {self.listen}:{self.port} "
                f"(HUMASBOT_METRICS_LISTEN, HUMASBOT_METRICS_PORT): "
                f"{error.strerror or error}") from None
        self.http.add_sockets(self.sockets)
        log.info("metrics at http://%s:%d/metrics, health at /healthz", self.listen,
                 self.bound_port)

    @property
    def bound_port(self) -> int:
        """The port listened on (the chosen one, or the system's pick for port 0)."""
        return self.sockets[0].getsockname()[1] if self.sockets else self.port

    async def stop(self) -> None:
        """Stop listening and close the open connections."""
        self.http.stop()
        await self.http.close_all_connections()
        self.sockets = []
