"""Whole messages as people write them: the story around a question, statements after it,
two subjects compared ("lebih tinggi dari")."""

from __future__ import annotations

import pytest

from bot.reply import Status
from bot.understanding.headlines import HeadlineIndex, PastedHeadline


@pytest.mark.parametrize(
    ("message", "present"),
    [
        # a request told of ("bu guru minta …") with words no list knows is a story too
        ("bu guru minta cari tahu, TOP GPR Award itu apa?", "public relations"),
        # the award of someone the question does not name, the story does
        ("bangga jadi wong bengkulu! penghargaannya pas HUT ke berapa?", "ke-53"),
        # a story clause with words no vocabulary knows, before the question
        ("Saya baru pulang dari pasar ikan, tetangga bilang Bengkulu menang TOP GPR 2021. "
         "Peringkat berapa ya?", "peringkat 2"),
        # … after it
        ("AMH 2023 digelar di kota mana, cucu saya kemarin mudik naik kereta ekonomi",
         "Surabaya"),
        # … between the award it names and the question
        ("kemarin pas arisan ibu-ibu ngobrolin TOP GPR 2021, juara 1 nya siapa?",
         "DKI Jakarta"),
        # … after "tapi" in the question's own sentence
        ("sy satpam di kantor gubernur, dulu ikut bangga pas kita dpt top gpr 2021 tp lupa "
         "peringkat brp", "peringkat 2"),
        # … a request after a story, and its purpose after a comma
        ("Saya guru ngaji di Lebong. Tolong sebutkan juara TOP GPR 2021, biar murid saya "
         "tidak keliru", "Sumatera Selatan"),
        # where the asker read of it, in the question's own sentence
        ("td baca berita pemkot bdg menang amh 2023 trus dpt peringkat brp ya", "Terbaik III"),
        # a purpose before a colon, and a bare "di mana" as the last of several asks
        ("Untuk segmen pagi di radio: rangkum AMH Bandung dong, juara berapa, diterima siapa, "
         "di mana.", "Westin"),
        # who is asking, then a request to sum up ("capaian": what was achieved)
        ("Halo, saya penyiar radio. Bisa rangkum singkat capaian Bengkulu di TOP GPR 2021 buat "
         "dibacakan?", "peringkat 2"),
        # what was heard ("katanya"), after who heard it
        ("Kemarin saya dengar katanya Pemkot Bandung dapat penghargaan dari Kominfo tahun "
         "2023. Penghargaan apa ya namanya?", "Anugerah Media Humas"),
    ],
)
def test_the_story_around_a_question_does_not_block_it(engine, message, present):
    reply = engine.ask(message, "t")
    assert reply.status == Status.ANSWERED
    assert present in reply.text
    assert reply.question == message


def test_the_claim_a_story_reports_is_what_is_checked(engine):
    reply = engine.ask("Tetangga saya posting di fesbuk kalau Bengkulu juara 1 TOP GPR 2021. "
                       "Benar begitu?", "t")
    assert reply.status == Status.ANSWERED
    assert reply.text.startswith("Tidak — ") and "peringkat 2" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        # the story is the only place the unknown word is, but it is the question's subject
        "Kami dari Humas Pemkab Garut, apakah pemkab bisa ikut menerima TOP GPR Award?",
        # the question word stands alone: the clause before it is what it asks
        "di bawah judul berita amh ada kredit foto, siapa?",
        # the unknown words are in the question itself
        "Saya pensiunan guru. Berapa hadiah uang tunai untuk juara TOP GPR 2021?",
    ],
)
def test_a_clause_that_carries_the_question_is_no_story(engine, message):
    assert engine.ask(message, "t").status != Status.ANSWERED


def test_a_question_with_no_story_is_answered_as_before(engine):
    told = engine.ask("Bengkulu peringkat berapa di TOP GPR 2021?", "a")
    story = engine.ask("anak saya kerja di kebun sawit, Bengkulu peringkat berapa di TOP GPR "
                       "2021?", "b")
    assert story.text == told.text


