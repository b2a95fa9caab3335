"""Source sentences: how articles are cut into sentences and what a quoted one carries."""

from __future__ import annotations

from bot.answering.passages import _sequel, split_sentences


def test_a_line_ending_with_a_comma_runs_on_into_the_next():
    text = ("Sementara itu disampaikan Kadis Jaduliwan,\n"
            "Pemprov Bengkulu terus berupaya menyebarluaskan informasi.\n\n"
            "Baca Juga: berita lain\n"
            "Kalimat baru.")
    assert split_sentences(text) == [
        "Sementara itu disampaikan Kadis Jaduliwan, Pemprov Bengkulu terus berupaya "
        "menyebarluaskan informasi.", "Kalimat baru."]


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
