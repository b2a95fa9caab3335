"""`humasbot facts check | list | schema`: exit codes, output, and errors without tracebacks."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from frozen_data import FROZEN_FACTS, FROZEN_QUESTIONS
from knowledge_support import AMH, FactsCopy

from bot.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, main
from knowledge.loader import FACTS_DIR_VARIABLE, SEEDS_DIR_VARIABLE
from knowledge.schema import SCHEMA_PATH

ROOT = Path(__file__).resolve().parents[2]
Capture = pytest.CaptureFixture[str]


def counts_in(out: str) -> dict[str, int]:
    """The summary's `label   count` lines."""
    return {m.group(1): int(m.group(2))
            for m in re.finditer(r"^  (\w[\w ]*?)\s+(\d+)$", out, flags=re.MULTILINE)}


@pytest.fixture
def broken(facts: FactsCopy) -> FactsCopy:
    """The fact files with `rank: tiga` in the AMH result."""
    facts.replace(AMH, "    rank: 3\n", "    rank: tiga\n")
    return facts


def rank_error(facts: FactsCopy) -> str:
    line, column = facts.place(AMH, "rank: tiga", "tiga")
    return (f"facts/amh-2023.yaml:{line}:{column}: results[0].rank: must be a whole number "
            'from 1, got "tiga"')


# --- facts check ---------------------------------------------------------------------------