@pytest.mark.parametrize(
    ("message", "premise"),
    [
        ("Siapa juara 4 TOP GPR 2021 kelompok provinsi? Sumsel kan juara 3.", "Sumatera Selatan"),
        ("siapa Terbaik I kategori Kampanye Komunikasi Publik AMH 2023? bandung kan ketiga",
         "Bandung"),
    ],
)
def test_a_statement_after_an_unanswerable_ask_answers_nothing_asked(engine, message, premise):
    reply = engine.ask(message, "t")
    assert reply.status == Status.NO_DATA  # (logged as unanswered for the authors)
    assert premise in reply.text  # the statement is still confirmed


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("Bengkulu peringkatnya lebih tinggi dari Sumsel di TOP GPR 2021?", "Bengkulu"),
        ("apakah sumsel lebih unggul daripada bengkulu di top gpr 2021", "Bengkulu"),
        ("AMH 2023 lebih dulu dari TOP GPR 2021?", "TOP GPR 2021 lebih dulu"),
    ],
)
def test_two_subjects_compared_with_lebih_dari_get_the_comparison(engine, message, verdict):
    reply = engine.ask(message, "t")
    assert reply.status == Status.ANSWERED
    assert verdict in reply.text.split("\n\n")[0]


@pytest.mark.parametrize("message", ["piala TOP GPR 2021 dari siapa?",
                                     "amh 2023 trofinya dari siapa ya"])
def test_who_a_trophy_came_from_is_who_handed_it_over_not_who_won(engine, message):
    reply = engine.ask(message, "t")
    assert reply.status == Status.NO_DATA
    assert "DKI Jakarta" not in reply.text and "Bandung" not in reply.text


@pytest.mark.parametrize(
    ("message", "correction"),
    [
        ("kenapa amh 2023 digelar di bandung?", "Surabaya"),
        ("mengapa Sumsel juara 1 TOP GPR 2021?", "peringkat 3"),
    ],
)
def test_why_on_a_false_premise_corrects_the_premise(engine, message, correction):
    reply = engine.ask(message, "t")
    assert reply.status == Status.ANSWERED
    assert reply.text.startswith("Tidak — ") and correction in reply.text
    assert reply.question == message


def test_why_on_a_true_premise_asks_the_reason(engine):
    reply = engine.ask("kenapa AMH 2023 digelar di Surabaya?", "t")
    assert not reply.text.startswith(("Tidak — ", "Ya — "))


def test_checking_a_premise_leaves_the_conversation_as_it_was(engine):
    engine.ask("siapa juara 1 top gpr 2021?", "t")
    assert engine.probe("apakah amh 2023 digelar di surabaya", "t").text.startswith("Ya — ")
    assert "Sumatera Selatan" in engine.ask("kalau juara 3?", "t").text


def test_a_count_of_winners_is_not_the_edition_number(engine):
    reply = engine.ask("amh 2023 ada berapa pemenangnya", "t")
    assert reply.status != Status.ANSWERED and "ke-16" not in reply.text


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        ("tema sm edisi amh 2023??", ("Humas Bersinergi", "ke-16")),
        ("sp yg nyelenggarain amh n temanya apa", ("Kominfo", "Humas Bersinergi")),
        # the award first, then the things asked of it
        ("amh ke16 temanya sm venue nya apa", ("Humas Bersinergi", "Westin")),
    ],
)
def test_two_asks_joined_by_chat_forms_of_dan_get_both_answers(engine, message, parts):
    reply = engine.ask(message, "t")
    assert reply.status == Status.ANSWERED and all(p in reply.text for p in parts)


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        ("amh 2023 tanggal dan tempatnya dimana? sekalian temanya",
         ("30 Oktober 2023", "Westin", "Humas Bersinergi")),
        ("siapa penyelenggara amh 2023? edisinya juga", ("Kominfo", "ke-16")),
    ],
)
def test_one_more_thing_asked_after_the_question_is_answered_too(engine, message, parts):
    reply = engine.ask(message, "t")
    assert reply.status == Status.ANSWERED and all(p in reply.text for p in parts)


def test_a_sentence_after_the_question_that_adds_no_ask_is_left_aside(engine):
    reply = engine.ask("Minta tema AMH 2023 ya? Saya lagi ngerjain tugas juga", "t")
    assert reply.status == Status.ANSWERED and "Humas Bersinergi" in reply.text


