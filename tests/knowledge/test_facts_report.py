"""`humasbot facts report -o DIR`: one page per article with its evidence highlighted, an index
of editions and results, everything escaped; opened in a real (headless) Chromium."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.cli import EXIT_OK, main
from knowledge.draft import draft_fact_file
from knowledge.draft_yaml import fact_file_yaml
from knowledge.loader import load_knowledge

DATA = Path(__file__).resolve().parents[1] / "data" / "authoring"
SEEDS = DATA / "seeds"
FICTIONAL = "2024-12-06_warta-fiktif_kabupaten-wanasari-aihd-2024.txt"
FICTIONAL_ID = "warta-fiktif-aihd-2024-kabupaten-wanasari"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The report of the two seed files plus a draft of the fictional article."""
    root = tmp_path_factory.mktemp("report")
    facts = root / "facts"
    facts.mkdir()
    for name in ("amh-2023", "top-gpr-2021"):
        shutil.copy(DATA / "expected" / f"{name}.yaml", facts)
    text = (SEEDS / FICTIONAL).read_text(encoding="utf-8")
    draft = draft_fact_file(text, FICTIONAL_ID, load_knowledge(facts, SEEDS))
    (facts / "aihd-2024.yaml").write_text(fact_file_yaml(draft.data, "t"), encoding="utf-8")
    code = main(["facts", "report", "-o", str(root / "site"), "--facts", str(facts),
                 "--seeds", str(SEEDS)])
    assert code == EXIT_OK
    return root / "site"


def page(site: Path, source: str) -> str:
    return (site / "sources" / f"{source}.html").read_text(encoding="utf-8")


def test_one_page_per_article_and_an_index(site):
    assert (site / "index.html").is_file()
    names = sorted(p.stem for p in (site / "sources").glob("*.html"))
    assert FICTIONAL_ID in names and "halojabar-amh-2023-pemkot-bandung" in names


def test_every_fact_is_beside_its_highlighted_evidence(site):
    text = page(site, "halojabar-amh-2023-pemkot-bandung")
    # the result's excerpt is highlighted, and the mark names the facts it supports
    assert re.search(r'<mark id="m\d+" class="ev" data-facts="[f\d ]+"[^>]*>[^<]*Terbaik III', text)
    # each fact links to its first highlight
    for key, mark in re.findall(r'<li id="(f\d+)" class="fact[^"]*"><a href="#(m\d+)">', text):
        assert f'id="{mark}"' in text, key
    assert text.count('<li id="f') == text.count('<a href="#m')


def test_drafts_are_marked(site):
    text = page(site, FICTIONAL_ID)
    assert 'class="ev draft"' in text and "draf: perlu ditinjau" in text
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'Anugerah Inovasi Humas Daerah 2024 <span class="badge">draf</span>' in index
    assert '<tr class="draft">' in index and "Pemerintah Kota Tirtajaya" in index
    assert "Pemerintah Kota Bandung" in index  # served results too


def test_everything_is_escaped(tmp_path, monkeypatch):
    # Given an article and a fact whose words look like markup
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(
        'Judul <script>alert("x")</script>\n\nPemkot <b>Contoh</b> & "kawan" meraih Juara 1.\n',
        encoding="utf-8")
    (tmp_path / "seeds" / "index.yaml").write_text(
        'sources:\n  - id: a\n    title: "<img src=x onerror=alert(1)>"\n    file: a.txt\n',
        encoding="utf-8")
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "a.yaml").write_text(
        "source: a\norganisations:\n  - id: contoh\n    name: Pemkot <b>Contoh</b>\n"
        "    kind: kota\n    evidence: Pemkot <b>Contoh</b> & \"kawan\"\n", encoding="utf-8")
    assert main(["facts", "report", "-o", "site", "--facts", "facts", "--seeds", "seeds"]) == 0
    text = (tmp_path / "site" / "sources" / "a.html").read_text(encoding="utf-8")
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    # Then no markup of the article or the facts gets into the page as markup
    for shown in (text, index):
        assert "<script>alert" not in shown and "<img" not in shown and "<b>" not in shown
    assert html.escape('<script>alert("x")</script>') in text
    assert "&lt;b&gt;Contoh&lt;/b&gt; &amp; &quot;kawan&quot;</mark>" in text


def chromium() -> str:
    found = next((shutil.which(name) for name in BROWSERS if shutil.which(name)), None)
    if found is None:
        pytest.skip("no Chromium found (chromium, chromium-browser, google-chrome): install it "
                    "with `apt-get install -y chromium` to run the browser test")
    return found


def dump_dom(browser: str, path: Path) -> tuple[str, str]:
    run = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--enable-logging=stderr", "--v=0", f"--user-data-dir={path.parent / '.chromium'}",
         "--dump-dom", path.as_uri()],
        capture_output=True, text=True, timeout=120, env={**os.environ, "LANG": "C.UTF-8"})
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout, run.stderr


@pytest.mark.parametrize("name", [f"sources/{FICTIONAL_ID}.html",
                                  "sources/pemprov-bengkulu-top-gpr-2021.html", "index.html"])
def test_the_pages_load_in_a_real_browser_with_their_highlights(site, name):
    browser = chromium()
    dom, log = dump_dom(browser, site / name)
    # Then the page's script ran (it counts the highlights once the page is loaded), and no
    # script error or blocked load happened
    body = re.search(r"<body[^>]*>", dom).group()
    assert 'data-loaded="yes"' in body
    assert "data-errors" not in body
    assert not re.search(r"Uncaught|Refused to|Failed to load", log), log[-2000:]
    marks = int(re.search(r'data-marks="(\d+)"', body).group(1))
    if name.startswith("sources/"):
        assert marks >= 5 and dom.count('<mark id="m') == marks
    else:
        assert marks == 0 and "<table>" in dom
