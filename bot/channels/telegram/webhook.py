"""The webhook server: PTB's (tornado), configured so a stranger on the port cannot exhaust it.

PTB's own server reads a request's whole body (up to tornado's 100 MB default) before it
checks the secret token, waits an hour for an idle connection, accepts any number of them,
and logs an unreadable update's whole payload at CRITICAL. This one, run by PTB's Updater
(`WebhookUpdater`, so `run_webhook` keeps the lifecycle):

- checks `X-Telegram-Bot-Api-Secret-Token` (and the content type) from the headers alone,
  before reading a byte of the body (403; the connection is then closed unread);
- refuses bodies over `MAX_BODY_BYTES` (413 when the Content-Length says so; a longer
  chunked body closes the connection), and bodies that trickle in slower than
  `BODY_TIMEOUT`; idle or half-sent connections are closed after `IDLE_TIMEOUT`;
- holds at most `MAX_CONNECTIONS` connections: beyond that it stops accepting (the kernel's
  backlog waits) until one closes;
- when accepting fails for lack of file descriptors (EMFILE, "too many open files") it logs
  that once per `EMFILE_LOG_INTERVAL` with a count, and pauses accepting briefly instead of
  spinning on the listening socket;
- logs an update it cannot read by its size and type only.

Keep it behind a reverse proxy all the same (README: nginx example).
"""

from __future__ import annotations

import asyncio
import errno
import hmac
import json
import logging
import socket
import time
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import tornado.web
from telegram import Update
from telegram.ext import ExtBot, Updater
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.iostream import IOStream
from tornado.netutil import bind_sockets

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1 << 20  # Telegram's updates are a few kilobytes
BODY_TIMEOUT = 10.0  # seconds to receive a whole body
IDLE_TIMEOUT = 30.0  # seconds a connection may sit idle or half-way through its headers
MAX_HEADER_BYTES = 16 << 10
MAX_CONNECTIONS = 100
EMFILE_LOG_INTERVAL = 60.0  # seconds between two reports of failing accepts
ACCEPT_PAUSE = 0.1  # seconds accepting pauses after such a failure
ACCEPT_BATCH = 64  # connections accepted per wake-up at most
OUT_OF_DESCRIPTORS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})
BAD_UPDATE = "webhook_bad_update"  # what on_request hears of an update that can't be read
RequestObserver = Callable[[bool, str], None]  # (ok, kind of failure)