def test_an_ask_going_on_from_a_category_not_on_record_is_not_answered_without_it(engine):
    reply = engine.ask("AMH 2023 untuk kelompok kementerian, siapa yang juara?", "t")
    assert reply.status == Status.NO_DATA and "Bandung" not in reply.text
    # two asks: who won, asked naming nothing after the group not on record, is of that group
    reply = engine.ask("Apakah di AMH 2023 ada kelompok untuk kementerian, dan siapa "
                       "pemenangnya?", "v")
    assert reply.status == Status.NO_DATA and "Bandung" not in reply.text, reply.text
    # a statement on record still leads to the ask
    reply = engine.ask("bengkulu peringkat 2, trs yg pertama siapa", "u")
    assert reply.status == Status.ANSWERED and "DKI Jakarta" in reply.text


def test_ranks_asked_bare_after_a_rank_asked_are_answered_too(engine):
    text = engine.ask("eh td bengkulu peringkat brp? 2 ya? yg 1 sm 3 siapa", "t").text
    assert all(w in text for w in ("peringkat 2", "DKI Jakarta", "Sumatera Selatan")), text


def test_a_post_asked_after_an_ask_naming_an_organisation_is_of_that_organisation(engine):
    # (not the one holder of the post on record, Bengkulu's Kepala Dinas)
    reply = engine.ask("trus yg nerima buat dki siape? kadis kite ya?", "t")
    assert reply.status == Status.NO_DATA and "Jaduliwan" not in reply.text, reply.text
    assert "DKI Jakarta" in reply.text


def test_who_came_along_is_not_who_received(engine):
    reply = engine.ask("darto datang ke surabaya sama siapa aja?", "t")
    assert reply.status != Status.ANSWERED


@pytest.mark.parametrize(
    ("message", "present", "absent"),
    [
        # a headline pasted with the question after it: the question, of its edition
        ("Membanggakan! Pemkot Bandung Berhasil Meraih Penghargaan AMH 2023 .. amh itu "
         "kepanjangannya apa", "Anugerah Media Humas", "Terbaik III"),
        ("Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR Award... yg juara 1 siapa",
         "DKI Jakarta", "Surabaya"),
        # what the asker read, before a question that names its own subject, asks nothing
    ("Saya sudah membaca berita bahwa Pemprov Bengkulu meraih TOP GPR Award 2021. Mohon "
     "penjelasan, apa sebenarnya TOP GPR Award itu dan diberikan atas dasar apa?",
     "public relations", "Provinsi terbaik peringkat 2"),
    # a headline cut short, asked whether it is true: the claim it makes, checked
        ("Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR Award... bener gak nih?",
         "Ya — Pemerintah Provinsi Bengkulu", "Jaduliwan"),
        ("“Membanggakan! Pemkot Bandung Berhasil Meraih Penghargaan AMH 2023” hoax ya?",
         "Ya — Pemerintah Kota Bandung", "Maaf"),
    ],
)
def test_a_headline_or_report_before_a_question_gives_its_edition_or_claim(
        engine, message, present, absent):
    reply = engine.ask(message, "headline")
    assert reply.status == Status.ANSWERED and present in reply.text, reply.text
    assert absent not in reply.text


def test_a_headline_is_found_whole_or_cut_short_but_not_in_a_few_shared_words():
    headlines = HeadlineIndex({
        "s1": "Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR Award 2021",
        "s2": "Membanggakan! Pemkot Bandung Berhasil Meraih Penghargaan AMH 2023"})
    found = headlines.pasted("Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR "
                             "Award... itu top gpr taun brp?")
    assert found == PastedHeadline("s1", "Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR "
                                         "Award", "itu top gpr taun brp?")
    # a question sharing six of the headline's ten words is a question, not a headline
    assert headlines.pasted("siapa yg dapet peringkat 2 TOP GPR Award 2021?") is None


@pytest.mark.parametrize(
    ("message", "present"),
    [
        # what the answer is for, straight after the question with no comma
        ("tema AMH 2023 apa ya buat tugas pkn", "Bersinergi"),
        ("Tolong ringkasan singkat prestasi pemkot bandung di AMH 2023 utk bahan rapat "
         "komisi I dprd", "Terbaik III"),
        # … or as where the answer will be used
        ("tolong kutipan kadis kominfotik bengkulu yg bisa sy pakai di press release",
         "kesuksesan"),
    ],
)
def test_what_the_answer_is_for_asks_nothing(engine, message, present):
    reply = engine.ask(message, "purpose")
    assert reply.status == Status.ANSWERED and present in reply.text, reply.text


def test_thanks_with_what_it_helped_with_is_thanks(engine):
    reply = engine.ask("sip, terima kasih bot, sangat membantu utk briefing kami", "t")
    assert reply.status == Status.CHITCHAT and reply.intent == "thanks"


