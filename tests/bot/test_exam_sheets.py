"""Exam sheets and quiz keys (a teacher's true/false items, multiple choice, blanks to fill, a
question with the answer to check, a draft sentence to correct): read as the plain questions
they stand for, with the answer given settled and the option that holds named."""

from __future__ import annotations

import pytest

from bot.reply import Status
from bot.understanding.exam import exam_item


def _names_nothing(words: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("message", "present", "absent"),
    [
        # a statement to judge, the judgement asked before or after it, and given in its
        # words ("Benar — …", "Salah — …")
        ("Benar atau salah: Pemprov Bengkulu juara pertama TOP GPR Award 2021.",
         "Salah — bukan peringkat 1", "Benar —"),
        ("B/S: AMH 2023 diadakan di Surabaya.", "Benar — ", "Salah"),
        ("TOP GPR Award 2021 diumumkan hari Kamis. Benar atau salah?", "Benar — ", "Salah"),
        ("Pernyataan: 'AMH 2023 adalah AMH yang ke-17.' Benar/salah?", "Salah — ", "Benar —"),
        # multiple choice: the option the reply gives named first
        ("3. Tema AMH 2023 adalah … a. Humas Hebat b. Humas Bersinergi untuk Kemajuan Negeri "
         "c. Humas Maju", "Jawaban: b.", "Jawaban: a."),
        ("Juara 3 TOP GPR 2021 kelompok provinsi?\na. Bengkulu\nb. Jawa Timur\n"
         "c. Sumatera Selatan", "Jawaban: c. Sumatera Selatan", "Jawaban: a."),
        # a blank to fill: the word before it says what is asked
        ("Malam Anugerah Humas 2023 digelar di kota .....", "Surabaya", "Kominfo"),
        ("Anugerah Media Humas 2023 merupakan penyelenggaraan yang ke ___", "ke-16", None),
        # a quoted sentence with a line drawn for its blank, asked for around it
        ("Kartu soal saya: 'Darto menjabat sebagai ___ Diskominfo Kota Bandung.' Isiannya apa?",
         "Sekretaris", None),
        # a question with the answer to check
        ("Pertanyaan: siapa juara 1 TOP GPR 2021 kategori provinsi? Jawaban: Jawa Barat. "
         "Sudah benar?", "Tidak — bukan Jawa Barat", "Ya —"),
        ("soal kuis: 'AMH 2023 digelar di kota apa?' jawabannya Surabaya kan?", "Ya —",
         "Tidak"),
        # an answer asked for, not given, is settled by no verdict
        ("Soal: AMH 2023 penyelenggaraan ke berapa? Jawaban yang benar yang mana?", "ke-16",
         "Tidak —"),
        ("Juara 2 TOP GPR 2021 = Bengkulu. Kunci jawabannya aman?", "Ya —", "Tidak"),
        # a contestant's answer given for a question ("peserta jawab 'X' buat …, sah?"),
        # a short name settled as the name it stands for
        ("peserta jawab 'Sumsel' buat peringkat 3 TOP GPR 2021, sah gak?", "Ya —", "Tidak"),
        ("tim B jawab 'Jakarta' buat lokasi AMH 2023, bener ga?", "Tidak — bukan Jakarta",
         "Ya —"),
        ("peserta jawab 'Ema Sumarna' buat nama Sekda Kota Bandung yg disebut Darto. diterima?",
         "tidak menyebut namanya", "Ya —"),
        # a quoted draft sentence to correct
        ("Draf saya: 'Pemkot Bandung meraih Terbaik I kategori Kampanye Komunikasi Publik di "
         "AMH 2023.' Tolong koreksi kalau salah.", "Tidak — bukan peringkat 1", "Ya —"),
        # a number of participants claimed: no source counts them
        ("Benar atau salah: TOP GPR 2021 diikuti 300 instansi.", "tidak menyebut jumlah",
         "Jaduliwan"),
    ],
)
def test_exam_items_are_asked_as_the_plain_questions_they_stand_for(
        engine, message, present, absent):
    reply = engine.ask(message, "exam")
    assert present in reply.text
    if absent:
        assert absent not in reply.text
    assert reply.question == message


def test_options_past_the_fifth_letter_are_read_without_fault(engine):
    # a sixth "a." after "e." had run past the letters of the options
    reply = engine.ask("Tema AMH 2023? a. Humas Hebat b. Humas Bersinergi untuk Kemajuan "
                       "Negeri c. Maju d. Jaya e. Satu a. lagi", "options")
    assert "Humas Bersinergi" in reply.text


def test_a_count_claimed_is_no_data_not_who_took_part(engine):
    reply = engine.ask("AMH 2023 diikuti lebih dari 500 instansi?", "count")
    assert reply.status == Status.NO_DATA
    assert "Darto" not in reply.text


@pytest.mark.parametrize(
    "message",
    [
        # asks listed "(a) … (b) … (c) …" are no options: each is longer than an option
        "Untuk laporan saya perlu: (a) tanggal pengumuman TOP GPR 2021, (b) format acaranya, "
        "dan (c) lembaga penyelenggaranya beserta alamat kantornya yang lengkap sekali. "
        "Bisa dibantu?",
        # a claim with "=" and no quiz key word is a claim, not a question and its answer
        "cek: jaduliwan = gubernur bengkulu?",
        # "jawabannya" in a story is no answer given to a question before it
        "Saya sudah cari ke mana-mana. Jawabannya tidak ada di internet, siapa juara 1 TOP "
        "GPR 2021?",
        # a chat message trailing off is no blank to fill
        "kalau juara 3...",
        # a quoted sentence asked about by name is not a sentence to check
        "siapa yang bilang 'semoga akurasi informasi yang kita sampaikan'?",
    ],
)
def test_messages_that_only_look_like_exam_items_are_left_as_they_are(message):
    assert exam_item(message, _names_nothing) is None
