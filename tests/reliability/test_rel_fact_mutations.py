"""Broken fact files: thousands of random edits of copies of knowledge/facts/*.yaml.

Each mutant (deterministic: seed SEED, mutant i uses random.Random(f"{SEED}:{i}")) applies one
to three edits — deleted, duplicated or moved lines, swapped value types, renamed keys, bad
indentation, tabs, stray quotes and brackets, YAML tokens, changed numbers and ids, broken
evidence — and sometimes one byte-level edit — truncation (also mid-character), random bytes,
binary junk, UTF-16 / UTF-32 / Latin-1 / cp1252 encodings, CR line ends, files over the size
limit. Then `load_knowledge(dir)` must either load or raise KnowledgeError whose every issue
names the file, a line ≥ 1 inside the file, a column ≥ 1 and a message — never any other
exception. Every CLI_EVERY-th mutant also goes through `humasbot facts check` (bot.cli.main):
exit 1 with the messages on stderr, no traceback.

MUTANTS mutants per run (times HUMASBOT_REL_SCALE); any exception other than KnowledgeError
fails the run (the broken files kept for inspection). The files that once crashed the loader —
control characters, values and keys PyYAML cannot construct, deep nesting, digits int()
refuses, integers too long to print — are regression tests below, with their places.
"""

from __future__ import annotations

import contextlib
import functools
import io
import random
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from frozen_data import FROZEN_FACTS
from rel_support import ROOT, SCALE, TRIED

from bot.cli import main
from knowledge.errors import KnowledgeError
from knowledge.loader import MAX_FILE_BYTES, load_knowledge

SEED = 20_251_106
MUTANTS = 2_000 * SCALE
CLI_EVERY = 20
FACT_FILES = sorted(p.name for p in FROZEN_FACTS.glob("*.yaml"))


# --- mutations ----------------------------------------------------------------------------

@functools.cache
def original(name: str) -> str:
    return (FROZEN_FACTS / name).read_text(encoding="utf-8")


Lines = list[str]
KEY_VALUE = re.compile(r"^(\s*(?:- )?)([^\s:#][^:#]*):(\s*)(.*?)(\r?\n?)$")
VALUES = ["[]", "{}", "[a, b]", "{a: 1}", "[[1], {b: 2}]", "0", "-1", "1.5", "1e400", ".inf",
          ".nan", "true", "no", "null", "~", "''", '""', "2023-02-30", "2021-11-11",
          "2021-11-11 25:61:00", "12:30", "190:20:30", "0x1F", "0o17", "0b101", "9" * 60,
          "0x" + "f" * 4_000, "-" + "9" * 4_000, "!!binary aGk=", "!!binary ???", "!!set {a}",
          "!!omap [a: 1]", "!!timestamp x", "!!bool maybe", "!!int x", "!!int ''", "!!float x",
          "!!str 1", "!!null x", "!custom x", "*nowhere", "&anchor x", "|", ">-", "|\n  a\n b",
          "- x", "? x", "'unterminated", '"unterminated', '"\\x"', '"\\uD800"', "[unbalanced",
          "{unbalanced", "unbalanced]", "a: b: c", "x # comment", "@x", "`x`", "%x", "é" * 3,
          "\u202ejuara", "😀", "\u200b", "\ufeff", "x" * 5_000, "'" + "x" * 3_000 + "'",
          "<<: *x", "!!python/object/apply:os.getcwd []", "Terbaik ፫", "ke-፩፮"]
KEYS = ["unknown", "Name", "id ", " id", "names", "year2", "evidence_", "2023-02-30", "2021",
        "~", "null", "true", "1.5", "<<", "? x", "[a]", "{a: 1}", "- id", "&a id", "*a", "!!str id",
        "!!int x", "!!timestamp x", "'id'", '"id"', "", "x" * 300, "é", "\u202eid"]
