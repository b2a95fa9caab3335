"""YAML is loaded safely: no tag in a fact file (or the seeds index) constructs a Python object
or runs anything, and such a file is refused with a precise error.

Every payload tries to create a marker file (os.system, subprocess, exec, eval, open …); the
test checks the marker never appears, that os.system / subprocess were never called, and that
the loader reports the file and the payload's line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from frozen_data import FROZEN_FACTS, FROZEN_SEEDS
from rel_support import ROOT, TRIED

from bot.cli import main
from knowledge.errors import KnowledgeError
from knowledge.loader import load_knowledge

GPR = "top-gpr-2021.yaml"
APPLY = '!!python/object/apply:os.system ["touch {marker}"]'
PAYLOADS = {
    "apply os.system as a field": "awards: " + APPLY + "\n",
    "apply os.system in a list item": "awards:\n  - id: x\n    name: " + APPLY + "\n",
    "apply os.system as a key": "? " + APPLY + "\n: 1\n",
    "apply os.system as the document": APPLY + "\n",
    "apply os.system with kwds": (
        'awards: !!python/object/apply:os.system {{args: ["touch {marker}"]}}\n'),
    "new os.system": 'awards: !!python/object/new:os.system ["touch {marker}"]\n',
    "subprocess.check_call": (
        'awards: !!python/object/apply:subprocess.check_call [["touch", "{marker}"]]\n'),
    "builtins.exec": (
        "awards: !!python/object/apply:builtins.exec [\"open('{marker}', 'w')\"]\n"),
    "builtins.eval": (
        "awards: !!python/object/apply:builtins.eval "
        "[\"__import__('os').system('touch {marker}')\"]\n"),
    "python/name": "awards: !!python/name:os.system\n",
    "python/module": "awards: !!python/module:os\n",
    "python/object with state": (
        "awards: !!python/object:pathlib.PosixPath {{_raw_paths: ['{marker}']}}\n"),
    "python/object/new type": 'awards: !!python/object/new:type {{args: ["X", [], {{}}]}}\n',
    "python/tuple": "awards: !!python/tuple [1, 2]\n",
    "python/bytes": "awards: !!python/bytes aGk=\n",
    "python/complex": "awards: !!python/complex 1+2j\n",
    "python/str": "source: !!python/str x\n",
    "python/none": "source: !!python/none ''\n",
    "verbatim tag": (
        'awards: !<tag:yaml.org,2002:python/object/apply:os.system> ["touch {marker}"]\n'),
    "TAG directive": (
        "%TAG !p! tag:yaml.org,2002:python/\n---\n"
        'awards: !p!object/apply:os.system ["touch {marker}"]\n'),
    "behind an anchor": "x: &a " + APPLY + "\ny: *a\n",
    "inside a merge": "awards:\n  - <<: " + APPLY + "\n    id: x\n",
    "in a flow mapping": "awards: [{{id: " + APPLY + "}}]\n",
    "unknown local tag": 'awards: !shell ["touch {marker}"]\n',
}
TAG_PATTERN = re.compile(r"!!python|!p!object|!<tag|!shell")


@pytest.fixture
def no_execution(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records any call of os.system or subprocess.* (the payloads' targets)."""
    calls: list[str] = []

    def record(name: str):  # type: ignore[no-untyped-def]
        def called(*args: object, **kwargs: object) -> int:
            calls.append(f"{name}{args}")
            return 0
        return called

    monkeypatch.setattr(os, "system", record("os.system"))
    for name in ("call", "check_call", "check_output", "run", "Popen"):
        monkeypatch.setattr(subprocess, name, record(f"subprocess.{name}"))
    return calls


def _payload_line(text: str) -> int:
    match = TAG_PATTERN.search(text)
    assert match
    return text.count("\n", 0, match.start()) + 1


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_python_tags_are_refused_and_construct_nothing(
        tmp_path: Path, payload: str, no_execution: list[str]) -> None:
    marker = tmp_path / "pwned"
    text = payload.format(marker=marker)
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "evil.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    TRIED["yaml safety: payloads refused"] += 1
    assert not marker.exists(), "the payload ran"
    assert not no_execution, no_execution
    issues = [i for i in caught.value.issues if Path(i.file).name == "evil.yaml"]
    assert issues, caught.value
    assert all(i.line >= 1 and i.column >= 1 and i.message for i in issues)
    assert any(i.line == _payload_line(text) for i in issues), (
        f"expected an issue on line {_payload_line(text)}: {[str(i) for i in issues]}")


