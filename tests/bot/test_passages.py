"""Source sentences: how articles are cut into sentences and what a quoted one carries."""

from __future__ import annotations

import pytest

from bot.answering.passages import PassageIndex, _sequel, split_sentences
from bot.reply import Status
from bot.understanding.entities import EntityIndex


def test_a_line_ending_with_a_comma_runs_on_into_the_next():
    text = ("Sementara itu disampaikan Kadis Jaduliwan,\n"
            "Pemprov Bengkulu terus berupaya menyebarluaskan informasi.\n\n"
            "Baca Juga: berita lain\n"
            "Kalimat baru.")
    assert split_sentences(text) == [
        "Sementara itu disampaikan Kadis Jaduliwan, Pemprov Bengkulu terus berupaya "
        "menyebarluaskan informasi.", "Baca Juga: berita lain", "Kalimat baru."]


def test_a_sentence_that_goes_on_from_the_one_before_is_its_sequel():
    sentences = ["Masih ada evaluasi yang harus dilakukan.",
                 "Dengan begitu, Pemkot Bandung dapat memberikan pelayanan prima.",
                 "Kalimat lain."]
    assert _sequel(sentences, 0) == sentences[1]
    assert _sequel(sentences, 1) is None and _sequel(sentences, 2) is None


def test_a_quoted_sentence_comes_with_its_sequel(engine):
    reply = engine.ask("evaluasi kinerja humas bandung tujuannya biar apa?", "t")
    assert "masih ada evaluasi" in reply.text and "pelayanan komunikasi publik prima" in reply.text


def test_a_sentence_about_someone_else_does_not_answer_for_the_one_named(engine):
    # the only sentence with "ikut" is about Pemprov Bengkulu's staff, not Pemkot Bandung
    reply = engine.ask("Pemkot Bandung ikut TOP GPR 2021 gak? dapet apa?", "t")
    assert reply.status != "answered" and "SDM" not in reply.text


def test_the_headline_is_no_sentence_to_quote():
    text = "Pemprov Bengkulu Berhasil Raih Peringkat 2\n\nIsi berita pertama."
    assert split_sentences(text, "Pemprov Bengkulu Berhasil Raih Peringkat 2") == [
        "Isi berita pertama."]


def test_a_quotation_is_one_sentence_however_many_it_holds():
    text = "“Saya ucapkan selamat. Ini menjadi kado,” ungkap Gubernur. Kalimat lain."
    assert split_sentences(text) == [
        "“Saya ucapkan selamat. Ini menjadi kado,” ungkap Gubernur.", "Kalimat lain."]


def test_a_sentence_whose_subject_is_a_pronoun_goes_on_from_the_one_before():
    sentences = ["Darto mengucapkan terima kasih kepada Pj Wali Kota.",
                 "Selain itu ia pun menyampaikan kepada pimpinan OPD.",
                 "Ia juga hadir."]
    assert _sequel(sentences, 0) == sentences[1] and _sequel(sentences, 1) == sentences[2]


@pytest.mark.parametrize(("question", "held"), [
    # the sentence that goes on from the one answering ("Selain itu ia pun …") comes with it
    ("darto berterima kasih ke siapa aja?", ["Wali Kota", "pimpinan OPD"]),
    # a verb of saying is covered by a quote of the one named
    ("jaduliwan bilang kesuksesan bengkulu karena apa?", ["hubungan baik"]),
    ("Rohidin berharap penghargaan ini jadi semangat utk apa?", ["optimalisasi pelayanan"]),
    # "kado 53 tahun" is no count of people: the one who said it is named
    ("sopo gubernure bengkulu sing ngomong soal kado 53 tahun?", ["kado 53 tahun"]),
    # "kapan" is answered by what a saying followed
    ("kapan darto ngomong 'kita syukuri penghargaan ini'?", ["seusai acara"]),
    # among sentences that cover a question alike, the words of the one it names
    ("Menurut Jaduliwan, kesuksesan ini tidak lepas dari apa?", ["hubungan baik", "— Jaduliwan"]),
    # every line of a source can be quoted: a link to another article, the outlet's own line
    ("brp pelaku usaha di kota bandung yg raih umkm award", ["13 Pelaku Usaha"]),
    ("kalo mau update berita halojabar bisa follow di mana?", ["Google News"]),
])
def test_a_source_sentence_answers_what_is_asked(engine, question, held):
    reply = engine.ask(question, "t")
    assert reply.status == "answered" and all(h in reply.text for h in held), reply.text


@pytest.mark.parametrize("question", [
    "Gubernur DKI Jakarta waktu itu ngomong apa soal TOP GPR?",  # a role no one holds
    "sebutin nama 13 pelaku usaha yg dapet UMKM award",  # a count names nobody
    "siapa pemilik halojabar?",  # nothing the article says about its outlet
])
def test_a_source_sentence_never_answers_what_it_does_not_hold(engine, question):
    assert engine.ask(question, "u").status != "answered"


def test_the_sentence_reporting_what_someone_said_comes_before_the_quotes(engine):
    reply = engine.ask("Gubernur Rohidin menyampaikan apa atas diraihnya penghargaan tsb?", "t")
    assert reply.intent == "person_quote"
    assert reply.text.startswith("“Gubernur Bengkulu Rohidin Mersyah menyampaikan syukur")
    assert "kado 53 tahun" in reply.text  # the quotes follow


def test_baca_juga_is_the_news_sites_link_not_any_sentence_with_baca(engine):
    reply = engine.ask("baca juga di artikel amh itu soal apa?", "t")
    assert reply.status == Status.ANSWERED and "UMKM" in reply.text
    assert "Google News" not in reply.text


@pytest.mark.parametrize("question", [
    # the only sentence with "respons" is about the staff, told by Jaduliwan
    "Bagaimana respons Gubernur Bengkulu atas penghargaan TOP GPR?",
    "Tolong konfirmasi ejaan lengkap nama Gubernur Bengkulu yang dikutip dalam pemberitaan.",
])
def test_a_question_about_one_person_is_not_answered_by_anothers_sentence(engine, question):
    assert "Jaduliwan" not in engine.ask(question, "t").text


def test_a_sentence_going_on_from_one_about_someone_is_about_him_too(kb):
    index = PassageIndex(kb, EntityIndex(kb).kb_words)
    going_on = next(p for p in index.passages if p.text.startswith("Selain itu ia pun"))
    assert "darto" in going_on.people
