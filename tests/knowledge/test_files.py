"""Whole files read with plain os calls: every size, and the errors open() gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.files import read_bytes


@pytest.mark.parametrize("size", [0, 1, 4_000, 65_535, 65_536, 65_537, 1_200_000, 3_500_001])
def test_a_file_of_any_size_is_read_whole(tmp_path: Path, size: int) -> None:
    content = bytes(range(256)) * (size // 256) + bytes(range(size % 256))
    path = tmp_path / "f.bin"
    path.write_bytes(content)
    assert read_bytes(path) == content
    assert read_bytes(str(path)) == content


def test_missing_files_and_folders_raise_what_open_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_bytes(tmp_path / "missing.yaml")
    with pytest.raises(IsADirectoryError):
        read_bytes(tmp_path)
