"""What the wheel carries and says about itself (`.ci/run` builds and runs the wheel itself)."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

from bot.cli import main
from knowledge.loader import DEFAULT_SEEDS_DIR, PACKAGE_DIR

ROOT = Path(__file__).resolve().parents[1]


def test_version_option_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"humasbot {version('humasbot')}\n"


def test_the_wheel_carries_the_seeds_where_the_loader_looks_for_them() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["seeds"] == f"{PACKAGE_DIR.name}/seeds"
    # and in this checkout the loader finds the project's seeds/
    assert DEFAULT_SEEDS_DIR == ROOT / "seeds"


def test_licence_file_matches_the_declared_licence() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == {"text": "MIT"}
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