TOKENS = ['"', "'", "[", "]", "{", "}", ": ", ":", "- ", "-", "#", "&x ", "*x", "!!", "!x ",
          "|", ">", "%", "@", "`", "?", ",", "---\n", "...\n", "\\", "\t", "  ", "\n", "\r",
          "\u2028", "\x85", "\ufeff", "\u200b", "&a [*a, *a]", "!!python/name:os.system ",
          "<<: ", "* ", "&"]
ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "utf-8-sig",
             "utf-7"]


def _line(rng: random.Random, lines: Lines) -> int:
    return rng.randrange(len(lines)) if lines else 0


def delete_lines(rng: random.Random, lines: Lines) -> Lines:
    start = _line(rng, lines)
    return lines[:start] + lines[start + rng.randint(1, 5):]


def duplicate_lines(rng: random.Random, lines: Lines) -> Lines:
    start = _line(rng, lines)
    block = lines[start:start + rng.randint(1, 6)]
    return lines[:start] + block + block + lines[start + len(block):]


def move_lines(rng: random.Random, lines: Lines) -> Lines:
    start = _line(rng, lines)
    block = lines[start:start + rng.randint(1, 6)]
    rest = lines[:start] + lines[start + len(block):]
    target = _line(rng, rest)
    return rest[:target] + block + rest[target:]


def truncate_lines(rng: random.Random, lines: Lines) -> Lines:
    return lines[:_line(rng, lines)]


def _key_value_lines(lines: Lines) -> list[int]:
    return [i for i, line in enumerate(lines) if KEY_VALUE.match(line)]


def swap_value(rng: random.Random, lines: Lines) -> Lines:
    candidates = _key_value_lines(lines)
    if not candidates:
        return lines
    index = rng.choice(candidates)
    match = KEY_VALUE.match(lines[index])
    assert match
    indent, key, _, _, end = match.groups()
    lines = list(lines)
    lines[index] = f"{indent}{key}: {rng.choice(VALUES)}{end or chr(10)}"
    return lines


def swap_key(rng: random.Random, lines: Lines) -> Lines:
    candidates = _key_value_lines(lines)
    if not candidates:
        return lines
    index = rng.choice(candidates)
    match = KEY_VALUE.match(lines[index])
    assert match
    indent, _, space, value, end = match.groups()
    lines = list(lines)
    lines[index] = f"{indent}{rng.choice(KEYS)}:{space}{value}{end}"
    return lines


def reindent(rng: random.Random, lines: Lines) -> Lines:
    index = _line(rng, lines)
    lines = list(lines)
    if lines:
        stripped = lines[index].lstrip(" ")
        indent = len(lines[index]) - len(stripped)
        lines[index] = " " * max(0, indent + rng.choice([-4, -2, -1, 1, 2, 3, 8])) + stripped
    return lines