@pytest.mark.parametrize("message", [
    "ok data bandung udh lengkap, makasih ya",  # (not Darto's thanks, which "makasih" names)
    "pemkot bandung juara 3 AMH 2023, terima kasih"])
def test_thanks_after_telling_something_is_thanks(engine, message):
    reply = engine.ask(message, "t")
    assert reply.status == Status.CHITCHAT and reply.intent == "thanks", reply.text


def test_thanks_after_a_check_answers_the_check(engine):
    reply = engine.ask("bandung juara 3 kan, makasih", "t")
    assert reply.text.startswith("Ya — ") and "Terbaik III" in reply.text, reply.text


@pytest.mark.parametrize(("message", "present", "absent"), [
    # one of two offered is on record: that one told, without a bare "Ya"
    ("min, yg bandung menang itu AMH atau AHI ya? lupa aku", "— AMH 2023", "Ya — "),
    ("AMH 2023 dmn, westin surabaya atau jw marriott?", "The Westin Grand Ballroom", "Ya — "),
    # one of two offered is not: what the record says instead
    ("AMH itu kominfo pusat atau pemprov jatim yg bikin",
     "diselenggarakan oleh Kementerian Kominfo", "Tidak — "),
    # a letter offered is not a thing the reply can be said to tell
    ("SDM Pemprov Bengkulu disebut 'influenser pemerintah', di artikel pakai s atau c?",
     "Maaf", "influencer")])
def test_one_of_two_offered_is_chosen_by_the_record(engine, message, present, absent):
    reply = engine.ask(message, "offered")
    assert present in reply.text and absent not in reply.text, reply.text


@pytest.mark.parametrize(("before", "message", "present"), [
    # a short quote, not an abbreviation ("singkatan")
    (["siapa juara top gpr 2021?"], "kutipan singkat gubernur bengkulu: ?", "kado 53"),
    # back to the award after an aside no source answers
    (["AMH 2023 di Surabaya kan?", "btw cuaca Surabaya minggu depan gimana?"],
     "back to topic, tanggal acaranya?", "30 Oktober 2023")])
def test_words_around_an_ask_leave_it_asked(engine, before, message, present):
    chat = f"around-{message}"
    for earlier in before:
        engine.ask(earlier, chat)
    reply = engine.ask(message, chat)
    assert reply.status == Status.ANSWERED and present in reply.text, reply.text


@pytest.mark.parametrize(("message", "present", "absent"), [
    # what the one asking did at the event, in words no source uses, is their own story
    ("suami aku ikut zoom top gpr award 2021 itu, bengkulu dpt peringkat 2 kan ya",
     "Ya — Pemerintah Provinsi Bengkulu", "Maaf"),
    ("kami dari sumsel ikut nonton top gpr 2021, sumsel dapet nomor berapo?", "peringkat 3",
     "Maaf"),
    ("rek, aku kerja banquet pas malam anugerah humas 2023. panggone iku ballroom Westin yo?",
     "Ya — Malam Anugerah Humas 2023", "Maaf"),
    # but a claim after the award is kept ("mewah": not confirmed by the venue on record)
    ("sy dengar AMH 2023 digelar di hotel mewah, bener?", "", "Ya — "),
    # nor is a name the asker writes ("Garut") dropped: still only a greeting and who asks
    ("Halo, saya dari Humas Pemkab Garut mau cek info AMH 2023.", "", "Westin"),
    # and in a clause that is the question itself nothing is dropped
    ("gue crew sound di malam anugerah humas 2023 surabaya mau nanya itu amh ke 15 bukan sih",
     "", "Ya — ")])
def test_the_askers_own_story_is_not_what_is_asked(engine, message, present, absent):
    reply = engine.ask(message, f"story-{message}")
    assert present in reply.text and absent not in reply.text, reply.text


def test_a_check_after_the_question_mark_checks_that_question(engine):
    # "bener gk" is its own sentence: the claim before it is what it checks
    reply = engine.ask("penghargaan AMH bandung diterima 30 oktober 2023? bener gk", "c")
    assert reply.text.startswith("Ya — ") and "30 Oktober 2023" in reply.text, reply.text
    reply = engine.ask("penghargaan AMH bandung diterima 31 oktober 2023? bener gk", "d")
    assert reply.text.startswith("Tidak — "), reply.text


