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


def test_thanks_come_with_the_sentence_that_goes_on_about_them(engine):
    reply = engine.ask("darto berterima kasih ke siapa aja?", "t")
    assert "Wali Kota" in reply.text and "pimpinan OPD" in reply.text


def test_a_verb_of_saying_is_covered_by_a_quote_of_the_one_named(engine):
    reply = engine.ask("jaduliwan bilang kesuksesan bengkulu karena apa?", "t")
    assert reply.status == "answered" and "hubungan baik" in reply.text
    reply = engine.ask("Rohidin berharap penghargaan ini jadi semangat utk apa?", "t")
    assert "optimalisasi pelayanan" in reply.text


def test_when_is_answered_by_what_a_saying_followed(engine):
    reply = engine.ask("kapan darto ngomong 'kita syukuri penghargaan ini'?", "t")
    assert reply.status == "answered" and "seusai acara" in reply.text


def test_a_role_no_one_on_record_holds_is_never_quoted(engine):
    reply = engine.ask("Gubernur DKI Jakarta waktu itu ngomong apa soal TOP GPR?", "t")
    assert reply.status != "answered" and "Rohidin" not in reply.text


def test_a_line_the_article_links_to_is_quoted_but_names_nobody(engine):
    reply = engine.ask("brp pelaku usaha di kota bandung yg raih umkm award", "t")
    assert reply.status == "answered" and "13 Pelaku Usaha" in reply.text
    reply = engine.ask("sebutin nama 13 pelaku usaha yg dapet UMKM award", "t")
    assert reply.status != "answered"


def test_the_sentence_reporting_what_someone_said_comes_before_the_quotes(engine):
    reply = engine.ask("Gubernur Rohidin menyampaikan apa atas diraihnya penghargaan tsb?", "t")
    assert reply.intent == "person_quote"
    assert reply.text.startswith("“Gubernur Bengkulu Rohidin Mersyah menyampaikan syukur")
    assert "kado 53 tahun" in reply.text  # the quotes follow


def test_the_words_of_the_one_named_come_before_a_note_that_paraphrases_them(engine):
    reply = engine.ask("Menurut Jaduliwan, kesuksesan ini tidak lepas dari apa?", "t")
    assert "hubungan baik" in reply.text and "— Jaduliwan" in reply.text


def test_the_outlet_of_an_article_names_what_it_published(engine):
    reply = engine.ask("kalo mau update berita halojabar bisa follow di mana?", "t")
    assert reply.status == "answered" and "Google News" in reply.text
    # but nothing the article does not say about the outlet
    assert engine.ask("siapa pemilik halojabar?", "u").status != "answered"
