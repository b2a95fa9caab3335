"""A new fact file makes the bot answer about a new award, with no code change."""

from __future__ import annotations

import shutil
import textwrap

import pytest
from frozen_data import FROZEN_FACTS

from bot.engine import Engine
from bot.reply import Status
from knowledge.loader import load_knowledge

ARTICLE = """\
Kabupaten Lembah Hijau Sabet Penghargaan Humas Nusantara 2030

Pemerintah Kabupaten (Pemkab) Lembah Hijau meraih Juara 1 Penghargaan Humas Nusantara (PHN)
2030 kategori Video Layanan Publik. Juara 2 diraih Kota Tanjung Pelangi.

Penghargaan diserahkan di Aula Cendana, Kota Bukit Awan, Rabu (6/3/2030).
PHN tahun ini mengangkat tema "Humas Melayani Sepenuh Hati".
"""

FACTS = """\
source: phn-2030-article
sources:
  - id: phn-2030-article
    title: Kabupaten Lembah Hijau Sabet Penghargaan Humas Nusantara 2030
    publisher: Warta Fiktif
    date: 2030-03-06
    file: phn-2030.txt
awards:
  - id: phn
    name: Penghargaan Humas Nusantara
    aliases: [PHN]
    evidence: Penghargaan Humas Nusantara (PHN)
organisations:
  - id: kab-lembah-hijau
    name: Pemerintah Kabupaten Lembah Hijau
    kind: kabupaten
    aliases: [Lembah Hijau, Pemkab Lembah Hijau, Kabupaten Lembah Hijau]
    evidence: Pemerintah Kabupaten (Pemkab) Lembah Hijau
  - id: kota-tanjung-pelangi
    name: Kota Tanjung Pelangi
    kind: kota
    aliases: [Tanjung Pelangi]
    evidence: Kota Tanjung Pelangi
edition:
  award: phn
  year: 2030
  evidence: Penghargaan Humas Nusantara (PHN) 2030
  theme:
    text: Humas Melayani Sepenuh Hati
    evidence: mengangkat tema "Humas Melayani Sepenuh Hati"
  events:
    - date: 2030-03-06
      weekday: Rabu
      venue: Aula Cendana
      city: Bukit Awan
      evidence: diserahkan di Aula Cendana, Kota Bukit Awan, Rabu (6/3/2030)
results:
  - organisation: kab-lembah-hijau
    status: winner
    rank: 1
    rank_label: Juara 1
    category: Video Layanan Publik
    evidence: >-
      Pemerintah Kabupaten (Pemkab) Lembah Hijau meraih Juara 1 Penghargaan Humas Nusantara
      (PHN) 2030 kategori Video Layanan Publik
  - organisation: kota-tanjung-pelangi
    status: winner
    rank: 2
    rank_label: Juara 2
    category: Video Layanan Publik
    evidence: [kategori Video Layanan Publik, Juara 2 diraih Kota Tanjung Pelangi]
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("facts")
    for path in FROZEN_FACTS.glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    (folder / "phn-2030.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "phn-2030.yaml").write_text(textwrap.dedent(FACTS), encoding="utf-8")
    return Engine(load_knowledge(folder))


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("siapa juara PHN 2030?", ["Lembah Hijau", "Tanjung Pelangi"], []),
        ("juara 2 penghargaan humas nusantara 2030 siapa", ["Tanjung Pelangi"], ["Lembah Hijau"]),
        ("pemkab lembah hijau dapet peringkat brp?", ["Juara 1"], []),
        ("kapan PHN 2030 diserahkan", ["6 Maret 2030", "Rabu"], []),
        ("dmn penyerahan phn 2030", ["Aula Cendana", "Bukit Awan"], []),
        ("tema PHN 2030 apa", ["Humas Melayani Sepenuh Hati"], []),
        ("penghargaan humas nusantra 2030 pemenangnya siapa", ["Lembah Hijau"], []),
    ],
)
def test_a_new_award_from_a_new_fact_file_is_answered(engine, question, expected, absent):
    reply = engine.ask(question, "new")
    assert reply.status == Status.ANSWERED, reply.text
    for fragment in expected:
        assert fragment in reply.text
    for fragment in absent:
        assert fragment not in reply.text
    assert reply.sources[0].title.startswith("Kabupaten Lembah Hijau")


def test_the_new_award_leaves_old_facts_answered(engine):
    assert "Sumatera Selatan" in engine.ask("juara 3 top gpr 2021", "old").text
    assert "Terbaik III" in engine.ask("pemkot bandung juara brp di AMH 2023", "old").text


def test_unknown_year_of_the_new_award_is_no_data(engine):
    reply = engine.ask("siapa juara PHN 2029?", "new")
    assert reply.status == Status.NO_DATA and "Nusantara 2030" in reply.text
