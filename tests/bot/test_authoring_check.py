"""`humasbot facts check` beyond a valid load: regression questions whose answer changed, note
keywords easy to misuse, and every message in Bahasa Indonesia (English with --lang en)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from frozen_data import DATA, FROZEN_FACTS, FROZEN_QUESTIONS, FROZEN_SEEDS, ROOT

from bot.cli import main
from knowledge.errors import KnowledgeError
from knowledge.loader import load_knowledge
from knowledge.translations import translate

Capture = pytest.CaptureFixture[str]
GROWTH_INDEX = """
  - id: fiktif-aki-2024
    title: "Kabupaten Sukamaju Raih Anugerah Keterbukaan Informasi 2024"
    date: 2024-02-14
    date_kind: event
    file: 2024-02-14_fiktif_kabupaten-sukamaju-aki-2024.txt
"""
# Words that show a message was left in English.
ENGLISH = re.compile(r"\b(the|must|is|not|unknown|duplicate|already|evidence|does|found|"
                     r"missing|got|file|source text|allowed|written|mention)\b")


def english_left(message: str) -> re.Match[str] | None:
    """An English word in `message`, outside what it quotes (values, field names) and the
    list of allowed field names."""
    message = re.sub(r"^[\w\[\].]+: ", "", message)  # the field's path
    message = message.split("yang boleh di sini:")[0].split("sintaks YAML:")[0]
    return ENGLISH.search(re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", "", message))


def test_the_regression_questions_pass_on_the_knowledge_they_were_written_for(
        capsys: Capture) -> None:
    assert main(["facts", "check", "--questions", str(FROZEN_QUESTIONS)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK: ") and "semua fakta cocok dengan sumbernya" in out
    assert re.search(r"Pertanyaan regresi: (\d+) dari \1 jawaban tetap sama", out)


def test_a_changed_answer_is_listed_with_what_was_expected_and_what_came(
        tmp_path: Path, capsys: Capture) -> None:
    # Given a regression question whose expected answer the knowledge no longer gives
    questions = tmp_path / "questions.yaml"
    questions.write_text(
        "cases:\n"
        "  - id: tempat-amh\n    text: \"dimana malam anugerah humas 2023?\"\n"
        "    kind: answerable\n    expect: [Jakarta]\n    forbid: [Surabaya]\n"
        "  - id: juara-gpr\n    text: \"siapa juara TOP GPR 2021?\"\n    kind: answerable\n"
        "    expect: [DKI Jakarta]\n", encoding="utf-8")
    # When checked, Then it exits 1 and says which answer changed, in Indonesian
    assert main(["facts", "check", "--questions", str(questions)]) == 1
    captured = capsys.readouterr()
    assert "Pertanyaan regresi: 1 dari 2 jawaban tetap sama" in captured.out
    err = captured.err.splitlines()
    assert err[0].startswith("1 jawaban berubah dari pertanyaan regresi")
    assert err[1] == "Jawaban berubah: [tempat-amh] “dimana malam anugerah humas 2023?”"
    assert err[2] == "  diharapkan: dijawab; memuat “Jakarta”; tanpa “Surabaya”"
    assert err[3].startswith("  didapat: dijawab — ") and "Surabaya" in err[3]
    assert "perbarui pertanyaannya" in err[4]
    # And in English with --lang en
    assert main(["facts", "check", "--questions", str(questions), "--lang", "en"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[1] == "Answer changed: [tempat-amh] “dimana malam anugerah humas 2023?”"
    assert err[2] == "  expected: answered; holding “Jakarta”; without “Surabaya”"


@pytest.fixture
def grown(tmp_path: Path) -> tuple[Path, Path]:
    """The frozen knowledge plus the fictional AKI 2024, whose note keywords are broad."""
    facts, seeds = tmp_path / "facts", tmp_path / "seeds"
    shutil.copytree(FROZEN_FACTS, facts)
    shutil.copytree(FROZEN_SEEDS, seeds)
    shutil.copy(DATA / "growth" / "facts" / "aki-2024.yaml", facts)
    for article in (DATA / "growth" / "seeds").glob("*.txt"):
        shutil.copy(article, seeds)
    with (seeds / "index.yaml").open("a", encoding="utf-8") as index:
        index.write(GROWTH_INDEX)
    return facts, seeds


def test_keywords_easy_to_misuse_are_warned_of_with_the_reason(
        grown: tuple[Path, Path], capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    facts, seeds = grown
    monkeypatch.chdir(facts.parent)
    # When checked (warnings do not fail the check)
    assert main(["facts", "check", "--facts", "facts", "--seeds", str(seeds),
                 "--no-questions"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines()
             if line.startswith("facts/aki-2024.yaml:")]
    by_keyword = {re.search(r"kata kunci '([^']+)'", line).group(1): line for line in lines}
    # Then each misleading keyword is named at its place, with why
    assert "sama dengan nama organisasi 'Sumsel'" in by_keyword["Sumsel"]
    assert "sama dengan nama organisasi 'Bandung'" in by_keyword["Bandung"]
    assert "memuat tahun 2023" in by_keyword["tahun 2023"]
    assert "hanya terdiri dari kata umum pertanyaan (juara)" in by_keyword["juara"]
    assert "kata umum pertanyaan (kategori)" in by_keyword["kategori"]
    assert by_keyword["Sumsel"].startswith("facts/aki-2024.yaml:67:26: notes[0].keywords[1]: "
                                           "peringatan: ")
    # And a keyword particular to its note is not warned of
    assert "keterbukaan" not in by_keyword
    # And in English
    assert main(["facts", "check", "--facts", "facts", "--seeds", str(seeds),
                 "--no-questions", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert ("facts/aki-2024.yaml:67:26: notes[0].keywords[1]: warning: keyword 'Sumsel' equals "
            "the name of organisation 'Sumsel'") in out


def test_a_keyword_a_typo_away_from_a_question_word_is_warned_of() -> None:
    from bot.authoring import _why, common_words

    common = common_words()
    assert _why("jaura", {}, common, sorted(common)) == ("typo", "jaura ~ juara", "")
    assert _why("podcast warga", {}, common, sorted(common)) is None


# --- messages in both languages --------------------------------------------------------------


def test_a_problem_is_shown_in_indonesian_by_default_and_in_english_on_request(
        tmp_path: Path, capsys: Capture) -> None:
    facts = tmp_path / "facts"
    shutil.copytree(FROZEN_FACTS, facts)
    amh = facts / "amh-2023.yaml"
    amh.write_text(amh.read_text(encoding="utf-8").replace("    rank: 3\n", "    rank: tiga\n"),
                   encoding="utf-8")
    (facts / "kosong.yaml").write_text("", encoding="utf-8")
    assert main(["facts", "check", "--facts", str(facts)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "2 masalah di berkas fakta:"
    assert err[1].endswith(': results[0].rank: harus bilangan bulat mulai 1, tertulis "tiga"')
    assert err[2].endswith("kosong.yaml:1:1: harus berupa blok kolom (nama: nilai), "
                           "berkasnya kosong")
    assert main(["facts", "list", "--facts", str(facts), "--lang", "en"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "2 problems in the fact files:"
    assert err[1].endswith(': results[0].rank: must be a whole number from 1, got "tiga"')


@pytest.mark.parametrize(("english", "indonesian"), [
    ("unknown organisation 'kota-bandng' (did you mean 'kota-bandung'?)",
     "organisasi tak dikenal 'kota-bandng' (maksud Anda 'kota-bandung'?)"),
    ('the evidence does not mention the category ("Media Audiovisual")',
     'kutipan tidak menyebut kategorinya ("Media Audiovisual")'),
    ("evidence not found in source 'x': copy the excerpt exactly as the article writes it",
     "kutipan tidak ditemukan di sumber 'x': salin kutipan persis seperti tertulis di artikel"),
    ("duplicate award id 'amh' (already declared in facts/amh-2023.yaml)",
     "id penghargaan ganda 'amh' (sudah dideklarasikan di facts/amh-2023.yaml)"),
])
def test_messages_in_both_languages(english: str, indonesian: str) -> None:
    assert translate(english, "id") == indonesian
    assert translate(english, "en") == english


def test_the_guides_table_of_messages_is_in_indonesian() -> None:
    guide = (ROOT / "knowledge" / "PANDUAN.md").read_text(encoding="utf-8")
    section = guide[guide.index("## 6."):guide.index("## 7.")]
    lines = re.findall(r"^\S+:\d+:\d+: .*$", section, flags=re.MULTILINE)
    assert len(lines) > 50
    for line in lines:
        assert not english_left(line.split(": ", 1)[1]), line


BREAKAGES = [
    ("    rank: 3\n", "    rank: tiga\n"), ("kind: kota\n", "kind: kampung\n"),
    ("organisation: kota-bandung\n", "organisation: kota-bandng\n"),
    ("weekday: Senin", "weekday: Selasa"), ("rank_label: Terbaik III", "rank_label: Terbaik II"),
    ("  - id: darto\n", "  - id: Darto\n"), ("date: 2023-10-30\n", "date: 2023-02-30\n"),
    ("    status: winner\n", "    status: juara\n"), ("aliases: [AMH]", "aliases: AMH"),
    ("source: halojabar-amh-2023-pemkot-bandung\n", "source: tidak-ada\n"),
    ("text: Humas Bersinergi untuk Kemajuan Negeri", "text: Humas Hebat"),
    ("    category: Media Audiovisual\n", "    category: Media Audiovisual\n    kategori: x\n"),
    ("      - Diskominfo Bandung\n", "      - Diskominfo Bandung\n      - Bandung\n"),
]


def test_no_message_of_a_broken_file_is_left_in_english(tmp_path: Path) -> None:
    original = (FROZEN_FACTS / "amh-2023.yaml").read_text(encoding="utf-8")
    seen = 0
    for number, (old, new) in enumerate(BREAKAGES):
        facts = tmp_path / str(number)
        shutil.copytree(FROZEN_FACTS, facts)
        assert old in original, old
        (facts / "amh-2023.yaml").write_text(original.replace(old, new, 1), encoding="utf-8")
        with pytest.raises(KnowledgeError) as caught:
            load_knowledge(facts, FROZEN_SEEDS)
        for issue in caught.value.issues:
            assert not english_left(issue.render("id").split(": ", 1)[1]), issue.render("id")
            seen += 1
    assert seen >= len(BREAKAGES)
