"""Helpers shared by the Telegram tests: settings, running the real bot, waiting for replies."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import io
import logging
import re
import socket
import threading
import time
import traceback
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tg_fake_api import Call, FakeBotApi
from tg_updates import ADMIN_ID, USER, private_chat, send_text

from bot.channels.telegram import network, runner
from bot.channels.telegram.logs import OUR_LOGGERS, QUIET_LOGGERS, configure_logging
from bot.channels.telegram.settings import TelegramSettings
from knowledge.loader import load_knowledge

TOKEN = "123456789:AAHtest-token_0123456789abcdefghijklmnop"


def make_settings(api: FakeBotApi, tmp_path: Path, **overrides: Any) -> TelegramSettings:
    """Settings pointing at the fake server, with a state file in tmp_path."""
    values: dict[str, Any] = {
        "token": TOKEN, "api_base_url": api.base_url, "state_file": tmp_path / "state.json",
        "admin_user_ids": frozenset({ADMIN_ID}), "log_level": "DEBUG",
    }
    values.update(overrides)
    return TelegramSettings(_env_file=None, **values)  # type: ignore[call-arg]


def real_engine(facts: Path | None = None) -> Any:
    """The real Engine over the given fact files (else the frozen copy), checked against the
    frozen seeds."""
    from bot.engine import Engine

    return Engine(load_knowledge(facts))


@dataclass
class BotRun:
    """A bot served in a thread of its own by `runner.serve` (PTB's run_polling/run_webhook,
    as `humasbot run` serves it); `stop()` shuts it down as SIGTERM would."""

    settings: TelegramSettings
    engine: Any
    app: Any
    thread: threading.Thread
    errors: list[BaseException]
    loop: asyncio.AbstractEventLoop | None = None

    async def stop(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self.thread.is_alive() and not self.app.running and time.monotonic() < deadline:
            await asyncio.sleep(0.01)  # still starting up
        if self.thread.is_alive() and self.loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop has closed meanwhile
                self.loop.call_soon_threadsafe(_stop_signal)
        while self.thread.is_alive():
            if time.monotonic() > deadline:
                raise AssertionError(f"the bot did not stop within {timeout} s")
            await asyncio.sleep(0.01)
        if self.errors:
            raise self.errors[0]


def _stop_signal() -> None:
    """What PTB's handler of a stop signal does, run inside the bot's event loop."""
    raise SystemExit


def start_bot(settings: TelegramSettings, engine: Any) -> BotRun:
    """Build the Application (runner.build_application) and serve it in a new thread."""
    app = runner.build_application(settings, engine)
    run = BotRun(settings, engine, app, threading.Thread(), [])
    post_init = app.post_init

    async def noting_the_loop(application: Any) -> None:
        run.loop = asyncio.get_running_loop()
        await post_init(application)

    app.post_init = noting_the_loop

    def serve() -> None:
        try:
            runner.serve(app, settings, stop_signals=None)
        except BaseException as error:  # handed to the test by stop()
            run.errors.append(error)

    run.thread = threading.Thread(target=serve, name="humasbot-test", daemon=True)
    run.thread.start()
    return run


@asynccontextmanager
async def running_bot(api: FakeBotApi, settings: TelegramSettings, engine: Any
                      ) -> AsyncIterator[BotRun]:
    """Serve the bot until the block ends; fail fast if it can't start."""
    run = start_bot(settings, engine)
    try:
        while not api.recorded("setMyCommands") and run.thread.is_alive():
            await asyncio.sleep(0.01)
        if not run.thread.is_alive():
            raise run.errors[0] if run.errors else AssertionError("the bot stopped at once")
        yield run
    finally:
        await run.stop()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def sends_to(api: FakeBotApi, chat_id: int) -> list[Call]:
    """Successful sendMessage calls to one chat, in order."""
    return api.recorded("sendMessage", where=lambda c: c.result["chat"]["id"] == chat_id)


async def replies(api: FakeBotApi, chat_id: int, before: int, count: int = 1,
                  timeout: float = 5.0) -> list[Call]:
    """Wait until `count` more messages than `before` were sent to the chat; return the new."""
    await api.wait_for("sendMessage", lambda c: c.result["chat"]["id"] == chat_id,
                       count=before + count, timeout=timeout)
    return sends_to(api, chat_id)[before:]


async def ask(api: FakeBotApi, text: str, user: dict = USER, chat: dict | None = None,
              count: int = 1, **kwargs: Any) -> list[Call]:
    """Send `text` as `user` and return the bot's `count` replies in that chat."""
    chat = chat or private_chat(user)
    before = len(sends_to(api, chat["id"]))
    send_text(api, text, user=user, chat=chat, **kwargs)
    return await replies(api, chat["id"], before, count)


