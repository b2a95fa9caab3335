"""`humasbot ask`, `console` and `eval` as a user runs them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from bot.channels.ask import answer_lines, parse_line
from bot.cli import main

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
