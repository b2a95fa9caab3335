"""`build_application(settings, engine)`: the one place the Telegram bot is wired together,
lifecycle hooks included (PTB's run_polling/run_webhook call them: see runner.py)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode, UpdateType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.channels.telegram import handlers as h
from bot.channels.telegram import network
from bot.channels.telegram.botdata import CONTEXT_TYPES, BotData
from bot.channels.telegram.buttons import QuestionButtons
from bot.channels.telegram.chatlocks import ChatOrderedUpdateProcessor
from bot.channels.telegram.health import Health, MonitoringServer
from bot.channels.telegram.metrics import MeteredRequest, Metrics
from bot.channels.telegram.settings import TelegramSettings
from bot.channels.telegram.state import Persistence
from bot.channels.telegram.statistik import statistik
from bot.channels.telegram.texts import COMMANDS
from bot.channels.telegram.webhook import WebhookUpdater
from bot.unanswered import UnansweredLog

if TYPE_CHECKING:
    from bot.engine import Engine

log = logging.getLogger(__name__)

# Telegram only sends what we ask for; edits are not requested (and filtered out anyway).
ALLOWED_UPDATES = (UpdateType.MESSAGE, UpdateType.CALLBACK_QUERY, UpdateType.INLINE_QUERY)
CONCURRENT_UPDATES = 32
# Keep-alive connections for the Bot API (PTB's HTTPXRequest); Telegram accepts only about
# 30 messages a second to all chats anyway.
CONNECTION_POOL_SIZE = 8

NEW = filters.UpdateType.MESSAGE  # new messages only: an edited message is not answered again
PRIVATE = filters.ChatType.PRIVATE
GROUPS = filters.ChatType.GROUPS


# What the hooks and add_handlers are given: PTB types them for any Application, whose
# bot_data here is always a BotData (CONTEXT_TYPES).
AnyApplication = Application[Any, Any, Any, Any, BotData, Any]


class HumasApplication(Application[Any, Any, Any, Any, BotData, Any]):
    """PTB's Application; stopping it abandons a /reload still loading (its daemon thread
    finishes or dies with the process), so a slow or stuck load never holds up a shutdown."""

    async def stop(self) -> None:
        for loading in list(self.bot_data.reloads):
            loading.cancel()
        await super().stop()


def build_application(settings: TelegramSettings, engine: Engine,
                      buttons: QuestionButtons | None = None) -> HumasApplication:
    """The Application: HTML defaults, rate limiter and retries, timeouts, concurrency,
    typed bot_data, handlers, error handler and lifecycle hooks."""
    metrics = Metrics()
    health = Health(settings.mode, engine)
    bot = make_bot(settings, metrics, health)
    app = (
        Application.builder()
        .updater(WebhookUpdater(bot=bot, update_queue=asyncio.Queue(),
                                on_request=webhook_observer(metrics, health)))
        .application_class(HumasApplication)
        .context_types(CONTEXT_TYPES)
        .concurrent_updates(ChatOrderedUpdateProcessor(CONCURRENT_UPDATES))
        .post_init(on_start)
        .post_shutdown(on_shutdown)
        .build()
    )
    assert isinstance(app, HumasApplication)  # .application_class above
    data: BotData = app.bot_data
    data.engine, data.settings = engine, settings
    if buttons is not None:
        data.buttons = buttons
    data.unanswered = UnansweredLog.from_settings(settings)
    data.state = Persistence(settings.state_file, engine, data.buttons,
                             settings.state_save_seconds, data.stats)
    data.metrics, data.health = metrics, health
    health.running = lambda: app.running
    metrics.serve(engine)
    add_handlers(app)
    return app


def webhook_observer(metrics: Metrics, health: Health) -> Callable[[bool, str], None]:
    """What the webhook server calls after each request carrying the secret: the health
    check hears of it, and a failure counts in the metrics."""

    def observe(ok: bool, kind: str) -> None:
        health.received(ok, kind)
        if not ok:
            metrics.telegram_error(kind)

    return observe


def make_bot(settings: TelegramSettings, metrics: Metrics | None = None,
             health: Health | None = None) -> network.HumasBot:
    """The bot object: API address, defaults, timeouts, flood limits and retries (see
    network.py); its repr never shows the token. Failed calls count in `metrics`, and how
    each getUpdates went is told to `health`."""
    metrics = metrics or Metrics()
    tuning = network.TUNING
    defaults = Defaults(
        parse_mode=ParseMode.HTML, allow_sending_without_reply=True,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    return network.HumasBot(
        token=settings.token.get_secret_value(),
        base_url=settings.api_base_url,
        base_file_url=settings.base_file_url,
        defaults=defaults,
        request=MeteredRequest(connection_pool_size=CONNECTION_POOL_SIZE,
                               read_timeout=tuning.read_timeout, metrics=metrics),
        get_updates_request=MeteredRequest(
            connection_pool_size=1, read_timeout=tuning.get_updates_read_timeout,
            metrics=metrics, received=health.received if health else None),
        rate_limiter=network.RetryingRateLimiter(tuning),
    )


def add_handlers(app: AnyApplication) -> None:
    """Commands, private and group messages, buttons, inline mode, and the error handler."""
    commands = [
        (["start"], h.start), (["help", "bantuan"], h.help_command),
        (["penghargaan"], h.awards), (["sumber"], h.sources), (["tentang"], h.about),
        (["reload"], h.reload_facts), (["statistik"], statistik),
    ]
    for names, callback in commands:
        app.add_handler(CommandHandler(names, callback, filters=NEW))
    app.add_handler(MessageHandler(NEW & PRIVATE & filters.TEXT & ~filters.COMMAND,
                                   h.private_text))
    app.add_handler(MessageHandler(NEW & GROUPS & filters.TEXT & ~filters.COMMAND
                                   & h.ADDRESSED_TO_BOT, h.group_text))
    app.add_handler(MessageHandler(NEW & PRIVATE & filters.COMMAND, h.unknown_command))
    app.add_handler(MessageHandler(NEW & PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL,
                                   h.non_text))
    app.add_handler(CallbackQueryHandler(h.question_button))
    app.add_handler(InlineQueryHandler(h.inline_query))
    app.add_error_handler(h.on_error)


async def on_start(app: AnyApplication) -> None:
    """post_init: restore the state file, register the command menu, save periodically."""
    data: BotData = app.bot_data
    data.state.restore()
    await register_commands(app)
    data.state.start()
    data.health.started()
    await start_monitoring(app)
    log.info("humasbot is running as @%s (%s)", app.bot.username, data.settings.mode)
    if data.unanswered is not None:
        log.info("unanswered questions are kept in %s", data.unanswered.path)


async def on_shutdown(app: AnyApplication) -> None:
    """post_shutdown (the updates in progress are finished): stop the periodic saving and
    save the state one last time; stop serving /metrics and /healthz."""
    if app.bot_data.monitoring is not None:
        await app.bot_data.monitoring.stop()
    await app.bot_data.state.stop()
    await app.bot_data.state.save()
    if app.bot_data.unanswered is not None:
        app.bot_data.unanswered.close()
    log.info("stopped")


async def start_monitoring(app: AnyApplication) -> None:
    """Serve /metrics and /healthz if HUMASBOT_METRICS_PORT is set (health.py)."""
    data: BotData = app.bot_data
    settings = data.settings
    if settings.metrics_port is None:
        return
    server = MonitoringServer(data.metrics, data.health, settings.metrics_listen,
                              settings.metrics_port)
    server.start()
    data.monitoring = server


async def register_commands(app: AnyApplication) -> None:
    """Register the command menu with setMyCommands (a failure is logged, not fatal)."""
    try:
        await app.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
    except TelegramError as error:
        log.warning("could not register the command menu: %s", type(error).__name__)