async def assert_silent_since(api: FakeBotApi, chat: dict, before: int,
                              user: dict = USER) -> None:
    """Prove nothing was sent to `chat` for the updates pushed since `before` sends: push a
    command the bot always answers and check that its answer is the only new message."""
    send_text(api, f"/tentang@{api.bot_user['username']}", user=user, chat=chat)
    new = await replies(api, chat["id"], before)
    assert len(new) == 1, [call.text for call in new]
    assert "Tentang humasbot" in (new[0].text or "")


# --- faults, load and logs -----------------------------------------------------------------

# Short timeouts and pauses, so a fault costs a fraction of a second (PTB's polling loop still
# pauses 1 s after a failed getUpdates other than a timeout).
QUICK = {"read_timeout": 0.5, "poll_timeout": 1.0, "get_updates_read_timeout": 0.5,
         "retry_pauses": (0.05, 0.1, 0.2)}
ANSWER = re.compile(r"Jawaban: (\S+)")


async def eventually(check: Callable[[], object], timeout: float = 5.0) -> None:
    """Poll `check` until it is true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {check}")
        await asyncio.sleep(0.01)


def tune(monkeypatch: pytest.MonkeyPatch, **changes: Any) -> network.NetworkTuning:
    """Replace network.TUNING for one test (read when the bot is built and started)."""
    tuning = dataclasses.replace(network.TUNING, **changes)
    monkeypatch.setattr(network, "TUNING", tuning)
    return tuning


def capture_application(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The Applications the tests' bots are built as (to inspect their state and reprs)."""
    built: list[Any] = []
    build = runner.build_application

    def capturing(*args: Any, **kwargs: Any) -> Any:
        built.append(build(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(runner, "build_application", capturing)
    return built


def answers(api: FakeBotApi) -> dict[str, list[Call]]:
    """Successful sends of the StubEngine's answers ("Jawaban: <question>"), by question."""
    found: dict[str, list[Call]] = {}
    for call in api.recorded("sendMessage"):
        if match := ANSWER.match(call.text or ""):
            found.setdefault(match[1], []).append(call)
    return found


def delivered_ids(api: FakeBotApi) -> list[int]:
    """update_ids in successful getUpdates answers, in delivery order."""
    return [update["update_id"] for call in api.recorded("getUpdates")
            for update in call.result]


def assert_delivered_once(api: FakeBotApi, update_ids: Iterable[int]) -> None:
    """No update lost, skipped or delivered twice: each id came in exactly one successful
    getUpdates answer, and no getUpdates confirmed (offset past) an id not yet delivered."""
    wanted = set(update_ids)
    delivered = delivered_ids(api)
    assert len(delivered) == len(set(delivered)), "an update was delivered twice"
    assert wanted <= set(delivered), f"never delivered: {sorted(wanted - set(delivered))}"
    seen: set[int] = set()
    for call in api.recorded("getUpdates", ok=None):
        offset = int(call.params.get("offset") or 0)
        skipped = {u for u in wanted if u < offset} - seen
        assert not skipped, f"offset {offset} confirmed undelivered updates {sorted(skipped)}"
        if call.ok:
            seen.update(update["update_id"] for update in call.result)


@dataclass
class LogCapture:
    """Every record humasbot's loggers let through (before any filter), and what its own
    redacting handler wrote."""

    records: list[logging.LogRecord]
    written: io.StringIO

    def texts(self) -> list[str]:
        """Each raw record formatted with its traceback, as an unfiltered handler would."""
        formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
        return [formatter.format(logging.makeLogRecord(record.__dict__))
                for record in self.records]


class _Keep(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.DEBUG)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(logging.makeLogRecord(record.__dict__))  # a copy, before filtering


@contextmanager
def humasbot_logging(secrets: Iterable[str]) -> Iterator[LogCapture]:
    """humasbot's logging as `humasbot run` sets it up at DEBUG, undone afterwards."""
    names = (*OUR_LOGGERS, *QUIET_LOGGERS)
    levels = {name: logging.getLogger(name).level for name in names}
    root = logging.getLogger()
    root_level = root.level
    root.setLevel(logging.DEBUG)
    handler = configure_logging("DEBUG", list(secrets))
    capture = LogCapture([], io.StringIO())
    handler.setStream(capture.written)  # type: ignore[attr-defined]
    keep = _Keep(capture.records)
    root.handlers.insert(0, keep)
    try:
        yield capture
    finally:
        root.removeHandler(keep)
        root.removeHandler(handler)
        root.setLevel(root_level)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


async def wait_for_port(port: int, timeout: float = 5.0) -> None:
    """Wait until something listens on 127.0.0.1:`port`."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.02)


def exception_texts(error: BaseException) -> list[str]:
    """str, repr and the full formatted traceback (causes and contexts) of an error."""
    texts = ["".join(traceback.format_exception(error))]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current)]
        current = current.__cause__ or current.__context__
    return texts
