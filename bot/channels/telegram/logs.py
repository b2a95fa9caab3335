"""Logging for the Telegram bot: our loggers at the chosen level, chatty libraries at WARNING,
and a filter that blanks secrets out of everything the handler writes.

httpx logs every request URL at INFO and the Bot API URL contains the token; python-telegram-bot
logs its base URL at DEBUG. Those loggers are pinned at WARNING whatever the chosen level.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

OUR_LOGGERS = ("bot", "knowledge")
QUIET_LOGGERS = ("httpx", "httpcore", "telegram", "tornado", "hpack", "aiolimiter", "asyncio")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HIDDEN = "<hidden>"


class RedactingFilter(logging.Filter):
    """Replaces every secret in a record (message, arguments and traceback) by <hidden>."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = self.redact(record.getMessage())
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        record.exc_info = None
        record.msg, record.args = message, None
        return True

    def redact(self, text: str) -> str:
        """`text` with every secret replaced."""
        for secret in self.secrets:
            text = text.replace(secret, HIDDEN)
        return text


def configure_logging(level: str = "INFO", secrets: Iterable[str] = ()) -> logging.Handler:
    """Log to stderr at `level` for humasbot, WARNING for libraries; secrets never written."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "humasbot", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.humasbot = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter(secrets))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(level)
    quiet_libraries()
    return handler


def quiet_libraries() -> None:
    """Pin the loggers that could write request URLs (and so the token) at WARNING."""
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
