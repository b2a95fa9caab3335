"""`humasbot run`: settings → knowledge → engine → Application, served until SIGINT/SIGTERM.

PTB's `run_polling` / `run_webhook` own the lifecycle: initialise, `post_init` (restore the
state file, register the commands, start saving periodically), receive updates until a stop
signal, let the running handlers finish, shut down, `post_shutdown` (save the state one last
time). See application.py for the hooks.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import secrets
import signal
import sys
from collections.abc import Sequence
from urllib.parse import urlsplit

from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError

from bot.channels.telegram import network
from bot.channels.telegram.application import (
    ALLOWED_UPDATES,
    HumasApplication,
    build_application,
)
from bot.channels.telegram.health import MonitoringError
from bot.channels.telegram.logs import configure_logging
from bot.channels.telegram.settings import Mode, SettingsError, TelegramSettings, load_settings
from bot.engine import Engine
from knowledge.errors import KnowledgeError
from knowledge.loader import load_knowledge

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
BOOTSTRAP_RETRIES = 3  # start-up calls (getMe, deleteWebhook/setWebhook) tried again


def run_telegram(args: argparse.Namespace) -> int:
    """Run the bot until stopped; the exit code says how it ended (2: bad settings, token or
    webhook address; 1: invalid facts, Bot API unreachable or metrics port taken)."""
    try:
        settings = load_settings(args.env_file, args.facts, args.seeds)
    except SettingsError as error:
        print(f"humasbot run: {error}", file=sys.stderr)
        return EXIT_USAGE
    hidden = [settings.token.get_secret_value()]
    if settings.webhook_secret:
        hidden.append(settings.webhook_secret.get_secret_value())
    configure_logging(settings.log_level, hidden, settings.log_format)
    try:
        kb = load_knowledge(settings.facts_dir, settings.seeds_dir)
    except KnowledgeError as error:
        print(error, file=sys.stderr)
        return EXIT_ERROR
    try:
        serve(build_application(settings, Engine(kb)), settings)
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
    except MonitoringError as error:
        print(f"humasbot run: {error}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def api_host(settings: TelegramSettings) -> str:
    """scheme://host[:port] of the Bot API address (never its path, which may hold the token)."""
    parts = urlsplit(settings.api_base_url)
    return f"{parts.scheme}://{parts.netloc}"


def serve(app: HumasApplication, settings: TelegramSettings,
          stop_signals: Sequence[int] | None = STOP_SIGNALS) -> None:
    """Run the bot in this thread until one of `stop_signals` arrives (or `app.stop_running()`
    is called), then shut down cleanly: long polling, or the webhook server with a secret."""
    asyncio.set_event_loop(asyncio.new_event_loop())  # PTB runs in it, then closes it
    try:
        _run(app, settings, stop_signals)
    finally:
        asyncio.set_event_loop(None)


def _run(app: HumasApplication, settings: TelegramSettings,
         stop_signals: Sequence[int] | None) -> None:
    allowed_updates = list(ALLOWED_UPDATES)
    if settings.mode is Mode.POLLING:
        app.run_polling(timeout=dt.timedelta(seconds=network.TUNING.poll_timeout),
                        allowed_updates=allowed_updates, bootstrap_retries=BOOTSTRAP_RETRIES,
                        stop_signals=stop_signals)
        return
    if settings.webhook_secret:
        secret = settings.webhook_secret.get_secret_value()
    else:
        secret = secrets.token_urlsafe(32)
        log.info("HUMASBOT_WEBHOOK_SECRET not set: using a random secret for this run")
    app.run_webhook(listen=settings.webhook_listen, port=settings.webhook_port,
                    url_path=settings.webhook_path, webhook_url=settings.webhook_url,
                    secret_token=secret, allowed_updates=allowed_updates,
                    bootstrap_retries=BOOTSTRAP_RETRIES, stop_signals=stop_signals)