def test_a_part_naming_no_edition_is_asked_of_each_in_a_new_chat(engine):
    reply = engine.ask("bot bisa jawab soal apa aja sih? sumbernya dari mana", "e")
    assert "HaloJabar" in reply.text and "TOP GPR 2021" in reply.text, reply.text
    # but not when another part names the edition it goes on with
    reply = engine.ask("amh 2023 ada brp kelompok peserta? kab/kota, provinsi, apa lg", "f")
    assert reply.status == Status.NO_DATA and "Westin" not in reply.text, reply.text


def test_a_statement_before_an_ask_of_its_own_subject_answers_nothing_asked(engine):
    # the venue is confirmed, but what is asked (a city's result) is not on record
    reply = engine.ask("surabaya kan tuan rumah AMH 2023, pemkot surabaya juara apa?", "s")
    assert reply.status == Status.NO_DATA and "Surabaya" in reply.text
    # an ask that points back at the statement is answered by it
    reply = engine.ask("darto blg msh ada evaluasi, itu buat apa", "t")
    assert reply.status == Status.ANSWERED and "meningkatkan" in reply.text


def test_which_is_which_after_two_subjects_is_asked_of_each(engine):
    engine.ask("AMH 2023 dan TOP GPR 2021 peringkat daerahnya masing2?", "w")
    reply = engine.ask("kolom format acara, mana yang offline, mana yang online?", "w")
    assert "Westin" in reply.text and "virtual" in reply.text, reply.text


def test_which_came_first_and_the_years_between_after_asking_one_at_a_time(engine):
    engine.ask("Bengkulu dapet TOP GPR tahun berapa?", "o")
    engine.ask("oke, sekarang yang AMH. harinya?", "o")
    reply = engine.ask("tahunnya?", "o")
    assert reply.status == Status.ANSWERED and "2023" in reply.text
    reply = engine.ask("jadi yang lebih dulu yang mana?", "o")
    assert reply.text.startswith("TOP GPR 2021 lebih dulu"), reply.text
    reply = engine.ask("selisihnya kira2 berapa tahun?", "o")
    assert "2 tahun" in reply.text, reply.text


@pytest.mark.parametrize(("message", "parts"), [
    ("kata bos, cek dong bandung masuk nominasi di kategori apa aja di AMH 2023",
     ["Majalah Internal", "Audiovisual"]),
    ("kata bos, bengkulu juara 2 top gpr 2021 ya? yg juara 1 sapa", ["DKI Jakarta"]),
    ("Saya sekretaris Kepala Dinas, beliau meminta informasi mengenai tema Anugerah Media "
     "Humas 2023.", ["Humas Bersinergi untuk Kemajuan Negeri"]),
    ("mama mau tau Darto itu siapa sih", ["Sekretaris"]),
])
def test_a_question_passed_on_for_someone_is_answered(engine, message, parts):
    reply = engine.ask(message, "relay")
    assert reply.status == Status.ANSWERED and all(p in reply.text for p in parts), reply.text


def test_what_is_asked_of_a_subject_before_a_colon_is_asked_of_it_each(engine):
    # "X: peringkat, kapan …, siapa …": the bare "peringkat" is X's rank, not lost
    reply = engine.ask("bos minta rangkuman bengkulu di top gpr: peringkat, kapan diumumin, "
                       "siapa yg ikut acaranya", "head")
    assert all(p in reply.text for p in ("peringkat 2", "11 November 2021", "Jaduliwan"))


@pytest.mark.parametrize(("message", "unrecorded"), [
    ("Kenapa Bengkulu juara 1 di AMH 2023?", "Provinsi Bengkulu di AMH 2023"),
    ("kenapa bandung juara 2 top gpr 2021?", "Kota Bandung di TOP GPR 2021"),
])
def test_why_an_organisation_won_where_it_won_nothing_gets_no_reason(engine, message,
                                                                      unrecorded):
    # no note of its success elsewhere (nor of another's) is the reason
    reply = engine.ask(message, "why")
    assert reply.status == Status.NO_DATA and unrecorded in reply.text
    assert "Menurut" not in reply.text


def test_an_oath_of_disbelief_before_a_claim_asks_to_check_it(engine):
    # "sumpah?" (teenagers' "really?") was a word off the record: nothing was understood
    reply = engine.ask("SUMPAH bengkulu juara 2 top gpr??", "oath")
    assert reply.status == Status.ANSWERED and reply.text.startswith("Ya — ")
