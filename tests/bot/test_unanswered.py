"""The unanswered-questions file: what `ask` keeps, how it is written (whole lines, rotated,
killed mid-run) and what `humasbot unanswered` makes of it."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.engine import Engine
from bot.evaluation import evaluate, load_question_set
from bot.reply import Candidate, Reply, Status
from bot.settings import Settings, read_settings
from bot.unanswered import UnansweredLog, files_of, group_records, parse_since, read_records

ROOT = Path(__file__).resolve().parents[2]
OFF_TOPIC = "cuaca di bandung hari ini?"
AWARD = "siapa juara TOP GPR 2021?"
NO_DATA = "siapa juara top gpr 2022"


def run(args: list[str], env: dict[str, str], stdin: str = "", cwd: Path = ROOT
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, cwd=cwd, timeout=60, env={**os.environ, **env})


def lines_of(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def reply(text: str = OFF_TOPIC, status: Status = Status.NOT_UNDERSTOOD) -> Reply:
    return Reply(text, status, "…", intent=None, candidates=(Candidate("who_won", 0.4, "fuzzy"),),
                 suggestions=("Siapa juara AMH 2023?",))


# --- what `ask` keeps ----------------------------------------------------------------------

def test_ask_keeps_only_the_questions_it_could_not_answer(tmp_path: Path) -> None:
    # Given the unanswered file named in the environment
    file = tmp_path / "un.jsonl"
    env = {"HUMASBOT_UNANSWERED_FILE": str(file)}
    # When `ask` answers an award question, an off-topic one and one without data, as text
    # and as JSON lines
    assert run(["ask", AWARD], env).returncode == 0
    assert run(["ask", OFF_TOPIC], env).returncode == 0
    result = run(["ask", "--json"], env, f'{AWARD}\n{{"chat": "c1", "text": "{NO_DATA}"}}\n')
    assert result.returncode == 0, result.stderr
    # Then only the two it could not answer are in the file, with what the engine made of them
    off_topic, no_data = lines_of(file)
    assert off_topic["text"] == OFF_TOPIC and off_topic["status"] == "not_understood"
    assert off_topic["channel"] == "ask" and off_topic["suggestions"]
    assert no_data["text"] == NO_DATA and no_data["status"] == "no_data"
    assert no_data["intent"] == "who_won" and no_data["guess"]["intent"] == "who_won"
    assert no_data["slots"] == {"award": "top-gpr", "year": 2022}
    assert dt.datetime.fromisoformat(no_data["time"]).tzinfo is not None
    # and no identifiers are kept by default
    assert "chat" not in no_data and "user" not in no_data


def test_ask_keeps_the_chat_only_when_told_to(tmp_path: Path) -> None:
    file = tmp_path / "un.jsonl"
    env = {"HUMASBOT_UNANSWERED_FILE": str(file), "HUMASBOT_UNANSWERED_KEEP_IDS": "1"}
    result = run(["ask", "--json"], env, f'{{"chat": "c1", "text": "{OFF_TOPIC}"}}\n')
    assert result.returncode == 0, result.stderr
    [kept] = lines_of(file)
    assert kept["chat"] == "c1" and kept["user"] is None


def test_an_empty_setting_turns_recording_off(tmp_path: Path) -> None:
    # Given HUMASBOT_UNANSWERED_FILE set but empty (in a settings file: the environment's
    # session default is removed), and the working directory where the default would go
    env_file = tmp_path / "bot.env"
    env_file.write_text("HUMASBOT_UNANSWERED_FILE=\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "HUMASBOT_UNANSWERED_FILE"}
    result = subprocess.run([sys.executable, "-m", "bot", "--env-file", str(env_file), "ask",
                             OFF_TOPIC], capture_output=True, text=True, cwd=tmp_path,
                            env={**env, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == [env_file]


def test_by_default_ask_writes_beside_the_state_file(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HUMASBOT_UNANSWERED_FILE")
    monkeypatch.chdir(tmp_path)
    assert read_settings(Settings, None).unanswered_path == Path("unanswered.jsonl")
    monkeypatch.setenv("HUMASBOT_STATE_FILE", str(tmp_path / "var" / "state.json"))
    assert read_settings(Settings, None).unanswered_path == tmp_path / "var" / "unanswered.jsonl"
    monkeypatch.setenv("HUMASBOT_UNANSWERED_FILE", "")
    assert read_settings(Settings, None).unanswered_path is None


def test_ask_as_a_subprocess_killed_mid_run_leaves_only_whole_lines(tmp_path: Path) -> None:
    # Given `ask --json` fed off-topic questions as fast as it answers them
    file = tmp_path / "un.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--json"], cwd=ROOT, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        env={**os.environ, "HUMASBOT_UNANSWERED_FILE": str(file)})
    assert process.stdin and process.stdout
    stdin = process.stdin

    def feed() -> None:
        try:
            for number in range(200_000):
                stdin.write(f"cuaca di kota nomor {number} hari ini?\n")
        except (BrokenPipeError, ValueError, OSError):
            pass

    threading.Thread(target=feed, daemon=True).start()
    answered = 0
    # When it is killed with SIGKILL after a few hundred answers
    while answered < 300:
        assert json.loads(process.stdout.readline())["status"] == "not_understood"
        answered += 1
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    # Then the file holds only whole lines, and every question answered before the kill
    text = file.read_bytes().decode("utf-8")
    assert text.endswith("\n")
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) >= answered
    numbers = [int(r["text"].split()[4]) for r in records]
    assert numbers == list(range(len(records)))


# --- the writer ----------------------------------------------------------------------------

def test_answered_and_chitchat_replies_are_not_written(tmp_path: Path) -> None:
    log = UnansweredLog(tmp_path / "un.jsonl")
    assert not log.record(reply(status=Status.ANSWERED), "ask")
    assert not log.record(reply(status=Status.CHITCHAT), "ask")
    assert not (tmp_path / "un.jsonl").exists()
    assert log.record(reply(), "ask")
    assert oct((tmp_path / "un.jsonl").stat().st_mode & 0o777) == "0o600"


def test_the_file_is_rotated_by_size_and_the_oldest_dropped(tmp_path: Path) -> None:
    file = tmp_path / "un.jsonl"
    log = UnansweredLog(file, max_bytes=2_000, backups=2)
    for number in range(100):
        log.record(reply(f"pertanyaan {number}"), "ask")
    assert [p.name for p in files_of(file)] == ["un.jsonl.2", "un.jsonl.1", "un.jsonl"]
    assert all(p.stat().st_size <= 2_000 for p in files_of(file))
    texts = [r["text"] for r in read_records(file)]
    assert texts == [f"pertanyaan {n}" for n in range(100 - len(texts), 100)]  # the newest


def test_writers_in_parallel_lose_no_line_across_rotations(tmp_path: Path) -> None:
    # Given four writers (as the bot and `ask` could be) sharing one small, rotating file
    file = tmp_path / "un.jsonl"
    logs = [UnansweredLog(file, max_bytes=20_000, backups=50) for _ in range(4)]

    def write(index: int) -> None:
        for number in range(250):
            logs[index].record(reply(f"penulis {index} nomor {number} " + "x" * 40), "ask")

    threads = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Then every line is whole and none is lost, though the file was rotated many times
    assert len(files_of(file)) > 5
    texts = [record["text"] for record in read_records(file)]
    assert len(texts) == len(set(texts)) == 1_000


def test_a_file_that_cannot_be_written_is_logged_not_raised(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "a-file").write_text("")
    log = UnansweredLog(tmp_path / "a-file" / "un.jsonl")  # its folder is a file
    assert not log.record(reply(), "ask") and not log.record(reply(), "ask")
    assert len([r for r in caplog.records if "cannot write the unanswered file" in r.message]) == 1


# --- reading and `humasbot unanswered` -------------------------------------------------------

def write_records(file: Path, rows: list[tuple[str, str, str]]) -> None:
    """(time, text, status) rows as the writer would write them."""
    with open(file, "a", encoding="utf-8") as stream:
        for when, text, status in rows:
            stream.write(json.dumps({
                "time": when, "channel": "telegram", "text": text, "status": status,
                "intent": "who_won" if status == "no_data" else None, "slots": {},
                "guess": {"intent": "who_won", "score": 1.9}, "suggestions": []}) + "\n")


@pytest.fixture
def history(tmp_path: Path) -> Path:
    file = tmp_path / "un.jsonl"
    now = dt.datetime.now(dt.UTC)
    recent, old = (now - dt.timedelta(hours=1)).isoformat(), (now - dt.timedelta(days=30)
                                                              ).isoformat()
    write_records(file, [
        (old, "Cuaca di Bandung hari ini?", "not_understood"),
        (recent, "siapa juara top gpr 2022", "no_data"),
        (recent, "cuaca di bandung hari ini", "not_understood"),
        (recent, "CUACA   di bandung hari ini!!", "not_understood"),
    ])
    with open(file, "a", encoding="utf-8") as stream:
        stream.write('{"time": "2026-12-01T00:00:00+00:00", "text": "cut sh')  # never whole
    return file


def test_unanswered_groups_by_normalised_text_most_frequent_first(
        history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["unanswered", str(history)]) == 0
    out, err = capsys.readouterr()
    rows = out.splitlines()
    assert rows[0].split() == ["jumlah", "terakhir", "status", "tebakan", "pertanyaan"]
    assert rows[1].split()[0] == "3" and rows[1].endswith("CUACA di bandung hari ini!!")
    assert "not_understood" in rows[1]
    assert rows[2].split()[0] == "1" and "no_data" in rows[2] and "who_won" in rows[2]
    assert "2 pertanyaan berbeda, 4 kali ditanyakan" in out
    assert "skipped 1 line" in err


def test_unanswered_since_limits_the_period_and_json_says_the_same(
        history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["unanswered", str(history), "--since", "7d", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    groups = document["groups"]
    assert [(g["count"], g["status"]) for g in groups] == [(2, "not_understood"), (1, "no_data")]
    assert groups[0]["normalised"] == "cuaca di bandung sekarang"
    assert groups[1]["guess"] == {"intent": "who_won", "score": 1.9}
    assert document["since"] is not None


def test_since_takes_periods_and_iso_dates() -> None:
    now = dt.datetime(2026, 12, 2, 12, tzinfo=dt.UTC)
    assert parse_since("24h", now) == now - dt.timedelta(days=1)
    assert parse_since("2w", now) == now - dt.timedelta(days=14)
    assert parse_since("2026-12-01T08:00+07:00", now) == dt.datetime(2026, 12, 1, 1,
                                                                     tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="neither a period"):
        parse_since("kemarin", now)


def test_a_bad_since_is_a_usage_error(history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["unanswered", str(history), "--since", "kemarin"]) == 2
    assert "--since" in capsys.readouterr().err


def test_a_missing_file_lists_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["unanswered", str(tmp_path / "none.jsonl")]) == 0
    assert "Tidak ada pertanyaan tak terjawab" in capsys.readouterr().out


def test_hostile_text_is_shown_on_one_line_with_controls_escaped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "un.jsonl"
    write_records(file, [(dt.datetime.now(dt.UTC).isoformat(), "a\x1b[2Jb\u202ec", "no_data")])
    assert main(["unanswered", str(file)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "a\\x1b[2Jb\\u202ec" in out


def test_the_question_skeleton_runs_in_eval_once_filled_in(
        history: Path, tmp_path: Path, kb, capsys: pytest.CaptureFixture[str]) -> None:
    # Given the skeleton written from the unanswered file
    out = tmp_path / "baru.yaml"
    assert main(["unanswered", str(history), "--as-questions", str(out)]) == 0
    skeleton = out.read_text(encoding="utf-8")
    assert "likely kind: out_of_domain" in skeleton and "kind: null" in skeleton
    # When a curator fills in the kinds (and, for one now answerable, what it must say)
    filled = skeleton.replace("kind: null", "kind: out_of_domain", 1).replace(
        "kind: null", "kind: no_data", 1)
    out.write_text(filled, encoding="utf-8")
    # Then eval runs it: both cases pass
    conversations = load_question_set(out)
    assert [turn.text for [turn] in conversations] == ["CUACA   di bandung hari ini!!",
                                                       "siapa juara top gpr 2022"]
    report = evaluate(Engine(kb), conversations)
    assert not report.failures()
    assert main(["eval", str(out), "--quiet"]) == 0
    assert "out_of_domain" in capsys.readouterr().out


def test_grouping_keeps_the_latest_wording_and_status(tmp_path: Path) -> None:
    file = tmp_path / "un.jsonl"
    write_records(file, [("2026-12-01T10:00:00+00:00", "siapa juara top gpr 2022?", "no_data"),
                         ("2026-12-01T09:00:00+00:00", "Siapa juara TOP GPR 2022", "no_data")])
    [group] = group_records(read_records(file))
    assert group.count == 2 and group.text == "siapa juara top gpr 2022?"
    assert group.first_seen and group.last_seen and group.first_seen < group.last_seen


def test_reading_streams_old_and_rotated_files_oldest_first(tmp_path: Path) -> None:
    file = tmp_path / "un.jsonl"
    write_records(tmp_path / "un.jsonl.2", [("2026-11-01T00:00:00+00:00", "satu", "no_data")])
    write_records(tmp_path / "un.jsonl.1", [("2026-11-02T00:00:00+00:00", "dua", "no_data")])
    write_records(file, [("2026-11-03T00:00:00+00:00", "tiga", "no_data")])
    (tmp_path / "un.jsonl.bak").write_text("not ours\n")
    assert [r["text"] for r in read_records(file)] == ["satu", "dua", "tiga"]
    since = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)
    assert [r["text"] for r in read_records(file, since)] == ["dua", "tiga"]


def test_time_is_kept_in_utc(tmp_path: Path) -> None:
    log = UnansweredLog(tmp_path / "un.jsonl")
    before = time.time()
    log.record(reply(), "ask")
    [record] = lines_of(tmp_path / "un.jsonl")
    moment = dt.datetime.fromisoformat(record["time"])
    assert moment.utcoffset() == dt.timedelta(0) and abs(moment.timestamp() - before) < 2
