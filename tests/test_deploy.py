"""The deployment files: what can be checked without Docker or systemd.

The Dockerfile's build stage is replayed here (its COPY sources into a fresh folder, its
`uv` commands with its ENV), so the image's entry command must run in a venv made the way the
image makes it; the systemd unit's ExecStart must exist in such a venv; and every setting the
files name must be one humasbot reads.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.channels.telegram.settings import TelegramSettings

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "compose.yaml"
UNIT = ROOT / "deploy" / "humasbot.service"
SETTINGS = {field.alias for field in TelegramSettings.model_fields.values()}
SETTING_NAME = re.compile(r"\b((?:HUMASBOT|TELEGRAM|ADMIN)_[A-Z0-9_]+)\b")
# What the image installs without: the development tools, an editable install.
IMAGE_ONLY_OPTIONS = ("--no-dev", "--no-editable", "--no-install-project", "--no-cache-dir")


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of a Dockerfile, continuation lines joined, comments out."""
    joined = re.sub(r"\\\n\s*", " ", "\n".join(
        line for line in text.splitlines() if not line.lstrip().startswith("#")))
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1].strip())
            for line in joined.splitlines() if line.strip()]


def stages() -> list[list[tuple[str, str]]]:
    found: list[list[tuple[str, str]]] = []
    for instruction in instructions(DOCKERFILE.read_text(encoding="utf-8")):
        if instruction[0] == "FROM":
            found.append([])
        found[-1].append(instruction)
    return found


def env_of(stage: list[tuple[str, str]]) -> dict[str, str]:
    env: dict[str, str] = {}
    for name, args in stage:
        if name == "ENV":
            for pair in shlex.split(args):
                key, _, value = pair.partition("=")
                env[key] = value
    return env


def unit_values(key: str) -> list[str]:
    lines = UNIT.read_text(encoding="utf-8").splitlines()
    return [line.split("=", 1)[1].strip() for line in lines if line.startswith(f"{key}=")]


def test_the_image_is_multi_stage_non_root_with_a_volume_and_a_health_check() -> None:
    build, final = stages()
    assert build[0][1].endswith("AS build")
    final_names = [name for name, _ in final]
    assert ("COPY", "--from=build /app/.venv /app/.venv") in final
    user = next(args for name, args in final if name == "USER")
    assert user not in ("root", "0")
    assert ("VOLUME", "/data") in final
    env = env_of(final)
    assert env["HUMASBOT_STATE_FILE"].startswith("/data/")
    assert env["HUMASBOT_UNANSWERED_FILE"].startswith("/data/")
    health = next(args for name, args in final if name == "HEALTHCHECK")
    assert "/healthz" in health and "urllib.request" in health and "curl" not in health
    assert final_names.index("USER") > final_names.index("COPY")


def test_the_image_installs_with_the_commands_ci_uses() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    build = stages()[0]
    commands = [args for name, args in build if name == "RUN"]
    assert any("pip install" in c and c.split()[-1] == "uv" for c in commands)
    assert sum(c.startswith("uv sync --locked") for c in commands) == 2
    for command in commands:
        general = " ".join(word for word in command.split() if word not in IMAGE_ONLY_OPTIONS)
        assert general in ci, (command, general)


def test_the_deployment_files_name_only_settings_that_exist() -> None:
    for path in (DOCKERFILE, COMPOSE, UNIT):
        named = set(SETTING_NAME.findall(path.read_text(encoding="utf-8")))
        assert named, path
        unknown = named - SETTINGS
        assert not unknown, (path.name, unknown)


def test_the_unit_restarts_on_failure_and_reads_the_environment_file() -> None:
    assert unit_values("Restart") == ["on-failure"]
    assert unit_values("EnvironmentFile") == ["/etc/humasbot/humasbot.env"]
    assert unit_values("RestartPreventExitStatus") == ["2"]  # bad settings: no restart loop
    [start] = unit_values("ExecStart")
    assert start.split()[1:] == ["run"]


@pytest.fixture(scope="module")
def image_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """/app as the Dockerfile's build stage leaves it: its COPY sources, then its uv commands
    with its ENV (uv itself is already here; the image installs it with pip)."""
    if shutil.which("uv") is None:
        pytest.skip("uv is not installed")
    app = tmp_path_factory.mktemp("image") / "app"
    app.mkdir()
    build = stages()[0]
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT"))}
    env.update(env_of(build))
    env.pop("UV_PYTHON_DOWNLOADS", None)  # here: whichever Python uv finds, as .ci/run does
    for name, args in build:
        if name == "COPY":
            *sources, target = args.split()
            for source in sources:
                origin = ROOT / source
                destination = app / (source if target in ("./", ".") else target)
                if origin.is_dir():
                    shutil.copytree(origin, destination, ignore=shutil.ignore_patterns(
                        "__pycache__", "*.pyc"))
                else:
                    shutil.copy2(origin, destination)
        elif name == "RUN" and args.startswith("uv "):
            subprocess.run(shlex.split(args), cwd=app, env=env, check=True,
                           capture_output=True, timeout=600)
    return app / ".venv"


def run_installed(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("HUMASBOT_", "TELEGRAM_", "VIRTUAL_ENV"))}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.slow
def test_the_image_entry_command_runs_in_a_venv_made_like_the_image(
        image_venv: Path, tmp_path: Path) -> None:
    final = stages()[1]
    entry = shlex.split(next(args for name, args in final if name == "ENTRYPOINT").strip("[]")
                        .replace(",", " "))
    command = shlex.split(next(args for name, args in final if name == "CMD").strip("[]")
                          .replace(",", " "))
    executable = image_venv / "bin" / entry[0]
    version = run_installed([str(executable), "--version"], tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("humasbot "), version
    usage = run_installed([str(executable), *command, "--help"], tmp_path)
    assert usage.returncode == 0 and "usage: humasbot run" in usage.stdout, usage
    # the installed package (not this checkout) carries the facts and the seeds
    checked = run_installed([str(executable), "facts", "check"], tmp_path)
    assert checked.returncode == 0, checked.stderr


@pytest.mark.slow
def test_the_unit_exec_start_exists_after_install(image_venv: Path, tmp_path: Path) -> None:
    [start] = unit_values("ExecStart")
    program, *arguments = start.split()
    install_root = "/opt/humasbot/"
    assert program.startswith(install_root)
    installed = image_venv.parent / program.removeprefix(install_root)
    assert installed.is_file() and os.access(installed, os.X_OK)
    usage = run_installed([str(installed), *arguments, "--help"], tmp_path)
    assert usage.returncode == 0, usage.stderr
