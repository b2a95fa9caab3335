"""What every handler shares, typed: `context.bot_data` is a `BotData` (see ContextTypes)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.channels.telegram.buttons import QuestionButtons
from bot.channels.telegram.records import QuestionStats

if TYPE_CHECKING:
    from bot.channels.telegram.health import Health, MonitoringServer
    from bot.channels.telegram.metrics import Metrics
    from bot.channels.telegram.settings import TelegramSettings
    from bot.channels.telegram.state import Persistence
    from bot.engine import Engine
    from bot.unanswered import UnansweredLog


@dataclass(eq=False)
class BotData:
    """The engine, the settings, the question buttons and the state file, the answers
    counted by status, the unanswered file (None: off), the metrics and the health check. PTB
    creates it without arguments; build_application fills it in before anything runs."""

    engine: Engine = field(init=False, repr=False)
    settings: TelegramSettings = field(init=False, repr=False)
    buttons: QuestionButtons = field(default_factory=QuestionButtons)
    state: Persistence = field(init=False, repr=False)
    reloads: set[asyncio.Future[Any]] = field(default_factory=set, repr=False)  # in progress
    stats: QuestionStats = field(default_factory=QuestionStats, repr=False)
    unanswered: UnansweredLog | None = field(default=None, repr=False)
    knowledge_loaded_at: float = field(default_factory=time.time)  # epoch seconds
    metrics: Metrics = field(init=False, repr=False)  # see metrics.py
    health: Health = field(init=False, repr=False)  # see health.py
    monitoring: MonitoringServer | None = field(default=None, repr=False)  # /metrics, /healthz


Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]
CONTEXT_TYPES = ContextTypes(bot_data=BotData)
