"""The HTTP client under the bot: python-telegram-bot's `BaseRequest` on aiohttp.

PTB's own `HTTPXRequest` spent about 4 ms of CPU per sendMessage on the development machine
(httpx, httpcore, anyio and h11 in pure Python, the body and headers in separate writes);
aiohttp (C HTTP parser, one write per request) needs about a fifth of that
(benchmarks/README.md). `AiohttpRequest` keeps what `HTTPXRequest` does:

- the same four timeouts (connect, read, write, pool) and defaults, overridable per call, and
  `media_write_timeout` for uploads. The pool timeout bounds the wait for a free connection
  (then `TimedOut`, the request not sent). aiohttp has no write timeout of its own: the write
  timeout bounds the whole call together with the connect and read timeouts;
- form-encoded parameters (multipart when files are sent), PTB's User-Agent, no redirects
  followed, HTTP/1.1 keep-alive connections up to `connection_pool_size`;
- the same certificate store (certifi, or SSL_CERT_FILE / SSL_CERT_DIR);
- a proxy, given as `proxy` or found in the environment by `proxy_for` (HTTP_PROXY,
  HTTPS_PROXY, ALL_PROXY, NO_PROXY; credentials in the proxy URL);
- errors as PTB's types: `TimedOut` for every timeout, `NetworkError` for every other failure
  to talk to the server. PTB's `BaseRequest` turns status codes into `BadRequest`,
  `Forbidden`, `RetryAfter`… as before.

No message raised from here contains the request URL (it holds the token).

`make_request` builds it, or PTB's `HTTPXRequest` when the environment names a proxy aiohttp
cannot use (SOCKS, or an https:// proxy).
"""

from __future__ import annotations

import asyncio
import base64
import os
import ssl
from typing import Any
from urllib.parse import urlencode, urlsplit
from urllib.request import getproxies, proxy_bypass

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData
from yarl import URL

from bot.channels.telegram.logs import HIDDEN, TOKEN_SHAPE

FORM = "application/x-www-form-urlencoded"
AIOHTTP_PROXY_SCHEMES = frozenset({"http"})
HIDDEN_URL = "<url>"
POOL_TIMEOUT = ("Pool timeout: All connections in the connection pool are occupied. Request was "
                "*not* sent to Telegram. Consider adjusting the connection pool size or the pool "
                "timeout.")  # HTTPXRequest's words


def proxy_for(url: str) -> str | None:
    """The proxy the environment names for `url`, as httpx would choose it: the scheme's
    variable (HTTP_PROXY, HTTPS_PROXY) or else ALL_PROXY, unless NO_PROXY covers the host."""
    parts = urlsplit(url)
    proxies = getproxies()
    if parts.hostname and proxy_bypass(parts.hostname):
        return None
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy:
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def make_request(api_url: str, connection_pool_size: int, read_timeout: float) -> BaseRequest:
    """An `AiohttpRequest` for `api_url`, or `HTTPXRequest` if its proxy (from the
    environment) is one aiohttp cannot use."""
    proxy = proxy_for(api_url)
    if proxy is not None and urlsplit(proxy).scheme not in AIOHTTP_PROXY_SCHEMES:
        return HTTPXRequest(connection_pool_size=connection_pool_size, read_timeout=read_timeout)
    return AiohttpRequest(connection_pool_size=connection_pool_size, read_timeout=read_timeout,
                          proxy=proxy)


def ssl_context() -> ssl.SSLContext:
    """The certificate store httpx uses: SSL_CERT_FILE, SSL_CERT_DIR, else certifi's."""
    if os.environ.get("SSL_CERT_FILE"):
        return ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
    if os.environ.get("SSL_CERT_DIR"):
        return ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
    try:
        import certifi
    except ImportError:  # pragma: no cover - certifi comes with httpx, which PTB requires
        return ssl.create_default_context()
    return ssl.create_default_context(cafile=certifi.where())


def _total(*parts: float | None) -> float | None:
    return None if any(part is None for part in parts) else sum(parts)  # type: ignore[arg-type]