@tornado.web.stream_request_body
class UpdateHandler(tornado.web.RequestHandler):
    """POST <path>: one update, checked by its headers before its body is read."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, bot: ExtBot[Any], update_queue: asyncio.Queue[object],
                   secret_token: str | None, on_request: RequestObserver | None = None) -> None:
        self.bot, self.update_queue, self.secret_token = bot, update_queue, secret_token
        self.on_request = on_request
        self.chunks: list[bytes] = []

    def set_default_headers(self) -> None:
        self.set_header("Content-Type", 'application/json; charset="utf-8"')

    def prepare(self) -> None:
        """Refuse from the headers alone: wrong type, missing or wrong secret, too long."""
        headers = self.request.headers
        if headers.get("Content-Type") != "application/json":
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        if self.secret_token is not None and not hmac.compare_digest(
                headers.get(SECRET_HEADER, "").encode(), self.secret_token.encode()):
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        length = headers.get("Content-Length", "0")
        if not length.isdigit() or int(length) > MAX_BODY_BYTES:
            raise tornado.web.HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)

    def data_received(self, chunk: bytes) -> None:
        self.chunks.append(chunk)

    async def post(self) -> None:
        body = b"".join(self.chunks)
        data: Any = None
        try:
            data = json.loads(body)
            update = Update.de_json(data, self.bot)
        except Exception as error:
            log.warning("webhook: refused an update that could not be read (%d bytes, JSON %s; "
                        "%s)", len(body), type(data).__name__, type(error).__name__)
            if self.on_request is not None:
                self.on_request(False, BAD_UPDATE)
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST) from None
        if update is not None:
            self.bot.insert_callback_data(update)
            await self.update_queue.put(update)
        if self.on_request is not None:
            self.on_request(True, "")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """An empty refusal that closes the connection: a refusal made from the headers
        leaves the body unread, so the connection cannot carry another request (without
        the header a client would reuse it and fail)."""
        self.set_header("Connection", "close")
        self.finish()

    def log_exception(self, *args: Any) -> None:
        """Refusals are answered, not logged (a stranger could fill the log)."""


class GuardedHTTPServer(HTTPServer):
    """tornado's HTTPServer with a connection limit and an accept loop that survives running
    out of file descriptors (see the module's docstring)."""

    def initialize(self, *args: Any, **kwargs: Any) -> None:
        super().initialize(*args, **kwargs)
        self.open_connections = 0
        self.listening: list[socket.socket] = []
        self.accepting = False
        self.failed_accepts = 0  # since the last report
        self.last_report = -EMFILE_LOG_INTERVAL

    def listen_on(self, address: str, port: int) -> None:
        self.listening = bind_sockets(port, address)
        self.resume()

    def resume(self) -> None:
        if self.accepting or not self.listening:
            return
        self.accepting = True
        for sock in self.listening:
            IOLoop.current().add_handler(sock, self._accept, IOLoop.READ)

    def pause(self) -> None:
        if self.accepting:
            self.accepting = False
            for sock in self.listening:
                IOLoop.current().remove_handler(sock)

    def _accept(self, sock: socket.socket, events: int) -> None:
        for _ in range(ACCEPT_BATCH):
            if self.open_connections >= MAX_CONNECTIONS:
                self.pause()  # on_close resumes
                return
            try:
                connection, address = sock.accept()
            except BlockingIOError:
                return
            except ConnectionAbortedError:
                continue
            except OSError as error:
                if error.errno not in OUT_OF_DESCRIPTORS:
                    raise
                self._out_of_descriptors(error)
                return
            connection.setblocking(False)
            self.handle_stream(IOStream(connection, max_buffer_size=self.max_buffer_size),
                               address)

    def _out_of_descriptors(self, error: OSError) -> None:
        self.failed_accepts += 1
        now = time.monotonic()
        if now - self.last_report >= EMFILE_LOG_INTERVAL:
            log.error("webhook: cannot accept connections: %s (%d failed accepts since the "
                      "last report; next report in %.0f s at the earliest)",
                      error.strerror or errno.errorcode.get(error.errno or 0, "?"),
                      self.failed_accepts, EMFILE_LOG_INTERVAL)
            self.failed_accepts, self.last_report = 0, now
        self.pause()
        IOLoop.current().call_later(ACCEPT_PAUSE, self.resume)

    def handle_stream(self, stream: IOStream, address: tuple[Any, ...]) -> None:
        self.open_connections += 1
        super().handle_stream(stream, address)

    def on_close(self, server_conn: object) -> None:
        super().on_close(server_conn)
        self.open_connections -= 1
        if self.open_connections < MAX_CONNECTIONS and self.listening:
            self.resume()

    def stop(self) -> None:
        self.pause()
        for sock in self.listening:
            sock.close()
        self.listening = []


class WebhookServer:
    """What PTB's Updater expects of its webhook server: serve_forever, shutdown."""

    def __init__(self, listen: str, port: int, url_path: str, bot: ExtBot[Any],
                 update_queue: asyncio.Queue[object], secret_token: str | None,
                 on_request: RequestObserver | None = None) -> None:
        app = tornado.web.Application(
            [(rf"{url_path}/?", UpdateHandler,
              {"bot": bot, "update_queue": update_queue, "secret_token": secret_token,
               "on_request": on_request})],
            log_function=lambda handler: None)
        self.http = GuardedHTTPServer(
            app, max_body_size=MAX_BODY_BYTES, body_timeout=BODY_TIMEOUT,
            idle_connection_timeout=IDLE_TIMEOUT, max_header_size=MAX_HEADER_BYTES,
            max_buffer_size=MAX_BODY_BYTES + MAX_HEADER_BYTES, decompress_request=False)
        self.listen, self.port = listen, port
        self.is_running = False

    async def serve_forever(self, ready: asyncio.Event | None = None) -> None:
        self.http.listen_on(self.listen, self.port)
        self.is_running = True
        if ready is not None:
            ready.set()

    async def shutdown(self) -> None:
        if self.is_running:
            self.is_running = False
            self.http.stop()
            await self.http.close_all_connections()


class WebhookUpdater(Updater):
    """PTB's Updater, serving the webhook with `WebhookServer` (polling is unchanged).

    PTB offers no hook for its webhook server: this overrides `_start_webhook`, keeping its
    steps (set the webhook with the bootstrap retries, then listen). TLS is left to the
    reverse proxy: certificates and unix sockets are not supported. `on_request(ok, kind)`
    hears how each request that carried the secret went (the health check)."""

    def __init__(self, *args: Any, on_request: RequestObserver | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.on_request = on_request

    bot: ExtBot[Any]  # PTB types it Bot; build_application gives it a HumasBot

    async def _start_webhook(self, listen: str, port: int, url_path: str,
                             bootstrap_retries: int, allowed_updates: Any, cert: Any = None,
                             key: Any = None, drop_pending_updates: bool | None = None,
                             webhook_url: str | None = None, ready: asyncio.Event | None = None,
                             ip_address: str | None = None, max_connections: int = 40,
                             secret_token: str | None = None, unix: Any = None) -> None:
        if cert is not None or key is not None or unix is not None:
            raise ValueError("the webhook server takes no certificate or unix socket: "
                             "terminate TLS in the reverse proxy")
        path = url_path if url_path.startswith("/") else f"/{url_path}"
        server = WebhookServer(listen, port, path, self.bot, self.update_queue, secret_token,
                               self.on_request)
        # PTB types _httpd as its own (tornado) server; ours offers the same two methods
        self._httpd = server  # type: ignore[assignment]  # not PTB's class: see above
        await self._bootstrap(
            max_retries=bootstrap_retries, drop_pending_updates=drop_pending_updates,
            webhook_url=webhook_url or f"http://{listen}:{port}{path}",
            allowed_updates=allowed_updates, ip_address=ip_address,
            max_connections=max_connections, secret_token=secret_token)
        await server.serve_forever(ready=ready)
