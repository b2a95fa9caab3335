"""`humasbot ask`, `console` and `eval` as a user runs them."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot import evaluation
from bot.channels.ask import CutLine, answer_lines, parse_line, read_line
from bot.cli import main
from bot.engine import Engine
from bot.understanding.normalise import MAX_INPUT_CHARS

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, cwd=ROOT, timeout=60)


def test_ask_prints_the_answer_and_its_source(capsys):
    assert main(["ask", "siapa", "juara", "TOP", "GPR", "2021?"]) == 0
    out = capsys.readouterr().out
    assert "DKI Jakarta" in out and "Sumatera Selatan" in out
    assert "Sumber: “Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR Award 2021”" in out


def test_ask_without_a_question_explains_usage(capsys):
    assert main(["ask"]) == 2
    assert "humasbot ask" in capsys.readouterr().err


def test_ask_json_keeps_context_per_chat_and_reports_bad_lines(engine):
    lines = [
        '{"chat": "a", "text": "siapa juara TOP GPR 2021?"}',
        '{"chat": "b", "text": "siapa juara AMH 2023?"}',
        '{"chat": "a", "text": "kalau juara 3?"}',
        "{not json",
        '{"chat": "a"}',
        "",
        "apa tema AMH 2023?",
    ]
    records = list(answer_lines(engine, lines))
    assert len(records) == len(lines)
    assert records[2]["chat"] == "a" and "Sumatera Selatan" in records[2]["text"]
    assert records[1]["status"] == "answered" and "Bandung" in records[1]["text"]
    assert records[3]["error"].startswith("invalid JSON") and records[3]["line"] == 4
    assert "text" in records[4]["error"] and "empty" in records[5]["error"]
    assert records[6]["chat"] == "stdin" and "Bersinergi" in records[6]["text"]
    for record in (records[0], records[2], records[6]):
        assert {"question", "status", "text", "intent", "slots", "confidence", "sources",
                "suggestions"} <= set(record)


def test_parse_line_accepts_numeric_chat_ids_and_rejects_other_shapes():
    assert parse_line('{"chat": 7, "text": "halo"}') == ("7", "halo")
    assert parse_line('{"chat": true, "text": "x"}') == '"chat" must be a string or a number'


def test_ask_json_end_to_end_over_stdin():
    result = run(["ask", "--json"], 'siapa juara top gpr 2021\n{"text": "kalau juara 3?"}\n')
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["status"] == "answered" and "DKI Jakarta" in first["text"]
    assert "Sumatera Selatan" in second["text"]  # plain lines and chat-less objects share one chat


def test_console_answers_follow_ups_and_exits_on_quit_words():
    result = run(["console", "--explain"], "siapa juara TOP GPR 2021?\nkalau juara 3?\n:q\nhalo\n")
    assert result.returncode == 0, result.stderr
    assert "DKI Jakarta" in result.stdout and "Sumatera Selatan" in result.stdout
    assert "intent=who_won" in result.stdout and "slots:" in result.stdout
    assert "Halo!" not in result.stdout  # nothing after :q is read


def test_console_exits_cleanly_on_end_of_input():
    result = run(["console"], "apa tema AMH 2023?\n")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "Humas Bersinergi untuk Kemajuan Negeri" in result.stdout


def test_console_with_broken_facts_reports_errors_without_traceback(tmp_path):
    (tmp_path / "bad.yaml").write_text("awards: [\n", encoding="utf-8")
    result = run(["console", "--facts", str(tmp_path)])
    assert result.returncode == 1
    assert "bad.yaml:" in result.stderr and "Traceback" not in result.stderr


def test_eval_prints_accuracy_per_kind_and_intent(capsys):
    assert main(["eval", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "answerable" in out and "who_won" in out and "false-answer rate" in out


def test_help_lists_every_command():
    result = run(["--help"])
    for command in ("facts", "console", "ask", "eval", "run"):
        assert command in result.stdout


def test_json_reply_is_valid_utf8_json_line(engine):
    buffer = io.StringIO()
    from bot.channels.ask import write_json_lines

    write_json_lines(engine, ["siapa juara AMH 2023?"], buffer)
    assert json.loads(buffer.getvalue())["sources"][0]["publisher"] == "HaloJabar (halojabar.com)"


# --- settings: one class, read by every command -------------------------------------------

TOKEN = "123456789:AAHtest-token_0123456789abcdefghijklmnop"
LOADING_COMMANDS = [["facts", "check"], ["facts", "list"], ["ask", "halo"], ["ask", "--json"],
                    ["console"], ["eval", "--quiet"], ["run"]]
FACTS = ROOT / "tests" / "data" / "facts"  # the frozen copy


def write_env(path: Path, **values: object) -> Path:
    path.write_text("".join(f"{name}={value}\n" for name, value in values.items()),
                    encoding="utf-8")
    return path


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No setting comes from the developer's environment."""
    for name in ("HUMASBOT_FACTS_DIR", "HUMASBOT_SEEDS_DIR", "HUMASBOT_LOG_LEVEL",
                 "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("command", LOADING_COMMANDS, ids=" ".join)
def test_every_command_loads_the_facts_dir_of_the_env_file(
        command: list[str], tmp_path: Path, clean_environment: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    # Given a settings file whose HUMASBOT_FACTS_DIR holds a broken fact file
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "bad.yaml").write_text("awards: [\n", encoding="utf-8")
    env = write_env(tmp_path / "bot.env", HUMASBOT_FACTS_DIR=tmp_path / "facts",
                    TELEGRAM_BOT_TOKEN=TOKEN, HUMASBOT_STATE_FILE=tmp_path / "state.json")
    # When any command that loads the knowledge runs with it
    code = main(["--env-file", str(env), *command])
    # Then it loaded that folder (and reports its problem, before any network)
    error = capsys.readouterr().err
    assert code == 1 and "bad.yaml:" in error and "Traceback" not in error


def test_default_env_file_gives_console_its_facts_folder(tmp_path: Path) -> None:
    # Given a .env in the working directory naming a folder that holds TOP GPR 2021 only
    (tmp_path / "facts").mkdir()
    shutil.copy(FACTS / "top-gpr-2021.yaml", tmp_path / "facts")
    write_env(tmp_path / ".env", HUMASBOT_FACTS_DIR="facts")
    # When the console is started there without options
    result = subprocess.run([sys.executable, "-m", "bot", "console"], text=True,
                            input="apa tema AMH 2023?\n", capture_output=True, cwd=tmp_path,
                            timeout=60, env=environment_without_settings())
    # Then it serves that folder: AMH 2023 is not known
    assert result.returncode == 0, result.stderr
    assert "(TOP GPR 2021)" in result.stdout and "Humas Bersinergi" not in result.stdout


def environment_without_settings() -> dict[str, str]:
    return {name: value for name, value in os.environ.items()
            if not name.startswith(("HUMASBOT_", "TELEGRAM_", "PYTEST"))}


def test_facts_option_wins_over_the_env_file(tmp_path: Path, clean_environment: None,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    env = write_env(tmp_path / ".env", HUMASBOT_FACTS_DIR=tmp_path / "missing")
    assert main(["--env-file", str(env), "facts", "check", "--facts", str(FACTS),
                 "--no-questions"]) == 0
    assert "semua fakta cocok dengan sumbernya" in capsys.readouterr().out


@pytest.mark.parametrize("where", ["env file", "option"])
def test_seeds_dir_from_the_env_file_or_the_option(
        where: str, tmp_path: Path, clean_environment: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    seeds = tmp_path / "no-seeds"
    env = write_env(tmp_path / ".env", HUMASBOT_SEEDS_DIR=seeds if where == "env file" else "")
    extra = ["--seeds", str(seeds)] if where == "option" else []
    assert main(["--env-file", str(env), "ask", *extra, "halo"]) == 1
    assert f"{seeds / 'index.yaml'}:1:1: cannot read the file" in capsys.readouterr().err


@pytest.mark.parametrize("command", [*LOADING_COMMANDS, ["run", "--env-file", "{env}"]],
                         ids=" ".join)
def test_invalid_settings_are_one_friendly_error_for_every_command(
        command: list[str], tmp_path: Path, clean_environment: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    env = write_env(tmp_path / "bad.env", HUMASBOT_LOG_LEVEL="loud-secret",
                    TELEGRAM_BOT_TOKEN=TOKEN)
    command = [part.replace("{env}", str(env)) for part in command]
    assert main(["--env-file", str(env), *command]) == 2
    error = capsys.readouterr().err
    assert error.splitlines() == [
        f"humasbot {command[0]}: invalid settings (see .env.example):",
        "  HUMASBOT_LOG_LEVEL: must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL"]
    assert "loud-secret" not in error


def test_telegram_settings_are_not_needed_outside_run(tmp_path: Path, clean_environment: None,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    env = write_env(tmp_path / ".env", HUMASBOT_MODE="nonsense", TELEGRAM_BOT_TOKEN="bad")
    assert main(["--env-file", str(env), "ask", "halo"]) == 0
    assert main(["--env-file", str(env), "run"]) == 2
    error = capsys.readouterr().err
    assert "HUMASBOT_MODE" in error and "TELEGRAM_BOT_TOKEN: does not look like" in error


def test_eval_without_file_and_without_the_default_set_says_what_to_give(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # Given an installed humasbot, where tests/data/questions.yaml does not exist
    monkeypatch.setattr(evaluation, "DEFAULT_QUESTIONS", tmp_path / "tests" / "questions.yaml")
    # When eval runs without FILE, Then it says which file to give, exit 2, no traceback
    assert main(["eval"]) == 2
    error = capsys.readouterr().err
    assert "humasbot eval: give the question set to run" in error and "Traceback" not in error


# --- input at the edge: a question is cut before any work ----------------------------------

HUGE = 50_000_000
MEASURED = """
import resource, subprocess, sys
code = subprocess.run([sys.executable, "-m", "bot", *sys.argv[1:]]).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def test_a_50_mb_line_to_ask_json_is_cut_fast_in_bounded_memory() -> None:
    # Given a 50 MB plain line, a 50 MB JSON line and a real question
    stdin = ("a" * HUGE + "\n" + '{"text": "' + "b" * HUGE + '"}\n'
             + "siapa juara TOP GPR 2021?\n")
    started = time.monotonic()
    # When they go through `ask --json` (in a process whose peak memory is measured)
    result = subprocess.run([sys.executable, "-c", MEASURED, "ask", "--json"], input=stdin,
                            text=True, capture_output=True, cwd=ROOT, timeout=120)
    elapsed = time.monotonic() - started
    # Then the engine saw at most the input cap, the JSON line got an error, the next line
    # was answered, within seconds and without holding the line
    assert result.returncode == 0, result.stderr
    plain, too_long, question = (json.loads(line) for line in result.stdout.splitlines())
    assert plain["question"] == "a" * MAX_INPUT_CHARS
    assert too_long["line"] == 2 and too_long["error"].startswith("line too long")
    assert question["status"] == "answered" and "DKI Jakarta" in question["text"]
    assert elapsed < 20
    peak_kib = int(result.stderr.split()[-1])
    assert peak_kib < 300 * 1024, f"peak RSS {peak_kib // 1024} MB"


def test_console_cuts_a_long_line_and_reads_on() -> None:
    result = run(["console"], "c" * 5_000_000 + "\napa tema AMH 2023?\n")
    assert result.returncode == 0, result.stderr
    assert "Humas Bersinergi untuk Kemajuan Negeri" in result.stdout


def test_engine_ask_cuts_the_question_first(engine) -> None:
    started = time.monotonic()
    reply = engine.ask("siapa juara TOP GPR 2021? " + "x" * HUGE, "huge")
    assert len(reply.question) == MAX_INPUT_CHARS and time.monotonic() - started < 5


def test_ask_cuts_the_question_given_as_arguments(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[str] = []
    ask = Engine.ask
    monkeypatch.setattr(Engine, "ask", lambda self, text, chat: seen.append(text) or ask(
        self, text, chat))
    assert main(["ask", "  halo " + "z" * 10_000]) == 0
    assert seen == [("halo " + "z" * 10_000)[:MAX_INPUT_CHARS]]


def test_read_line_keeps_the_start_of_a_long_line_and_drops_the_rest() -> None:
    stream = io.StringIO("x" * 50 + "\nnext\n")
    first = read_line(stream, limit=10)
    assert isinstance(first, CutLine) and first == "x" * 10
    assert read_line(stream, limit=10) == "next\n" and read_line(stream, limit=10) == ""
    assert str(parse_line(CutLine('{"text": "'))).startswith("line too long")
    assert parse_line(CutLine("apa " * 1000)) == ("stdin", ("apa " * 1000)[:MAX_INPUT_CHARS])


# --- output that cannot be written ---------------------------------------------------------

def test_ask_json_stops_quietly_when_its_reader_goes_away() -> None:
    # Given `ask --json` with far more replies than a pipe holds
    process = subprocess.Popen([sys.executable, "-m", "bot", "ask", "--json"], cwd=ROOT,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdin and process.stdout and process.stderr
    process.stdin.write("halo\n" * 3000)
    process.stdin.close()
    # When the reader takes one reply and closes its end
    assert json.loads(process.stdout.readline())["status"] == "chitchat"
    process.stdout.close()
    # Then the command ends with exit code 1 and says nothing
    assert process.wait(timeout=60) == 1
    assert process.stderr.read() == ""
    process.stderr.close()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["ask", "--json"], ["ask", "halo"]], ids=" ".join)
def test_a_full_disk_for_the_output_is_one_line_and_exit_1(command: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "bot", *command], input="halo\n",
                                stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                timeout=60)
    assert result.returncode == 1
    assert result.stderr == "humasbot ask: cannot write the output: No space left on device\n"
