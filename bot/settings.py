"""Settings of every `humasbot` command, read from the environment and a `.env` file.

One pydantic-settings class holds what every command shares (the facts and seeds folders, the
log level); the Telegram bot's settings extend it (bot/channels/telegram/settings.py), so a
variable means the same in `console`, `ask`, `eval`, `facts` and `run`, and the token is only
required where it is used. Precedence: command-line option, then the environment, then the
settings file, then the default. Validation errors name the variable, never its value.
"""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path
from typing import Any, ClassVar, TypeVar, overload

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from bot.logformat import LOG_FORMATS, install_formatter
from knowledge.base import KnowledgeBase
from knowledge.errors import HumasbotError
from knowledge.loader import load_knowledge

ENV_FILE = ".env"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
OUR_LOGGERS = ("bot", "knowledge")
LOG_FORMAT = "humasbot: %(levelname)s %(name)s: %(message)s"
DEFAULT_STATE_FILE = Path("state.json")
UNANSWERED_FILE_NAME = "unanswered.jsonl"
# Settings whose empty value means "off" rather than "the default" (as for every other).
EMPTY_MEANS_OFF = ("HUMASBOT_UNANSWERED_FILE",)

S = TypeVar("S", bound="Settings")


class SettingsError(HumasbotError):
    """The settings are missing or invalid (the message names the variables)."""


