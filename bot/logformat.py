"""Log line formats: plain text, or one JSON object per line (HUMASBOT_LOG_FORMAT=json).

A record may carry structured fields (`extra={"fields": {...}}`): the JSON format writes them
as keys of their own, beside time, level, logger and message; the text format leaves them out
(the message says the same in words).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import Any

LOG_FORMATS = ("text", "json")


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line: time (UTC, ISO 8601), level, logger,
    message, the record's `fields`, and the traceback as `exception` if there is one."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC)
                      .isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            data.update({key: value for key, value in fields.items() if key not in data})
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            data["exception"] = record.exc_text
        if record.stack_info:
            data["stack"] = self.formatStack(record.stack_info)
        # ensure_ascii: every control, format or line-separator character becomes an escape,
        # so a line stays one line whatever the text in it
        return json.dumps(data, ensure_ascii=True, default=str)


def formatter(log_format: str, text_format: str) -> logging.Formatter:
    """The formatter of HUMASBOT_LOG_FORMAT ("json", else the plain `text_format`)."""
    return JsonFormatter() if log_format == "json" else logging.Formatter(text_format)


def install_formatter(logger: logging.Logger, log_format: str, text_format: str
                      ) -> logging.Handler:
    """A handler on standard error with the chosen format, added to `logger`."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter(log_format, text_format))
    logger.addHandler(handler)
    return handler
