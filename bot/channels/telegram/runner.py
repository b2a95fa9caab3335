"""`humasbot run`: settings → knowledge → engine → Application, served until SIGINT/SIGTERM.

`serve()` runs the whole lifecycle inside an event loop (tests drive it directly with their own
stop event): restore the state file, initialise, start polling or the webhook server, save the
state periodically, and on stop shut everything down and save the state one last time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import logging
import secrets
import signal
import sys
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar
from urllib.parse import urlsplit

from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot.channels.telegram import network
from bot.channels.telegram.application import ALLOWED_UPDATES, build_application
from bot.channels.telegram.buttons import QuestionButtons
from bot.channels.telegram.logs import configure_logging
from bot.channels.telegram.settings import Mode, SettingsError, TelegramSettings, load_settings
from bot.channels.telegram.state import StateFile
from bot.engine import Engine
from knowledge.errors import KnowledgeError
from knowledge.loader import load_knowledge

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
BOOTSTRAP_RETRIES = 3
T = TypeVar("T")


def run_telegram(args: argparse.Namespace) -> int:
    """Run the bot until stopped; the exit code says how it ended (2: bad settings, token or
    webhook address; 1: invalid facts or Bot API unreachable)."""
    try:
        settings = load_settings(args.env_file, args.facts)
    except SettingsError as error:
        print(f"humasbot run: {error}", file=sys.stderr)
        return EXIT_USAGE
    hidden = [settings.token.get_secret_value()]
    if settings.webhook_secret:
        hidden.append(settings.webhook_secret.get_secret_value())
    configure_logging(settings.log_level, hidden)
    try:
        kb = load_knowledge(settings.facts_dir)
    except KnowledgeError as error:
        print(error, file=sys.stderr)
        return EXIT_ERROR
    try:
        run_in_event_loop(serve(settings, Engine(kb)))
    except InvalidToken:  # its message contains the token: never print it
        print("humasbot run: Telegram rejected TELEGRAM_BOT_TOKEN (mistyped or revoked?); "
              "copy the current token from @BotFather into .env", file=sys.stderr)
        return EXIT_USAGE
    except BadRequest as error:  # e.g. a webhook URL Telegram won't accept
        print(f"humasbot run: Telegram refused to start the bot: {error}", file=sys.stderr)
        return EXIT_USAGE
    except NetworkError as error:
        print(f"humasbot run: cannot reach the Telegram Bot API at {api_host(settings)} "
              f"({type(error).__name__}); check the network or TELEGRAM_API_BASE_URL",
              file=sys.stderr)
        return EXIT_ERROR
    except TelegramError as error:
        print(f"humasbot run: Telegram refused to start the bot ({type(error).__name__})",
              file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def event_loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop where uvloop is installed (everywhere but Windows), else None:
    asyncio's own."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def run_in_event_loop(main: Coroutine[Any, Any, T]) -> T:
    """Run `main` to completion in a new event loop (uvloop's if available), as asyncio.run."""
    with asyncio.Runner(loop_factory=event_loop_factory()) as runner:
        return runner.run(main)


def api_host(settings: TelegramSettings) -> str:
    """scheme://host[:port] of the Bot API address (never its path, which may hold the token)."""
    parts = urlsplit(settings.api_base_url)
    return f"{parts.scheme}://{parts.netloc}"


class Persistence:
    """Conversation context and button table ⇄ the state file."""

    def __init__(self, settings: TelegramSettings, engine: Engine,
                 buttons: QuestionButtons) -> None:
        self.file = StateFile(settings.state_file)
        self.engine, self.buttons = engine, buttons
        self.interval = settings.state_save_seconds

    def restore(self) -> None:
        """Load the state file into the engine's context and the button table."""
        data = self.file.load()
        context = data.get("context")
        if isinstance(context, dict):
            self.engine.context.restore(context)
        self.buttons.restore(data.get("buttons"))

    def save(self) -> None:
        """Write the state file if anything changed; failures are logged, never fatal."""
        try:
            data = {"context": self.engine.context.snapshot(), "buttons": self.buttons.snapshot()}
            if self.file.save(data):
                log.debug("state saved to %s", self.file.path)
        except (OSError, TypeError, ValueError) as error:
            log.warning("could not save the state file %s: %s", self.file.path, error)

    async def save_periodically(self) -> None:
        """Save every `interval` seconds until cancelled."""
        while True:
            await asyncio.sleep(self.interval)
            self.save()


async def serve(settings: TelegramSettings, engine: Engine, stop: asyncio.Event | None = None,
                *, handle_signals: bool = True) -> None:
    """Run the bot until `stop` is set (or SIGINT/SIGTERM arrives), then shut down cleanly."""
    stop = stop or asyncio.Event()
    buttons = QuestionButtons()
    persistence = Persistence(settings, engine, buttons)
    persistence.restore()
    app = build_application(settings, engine, buttons)
    if handle_signals:
        stop_on_signals(stop)
    saver: asyncio.Task[None] | None = None
    try:
        await app.initialize()
        if app.post_init:
            await app.post_init(app)
        await start_updates(app, settings)
        await app.start()
        log.info("humasbot is running as @%s (%s)", app.bot.username, settings.mode)
        saver = asyncio.create_task(persistence.save_periodically())
        await stop.wait()
        log.info("stopping: finishing the updates in progress")
    finally:
        if saver:
            saver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await saver
        await shut_down(app)
        persistence.save()
        if handle_signals:
            restore_signals()
    log.info("stopped")


def stop_on_signals(stop: asyncio.Event) -> None:
    """SIGINT/SIGTERM set `stop`; a second signal then acts as usual (stops at once)."""
    loop = asyncio.get_running_loop()

    def requested() -> None:
        log.info("stop signal received")
        stop.set()
        restore_signals()

    with contextlib.suppress(NotImplementedError):  # e.g. Windows event loops
        for sig in STOP_SIGNALS:
            loop.add_signal_handler(sig, requested)


def restore_signals() -> None:
    """Give SIGINT/SIGTERM back their default behaviour."""
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError):
        for sig in STOP_SIGNALS:
            loop.remove_signal_handler(sig)


async def start_updates(app: Application, settings: TelegramSettings) -> None:
    """Start receiving updates: long polling, or PTB's webhook server with a secret token."""
    assert app.updater is not None
    if settings.mode is Mode.POLLING:
        await app.updater.start_polling(
            timeout=dt.timedelta(seconds=network.TUNING.poll_timeout),
            allowed_updates=list(ALLOWED_UPDATES), bootstrap_retries=BOOTSTRAP_RETRIES,
            error_callback=polling_error)
        return
    if settings.webhook_secret:
        secret = settings.webhook_secret.get_secret_value()
    else:
        secret = secrets.token_urlsafe(32)
        log.info("HUMASBOT_WEBHOOK_SECRET not set: using a random secret for this run")
    await app.updater.start_webhook(
        listen=settings.webhook_listen, port=settings.webhook_port,
        url_path=settings.webhook_path, webhook_url=settings.webhook_url,
        secret_token=secret, allowed_updates=list(ALLOWED_UPDATES),
        bootstrap_retries=BOOTSTRAP_RETRIES)


def polling_error(error: TelegramError) -> None:
    """Polling failed (PTB retries by itself): one line, no traceback, no URL."""
    log.warning("getting updates failed (%s); retrying", type(error).__name__)


async def shut_down(app: Application) -> None:
    """Stop receiving, let running handlers finish, close connections."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    with contextlib.suppress(RuntimeError):
        await app.shutdown()
