"""The README and the commands stay in step (after sqlite-utils' tests/test_docs.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def subcommands(parser) -> dict[str, object]:
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return dict(action.choices)


def test_readme_quick_start_has_the_two_commands():
    assert "uv run humasbot console" in README
    assert "uv run pytest" in README
    assert "pip install uv" in README


@pytest.mark.parametrize("command", sorted(set(re.findall(r"`humasbot ([a-z]+)", README))))
def test_every_command_in_the_readme_exists(command):
    assert command in subcommands(build_parser())


@pytest.mark.parametrize("name", ["facts", "console", "ask", "eval", "run"])
def test_every_command_is_documented_in_the_readme(name):
    assert f"humasbot {name}" in README


def test_every_option_named_in_the_readme_commands_table_exists():
    commands = subcommands(build_parser())
    for line in README.splitlines():
        match = re.match(r"\| `humasbot (\w+)(?: (\w+))? ([^`]*)`", line)
        if not match:
            continue
        parser = commands[match.group(1)]
        if match.group(2) and match.group(2) in subcommands_or_empty(parser):
            parser = subcommands_or_empty(parser)[match.group(2)]
        options = {o for a in parser._actions for o in a.option_strings}
        for option in re.findall(r"--[a-z-]+", match.group(3)):
            assert option in options, (line, option)


def subcommands_or_empty(parser) -> dict[str, object]:
    try:
        return subcommands(parser)
    except StopIteration:
        return {}


def test_the_guide_and_template_the_readme_links_to_exist():
    for link in re.findall(r"\]\(([^)]+\.(?:md|yaml))\)", README):
        assert (ROOT / link).exists(), link


def test_every_option_of_every_command_is_in_the_readme():
    for name, parser in subcommands(build_parser()).items():
        parsers = subcommands_or_empty(parser) or {name: parser}
        for sub in parsers.values():
            for action in sub._actions:
                for option in action.option_strings:
                    if option.startswith("--") and option != "--help":
                        assert option in README, (name, option)


def test_the_readme_settings_section_names_the_settings_file_option():
    section = README.split("<!-- settings:start -->")[1].split("<!-- settings:end -->")[0]
    assert "humasbot --env-file FILE COMMAND" in section
    assert "`.env`" in section and ".env.example" in section
