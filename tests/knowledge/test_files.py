"""Only regular files inside their folder are read, and never more than a limit: a named pipe,
a device, a link that leads out of the facts or seeds folder, or a source path that leaves its
folder is a reported problem — quickly, and without reading it."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.errors import KnowledgeError
from knowledge.files import NotRegular, OutsideFolder, TooLarge, read_regular
from knowledge.loader import MAX_SOURCE_BYTES, load_knowledge

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "Anugerah Percobaan 2024 digelar di Aula Contoh, Senin (4/11/2024).\n"
FACTS = """\
source: contoh
sources:
- id: contoh
  title: Contoh
  file: {file}
awards:
- id: apx
  name: Anugerah Percobaan
  evidence: Anugerah Percobaan 2024 digelar
edition:
  award: apx
  year: 2024
  evidence: Anugerah Percobaan 2024 digelar
"""


def _facts(tmp_path: Path, file: str = "contoh.txt") -> Path:
    """tmp_path/facts: one fact file citing `file`, beside the article contoh.txt."""
    folder = tmp_path / "facts"
    folder.mkdir(exist_ok=True)
    (folder / "contoh.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "apx-2024.yaml").write_text(FACTS.format(file=file), encoding="utf-8")
    return folder


def _issues(folder: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return [str(issue) for issue in caught.value.issues]


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def _check_in_a_process(cwd: Path) -> subprocess.CompletedProcess[str]:
    """`facts check --facts facts` in its own process, bounded in time and memory, so that a
    hang or a runaway read fails the test instead of the test run."""
    env = {k: v for k, v in os.environ.items() if k != "HUMASBOT_FACTS_DIR"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "bot", "facts", "check", "--lang", "en",
                           "--facts", "facts"],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=30,
                          check=False, preexec_fn=_limit_memory)


def test_the_example_loads(tmp_path: Path) -> None:
    assert load_knowledge(_facts(tmp_path)).counts()["editions"] == 1


# --- fact files -----------------------------------------------------------------------------

def test_a_named_pipe_among_the_fact_files_is_refused_without_waiting(tmp_path: Path) -> None:
    # Given a named pipe called like a fact file, with no writer (opening it would wait)
    folder = _facts(tmp_path)
    os.mkfifo(folder / "pipa.yaml")
    # When the facts are checked, Then it is a problem, reported at once
    done = _check_in_a_process(tmp_path)
    assert done.returncode == 1, done.stderr[-300:]
    assert "facts/pipa.yaml:1:1: cannot read the file: not a regular file" in done.stderr


def test_a_fact_file_linked_to_dev_zero_is_refused_without_reading(tmp_path: Path) -> None:
    folder = _facts(tmp_path)
    (folder / "nol.yaml").symlink_to("/dev/zero")
    done = _check_in_a_process(tmp_path)
    assert done.returncode == 1, done.stderr[-300:]
    assert "facts/nol.yaml:1:1: cannot read the file: a link that leads outside facts" in (
        done.stderr)


def test_a_fact_file_linked_outside_the_facts_folder_is_refused(tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a link to a fact file kept elsewhere (which would load if read)
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()
    (elsewhere / "apx-2025.yaml").write_text("awards: []\n", encoding="utf-8")
    folder = _facts(tmp_path)
    (folder / "apx-2025.yaml").symlink_to(elsewhere / "apx-2025.yaml")
    monkeypatch.chdir(tmp_path)
    assert _issues(folder) == [
        "facts/apx-2025.yaml:1:1: cannot read the file: a link that leads outside facts"]


def test_a_link_inside_the_facts_folder_is_read(tmp_path: Path) -> None:
    # Given the fact file kept under another name in a subfolder, and linked to from the folder
    folder = _facts(tmp_path)
    (folder / "arsip").mkdir()
    (folder / "apx-2024.yaml").rename(folder / "arsip" / "apx-2024.bak")
    (folder / "apx-2024.yaml").symlink_to(Path("arsip") / "apx-2024.bak")
    # When loaded, Then it is read through the link
    assert load_knowledge(folder).counts()["editions"] == 1


# --- source articles ------------------------------------------------------------------------

@pytest.mark.parametrize("file", ["/etc/hostname", "/tidak/ada.txt", "../contoh.txt",
                                  "../tidak-ada.txt", "arsip/../../contoh.txt", "."])
def test_a_source_path_must_stay_in_its_folder(tmp_path: Path, file: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a source whose `file:` is absolute or leaves the fact file's folder (its target
    # existing or not)
    (tmp_path / "contoh.txt").write_text(ARTICLE, encoding="utf-8")
    folder = _facts(tmp_path, file)
    monkeypatch.chdir(tmp_path)
    # When loaded, Then the same message, which says nothing of the target, is reported
    assert _issues(folder) == [
        f"facts/apx-2024.yaml:5:9: sources[0].file: source file '{file}' must be a file name "
        "or a relative path inside facts"]


def test_a_source_path_inside_its_folder_is_read(tmp_path: Path) -> None:
    folder = _facts(tmp_path, "arsip/./../arsip/contoh.txt")
    (folder / "arsip").mkdir()
    (folder / "contoh.txt").rename(folder / "arsip" / "contoh.txt")
    assert load_knowledge(folder).sources["contoh"].text == ARTICLE


def test_a_source_linked_to_dev_zero_is_refused_without_reading(tmp_path: Path) -> None:
    folder = _facts(tmp_path, "nol.txt")
    (folder / "nol.txt").symlink_to("/dev/zero")
    done = _check_in_a_process(tmp_path)
    assert done.returncode == 1, done.stderr[-300:]
    assert ("facts/apx-2024.yaml:5:9: sources[0].file: source text facts/nol.txt is a link "
            "that leads outside facts") in done.stderr


def test_a_source_that_is_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    folder = _facts(tmp_path, "pipa.txt")
    os.mkfifo(folder / "pipa.txt")
    done = _check_in_a_process(tmp_path)
    assert done.returncode == 1, done.stderr[-300:]
    assert "sources[0].file: source text facts/pipa.txt is not a regular file" in done.stderr


def test_an_oversize_source_is_refused(tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _facts(tmp_path)
    (folder / "contoh.txt").write_text(ARTICLE + "x" * MAX_SOURCE_BYTES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _issues(folder) == [
        f"facts/apx-2024.yaml:5:9: sources[0].file: source text facts/contoh.txt is too large "
        f"({len(ARTICLE) + MAX_SOURCE_BYTES:,} bytes; at most {MAX_SOURCE_BYTES:,})"]


def test_a_source_linked_outside_the_seeds_folder_is_refused(tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a seeds folder whose index names an article that links to a file elsewhere
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "rahasia.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "contoh.txt").symlink_to(tmp_path / "rahasia.txt")
    (seeds / "index.yaml").write_text(
        "sources:\n- id: contoh\n  title: Contoh\n  file: contoh.txt\n", encoding="utf-8")
    folder = _facts(tmp_path)
    without_sources = FACTS.replace("sources:\n- id: contoh\n  title: Contoh\n  file: {file}\n", "")
    (folder / "apx-2024.yaml").write_text(without_sources, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder, seeds)
    assert [str(i) for i in caught.value.issues] == [
        "seeds/index.yaml:4:9: sources[0].file: source text seeds/contoh.txt is a link that "
        "leads outside seeds"]


# --- the reader itself ----------------------------------------------------------------------

def test_reads_are_bounded(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 10)
    assert read_regular(path, 10) == b"x" * 10
    with pytest.raises(TooLarge) as caught:
        read_regular(path, 9)
    assert caught.value.size == 10
    with pytest.raises(NotRegular):
        read_regular("/dev/zero", 10)
    with pytest.raises(OutsideFolder):
        read_regular(path, 10, str(tmp_path / "b"))
    with pytest.raises(IsADirectoryError):
        read_regular(tmp_path, 10)
    with pytest.raises(FileNotFoundError):
        read_regular(tmp_path / "missing", 10)