def test_a_payload_inside_a_real_fact_file_is_refused(
        tmp_path: Path, no_execution: list[str]) -> None:
    marker = tmp_path / "pwned"
    folder = tmp_path / "facts"
    shutil.copytree(FROZEN_FACTS, folder, ignore=shutil.ignore_patterns("*.json"))
    text = (folder / GPR).read_text(encoding="utf-8")
    evil = text.replace("name: TOP GPR Award", "name: " + APPLY.format(marker=marker), 1)
    assert evil != text
    (folder / GPR).write_text(evil, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    [issue] = [i for i in caught.value.issues if i.file.endswith(GPR)]
    assert issue.line == _payload_line(evil)
    assert not marker.exists() and not no_execution


def test_a_payload_in_the_seeds_index_is_refused(tmp_path: Path,
                                                 no_execution: list[str]) -> None:
    marker = tmp_path / "pwned"
    seeds = tmp_path / "seeds"
    shutil.copytree(FROZEN_SEEDS, seeds)
    index = seeds / "index.yaml"
    index.write_text(index.read_text(encoding="utf-8") + "extra: "
                     + APPLY.format(marker=marker) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(FROZEN_FACTS, seeds)
    assert any(i.file.endswith("index.yaml") for i in caught.value.issues)
    assert not marker.exists() and not no_execution


def test_facts_check_refuses_a_payload_in_a_real_process(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "evil.yaml").write_text(PAYLOADS["apply os.system as a field"].format(
        marker=marker), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "facts", "check", "--lang", "en",
                           "--facts", str(folder)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "evil.yaml:1:" in done.stderr
    assert not marker.exists()


def test_the_cli_refuses_a_payload_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              no_execution: list[str]) -> None:
    marker = tmp_path / "pwned"
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "evil.yaml").write_text(PAYLOADS["TAG directive"].format(marker=marker),
                                      encoding="utf-8")
    for command in (["facts", "check"], ["facts", "list"], ["ask", "siapa juara?"]):
        assert main([*command, "--facts", str(folder)]) == 1
        assert "evil.yaml:3:" in capsys.readouterr().err
    assert not marker.exists() and not no_execution


def test_anchor_bombs_are_refused_quickly(tmp_path: Path) -> None:
    """'Billion laughs': nine levels of ten aliases each would expand to 10^9 values. The
    loader must answer in about the time it takes to read 1 KB (bounded by a subprocess
    timeout, so a regression fails instead of hanging the suite)."""
    folder = tmp_path / "facts"
    folder.mkdir()
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"] + [
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]"
        for i in range(8)]
    (folder / "bomb.yaml").write_text("\n".join(levels) + "\n", encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", "facts", "check", "--lang", "en",
                           "--facts", str(folder)], cwd=ROOT, capture_output=True, text=True,
                          timeout=30)
    assert time.perf_counter() - start < 20
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "bomb.yaml:" in done.stderr


UNSAFE_YAML = re.compile(
    r"yaml\.(?:load|load_all|unsafe_load|unsafe_load_all|full_load|full_load_all)\s*\("
    r"|yaml\.(?:Loader|FullLoader|UnsafeLoader|Constructor|FullConstructor|UnsafeConstructor"
    r"|CLoader|CFullLoader|CUnsafeLoader)\b|add_constructor|add_multi_constructor")


def test_no_code_uses_an_unsafe_yaml_loader() -> None:
    """Only yaml.safe_load / SafeLoader anywhere in the bot and the knowledge package."""
    offenders = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
                 for package in ("bot", "knowledge") for path in (ROOT / package).rglob("*.py")
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if UNSAFE_YAML.search(line)]
    assert not offenders, offenders