class Settings(BaseSettings):
    """What every command reads; each field is one environment variable."""

    model_config = SettingsConfigDict(
        env_file=ENV_FILE, env_file_encoding="utf-8", extra="ignore", populate_by_name=True,
        hide_input_in_errors=True, env_ignore_empty=True, case_sensitive=False,
    )
    # what to say when a required variable is missing, by variable
    missing_hints: ClassVar[dict[str, str]] = {}

    facts_dir: Path | None = Field(None, alias="HUMASBOT_FACTS_DIR")
    seeds_dir: Path | None = Field(None, alias="HUMASBOT_SEEDS_DIR")
    log_level: str = Field("INFO", alias="HUMASBOT_LOG_LEVEL")
    log_format: str = Field("text", alias="HUMASBOT_LOG_FORMAT")
    # None: the default place (see unanswered_path); "": off
    unanswered_file: str | None = Field(None, alias="HUMASBOT_UNANSWERED_FILE")
    unanswered_keep_ids: bool = Field(False, alias="HUMASBOT_UNANSWERED_KEEP_IDS")

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        env_file = getattr(dotenv_settings, "env_file", None)
        return (init_settings, EmptyMeansOff(settings_cls, env_file), env_settings,
                dotenv_settings, file_secret_settings)

    @field_validator("log_level", mode="before")
    @classmethod
    def _known_level(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().upper()
            if value not in LOG_LEVELS:
                raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
        return value

    @field_validator("log_format", mode="before")
    @classmethod
    def _known_format(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().lower()
            if value not in LOG_FORMATS:
                raise ValueError(f"must be one of {', '.join(LOG_FORMATS)}")
        return value

    @field_validator("unanswered_file", mode="before")
    @classmethod
    def _stripped(cls, value: Any) -> Any:
        return value.strip() if isinstance(value, str) else value

    def unanswered_folder(self) -> Path:
        """Where the unanswered file goes by default: the working directory (the bot's
        settings put it beside the state file)."""
        return Path(".")

    @property
    def unanswered_path(self) -> Path | None:
        """The unanswered-questions file: HUMASBOT_UNANSWERED_FILE, else unanswered.jsonl in
        the default folder; None if the variable is set but empty (recording is off)."""
        if self.unanswered_file == "":
            return None
        if self.unanswered_file:
            return Path(self.unanswered_file)
        return self.unanswered_folder() / UNANSWERED_FILE_NAME

    def load_knowledge(self) -> KnowledgeBase:
        """The fact files of `facts_dir`, checked against the articles of `seeds_dir`
        (raises KnowledgeError listing every problem)."""
        return load_knowledge(self.facts_dir, self.seeds_dir)


@overload
def read_settings(kind: type[S], env_file: str | Path | None = ..., *,
                  facts: str | None = ..., seeds: str | None = ...) -> S: ...
@overload
def read_settings(*, env_file: str | Path | None = ..., facts: str | None = ...,
                  seeds: str | None = ...) -> Settings: ...
def read_settings(kind: type[Settings] = Settings, env_file: str | Path | None = ENV_FILE,
                  *, facts: str | None = None, seeds: str | None = None) -> Settings:
    """Settings of `kind` from the environment and `env_file` (ignored if it does not
    exist), with `--facts`/`--seeds` given on the command line taking precedence; raise
    SettingsError naming every invalid variable."""
    try:
        settings = kind(_env_file=env_file)
    except ValidationError as error:
        raise SettingsError(describe_errors(error, kind.missing_hints)) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise SettingsError(f"cannot read the settings file {env_file}: {reason}") from None
    chosen = {"facts_dir": facts, "seeds_dir": seeds}
    overrides: dict[str, Any] = {name: Path(value) for name, value in chosen.items() if value}
    if settings.unanswered_file is None and "state_file" not in type(settings).model_fields:
        # `ask` and `unanswered` find the file where `humasbot run` with the same settings
        # keeps it: beside HUMASBOT_STATE_FILE
        overrides["unanswered_file"] = str(_state_folder(env_file) / UNANSWERED_FILE_NAME)
    return settings.model_copy(update=overrides) if overrides else settings


class _StateFileOnly(BaseSettings):
    """HUMASBOT_STATE_FILE alone (a setting of `humasbot run`), read by the other commands to
    find the unanswered file beside it."""

    model_config = SettingsConfigDict(env_file=ENV_FILE, env_file_encoding="utf-8",
                                      extra="ignore", env_ignore_empty=True,
                                      case_sensitive=False)
    state_file: Path = Field(DEFAULT_STATE_FILE, alias="HUMASBOT_STATE_FILE")


def _state_folder(env_file: str | os.PathLike[str] | None) -> Path:
    try:
        file = None if env_file is None else os.fspath(env_file)
        return _StateFileOnly(_env_file=file).state_file.parent
    except (ValidationError, OSError, UnicodeDecodeError):
        return DEFAULT_STATE_FILE.parent


class EmptyMeansOff(PydanticBaseSettingsSource):
    """The variables of EMPTY_MEANS_OFF that are set but empty, as "" (every other setting
    ignores an empty value: env_ignore_empty). The environment wins over the settings file."""

    def __init__(self, settings_cls: type[BaseSettings], env_file: Any) -> None:
        super().__init__(settings_cls)
        self.sources = (
            EnvSettingsSource(settings_cls, case_sensitive=False, env_ignore_empty=False),
            DotEnvSettingsSource(settings_cls, env_file=env_file, case_sensitive=False,
                                 env_ignore_empty=False),
        )

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for name in EMPTY_MEANS_OFF:
            for source in self.sources:
                value = source.env_vars.get(name.lower())
                if value is not None:
                    if not value.strip():
                        found[name] = ""
                    break
        return found


@overload
def settings_from_args(args: argparse.Namespace, kind: type[S]) -> S: ...
@overload
def settings_from_args(args: argparse.Namespace) -> Settings: ...
def settings_from_args(args: argparse.Namespace, kind: type[Settings] = Settings) -> Settings:
    """The settings a local command (not `run`, which sets up its own logging) runs with:
    `--env-file`, `--facts` and `--seeds` applied, humasbot's own log messages on stderr at
    HUMASBOT_LOG_LEVEL."""
    settings = read_settings(kind, getattr(args, "env_file", None) or ENV_FILE,
                             facts=getattr(args, "facts", None),
                             seeds=getattr(args, "seeds", None))
    if not logging.getLogger().handlers:  # not set up already (by a test, or `run`)
        install_formatter(logging.getLogger(), settings.log_format, LOG_FORMAT)
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(settings.log_level)
    return settings


def describe_errors(error: ValidationError, hints: dict[str, str] | None = None) -> str:
    """One line per invalid setting, naming the variable, never showing its value."""
    lines = ["invalid settings (see .env.example):"]
    for detail in error.errors(include_input=False, include_url=False):
        name = ".".join(str(part) for part in detail["loc"])
        message = str(detail["msg"]).removeprefix("Value error, ")
        if detail["type"] == "missing":
            hint = (hints or {}).get(name, "")
            lines.append(f"  {name} is not set{': ' + hint if hint else ''}")
        else:
            lines.append(f"  {name}: {message}" if name else f"  {message}")
    return "\n".join(lines)