def tabs(rng: random.Random, lines: Lines) -> Lines:
    index = _line(rng, lines)
    lines = list(lines)
    if lines:
        line = lines[index]
        if rng.random() < 0.5:
            stripped = line.lstrip(" ")
            lines[index] = "\t" * ((len(line) - len(stripped)) // 2 or 1) + stripped
        else:
            at = rng.randrange(len(line) + 1)
            lines[index] = line[:at] + "\t" + line[at:]
    return lines


def insert_token(rng: random.Random, lines: Lines) -> Lines:
    index = _line(rng, lines)
    lines = list(lines)
    if lines:
        line = lines[index]
        at = rng.randrange(len(line) + 1)
        lines[index] = line[:at] + rng.choice(TOKENS) + line[at:]
    return lines


def change_number(rng: random.Random, lines: Lines) -> Lines:
    candidates = [i for i, line in enumerate(lines) if re.search(r"\d", line)]
    if not candidates:
        return lines
    index = rng.choice(candidates)
    lines = list(lines)
    lines[index] = re.sub(r"\d+", lambda _: str(rng.choice([0, 1, 2, 3, 4, 16, 99, 2022, 2024,
                                                            1944, 2101, 10**20])),
                          lines[index], count=1)
    return lines


def clash_ids(rng: random.Random, lines: Lines) -> Lines:
    ids = [i for i, line in enumerate(lines) if re.match(r"\s*(?:- )?id: ", line)]
    if len(ids) < 2:
        return lines
    a, b = rng.sample(ids, 2)
    lines = list(lines)
    value = lines[b].split("id:", 1)[1]
    lines[a] = lines[a].split("id:", 1)[0] + "id:" + value
    return lines


def break_evidence(rng: random.Random, lines: Lines) -> Lines:
    candidates = [i for i, line in enumerate(lines) if len(line.strip()) > 12]
    if not candidates:
        return lines
    index = rng.choice(candidates)
    line = lines[index]
    at = rng.randrange(len(line) // 2, len(line) - 1)
    lines = list(lines)
    lines[index] = line[:at] + rng.choice("xqzXQZ") + line[at + 1:]
    return lines


def blank_file(rng: random.Random, lines: Lines) -> Lines:
    return [rng.choice(["", "\n", "   \n", "# only a comment\n", "---\n", "...\n", "~\n",
                        "[]\n", "{}\n", "- a\n", "just text\n", "---\n---\n"])]


TEXT_EDITS: list[Callable[[random.Random, Lines], Lines]] = [
    delete_lines, delete_lines, duplicate_lines, duplicate_lines, move_lines, truncate_lines,
    swap_value, swap_value, swap_value, swap_key, swap_key, reindent, reindent, tabs,
    insert_token, insert_token, insert_token, change_number, clash_ids, break_evidence,
    break_evidence,
]


def truncate_bytes(rng: random.Random, data: bytes) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


def random_bytes(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(data) + 1)
        data[at:at] = bytes([rng.randrange(256)])
    return bytes(data)


def binary_junk(rng: random.Random, data: bytes) -> bytes:
    junk = rng.randbytes(rng.randint(1, 400))
    where = rng.choice(["start", "end", "middle", "replace"])
    if where == "start":
        return junk + data
    if where == "end":
        return data + junk
    at = rng.randrange(len(data) + 1)
    return data[:at] + junk + data[at + (len(junk) if where == "replace" else 0):]


def reencode(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    return text.encode(rng.choice(ENCODINGS), "replace")


def line_ends(rng: random.Random, data: bytes) -> bytes:
    return data.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\n", b"\x0b", b"\x0c"]))


def huge(rng: random.Random, data: bytes) -> bytes:
    filler = rng.choice([b"# padding\n", b"a" * 80 + b"\n", b" " * 99 + b"\n", b"\x00"])
    return data + filler * (MAX_FILE_BYTES // len(filler) + 1)


BYTE_EDITS: list[Callable[[random.Random, bytes], bytes]] = [
    truncate_bytes, truncate_bytes, random_bytes, random_bytes, binary_junk, reencode,
    reencode, line_ends,
]


@dataclass
class Mutant:
    index: int
    source: str
    edits: list[str]
    data: bytes
    with_other_file: bool


def make_mutant(index: int) -> Mutant:
    rng = random.Random(f"{SEED}:{index}")
    source = rng.choice(FACT_FILES)
    lines = original(source).splitlines(keepends=True)
    edits: list[str] = []
    if rng.random() < 0.01:
        lines = blank_file(rng, lines)
        edits.append("blank_file")
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
        edit = rng.choice(TEXT_EDITS)
        lines = edit(rng, lines)
        edits.append(edit.__name__)
    data = "".join(lines).encode("utf-8")
    if rng.random() < 0.3:
        byte_edit = rng.choice(BYTE_EDITS)
        data = byte_edit(rng, data)
        edits.append(byte_edit.__name__)
    if rng.random() < 0.005:
        data = huge(rng, data)
        edits.append("huge")
    return Mutant(index, source, edits, data, with_other_file=rng.random() < 0.15)


# --- the oracle ---------------------------------------------------------------------------

def line_bound(data: bytes) -> int:
    """More than the number of lines YAML (or the byte reader) can see in `data`."""
    breaks = sum(data.count(b) for b in (b"\n", b"\r", b"\xc2\x85", "\u2028".encode(),
                                         "\u2029".encode(), b"\n\x00", b"\x00\n"))
    return breaks + 1


def check_issues(error: KnowledgeError, folder: Path, files: dict[str, bytes]) -> None:
    assert error.issues, "KnowledgeError without issues"
    text = str(error)
    for issue in error.issues:
        assert isinstance(issue.file, str) and issue.file, issue
        name = Path(issue.file).name
        assert name in files or name == "index.yaml" or Path(issue.file) == folder, issue
        assert isinstance(issue.line, int) and issue.line >= 1, issue
        assert isinstance(issue.column, int) and issue.column >= 1, issue
        if name in files:
            assert issue.line <= line_bound(files[name]), f"line past the end: {issue}"
        assert isinstance(issue.message, str) and issue.message.strip(), issue
        assert "Traceback" not in issue.message
        assert str(issue) in text
        TRIED["fact mutations: longest message (chars)"] = max(
            TRIED["fact mutations: longest message (chars)"], len(issue.message))


def run_cli(folder: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["facts", "check", "--facts", str(folder), "--lang", "en",
                     "--no-questions"])
    return code, out.getvalue(), err.getvalue()


@dataclass
class MutationRun:
    mutants: int = 0
    loaded: int = 0
    rejected: int = 0
    cli_checked: int = 0
    seconds: float = 0.0
    kinds: Counter[str] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)


def try_mutant(mutant: Mutant, root: Path, run: MutationRun) -> None:
    folder = root / ("pair" if mutant.with_other_file else "solo")
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    files = {mutant.source: mutant.data}
    if mutant.with_other_file:
        other = next(n for n in FACT_FILES if n != mutant.source)
        files[other] = original(other).encode("utf-8")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    where = f"mutant {mutant.index} of {mutant.source} ({', '.join(mutant.edits)})"
    try:
        try:
            load_knowledge(folder)
            run.loaded += 1
            expected_code = 0
        except KnowledgeError as error:
            run.rejected += 1
            run.kinds.update(issue.kind for issue in error.issues)
            check_issues(error, folder, files)
            expected_code = 1
        if mutant.index % CLI_EVERY == 0:
            run.cli_checked += 1
            code, out, err = run_cli(folder)
            assert code == expected_code, (code, err)
            assert "Traceback" not in out + err
            if expected_code:
                assert re.search(r"^\d+ problems? in the fact files:", err, re.M), err
                assert not out.strip()
    except AssertionError as failure:
        run.unexpected.append(f"{where}: {failure}")
        keep_for_inspection(root, mutant)
    except Exception as error:  # anything but KnowledgeError is a crash
        run.unexpected.append(f"{where}: {type(error).__name__}: {str(error)[:300]}")
        keep_for_inspection(root, mutant)


def keep_for_inspection(root: Path, mutant: Mutant) -> None:
    (root / f"failed-{mutant.index}-{mutant.source}").write_bytes(mutant.data)


@pytest.fixture(scope="module")
def mutation_run(tmp_path_factory: pytest.TempPathFactory) -> MutationRun:
    root = tmp_path_factory.mktemp("mutants")
    run = MutationRun()
    start = time.perf_counter()
    for index in range(MUTANTS):
        try_mutant(make_mutant(index), root, run)
        run.mutants += 1
    run.seconds = time.perf_counter() - start
    TRIED["fact mutations: mutants"] += run.mutants
    TRIED["fact mutations: loaded anyway"] += run.loaded
    TRIED["fact mutations: rejected with KnowledgeError"] += run.rejected
    TRIED["fact mutations: also run through facts check"] += run.cli_checked
    TRIED["fact mutations: seconds"] += round(run.seconds)
    print(f"\n{run.mutants} mutants in {run.seconds:.1f}s: {run.loaded} loaded, "
          f"{run.rejected} rejected, {len(run.unexpected)} broke the contract; issue kinds "
          f"{dict(run.kinds)}; kept failures in {root}")
    return run


def test_every_mutant_loads_or_gives_precise_errors(mutation_run: MutationRun) -> None:
    assert mutation_run.mutants == MUTANTS
    assert not mutation_run.unexpected, (
        f"{len(mutation_run.unexpected)} mutants broke the contract:\n"
        + "\n".join(mutation_run.unexpected[:10]))


def test_mutations_exercise_many_kinds_of_problem(mutation_run: MutationRun) -> None:
    """The run is worth something: most mutants are rejected, for many different reasons."""
    assert mutation_run.rejected >= MUTANTS // 2
    assert mutation_run.cli_checked >= 0.9 * MUTANTS // CLI_EVERY
    for kind in ("yaml", "file", "value", "unknown_field", "missing_field", "evidence",
                 "duplicate", "reference"):
        assert mutation_run.kinds[kind] > 0, (kind, mutation_run.kinds)


# --- the worst cases, written by hand -----------------------------------------------------

def _folder_with(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "facts"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    return folder


def _rejected(folder: Path) -> KnowledgeError:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return caught.value


GPR = "top-gpr-2021.yaml"
CLEAN_REJECTIONS = {
    "empty file": b"",
    "only a comment": b"# nothing here\n",
    "a list": b"- a\n- b\n",
    "a scalar": b"just text\n",
    "two documents": original(GPR).encode() + b"---\nawards: []\n",
    "utf-16": original(GPR).encode("utf-16"),
    "cp1252": original(GPR).encode("cp1252", "replace"),
    "latin-1": "source: café\n".encode("latin-1"),
    "nul bytes": b"awards:\x00\n",
    "truncated mid-character": "awards: [“".encode()[:-1],
    "tab indentation": original(GPR).replace("\n  - ", "\n\t- ").encode(),
    "unbalanced bracket": original(GPR).replace("aliases: [", "aliases: [[", 1).encode(),
    "unbalanced quote": b'source: "pemprov-bengkulu-top-gpr-2021\nawards: []\n',
    "duplicate field": b"source: a\nsource: b\n",
    "over the size limit": b"# x\n" * (MAX_FILE_BYTES // 4 + 1),
    "invalid date value": original(GPR).replace("2021-11-11", "2021-11-31", 1).encode(),
    "a python tag": b'awards: !!python/object/apply:os.getcwd []\n',
    "anchors": b"a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n",
}


@pytest.mark.parametrize("data", CLEAN_REJECTIONS.values(), ids=CLEAN_REJECTIONS.keys())
def test_hand_written_broken_files_are_rejected_precisely(tmp_path: Path, data: bytes) -> None:
    folder = _folder_with(tmp_path, GPR, data)
    error = _rejected(folder)
    check_issues(error, folder, {GPR: data})
    code, _, err = run_cli(folder)
    assert code == 1 and "Traceback" not in err and str(error.issues[0]) in err


def test_cli_reports_broken_files_without_a_traceback_in_a_real_process(tmp_path: Path) -> None:
    """`humasbot facts check` as a user runs it, on a folder of several broken files."""
    folder = tmp_path / "facts"
    folder.mkdir()
    text = original(GPR)
    (folder / "a.yaml").write_bytes(b"")
    (folder / "b.yaml").write_text(text.replace("\n  - ", "\n\t- "), encoding="utf-8")
    (folder / "c.yaml").write_text(text.replace("kind: provinsi", "jenis: provinsi", 1),
                                   encoding="utf-8")
    (folder / "d.yaml").write_text(text[: len(text) // 2], encoding="utf-8")
    (folder / "e.yaml").write_bytes(text.encode("utf-16"))
    done = subprocess.run([sys.executable, "-m", "bot", "facts", "check", "--lang", "en",
                           "--facts", str(folder)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and not done.stdout.strip()
    assert "e.yaml:1:1: not UTF-8 text" in done.stderr
    for name in "abcd":
        assert f"{name}.yaml:" in done.stderr


def _place(text: str, needle: str) -> tuple[int, int]:
    """Line and column (from 1) where `needle` first occurs in `text`."""
    at = text.index(needle)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def _only_issue(error: KnowledgeError, name: str) -> str:
    """The single issue of `error`, as `facts check` prints it minus the folder."""
    assert len(error.issues) == 1, [str(i) for i in error.issues]
    [issue] = error.issues
    assert Path(issue.file).name == name, issue
    return str(issue).removeprefix(issue.file)


GPR_TEXT = original(GPR)
ETHIOPIC_RANK = GPR_TEXT.replace("rank_label: Provinsi terbaik peringkat 2",
                                 "rank_label: peringkat ፪", 1)
HUGE_YEAR = GPR_TEXT.replace("year: 2021", "year: 0x" + "f" * 4_000, 1)
# Files that once crashed the loader (ReaderError, AttributeError/KeyError/IndexError/ValueError
# from PyYAML's constructors, RecursionError, ValueError from int()/repr()), and the one issue
# each now gives: place and message.
ONCE_CRASHED = {
    "constructor: invalid date as key": (
        b"2023-02-30: x\n", ":1:1: 2023-02-30: unknown field '2023-02-30'"),  # YAML 1.2: text
    "constructor: !!int key": (
        b"!!int x: 1\n", ":1:1: invalid value 'x': invalid literal for int() with base 10: 'x'"),
    "constructor: !!timestamp value": (
        b"source: !!timestamp x\n", ":1:9: source: invalid value 'x'"),
    "constructor: !!bool value": (
        b"source: !!bool maybe\n", ":1:9: source: invalid value 'maybe'"),
    "constructor: empty !!int value": (
        b"source: !!int ''\n", ":1:9: source: invalid value ''"),
    "recursion: deep flow nesting": (
        b"awards: " + b"[" * 1_000 + b"]" * 1_000 + b"\n", ":1:72: YAML nested too deeply"),
    "recursion: deep block nesting": (
        "".join(f"{'  ' * depth}a{depth}:\n" for depth in range(1_200)).encode(),
        ":65:129: YAML nested too deeply"),
    "huge int: 4,000 hex digits": (
        HUGE_YEAR.encode(), ":{}:{}: edition.year: must be a whole number from 1945 to 2100, "
        "got a very large number".format(*_place(HUGE_YEAR, "0x"))),
}


@pytest.mark.parametrize(("data", "expected"), ONCE_CRASHED.values(), ids=ONCE_CRASHED.keys())
def test_files_that_once_crashed_are_rejected_precisely(tmp_path: Path, data: bytes,
                                                        expected: str) -> None:
    """Regression: PyYAML constructor errors for values and keys, deep nesting and integers
    too long to print are one fact-file problem each, at the value's place."""
    folder = _folder_with(tmp_path, GPR, data)
    error = _rejected(folder)
    check_issues(error, folder, {GPR: data})
    assert _only_issue(error, GPR).startswith(expected), (expected, str(error))
    code, out, err = run_cli(folder)
    assert (code, out) == (1, "") and str(error.issues[0]) in err and "Traceback" not in err


def test_a_rank_in_digits_int_refuses_is_not_a_rank(tmp_path: Path) -> None:
    """Regression: 'rank_label: peringkat ፪' made knowledge/ranks.py raise ValueError; now the
    label states no rank number (and the evidence does not hold it), both at the label."""
    folder = _folder_with(tmp_path, GPR, ETHIOPIC_RANK.encode())
    error = _rejected(folder)
    check_issues(error, folder, {GPR: ETHIOPIC_RANK.encode()})
    line, column = _place(ETHIOPIC_RANK, "peringkat ፪")
    assert [(i.line, i.column, i.kind, i.path, i.message) for i in error.issues] == [
        (line, column, "value", "results[1].rank_label",
         '"peringkat ፪" does not state a rank number'),
        (line, column, "evidence", "results[1].rank_label",
         'the evidence does not mention the rank as written ("peringkat ፪")')]


CONTROL_CHARACTERS = {
    "bell": GPR_TEXT.replace("TOP GPR Award\n", "TOP\x07GPR\n", 1),
    "escape": "source: x\x1b[31m\n",
    "delete": GPR_TEXT.replace("year: 2021", "year: 20\x7f21", 1),
    "C1 control": GPR_TEXT.replace("group: Provinsi", "group: Prov\x9binsi", 1),
}


@pytest.mark.parametrize("text", CONTROL_CHARACTERS.values(), ids=CONTROL_CHARACTERS.keys())
def test_a_control_character_is_reported_at_its_place(tmp_path: Path, text: str) -> None:
    """Regression: yaml.reader.ReaderError escaped load_knowledge; then it was reported at
    1:1 with the place only as a character offset on a second line of the message."""
    data = text.encode()
    folder = _folder_with(tmp_path, GPR, data)
    error = _rejected(folder)
    check_issues(error, folder, {GPR: data})
    [char] = [c for c in text if c in "\x07\x1b\x7f\x9b"]
    assert [(i.line, i.column, i.kind, i.message) for i in error.issues] == [
        (*_place(text, char), "yaml",
         f"YAML syntax: character U+{ord(char):04X} is not allowed in YAML text")], (
        [str(i) for i in error.issues])
    code, out, err = run_cli(folder)
    assert (code, out) == (1, "") and str(error.issues[0]) in err and "Traceback" not in err


AMH = "amh-2023.yaml"


def _result_items(lines: list[str]) -> list[int]:
    """Indexes of the lines starting each item of the top-level `results:` list."""
    start = lines.index("results:\n")
    end = next((i for i in range(start + 1, len(lines)) if lines[i][:1].isalpha()), len(lines))
    return [i for i in range(start + 1, end) if lines[i].startswith("  - ")]


def _without_status(tmp_path: Path, name: str, index: int) -> None:
    """Delete line `index` (a result's `status:`) of fact file `name`: one missing_field
    problem at the first field of that result, naming results[n].status."""
    lines = original(name).splitlines(keepends=True)
    items = _result_items(lines)
    item = max(i for i in items if i < index)
    data = "".join(lines[:index] + lines[index + 1:]).encode()
    folder = tmp_path / name.removesuffix(".yaml") / str(index)
    folder.mkdir(parents=True)
    (folder / name).write_bytes(data)
    error = _rejected(folder)
    check_issues(error, folder, {name: data})
    assert [(i.line, i.column, i.kind, i.path, i.message) for i in error.issues] == [
        (item + 1, 5, "missing_field", f"results[{items.index(item)}].status",
         "required field is missing")], [str(i) for i in error.issues]


def test_deleting_a_nominee_status_does_not_make_a_verified_win(tmp_path: Path) -> None:
    """Regression (verification gap): `status` defaulted to winner, so deleting the line
    `status: nominee` (amh-2023.yaml, 'Penerbitan Majalah Internal', evidence 'meraih
    nominasi') passed `facts check` and the bot announced a win. Now status is required."""
    lines = original(AMH).splitlines(keepends=True)
    nominee = next(i for i, line in enumerate(lines) if line.strip() == "status: nominee")
    _without_status(tmp_path, AMH, nominee)


def test_every_result_states_its_status(tmp_path: Path) -> None:
    """Every result of every fact file writes its status out, and deleting any of them is
    one precise problem."""
    checked = 0
    for name in FACT_FILES:
        lines = original(name).splitlines(keepends=True)
        statuses = [i for i, line in enumerate(lines)
                    if line.strip() in ("status: winner", "status: nominee")]
        assert len(statuses) == len(_result_items(lines)), name
        for index in statuses:
            _without_status(tmp_path, name, index)
            checked += 1
    assert checked >= len(FACT_FILES)
    TRIED["fact precision: status lines deleted and reported"] += checked


def _in_flow_list(lines: list[str]) -> set[int]:
    """Numbers (from 1) of the lines that continue a [flow, list] begun on an earlier line."""
    inside, depth = set(), 0
    for number, line in enumerate(lines, 1):
        if depth > 0:
            inside.add(number)
        depth += line.count("[") - line.count("]")
    return inside


@pytest.mark.parametrize("name", FACT_FILES)
def test_a_tab_is_reported_on_its_own_line(tmp_path: Path, name: str) -> None:
    """Precision: a tab put in front of any line (every other line of each file) is reported
    at exactly that line, column 1, lines continuing a [flow, list] included."""
    lines = original(name).splitlines(keepends=True)
    checked = 0
    for number, line in enumerate(lines, 1):
        if number % 2 or not line.strip() or line.lstrip().startswith("#"):
            continue
        data = "".join([*lines[:number - 1], "\t" + line, *lines[number:]]).encode()
        folder = _folder_with(tmp_path, name, data)
        error = _rejected(folder)
        check_issues(error, folder, {name: data})
        assert (number, 1) in [(i.line, i.column) for i in error.issues], (
            number, [str(i) for i in error.issues])
        checked += 1
    TRIED["fact precision: tabs placed and found on their line"] += checked


def test_an_unclosed_quote_is_reported_where_it_opens(tmp_path: Path) -> None:
    """Regression: a quote opened on line 10 and never closed was reported only at the end of
    the file; the message now names the line where the quoted text starts."""
    lines = original(GPR).splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if "name: TOP GPR Award" in line)
    lines[number - 1] = lines[number - 1].replace("name: ", 'name: "')  # never closed
    data = "".join(lines).encode()
    folder = _folder_with(tmp_path, GPR, data)
    error = _rejected(folder)
    check_issues(error, folder, {GPR: data})
    assert [(i.line, i.column, i.kind, i.message) for i in error.issues] == [
        (len(lines) + 1, 1, "yaml", "YAML syntax: found unexpected end of stream (while "
         f"scanning a quoted scalar), starting at line {number}")], [
        str(i) for i in error.issues]


def _verdict(tmp_path: Path, name: str, text: str) -> list[str]:
    """What load_knowledge says of fact file `name` holding `text`: [] or its problems."""
    folder = tmp_path / "verdict" / str(len(list(tmp_path.glob("verdict/*"))))
    folder.mkdir(parents=True)
    (folder / name).write_text(text, encoding="utf-8")
    try:
        load_knowledge(folder)
    except KnowledgeError as error:
        return [str(i).removeprefix(i.file) for i in error.issues]
    return []


def _tab_before_a_flow_line() -> str:
    lines = GPR_TEXT.splitlines(keepends=True)
    number = min(_in_flow_list(lines))
    return "".join([*lines[:number - 1], "\t" + lines[number - 1], *lines[number:]])


# Whitespace libyaml accepts and PyYAML's pure-Python scanner refuses (mutants 186, 1161, 1267
# and 1541 of the mutation run, and the tab test's flow lines).
PARSER_DEPENDENT = {
    "tab before a flow-list line": _tab_before_a_flow_line(),
    "tab after a colon": GPR_TEXT.replace("group: Provinsi", "group:\t Provinsi", 1),
    "tab inside a value": GPR_TEXT.replace("group: Provinsi", "group: Prov\tinsi", 1),
    "BOM on an empty line": GPR_TEXT.replace("\n\npeople:", "\n\ufeff\npeople:", 1),
}


@pytest.mark.parametrize("text", PARSER_DEPENDENT.values(), ids=PARSER_DEPENDENT.keys())
def test_a_file_is_judged_the_same_whatever_parser_reads_it(tmp_path: Path, text: str) -> None:
    """An unrelated '*' in a name (which sends the file to the pure-Python parser) does not
    change whether the file is accepted, nor its problems."""
    starred = text.replace("name: TOP GPR Award", "name: TOP GPR Award *2021", 1)
    assert starred != text
    assert _verdict(tmp_path, GPR, starred) == _verdict(tmp_path, GPR, text)
    assert _verdict(tmp_path, GPR, GPR_TEXT.replace(
        "name: TOP GPR Award", "name: TOP GPR Award *2021", 1)) == []  # the '*' alone is fine
