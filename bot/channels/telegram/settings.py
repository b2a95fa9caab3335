"""Settings of the Telegram bot: the common settings (bot/settings.py) plus what only
`humasbot run` needs, read from the environment and a `.env` file (pydantic-settings).

The token is a SecretStr and validation errors never include input values, so no message
built from these settings can leak it.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, ClassVar
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import NoDecode

from bot.settings import DEFAULT_STATE_FILE, ENV_FILE, Settings, read_settings
from bot.settings import SettingsError as SettingsError

TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


class Mode(StrEnum):
    """How the bot receives updates."""

    POLLING = "polling"
    WEBHOOK = "webhook"


class TelegramSettings(Settings):
    """Everything `humasbot run` needs: the common settings and the bot's own; each field
    is one environment variable."""

    missing_hints: ClassVar[dict[str, str]] = {
        "TELEGRAM_BOT_TOKEN": "create a bot with @BotFather and put its token in .env"}

    token: SecretStr = Field(alias="TELEGRAM_BOT_TOKEN")
    api_base_url: str = Field(DEFAULT_API_BASE_URL, alias="TELEGRAM_API_BASE_URL")
    mode: Mode = Field(Mode.POLLING, alias="HUMASBOT_MODE")
    webhook_url: str | None = Field(None, alias="HUMASBOT_WEBHOOK_URL")
    webhook_listen: str = Field("127.0.0.1", alias="HUMASBOT_WEBHOOK_LISTEN")
    webhook_port: int = Field(8443, ge=1, le=65535, alias="HUMASBOT_WEBHOOK_PORT")
    webhook_secret: SecretStr | None = Field(None, alias="HUMASBOT_WEBHOOK_SECRET")
    admin_user_ids: Annotated[frozenset[int], NoDecode] = Field(
        frozenset(), alias="ADMIN_USER_IDS")
    state_file: Path | None = Field(DEFAULT_STATE_FILE, alias="HUMASBOT_STATE_FILE")
    state_save_seconds: float = Field(60.0, gt=0, alias="HUMASBOT_STATE_SAVE_SECONDS")
    metrics_port: int | None = Field(None, ge=1, le=65535, alias="HUMASBOT_METRICS_PORT")
    metrics_listen: str = Field("127.0.0.1", alias="HUMASBOT_METRICS_LISTEN")

    @field_validator("token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        if not TOKEN_PATTERN.fullmatch(value.get_secret_value().strip()):
            raise ValueError(
                "does not look like a bot token (expected digits, a colon and at least 30 "
                "letters, digits, '_' or '-', as @BotFather gives it)")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("api_base_url", "webhook_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and urlsplit(value).scheme not in ("http", "https"):
            raise ValueError("must be an http:// or https:// address")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not SECRET_PATTERN.fullmatch(value.get_secret_value()):
            raise ValueError("must be 1-256 characters: letters, digits, '_' or '-'")
        return value

    @field_validator("admin_user_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [part.strip() for part in value.strip("[] ").replace(";", ",").split(",")]
            if not all(part.lstrip("-").isdigit() for part in parts if part):
                raise ValueError("must be Telegram user ids (numbers) separated by commas")
            return frozenset(int(part) for part in parts if part)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @model_validator(mode="after")
    def _webhook_complete(self) -> TelegramSettings:
        if self.mode is Mode.WEBHOOK and not self.webhook_url:
            raise ValueError("HUMASBOT_WEBHOOK_URL is required when HUMASBOT_MODE=webhook")
        return self

    def unanswered_folder(self) -> Path:
        """The unanswered file goes beside the state file by default."""
        return (self.state_file or DEFAULT_STATE_FILE).parent

    @property
    def base_file_url(self) -> str:
        """The file-download address matching `api_base_url` (…/bot → …/file/bot)."""
        base = self.api_base_url
        for marker in ("/bot{token}", "/bot"):
            if marker in base:
                head, _, tail = base.rpartition(marker)
                return f"{head}/file{marker}{tail}"
        return base.rstrip("/") + "/file/bot"

    @property
    def webhook_path(self) -> str:
        """The path the webhook server listens on: the path of HUMASBOT_WEBHOOK_URL."""
        return urlsplit(self.webhook_url or "").path.strip("/")


def load_settings(env_file: str | Path | None = ENV_FILE, facts: str | None = None,
                  seeds: str | None = None) -> TelegramSettings:
    """Read the settings (environment first, then `env_file`; `facts` and `seeds` from the
    command line win); raise SettingsError naming every invalid or missing variable."""
    return read_settings(TelegramSettings, env_file, facts=facts, seeds=seeds)
