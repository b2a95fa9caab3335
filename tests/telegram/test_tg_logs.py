"""The token never reaches the logs, even with humasbot's own loggers at DEBUG."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from tg_fake_api import ApiError, FakeBotApi, bad
from tg_support import TOKEN, ask, make_settings, real_engine, running_bot
from tg_updates import inline_query, tap_button

from bot.channels.telegram.logs import (
    OUR_LOGGERS,
    QUIET_LOGGERS,
    RedactingFilter,
    configure_logging,
)

SECRET_PART = TOKEN.split(":", 1)[1]


class RawRecords(logging.Handler):
    """Keeps every record as emitted, before any other handler (or filter) sees it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.texts: list[str] = []
        self.written = io.StringIO()  # what humasbot's own (redacting) handler wrote

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.texts.append(logging.Formatter("%(name)s %(message)s").format(record))


@pytest.fixture
def debug_logging(caplog: pytest.LogCaptureFixture) -> Iterator[RawRecords]:
    """humasbot's logging at DEBUG (as HUMASBOT_LOG_LEVEL=DEBUG), undone afterwards; yields
    the raw records, captured ahead of the redacting handler."""
    names = (*OUR_LOGGERS, *QUIET_LOGGERS)
    levels = {name: logging.getLogger(name).level for name in names}
    root = logging.getLogger()
    root_level = root.level
    root.setLevel(logging.DEBUG)
    handler = configure_logging("DEBUG", [TOKEN])
    raw = RawRecords()
    handler.setStream(raw.written)  # type: ignore[attr-defined]
    root.handlers.insert(0, raw)
    yield raw
    root.removeHandler(raw)
    root.removeHandler(handler)
    root.setLevel(root_level)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


async def test_token_never_appears_in_logs(api: FakeBotApi, tmp_path: Path,
                                           debug_logging: RawRecords) -> None:
    settings = make_settings(api, tmp_path, state_save_seconds=0.05)
    async with running_bot(api, settings, real_engine()):
        [start] = await ask(api, "/start")
        await ask(api, "siapa juara TOP GPR 2021?")
        tap_button(api, start.result, "q:Kapan AMH 2023 diumumkan?")
        inline_query(api, "kalau juara 3")
        await api.wait_for("answerInlineQuery")
        api.fail_next("sendMessage", bad("simulated refusal"))
        await ask(api, "kalau juara 3?")  # fails, is logged with a traceback, and apologised
        api.fail_next("getUpdates", ApiError(502, "Bad Gateway"))
        await ask(api, "halo")
        await api.wait_for("getUpdates", ok=False)
    raw = "\n".join(debug_logging.texts)
    assert any(r.levelno == logging.DEBUG and r.name.startswith("bot.")
               for r in debug_logging.records)
    assert "Traceback" in raw and "error while handling it" in raw
    assert SECRET_PART not in raw  # not even before redaction: nothing logs it
    written = debug_logging.written.getvalue()
    assert "humasbot is running as @humasbot_test_bot" in written
    assert SECRET_PART not in written


def test_redacting_filter_hides_secrets_in_messages_and_tracebacks() -> None:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "calling %s", (f"/bot{TOKEN}",),
                               None)
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
    except RuntimeError as error:
        record.exc_info = (type(error), error, error.__traceback__)
    RedactingFilter([TOKEN]).filter(record)
    formatted = logging.Formatter().format(record)
    assert SECRET_PART not in formatted
    assert "calling /bot<hidden>" in formatted and "The token `<hidden>`" in formatted


def test_libraries_that_log_urls_are_pinned_at_warning(debug_logging: RawRecords) -> None:
    for name in ("httpx", "httpcore", "telegram", "telegram.ext.Updater"):
        assert not logging.getLogger(name).isEnabledFor(logging.INFO)
    assert logging.getLogger("bot.channels.telegram").isEnabledFor(logging.DEBUG)