def test_check_passes_with_a_summary_of_counts(capsys: Capture,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # Given the (frozen) facts, run from the project folder
    monkeypatch.chdir(ROOT)
    # When checked
    code = main(["facts", "check", "--lang", "en", "--questions", str(FROZEN_QUESTIONS)])
    # Then it exits 0 and says what it verified, with counts
    out, err = capsys.readouterr()
    assert code == EXIT_OK and err == ""
    assert out.splitlines()[0] == ("OK: tests/data/facts — all facts verified against their "
                                   "sources.")
    counts = counts_in(out)
    assert (counts["fact files"], counts["sources"], counts["awards"], counts["editions"],
            counts["results"]) == (2, 2, 2, 2, 6)
    assert {"organisations", "people", "representatives", "quotes", "notes"} <= set(counts)


def test_check_of_a_broken_copy_exits_1_with_line_numbered_errors(broken: FactsCopy,
                                                                    capsys: Capture) -> None:
    # When a broken copy is checked
    code = main(["facts", "check", "--facts", str(broken.root), "--lang", "en"])
    # Then it exits 1, and stderr lists the problem at file:line:column — no traceback
    out, err = capsys.readouterr()
    assert code == EXIT_ERROR
    assert out == ""
    assert err.splitlines() == ["1 problem in the fact files:", rank_error(broken)]
    assert "Traceback" not in err


def test_check_lists_every_problem(facts: FactsCopy, capsys: Capture) -> None:
    facts.replace(AMH, "    rank: 3\n", "    rank: tiga\n")
    facts.write("kosong.yaml", "")
    assert main(["facts", "check", "--facts", str(facts.root), "--lang", "en"]) == EXIT_ERROR
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "2 problems in the fact files:"
    assert err[1].startswith("facts/amh-2023.yaml:") and err[2].startswith("facts/kosong.yaml:1:1:")


def test_check_of_a_missing_folder(tmp_path: Path, capsys: Capture) -> None:
    assert main(["facts", "check", "--facts", str(tmp_path / "tidak-ada"),
                 "--lang", "en"]) == EXIT_ERROR
    assert capsys.readouterr().err.splitlines()[1].endswith(": facts directory not found")


def test_check_honours_the_facts_dir_variable(broken: FactsCopy, capsys: Capture,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # Given $HUMASBOT_FACTS_DIR naming the broken copy
    monkeypatch.setenv(FACTS_DIR_VARIABLE, str(broken.root))
    # When checked without --facts, Then that folder is checked
    assert main(["facts", "check", "--lang", "en"]) == EXIT_ERROR
    assert rank_error(broken) in capsys.readouterr().err


def test_facts_dir_variable_naming_a_good_copy(facts: FactsCopy, capsys: Capture,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FACTS_DIR_VARIABLE, "facts")  # relative to the working directory
    assert main(["facts", "check", "--lang", "en", "--no-questions"]) == EXIT_OK
    assert capsys.readouterr().out.startswith("OK: facts — all facts verified")


def test_facts_option_wins_over_the_variable(broken: FactsCopy, capsys: Capture,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FACTS_DIR_VARIABLE, str(broken.root))
    assert main(["facts", "check", "--facts", str(FROZEN_FACTS), "--no-questions"]) == EXIT_OK
    assert capsys.readouterr().err == ""


# --- facts list ----------------------------------------------------------------------------


def test_list_shows_the_top_gpr_winners_in_rank_order(capsys: Capture) -> None:
    # When the facts are listed
    assert main(["facts", "list"]) == EXIT_OK
    out = capsys.readouterr().out
    lines = out.splitlines()
    # Then the TOP GPR 2021 edition shows its date, that it was virtual, and its three winners
    assert "  TOP GPR 2021  (2021-11-11, virtual)" in lines
    winners = [line for line in lines if "pemenang" in line and "Provinsi " in line]
    assert [w.split()[:2] for w in winners] == [["peringkat", "pertama"],
                                                ["Provinsi", "terbaik"], ["peringkat", "3"]]
    assert [w.rsplit("  ", 1)[1] for w in winners] == [
        "Provinsi DKI Jakarta", "Pemerintah Provinsi Bengkulu", "Provinsi Sumatera Selatan"]


def test_list_shows_amh_2023_with_its_nominations(capsys: Capture) -> None:
    assert main(["facts", "list"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Anugerah Media Humas (AMH)" in out
    assert "  AMH 2023  (2023-10-30, Surabaya)" in out.splitlines()
    assert re.search(r"Terbaik III\s+pemenang\s+Kampanye Komunikasi Publik / Pemerintah Daerah "
                     r"Kabupaten/Kota\s+Pemerintah Kota Bandung", out)
    assert re.search(r"-\s+nominasi\s+Penerbitan Majalah Internal \(inhouse magazine\)\s+"
                     r"Pemerintah Kota Bandung", out)


def test_list_of_broken_facts_prints_no_partial_table(broken: FactsCopy,
                                                      capsys: Capture) -> None:
    # Given only the AMH file broken, When listed, Then nothing is listed (not even TOP GPR)
    assert main(["facts", "list", "--facts", str(broken.root), "--lang", "en"]) == EXIT_ERROR
    out, err = capsys.readouterr()
    assert out == ""
    assert rank_error(broken) in err


# --- facts schema --------------------------------------------------------------------------


def test_schema_output_file(tmp_path: Path, capsys: Capture) -> None:
    # When the schema is written to a file
    target = tmp_path / "schema.json"
    assert main(["facts", "schema", "-o", str(target)]) == EXIT_OK
    # Then the file holds the committed schema, and nothing is printed
    assert target.read_text(encoding="utf-8") == SCHEMA_PATH.read_text(encoding="utf-8")
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "humasbot fact file"
    assert capsys.readouterr().out == ""


def test_schema_output_into_a_missing_folder_is_a_message(tmp_path: Path,
                                                          capsys: Capture) -> None:
    code = main(["facts", "schema", "-o", str(tmp_path / "tidak-ada" / "schema.json")])
    assert code == EXIT_ERROR
    assert "tidak-ada" in capsys.readouterr().err


# --- usage ---------------------------------------------------------------------------------


def test_no_command_prints_help_and_exits_2(capsys: Capture) -> None:
    assert main([]) == EXIT_USAGE
    out = capsys.readouterr().out
    assert out.startswith("usage: humasbot")
    assert "facts" in out and "check, list or describe the fact files" in out


def test_facts_without_an_action_prints_help_and_exits_2(capsys: Capture) -> None:
    assert main(["facts"]) == EXIT_USAGE
    assert capsys.readouterr().out.startswith("usage: humasbot")


def test_unknown_action_is_a_usage_error(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["facts", "periksa"])
    assert caught.value.code == EXIT_USAGE
    assert "invalid choice: 'periksa'" in capsys.readouterr().err


# --- as a user runs it -----------------------------------------------------------------------


def run_humasbot(*args: str, cwd: Path, packaged: bool = False
                 ) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` in `cwd`: on the frozen knowledge, or on the packaged (shipped)
    knowledge/facts and seeds/ when `packaged`."""
    hidden = (FACTS_DIR_VARIABLE, SEEDS_DIR_VARIABLE) if packaged else ()
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["PYTHONPATH"] = str(ROOT)  # the project, whatever the working directory
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=60, check=False)


def test_command_line_check_of_a_broken_copy(broken: FactsCopy) -> None:
    # When `python -m bot facts check --facts facts` runs next to the broken copy
    result = run_humasbot("facts", "check", "--lang", "en", "--facts", "facts",
                          cwd=broken.root.parent)
    # Then it exits 1 with the line-numbered error and no traceback
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == ["1 problem in the fact files:", rank_error(broken)]


def test_command_line_check_of_the_packaged_facts() -> None:
    result = run_humasbot("facts", "check", cwd=ROOT, packaged=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: knowledge/facts — semua fakta cocok dengan sumbernya.")

