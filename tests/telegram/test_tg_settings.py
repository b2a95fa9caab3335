"""Settings: validated from the environment and .env, token never shown, docs kept in step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tg_support import TOKEN

from bot.channels.telegram.settings import (
    Mode,
    SettingsError,
    TelegramSettings,
    load_settings,
)

ROOT = Path(__file__).resolve().parents[2]
VARIABLES = [field.alias for field in TelegramSettings.model_fields.values()]


def settings(**values: object) -> TelegramSettings:
    return TelegramSettings(_env_file=None, token=TOKEN, **values)  # type: ignore[call-arg]


def test_defaults_are_polling_against_telegram(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    loaded = load_settings(None)
    assert loaded.mode is Mode.POLLING
    assert loaded.api_base_url == "https://api.telegram.org/bot"
    assert loaded.base_file_url == "https://api.telegram.org/file/bot"
    assert loaded.admin_user_ids == frozenset()
    assert TOKEN not in repr(loaded) and TOKEN not in str(loaded)


@pytest.mark.parametrize("value", [" 42, 7 ,", "42;7", "[42, 7]"])
def test_admin_ids_are_comma_separated(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("ADMIN_USER_IDS", value)
    assert load_settings(None).admin_user_ids == frozenset({42, 7})


@pytest.mark.parametrize(("base", "files"), [
    ("http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/file/bot"),
    ("https://proxy.example/tg/bot{token}/", "https://proxy.example/tg/file/bot{token}/"),
])
def test_file_url_follows_the_api_url(base: str, files: str) -> None:
    assert settings(api_base_url=base).base_file_url == files


def test_webhook_mode_needs_a_url_and_listens_on_its_path() -> None:
    with pytest.raises(ValueError, match="HUMASBOT_WEBHOOK_URL is required"):
        settings(mode="webhook")
    hooked = settings(mode="webhook", webhook_url="https://bot.example.org/telegram/hook")
    assert hooked.webhook_path == "telegram/hook"


@pytest.mark.parametrize(("name", "value", "message"), [
    ("HUMASBOT_MODE", "push", "HUMASBOT_MODE: Input should be 'polling' or 'webhook'"),
    ("HUMASBOT_WEBHOOK_PORT", "99999", "HUMASBOT_WEBHOOK_PORT: Input should be less than"),
    ("HUMASBOT_WEBHOOK_SECRET", "no spaces allowed", "HUMASBOT_WEBHOOK_SECRET: must be 1-256"),
    ("HUMASBOT_LOG_LEVEL", "loud", "HUMASBOT_LOG_LEVEL: must be one of DEBUG"),
    ("TELEGRAM_API_BASE_URL", "api.telegram.org", "TELEGRAM_API_BASE_URL: must be an http"),
])
def test_invalid_values_name_the_variable(monkeypatch: pytest.MonkeyPatch, name: str,
                                          value: str, message: str) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as raised:
        load_settings(None)
    assert message in str(raised.value)
    assert TOKEN not in str(raised.value)


def test_facts_option_overrides_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("HUMASBOT_FACTS_DIR", "/from/env")
    assert load_settings(None, facts="cli-facts").facts_dir == Path("cli-facts")


def test_env_example_documents_every_setting_and_loads(tmp_path: Path) -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    for name in VARIABLES:
        assert re.search(rf"^{name}=", example, re.MULTILINE), name
    copied = tmp_path / ".env"
    copied.write_text(example.replace("TELEGRAM_BOT_TOKEN=\n", f"TELEGRAM_BOT_TOKEN={TOKEN}\n"),
                      encoding="utf-8")
    loaded = load_settings(copied)
    assert loaded.mode is Mode.POLLING and loaded.state_save_seconds == 60


def test_readme_lists_every_setting() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- telegram:start -->")[1].split("<!-- telegram:end -->")[0]
    for name in VARIABLES:
        assert f"| `{name}` |" in section, name
