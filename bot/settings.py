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
from pathlib import Path
from typing import Any, ClassVar, TypeVar, overload

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowledge.base import KnowledgeBase
from knowledge.errors import HumasbotError
from knowledge.loader import load_knowledge

ENV_FILE = ".env"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
OUR_LOGGERS = ("bot", "knowledge")
LOG_FORMAT = "humasbot: %(levelname)s %(name)s: %(message)s"

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

    @field_validator("log_level", mode="before")
    @classmethod
    def _known_level(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().upper()
            if value not in LOG_LEVELS:
                raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
        return value

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
    overrides = {name: Path(value) for name, value in chosen.items() if value}
    return settings.model_copy(update=overrides) if overrides else settings


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
    logging.basicConfig(format=LOG_FORMAT)  # does nothing if logging is set up already
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
