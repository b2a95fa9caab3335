"""The knowledge cache: an unchanged set of fact files is read back, never a stale or failed
one — any edit of a fact file, the index or an article is a fresh, fully checked load."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from knowledge_support import AMH, AMH_SOURCE, FactsCopy

from knowledge import cache
from knowledge import loader as loader_module
from knowledge.errors import KnowledgeError
from knowledge.loader import load_knowledge

AMH_ARTICLE = "2023-10-30_halojabar_pemkot-bandung-amh-2023.txt"


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("*.pickle"))


class _NoParsing:
    """Makes any fact-file parse fail loudly: a load that still succeeds came from the cache."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(loader_module._Run, "parse_fact_files", self._refuse)

    @staticmethod
    def _refuse(*_: object) -> None:
        raise AssertionError("the fact files were parsed")


def test_unchanged_facts_are_read_back_from_the_cache(
        facts: FactsCopy, seeds: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a successful load with a cache
    first = load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    assert len(_entries(cache_dir)) == 1
    # When the same files are loaded again, with parsing made impossible
    _NoParsing(monkeypatch)
    again = load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    # Then the same knowledge comes back, facts still told their source and edition
    assert again.counts() == first.counts()
    assert [r.model_dump() for r in again.results] == [r.model_dump() for r in first.results]
    assert [(r.edition_id, r.source_id) for r in again.results] == [
        (r.edition_id, r.source_id) for r in first.results]
    assert again.sources[AMH_SOURCE].text == first.sources[AMH_SOURCE].text
    assert dict(again.results_by_organisation) == dict(first.results_by_organisation)


def test_an_edited_fact_file_is_loaded_afresh(
        facts: FactsCopy, seeds: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a cached load, then a comment added to the AMH file
    load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    before = _entries(cache_dir)
    facts.write(AMH, facts.text(AMH) + "\n# catatan baru\n")
    # When loaded again, Then the files are parsed (not read back) …
    with pytest.raises(AssertionError, match="parsed"), monkeypatch.context() as patch:
        patch.setattr(loader_module._Run, "parse_fact_files", _NoParsing._refuse)
        load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    # … and the fresh load replaces the folder's old entry
    assert load_knowledge(facts.root, seeds, cache_dir=cache_dir).counts()["files"] == 2
    after = _entries(cache_dir)
    assert len(after) == 1 and after != before


def test_an_edited_index_is_loaded_afresh(
        facts: FactsCopy, seeds: Path, cache_dir: Path) -> None:
    # Given a cached load, then the AMH article's title changed in the seeds index
    old = load_knowledge(facts.root, seeds, cache_dir=cache_dir).sources[AMH_SOURCE].title
    index = seeds / "index.yaml"
    index.write_text(index.read_text(encoding="utf-8").replace(old, old + " (revisi)"),
                     encoding="utf-8")
    # When loaded again, Then the new title is what the knowledge holds
    kb = load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    assert kb.sources[AMH_SOURCE].title == old + " (revisi)"


def test_a_broken_edit_is_refused_even_with_a_cached_load(
        facts: FactsCopy, seeds: Path, cache_dir: Path) -> None:
    # Given a cached load, then an excerpt of the AMH file changed so that the article
    # no longer contains it
    load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    facts.replace(AMH, "Tahun ini, AMH mengangkat tema", "Tahun ini, AMH mengusung tema")
    # When loaded again, Then the problem is reported and nothing is served from the cache
    with pytest.raises(KnowledgeError, match="evidence not found"):
        load_knowledge(facts.root, seeds, cache_dir=cache_dir)


def test_an_edited_article_is_checked_again(
        facts: FactsCopy, seeds: Path, cache_dir: Path) -> None:
    # Given a cached load, then the AMH article rewritten so that an excerpt is gone
    load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    article = seeds / AMH_ARTICLE
    article.write_text(article.read_text(encoding="utf-8").replace(
        "mengangkat tema", "memakai tema"), encoding="utf-8")
    # When loaded again, Then the evidence check runs and fails: the cache is not used
    with pytest.raises(KnowledgeError, match="evidence not found"):
        load_knowledge(facts.root, seeds, cache_dir=cache_dir)


def test_a_failed_load_stores_nothing(facts: FactsCopy, seeds: Path, cache_dir: Path) -> None:
    facts.replace(AMH, "Tahun ini, AMH mengangkat tema", "Tahun ini, AMH mengusung tema")
    with pytest.raises(KnowledgeError):
        load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    assert _entries(cache_dir) == []


def test_a_damaged_entry_is_a_miss_and_is_replaced(
        facts: FactsCopy, seeds: Path, cache_dir: Path, caplog: pytest.LogCaptureFixture
        ) -> None:
    # Given a cache entry cut in half
    expected = load_knowledge(facts.root, seeds, cache_dir=cache_dir).counts()
    (entry,) = _entries(cache_dir)
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    # When loaded again
    kb = load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    # Then the files are loaded, a warning names the entry, and a whole entry is written
    assert kb.counts() == expected
    assert "unreadable" in caplog.text
    with open(entry, "rb") as file:
        articles, stored = pickle.load(file)
    assert stored.counts() == expected and articles


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_an_entry_others_could_write_is_not_read(
        facts: FactsCopy, seeds: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    # Given a cached load whose entry is then made writable by everyone
    load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    (entry,) = _entries(cache_dir)
    assert entry.stat().st_mode & 0o077 == 0  # written private
    entry.chmod(0o666)
    # When loaded again, Then the entry is not read: the files are parsed again
    with pytest.raises(AssertionError, match="parsed"), monkeypatch.context() as patch:
        patch.setattr(loader_module._Run, "parse_fact_files", _NoParsing._refuse)
        load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    assert "not private" in caplog.text


def test_an_entry_of_another_shape_is_a_miss(
        facts: FactsCopy, seeds: Path, cache_dir: Path) -> None:
    expected = load_knowledge(facts.root, seeds, cache_dir=cache_dir).counts()
    (entry,) = _entries(cache_dir)
    entry.write_bytes(pickle.dumps(({}, "not knowledge")))
    assert load_knowledge(facts.root, seeds, cache_dir=cache_dir).counts() == expected


def test_an_unwritable_cache_only_warns(
        facts: FactsCopy, seeds: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # Given a "cache folder" that is a file
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder", encoding="utf-8")
    # When loaded, Then the knowledge loads and a warning says the cache was not written
    assert load_knowledge(facts.root, seeds, cache_dir=blocked).counts()["files"] == 2
    assert "not written" in caplog.text


def test_another_working_directory_is_another_entry(
        facts: FactsCopy, seeds: Path, cache_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Files are named as the user sees them (relative to the working directory), so a load
    # from elsewhere does not reuse names made for another place
    first = load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    monkeypatch.chdir(tmp_path / "seeds")
    elsewhere = load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    assert first.files != elsewhere.files
    assert all(not name.startswith("facts/") for name in elsewhere.files)


@pytest.mark.parametrize(("value", "expected"), [
    ("off", None), ("OFF", None), ("/tmp/somewhere", Path("/tmp/somewhere")),
])
def test_cache_dir_setting(value: str, expected: Path | None,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_DIR_VARIABLE, value)
    assert cache.resolve_cache_dir() == expected


def test_cache_dir_defaults_to_the_user_cache_folder(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.CACHE_DIR_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.resolve_cache_dir() == tmp_path / "humasbot"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache.resolve_cache_dir() == tmp_path / ".cache" / "humasbot"


def test_a_load_with_a_cache_walks_the_facts_folder_once(
        facts: FactsCopy, seeds: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a facts folder whose walk is counted
    walks: list[Path] = []
    real_walk = loader_module.fact_file_paths

    def counted(folder: Path) -> list[str]:
        walks.append(folder)
        return real_walk(folder)

    monkeypatch.setattr(loader_module, "fact_file_paths", counted)
    # When it is loaded with an empty cache (looked up, missed, loaded and stored)
    kb = load_knowledge(facts.root, seeds, cache_dir=cache_dir)
    # Then the cache's look-up and the parse shared one walk of the folder
    assert len(walks) == 1 and kb.counts()["files"] == len(real_walk(facts.root))
    assert len(_entries(cache_dir)) == 1