class AiohttpRequest(BaseRequest):
    """PTB's request interface on an aiohttp session (see the module's docstring)."""

    def __init__(self, connection_pool_size: int = 8, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0, media_write_timeout: float | None = 20.0,
                 proxy: str | None = None) -> None:
        self.connection_pool_size = connection_pool_size
        self._read_timeout, self._write_timeout = read_timeout, write_timeout
        self._connect_timeout, self._pool_timeout = connect_timeout, pool_timeout
        self._media_write_timeout = media_write_timeout
        self._proxy: URL | None = None
        self._proxy_headers: dict[str, str] | None = None
        if proxy:
            url = URL(proxy)
            if url.user is not None:
                pair = f"{url.user}:{url.password or ''}".encode()
                self._proxy_headers = {
                    "Proxy-Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
            self._proxy = url.with_user(None)
        self._headers = {"User-Agent": self.USER_AGENT}
        self._form_headers = {**self._headers, "Content-Type": FORM}
        # aiohttp sends `proxy_headers` only in the CONNECT of an https:// request: a plain
        # http:// request through the proxy carries the credentials itself.
        self._plain_headers, self._plain_form_headers = self._headers, self._form_headers
        if self._proxy_headers:
            self._plain_headers = {**self._headers, **self._proxy_headers}
            self._plain_form_headers = {**self._form_headers, **self._proxy_headers}
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}
        self._session: aiohttp.ClientSession | None = None
        # One slot per pooled connection: a request waits for a slot at most `pool_timeout`
        # (aiohttp's own wait for a connection has no timeout apart from connecting's).
        self._slots = asyncio.Semaphore(connection_pool_size)
        self._shut_down = False

    def __repr__(self) -> str:
        via = " via proxy" if self._proxy else ""
        return f"{type(self).__name__}[pool={self.connection_pool_size}{via}]"

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (seconds)."""
        return self._read_timeout

    def _new_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(limit=self.connection_pool_size, ssl=ssl_context())
        return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar(),
                                     trust_env=False, auto_decompress=True)

    async def initialize(self) -> None:
        """Open the connection pool (again, after a shutdown)."""
        if self._session is None or self._session.closed:
            self._session = self._new_session()
        self._shut_down = False

    async def shutdown(self) -> None:
        """Close the connection pool."""
        self._shut_down = True
        if self._session is not None and not self._session.closed:
            await self._session.close()

    def _timeout(self, read: float | None, write: float | None, connect: float | None,
                 pool: float | None) -> aiohttp.ClientTimeout:
        key = (read, write, connect, pool)
        timeout = self._timeouts.get(key)
        if timeout is None:
            timeout = aiohttp.ClientTimeout(
                total=_total(read, write, connect), connect=connect, sock_connect=connect,
                sock_read=read)
            if len(self._timeouts) < 64:
                self._timeouts[key] = timeout
        return timeout

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; return the status code and the body."""
        if self._shut_down or (self._session is not None and self._session.closed):
            raise RuntimeError(f"This {type(self).__name__} is not initialized!")
        if self._session is None:
            self._session = self._new_session()
        files = request_data.multipart_data if request_data and request_data.contains_files \
            else None
        default = BaseRequest.DEFAULT_NONE
        if read_timeout is default:
            read_timeout = self._read_timeout
        if write_timeout is default:
            write_timeout = self._media_write_timeout if files else self._write_timeout
        if connect_timeout is default:
            connect_timeout = self._connect_timeout
        if pool_timeout is default:
            pool_timeout = self._pool_timeout
        timeout = self._timeout(read_timeout, write_timeout, connect_timeout, pool_timeout)
        plain = url.startswith("http:")
        headers = self._plain_headers if plain else self._headers
        data: bytes | aiohttp.FormData | None = None
        if files:
            data = aiohttp.FormData(quote_fields=False)
            for name, value in request_data.json_parameters.items():  # type: ignore[union-attr]
                data.add_field(name, value)
            for name, (filename, content, mime) in files.items():
                data.add_field(name, content, filename=filename, content_type=mime)
        elif request_data is not None:
            data = urlencode(request_data.json_parameters).encode("ascii")
            headers = self._plain_form_headers if plain else self._form_headers
        slots = self._slots
        if slots.locked():  # every connection busy: wait at most the pool timeout for one
            try:
                async with asyncio.timeout(pool_timeout):
                    await slots.acquire()
            except TimeoutError:
                raise TimedOut(POOL_TIMEOUT) from None
        else:
            await slots.acquire()
        try:
            async with self._session.request(
                    method, url, data=data, headers=headers, timeout=timeout,
                    proxy=self._proxy, proxy_headers=self._proxy_headers,
                    allow_redirects=False) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # aiohttp's timeouts are TimeoutErrors too
            raise TimedOut(_timeout_message(error)) from None  # aiohttp's messages hold the URL
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {_hide_url(error, url)}"
                               ) from None
        finally:
            slots.release()


def _timeout_message(error: BaseException) -> str:
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        return "Timed out connecting to the server"
    return "Timed out"


def _hide_url(error: BaseException, url: str) -> str:
    """The error's message without the request URL, its path or anything token-shaped."""
    text = str(error)
    path = urlsplit(url).path
    for part in (url, str(URL(url)), path, URL(url).raw_path):
        if part:
            text = text.replace(part, HIDDEN_URL)
    return TOKEN_SHAPE.sub(HIDDEN, text)
