"""Answers: the key fact first, from the fact files, with its source; or an honest no."""

from __future__ import annotations

import pytest

from bot.reply import Status

TOP_GPR_SOURCE = "pemprov-bengkulu-top-gpr-2021"
AMH_SOURCE = "halojabar-amh-2023-pemkot-bandung"


def ask(engine, text, chat="t"):
    return engine.ask(text, chat)


def test_top_gpr_2021_winners_are_the_ranking_with_its_source(engine):
    reply = ask(engine, "siapa juara TOP GPR 2021?")
    assert reply.status == Status.ANSWERED
    assert reply.intent == "who_won"
    lines = reply.text.splitlines()
    ranking = [next(i for i, line in enumerate(lines) if name in line)
               for name in ("DKI Jakarta", "Bengkulu", "Sumatera Selatan")]
    assert ranking == sorted(ranking)  # in rank order
    assert [s.id for s in reply.sources] == [TOP_GPR_SOURCE]


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("juara 1 top gpr 2021 siapa", "DKI Jakarta", "Sumatera Selatan"),
        ("juara 3 top gpr 2021 siapa", "Sumatera Selatan", "DKI Jakarta"),
        ("peringkat II TOP GPR 2021", "Bengkulu", "DKI Jakarta"),
        # the nominations asked alone (not beside the result won): the nominations only
        ("Bandung meraih nominasi di kategori apa saja?", "Media Audiovisual", "Terbaik III"),
    ],
)
def test_rank_in_the_question_picks_that_rank_only(engine, question, present, absent):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert present in reply.text
    assert absent not in reply.text


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        ("pemkot bandung dapat peringkat berapa di AMH 2023?", "org_rank", ["Terbaik III"]),
        ("penghargaan apa yang diraih pemkot bandung?", "org_awards",
         ["Terbaik III", "Kampanye Komunikasi Publik", "Media Audiovisual", "Majalah Internal"]),
        ("kapan malam anugerah humas 2023?", "event_date", ["Senin", "30 Oktober 2023"]),
        ("kapan pengumuman top gpr 2021", "event_date", ["Kamis", "11 November 2021", "sore"]),
        ("dimana AMH 2023 digelar", "event_place", ["Westin", "Surabaya", "Jawa Timur"]),
        ("top gpr 2021 offline atau online?", "event_place", ["virtual"]),
        ("siapa yang menerima AMH 2023 untuk Bandung?", "representative", ["Darto"]),
        ("yg wakilin bengkulu di top gpr 2021 siapa", "representative", ["Jaduliwan"]),
        ("apa tema AMH 2023?", "theme", ["Humas Bersinergi untuk Kemajuan Negeri"]),
        ("siapa penyelenggara AMH 2023?", "organiser", ["Kominfo"]),
        ("bandung dapat penghargaan AMH dari kementerian apa?", "organiser", ["Kominfo"]),
        ("AMH 2023 yang ke berapa?", "edition_number", ["ke-16"]),
        ("apa itu TOP GPR award?", "award_definition", ["kehumasan"]),
        ("AMH singkatan dari apa", "award_abbreviation", ["Anugerah Media Humas"]),
        ("top gpr diberikan kepada siapa?", "award_eligibility", ["Kementerian", "Provinsi"]),
        ("pemkot bandung masuk nominasi apa aja?", "nominations",
         ["6 besar nasional", "Media Audiovisual"]),
        ("apa kata darto soal penghargaan amh?", "person_quote", ["apresiasi"]),
        ("jaduliwan itu siapa", "person_info", ["Kepala Dinas", "Kominfotik"]),
        ("siapa gubernur bengkulu?", "role_holder", ["Rohidin Mersyah"]),
        ("penghargaan apa aja yg kamu tau?", "awards_list", ["Anugerah Media Humas", "TOP GPR"]),
        ("top gpr bengkulu bertepatan dgn apa", "source_sentence", ["HUT", "Ke-53"]),
        ("bengkulu kerjasama dengan media apa aja", "note", ["cetak", "elektronik"]),
    ],
)
def test_each_intent_answers_from_the_facts(engine, question, intent, expected):
    reply = ask(engine, question)
    assert (reply.status, reply.intent) == (Status.ANSWERED, intent), reply.text
    for fragment in expected:
        assert fragment in reply.text
    assert reply.sources, "every answer names its source"


def test_the_article_typo_is_not_repeated_in_answers(engine):
    reply = ask(engine, "nominasi AMH 2023 pemkot bandung")
    assert "Penerbitan Majalah Internal" in reply.text
    assert "Penertiban" not in reply.text


@pytest.mark.parametrize(
    ("question", "must_mention", "must_not_mention"),
    [
        ("siapa juara top gpr 2022", ["TOP GPR 2021"], ["DKI Jakarta", "Bengkulu"]),
        ("pemenang AMH 2021 siapa aja", ["AMH 2023"], ["Bandung"]),
        ("juara 4 top gpr 2021 siapa", [], ["DKI Jakarta", "Sumatera Selatan"]),
        ("siapa juara 1 AMH 2023", [], ["Bandung", "DKI"]),
        ("siapa penyelenggara TOP GPR award 2021?", [], ["Kominfo"]),
        ("siapa nama Pj Wali Kota Bandung?", ["tidak menyebut namanya"], ["Darto"]),
        ("tema top gpr 2021 apa", [], ["Humas Bersinergi"]),
        ("kabupaten bandung juara brp di amh 2023", [], ["Terbaik III"]),
        ("juara top gpr 2021 kategori kementerian siapa", [], ["DKI Jakarta"]),
        ("award ceremony top gpr jam brp tepatnya", ["sore"], []),
        # a role of a place no source names: said so, never the governor on record
        ("siapa gubernur jawa barat", ["Gubernur Jawa Barat"], ["Rohidin"]),
        # what a person said about another award than the one they spoke of
        ("darto bilang apa soal top gpr?", ["TOP GPR 2021"], ["apresiasi"]),
        # the article's publication date, which the sources do not give (only the event's)
        ("kpn berita halojabar soal AMH itu terbit?", ["tanggal terbit"], ["30 Oktober"]),
        # a year after "sebelum"/"setelah" is a window, not that year's edition
        ("Bandung pernah juara AMH sebelum 2023?", ["sebelum 2023"], ["Terbaik III"]),
        ("TOP GPR sesudah 2021 siapa juaranya?", ["setelah 2021"], ["DKI Jakarta"]),
        # the head of something no one on record heads: never the head of its parent
        ("Siapa kepala Media Center Pemprov Bengkulu?", [], ["Jaduliwan"]),
        # a person's past roles: the sources record one as of a date
        ("jaduliwan dulu pernah jadi apa sebelum kadis?", ["jabatan sebelumnya tidak disebut"],
         []),
        # a note found by its keywords names no wartawan: no answer to who the writer was
        ("Siapa wartawan yang menulis berita Pemprov Bengkulu?", [], ["Jaduliwan"]),
        # what something looks like is no rank list
        ("Bentuk piala AMH 2023 seperti apa?", [], ["Terbaik III"]),
        # the one edition on record has no "before" ("pernah … sebelumnya")
        ("Bandung pernah menang AMH sebelumnya?", ["sebelum 2023"], ["Terbaik III"]),
        ("bengkulu prnh menang top gpr sblmnya gak", ["sebelum 2021"], ["peringkat 2"]),
        # a look-alike of "apa tema …": the prize is what is not on record, not the theme
        ("hadiah top gpr 2021 apa?", ["tidak menyebut hadiah"], ["tema"]),
        # the kind of person asked before a closing "siapa", as after an opening one
        ("berita Pemprov Bengkulu ditulis wartawan siapa?", [], ["Jaduliwan"]),
        # two asks, neither on record: never a note that holds the words of both
        ("Berita Bengkulu itu ditulis wartawan siapa dan dimuat di media apa?", [],
         ["Jaduliwan"]),
        # a region typed beside an award asks how it did there, not where the event was
        ("top gpr jawa barat", ["Jawa Barat"], ["virtual", "Tidak"]),
        # a word that carries no topic ("segitu") is no word outside what the bot knows
        ("jam segitu bengkulu sudah diumumkan menang top gpr 2021?", ["sore"], []),
        # "kategori itu" in a long message is the category named before it, not on record
        ("Untuk benchmarking kami juga butuh pemenang TOP GPR 2021 kategori kementerian. "
         "Siapa peringkat 1 sampai 3 di kategori itu?", ["kementerian"], ["DKI Jakarta"]),
        # what is told of one award before an ask of another is no part of that ask
        ("Bengkulu kan hebat, juara 2 TOP GPR 2021. Di AMH 2023 Bengkulu juga dapat "
         "peringkat nggak?", [], ["peringkat 2", "Ya —"]),
        # a province's short name is that province, never the one a letter away on record
        # ("sulsel" had been read as "sumsel")
        ("sulsel dapat juara top gpr 2021?", ["Sulawesi Selatan"], ["Sumatera Selatan"]),
        ("kaltim juara berapa di top gpr 2021?", ["Kalimantan Timur"], ["peringkat"]),
        # an edition off the record typed alone
        ("top gpr 2022", ["belum ada datanya"], ["DKI Jakarta", "virtual"]),
        # the body that confers an award is its organiser, not those it is given to; and a
        # number of participants claimed is a count no source gives
        ("TOP GPR Award 2021 itu diberikan oleh lembaga apa?", ["penyelenggara"],
         ["Kementerian, Lembaga Negara"]),
        ("siapa sih yg ngasih penghargaan top gpr ke bengkulu?", ["penyelenggara"],
         ["Kementerian, Lembaga Negara"]),
        ("AMH 2023 diikuti lebih dari 500 instansi?", [], ["Darto"]),
        # a year attached to the award's name asks of that edition, even beside a place
        ("AMH 2021 digelar di Surabaya juga ya?", ["belum ada datanya"], ["Tidak —"]),
        # what a theme means: the theme is on record, its meaning is not
        ("apa makna tema AMH 2023?", ["tidak menjelaskan makna", "Humas Bersinergi"], []),
        # the edition after the latest on record
        ("TOP GPR selanjutnya diadakan kapan?", ["setelah 2021"], ["11 November"]),
        # "Jabar": West Java, not on record (the outlet "Halo Jabar" is still the outlet)
        ("pemprov jabar dapat apa di amh 2023?", ["Jawa Barat"], ["Kampanye"]),
        # the region of an office is not where the ceremony was held
        ("gubernur jawa barat kasih selamat ke pemkot bandung ga?", [], ["Westin"]),
        # the Betawi "sebelumnye": the year before, not "sebelum" (not 2021's rank)
        ("sumsel taun sebelumnye dapet peringkat berape di TOP GPR?", [], ["peringkat 3"]),
        # who handed the award over, with a noun between "siapa" and "yang menyerahkan": the
        # giver, not the one who received it
        ("siapa pejabat kementerian yang menyerahkan penghargaan di amh 2023?", [], ["Darto"]),
        # an award from a role holder is on no record: not confirmed by the awards that are
        ("Pemkot Bandung dapat penghargaan dari Gubernur Jawa Barat kan?",
         ["Gubernur Jawa Barat"], ["Ya —"]),
        # the final rank in a category where only a nomination is on record is not known
        ("bandung akhirnya juara brp di kategori media audiovisual AMH 2023?",
         ["peringkat akhirnya", "nominasi (6 besar nasional)"], ["Ya —"]),
        # what else someone won, "selain" after the name and before the ask: nothing else
        ("jakarta selain juara 1 provinsi, dapet penghargaan apa lagi di TOP GPR?",
         ["hanya mencatat"], ["tercatat meraih"]),
        # a window written with "tahun" ("sebelum tahun 2023") is still a window
        ("apakah Bandung pernah juara AMH sebelum tahun 2023?", ["sebelum 2023"], ["Ya —"]),
        # an ask after an edition not on record asks of that edition, not of the one on record
        ("TOP GPR 2022 siape yg menang? Bengkulu menang lagi kagak?", ["TOP GPR 2022"],
         ["Ya —", "peringkat 2"]),
        # why a place bears a nickname: no source explains it (not why it won)
        ("kenapa Bengkulu dijuluki Bumi Rafflesia?", ["asal julukan"], ["kerja sama"]),
        ("kenapa sih bandung dijulukin kota kembang?", ["asal julukan"], ["Darto"]),
        # the first place of the event Bandung took part in is not on record
        ("AMH yang diikuti bandung, siapa juara 1?", ["peringkat 1"], ["Darto"]),
        ("di ajang yang diikuti bandung, siapa juara satunya?", ["peringkat 1"], ["Darto"]),
        # a rank claimed in an award where the organisation is on no record: not known (who
        # holds it there may be unrecorded), with where it does hold that rank
        ("bengkulu peringkat 2 itu di AMH 2023 kan?",
         ["tidak mencatat peringkat", "peringkat 2 kelompok Provinsi — TOP GPR 2021"], ["Tidak —"]),
        ("DKI Jakarta juara 1 di AMH 2023 ya?", ["peringkat 1 kelompok Provinsi — TOP GPR 2021"],
         ["Tidak —"]),
        # who lost: no source names them (not the winners, nor "tidak kalah pentingnya")
        ("Siapa saja yang kalah di TOP GPR 2021?", [], ["DKI Jakarta", "Tidak kalah"]),
        ("provinsi mana yang kalah di top gpr 2021", [], ["Tidak kalah"]),
        # a final score: no source gives one (not the rank beside it)
        ("Nilai akhir Bandung di kategori kampanye komunikasi publik berapa?", [],
         ["Terbaik III"]),
        # a person's full name: only the short one is on record (not an award's full name)
        ("nama lengkap darto siapa", ["tanpa nama lengkap"], ["singkatan"]),
        # what would have been, and the bot's own judgement ("pantes"): no source tells
        ("seandainya DKI gak ikut, Bengkulu jadi juara 1 dong?", ["tidak memberi pendapat"],
         ["Tidak —"]),
        ("menurutmu bandung pantes gak dpt terbaik III?", ["tidak memberi pendapat"], []),
        # ever holding a rank: only the editions on record tell (no "no" from one of them)
        ("bengkulu pernah juara 1 TOP GPR gak?", ["tidak mencatat apakah", "peringkat 2"],
         ["Tidak —"]),
        ("bengkulu pernah peringkat 1 top gpr tahun berapa?", ["tidak mencatat apakah"],
         ["Tidak —", "November"]),
        # which is better, judged by the bot (but "… lebih bagus peringkatnya" asks the ranks)
        ("bagusan mana Bandung atau Bengkulu humasnya?", ["tidak memberi pendapat"],
         ["lebih tinggi"]),
        # an award whose results name groups, not categories: no category, and the group
        ("kategori top gpr 2021 apa?", ["tidak menyebut kategori", "kelompok Provinsi"], []),
        # an office off the record, put right from another off the record
        ("pemprov jawa barat, eh jawa timur maksudnya, dapat amh 2023 ga?", ["Jawa Timur"],
         ["Jawa Barat", "Bandung"]),
        # how to register: no source says (not the sentence on whom the award is for)
        ("bagaimana cara mendaftar top gpr?", [], ["Kementerian"]),
        ("cara daftar top gpr gimana min?", [], ["Kementerian"]),
        # how the entries were judged: no source says (what is judged, the definition tells)
        ("cara penilaian TOP GPR gimana?", ["tidak menyebut penjurian"], ["citra"]),
        ("metode penilaiannya top gpr 2021 apa?", ["tidak menyebut penjurian"], ["citra"]),
        # who may take part is asked, not who attended for the organisation named
        ("Apakah artikel Bandung menjelaskan siapa saja yang boleh mengikuti AMH?", [],
         ["Darto"]),
        # the subject put right is asked of, not the one typed first
        ("bengkulu, eh bukan, bandung, dapet peringkat brp di TOP GPR 2021?", ["Bandung"],
         ["Bengkulu"]),
        ("AMH 2023, eh 2022 deh, bandung dapet apa?", ["2022"], ["Terbaik III"]),
        # people counted are not the editions held ("ke-16" was said)
        ("AMH 2023 dihadiri berapa orang?", ["tidak menyebut jumlah"], ["ke-16"]),
        # a year the asker says they ask of, in the sentence before the question, is asked
        ("Saya mau tanya soal tahun 2022. Bandung dapat apa di AMH?", ["2022"],
         ["Terbaik III"]),
        # who announced the winners, who handed an award over: not who won or received it
        ("yang mengumumkan pemenang TOP GPR 2021 siapa?", [], ["DKI Jakarta"]),
        # a sentence after the question telling what the answer is for asks nothing ("top 5")
        ("kalau peringkat 4 dan 5 TOP GPR 2021 siapa? biar podium-nya lengkap top 5",
         ["peringkat 4"], ["DKI Jakarta"]),
        # who else than the one on record: no one else is named
        ("selain Darto siapa lagi yang hadir di AMH 2023?", ["selain Darto"],
         ["Sekretaris Dinas"]),
        # words of a person in a year they are not on record speaking in
        ("Apakah ada kutipan Rohidin tentang target kehumasan tahun 2022?", ["tahun 2022"],
         ["kado"]),
        # the governor's birthday is not the province's anniversary his words come after
        ("hut gubernur rohidin ke berapa?", ["tidak menyebut"], ["ke-53"]),
        ("ultah gubernur bengkulu yg ke brp", ["tidak menyebut"], ["ke-53"]),
        # nominations of one with no nomination on record: none, and what it did get (not
        # its results as if they were the nominations asked)
        ("kalau Sumsel dapat berapa nominasi di TOP GPR?",
         ["tidak mencatat Provinsi Sumatera Selatan sebagai nominasi", "peringkat 3"], []),
        # another award of an organisation with one result on record: none ("Ya —" was said)
        ("oke, sumsel dapet penghargaan lain gak di top gpr 2021?", ["Sumber hanya mencatat"],
         ["Ya —"]),
        ("bengkulu dapet kategori lain gak di TOP GPR?", ["Sumber hanya mencatat"], ["Ya —"]),
        ("jakarta dpt penghargaan apa lagi thn itu?", ["Sumber hanya mencatat"], ["Ya —"]),
        # a claim with words no vocabulary knows, then "Apakah benar?": not what is left of
        # it (the theme was given for "amh 2023. Apakah benar?")
        ("Draf menyebut jumlah peserta AMH 2023 mencapai 500 instansi. Apakah benar?",
         ["jumlah"], ["Tema"]),
    ],
)
def test_in_scope_questions_without_data_get_no_data_never_a_near_miss(
        engine, question, must_mention, must_not_mention):
    reply = ask(engine, question)
    assert reply.status == Status.NO_DATA, reply.text
    for fragment in must_mention:
        assert fragment in reply.text
    for fragment in must_not_mention:
        assert fragment not in reply.text


@pytest.mark.parametrize(
    "question",
    ["siapa juara liga 1 2021?", "kapan HUT RI?", "cuaca di bandung?",
     "jumlah penduduk bengkulu?", "siapa presiden indonesia?", "cuaca di bali hari ini?",
     "jam berapa sekarang", "resep nasi goreng", "2021", "juara",
     # (a name on record alone asks what it won: "bandung")
     # this week is the present, not the day Minggu nor an award's date
     "acara pj wali kota bandung minggu ini apa?",
     # an award off the record is no story around the question
     "Anugerah Kehumasan Nusantara 2023, pemkot bandung dapet apa?",
     # a hotel no source names, with no award's ceremony asked of: not the venue on record
     "hotel shangri-la bagus gak", "hotel majapahit dimana",
     # a claim no source bears out, asked to be checked: no thanks, greeting or related
     # sentence for it
     "Klaim: vaksin mengandung chip 5G untuk melacak orang. Cek fakta?",
     "vaksin bikin autis. cek fakta dong",
     "ada yg share video rohidin nyanyi di panggung penghargaan TOP GPR, bener itu?",
     "katanya ada pesan: 'Pemprov Bengkulu bayar media biar beritanya positif'. ada di berita "
     "ga?",
     "Klaim: kriteria penilaian AMH 2023 terdiri atas 5 aspek dengan bobot masing-masing 20%. "
     "Ada di sumber?",
     # a question on record beside another doubt that names nothing on record: not read
     # as the doubt settled
     "Siapa juara 1 TOP GPR 2021? bukan hoax kan vaksin itu?",
     # how to enter, which no source tells, is not the list of awards on record
     "daftarnya gimana", "dftrnya gmn",
     # how entries were judged, with a word the definition happens to hold ("memanfaatkan"):
     # not the definition
     "metode penilaian TOP GPR pake apa?",
     # a question after a story: not when it points at nothing the story names as on record
     # (the weather), nor when the story names an award off the record
     "yaudah deh. eh cuaca jakarta panas bgt ya hari ini, sampe kapan sih?",
     "temen sekantor bilang bengkulu juga menang anugerah keterbukaan informasi publik 2021. "
     "peringkatnya brp di situ?",
     "bunga Rafflesia Arnoldi itu mekarnya kapan ya, di Bumi Rafflesia mana bisa lihat",
     # a day of the calendar no source is about (not the date of a ceremony)
     "hari guru nasional tgl brp ya, mau bikin ucapan", "hari ibu kapan"],
)
def test_out_of_scope_or_single_keyword_questions_are_not_answered(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.NOT_UNDERSTOOD, reply.text
    assert "AMH 2023" in reply.text and "TOP GPR 2021" in reply.text  # hint of what it knows


def test_not_understood_offers_at_most_three_suggestions(engine):
    reply = ask(engine, "cuaca di bandung?")
    assert 1 <= len(reply.suggestions) <= 3
    assert any("Bandung" in s for s in reply.suggestions)


def test_every_suggestion_and_example_is_itself_answered(engine, kb):
    from bot.answering.suggest import Suggester
    from bot.catalogue import example_questions

    questions = [q for q, _ in Suggester(kb).questions] + example_questions(kb, limit=10)
    for number, question in enumerate(questions):
        reply = engine.ask(question, f"s{number}")
        assert reply.status == Status.ANSWERED, (question, reply.text)


@pytest.mark.parametrize(
    ("question", "kind"),
    [("halo", "greeting"), ("selamat pagi kak", "greeting"), ("makasih ya", "thanks"),
     ("terima kasih banyak", "thanks"), ("bantuan", "help"), ("bisa apa aja?", "help"),
     ("punten, ieu bot naon? tiasa naon wae?", "help"), ("iso takon opo wae mas?", "help"),
     ("dah dulu ya, tengkyu", "thanks"), ("sip, wilujeng nya", "thanks"),
     # thanks, then a word about what it names that asks nothing
     ("oke makasih min, bangga jadi wong bengkulu 💪", "thanks"),
     # "kalau begitu" (then) before thanks or a goodbye asks nothing
     ("kalau gitu makasih", "thanks"), ("ok dh gt aj bye", "thanks"),
     ("km bot ya bs nanya ttg apa", "help"),
     ("Kalau demikian, cukup sekian dahulu. Terima kasih banyak dan salam sehat.", "thanks"),
     # someone trying whether the bot answers
     ("test", "greeting"), ("woy bot 👋", "greeting"),
     # "dl", "dlu": "dulu" ("that's all for now")
     ("sdh dl ya bye", "thanks"),
     # courtesy however long, with words no list holds
     ("Terima kasih banyak atas bantuannya hari ini. Berkat informasi yang jelas, laporan "
      "benchmarking saya akhirnya selesai tepat waktu.", "thanks"),
     ("Assalamualaikum, izin gabung grup", "greeting")],
)
def test_chitchat_is_recognised(engine, question, kind):
    reply = ask(engine, question)
    assert (reply.status, reply.intent) == (Status.CHITCHAT, kind)


def test_a_question_after_a_greeting_is_no_greeting(engine):
    assert ask(engine, "Rekan2, besok Surabaya hujan ga ya? mau dinas luar").status \
        != Status.CHITCHAT
    # nor is a request after the one it addresses
    assert ask(engine, "Mas, minta tolong buatkan draf siaran pers peluncuran aplikasi antrean "
                       "puskesmas, gaya bahasa formal. Besok pagi harus naik.").status \
        != Status.CHITCHAT


@pytest.mark.parametrize("text", ["", "   ", "???", "😀😀", "\u200b\u200b"])
def test_empty_or_symbol_only_input_gets_a_polite_prompt(engine, text):
    reply = ask(engine, text)
    assert reply.status == Status.NOT_UNDERSTOOD
    assert reply.text


def test_reply_json_has_the_documented_fields(engine):
    data = ask(engine, "siapa juara TOP GPR 2021?").to_json_dict()
    assert set(data) == {"question", "status", "text", "intent", "slots", "confidence",
                         "sources", "suggestions"}
    assert data["sources"][0]["title"].startswith("Pemprov Bengkulu")


def test_a_detail_no_intent_models_is_quoted_from_its_source_sentence(engine):
    # Given a question about what the Media Center is under (no intent models that)
    reply = ask(engine, "Media Center Pemprov Bengkulu berada di bawah naungan dinas apa?")
    # Then the article's own sentence answers, verbatim, with its source
    assert (reply.status, reply.intent) == (Status.ANSWERED, "source_sentence")
    assert "dibawah naungan Dinas Kominfotik Provinsi Bengkulu" in reply.text
    assert reply.sources[0].id == "pemprov-bengkulu-top-gpr-2021"


@pytest.mark.parametrize("question", [
    "siapa yang menyerahkan penghargaan kepada Darto?",  # the giver is not the receiver
    "berapa provinsi yang ikut TOP GPR 2021?",  # a count is not who attended
    "cuaca di bandung hari ini?",  # one shared name is not enough
    "Malam anugerah AMH 2023 mulai jam berapa?",  # a date is not a clock time
    "kampanye komunikasi publik bandung yg menang itu tentang apa?",  # content, not a rank
    # the giver is not the receiver named after "kepada"
    "Siapa yang menyerahkan penghargaan AMH 2023 kepada perwakilan Pemkot Bandung?",
    "siapa yang memberikan penghargaan kepada Bengkulu?",
    "Siapa yang menyerahkan trofi TOP GPR ke Bengkulu?",
    # a sentence that mentions the thing names nothing
    "Apa nama majalah internal Pemkot Bandung yang masuk nominasi AMH?",
    "Siapa nama jurnalis yang diapresiasi Gubernur Rohidin?",
    "nama inhouse magazine pemkot bandung apa?",  # the next name is another category's
    # "… namanya" at the end asks the name of what the question starts with
    "jurnalis yang diapresiasi gubernur bengkulu siapa aja namanya?",
    # "semua OPD Kota Bandung", "Media Online": common words after the noun, no name
    "opd mana saja yang diajak kolaborasi darto?",
    # how often an award is held is no organiser
    "amh diadain setiap tahun gak?",
    # what was done is not who got the rank
    "apa saja yang dilakukan sampai bisa dapat peringkat 2 TOP GPR 2021?",
    # what the award followed is no list of winners
    "penghargaan top gpr diraih setelah apa?",
])
def test_an_answer_that_does_not_supply_the_focus_is_not_given(engine, question):
    assert ask(engine, question).status != Status.ANSWERED


def test_handed_to_whom_asks_who_received_it(engine):
    reply = ask(engine, "AMH 2023 diserahkan kepada siapa?")
    assert reply.intent == "representative" and "Darto" in reply.text


def test_a_yes_no_question_gets_ya_or_tidak_before_the_fact(engine):
    assert ask(engine, "apakah Bandung juara 1 di AMH 2023?").text.startswith("Tidak — ")
    assert ask(engine, "apakah Bengkulu peringkat 2 di TOP GPR 2021?").text.startswith("Ya — ")
    # the format of the ceremony: virtual or in person
    reply = ask(engine, "apakah AMH 2023 diselenggarakan secara virtual?")
    assert reply.text.startswith("Tidak — ") and "Surabaya" in reply.text
    assert ask(engine, "top gpr 2021 online gak?").text.startswith("Ya — ")


@pytest.mark.parametrize("question", [
    "urutan 1 2 3 top gpr 2021 provinsi apa aja?",
    "sebutin dong provinsi terbaik TOP GPR 2021 dari peringkat 1 sampe 3"])
def test_a_question_about_several_ranks_lists_them(engine, question):
    reply = ask(engine, question)
    assert all(name in reply.text for name in ("DKI Jakarta", "Bengkulu", "Sumatera Selatan"))


def test_sentences_of_courtesy_around_a_question_are_left_aside(engine):
    from bot.understanding.compound import without_courtesy

    text = ("Selamat siang. Mohon informasi, pada ajang TOP GPR Award 2021, Provinsi Bengkulu "
            "memperoleh peringkat keberapa? Terima kasih atas informasinya.")
    assert without_courtesy(text).startswith("Mohon informasi, pada ajang")
    assert without_courtesy(text).endswith("keberapa?")
    assert "peringkat 2" in ask(engine, text).text
    assert without_courtesy("Terima kasih.") == "Terima kasih."  # nothing else: as it is
    assert ask(engine, "Terima kasih.").status == Status.CHITCHAT


def test_derived_forms_of_one_root_match_a_source_sentence(engine):
    # "pemanfaatan" (question) and "memanfaatkan" (article) share the root "manfaat"
    reply = ask(engine, "top gpr itu liat pemanfaatan teknologi apa aja?")
    assert reply.status == Status.ANSWERED and "konvensional" in reply.text


@pytest.mark.parametrize("question", [
    "Siapa saja yang bisa menerima TOP GPR Award?",
    "apakah pemkab atau pemkot juga bisa menerima TOP GPR award?"])
def test_who_may_receive_an_award_is_its_eligibility_not_who_received_it(engine, question):
    reply = ask(engine, question)
    assert reply.intent == "award_eligibility" and "Kabupaten/Kota" in reply.text


def test_a_full_name_is_given_only_when_the_sources_give_one(engine):
    assert "Rohidin Mersyah" in ask(engine, "Siapa nama lengkap Gubernur Bengkulu?").text
    reply = ask(engine, "nama lengkap Darto siapa?")
    assert reply.status == Status.NO_DATA and "tanpa nama lengkap" in reply.text


def test_a_yes_no_tail_before_a_short_scope_still_asks_yes_or_no(engine):
    assert ask(engine, "bandung dapet juara 1 ga di amh?").text.startswith("Tidak — ")


def test_the_group_of_a_named_category_is_asked_by_kelompok_apa(engine):
    reply = ask(engine, "Kategori Kampanye Komunikasi Publik itu untuk kelompok apa?")
    assert reply.status == Status.ANSWERED and "Pemerintah Daerah Kabupaten/Kota" in reply.text


def test_how_someone_succeeded_is_not_answered_by_the_list_of_awards(engine):
    reply = ask(engine, "Bagaimana cara Pemkot Bandung meraih penghargaan AMH?")
    assert reply.intent != "org_awards"


def test_the_categories_of_an_edition_are_those_on_record_said_to_be_no_full_list(engine):
    reply = ask(engine, "Apa saja kategori di AMH 2023?")
    assert reply.intent == "categories" and "Media Audiovisual" in reply.text
    assert "tidak memuat daftar lengkapnya" in reply.text
    assert ask(engine, "top gpr 2021 ada kategori apa aja selain provinsi").status != (
        Status.ANSWERED)  # no category on record, and no sentence names one


def test_what_someone_appreciated_is_found_in_the_quote(engine):
    reply = ask(engine, "Menurut Darto penghargaan ini apresiasi dari siapa?")
    assert "Kementerian Kominfo" in reply.text


def test_which_year_an_edition_was_held_and_its_first_edition(engine):
    assert "2023" in ask(engine, "anugrah media humas ke-16 itu thn brp?").text
    reply = ask(engine, "AMH pertama kali diadain tahun brp?")  # the first edition: not on record
    assert reply.status == Status.NO_DATA and "30 Oktober" not in reply.text
    # an ordinal just after the award's name, with no rank named and no one asked of
    reply = ask(engine, "AMH pertama diadakan tahun berapa?")
    assert reply.status == Status.NO_DATA and "30 Oktober" not in reply.text
    reply = ask(engine, "AMH yang pertama tahun berapa?")  # (not its first place)
    assert reply.status == Status.NO_DATA and "30 Oktober" not in reply.text
    assert "DKI Jakarta" in ask(engine, "top gpr pertama siapa?").text


def test_the_format_of_a_ceremony_is_where_it_was_held(engine):
    assert "virtual" in ask(engine, "format acara top gpr 2021 apa?").text


def test_the_outlet_question_is_not_answered_by_the_rank_it_mentions(engine):
    reply = ask(engine, "Media apa yang menerbitkan berita tentang Bengkulu peringkat 2 TOP GPR?")
    assert reply.intent == "source" and reply.status == Status.NO_DATA


def test_a_place_after_di_is_where_the_event_was_not_an_organisation_s_result(engine):
    reply = ask(engine, "Apakah benar Malam Anugerah Humas 2023 digelar di Jakarta?")
    assert reply.text.startswith("Tidak — ") and "Surabaya" in reply.text
    assert ask(engine, "apakah amh 2023 digelar di surabaya?").text.startswith("Ya — ")
    # an organisation before the award is still the organisation
    assert "Terbaik III" in ask(engine, "Bandung di AMH 2023 dapat apa?").text


def test_an_ask_before_the_one_naming_the_subject_borrows_it(engine):
    reply = ask(engine, "Kapan dan dengan cara apa pengumuman TOP GPR 2021 dilakukan?")
    assert "11 November 2021" in reply.text and "virtual" in reply.text


def test_a_role_whose_holder_is_named_on_record_finds_what_that_person_said(engine):
    reply = ask(engine, "Menurut Sekretaris Diskominfo Bandung, pencapaian itu hasil kerja siapa?")
    assert "jajaran kehumasan" in reply.text
    reply = ask(engine, "Gubernur Bengkulu mengapresiasi siapa saja?")
    assert reply.status == Status.ANSWERED and "jurnalis" in reply.text
    # a role whose holder the sources don't name stays unanswered
    reply = ask(engine, "pj walkot bandung yg dikasih ucapan makasih sama darto itu siapa")
    assert reply.status != Status.ANSWERED


def test_a_preamble_that_asks_and_names_nothing_is_left_aside(engine):
    reply = ask(engine, "Saya sedang mengerjakan tugas sekolah tentang humas pemerintah. "
                        "Penghargaan apa yang diraih Pemerintah Kota Bandung pada tahun 2023?")
    assert reply.status == Status.ANSWERED and "Terbaik III" in reply.text
    # a first sentence that names the subject is kept
    reply = ask(engine, "Saya mau tanya soal TOP GPR 2021. Siapa juara 1?")
    assert "DKI Jakarta" in reply.text
    # who asks is no subject; "izin bertanya:" introduces the asks
    reply = ask(engine, "Halo, sy wartawan di Bengkulu. Mau cross-check kutipan: Gubernur "
                        "Rohidin bilang penghargaan TOP GPR ini kado berapa tahun Bumi Rafflesia?")
    assert reply.status == Status.ANSWERED and "kado 53 tahun" in reply.text
    reply = ask(engine, "Saya dari bagian humas salah satu kabupaten, izin bertanya: AMH 2023 itu "
                        "diselenggarakan oleh siapa, temanya apa?")
    assert "Kominfo" in reply.text and "Humas Bersinergi" in reply.text
    # a colon in a title introduces nothing
    assert ask(engine, "Sinopsis film Vina: Sebelum 7 Hari gimana?").status != Status.ANSWERED


@pytest.mark.parametrize(("message", "wanted"), [
    # a letter: the request, of the award its opening named
    ("Dengan hormat, kami sedang menyusun bahan rapat koordinasi tentang TOP GPR Award 2021. "
     "Mohon disampaikan provinsi yang meraih peringkat pertama pada ajang tersebut.",
     "DKI Jakarta"),
    # a story beside the ask, then thanks
    ("Boleh minta konfirmasi tanggal Malam Anugerah Humas 2023? Di undangan kami tertulis "
     "Selasa 31 Oktober 2023 tapi rasanya keliru. Terima kasih.", "30 Oktober 2023"),
    # a doubt voiced beside the question in words no vocabulary reads: the answer settles it
    ("gak salah tuh penghargaan dikasih ke Bengkulu? peringkat berapa sih sebenernya?",
     "peringkat 2"),
    ("maaf min, AMH 2023 itu sebenernya yg ngadain siapa ya? bukan swasta kan?", "Kominfo"),
    # a forwarded message, then "is this true?": its claim checked
    ("Diteruskan dari grup keluarga: selamat buat Pemkot Bandung yang katanya juara 1 AMH "
     "2023, warga bangga! Ini bener gak sih?", "Tidak — bukan peringkat 1"),
])
def test_the_sentences_that_ask_are_answered_the_rest_led_to_them(engine, message, wanted):
    reply = ask(engine, message)
    assert reply.status == Status.ANSWERED and wanted in reply.text, reply.text


@pytest.mark.parametrize(("message", "present", "absent"), [
    # a complaint or an exclamation before the question names whom or where it is about
    ("wah keren, sampe ke Surabaya segala. acaranya tanggal berapa tuh?", "30 Oktober 2023",
     "11 November"),
    ("pelayanan KTP di Bandung lambat, humasnya malah menang. yg nerima penghargaannya siapa?",
     "Darto", "Jaduliwan"),
    ("listrik sering padam tapi pemprov bengkulu sibuk ngejar award. award apa sih itu?",
     "TOP GPR 2021", "AMH"),
    # an award "dari siapa" is who gave it
    ("pajak naik terus, eh pemkot bandung malah dapet penghargaan humas. penghargaan dari "
     "siapa tuh?", "Kominfo", "TOP GPR"),
])
def test_a_story_before_the_question_names_its_subject(engine, message, present, absent):
    reply = ask(engine, message)
    assert reply.status == Status.ANSWERED, reply.text
    assert present in reply.text and absent not in reply.text, reply.text


@pytest.mark.parametrize(("question", "wanted"), [
    # a repeated head noun still joins two subjects; "berapa" after "peringkat" asks the rank
    ("peringkat Bandung di AMH 2023 dan peringkat Bengkulu di TOP GPR 2021 masing-masing "
     "berapa?", ("Terbaik III", "peringkat 2")),
    # numbered asks, each answered; the numbers are no ranks
    ("Tolong jelaskan: (1) siapa saja yang diapresiasi Gubernur Rohidin, (2) apa harapannya, "
     "dan (3) penghargaan itu diraih bertepatan dengan momen apa.", ("jurnalis", "HUT")),
    # "atau" between the formats, "dan" between the subjects: no choice, both answered
    ("AMH 2023 dan TOP GPR 2021 masing-masing digelar bagaimana? Tatap muka atau virtual?",
     ("Surabaya", "virtual")),
    # a statement about one subject, then the ask about another: the ask, about its own
    ("bandung menang di kelompok kab/kota, bengkulu di tingkat apa?", ("Bengkulu", "Provinsi")),
    ("AMH di Surabaya, TOP GPR di mana?", ("TOP GPR 2021", "virtual")),
    # a question mark ends an ask that has no question word ("benarkah …?", "… ya?")
    ("benarkah Sumsel meraih peringkat 3 TOP GPR 2021? Lalu provinsi apa saja yang ada di "
     "atasnya?", ("Ya —", "DKI Jakarta", "Bengkulu")),
    ("AMH 2023 offline ya? penghargaannya diterima langsung?", ("Surabaya", "Darto")),
    # the question words of a regional language mark the asks too
    ("Assalamualaikum, Gubernur Bengkulu kito tu namonyo siapo, dan apo kato beliau soal "
     "penghargaan itu?", ("Rohidin Mersyah", "kado")),
    # two roles, each with its organisation
    ("Gubernur Bengkulu sama Sekretaris Diskominfo Bandung namanya siapa?", ("Rohidin", "Darto")),
    ("GUBERNUR BENGKULU SM KADIS KOMINFOTIKNYA SIAPA AJA", ("Rohidin", "Jaduliwan")),
    # "beda A dengan B": each of the two compared
    ("Apa bedanya format acara AMH 2023 dengan TOP GPR 2021?", ("Surabaya", "virtual")),
    # "trs" (terus) between two asks
    ("tema amh 2023 apa trs diadain tgl brp?", ("Humas Bersinergi", "30 Oktober 2023")),
    # "A dan yang untuk B, … masing-masing": each subject, not each edition for one
    ("Dua penghargaan itu, yang untuk Kota Bandung dan yang untuk Provinsi Bengkulu, siapa "
     "perwakilan masing-masing yang hadir di acaranya?", ("Darto", "Jaduliwan")),
    # up to five asks in one message
    ("AMH 2023 itu yang keberapa, temanya apa, diselenggarakan siapa, dan Bandung dapat "
     "nominasi di kategori apa saja?", ("ke-16", "Humas Bersinergi", "Kominfo", "Audiovisual")),
    # an ask of something no source names does not swallow the one before it
    ("siapa juara 1 TOP GPR 2021 dan dapat hadiah apa?",
     ("DKI Jakarta", "tidak menyebut hadiah")),
])
def test_every_ask_of_a_longer_message_is_answered(engine, question, wanted):
    text = ask(engine, question).text
    assert all(w in text for w in wanted), text


@pytest.mark.parametrize("question", [
    "Apakah Kota Bandung ikut TOP GPR Award 2021 dan dapat peringkat?",
    "Selamat sore, apakah Kota Bandung juga ikut dan menang di TOP GPR 2021?",
    "Bengkulu dapat AMH 2023 tidak?",
    # when or where it received it: not the event's date or place
    "kapan bandung nerima top gpr award?", "dimana bengkulu menerima penghargaan AMH 2023?"])
def test_an_organisation_asked_of_at_an_edition_without_it_is_no_data(engine, question):
    reply = ask(engine, question)  # not the winners, not its other award
    assert reply.status == Status.NO_DATA and "Sumber tidak mencatat" in reply.text, reply.text


def test_an_edition_not_on_record_asked_not_claimed_is_no_data_without_the_other_award(
        engine):
    # (only a claim that mixes up the award is answered with the one on record that year)
    reply = ask(engine, "Bengkulu peringkat berapa di AMH 2021?")
    assert reply.status == Status.NO_DATA and "TOP GPR 2021 —" not in reply.text, reply.text


def test_whether_two_organisations_won_the_same_award_is_told_with_each_one_s(engine):
    text = ask(engine, "Bandung sama Bengkulu dapat penghargaan yang sama nggak?").text
    assert text.startswith("Tidak — penghargaannya berbeda."), text
    assert "AMH 2023" in text and "TOP GPR 2021" in text


def test_a_statement_before_the_ask_is_not_answered_itself(engine):
    text = ask(engine, "dki peringkat 1, trus sumsel posisi berapa?").text
    assert "peringkat 3" in text and "DKI" not in text, text


@pytest.mark.parametrize(("question", "wanted"), [
    ("Bandung itu pemkot dan Bengkulu pemprov, betul?",
     "Ya — Pemerintah Kota Bandung adalah pemerintah kota.\n\n"
     "Ya — Pemerintah Provinsi Bengkulu adalah pemerintah provinsi."),
    ("Bandung itu pemprov ya?",
     "Tidak — Pemerintah Kota Bandung adalah pemerintah kota, bukan pemerintah provinsi."),
    ("bandung vs bengkulu, mana yg pemkot mana yg pemprov?",
     "Pemerintah Kota Bandung adalah pemerintah kota.\n\n"
     "Pemerintah Provinsi Bengkulu adalah pemerintah provinsi."),
])
def test_the_kind_of_a_regional_government_is_the_one_on_record(engine, question, wanted):
    reply = ask(engine, question)  # not the place of an event ("kota", "provinsi")
    assert reply.status == Status.ANSWERED and reply.text == wanted, reply.text
    assert reply.sources


@pytest.mark.parametrize("question", [
    "Apakah ada kabupaten di Bengkulu yang menang TOP GPR 2021?",
    "kabupaten mana di bengkulu yang dapat top gpr?",
])
def test_a_government_of_another_kind_in_a_region_on_record_is_not_the_region_s(engine,
                                                                                question):
    reply = ask(engine, question)  # the province's results answer nothing about a regency
    assert reply.status == Status.NO_DATA and "peringkat 2" not in reply.text
    assert "Pemerintah Provinsi Bengkulu" in reply.text  # what is on record from there


@pytest.mark.parametrize(("question", "holder"), [
    ("Apakah Jawa Barat peringkat 3 TOP GPR 2021 tingkat provinsi?", "Sumatera Selatan"),
    ("Mohon konfirmasi: yang menduduki peringkat 1 TOP GPR 2021 itu Jawa Barat, betul?",
     "DKI Jakarta"),
    # a region after the rank, or before it with no other word: not where it was held
    ("juara ke-3 TOP GPR itu Jawa Barat, bener?", "Sumatera Selatan"),
    ("Apakah Jawa Barat peringkat 3 TOP GPR 2021?", "Sumatera Selatan"),
])
def test_a_rank_claimed_for_a_region_off_the_record_is_denied_with_its_holder(engine, question,
                                                                              holder):
    reply = ask(engine, question)
    assert reply.text.startswith("Tidak — Jawa Barat tidak tercatat") and holder in reply.text


@pytest.mark.parametrize(("question", "verdict"), [
    ("Apakah penghargaan TOP GPR Bengkulu diterima di Surabaya?", "Tidak — "),
    ("penghargaan top gpr bengkulu diterima secara virtual ya?", "Ya — "),
])
def test_where_or_how_an_award_was_received_is_checked_against_the_event(engine, question,
                                                                         verdict):
    assert ask(engine, question).text.startswith(verdict)


@pytest.mark.parametrize(("question", "verdict"), [
    ("bandung dpt 2 nominasi ya di amh 2023?", "Ya — "),
    ("jd bandung dpt 1 penghargaan + 2 nominasi ya di amh 2023?", "Ya — "),
    ("bandung dapat 3 nominasi di amh 2023 ya?", "Tidak — "),
    ("bandung masuk 6 besar kan di amh 2023", "Ya — "),  # a size, not a count
    ("bandung masuk 5 besar kan di amh 2023", "Tidak — "),
])
def test_a_number_of_nominations_claimed_is_counted(engine, question, verdict):
    assert ask(engine, question).text.startswith(verdict)


def test_a_rank_asked_with_the_city_of_the_ceremony_is_no_claim_about_a_region(engine):
    reply = ask(engine, "apakah juara 3 amh 2023 diumumkan di surabaya?")
    assert not reply.text.startswith("Tidak") and "Pemerintah Kota Bandung" in reply.text


def test_a_government_of_the_kind_on_record_is_the_one_on_record(engine):
    reply = ask(engine, "pemkot di bandung dapat apa di amh 2023")
    assert reply.status == Status.ANSWERED and "Terbaik III" in reply.text


@pytest.mark.parametrize(("question", "verdict"), [
    ("Konfirmasi: Pemkot Bandung menerima penghargaan AMH pada 30 November 2023, benar?",
     "Tidak — "),
    ("bener ga sih Bandung menang AMH 2023 on October 30?", "Ya — "),
])
def test_a_date_claimed_beside_another_fact_is_checked_and_given(engine, question, verdict):
    text = ask(engine, question).text
    assert text.startswith(verdict) and "Senin, 30 Oktober 2023" in text, text


@pytest.mark.parametrize(("question", "verdict"), [
    ("tema amh 2023 itu 'Humas Hebat Indonesia Maju' ya?", "Tidak — "),
    ("Tema AMH 2023 'Humas Bersinergi untuk Indonesia Maju' kan?", "Tidak — "),
    ("tema amh 2023 humas bersinergi ya?", "Ya — "),
    ("berita pemkot bandung raih amh 2023 itu dari detik kan?", "Tidak — "),
])
def test_a_theme_or_publisher_claimed_is_checked_against_the_one_on_record(
        engine, question, verdict):
    text = ask(engine, question).text
    assert text.startswith(verdict), text
    assert "Humas Bersinergi untuk Kemajuan Negeri" in text or "HaloJabar" in text, text


@pytest.mark.parametrize("question", [
    "Pj Wali Kota dan Sekda Bandung dianggap berperan apa sama Darto?",
    "pj wali kota sm sekda bandung ngapain menurut darto"])
def test_two_roles_asked_of_as_one_teller_saw_them_get_his_words_once(engine, question):
    text = ask(engine, question).text
    assert "arahan" in text and "Terbaik III" not in text and "tidak menyebut" not in text


def test_a_theme_claimed_with_no_award_named_is_checked_for_each_edition(engine):
    text = ask(engine, "temanya 'Humas Bersatu Membangun Negeri' bukan?").text
    assert text.startswith("Tidak — Tema AMH 2023") and "tidak menyebut tema TOP GPR" in text
    # claimed for an edition with no theme on record: none is, never "Ya"
    reply = ask(engine, "Tema TOP GPR 2021 'Humas Bersinergi untuk Kemajuan Negeri' ya?")
    assert reply.status == Status.NO_DATA and "tidak menyebut tema" in reply.text


def test_a_claim_ending_in_betul_gets_a_verdict(engine):
    text = ask(engine, "Bandung dapat Terbaik II kategori Media Audiovisual di AMH 2023, "
                       "betul?").text
    assert text.startswith("Tidak — ") and "nominasi" in text, text


def test_which_of_two_ranks_is_higher_is_told_with_both(engine):
    reply = ask(engine, "sumsel atau jakarta yang lebih tinggi peringkatnya?")
    assert reply.text.startswith("Peringkat Provinsi DKI Jakarta lebih tinggi.")
    assert "peringkat 3" in reply.text and "peringkat 1" in reply.text


@pytest.mark.parametrize(("question", "wanted"), [
    # a journalist's formal wording
    ("Bagaimana kutipan lengkap pernyataan Darto seusai acara?", "Kita syukuri"),
    ("Mohon konfirmasi, AMH 2023 merupakan penyelenggaraan yang keberapa?", "ke-16"),
    ("Apa yang membuat Pemprov Bengkulu berhasil meraih TOP GPR?", "kerja sama"),
    ("Provinsi Bengkulu berulang tahun ke berapa saat penghargaan diraih?", "53"),
    # chat spellings
    ("yg nrima pnghargaan amh bandung siapa", "Darto"),
    ("top gpr 2021 yg menang siapa aj", "Sumatera Selatan"),
    # words beyond the first round's lists
    ("Gubernur yang dikutip dalam berita TOP GPR namanya siapa?", "Rohidin Mersyah"),
    ("Siapa yang berhak mendapat TOP GPR Award?", "Kementerian"),
    ("jakarta no 1 di top gpr 2021?", "DKI Jakarta"),
    ("malam anugerah humas hr apa sih", "Senin"),
    ("top gpr 2021 offline ato online?", "virtual"),
    # ranks, groups and what an award is for
    ("sumsel dpt brp di top gpr", "peringkat 3"),  # "dapat berapa" asks the rank
    ("Bandung menang AMH di kelompok pemerintah provinsi atau kabupaten/kota?", "Kabupaten/Kota"),
    ("Pemkot Bandung ikut AMH 2023 di kelompok peserta apa?", "Kabupaten/Kota"),
    ("TOP GPR Award itu sebenarnya penghargaan untuk apa?", "citra"),
    # English mixed in
    ("what's the theme of AMH 2023?", "Humas Bersinergi"),
    ("TOP GPR award given to whom?", "Kementerian"),
    ("who attended the TOP GPR ceremony for Bengkulu?", "Jaduliwan"),
    ("was DKI Jakarta number one di TOP GPR 2021?", "peringkat 1"),
    # Sundanese and Javanese question words
    ("Punten, penghargaan AMH Bandung teh diterima ku saha?", "Darto"),
    ("atuh kang, Bandung teh juara sabaraha di AMH?", "Terbaik III"),
    ("Mas, AMH 2023 niku dipunwontenaken wonten pundi nggih?", "Surabaya"),
    ("Lur, sing melu award ceremony virtual soko Bengkulu sopo toh?", "Jaduliwan"),
    ("sing entuk peringkat siji TOP GPR 2021 sopo to?", "DKI Jakarta"),
    ("saha nu meunang peringkat katilu di TOP GPR 2021?", "Sumatera Selatan"),
    ("saha nu nampi pangajen AMH 2023 kanggo Pemkot Bandung?", "Darto"),
    ("Nuwun sewu, sinten ingkang nampi penghargaan AMH kagem Pemkot Bandung?", "Darto"),
    ("Nyuwun pirsa, Pemkot Bandung mlebet nominasi wonten kategori menapa kemawon?",
     "Media Audiovisual"),
    ("Kami nak betanyo, provinsi mano yang juaro satu di TOP GPR 2021?", "DKI Jakarta"),
    ("Wilujeng sonten, tema AMH taun 2023 teh naon nya? Hatur nuhun.", "Humas Bersinergi"),
    # "berita … dari …" asks where the article comes from
    ("berita amh 2023 dari halojabar kan?", "HaloJabar"),
    # "karena apa" asks why
    ("bengkulu menang karena apa?", "kerja sama"),
    # who the asker is ("saya mahasiswa …", "I'm a retired teacher") and "lomba" for the award
    ("Selamat siang, saya mahasiswa ilmu komunikasi semester 3. Saya penasaran, instansi mana "
     "yang mengadakan ajang Anugerah Media Humas tahun 2023 itu?", "Kominfo"),
    ("Hi, I'm a retired teacher. Which province came in second at TOP GPR 2021?", "Bengkulu"),
    ("Oke, kembali ke topik. Lomba AMH 2023 itu diselenggarakan oleh siapa?", "Kominfo"),
    # who "made" it (bikin → buat → untuk) is the organiser, not a winner
    ("anugerah media humas 2023 tuh siapa yg bikin sih", "Kominfo"),
    ("AMH 2023 yang bikin siapa?", "Kominfo"),
    # more chat spellings
    ("mnrt jaduliwan suksesnya krn apa", "kerja sama"),
    ("Apa reaksi Gubernur Rohidin Mersyah atas diraihnya penghargaan tersebut?", "syukur"),
    # a busy officer's abbreviations
    ("gub bkl siapa?", "Rohidin"),
    ("prkt 3 top gpr 21 siapa", "Sumatera Selatan"),
    # what one hopes for "ke depan"; success is keberhasilan as well as kesuksesan
    ("Jaduliwan berharap apa ke depannya?", "terjalin"),
    ("menurut Darto, keberhasilan bandung ini hasil kerja siapa?", "jajaran kehumasan"),
    ("Apakah ceremony TOP GPR 2021 dilakukan tatap muka?", "virtual"),
    # chat words that carry no meaning here ("sendiri", "gitu", "di situ") and chat spellings
    ("oh ok, bandung sendiri dapet apa?", "Terbaik III"),
    ("SDM pemprov bengkulu katanya jadi apa gitu?", "influencer"),
    ("bandung msk nominasi di kategori apa aj", "Media Audiovisual"),
    ("Provinsi mana yang menempati peringkat ketiga TOP GPR Award 2021?", "Sumatera Selatan"),
    # how someone took the award ("memaknai") is in what they said; what is still lacking
    ("Bagaimana Darto memaknai penghargaan AMH 2023 tersebut?", "apresiasi"),
    ("Apa Darto menganggap kinerja humas Bandung sudah sempurna, atau masih ada yang perlu "
     "dibenahi?", "evaluasi"),
    # when someone said what they said: the occasion of the quote
    ("darto ngomong gitu kapan?", "seusai acara Malam Anugerah Humas 2023"),
    # a note's keyword ("momen") is its own word, not "saat" (when)
    ("penghargaan top gpr itu pas bgt sama momen apa buat bengkulu?", "HUT"),
    # a quote asked for is the person's own words, not the note that restates them
    ("Bagaimana kutipan Jaduliwan tentang kunci kesuksesan Pemprov Bengkulu?",
     "hubungan baik"),
    ("Tolong kutip kalimat terima kasih Darto secara lengkap untuk draf saya.",
     "Terima kasih kepada Pj Wali Kota Bandung"),
    # the name of the award an organisation won (not the name of its magazine)
    ("Apa nama penghargaan yang diraih Bandung?", "Anugerah Media Humas"),
    # the full name of the award an organisation won
    ("nama lengkap award yg dimenangin bengkulu apa?", "Top Government Public Relations"),
    ("Nama lengkap penghargaan yang diraih Pemkot Bandung tahun 2023 apa?",
     "Anugerah Media Humas"),
    # "tiga provinsi terbaik" is the top three, not rank 3; the format of an announcement
    ("Mohon urutan tiga provinsi terbaik TOP GPR Award 2021.", "DKI Jakarta"),
    ("Bagaimana format pengumuman pemenang TOP GPR Award 2021?", "virtual"),
    # what someone called it ("menyebut … sebagai apa") is in what they said
    ("Gubernur Rohidin menyebut penghargaan ini sebagai apa untuk Bengkulu?", "kado 53 tahun"),
    # chat forms of saying, hoping and thanking ("kt" = kata)
    ("kt gubernur penghargaannya jd kado apa", "kado 53 tahun"),
    # "yang ke-2" with no award before it is the one ranked second, not the second edition
    ("yang ke-2 di TOP GPR 2021 siapa?", "Bengkulu"),
    ("yg ke-3 top gpr siapa", "Sumatera Selatan"),
    ("kt darto penghargaannya bentuk apresiasi dr siapa?", "Kominfo"),
    ("jaduliwan ngarepin apa ke depannya", "terjalin"),
    ("pimpinan OPD dimakasihin krn apa", "kerja sama"),
    ("darto ngerasa humas bdg udh perfect blm?", "evaluasi"),
    # partners ("mitra") are those one works with ("kerja sama")
    ("media apa aja yg disebut jadi mitra kerjasama Pemprov Bengkulu", "elektronik"),
    # a rank label that says no rank ("Terbaik III") is given with its number
    ("Apa arti 'Terbaik III' di penghargaan Pemkot Bandung?", "Terbaik III (peringkat 3)"),
    # the categories an organisation reached, counted
    ("Pemkot Bandung tampil di berapa kategori AMH 2023 kalau dihitung juara + nominasi?",
     "tiga kategori"),
    ("Total ada berapa kategori AMH 2023 yang Pemkot Bandung tembus (menang + nominasi)?",
     "tiga kategori"),
    # a number word that counts what is asked, as a digit does, is no detail left unsaid
    ("dua kategori yg Bandung masuk 6 besar nasional AMH 2023 itu apa aja?", "Media Audiovisual"),
    ("Apakah Pemkot Bandung meraih lebih dari satu penghargaan di AMH 2023?", "Majalah Internal"),
    # "kedua acara": both, each answered
    ("Hari pelaksanaan kedua acara: TOP GPR hari apa dan AMH hari apa?", "Kamis"),
    # the post of the one who received or attended, given with them
    ("utk berita nih, yg nerima amh bandung jabatannya apa lengkapnya",
     "Darto (Sekretaris Dinas Komunikasi dan Informatika Kota Bandung)"),
    ("yang mengikuti top gpr 2021 jabatannya apa?", "Jaduliwan (Kepala Dinas Kominfotik"),
    # "nama dua kategori …": the categories, not a name
    ("Buat bahan rilis kami, tolong tulis persis nama dua kategori nominasi Pemkot Bandung "
     "seperti di artikel.", "Media Audiovisual"),
    # "mendukung": a word of the sources ("berperan aktif dalam mendukung …")
    ("Coba jelaskan faktor-faktor yang mendukung keberhasilan humas Pemkot Bandung menurut "
     "artikel.", "kolaborasi semua OPD"),
    # "berhasil raih" is managed to win: a claim checked, not a question of success
    ("Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR Award 2021 ... ini beneran ga sih",
     "Ya — Pemerintah Provinsi Bengkulu meraih Provinsi terbaik peringkat 2"),
    # Sundanese "dimeunangkeun" (won), "kompub", "yak", "dlm bhs indo"
    ("kategori naon atuh nu dimeunangkeun ku bandung", "Kampanye Komunikasi Publik"),
    ("kategori kampanye kompub yg dimenangkan pemkot bandung itu utk kelompok apa?",
     "Kabupaten/Kota"),
    ("darto itu kepala dinas kominfo bandung yak", "Tidak — Darto adalah Sekretaris Dinas"),
    ("inhouse magazine itu nama kategori apa dlm bhs indo", "Majalah Internal"),
    ("opd kota bandung kontribusinya apa", "kolaborasi semua OPD"),
    # Sundanese "dilaksanakeun dina poe naon" (held on what day), Javanese topic "ki"
    ("punten, AMH 2023 teh dilaksanakeun dina poe naon?", "Senin"),
    ("Mas, Bandung ki entuk juara piro neng AMH 2023?", "Terbaik III"),
    # "minta" (asking for) asks nothing of its own
    ("minta kutipan jaduliwan yg soal kerjasama media dong, lengkap", "tak lepas dari kerja sama"),
    # Javanese "nang" (at), "dino" (day); English "awarding night", "tied to"
    ("Mas, Bandung menang juara piro nang AMH 2023?", "Terbaik III"),
    ("hi, where was the AMH 2023 awarding night held?", "Surabaya"),
    ("Was Bengkulu's TOP GPR win tied to any anniversary?", "Ke-53"),
    # a greeting and who asks, in the sentence before the question, ask nothing
    ("Halo, saya wartawan, mau cek fakta soal Pemkot Bandung di AMH 2023. Bandung dapat "
     "peringkat berapa?", "Terbaik III"),
    # chat words for what was said
    ("Dlm sambutannya Darto berterima kasih ke siapa aja?", "Sekretaris Daerah"),
    ("Gubernur Rohidin mengapresiasi pihak mana sja?", "Media Center"),
    ("darto ngaku masih ada yg perlu dibenerin gk?", "evaluasi"),
    # English and chat words for a slide
    ("Who were the top three provinces in 2021?", "Sumatera Selatan"),
    ("butuh quote gubernur bengkulu buat slide penutup", "kado 53 tahun"),
    ("venue + tanggal buat footer slide", "Westin"),
    # "disitu" is there
    ("di AMH 2023 bandung peringkat brp disitu?", "Terbaik III"),
    # "waktu itu" is then, not a question of when
    ("gubernur bengkulu waktu itu rohidin mersyah kan?", "Ya — Rohidin Mersyah"),
    # Palembang/Bengkulu "gubernurnyo siapo", Betawi "ntu … dimane", "ame … aje", Minang
    # "nan ka barapo", Javanese "sing nyelenggarakke sopo", Sundanese "nu ngomong yen eta …"
    ("kalo Bengkulu gubernurnyo siapo?", "Rohidin"),
    ("bang, malam anugerah humas 2023 ntu diadain dimane?", "Surabaya"),
    ("si Darto makasih ame siape aje tuh?", "Wali Kota"),
    ("AMH 2023 tu nan ka barapo?", "16"),
    ("anugerah media humas 2023 sing nyelenggarakke sopo?", "Kominfo"),
    ("nu ngomong yen eta hasil kerja sadaya jajaran kehumasan saha?", "Darto"),
    # address words and particles of many regions ask nothing
    ("bah, Darto itu siapa rupanya?", "Sekretaris Dinas"),
    ("HUT Provinsi Bengkulu keberapa mi itu pas dapat TOP GPR?", "53"),
    ("top gpr itu singkatan dr apa ya dik", "Government Public Relations"),
    ("guys AMH 2023 tuh yg organize siapa sih?", "Kominfo"),
    # "sebenarnya" (actually) asks nothing
    ("apa sebenarnya TOP GPR Award itu?", "public relations"),
    ("apa sih sebenernya amh itu", "Anugerah Media Humas"),
    # a news site "diikuti" is followed, not attended; where is not the ceremony's venue
    ("HaloJabar bisa diikuti di mana?", "Google News"),
    ("Artikel HaloJabar bisa diikuti lewat mana?", "Google News"),
    # Banjar, Manado, Sundanese and Javanese words; English and formal words around the ask
    ("ulun handak batakun top gpr 2021 pengumumannya kapan lah", "11 November 2021"),
    ("gubernur bengkulu sapa dpe nama", "Rohidin"),
    ("sing nompo penghargaan amh 2023 sopo", "Darto"),
    ("bandung teh ikut kelompok naon nepi ka terbaik 3", "Kabupaten/Kota"),
    ("bengkulu menang top gpr gk ya dek", "peringkat 2"),
    ("Who is the organizer of AMH 2023? siapa yang menyelenggara dia?", "Kominfo"),
    ("Halo, I study Indonesian. Jaduliwan itu siapa ya? his job?", "Kepala Dinas"),
    # a grandchild typing for a grandmother: who asks is no part of the question
    ("nenek nanya yg juara 1 top gpr 2021 provinsi mana", "DKI Jakarta"),
    ("eyang tanya menangnya pas ulang tahun bengkulu ke brp", "53"),
    ("pak darto nyebut aya evaluasi teu?", "evaluasi"),
    # a post of the one organisation holding a rank: that post's holder there
    ("siapa gubernur provinsi yang juara dua top gpr 2021?", "Rohidin Mersyah"),
    ("gubernur dari provinsi peringkat 2 top gpr siapa?", "Rohidin Mersyah"),
    # "di mana saja" with a result asks in which categories, not where the ceremony was
    ("dmn aj pemkot bdg masuk 6 besar nasional", "Media Audiovisual"),
    ("bandung menang di mana aja?", "Kampanye Komunikasi Publik"),
    # "di luar" is besides
    ("Ada berapa kategori lain di luar Kampanye Komunikasi Publik yg Bandung masuk nominasi?",
     "dua kategori"),
    # the question and function words of regional languages, and their suffixes for -nya
    # and -kan (Javanese -ne/-e, -no/-ke; Sundanese -na, -keun; Palembang -nyo)
    ("AMH 2023 iku diadakno ndek gedung endi rek?", "Westin"),
    ("rek, AMH 2023 ndek Surabaya iku tanggal piro?", "30 Oktober 2023"),
    ("Pak Darto nyarios naon saatos acara AMH?", "syukuri"),
    ("AMH nu kasabaraha eta teh?", "16"),
    ("Kadisnyo siapo namonyo?", "Jaduliwan"),
    ("hoyong nuturkeun HaloJabar, tiasa di mana?", "Google News"),
    ("TOP GPR iku program humase kudu manfaatke teknologi opo?", "digital"),
    ("what did Darto say after the event?", "syukuri"),
    ("Gubernur Rohidin menghaturkan apresiasi ke siapa saja?", "Media Center"),
    ("siapa dari Bengkulu yang ikut meeting itu?", "Jaduliwan"),
    # a name typed as one word as it is written, abbreviation and all
    ("top gpr 2021 pemprovbengkulu peringkat brp", "peringkat 2"),
    # the pronoun "kau"; the Javanese krama -ipun for -nya
    ("Bah, kau tau siapa aja yang dapat apresiasi dari Gubernur Rohidin atas TOP GPR itu?",
     "Media Center"),
    ("pengumumanipun TOP GPR 2021 kapan niku?", "11 November"),
    # whom one asks for is no part of the question ("atasan" is no "alasan" mistyped)
    ("atasan saya minta rangkuman: Pemkot Bandung di AMH 2023 menang di kategori apa?",
     "Kampanye Komunikasi Publik"),
    # the Betawi -nye; Sundanese verbs with the bare nasal prefix; krama words; a closing
    # "napa" is the krama "apa" (an opening one "kenapa")
    ("pengumumannye TOP GPR 2021 kapan?", "11 November"),
    ("TOP GPR Award 2021 teh dipasihkeun ka saha wae?", "Lembaga Negara"),
    ("numutkeun Jaduliwan, Diskominfotik nyebarkeun informasi pembangunan kumaha?", "akurat"),
    ("AMH niku kepanjangane napa?", "Anugerah Media Humas"),
    # an SMS form of "juara"; an edition typed alone is asked what is on record of it
    ("jwr 3 kampanye komunikasi publik kab/kota amh 2023", "Pemerintah Kota Bandung"),
    ("amh 2023", "Westin"),
    # key words that name something, with no word of asking: what the record says of them
    ("jaduliwan soal info", "cepat dan akurat"),
    ("kabar bengkulu top gpr", "peringkat 2"),
    # a contributor is the writer asked of
    ("siapa kontributor berita AMH 2023?", "Humas Pemkot Bandung"),
    # "yang membuat" after the category asked is no "why"; "tentukan" asks like "sebutkan"
    ("kategori apa yang membuat Bandung dapat Terbaik III di AMH 2023?",
     "Kampanye Komunikasi Publik"),
    ("Tentukan provinsi peringkat 1 TOP GPR 2021!", "DKI Jakarta"),
    # a word of the sources no vocabulary knows, held by the note that answers
    ("Darto berharap Pemkot Bandung nantinya memberi pelayanan seperti apa bagi masyarakat?",
     "prima"),
    ("Darto ingin Pemkot Bandung nantinya memberi pelayanan macam apa bagi masyarakat?",
     "prima"),
    # "bernama" asks the name; the sentence that holds the word no vocabulary knows
    ("Gubernur yang menyampaikan syukur atas penghargaan TOP GPR itu bernama siapa?",
     "Rohidin"),
    # the body that confers an award: its organiser
    ("siapa yang memberikan penghargaan AMH 2023?", "Kominfo"),
    # a year claimed of an edition that where it was held, or its number, identifies
    ("AMH yang digelar di Surabaya itu tahun 2021 kan?", "Tidak — bukan 2021. AMH 2023"),
    ("AMH ke-16 itu diadakan tahun 2024 ya?", "Tidak — bukan 2024. AMH 2023"),
    # the "eee" of a voice transcript carries nothing
    ("eee tema amh dua ribu dua puluh tiga apa ya", "Humas Bersinergi"),
    # "dong" closing a statement asks it to be confirmed, as "ya" does
    ("berarti AMH 2023 hari selasa dong?", "Tidak — AMH 2023"),
    # a category pointed at that nothing named: every result, not the one win as if it were
    ("posisi bandung di kategori itu?", "nominasi (6 besar nasional)"),
    # common names and descriptions: "PR" (public relations), Bandung's nickname, the
    # ceremony night, a step of the ranking, nationwide, the shortlist
    ("bengkulu dapet posisi ke berapa di ajang penghargaan PR-nya pemerintah tahun 2021?",
     "peringkat 2"),
    ("pemerintah kota kembang dapat penghargaan apa di AMH 2023?", "Kampanye Komunikasi"),
    ("malam puncak buat para humas 2023 itu diadain di kota mana sih?", "Surabaya"),
    ("siapa yang menempati anak tangga ketiga di TOP GPR 2021?", "Sumatera Selatan"),
    ("bengkulu juara berapa se-Indonesia?", "peringkat 2"),
    ("pemkot bandung masuk daftar unggulan di bidang apa saja?", "Media Audiovisual"),
    ("Siapa gubernur yang mengomentari penghargaan TOP GPR 2021 itu?", "Rohidin"),
    ("halo jabar ada di google news gak", "Google News"),
    # a derived word whose root the vocabulary knows ("kekurangan": "kurang", "warganya")
    ("darto bilang masih ada kekurangan?", "evaluasi"),
    ("Ujung-ujungnya, layanan seperti apa yang ingin diberikan pemkot bandung kepada "
     "warganya?", "prima"),
    # "cuma sampai nominasi": reached, not conveyed (no sentence of what someone conveyed)
    ("bidang apa saja yang buat pemkot bandung cuma sampai nominasi?", "Media Audiovisual"),
    # the award named by its organiser, and something else asked of it (not the organiser)
    ("penghargaan dari kominfo tahun 2023 diterima siapa?", "Darto"),
    # a count of provinces named, and who they are: those counted, not the people named
    ("ada berapa provinsi yang disebut dapat peringkat di TOP GPR 2021, dan siapa saja?",
     "Sumatera Selatan"),
    ("top gpr ngukur apa sih", "citra"),
    ("pusat media pemprov bengkulu bernaung di bawah dinas apa?", "Dinas Kominfotik"),
    ("acara tahunan buat para humas yang 2023 itu diadakan di Jakarta, bukan?", "Tidak — "),
    ("mana yang lewat layar, AMH 2023 atau TOP GPR 2021?", "secara virtual"),
    ("AMH 2023 kejadiannya tanggal berapa?", "30 Oktober 2023"),
    # the abbreviation named after "disingkat", not the city's beside it
    ("Nama lengkap dinas informasi di kota bandung yang disingkat Diskominfo itu apa?",
     "Dinas Komunikasi dan Informatika"),
    # the winner of the event an organisation took part in, not who took part for it
    ("siapa juara 1 di ajang yang diikuti bengkulu?", "DKI Jakarta"),
    ("Provinsi manakah yang memperoleh peringkat tertinggi pada TOP GPR Award 2021?",
     "DKI Jakarta"),
    # regional words: Palembang "dang", Sundanese "ngiringan", Batak "lae" and the chat
    # "dibikin", Minang "masuak", "gadang", Manado "dapa", Javanese "maneh"
    ("Gubernur Bengkulu sapa dang?", "Rohidin"),
    ("saha nu ngiringan acarana ti Pemprov Bengkulu?", "Jaduliwan"),
    ("lae, acara AMH 2023 itu dibikin di mana rupanya?", "Surabaya"),
    ("nominasi tu artinyo masuak bara gadang?", "6 besar"),
    ("ngana tau AMH 2023 Pemkot Bandung dapa apa?", "Kampanye Komunikasi Publik"),
    ("lha Darto ngomong opo maneh soal evaluasi?", "kinerja kehumasan"),
    ("peringkat 2 top gpr 2021 jatuh ke tangan siapa?", "Bengkulu"),
    # a request for a verdict after a claim ("valid?", "akurat?", "hoaks bukan?") checks it,
    # a claim quoted after a colon is what was read
    ("Malam Anugerah Humas 2023 digelar di Jakarta, valid?", "Tidak — "),
    ("cek fakta: pengumuman TOP GPR Award 2021 dilaksanakan hari Jumat (11/11). akurat?",
     "Tidak — "),
    ('saya baca di grup WA: "Malam Anugerah Humas 2023 digelar di Jakarta". hoaks bukan?',
     "Keliru — "),
    ('saya baca di grup WA: "Bandung raih AMH 2023 di The Westin Surabaya". hoaks bukan?',
     "Benar, bukan hoaks — "),
    # … or asks whether it is wrong ("salah kan?"), after whoever said it
    ("temenku bilang bandung juara 1 di AMH 2023, salah kan?", "Ya, salah — bukan peringkat 1"),
    ("eh, si yoga bilang AMH 2023 bandung tuh 'terbaik II'. salah kan?", "Ya, salah — "),
    ("AMH 2023 digelar di surabaya, salah ga?", "Tidak salah, itu benar — "),
    # every place claimed is checked, not the first only
    ("Malam Anugerah Humas 2023 di Surabaya, Jawa Barat ya?", "Tidak — "),
    ("AMH 2023 digelar di Surabaya, Jawa Timur?", "Ya — "),
    # numbered asks, each on its own
    ("sy perlu 3 hal cepat: 1) peringkat sumsel di top gpr 2021 2) siapa gubernur bengkulu "
     "3) hut bengkulu yg ke brp", "Rohidin Mersyah"),
    # a number of nominations claimed in words is checked
    ("bener gak Pemkot Bandung masuk nominasi di tiga kategori lain?", "Tidak — "),
    ("bandung masuk nominasi di dua kategori kan?", "Ya — "),
    # "pemenang ke-3" is the third place, not a third edition; "kategori penghargaan" names
    # no category
    ("pemenang ke-3 top gpr 2021 siapa", "Sumatera Selatan"),
    ("Apa kategori penghargaan yang diterima Pemprov Bengkulu di TOP GPR 2021?",
     "kelompok Provinsi"),
    # a statement of a nomination or of who may receive an award, asked, is a claim
    ("TOP GPR juga diberikan ke Lembaga Negara?", "Ya — "),
    ("Pemkot Bandung masuk nominasi kategori majalah internal (inhouse magazine)?", "Ya — "),
    # a rank asked in a category of a nomination gets the nomination (its final rank, asked
    # with "akhirnya", is not on record)
    ("Bandung juara berapa di kategori Media Audiovisual AMH 2023?", "nominasi (6 besar"),
    # a claim reported as heard ("di grup WA ada yg bilang …", "cmiiw …", "…, koreksi kalau
    # salah") is checked
    ("di grup WA ada yg bilang pemkot bandung juara 1 AMH 2023, bener gak?",
     "Tidak — bukan peringkat 1"),
    ("di grup WA ada yg bilang malam AMH 2023 di westin bali", "Tidak — "),
    ("cmiiw bandung juara 3 AMH kategori media audiovisual kan?", "Tidak — "),
    ("bengkulu juara 2 TOP GPR 2021, koreksi kalau salah", "Ya — "),
    # (and "…, atau saya salah (dengar)?" hedges the claim: it was not understood)
    ("Bengkulu juara satu TOP GPR 2021, betul itu? atau salah dengar saya?",
     "Tidak — bukan peringkat 1"),
    ("Bengkulu juara dua TOP GPR 2021 kan? atau saya salah?", "Ya — "),
    # a claim that something was not won is denied by the win on record (it got "Ya —")
    ("bandung kalah di semua kategori AMH 2023, bener?", "Tidak — "),
    ("apakah bandung tidak mendapat penghargaan di AMH 2023?", "Tidak — "),
    ("bandung gak juara di AMH 2023 ya?", "Tidak — "),
    # (but a check before a win, and a loss to another, claim no loss)
    ("bener ga dapet juara 3 bandung di AMH 2023?", "Ya — "),
    # chat "bwt" is "buat" (for)
    ("siapa sih yg nerima penghargaan amh bwt bandung?", "Darto"),
    # who said a sentence whose doer is "ia": the one person on record it is about
    ("siapa yang ngomong soal kolaborasi OPD?", "— Darto"),
    ("bandung selain terbaik III dapet apa lagi di AMH?", "Selain itu"),
    # a date written in numbers ("11/11", "31/10/23") is a date to check
    ("pengumuman TOP GPR tgl 11/11 bener gak?", "Ya — "),
    ("AMH 2023 tanggal 31/10/23 kan?", "Tidak — "),
    # an ordinal claimed is checked against the source's sentence too, not only a note
    ("katanya penghargaannya pas HUT bengkulu ke-50, bener?", "Tidak — "),
    # "diberikan ke kementerian dan lembaga negara": to whom it is given, not who gives it
    ("TOP GPR juga dikasih ke kementerian sama lembaga negara kan?", "Ya — TOP GPR Award"),
    # a place after "diumumkan di" is where it was announced, not DKI Jakarta's result
    ("TOP GPR 2021 diumuminnya di jakarta ya?", "Tidak — Award Ceremony TOP GPR"),
    # "jelasin singkat" asks briefly (no abbreviation asked); fillers and each name's words
    # count once in a few key words ("tolong … bengkulu di top gpr 2021")
    ("tolong jelasin singkat bengkulu di top gpr 2021", "Provinsi terbaik peringkat 2"),
    # "ke berapa" right after an organisation, with no award named, asks its place
    ("bengkulu ke brp?", "Provinsi terbaik peringkat 2"),
    # chat "nyabet" is "menyabet" (won); "ngambil pialanya kesana" is who received it
    ("pemkot bdg nyabet penghargaan apa ya di anugerah media humas 2023 kmrn?",
     "Kampanye Komunikasi Publik"),
    ("yg ngambil piala AMH 2023 kesana siapa?", "Darto"),
    # "juga" after a group's name is no part of it ("kelompok kab/kota jg")
    ("kalo amh ada kelompok kab/kota jg kan?", "Kampanye Komunikasi Publik"),
    # a name alone, typed as into a search box, asks what it won
    ("bandung", "Kampanye Komunikasi Publik"),
    ("sumsel??", "peringkat 3"),
    # a chat form typed without its vowels is read as the chat form would be ("pmkt":
    # "pemkot", Pemerintah Kota); last vowels dropped too ("nmns", "lks")
    ("pmkt bdg dpt pnghrgaan ap", "Kampanye Komunikasi Publik"),
    ("nmns bdg amh", "Media Audiovisual"),
    ("lks amh 23 dmn", "Westin"),
    # "…, benar begitu?" checks the claim as "…, benar?" does
    ("AMH 2023 digelar 30 November 2023, benar begitu?", "Tidak — "),
    ("Pemkot Bandung menerima penghargaan AMH 2023 pada 30 November 2023, benar begitu?",
     "Tanggal AMH 2023 yang tercatat"),
    # an award's name alone asks what it is
    ("amh = ?", "Anugerah Media Humas"),
    ("top gpr", "public relations"),
    # the event a person took part in ("ikut" is no word of a note about joining in)
    ("jaduliwan ikut apa", "Award Ceremony TOP GPR"),
    ("darto hadir di acara apa", "Malam Anugerah Humas 2023"),
    # what the answer is for, after a few words that ask leave, asks nothing
    ("kak mau nanya buat tugas, tema AMH 2023 apa ya?", "Humas Bersinergi"),
    # English words in a chat: "place third" is a rank (not a venue), "took", "week",
    # "cooperation", "eligible", "can u explain"
    ("what category did pemkot bandung place third in at amh 2023", "Kampanye Komunikasi"),
    ("who took third place at top gpr 2021", "Sumatera Selatan"),
    ("what day of the week was malam anugerah humas 2023", "Senin"),
    ("what did jaduliwan say about cooperation with the media", "media cetak"),
    ("which anniversary of bengkulu province coincided with the award?", "ke-53"),
    ("can u explain top gpr award itu apa", "citra"),
    ("who is eligible for top gpr", "Kementerian"),
    # "top berapa" is how many at the top (not TOP GPR); "bln" is "bulan"
    ("nominasinya itu basically masuk top berapa nasional?", "6 besar"),
    ("top gpr 2021 diumumin bln apa?", "November"),
    # a year counted from an edition ("dua tahun sebelum AMH 2023") is that year, of any award
    ("Penghargaan apa yang diraih Pemprov Bengkulu dua tahun sebelum AMH 2023?", "TOP GPR 2021"),
    ("bandung dapat apa 2 tahun setelah TOP GPR 2021", "AMH 2023"),
    # a word of an award's short name is spelled out with it ("GPR" of "TOP GPR")
    ("Kepanjangan GPR dalam TOP GPR Award itu apa kak?", "Government Public Relations"),
    # how the answer should be worded asks nothing more
    ("jelasin top gpr pake bahasa yg gampang", "citra"),
    ("top gpr tu apa sih kak jelasin simpel aja", "citra"),
    # "kedua artikel" is both articles, not the second (rank 2)
    ("kedua artikel itu tentang award apa aja sih", "Anugerah Media Humas"),
    ("di kedua artikel, siapa yang menerima penghargaan?", "Jaduliwan"),
    # two abbreviations asked at once: each spelled out
    ("kak apa kepanjangan Pemkot dan Pemprov?", "Pemerintah Provinsi"),
    # punctuation spoken into voice typing ("tanda tanya", "koma", a last "titik") is the mark
    ("juara tiga top gpr 2021 siapa tanda tanya", "Sumatera Selatan"),
    ("bandung juara satu ya di amh koma betul nggak", "Tidak — bukan peringkat 1"),
    ("pencapaian bandung itu hasil kerja siapa kata darto titik", "kolaborasi"),
    # a name or number put right as it is typed: the correction is asked of
    ("bandung dpt terbaik brp di AMH 2021, eh maksudnya 2023", "Terbaik III"),
    ("bandung… bukan, bengkulu, peringkat brp di TOP GPR 2021?", "Provinsi Bengkulu"),
    # (an edition's number put right by its year, after an apology)
    ("AMH yg ke-15 di mana ya? eh sori maksudnya yg 2023", "Westin"),
    # what the answer is for, or the occasion it is asked for, asks nothing ("sebagai bahan
    # …", "untuk dimuat dalam catatan kaki …", "buat slide …, yg …", "Sehubungan dengan …,")
    ("Mohon informasi penghargaan yang diraih Pemerintah Kota Bandung pada AMH 2023, khususnya "
     "kategori dan peringkat yang diperoleh, sebagai bahan penyusunan nota briefing rapat dengar "
     "pendapat dengan Bagian Humas.", "Kampanye Komunikasi Publik"),
    ("Sehubungan dengan rapat dengar pendapat dengan Bagian Humas, mohon informasi tema AMH "
     "2023.", "Humas Bersinergi"),
    ("Mohon disampaikan definisi TOP GPR Award 2021 sebagaimana tertulis dalam artikel, untuk "
     "dimuat dalam catatan kaki nota briefing.", "citra"),
    ("butuh kutipan darto buat slide kedua carousel, yg soal apresiasi", "Kita syukuri"),
    ("tema AMH 2023 tulis persis ya, huruf besar kecilnya juga", "Humas Bersinergi"),
    ("Mohon informasi siapa yang menjabat sebagai Kepala Dinas Komunikasi, Informatika dan "
     "Statistik Provinsi Bengkulu menurut pemberitaan tersebut.", "Jaduliwan"),
    # a venue's name asked after the venue ("venue … namanya apa?"), as before it
    ("venue AMH 2023 namanya apa?", "Westin"),
    ("AMH 2023 sama TOP GPR 2021 beda brp tahun?", "2 tahun"),
    ("Baik, kalau begitu untuk AMH 2023, Pemkot Bandung masuk nominasi di kategori apa saja?",
     "Media Audiovisual"),
    ("jaduliwan itu kadis apa tepatnya?", "Kominfotik"),
    # a request to check what was just stated ("… Mohon dikoreksi apabila tidak tepat."),
    # and a rank claimed beside "di bawah": both checked
    ("Draf memo menyebutkan penghargaan AMH 2023 diterima oleh Kepala Diskominfo Kota Bandung. "
     "Mohon dikoreksi apabila tidak tepat.", "Tidak — "),
    ("Dalam draf tertulis penghargaan TOP GPR 2021 bertepatan dengan HUT Provinsi Bengkulu "
     "ke-55, mohon diverifikasi.", "Tidak — "),
    ("Pemprov Bengkulu meraih peringkat 3 TOP GPR Award 2021 di bawah DKI Jakarta. Apakah "
     "benar?", "Tidak — "),
    ("Pemprov Bengkulu meraih peringkat 3 TOP GPR Award 2021 di bawah DKI Jakarta. Apakah "
     "benar?", "Sumatera Selatan"),
    # office words: "Saudara", "yang kami lampirkan", "tindak lanjut" (what is to be done),
    # "baik yang … maupun …" (both), "dalam bentuk poin-poin", "seluruh capaian", "kategori
    # lengkap" (no category named "lengkap")
    ("Mohon dikonfirmasi instansi penyelenggara Anugerah Media Humas 2023 sebagaimana "
     "tercantum dalam artikel yang kami lampirkan.", "Kominfo"),
    ("Saudara Darto menyebut penghargaan AMH 2023 sebagai bentuk apresiasi dari siapa?",
     "Kementerian Kominfo"),
    ("Apakah dalam artikel mengenai AMH 2023 disebutkan adanya catatan evaluasi atau tindak "
     "lanjut yang perlu dilakukan setelah penghargaan tersebut?", "evaluasi"),
    ("Mohon disebutkan seluruh capaian Pemkot Bandung pada AMH 2023, baik yang berupa peringkat "
     "terbaik maupun nominasi, dalam bentuk poin-poin.", "Media Audiovisual"),
    ("kategori lengkap bandung di AMH apa? sama kelompoknya", "Kabupaten/Kota"),
    ("Dari kedua penghargaan tersebut, mana yang acaranya dilaksanakan secara virtual dan mana "
     "yang dilaksanakan secara langsung di suatu lokasi?", "Westin"),
    # what the asker understood, given to be checked ("saya mengerti bahwa …, apakah betul?")
    ("Jadi, saya mengerti bahwa pemenang peringkat satu TOP GPR 2021 adalah Bengkulu, apakah "
     "betul?", "Tidak — bukan peringkat 1"),
    # a learner's affix, one too many or too few, on a known verb ("memenang", "diadakankan")
    ("Siapa yang memenang peringkat 2 di TOP GPR Award 2021?", "Bengkulu"),
    ("kapan diadakankan Malam Anugerah Humas 2023?", "30 Oktober 2023"),
    ("Apa tema yang diangkatkan oleh AMH 2023?", "Bersinergi"),
    # the result won and the nominations, asked together: both
    ("apa beda kategori yang Bandung menangkan sama yang cuma nominasi?", "Kampanye Komunikasi"),
    # a venue no source names is a place not on record: a claim about it gets the one on record
    ("ada yg share acara AMH 2023 nya di hotel Shangri-La Surabaya, bener gak ya?",
     "Tidak — Malam Anugerah Humas 2023 (AMH 2023) digelar di The Westin"),
    # a forwarded message ("[Diteruskan] …", "Fwd: …") is checked
    ("[Diteruskan] Alhamdulillah Pemkot Bandung JUARA 1 Anugerah Media Humas 2023 se-Indonesia",
     "Tidak — bukan peringkat 1"),
    ("Fwd: AMH 2023 digelar di Jakarta", "Tidak — Malam Anugerah Humas 2023"),
    # what was heard, after chat fillers or in a neighbourhood group, is checked
    ("katanya di grup RT, yg terima penghargaan AMH itu pak Sekda Kota Bandung. bener?",
     "Tidak — Penghargaan AMH 2023 untuk Pemerintah Kota Bandung diterima langsung oleh Darto"),
    ("wkwk om gw share katanya kota bandung menang AMH 2023 di surabaya, bener ga sih?",
     "Westin"),
    # "ges" (guys), "fr" (for real) ask nothing
    ("juara 1 TOP GPR 2021 kategori provinsi siapa ges", "DKI Jakarta"),
    ("SDM pemprov bkl jadi influencer?? fr?", "influencer"),
    # a quiz the answer is for asks nothing
    ("siapa juara 1 top gpr 2021 buat soal cerdas cermat", "DKI Jakarta"),
    # exclamations ("gila", "anjir"), "se-indo", and "cmiiw" inside a question ask nothing
    ("gila bandung menang AMH lagi?? juara brp sih", "Terbaik III"),
    ("anjir bkl peringkat 2 se-indo?? yg no 1 siapa dah", "DKI Jakarta"),
    ("AMH 2023 tuh yg ke brp sih ges, cmiiw ke-15 ya?", "Tidak — AMH 2023 adalah "
     "penyelenggaraan ke-16"),
    # "…. Ada di sumber?" checks the claim before it
    ("Klaim: AMH 2023 digelar di Surabaya. Ada di sumber?", "Ya — "),
    # "mengalahkan X" is ranked above X
    ("Bengkulu JUARA 1 TOP GPR Award 2021 mengalahkan DKI Jakarta beneran nih?", "Tidak —"),
    ("provinsi yg ngalahin bengkulu di top gpr 2021 apa", "DKI Jakarta"),
    # "Ananda", "nenek mau tny": how older askers address the bot and speak of themselves
    ("yang menyelenggarakan AMH 2023 siapa Ananda?", "Kominfo"),
    ("Assalamualaikum nak, nenek mau tny Bengkulu dpt peringkat brp di TOP GPR thn dua ribu "
     "dua puluh satu?", "peringkat 2"),
    # a year the asker tells of themself is not the edition asked of
    ("Bapak ini pensiunan Pemkot Bandung thn 2016, cucu Bapak skrg kerja di Humas. Katanya "
     "Pemkot dapat penghargaan AMH, juara berapa ya Nak?", "Terbaik III"),
    # "diakui sebagai apa": what it was named
    ("Bengkulu di TOP GPR 2021 diakui sebagai apa?", "Provinsi terbaik peringkat 2"),
    ("Mohon arahan, TOP GPR Award diberikan kepada siapa saja?", "Lembaga Negara"),
    # the number of a message in a thread says nothing ("2/" was read as a date)
    ("2/ min siapa aja yg diapresiasi gub rohidin atas TOP GPR? 🧵", "jurnalis"),
    ("(1/3) amh 2023 di mana?", "Surabaya"),
    ("Bersama ini kami ingin konfirmasi, Pemkot Bandung masuk nominasi kategori apa saja pada "
     "AMH 2023?", "Media Audiovisual"),
    # the question after a story told in words no list knows, with what the story names
    ("anak saya SMP dapet PR disuruh jelasin apa itu TOP GPR award, saya jg ga ngerti 😅 itu "
     "penghargaan dikasih buat siapa sih?", "Lembaga Negara"),
    ("aku kerja di dinas sebelahnya diskominfo, td pagi ada tamu nanya siapa sih dr bandung yg "
     "naik panggung nerima piala AMH 2023?", "Darto"),
    ("aku baru pindah ke bengkulu, di kantor sering denger nama jaduliwan. dia itu siapa sih, "
     "jabatannya apa?", "Kepala Dinas Kominfotik"),
    # what someone is told of saying ("bilang …") in a story, checked
    ("di grup WA keluarga omku ngotot bilang bengkulu juara 1 top gpr 2021, sampe capslock. "
     "bener ga?", "Tidak — bukan peringkat 1"),
    ("omku skrg ganti bilang sumsel juara 2, gmn tuh", "Tidak — bukan peringkat 2"),
    # Malay of Malaysia and Brunei
    ("sape johan TOP GPR 2021 kategori provinsi?", "Jakarta"),
    ("kerajaan negeri Bengkulu dapat nombor berapa kat TOP GPR 2021?", "peringkat 2"),
    ("bila majlis Malam Anugerah Humas 2023 tu?", "30 Oktober 2023"),
    ("ok, AMH tu anjuran kementerian apa?", "Kominfo"),
    ("apa yg Darto cakap pasal anugerah tu?", "apresiasi"),
    ("Malam Anugerah Humas 2023 buat kat mana?", "Westin"),
    ("total bandung dpt brp pengakuan di amh 2023? menang + nominasi", "tiga kategori"),
    # whether an edition has a group for a kind of organisation: the group that holds it
    ("Kami dari pemkab, di AMH ada kelompok untuk kabupaten tidak?",
     "Ya — sumber mencatat kelompok Pemerintah Daerah Kabupaten/Kota di AMH 2023"),
    # a count of the organisations on record, asked at the end
    ("provinsi yg disebut menang top gpr 2021 ada brp", "tiga provinsi"),
    # whether the one on record attended: yes, and how
    ("apakah Jaduliwan hadir di acara TOP GPR 2021?", "Ya — Award Ceremony"),
    ("Jaduliwan tu attend majlis TOP GPR ke?", "Ya — Award Ceremony"),
    # "apa bener …?" checks a claim
    ("apa bener DKI Jakarta yg dapet peringkat 1 top gpr 2021?", "Ya — "),
    # a bet announced before the claim: the claim checked, the stake left aside
    ("taruhan nih: AMH 2023 itu diadain di jakarta. yg kalah traktir bakso wkwk", "Tidak — "),
    ("bot, taruhan skin: juara 1 TOP GPR 2021 provinsi itu DKI. bener?",
     "Ya — Provinsi DKI Jakarta meraih peringkat 1"),
    ("taruhan yuk, juara 1 top gpr 2021 itu jakarta", "Ya — "),
    # an award "buat" kinds of institution is who may receive it; "… kementerian aja?" asks
    # whether it is for that kind only
    ("TOP GPR 2021 itu award buat kementerian, lembaga negara, pemprov, sm pemkab/kota. "
     "bener kan?", "Ya — TOP GPR Award diberikan kepada"),
    ("TOP GPR itu untuk kementerian aja?", "Tidak — TOP GPR Award diberikan kepada"),
    # "kadis bengkulu" is the head of the dinas on record there, whatever else the question
    # names ("media" is no region); "mrk" is "mereka"
    ("knp kadis bengkulu bilang kesuksesan itu gara2 media?", "media cetak"),
    ("kadis kominfotik bengkulu bilang apa soal cara mrk nyebarin informasi?", "cepat dan akurat"),
    # Sundanese "namina" (namanya) and "tea"
    ("yg ngambil piala bandung ke surabaya tea saha namina", "Darto"),
    # a statement to judge after the one asked is addressed ("Min, benar atau salah …")
    ("Min benar atau salah : pemprov bengkulu juara 1 TOP GPR 2021", "Salah — bukan peringkat"),
    ("kak, benar atau salah Jaduliwan itu gubernur bengkulu", "Salah — Jaduliwan adalah Kepala"),
    ("benar atau salah top gpr 2021 dilaksanakan scr tatap muka", "Salah — "),
    # Javanese "karo", "luwih dhisik", "seko", "dadi"; "kaka" and "bli" address the one asked
    ("lha AMH karo TOP GPR ki sing luwih dhisik sing endi?", "TOP GPR 2021 lebih dulu"),
    ("artikel bandung ki sumbere seko media endi mas?", "HaloJabar"),
    ("sing dadi influenser pemerintah nang bengkulu ki sopo?", "SDM"),
    ("AMH 2023 bandung tu kelompok apa kaka?", "Kabupaten/Kota"),
    ("bandung terbaik berapa bli?", "peringkat 3"),
    ("darto ngmg ap abis acara", "syukuri"),
    # a claim that mixes up the award, in a year the organisation is on record in the other
    ("kak, pemkot bandung dpt top gpr 2023 ya?", "Tidak — yang tercatat AMH 2023, bukan TOP GPR"),
    ("AMH 2021 bengkulu dapet peringkat 2 kan?", "Tidak — yang tercatat TOP GPR 2021, bukan AMH"),
    # on what basis an award is given: what it assesses ("atas dasar" is "dengan kriteria")
    ("Mohon dijelaskan, TOP GPR Award 2021 itu diberikan atas dasar apa?", "citra"),
    # the sentence someone's words end with ("diakhiri"): what that person said
    ("kalimat jaduliwan diakhiri harapan apa", "terjalin dengan baik"),
    # a person claimed to be of a regional government not on record: who the person is
    ("darto itu dr pemprov jabar ya?", "Tidak — Darto adalah Sekretaris Dinas"),
    # Bengkulu "dak" (tidak); Papuan "sa" (saya) and "tra" (tidak)
    ("bengkulu tu menang top gpr ado peran ASN nyo dak?", "influencer"),
    # Sundanese "dibenerkeun" (diperbaiki)
    ("ceuk darto masih aya nu kudu dibenerkeun teu?", "evaluasi"),
    # a claim half-remembered ("kalo ga salah", "seingat saya", "setau gw"): checked
    ("AMH 2023 di jawa tengah ya kalo ga salah", "Tidak — Malam Anugerah Humas 2023"),
    ("kalo ga salah AMH 2023 itu tanggal 30 november ya", "Tidak — AMH 2023 digelar"),
    ("yg juara 3 top gpr 2021 klo gk slh sumatera barat ya", "Sumatera Selatan"),
    ("setau gw dki jakarta top gpr 2021 juara 2", "Tidak — bukan peringkat 2"),
    # "yang namanya …": the name of the one spoken of, not a question of names
    ("gubernur bengkulu yg namanya rohidin itu ngomong apa pas dapet top gpr", "kado 53"),
    # "hasil" alone is what was won
    ("Media Audiovisual Pemkot Bandung AMH 2023: hasil?", "nominasi"),
    # when it was ("kemaren") between the award and "di": the place claimed for it
    ("AMH 2023 kemaren di jakarta kan?", "Tidak — Malam Anugerah Humas 2023"),
    # a translator's English: "exact", "spelling"
    ("Darto jabatannya exact apa? for the caption", "Sekretaris Dinas"),
    ("Gubernur Bengkulu siapa? spelling-nya Rohidin Mersyah atau Mersya?", "Rohidin Mersyah"),
    # a form's blanks to fill ("tema: ?, penyelenggara: ?"): each field asked
    ("tema AMH 2023: ?, penyelenggara: ?", "Kemajuan Negeri"),
    ("tema AMH 2023: ?, penyelenggara: ?", "Kominfo"),
    # "yang bikin" the event is who made it, its organiser; "apa yang bikin" asks why
    ("AMH 2023 yang bikin acaranya siapa", "diselenggarakan oleh Kementerian Kominfo"),
    ("AMH 2023 itu kominfo yg bikin?", "diselenggarakan oleh Kementerian Kominfo"),
    ("apa yang bikin bandung menang di AMH 2023", "Menurut Darto"),
    # who received it, asked or checked with where: where, too
    ("anugerah humas yg bandung itu diterimanya di surabaya kan, 30 okt?",
     "pada Malam Anugerah Humas 2023 di The Westin Grand Ballroom"),
    # which of a region's offices (OPD) someone is from: their post, not the OPD thanked
    ("Pak Darto dr OPD mana?", "Sekretaris Dinas Komunikasi dan Informatika Kota Bandung"),
    ("yg wakilin bandung di AMH 2023 itu dari dinas apa?",
     "Darto (Sekretaris Dinas Komunikasi dan Informatika Kota Bandung)"),
    # a rank written as one award writes it: that award's result, and what it means
    ("maksudnya terbaik III itu apa ya, juara 3?", "AMH 2023 — Terbaik III (peringkat 3)"),
    # Javanese: "nang Suroboyo" (in Surabaya), "panggone" (its place); "mlm" (malam)
    ("rek, acara AMH 2023 nang Suroboyo iku tanggal piro?", "30 Oktober 2023"),
    ("panggone AMH 2023 iku ballroom Westin yo?", "Ya — Malam Anugerah Humas 2023"),
    ("AMH 2023 itu senin mlm ya?", "Senin, 30 Oktober 2023"),
    # a claim heard earlier ("td ada yg blg": tadi ada yang bilang) is checked
    ("td ada yg blg bengkulu juara 1 top gpr 2021, bner gk", "Tidak — bukan peringkat 1"),
    # whether a government's staff became influencers, not whether it is a provincial one
    ("di bengkulu katanya pegawai pemprov jadi influencer ya?", "influencer pemerintah"),
    # governments of a kind among those an award is for
    ("Apakah pemerintah kabupaten/kota termasuk penerima TOP GPR Award?",
     "Ya — TOP GPR Award diberikan kepada"),
    # instructions as a head of office gives them: "tlg" is "tolong", "carikan" and
    # "sertakan" ask for what follows; "cepet ya" only hurries
    ("tlg cek top gpr 2021 provinsi peringkat 1 siapa", "DKI Jakarta"),
    ("Carikan tanggal pelaksanaan Malam Anugerah Humas 2023.", "30 Oktober 2023"),
    ("Siapa yang menerima AMH 2023 untuk Bandung, sertakan jabatannya.", "Darto"),
    ("peringkat 3 provinsi TOP GPR 2021, cepet ya", "Sumatera Selatan"),
    # whose event an award is: its organiser
    ("AMH itu acaranya siapa sih, perlu buat kop surat balasan", "Kominfo"),
    # the rank above the one named
    ("siapa di atas juara 3 top gpr 2021?", "Bengkulu"),
    # whether a kind may receive an award: whom it is for
    ("Apakah lembaga negara termasuk yang dapat memperoleh TOP GPR Award?",
     "Ya — TOP GPR Award diberikan kepada"),
    # "Konfirmasi:" leads a claim to check, as "cek:" does; "sampe heboh gitu" only tells
    ("Konfirmasi: Jaduliwan itu Gubernur Bengkulu kan", "Tidak — Jaduliwan adalah"),
    ("mau nanya dong, pemkot bandung menang apa sih di AMH 2023 sampe heboh gitu",
     "Kampanye Komunikasi Publik"),
    # how two fared against each other: each one's record
    ("mas, bandung kalah po menang karo bengkulu?", "Pemerintah Provinsi Bengkulu tercatat"),
    # what the answer is for, said with "mau …" or a verb of printing ("untuk dicetak di
    # plakat"): asks nothing
    ("tema amh 2023 apa ya mau bikin feed ig", "Humas Bersinergi"),
    ("min nama lengkap AMH itu apa ya, mau ditulis full di caption", "Anugerah Media Humas"),
    ("Mohon konfirmasi penulisan lengkap kategori yang diraih Pemkot Bandung pada AMH 2023 "
     "untuk dicetak di plakat.", "Kampanye Komunikasi Publik"),
    # an award's full or official name is what its abbreviation stands for
    ("Mohon info penulisan resmi kepanjangan TOP GPR untuk plakat.",
     "Top Government Public Relations"),
    ("nama resmi AMH apa", "Anugerah Media Humas"),
    # "in his speech" asks nothing more
    ("Darto berterima kasih ke siapa aja di pidatonya?", "Sekretaris Daerah"),
    # a role given to be checked, ending "udah pas?", "ok?"
    ("lower third: 'Darto — Sekretaris Diskominfo Kota Bandung' udah pas?", "Ya — Darto"),
    ("lower third: 'Jaduliwan — Kadis Kominfotik Provinsi Bengkulu' ok?", "Ya — Jaduliwan"),
    # "tetangga kita": who the place is to the asker
    ("Bengkulu tetangga kami nomor berapa?", "peringkat 2"),
    ("mana yang lebih bagus peringkatnya, Kota Bandung atau Provinsi Bengkulu?",
     "peringkat Pemerintah Provinsi Bengkulu (2) lebih tinggi"),
    # the award "yang kita menang": the asker's own win, which asks nothing more
    ("TOP GPR Award yang kita menang itu sebenernya penghargaan apa sih?", "citra dan reputasi"),
    # an award's aim, "menurut beritanya"
    ("apa tujuan TOP GPR Award menurut beritanya?", "citra dan reputasi"),
    # a name or word put right within the message replaces the one it puts right
    ("juara 2 eh 3 top gpr 2021 kategori provinsi siapa?", "Sumatera Selatan"),
    ("yang nyelenggarain AMH 2023 bumn eh kementerian apa?", "Kementerian Kominfo"),
    ("penghargaan amh bandung diterima oleh kadis, eh sekretaris dinas, namanya siapa?", "Darto"),
    ("peringkat 1 top gpr 2021, eh typo maksudnya peringkat 2, siapa?", "Bengkulu"),
    ("bengkulu peringkat 2 di top gpr 2020... maaf 2021 maksudnya, yg peringkat 1 siapa",
     "DKI Jakarta"),
    # words of the language the vocabulary lists by their root ("bersumber", "berkompetisi")
    ("Berita tentang AMH Pemkot Bandung itu bersumber dari media apa?", "HaloJabar"),
    ("Dalam AMH 2023, Pemkot Bandung berkompetisi di kelompok apa?", "Kabupaten/Kota"),
    # "dari siapa": the credit line under the headline
    ("Berita soal AMH Bandung itu bersumber dari siapa?", "Humas Pemkot Bandung"),
    # claims put as doubts: "nggak salah kan kalau …", "jangan-jangan …"
    ("nggak salah kan kalau AMH itu dari Kominfo?", "Ya — AMH 2023 diselenggarakan"),
    ("jangan-jangan DKI Jakarta cuma peringkat 3 di TOP GPR 2021?", "Tidak — bukan peringkat 3"),
    # a theme claimed by a word's root ("sinergi": "Bersinergi")
    ("apakah benar tema AMH 2023 tentang sinergi?", "Ya — Tema AMH 2023"),
    ("oke gg, yg penting Bengkulu ranking berapa bang", "peringkat 2"),
    # how the answer should be written asks nothing more
    ("tema AMH 2023 tolong tulis persis sesuai aslinya", "Humas Bersinergi"),
    ("kategori inhouse magazine nama resminya di AMH 2023 apa?", "Majalah Internal"),
    # a doubt in words no vocabulary reads, beside a yes-no question the answer settles
    ("AMH itu beneran dr kementerian? bukan abal2?", "Kementerian Kominfo"),
    # a supposition about the one asking, or beside the fact asked "aslinya", supposes
    # nothing about what is on record
    ("andaikan saya kerja di kementerian yang menyelenggarakan AMH, kementerian apa itu?",
     "Kominfo"),
    ("seandainya DKI juara 2, Bengkulu juara 1 dong. tapi aslinya Bengkulu peringkat berapa?",
     "peringkat 2"),
    # which office's holder: the holder's line names the office
    ("yang gubernur itu gubernur mana?", "Gubernur Bengkulu"),
    # what kind of institution an award is given to: what it is for, with whom
    ("TOP GPR 2021 diberikan ke instansi yang bagaimana?", "citra dan reputasi"),
])
def test_wordings_people_use_are_understood(engine, question, wanted):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and wanted in reply.text, reply.text


def test_a_claim_whose_reason_no_source_gives_is_not_confirmed_by_its_true_part(engine):
    # the rank is on record, the reason is not: no "Ya —" for the whole claim
    reply = ask(engine, "kata temen, jakarta juara 1 TOP GPR karena anggarannya gede. "
                        "bener gitu?")
    assert reply.status != Status.ANSWERED and "Ya —" not in reply.text, reply.text
    # (the same claim without a reason is confirmed)
    reply = ask(engine, "kata temen, jakarta juara 1 TOP GPR. bener gitu?")
    assert reply.text.startswith("Ya —"), reply.text


def test_a_choice_between_two_subjects_gets_the_fitting_one(engine):
    reply = ask(engine, "mana yang digelar virtual, AMH 2023 atau TOP GPR 2021?")
    assert "TOP GPR 2021" in reply.text and "Westin" not in reply.text
    reply = ask(engine, "bandung atau bengkulu yang juara 2?")
    assert "Bengkulu" in reply.text and "Bandung" not in reply.text
    # a choice yes/no cannot settle gets both answers
    reply = ask(engine, "kapan top gpr 2021 atau amh 2023?")
    assert "11 November 2021" in reply.text and "30 Oktober 2023" in reply.text


def test_the_highest_and_two_ranks_compared(engine):
    # the highest of an edition is its first place
    reply = ask(engine, "Siapa yang paling tinggi di TOP GPR 2021 untuk provinsi?")
    assert "DKI Jakarta" in reply.text and "Lembaga Negara" not in reply.text
    # the highest of two subjects is the higher of them
    reply = ask(engine, "mana yang paling tinggi peringkatnya, bandung atau bengkulu?")
    assert "Bengkulu (2) lebih tinggi" in reply.text and "bukan peringkat 1" not in reply.text
    # the same rank, or how far apart, asked of two
    reply = ask(engine, "Peringkat Bandung di AMH 2023 dan peringkat Sumsel di TOP GPR 2021 sama "
                        "atau beda?")
    assert reply.text.startswith("Sama — keduanya peringkat 3")
    engine.ask("lebih baik mana Bandung atau Bengkulu peringkatnya?", "gap")
    reply = engine.ask("beda peringkatnya berapa?", "gap")
    assert reply.text.startswith("Selisih 1 peringkat") and "Bandung peringkat 3" in reply.text


def test_a_claim_about_a_rank_naming_an_organisation_not_on_record_tells_who_holds_it(engine):
    reply = ask(engine, "Provinsi Jawa Barat meraih peringkat 2 TOP GPR Award 2021, betul?")
    assert reply.status == Status.ANSWERED, reply.text
    assert reply.text.startswith("Sumber tidak mencatat Provinsi Jawa Barat.")
    assert "Bengkulu" in reply.text
    reply = ask(engine, "Yang dapat Terbaik III AMH 2023 itu Pemprov Jawa Barat, kan?")
    assert "tidak mencatat" in reply.text and "Kota Bandung" in reply.text
    # asked, not claimed: its result is not on record
    reply = ask(engine, "Provinsi Jawa Barat meraih peringkat berapa di TOP GPR Award 2021?")
    assert reply.status == Status.NO_DATA and "Bengkulu" not in reply.text, reply.text


def test_which_came_first_is_told_with_both_dates(engine):
    reply = ask(engine, "mana yg duluan, top gpr 2021 atau amh 2023?")
    assert reply.text.startswith("TOP GPR 2021 lebih dulu.")
    assert "11 November 2021" in reply.text and "30 Oktober 2023" in reply.text
    reply = ask(engine, "bengkulu sm bandung sapa duluan dpt penghargaan")  # "siapa duluan"
    assert reply.text.startswith("Pemerintah Provinsi Bengkulu (TOP GPR 2021) lebih dulu.")
    reply = ask(engine, "Mana yang terakhir: pengumuman TOP GPR 2021 atau Malam Anugerah Humas "
                        "2023?")
    assert reply.text.startswith("AMH 2023 lebih akhir.")
    # each award with the organisation it is about; "lebih baru" is the later
    reply = ask(engine, "Penghargaan mana yang lebih dulu, AMH-nya Bandung atau TOP GPR-nya "
                        "Bengkulu?")
    assert reply.text.startswith("Pemerintah Provinsi Bengkulu (TOP GPR 2021) lebih dulu.")
    reply = ask(engine, "Siapa yang lebih dulu dapat penghargaan, Bengkulu di TOP GPR atau "
                        "Bandung di AMH?")  # who: the organisation, with its award
    assert reply.text.startswith("Pemerintah Provinsi Bengkulu (TOP GPR 2021) lebih dulu.")
    reply = ask(engine, "mana yang lebih baru, AMH atau TOP GPR?")
    assert reply.text.startswith("AMH 2023 lebih akhir.")


def test_two_subjects_each_with_its_own_award_get_both_answers(engine):
    reply = ask(engine, "bedanya prestasi Bengkulu di TOP GPR sama Bandung di AMH apa?")
    assert "peringkat 2" in reply.text and "Terbaik III" in reply.text


@pytest.mark.parametrize(("text", "kind"), [
    ("pagi", "greeting"), ("siang kak", "greeting"),
    ("ok thanks kak, sangat membantu", "thanks"), ("wkwk thx min", "thanks"),
    ("Terima kasih atas informasinya, sangat membantu.", "thanks"),
    ("km bisa jawab apa aja sih?", "help"),
    ("oke thx kak wkwk", "thanks"),  # (not a claim heard, "wkwk" after it: only thanks)
    ("5/ ok makasih min 🙏 end thread", "thanks"),  # the message's number in a thread
    # a letter's openers ask nothing themselves
    ("Dengan hormat, layanan ini bisa membantu perihal apa saja?", "help"),
    ("Mohon izin, chatbot ini bisa bantu apa saja ya?", "help"),
    ("Ananda ini bisa ditanya tentang apa saja ya? Ibu baru belajar pakai", "help"),
    ("bye ges, gw cabut dulu 👋", "thanks"),
    ("Layanan ini bisa membantu apa saja untuk penyusunan bahan rapat kami?", "help"),
    ("oke, sampai jumpa", "thanks"),
    # an instruction to explain the bot, a farewell till next year (no year asked)
    ("Jelaskan kamu ini bot apa dan bisa bantu apa", "help"),
    ("sampai jumpa tahun depan", "thanks"),
    # who asks, then leave to ask ("anggota" of a team on record stays a word asked of)
    ("halo kak, aku anggota ekskul jurnalistik, boleh nanya soal penghargaan humas "
     "pemerintah? 🙏", "help"),
    ("Halo, selamat pagi. Saya petugas call center, boleh saya tanya-tanya untuk penelpon?",
     "help"),
    # English in a chat: "hey there", "can u help", leaving ("cabut", "pamit")
    ("hey there", "greeting"), ("hey what can u actually help me with", "help"),
    ("ok cabut dulu", "thanks"), ("oke pamit dulu", "thanks"),
    ("kamu bot ya?", "help"), ("sampurasun", "greeting"), ("oke sip, nuhun pisan", "thanks"),
    # the bot's subject named with the ask of what it does
    ("oh ini bot soal penghargaan ya? bisa bantu apa?", "help"),
    ("halo, ini bot info penghargaan humas ya?", "help"),
    # where the bot's answers come from
    ("Bot ini jawabannya bersumber dari mana ya?", "help"), ("kamu dapat info dari mana?", "help"),
    ("lu manusia apa robot?", "help"), ("Kamu ini siapa? Robot atau orang?", "help"),
    ("Selamat pagi, Nak. Semoga sehat selalu.", "greeting"),
    ("Terima kasih banyak atas penjelasannya, sangat membantu tugas saya.", "thanks"),
    ("Hi, can you help me?", "help"), ("tolong, saya bingung cara pakai bot ini", "help"),
    ("Assalamualaikum, boleh saya bertanya sesuatu?", "help"),
    ("Apa saja yang bisa saya tanyakan di sini?", "help"),
    # regional and polite closings
    ("hatur nuhun pisan nya, jelas pisan jawabanana", "thanks"),
    ("matur nuwun sanget mas, sampun paham kulo", "thanks"),
    ("alhamdulillah, terima kasih banyak ya nak", "thanks"),
    ("halo halo, ada orangnya? ini yang jawab manusia atau robot", "greeting"),
    ("bapak ini bisa bantu jawab soal apa aja? saya bingung mau tanya apa", "help"),
    ("Ya sudah, terima kasih informasinya.", "thanks"),
    # a greeting and who is writing, nothing asked
    ("Selamat siang, saya dari Humas Pemkab Sleman.", "greeting"),
    ("Halo, saya dari Humas Pemkab Garut mau cek info AMH 2023.", "greeting"),
    # "p": the chat ping
    ("p", "greeting"), ("p min", "greeting"),
    # what the bot is for, in other words
    ("ini bot buat ngecek apa sih", "help"), ("kamu bisa jawab pertanyaan soal apa aja?", "help"),
    ("baik, sekian dulu. wassalam", "thanks"), ("oke sip, cukup dulu. bye", "thanks"),
    # chat English around thanks
    ("nice thx 👍", "thanks")])
def test_a_bare_greeting_or_thanks_is_chitchat(engine, text, kind):
    reply = ask(engine, text)
    assert (reply.status, reply.intent) == (Status.CHITCHAT, kind)


@pytest.mark.parametrize(("text", "holds"), [
    ("amh: penyelenggara; edisi; tema", ["Kominfo", "ke-16", "Humas Bersinergi"]),
    ("bengkulu top gpr: siapa hadir; tgl; format", ["Jaduliwan", "11 November", "virtual"]),
    ("rohidin jabatan + 1 quote", ["Gubernur", "kado 53 tahun"]),
    ("amh 23 tema + edisi", ["Humas Bersinergi", "ke-16"])])
def test_a_subject_then_a_terse_list_of_asks_gets_one_answer_each(engine, text, holds):
    reply = ask(engine, text)
    assert reply.status == Status.ANSWERED
    assert all(h in reply.text for h in holds), reply.text


@pytest.mark.parametrize(("text", "holds"), [
    # a claim after "cek …" is checked
    ("cek fakta: top gpr 2021 diumumkan jumat 12/11", ["Tidak", "Kamis, 11 November 2021"]),
    ("cek: darto kadis kominfo bandung", ["Tidak", "Sekretaris"]),
    # "30 nov 23": a day and a month, then the year (not AMH 2030)
    ("cek: malam anugerah humas 30 nov 23", ["Tidak", "30 Oktober 2023"]),
    # a news desk's words: "urut", "full", "lead"
    ("top gpr 21 tiga besar prov, urut dr atas", ["Jakarta", "Bengkulu", "Sumatera Selatan"]),
    ("kutipan jaduliwan soal kesuksesan, full", ["tak lepas dari kerjasama"])])
def test_a_news_desk_check_or_request_is_answered(engine, text, holds):
    reply = ask(engine, text)
    assert reply.status == Status.ANSWERED
    assert all(h in reply.text for h in holds), reply.text


@pytest.mark.parametrize(("text", "holds", "lacks"), [
    ("amh bdg: kategori juara; 2 nominasi; penerima",
     ["Kampanye Komunikasi Publik", "Media Audiovisual", "Darto"], "“juara”"),
    ("top gpr 2021 kategori kabupaten/kota juaranya siapa?",
     ["kelompok Pemerintah Daerah Kabupaten/Kota"], "juara”")])
def test_juara_after_kategori_is_no_category_name(engine, text, holds, lacks):
    reply = ask(engine, text)
    assert all(h in reply.text for h in holds) and lacks not in reply.text, reply.text


@pytest.mark.parametrize(("text", "intent", "holds"), [
    ("posisi bengkulu di mana?", "org_rank", "peringkat 2"),
    ("bengkulu di mana posisinya di top gpr 2021", "org_rank", "peringkat 2"),
    ("top gpr 2021 digelar gmn", "event_place", "virtual"),
    ("amh 2023 diadakan bagaimana", "event_place", "Westin")])
def test_where_of_a_position_is_a_rank_and_how_of_a_holding_is_its_format(
        engine, text, intent, holds):
    reply = ask(engine, text)
    assert (reply.status, reply.intent) == (Status.ANSWERED, intent) and holds in reply.text


@pytest.mark.parametrize("text", ["piala top gpr bentuknya kayak gimana",
                                  "piala amh bentuknya kyk gmn", "trofi AMH 2023 warnanya apa?"])
def test_what_a_trophy_looks_like_is_not_on_record(engine, text):
    assert ask(engine, text).status in (Status.NO_DATA, Status.NOT_UNDERSTOOD)


def test_the_kind_of_award_is_still_answered(engine):
    reply = ask(engine, "bentuk penghargaan yang diraih bandung apa?")
    assert reply.status == Status.ANSWERED and "Terbaik III" in reply.text


def test_two_claims_then_a_check_phrase_are_each_checked(engine):
    reply = ask(engine, "bengkulu peringkat 2, bandung terbaik 3, bener gak gitu?")
    assert reply.text.count("Ya — ") == 2 and "Terbaik III" in reply.text, reply.text
    reply = ask(engine, "bengkulu peringkat 1, bandung terbaik 3, bener gak gitu?")
    assert reply.text.startswith("Tidak — ") and "Ya — " in reply.text, reply.text


def test_whom_something_was_done_with_is_no_second_subject(engine):
    # "kerjasama sama pemprov bengkulu": with whom, not a second ask about Bengkulu's awards
    reply = ask(engine, "berapa media yang kerjasama sama pemprov bengkulu")
    assert reply.status != Status.ANSWERED and "peringkat 2" not in reply.text, reply.text


def test_a_name_alone_after_a_question_goes_on_with_it(engine):
    chat = "name-after-role"
    ask(engine, "sumsel gubernurnya siapa", chat)
    reply = ask(engine, "dki?", chat)
    assert "peringkat 1" not in reply.text, reply.text


def test_why_a_person_received_it_is_no_note_of_a_success(engine):
    # "kok dia yg nerima": why he was the one — Darto's words on why Bandung succeeded
    # do not answer it
    reply = ask(engine, "darto itu siapa sih kok dia yg nerima penghargaannya")
    assert "Sekretaris Dinas" in reply.text and "pencapaian" not in reply.text, reply.text


def test_an_ordinal_other_than_the_one_on_record_is_not_answered(engine):
    # the note is of the 53rd anniversary: it answers no question about the 54th
    reply = ask(engine, "Pada HUT ke-54, Bengkulu dapat penghargaan apa?")
    assert reply.status == Status.NO_DATA and "ke-54" in reply.text, reply.text
    assert ask(engine, "pas hut ke 53 bengkulu dapet apa").status == Status.ANSWERED


def test_a_second_time_asked_straight_after_the_first_is_a_second_ask(engine):
    # "hari apa jam brp": the day is answered and the hour said not to be on record (the
    # whole was "not on record")
    reply = ask(engine, "AMH 2023 tanggal berapa jam berapa?")
    assert reply.status == Status.ANSWERED and "30 Oktober 2023" in reply.text
    assert "tidak menyebut jam" in reply.text, reply.text


def test_an_edition_number_that_contradicts_its_year_is_corrected(engine):
    # (it said "AMH ke-15 2023 belum ada datanya", as if that edition were missing)
    reply = ask(engine, "bandung dapet apa di AMH ke-15 tahun 2023?")
    assert reply.status == Status.NO_DATA and "AMH 2023 adalah penyelenggaraan ke-16, bukan " \
        "ke-15." in reply.text, reply.text


def test_three_claims_in_a_row_are_each_checked_against_the_award_the_line_names(engine):
    # the award named once, at the end or at the start, is what every claim is about
    reply = ask(engine, "DKI juara 1, bengkulu juara 2, sumsel juara 3 top gpr 2021, bener semua?")
    assert reply.text.startswith("Ya, semuanya benar.") and reply.text.count("Ya — ") == 3
    # each claim is checked on its own: Jawa Barat is denied, not Bengkulu's rank again
    reply = ask(engine, "top gpr 2021 jakarta no 1, bengkulu no 2, jabar no 3 kan?")
    assert reply.text.startswith("Tidak semuanya benar.") and reply.text.count("Ya — ") == 2
    assert "Sumatera Selatan" in reply.text, reply.text
    # claims of different things about one edition
    reply = ask(engine, "AMH 2023 edisi ke-15, tema humas bersinergi untuk kemajuan negeri, "
                        "acaranya di surabaya. bener semua?")
    assert reply.text.startswith("Tidak semuanya benar.") and "ke-16" in reply.text
    assert "Surabaya" in reply.text, reply.text


@pytest.mark.parametrize(("text", "intent", "holds"), [
    ("penghargaan humas yg diadain kementerian kominfo taun 2023 itu edisi ke brp",
     "edition_number", "ke-16"),
    ("penghargaan yg diselenggarakan kominfo itu digelar dimana?", "event_place", "Surabaya")])
def test_an_award_named_by_its_organiser_is_asked_of_something_else(engine, text, intent, holds):
    reply = ask(engine, text)
    assert (reply.status, reply.intent) == (Status.ANSWERED, intent) and holds in reply.text


def test_a_place_after_fillers_after_the_award_is_where_it_was_held(engine):
    reply = ask(engine, "AMH 2023 kan di jakarta ya")
    assert reply.status == Status.ANSWERED and reply.text.startswith("Tidak — ")
    assert "Surabaya" in reply.text


def test_two_subjects_of_one_claim_are_each_checked(engine):
    reply = ask(engine, "top gpr dan amh sama2 diadain kominfo gak")
    assert "Ya — AMH 2023 diselenggarakan oleh Kementerian Kominfo" in reply.text
    assert "penyelenggara TOP GPR 2021" in reply.text


def test_which_award_has_a_theme_on_record_gets_each_theme(engine):
    reply = ask(engine, "dari dua penghargaan itu, yg disebut temanya cuma yg mana")
    assert reply.intent == "theme" and "Humas Bersinergi" in reply.text
    assert "Juara" not in reply.text, reply.text


def test_a_rank_range_then_the_best_three_is_one_list(engine):
    reply = ask(engine, "Tolong sebutkan urutan juara 1 sampai 3 provinsi terbaik TOP GPR 2021")
    assert reply.status == Status.ANSWERED
    assert all(n in reply.text for n in ("DKI Jakarta", "Bengkulu", "Sumatera Selatan"))


def test_two_asks_in_one_message_get_both_answers(engine):
    reply = ask(engine, "kapan top gpr 2021 dan kapan amh 2023?")
    assert "11 November 2021" in reply.text and "30 Oktober 2023" in reply.text
    reply = ask(engine, "Bandung dan Bengkulu masing-masing juara berapa?")
    assert "Terbaik III" in reply.text and "peringkat 2" in reply.text


@pytest.mark.parametrize(("question", "wanted"), [
    # a short last part without a question word is an elliptical ask of its own
    ("peringkat pertama TOP GPR 2021 diraih provinsi mana? trus yg peringkat 3?",
     ("DKI Jakarta", "Sumatera Selatan")),
    # a part without a question word belongs to the ask after it
    ("pengumuman TOP GPR 2021 diikuti kadis kominfotik Bengkulu, namanya siapa, dan "
     "penghargaan itu diraih Bengkulu peringkat berapa?", ("Jaduliwan", "peringkat 2")),
    # English question words split too
    ("who received the AMH award for Bandung? and when?", ("Darto", "30 Oktober 2023")),
])
def test_the_asks_of_a_compound_message_are_found_however_it_is_worded(engine, question,
                                                                      wanted):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert all(w in reply.text for w in wanted), reply.text


def test_subjects_listed_after_the_ask_are_not_an_ask_of_their_own():
    from bot.understanding.compound import split_clauses

    text = "siapa perwakilan yg hadir di masing2 acara, TOP GPR sama AMH?"
    assert split_clauses(text) == [text]
    assert split_clauses("siapa juara 1? trus yg ke-3?") == ["siapa juara 1", "trus yg ke-3"]


def test_terus_meaning_on_and_on_does_not_split_a_question():
    from bot.understanding.compound import split_clauses

    # "yang terus dilakukan", "terus berupaya": one ask; "…, terus dimana?": two
    for text in ("apa yang terus dilakukan Pemprov Bengkulu lewat Diskominfotik?",
                 "pemprov bengkulu terus berupaya apa?"):
        assert split_clauses(text) == [text]
    assert split_clauses("bengkulu juara berapa terus dimana acaranya") == [
        "bengkulu juara berapa", "dimana acaranya"]


def test_a_long_islamic_greeting_is_a_greeting(engine):
    assert ask(engine, "assalamualaikum wr wb").status == Status.CHITCHAT


def test_a_quoted_sentence_names_its_speaker(engine):
    reply = ask(engine, "siapa yg ngomong semoga akurasi informasi yg kita sampaikan akan "
                        "selalu memberikan dampak positif")
    assert "Rohidin Mersyah" in reply.text


def test_a_bare_ordinal_and_an_unnamed_ceremony_read_naturally():
    # Given a result whose label is a bare "2" and an edition whose event has no name
    from bot.answering.phrases import event_and_label, rank_text
    from knowledge import models as m

    result = m.ResultDecl(organisation="kota-malang", status="winner", rank=2, rank_label="2",
                          category="Media Online", evidence="peringkat 2 Kota Malang")
    event = m.Event(kind="ceremony", virtual=True, evidence="secara virtual")
    # Then the rank reads "peringkat 2" (not "meraih 2 kategori …") and the event is named once
    assert rank_text(result) == "peringkat 2"
    assert event_and_label(event, "AMH 2022") == "AMH 2022"


def test_the_outlet_that_published_an_edition_s_article_is_named_or_said_unknown(engine):
    reply = ask(engine, "berita bandung dapet AMH ini dari media apa?")
    assert reply.status == Status.ANSWERED and reply.intent == "source"
    assert "HaloJabar" in reply.text
    # the TOP GPR article names no publisher: said so, with its title, nothing guessed
    reply = ask(engine, "artikel TOP GPR 2021 itu dimuat di situs apa?")
    assert reply.status == Status.NO_DATA
    assert "Pemprov Bengkulu Berhasil Raih Peringkat 2" in reply.text


def test_the_headline_answers_what_the_article_is_titled_and_nothing_else(engine):
    reply = ask(engine, "judul berita bengkulu apa")
    assert (reply.status, reply.intent) == (Status.ANSWERED, "source")
    assert "“Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR Award 2021”" in reply.text
    assert "HaloJabar" in ask(engine, "Apa judul berita tentang Pemkot Bandung di AMH 2023?").text
    # the title of a campaign or a magazine is not the article's
    for question in ("Apa judul kampanye komunikasi publik Pemkot Bandung?",
                     "majalah internal pemkot bandung judulnya apa?"):
        reply = ask(engine, question)
        assert reply.status != Status.ANSWERED and "Membanggakan" not in reply.text


def test_a_role_in_a_dinas_reads_as_one_title(engine):
    reply = ask(engine, "darto tuh siapa sih")
    assert "Sekretaris Dinas Komunikasi dan Informatika Kota Bandung" in reply.text
    # a government's post as the fact file names it ("Gubernur Bengkulu"), or as the
    # organisation's name gives it ("Pj Wali Kota" of "Pemerintah Kota Bandung")
    assert "Gubernur Bengkulu: Rohidin" in ask(engine, "siapa gubernur bengkulu").text
    assert "Sumber menyebut Pj Wali Kota Bandung," in ask(engine, "siapa pj wali kota bandung").text
    reply = ask(engine, "lower third: 'Rohidin Mersyah — Wakil Gubernur Bengkulu' bener?")
    assert reply.text.startswith("Tidak — Rohidin Mersyah adalah Gubernur Bengkulu"), reply.text


def test_a_cue_word_inside_a_linked_name_asks_nothing(engine):
    from bot.engine import _outside_names
    from bot.understanding.focus import question_focus

    # "Kampanye" … is a category; "nama Bandung" still asks a name
    meaning = engine.interpret("siapa juara kategori Kampanye Komunikasi Publik AMH 2023")
    assert "kampanye" not in _outside_names(meaning)
    assert question_focus(_outside_names(engine.interpret("Apa arti nama Bandung?"))) == "name"


def test_words_no_vocabulary_knows_are_explained_by_the_answer_that_holds_them(engine):
    reply = ask(engine, "Apakah TOP GPR hanya menilai humas yang pakai teknologi digital?")
    assert reply.intent == "award_definition" and "digital maupun konvensional" in reply.text
    reply = ask(engine, "top gpr tuh buat pemda doang apa kementerian jg bisa?")
    assert reply.intent == "award_eligibility" and "Kementerian" in reply.text
    # words the answer does not hold still mark a question about something else
    assert ask(engine, "TOP GPR 2021 hadiahnya mobil listrik?").status != Status.ANSWERED


@pytest.mark.parametrize(("question", "verdict"), [
    ("Darto itu kadis kominfo kota bandung kan?", "Tidak — Darto adalah Sekretaris Dinas"),
    ("darto kan wali kota bandung", "Tidak — Darto adalah Sekretaris Dinas"),  # "kan" mid-way
    ("jaduliwan itu gubernur ya?", "Tidak — Jaduliwan adalah Kepala Dinas"),
    ("Rohidin itu gubernur bengkulu kan?", "Ya — Rohidin Mersyah adalah Gubernur"),
    ("darto sekretaris dinas apa?", "Darto adalah Sekretaris Dinas Komunikasi dan Informatika"),
    ("darto org bengkulu kan?", "Tidak — Darto adalah Sekretaris Dinas"),
    # stated with "adalah" or as a draft writes it, then ", benar?"
    ("Darto adalah Kepala Dinas Kominfo Kota Bandung, benar?",
     "Tidak — Darto adalah Sekretaris Dinas"),
    ("Di naskah, Rohidin ditulis sebagai Gubernur Bengkulu. Benar?",
     "Ya — Rohidin Mersyah adalah Gubernur"),

    # a choice between roles: the one held, no verdict; what follows the ask is left aside
    ("Pak Rohidin Mersyah itu gubernur atau wali kota ya? Maklum saya sudah tua, suka lupa.",
     "Rohidin Mersyah adalah Gubernur"),
])
def test_a_role_asked_of_a_person_is_checked_against_the_one_on_record(engine, question,
                                                                       verdict):
    assert ask(engine, question).text.startswith(verdict)


def test_a_role_someone_does_not_hold_is_told_with_its_holder(engine):
    reply = ask(engine, "Jaduliwan itu gubernur Bengkulu ya?")
    assert reply.text.startswith("Tidak — Jaduliwan") and "Rohidin Mersyah" in reply.text
    # a question about something else that names a person is no role check
    reply = ask(engine, "Pak Jaduliwan itu menerima penghargaan TOP GPR langsung di Jakarta ya?")
    assert not reply.text.startswith(("Ya — Jaduliwan", "Tidak — Jaduliwan"))


def test_a_role_whose_last_word_begins_its_organisation_s_name_links_both(engine):
    meaning = engine.interpret("siapa kadis kominfo kota bandung?")
    assert (meaning.slots.get("role"), meaning.slots.get("organisation")) == (
        "Kepala Dinas", "diskominfo-kota-bandung")


def test_an_abbreviation_in_an_organisation_s_name_is_spelled_out_as_written(engine):
    reply = ask(engine, "Diskominfo itu kepanjangannya apa dalam berita Bandung?")
    assert reply.text.startswith("Diskominfo adalah singkatan dari Dinas Komunikasi dan "
                                 "Informatika")
    assert "Pemerintah Provinsi" in ask(engine, "pemprov bengkulu singkatan dari apa").text
    # a name that spells nothing out: said so, nothing guessed
    assert ask(engine, "Sumsel singkatan apa").status == Status.NO_DATA


def test_a_rank_an_organisation_did_not_hold_is_told_with_who_held_it(engine):
    reply = ask(engine, "pemprov bengkulu juara 1 ya di top gpr 2021?")
    assert reply.text.startswith("Tidak — bukan peringkat 1.")
    assert "Peringkat 1 kelompok Provinsi — TOP GPR 2021: Provinsi DKI Jakarta." in reply.text
    # nobody's first place on record at AMH 2023: nobody named
    reply = ask(engine, "apakah Bandung juara 1 di AMH 2023?")
    assert reply.text.startswith("Tidak — ") and reply.text.count("\n") == 0


def test_both_awards_means_two_editions_on_record(engine, kb):
    from dataclasses import replace

    from bot.messages import _each_edition
    meaning = engine.interpret("kedua penghargaan itu diumumin di mana aja?")
    assert len(_each_edition(kb, meaning)) == 2
    three = replace(kb, editions={**kb.editions, "x": next(iter(kb.editions.values()))})
    assert _each_edition(three, meaning) == []  # "kedua" of three: which two is unknown


def test_an_organiser_named_in_a_question_is_checked_as_the_organiser(engine):
    assert ask(engine, "Bener gak AMH itu acaranya Kominfo?").text.startswith(
        "Ya — AMH 2023 diselenggarakan oleh Kementerian Kominfo")
    assert ask(engine, "bandung dpt award dr kemkominfo kan?").text.startswith(
        "Ya — AMH 2023 diselenggarakan oleh Kementerian Kominfo")
    assert ask(engine, "Pemerintah Kota Bandung raih penghargaan apa dari Kominfo?").intent == (
        "org_awards")
    reply = ask(engine, "apakah TOP GPR 2021 diselenggarakan kominfo?")
    assert reply.status == Status.NO_DATA  # the article names no organiser
    reply = ask(engine, "kominfo dapat penghargaan apa?")
    assert reply.status == Status.NO_DATA and "diselenggarakan" not in reply.text


def test_someone_not_recorded_receiving_or_attending_is_told_who_was(engine):
    # one receiver: "diterima oleh X?" is settled by who received it
    reply = ask(engine, "penghargaan AMH bandung diterima langsung sama pj wali kota ya?")
    assert reply.text.startswith("Tidak — ") and "Darto" in reply.text
    # … with no award named: of the one office with that post
    reply = ask(engine, "pj wali kota yg nerima penghargaannya kan")
    assert reply.text.startswith("Tidak — ") and "Darto" in reply.text
    # that someone else attended the sources do not say: no data, and who is on record
    reply = ask(engine, "Apakah Pj Wali Kota Bandung ikut hadir di Surabaya?")
    assert reply.status == Status.NO_DATA and "Darto" in reply.text
    reply = ask(engine, "gubernur rohidin hadir langsung di award ceremony top gpr?")
    assert reply.status == Status.NO_DATA and "Jaduliwan" in reply.text
    # "yang ikut … itu X?" and "X atau siapa?" ask who it was: the one on record, answered
    reply = ask(engine, "gubernur rohidin yg ikut virtual meeting top gpr kan?")
    assert reply.status == Status.ANSWERED and "Jaduliwan" in reply.text
    reply = ask(engine, "Award ceremony TOP GPR 2021 diikuti Gubernur langsung atau siapa?")
    assert reply.status == Status.ANSWERED and "Jaduliwan" in reply.text
    # the one on record is answered as usual
    assert ask(engine, "apakah darto yang menerima AMH 2023?").status == Status.ANSWERED


@pytest.mark.parametrize(("question", "start"), [
    ("AMH 2023 itu yg ke-15 kan?", "Tidak — AMH 2023 adalah penyelenggaraan ke-16."),
    ("AMH 2023 itu yang ke-16 kan?", "Ya — AMH 2023 adalah penyelenggaraan ke-16."),
    # a place no source names is still a place: the answer says where it was
    ("katanya malam AMH 2023 di Bali ya?", "Tidak — Malam Anugerah Humas 2023"),
    ("AMH 2023 digelar di Surabaya?", "Ya — Malam Anugerah Humas 2023"),
    # a quoted theme is checked word for word ("Berkolaborasi" is no word of it: was "Ya —")
    ("Tema AMH tahun 2023 'Humas Berkolaborasi untuk Negeri', betul?", "Tidak — "),
    ("tema AMH 2023 itu “Humas Bersinergi untuk Kemajuan Negeri” ya?", "Ya — "),
    # an ordinal claimed beside a note is checked against the note's (ke-53)
    ("Waktu dapat TOP GPR itu pas HUT Bengkulu ke-50 ya?", "Tidak — Peringkat 2"),
    ("pas itu hut bengkulu yg ke 53 ya", "Ya — Peringkat 2"),
    # a claim about a person or a receiver is not settled by the organisation's results
    ("Darto itu wali kota bandung ya?", "Tidak — "),
    ("Piala AMH Bandung diterima langsung sama Wali Kota kan?", "Tidak — "),
    ("penghargaan amh bandung diterima langsung sama kadis kominfonya ya?", "Penghargaan"),
    ("Kadis Kominfotik Bengkulu siapa ya", "Kepala Dinas"),
])
def test_a_detail_asked_to_be_confirmed_is_checked_against_the_record(engine, question, start):
    assert ask(engine, question).text.startswith(start)


def test_a_place_no_source_names_answers_nothing_else(engine):
    assert ask(engine, "cuaca di bali hari ini?").status != Status.ANSWERED
    assert ask(engine, "Bali juara berapa di top gpr?").status == Status.NO_DATA


def test_by_what_means_an_event_was_held_is_its_format(engine):
    reply = ask(engine, "TOP GPR 2021 dilaksanakan dengan cara apa?")
    assert reply.intent == "event_place" and "virtual" in reply.text
    reply = ask(engine, "Award Ceremony TOP GPR 2021 diadakan melalui media apa?")
    assert reply.intent == "event_place" and "virtual" in reply.text
    # "dengan cara apa" of a success is a reason, not a format
    assert "virtual" not in ask(engine, "dengan cara apa bengkulu berhasil?").text


def test_the_ranks_asked_are_the_ranks_answered(engine):
    reply = ask(engine, "juara 1 dan 3 top gpr 2021 siapa?")
    assert "DKI Jakarta" in reply.text and "Sumatera Selatan" in reply.text
    assert "Bengkulu" not in reply.text
    assert "Bengkulu" in ask(engine, "juara 1 sampai 3 top gpr 2021 siapa?").text
    # ranks the sources do not give: said so, with what they give
    reply = ask(engine, "Dengan hormat, mohon disampaikan siapa saja peraih Terbaik I dan Terbaik "
                        "II pada Kategori Kampanye Komunikasi Publik di AMH 2023.")
    assert reply.status == Status.NO_DATA and "Terbaik III" in reply.text


def test_a_rank_asked_of_the_wrong_organisation_names_who_held_it(engine):
    reply = ask(engine, "Apakah Sumatera Selatan yang meraih peringkat 2 TOP GPR 2021?")
    assert reply.text.startswith("Tidak — ") and "Pemerintah Provinsi Bengkulu" in reply.text


@pytest.mark.parametrize(("question", "held"), [
    # two asks, each answered: English "and", a contraction, both awards at once
    ("who received the award for bandung and who attended for bengkulu?", ["Darto", "Jaduliwan"]),
    ("What's the theme of AMH 2023 and who organized it? pls jawab pake bahasa indo",
     ["Humas Bersinergi", "Kominfo"]),
    ("kedua penghargaan itu diumumin di mana aja?", ["Surabaya", "virtual"]),
    ("siapa perwakilan yg nerima/ikut acara di masing2 penghargaan?", ["Darto", "Jaduliwan"]),
    # courtesy, a greeting inside the ask, the words of a fact check: no details asked
    ("Halo min, saya produser di stasiun TV lokal di Bandung. Mau konfirmasi beberapa hal ya: "
     "di AMH 2023 Bandung dapat peringkat berapa? Terus acaranya di mana? thx ya",
     ["Terbaik III", "Surabaya"]),
    ("hi, who attended the TOP GPR award ceremony for Bengkulu?", ["Jaduliwan"]),
    ("When and where was the Anugerah Humas 2023 night held?", ["30 Oktober 2023", "Surabaya"]),
    ("Draf saya: pengumuman TOP GPR 2021 hari Jumat 12/11. Benar?", ["Kamis, 11 November 2021"]),
    ("Lokasinya The Westin Surabaya tanggal 30 Oktober 2023, cocok?", ["30 Oktober 2023"]),
    # "in which category" is no place; "selain kampanye" leaves that category out
    ("Bandung won in which category at AMH 2023?", ["Kampanye Komunikasi Publik"]),
    ("selain kampanye, bandung masuk nominasi apa aja?", ["Majalah Internal", "Audiovisual"]),
    # the name of the venue is where; a year as stated beats "tahun ini"; "came first" a rank
    ("nama gedung / hotel tempat malam anugerah humas 2023 apa?", ["Westin"]),
    ("Apa tema Anugerah Media Humas tahun ini (2023)?", ["Humas Bersinergi"]),
    ("Which province came first in the TOP GPR Award 2021?", ["DKI Jakarta"]),
    # "tiga besar" is the top three ranks; "disebar" is "disebarluaskan"
    ("Provinsi mana saja yang masuk tiga besar provinsi terbaik TOP GPR Award 2021?",
     ["DKI Jakarta", "Bengkulu", "Sumatera Selatan"]),
    ("info pembangunan disebar dgn cara gmn", ["cepat dan akurat"]),
    # the outlet, even of an article about who won
    ("sumber berita soal bandung menang AMH ini dari media apa?", ["HaloJabar"]),
    # a sentence quoted for a question that names no award says which award it is about
    ("Penghargaan mana yang diraih bertepatan dengan hari jadi daerahnya?",
     ["Menurut sumber tentang TOP GPR 2021:"]),
])
def test_the_answer_holds_what_is_asked(engine, question, held):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and all(h in reply.text for h in held), reply.text


def test_a_group_an_organisation_was_not_in_is_corrected_with_its_results(engine):
    reply = ask(engine, "Pemkot Bandung menang di kelompok pemerintah provinsi, betul?")
    assert reply.text.startswith("Tidak — ") and "Kabupaten/Kota" in reply.text
    reply = ask(engine, "Apakah Pemkot Bandung itu menang di kelompok provinsi atau kelompok "
                        "kabupaten/kota?")
    assert not reply.text.startswith("Tidak") and "Kabupaten/Kota" in reply.text


@pytest.mark.parametrize(("question", "not_said"), [
    # "13 Pelaku Usaha di Kota Bandung" names where they are, not who
    ("nama2 pelaku usaha yg dapet UMKM award bandung siapa aja?", "Pelaku Usaha"),
])
def test_a_sentence_naming_no_one_answers_no_ask_for_names(engine, question, not_said):
    reply = ask(engine, question)
    assert reply.status != Status.ANSWERED and not_said not in reply.text, reply.text


@pytest.mark.parametrize(("question", "status", "said", "not_said"), [
    # "selain …": the organisation's results but the ones named after it
    ("Selain juara 3 kampanye komunikasi publik, Bandung dapat apa lagi di AMH 2023?",
     Status.ANSWERED, ["Majalah Internal", "Media Audiovisual"], ["Terbaik III"]),
    ("Sumatera Selatan dapat penghargaan apa lagi selain TOP GPR?",
     Status.NO_DATA, ["hanya mencatat peringkat 3"], []),
    ("selain provinsi terbaik, bengkulu dapet kategori apa lg di top gpr?",
     Status.NO_DATA, ["hanya mencatat"], []),
])
def test_besides_what_is_named_the_other_results_or_none(
        engine, question, status, said, not_said):
    reply = ask(engine, question)
    assert reply.status == status, reply.text
    assert all(s in reply.text for s in said) and not any(s in reply.text for s in not_said)


@pytest.mark.parametrize(("question", "verdict"), [
    # a date claimed is checked against the event's: weekday, month, day, part of the day
    ("Apakah Malam Anugerah Humas 2023 diadakan pada Selasa, 31 Oktober 2023?", "Tidak — "),
    ("AMH 2023 hari senin kan?", "Ya — "),
    ("AMH 2023 tanggal 30 november ya?", "Tidak — "),
    ("top gpr 2021 diumumkan 11 november ya?", "Ya — "),
    ("Pengumuman TOP GPR itu Kamis pagi ya?", "Tidak — "),
])
def test_a_date_asked_whether_gets_a_verdict_and_the_date(engine, question, verdict):
    reply = ask(engine, question)
    assert reply.intent == "event_date" and reply.text.startswith(verdict), reply.text


def test_sama_after_a_passive_verb_names_its_agent_not_a_second_ask(engine):
    reply = ask(engine, "penghargaannya disebut kado apa sama gubernur?")
    assert reply.status == Status.ANSWERED and "kado 53 tahun Bumi Rafflesia" in reply.text


@pytest.mark.parametrize("question", [
    "Bandung itu ikut di kelompok pemprov atau kab/kota?",
    # "kelompok pemerintah daerah apa" asks the group, not a place
    "Pemkot Bandung di AMH 2023 bersaing di kelompok pemerintah daerah apa, provinsi atau "
    "kabupaten/kota?",
])
def test_the_group_an_organisation_competed_in_is_answered_by_its_results(engine, question):
    reply = ask(engine, question)
    assert reply.intent == "org_awards" and "(Pemerintah Daerah Kabupaten/Kota)" in reply.text


@pytest.mark.parametrize(("question", "said"), [
    ("AMH hari senin, top gpr hari kamis ya?", ["Ya — AMH 2023", "Ya — TOP GPR 2021"]),
    ("jd yg menang amh tu bandung, yg top gpr bengkulu ya?",
     ["Pemerintah Kota Bandung", "Pemerintah Provinsi Bengkulu"]),
])
def test_two_claims_about_two_subjects_are_each_checked(engine, question, said):
    reply = ask(engine, question)
    assert all(s in reply.text for s in said), reply.text


@pytest.mark.parametrize(("question", "start"), [
    # an institution no source names, as the organiser: the one on record
    ("AMH 2023 itu diselenggarain kemendagri bukan sih?",
     "Tidak — AMH 2023 diselenggarakan oleh Kementerian Kominfo"),
    ("AMH 2023 itu diadain Kominfo atau Kemendagri?",
     "AMH 2023 diselenggarakan oleh Kementerian Kominfo"),
    ("top gpr diselenggarakan kemendagri?", "Sumber tidak menyebut penyelenggara TOP GPR"),
    # … and an organisation no source names, claimed as the organiser
    ("amh diadain ama pemprov jatim ya", "Tidak — AMH 2023 diselenggarakan oleh Kementerian"),
    ("AMH 2023 diselenggarakan oleh Pemprov Jawa Timur?", "Tidak — AMH 2023 diselenggarakan"),
    # and anything else about it: not on record
    ("kemenkeu dapet peringkat brp di top gpr 2021", "Sumber saya tidak mencatat Kemenkeu"),
    # a region asked with words of a result asks its result, not where the ceremony was
    ("sumatera barat masuk 5 besar top gpr 2021 nggak?",
     "Sumber saya tidak mencatat Sumatera Barat"),
    ("papua dapet top gpr 2021?", "Sumber saya tidak mencatat Papua"),
    ("sa mau tanya, papua dapat top gpr 2021 ka tra?", "Sumber saya tidak mencatat Papua"),
    # a real region one letter from a name on record (Badung, Bali): that region, not Bandung
    ("badung dapat sing?", "Sumber saya tidak mencatat Badung"),
    # whether a region took part: not on record (not who attended for another)
    ("sulsel ikut top gpr 2021 kah? dapat brp?", "Sumber saya tidak mencatat Sulawesi Selatan"),
    # a region inside which a winner is asked, where no ceremony was held
    ("kota mana di jawa tengah yang menang amh 2023?", "Sumber saya tidak mencatat Jawa Tengah"),
    # a region set beside an organisation is one too (not where a ceremony was held)
    ("Bengkulu vs Jawa Barat | ?", "Sumber saya tidak mencatat Jawa Barat"),
    ("jawa barat atau bengkulu yg lebih tinggi", "Sumber saya tidak mencatat Jawa Barat"),
    # a result ("hasil") asked of a body not on record (not Darto's "hasil kerja" of Bandung)
    ("Pemkab Bandung | AMH 2023 | hasil ?", "Sumber saya tidak mencatat Kabupaten Bandung"),
])
def test_an_institution_no_source_names_is_not_on_record(engine, question, start):
    assert ask(engine, question).text.startswith(start)


def test_a_place_after_di_is_not_claimed_as_the_organiser(engine):
    reply = ask(engine, "Apakah benar award ceremony TOP GPR 2021 diadakan di Kota Bengkulu?")
    assert "penyelenggara" not in reply.text, reply.text


@pytest.mark.parametrize(("question", "start"), [
    # "ikut serta" is one verb, not "ikut" and a second ask
    ("Berapa instansi yang ikut serta dalam TOP GPR Award 2021?",
     "Sumber saya tidak menyebut jumlah itu"),
    # "lembaga negara" is a kind of institution: none has a result on record
    ("Lembaga negara apa yang menjadi pemenang TOP GPR Award 2021?",
     "Sumber tidak mencatat hasil lembaga untuk TOP GPR 2021"),
])
def test_words_that_name_one_thing_are_read_as_one(engine, question, start):
    reply = ask(engine, question)
    assert reply.status == Status.NO_DATA and reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("question", "said"), [
    # "in English" asks the term as written, not a translation
    ("majalah internal itu di berita disebut apa dalam bahasa inggris?", "inhouse magazine"),
    ("Pada saat itu Provinsi Bengkulu merayakan HUT yang keberapa?", "ke-53"),
    ("teknologi apa yg dimanfaatin dalam program humas menurut top gpr?", "teknologi digital"),
    ("apa untungnya buat warga kalau infonya cepat dan akurat?", "masyarakat mudah"),
    ("Gubernur Rohidin mengibaratkan penghargaan itu sebagai apa?", "kado 53 tahun"),
    ("Benarkah Pemkot Bandung menjuarai kategori Media Audiovisual di AMH 2023?", "Tidak —"),
    ("darto ngmng apa seusai acara", "Kita syukuri"),
    ("Darto menjabat sebagai apa di lingkungan Pemkot Bandung?", "Sekretaris"),
    ("Acara penyerahan hadiah AMH 2023 itu jatuh pada hari apa?", "Senin"),
    ("kerja humas bengkulu bikin warga gampang dapet info ga?", "masyarakat mudah"),
    ("Bagaimana artikel mendefinisikan TOP GPR Award 2021?", "citra dan reputasi"),
    ("Pemkot Bandung kirim siapa ke Surabaya buat terima penghargaannya?", "Darto"),
    ("Apakah penghargaan AMH 2023 yang diraih Bandung berasal dari Kementerian Kominfo?",
     "Ya —"),
    ("teknologi apa yang dipakai dalam program humas menurut pengertian TOP GPR?", "digital"),
    ("Majalah internal itu status bandung apa, menang atau nominasi?", "nominasi"),
    ("Bagaimana peran aparatur Pemprov Bengkulu sebagaimana dipaparkan Kadis Kominfotik?",
     "influencer"),
    ("Langkah apa yang ditempuh Diskominfotik dalam menyebarkan informasi pembangunan?",
     "cepat dan akurat"),
    ("Kota tuan rumah AMH 2023 apa?", "Surabaya"),
    ("Berita soal Bandung raih AMH ini sumbernya dari mana?", "HaloJabar"),
    ("Berapa usia Provinsi Bengkulu saat meraih TOP GPR 2021?", "ke-53"),
    ("Rangkum dong capaian Bandung di AMH 2023 secara lengkap", "Media Audiovisual"),
    # who asks, and why, carries no meaning for the question
    ("Salam, kami wong tuo nak tau, siapo yang mewakili Pemprov Bengkulu waktu pengumuman tu?",
     "Jaduliwan"),
    ("Untuk laporan saya, provinsi mana yang dapat peringkat 2 di TOP GPR 2021?", "Bengkulu"),
])
def test_words_people_use_for_what_the_sources_say(engine, question, said):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and said in reply.text, reply.text


def test_who_attended_a_virtual_event_says_it_was_virtual(engine):
    ask(engine, "siapa yang mewakili Bengkulu di TOP GPR 2021?", chat="v")
    reply = ask(engine, "dia ikut acaranya secara langsung atau gimana?", chat="v")
    assert reply.intent == "representative" and "diikuti secara virtual oleh Jaduliwan" \
        in reply.text, reply.text


@pytest.mark.parametrize(("question", "name"), [
    ("top gpr bengkulu diumumkan di acara apa?", "Award Ceremony TOP GPR"),  # with an org
    ("Apa nama kegiatan pengumuman TOP GPR 2021?", "Award Ceremony TOP GPR"),
    ("acara penyerahan AMH 2023 namanya apa? malam apa gitu", "Malam Anugerah Humas 2023"),
])
def test_the_event_asked_by_its_name_is_the_event(engine, question, name):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and name in reply.text, reply.text


@pytest.mark.parametrize(("question", "said"), [
    # the year after "kalau"/"kalo" is the one asked: never the result of the year before it
    ("TOP GPR 2021 Bengkulu peringkat 2, kalau 2022?", "TOP GPR 2022 belum ada datanya"),
    ("amh 2023 kan di surabaya ya, nah kalo amh 2024 bandung dpt peringkat brp?",
     "AMH 2024 belum ada datanya"),
])
def test_a_year_asked_after_a_year_stated_is_the_one_answered(engine, question, said):
    reply = ask(engine, question)
    assert reply.status == Status.NO_DATA and reply.text.startswith(said), reply.text


@pytest.mark.parametrize("question", [
    "kapan bandung juara 1 amh?",
])
def test_when_a_rank_was_won_that_was_not_is_no_not_a_date(engine, question):
    reply = ask(engine, question)
    assert reply.text.startswith("Tidak — bukan peringkat 1") and "November" not in reply.text \
        and "Oktober" not in reply.text, reply.text


def test_when_a_rank_was_won_that_was_is_the_date(engine):
    assert "11 November 2021" in ask(engine, "Kapan Pemprov Bengkulu meraih peringkat 2?").text


@pytest.mark.parametrize("question", [
    "mana duluan top gpr ama amh",  # "sama"/"dan" join the two compared, not two asks
    "mana duluan top gpr dan amh?",
])
def test_which_came_first_with_any_joiner(engine, question):
    assert ask(engine, question).text.startswith("TOP GPR 2021 lebih dulu")


def test_a_building_claimed_for_an_online_event_is_no_with_its_format(engine):
    reply = ask(engine, "Upacara TOP GPR 2021 digelar tatap muka di gedung, kan?")
    assert reply.text.startswith("Tidak — ") and "secara virtual" in reply.text, reply.text
    # which building: none — it was held online, which answers it (the building unnamed)
    reply = ask(engine, "TOP GPR 2021 digelar di hotel mana?")
    assert reply.status == Status.ANSWERED and "secara virtual" in reply.text, reply.text
    assert "tidak menyebut gedung/hotel" in reply.text


def test_the_body_an_organisation_belongs_to_is_its_parent_on_record(engine):
    reply = ask(engine, "media center pemprov bengkulu di bawah dinas apa?")
    assert reply.status == Status.ANSWERED and "Dinas Kominfotik Provinsi Bengkulu" in reply.text


@pytest.mark.parametrize(("question", "said"), [
    ("yg di bawah bengkulu siapa di top gpr?", "Sumatera Selatan"),
    ("provinsi yang ada tepat di atas bengkulu di top gpr siapa?", "DKI Jakarta"),
])
def test_the_rank_next_to_a_named_organisation(engine, question, said):
    reply = ask(engine, question)
    assert reply.intent == "who_won" and said in reply.text and "Bengkulu" not in reply.text


@pytest.mark.parametrize(("question", "verdict"), [
    # Sumatera Selatan was third, Bengkulu second: not above it ("Ya —" was answered)
    ("Apakah Sumatera Selatan peringkatnya di atas Bengkulu di TOP GPR 2021?", "Tidak — "),
    ("Apakah DKI Jakarta di atas Bengkulu di TOP GPR 2021?", "Ya — "),
    ("bengkulu di bawah sumsel ya?", "Tidak — "),
])
def test_one_organisation_claimed_above_another_is_checked_by_both_ranks(
        engine, question, verdict):
    reply = ask(engine, question)
    assert reply.text.startswith(verdict) and "Bengkulu" in reply.text, reply.text


@pytest.mark.parametrize(("question", "verdict"), [
    # "6 besar nasional" is the nomination on record (it was answered "Tidak —")
    ("bandung masuk 6 besar nasional majalah internal, bener?", "Ya — "),
    ("Apakah Pemkot Bandung masuk 6 besar nasional kategori Media Audiovisual?", "Ya — "),
    ("Bener gak Bandung masuk 10 besar nasional di kategori majalah internal?", "Tidak — "),
])
def test_a_nomination_claimed_by_its_size_is_checked_against_it(engine, question, verdict):
    reply = ask(engine, question)
    assert reply.text.startswith(verdict) and "6 besar nasional" in reply.text, reply.text


def test_an_organiser_claimed_of_two_awards_is_checked_for_each(engine):
    reply = ask(engine, "Apakah AMH dan TOP GPR sama-sama diselenggarakan Kominfo?")
    assert "Sumber tidak menyebut penyelenggara TOP GPR 2021" in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "Pemkot Bandung menjadi Terbaik III di kategori apa?",  # asks which, not whether
    "jaduliwan itu kadis apa",
])
def test_an_open_question_gets_no_yes_before_its_answer(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and not reply.text.startswith("Ya"), reply.text


@pytest.mark.parametrize("text", [
    "kerjasama dg media apa aja yg disebut kadis kominfotik bengkulu?",
    "Pemprov Bengkulu kerja sama dgn media apa aja menurut Kadis?",
])
def test_what_a_named_teller_said_is_never_someone_else_s_sentence(engine, text):
    # the governor's appreciation names media and Dinas Kominfotik too: not what the Kadis said
    reply = ask(engine, text)
    assert reply.status == Status.ANSWERED and "cetak" in reply.text
    assert "Rohidin" not in reply.text


def test_a_reported_sentence_of_another_teller_is_no_answer(engine):
    reply = ask(engine, "Menurut Kadis Kominfotik, apa yang terus dilakukan Pemprov Bengkulu "
                        "lewat Diskominfotik?")
    assert "Rohidin" not in reply.text and "optimalisasi" not in reply.text


@pytest.mark.parametrize("text", [
    "berapa provinsi yang ikut top gpr 2021?",  # those taking part: not said
    "berapa kota yang menang amh 2023?",  # every winner: not said
    "berapa kategori di amh 2023?",  # the award's categories: not said
])
def test_counts_the_record_does_not_give_are_not_answered(engine, text):
    assert ask(engine, text).status != Status.ANSWERED


def test_a_date_asked_with_berapa_is_no_count(engine):
    reply = ask(engine, "Tanggal berapa penghargaan AMH 2023 diterima Pemkot Bandung?")
    assert "30 Oktober 2023" in reply.text and "kategori" not in reply.text.split("\n")[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("pak rohidin itu wagub bengkulu ya?", "Tidak — Rohidin Mersyah adalah Gubernur"),
    ("jaduliwan itu kadis kominfo kota bengkulu kan?", "Tidak — Jaduliwan adalah Kepala Dinas"),
    ("rohidin gubernur jawa barat ya?", "Tidak — Rohidin Mersyah adalah Gubernur"),
    ("rohidin itu gubernur bengkulu kan?", "Ya — Rohidin Mersyah adalah Gubernur"),
])
def test_a_person_checked_against_a_role_or_place_not_theirs_gets_tidak(engine, text, expected):
    assert ask(engine, text).text.startswith(expected)


@pytest.mark.parametrize(("text", "speaker"), [
    ("siapa yang bilang 'kita syukuri penghargaan ini'", "Darto"),
    ("yg ngomong 'kita syukuri penghargaan ini' sp", "Darto"),
    ("siapa yang bilang 'semoga akurasi informasi'?", "Rohidin"),
])
def test_a_quoted_span_finds_the_sentence_that_holds_it(engine, text, speaker):
    reply = ask(engine, text)
    assert reply.status == Status.ANSWERED and reply.intent == "source_sentence"
    assert speaker in reply.text


@pytest.mark.parametrize(("text", "verdict"), [
    ("Kutipan 'kado 53 tahun Bumi Rafflesia' itu dari Jaduliwan ya?", "Tidak — "),
    ('kutipan "kado 53 tahun" itu dari jaduliwan ya?', "Tidak — "),  # not his quotes
    ('kutipan "kado 53 tahun" itu dari gubernur ya?', "Ya — "),
    ("kutipan 'semua kesuksesan ini tak lepas dari kerjasama' itu dari kadis kominfotik kan?",
     "Ya — "),
])
def test_whose_quote_is_checked_against_its_speaker(engine, text, verdict):
    assert ask(engine, text).text.startswith(verdict)


@pytest.mark.parametrize("text", ["syarat dapet top gpr apa sih", "kriteria dapet top gpr apa",
                                  "Apa kriteria instansi yang dapat TOP GPR Award?"])
def test_the_criteria_of_an_award_are_its_definition_not_its_winners(engine, text):
    reply = ask(engine, text)
    assert reply.status == Status.ANSWERED and "citra dan reputasi" in reply.text
    assert "DKI Jakarta" not in reply.text


def test_the_criteria_of_an_award_without_a_definition_are_not_on_record(engine):
    reply = ask(engine, "syarat ikut anugerah media humas gmn?")
    assert reply.status == Status.NO_DATA and "Darto" not in reply.text


def test_an_ask_naming_nothing_goes_on_from_the_statement_before_it(engine):
    reply = ask(engine, "bengkulu peringkat 2, trs yg pertama siapa")
    assert reply.text.startswith("Ya — ") and "DKI Jakarta" in reply.text
    wrong = ask(engine, "bengkulu peringkat 1, trs yg kedua siapa")  # corrected, then answered
    assert wrong.text.startswith("Tidak — ") and "Bengkulu" in wrong.text.split("\n\n")[-1]


def test_a_choice_between_one_on_record_and_one_not_answers_the_one_on_record(engine):
    reply = ask(engine, "yg menang amh 2023 itu pemkot bandung atau pemkab bandung?")
    assert reply.status == Status.ANSWERED
    assert reply.text.startswith("Sumber tidak mencatat Kabupaten Bandung.")
    assert "Terbaik III" in reply.text


@pytest.mark.parametrize("text", ["Siapa yang mengumumkan pemenang TOP GPR 2021?",
                                  "siapa juara umum AMH 2023?",
                                  "juara harapan top gpr 2021 sp aja"])
def test_who_did_something_else_than_win_is_not_answered_with_the_winners(engine, text):
    reply = ask(engine, text)
    assert reply.status != Status.ANSWERED and "Bandung" not in reply.text
    assert "DKI" not in reply.text and "Semoga" not in reply.text  # (nor a hope quoted)


def test_an_unknown_category_is_quoted_without_the_award_after_it(engine):
    assert "“media sosial”" in ask(engine, "siapa juara kategori media sosial amh 2023").text


@pytest.mark.parametrize("text", [
    "siapa aja 6 besar kategori media audiovisual selain bandung?",
    "Kabupaten/kota mana saja yang juga masuk 6 besar kategori majalah internal?",
])
def test_other_nominees_than_the_one_on_record_are_not_said(engine, text):
    reply = ask(engine, text)
    assert reply.status == Status.NO_DATA and "lainnya tidak disebut" in reply.text


def test_the_award_an_organiser_holds_is_found_by_the_organiser(engine):
    reply = ask(engine, "Penghargaan mana yang disebut diselenggarakan oleh Kemkominfo?")
    assert reply.status == Status.ANSWERED and reply.text.startswith("AMH 2023 diselenggarakan")


def test_the_name_of_the_evening_is_not_its_organiser(engine):
    reply = ask(engine, "kemkominfo ngadain amh 2023 tuh namanya malam apa")
    assert "Malam Anugerah Humas 2023" in reply.text and "diselenggarakan oleh" not in reply.text


@pytest.mark.parametrize("text", [
    "terbaik III bandung itu utk kelompok pemda kab/kota atau pemprov?",
    "bandung dapet terbaik 3 di amh 2023, itu kelompok provinsi atau kab/kota?",
    "Apakah AMH 2023 diadakan secara langsung di sebuah tempat atau online?",
])
def test_a_choice_between_two_gets_the_fitting_one_without_a_verdict(engine, text):
    reply = ask(engine, text)
    assert reply.status == Status.ANSWERED and not reply.text.startswith(("Ya — ", "Tidak — "))


def test_or_not_still_asks_whether(engine):
    assert ask(engine, "apakah bandung juara 3 atau tidak di amh 2023?").text.startswith("Ya — ")


# what people wrote in the blind sets, answered with the fact (each case once failed)
ANSWERED_WITH = [
    # "sikap" (stance) on an award is how its receiver responded
    pytest.param("Bagaimana sikap Diskominfo Kota Bandung dalam menanggapi penghargaan ini?",
                 "Kita syukuri", id="sikap"),
    # "pengumuman pemenang" is the announcement, not the winners
    pytest.param("Bagaimana pengumuman pemenang TOP GPR Award 2021 dilaksanakan?",
                 "Virtual Meeting", id="pengumuman-pemenang"),
    # "Izin bertanya, …" opens official questions: a courtesy, no unknown word
    pytest.param("Izin bertanya, Pemprov Bengkulu meraih peringkat berapa pada TOP GPR Award "
                 "2021?", "peringkat 2", id="izin-bertanya"),
    pytest.param("Izin bertanya, apakah majalah internal (inhouse magazine) Pemkot Bandung ikut "
                 "dinominasikan pada AMH 2023?", "nominasi", id="ikut-dinominasikan"),
    # "pake" is the sources' "memanfaatkan"
    pytest.param("top gpr cuma buat yg pake digital doang kah", "konvensional", id="pake"),
    # a name after "datang ke" is a place gone to, not that province's result
    pytest.param("TOP GPR 2021 pengumumannya gimana, datang ke Jakarta atau online?",
                 "virtual", id="datang-ke"),
    # "berusaha" is the sources' "berupaya"
    pytest.param("pak kadis bilang diskominfotik berusaha nyebarin informasi seperti apa",
                 "cepat dan akurat", id="berusaha"),
    # a clause after the question's last comma that tells of the one asking is left aside
    pytest.param("AMH itu singkatan dari apa ya, saya pensiunan guru kurang paham singkatan2 "
                 "jaman sekarang", "Anugerah Media Humas", id="self-tail"),
    # what still must be done, in the teller's words: "masih", "harus" and "perlu" count
    pytest.param("darto bilang pemkot bandung ke depan harus ngapain?", "evaluasi",
                 id="harus-ngapain"),
    pytest.param("apa masih ada yang perlu diperbaiki kata pak sekdis?", "evaluasi",
                 id="masih-perlu"),
    # "only for provinces?" and "can a kabupaten get it?" ask who may receive the award
    pytest.param("top gpr 2021 cuma buat provinsi aja ya", "Kabupaten/Kota", id="only-for"),
    pytest.param("can a kabupaten or kota get the top gpr award?", "Kementerian",
                 id="can-a-kabupaten"),
    # who said words the question repeats without quotes: the one sentence holding them
    pytest.param("siapa yg bilang kita syukuri penghargaan ini", "ujar Darto", id="said-unquoted"),
    pytest.param("Siapa yang menyampaikan terima kasih kepada Pj Wali Kota Bandung?",
                 "Terima kasih kepada Pj Wali Kota Bandung", id="thanked-unquoted"),
    # the courtesy and chat forms of a PR work group are no unknown words
    pytest.param("Mhn cek, Bengkulu juara 1 TOP GPR 2021 kan?", "Tidak — bukan peringkat 1",
                 id="mhn-cek"),
    pytest.param("Yth rekan2, mhn info Pemkot Bandung dapet penghargaan apa di AMH 2023?",
                 "Terbaik III", id="yth-rekan"),
    pytest.param("Kalau ditotal, Pemkot Bandung bawa pulang apa aja dari AMH 2023?", "nominasi",
                 id="bawa-pulang"),
    pytest.param("Double check dong, Malam Anugerah Humas 2023 tgl 31 Oktober kan?", "Tidak — ",
                 id="double-check"),
    pytest.param("sumsel dapat juara 1 ya di top gpr 2021?", "Tidak — ", id="ya-before-scope"),
    pytest.param("darto ngucapin trima kasih ke siapa aja", "Sekretaris Daerah", id="trima"),
    pytest.param("tema AMH 2023 apa bpk/ibu?", "Humas Bersinergi", id="bpk-ibu"),
    pytest.param("inhouse magazine bandung hasilnya gmn di AMH 2023", "nominasi", id="hasilnya"),
    pytest.param("Bedanya format acara AMH 2023 sama TOP GPR 2021 apa? yg satu virtual ya?",
                 "virtual", id="yang-satu"),
    pytest.param("pemkot bandung dpt terbaik brp n kategori apa", "Kampanye Komunikasi Publik",
                 id="n-for-dan"),
    pytest.param("yg dtg ke westin surabaya wakilin pemkot bandung siapa", "Darto", id="dtg"),
    pytest.param("Penghargaan Kampanye Komunikasi Publik yang dimenangkan Bandung itu untuk "
                 "kelompok instansi apa?", "Pemerintah Daerah Kabupaten/Kota",
                 id="kelompok-instansi"),
    pytest.param("bengkulu kalah dari provinsi mana di top gpr 2021", "DKI Jakarta",
                 id="kalah-dari"),
    pytest.param("pengumumannya pagi, siang atau sore?", "sore hari", id="announcement-only-one"),
    pytest.param("punten, Pemkot Bandung teh kamari dapet penghargaan naon nya? liat di grup "
                 "rame", "Terbaik III", id="sundanese-kamari"),
    pytest.param("who received the trophy on behalf of pemkot bandung?", "Darto",
                 id="english-trophy"),
    pytest.param("AMH yang dimenangi Bandung itu tahun berapa", "2023", id="dimenangi"),
    # counts the record gives
    pytest.param("brp provinsi yg disebut peringkatnya di berita top gpr 2021?", "tiga provinsi",
                 id="count-ranked-provinces"),
    pytest.param("brp kategori bandung msk nominasi amh 2023", "dua kategori sebagai nominasi",
                 id="count-nominations"),
    pytest.param("bandung masuk 6 besar nasional di brp kategori?", "dua kategori",
                 id="count-6-besar"),
    pytest.param("berapa kategori bandung di amh 2023 termasuk nominasi?",
                 "tiga kategori di AMH 2023 (satu dengan peringkat, dua nominasi)",
                 id="count-termasuk-nominasi"),
    pytest.param("Berapa capaian yang dikantongi Pemkot Bandung di AMH 2023, termasuk nominasi?",
                 "tiga kategori di AMH 2023 (satu dengan peringkat, dua nominasi)",
                 id="count-every-result"),
    # a group named by the end of its name; a category named without its edition
    pytest.param("Pemda mana yg dapat Terbaik III Kampanye Komunikasi Publik kelompok kab/kota "
                 "di AMH 2023?", "Pemerintah Kota Bandung", id="group-end-of-name"),
    pytest.param("siapa terbaik 3 kelompok kabupaten/kota amh 2023", "Pemerintah Kota Bandung",
                 id="group-before-award"),
    pytest.param("yg dapet nominasi kategori majalah internal itu pemkot mana",
                 "Pemerintah Kota Bandung", id="category-without-edition"),
    # chat words: komen (komentar), disampein (disampaikan), efek (dampak)
    pytest.param("gubernur bengkulu yg komen soal top gpr namanya siapa", "Rohidin Mersyah",
                 id="komen"),
    pytest.param("apa harapan gubernur bengkulu soal akurasi informasi yg disampein",
                 "dampak positif", id="disampein"),
    pytest.param("efeknya buat masyarakat apa kata kadis kominfotik bengkulu",
                 "kemudahan masyarakat", id="efek"),
    pytest.param("bandung tuh pemkot atau pemprov sih di berita AMH", "pemerintah kota",
                 id="kind-in-an-article"),
    # who said something about the organiser, not who organised the award
    pytest.param("siapa yg bilang penghargaan itu apresiasi dr kementerian kominfo", "Darto",
                 id="who-said-of-the-organiser"),
    pytest.param("darto nerima sendiri apa diwakilin", "diterima langsung", id="in-person"),
    # an aside that tells of the asker's own place is left aside too
    pytest.param("Gubernur Bengkulu namanya siapa, terus kepala dinas kominfotiknya siapa, "
                 "maaf saya baru pindah ke bengkulu", "Jaduliwan", id="aside-own-place"),
    # a statement before an elliptical ask is what it asks
    pytest.param("Darto bilang masih ada yang harus dilakukan, apa itu?", "evaluasi",
                 id="statement-then-apa-itu"),
    # a note reported after "disampaikan … Jaduliwan," is his
    pytest.param("siapa yang bilang SDM pemprov bengkulu jadi influencer pemerintah?",
                 "Jaduliwan", id="reported-statement-speaker"),
    # a note is about its file's edition
    pytest.param("apa peran para pegawai di balik TOP GPR 2021?", "influencer",
                 id="note-of-the-edition"),
    pytest.param("apa kunci keberhasilan menurut berita TOP GPR?", "kerja sama",
                 id="note-of-the-award"),
    # a year dictated in words
    pytest.param("siapa juara satu top gpr dua ribu dua puluh satu", "DKI Jakarta",
                 id="year-in-words"),
    # English words in a code-mixed question
    pytest.param("which ministry runs the Anugerah Media Humas?", "Kominfo",
                 id="english-ministry-runs"),
    pytest.param("is it true that Sumsel dapet peringkat 3 di TOP GPR 2021?", "peringkat 3",
                 id="english-is-it-true-that"),
    pytest.param("Bengkulu's anniversary that year was its 53rd, right?", "ke-53",
                 id="english-ordinal-right"),
    # a statement about one award, then "kalau" and the ask about the other (no comma)
    pytest.param("acara top gpr virtual kalau amh dimana", "Surabaya",
                 id="statement-kalau-ask"),
    # who a person is says what he received: the one win of his organisation there
    pytest.param("Darto siapa dan dia terima award apa?", "Terbaik III",
                 id="person-received-the-one-win"),
    # a claim with the verb of winning: the rank checked, not the category's winners
    pytest.param("Bandung meraih Terbaik I Kampanye Komunikasi Publik di AMH 2023, bener ga?",
                 "Tidak — bukan peringkat 1", id="claim-meraih-rank-in-category"),
    # "menurut berita Bengkulu" cites the article: Bengkulu is not what is asked about
    pytest.param("apa pengertian top gpr menurut berita bengkulu", "instansi pemerintah",
                 id="cited-article-is-no-subject"),
    # above or below: which one, no "Tidak — " for a choice
    pytest.param("Bengkulu di atas atau di bawah Sumsel di TOP GPR 2021?",
                 "Pemerintah Provinsi Bengkulu di atas Provinsi Sumatera Selatan",
                 id="above-or-below"),
    # two claims, the word that asks whether after the first
    pytest.param("jakarta juara tiga top gpr ya terus sumsel juara satu", "Sumatera Selatan",
                 id="claim-tail-after-the-first-claim"),
    # an abbreviation dictated letter by letter
    pytest.param("bengkulu dapet juara berapa di top gipi ar", "peringkat 2",
                 id="abbreviation-spoken"),
    pytest.param("am ha itu kepanjangannya apa", "Anugerah Media Humas",
                 id="abbreviation-spoken-run-together"),
    # … and one before it ("saya dengar dari …, X, bener ya")
    pytest.param("saya dengar dari ibu ibu senam, bandung juara III kategori majalah internal "
                 "di AMH, bener ya", "Tidak — ", id="aside-before-the-claim"),
    # Javanese, Sundanese and Palembang words of older writers
    pytest.param("lha Bengkulu nomer piro di top gpr 2021", "peringkat 2", id="nomer-piro"),
    pytest.param("Yang juara satu TOP GPR 2021 untuk provinsi itu Siapo ya, katonyo bukan "
                 "Bengkulu kito", "DKI Jakarta", id="katonyo"),
    pytest.param("sugeng enjing. TOP GPR Award 2021 itu nilai apa to sakjane",
                 "public relations", id="sakjane"),
    # an aside after the question is left aside
    pytest.param("pak gubernur kan ada harapan soal akurasi informasi ya, harapannya itu "
                 "gimana tepatnya, tolong dijelaskan pelan pelan soalnya mata saya sudah "
                 "rabun baca hp", "dampak positif", id="aside-soalnya"),
    pytest.param("assalamualaikum, pengumuman award ceremony TOP GPR itu pagi atau siang atau "
                 "sore ya, soalnya kata istri saya malam", "sore hari", id="aside-after-comma"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED_WITH)
def test_what_people_write_is_answered_with_the_fact(engine, text, expected):
    reply = ask(engine, text)
    assert reply.status == Status.ANSWERED and expected in reply.text


def test_losing_to_others_is_every_rank_above(engine):
    reply = ask(engine, "sumsel kalah sama siapa aja di top gpr 2021?")
    assert "DKI Jakarta" in reply.text and "Bengkulu" in reply.text
    assert "Sumatera Selatan" not in reply.text


def test_a_role_that_told_something_is_not_asked_who_holds_it(engine):
    reply = ask(engine, "media-media itu berperan gimana menurut kadis")
    assert reply.status == Status.ANSWERED and "pemberitaan positif" in reply.text
    named = ask(engine, "menurut kadis kominfotik siapa namanya?")  # his name: asked
    assert "Jaduliwan" in named.text


def test_the_name_of_a_thing_no_source_names_is_not_answered_with_its_mention(engine):
    # the magazine's own name is not in the sources; the sentence naming its category is no answer
    reply = ask(engine, "majalah internal pemkot bandung namanya apa?")
    assert reply.status != Status.ANSWERED


def test_a_note_put_before_quotes_is_not_written_as_a_quote(engine):
    reply = ask(engine, "humas bandung masih perlu ngapain lagi kata darto")
    assert reply.text.startswith("Darto menyebut masih ada evaluasi")


def test_a_note_beside_a_source_sentence_is_not_written_as_a_quote(engine):
    reply = ask(engine, "Pemprov Bengkulu menjalin kerjasama dengan media apa saja?")
    assert "\nMenurut Jaduliwan, kesuksesan" in reply.text


@pytest.mark.parametrize("question", ["selain juara tiga, bandung dapet apa lagi di AMH?",
                                      "Selain juara ketiga, Bandung masuk nominasi apa aja?"])
def test_besides_a_rank_in_words_is_every_other_result(engine, question):
    reply = ask(engine, question)
    assert reply.text.startswith("Selain itu,") and "Terbaik III" not in reply.text


@pytest.mark.parametrize("question", ["nominasi di amh itu maksudnya top brp?",
                                      "nominasinya itu level nasional atau provinsi?",
                                      "nominasi itu apa?"])
def test_what_a_nomination_means_is_what_the_nominees_results_tell(engine, question):
    reply = ask(engine, question)
    assert reply.text == "Nominasi di AMH 2023 berarti masuk 6 besar nasional."
    assert reply.sources


def test_the_nominations_of_an_organisation_are_no_question_of_meaning(engine):
    engine.ask("bandung masuk nominasi apa aja di amh 2023?", "n")
    assert "Penerbitan Majalah Internal" in engine.ask("nominasinya apa aja?", "n").text


def test_the_people_named_are_listed_with_the_unnamed_said_so(engine):
    reply = ask(engine, "pejabat siapa aja yg disebut di artikel2 itu?")
    assert reply.text.startswith("Orang yang disebut di sumber:")
    assert all(name in reply.text for name in ("Darto", "Rohidin Mersyah", "Jaduliwan"))
    assert "Pj Wali Kota Bandung (namanya tidak disebut)" in reply.text


def test_only_the_people_quoted_when_asked_who_is_quoted(engine):
    reply = ask(engine, "siapa saja yang dikutip di berita?")
    assert "Jaduliwan" in reply.text and "Pj Wali Kota" not in reply.text
    # who commented in the news: those quoted (not the winners)
    for question in ("siapa yang kasih komentar di berita AMH?", "yg dikutip di berita AMH siapa?"):
        reply = ask(engine, question)
        assert "Darto" in reply.text and "Terbaik III" not in reply.text, reply.text


def test_an_office_named_without_a_place_is_any_such_office(engine):
    reply = ask(engine, "Siapa saja pejabat dinas kominfo yang disebut di berita-berita itu?")
    assert "Darto" in reply.text and "Jaduliwan" in reply.text and "Rohidin" not in reply.text


def test_a_word_of_naming_before_the_ask_asks_no_names(engine):
    reply = ask(engine, "dosenku nyinggung top gpr award. itu penghargaan buat siapa aja sih?")
    assert "Orang yang disebut" not in reply.text


def test_a_question_naming_no_edition_is_answered_for_each_of_the_two(engine):
    reply = ask(engine, "nama acara penganugerahannya apa?")
    assert reply.status == Status.ANSWERED
    assert "Malam Anugerah Humas 2023" in reply.text and "Award Ceremony TOP GPR" in reply.text


@pytest.mark.parametrize("question", ["persib terakhir juara kapan",
                                      "jelaskan kapan ia menyampaikannya"])
def test_no_edition_is_asked_of_each_for_a_result_someone_or_a_typo(engine, question):
    assert ask(engine, question).status != Status.ANSWERED


@pytest.mark.parametrize("question", ["siapa saja yang disebut di berita bola?",
                                      "nominasi liga itu apa?"])
def test_a_word_no_vocabulary_knows_keeps_names_and_meanings_unanswered(engine, question):
    assert ask(engine, question).status != Status.ANSWERED


@pytest.mark.parametrize("text", ["mau nanya dong", "Assalamualaikum, permisi mau bertanya."])
def test_wanting_to_ask_is_a_request_for_help(engine, text):
    reply = ask(engine, text)
    assert (reply.status, reply.intent) == (Status.CHITCHAT, "help")


@pytest.mark.parametrize(("text", "kind"), [("Baik, terima kasih.", "thanks"),
                                            ("Baik, cukup sekian. Sampai jumpa.", "thanks"),
                                            ("Assalamualaikum, izin bertanya.", "help")])
def test_the_courtesies_of_official_chat_are_chitchat(engine, text, kind):
    reply = ask(engine, text)
    assert (reply.status, reply.intent) == (Status.CHITCHAT, kind)


@pytest.mark.parametrize(("text", "kind"), [("pagi min, gimana kabarnya?", "greeting"),
                                            ("dah dulu ya, bye!", "thanks"),
                                            ("Mohon bantuannya, bagaimana cara menggunakan "
                                             "layanan ini?", "help"),
                                            ("oke noted, makasih bro", "thanks"),
                                            ("wkwk mantap, thank u min", "thanks"),
                                            ("hi bot! gue mau nanya2 soal award humas pemda, "
                                             "boleh?", "help"),
                                            ("halo kak, mau nanya2 soal penghargaan humas pemda "
                                             "boleh ga?", "help")])
def test_the_courtesies_of_chat_are_chitchat(engine, text, kind):
    reply = ask(engine, text)
    assert (reply.status, reply.intent) == (Status.CHITCHAT, kind)


def test_whom_someone_thanked_is_no_thanks(engine):
    engine.ask("darto itu siapa", "t")
    assert engine.ask("makasih ke siapa aja?", "t").status != Status.CHITCHAT


def test_a_rank_asked_with_no_award_is_answered_for_each_edition(engine):
    reply = ask(engine, "siapa juara 3?")
    assert "Pemerintah Kota Bandung" in reply.text and "Provinsi Sumatera Selatan" in reply.text
    # who received it: the receiving word asks who, not a result
    reply = ask(engine, "siapa yang menerima penghargaan?", chat="new")
    assert "Darto" in reply.text and "Jaduliwan" in reply.text


def test_a_rank_in_a_category_left_unnamed_is_not_asked_of_each_edition(engine):
    assert "Bengkulu" not in ask(engine, "terbaik II nya siapa di kategori yg sama?").text


@pytest.mark.parametrize("question", ["siapa Pj Gubernur Bengkulu?",
                                      "Pj Gubernur Bengkulu siapa ya"])
def test_an_acting_office_is_not_the_office_on_record(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.NO_DATA
    assert "Rohidin" not in reply.text and "Wali Kota" not in reply.text


def test_a_unit_asked_about_by_its_short_name_is_placed_under_its_office(engine):
    ask(engine, "Gubernur Rohidin apresiasi ke siapa aja?", "mc")
    reply = ask(engine, "Media Center itu di bawah siapa?", "mc")
    assert reply.status == Status.ANSWERED
    assert "Dinas Kominfotik" in reply.text and "Rohidin" not in reply.text


@pytest.mark.parametrize("question", ["gubernur ngasih apresiasi ke media center jg gak?",
                                      "gubernur bengkulu juga makasih ke wartawan gak?"])
def test_what_an_office_holder_said_is_found_by_the_office(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert "apresiasi" in reply.text and "jurnalis" in reply.text


def test_a_note_without_the_number_asked_is_not_its_answer(engine):
    ask(engine, "Gubernur Bengkulu siapa di berita TOP GPR?", "n53")
    ask(engine, "beliau bilang apa?", "n53")
    reply = ask(engine, "knp 53?", "n53")
    assert reply.status == Status.ANSWERED
    assert "HUT" in reply.text and "Jaduliwan" not in reply.text


def test_a_rank_claimed_in_a_category_of_a_nomination_is_denied_with_where_it_is_held(engine):
    reply = ask(engine, "Bandung Terbaik III di kategori Media Audiovisual?")
    assert reply.status == Status.ANSWERED
    assert reply.text.startswith("Tidak")
    assert "nominasi" in reply.text and "Kampanye Komunikasi Publik" in reply.text


def test_the_rest_of_a_title_is_not_the_name_asked_for(engine):
    ask(engine, "Darto terima kasih ke siapa?", "pj")
    reply = ask(engine, "nama Pj-nya?", "pj")
    assert reply.status != Status.ANSWERED  # "Pj Wali Kota Bandung" names no one


@pytest.mark.parametrize("question", ["Bandung masuk nominasi kategori Website di AMH?",
                                      "siapa terbaik kategori inovasi di AMH 2023"])
def test_a_category_no_vocabulary_knows_is_named_as_not_on_record(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.NO_DATA
    assert "tidak tercatat" in reply.text


@pytest.mark.parametrize("question", ["kalimat penutup gubernur rohidin apa",
                                      "Kalimat penutup gubernur Bengkulu di berita itu apa?"])
def test_a_closing_statement_is_the_sentence_said_last(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert "akurasi informasi" in reply.text and "kado" not in reply.text


def test_which_of_a_kind_is_answered_by_the_name_in_the_sentence(engine):
    reply = ask(engine, "dlm kutipan Darto, penghargaan ini apresiasi dari kementerian mana?")
    assert reply.status == Status.ANSWERED
    assert "Kementerian Kominfo" in reply.text


def test_by_whom_after_a_question_asks_by_whom_of_its_verb(engine):
    received = ask(engine, "AMH 2023 diterima langsung? oleh siapa?")
    assert "Darto" in received.text and "Kementerian" not in received.text
    organised = ask(engine, "AMH 2023 diselenggarakan di mana? oleh siapa?", "o")
    assert "Surabaya" in organised.text and "Kementerian Kominfo" in organised.text


def test_diwakilkan_is_a_form_of_representing(engine):
    reply = ask(engine, "penghargaan bandung diwakilkan ke siapa?")
    assert reply.status == Status.ANSWERED and "Darto" in reply.text


def test_a_group_asked_of_without_an_asking_word_is_checked_against_the_record(engine):
    reply = ask(engine, "Bandung menang di kelompok provinsi?")
    assert reply.status == Status.ANSWERED
    assert reply.text.startswith("Tidak") and "Kabupaten/Kota" in reply.text


def test_a_follow_up_after_what_an_award_is_stays_with_that_award(engine):
    ask(engine, "apa itu TOP GPR Award?", "def")
    technology = ask(engine, "teknologi apa yg dimanfaatkan?", "def")
    assert technology.status == Status.ANSWERED
    assert "digital" in technology.text and "konvensional" in technology.text
    prize = ask(engine, "hadiahnya apa?", "def")  # no sentence says: not the one before
    assert prize.status != Status.ANSWERED


def test_what_someone_said_includes_what_the_sources_report_they_said(engine):
    reply = ask(engine, "kata jaduliwan diskominfotik ngapain aja")
    assert reply.status == Status.ANSWERED
    assert "Semua kesuksesan" in reply.text  # the quote first
    assert "informasi pembangunan" in reply.text  # then "Menurut Jaduliwan, …"
    assert ask(engine, "jaduliwan bilang apa soal AMH?", "amh").status == Status.NO_DATA


def test_a_saying_asked_about_a_topic_keeps_its_sentence_for_the_follow_up(engine):
    ask(engine, "Apa kata Darto soal evaluasi?", "ev")
    reply = ask(engine, "tujuannya apa?", "ev")
    assert reply.status == Status.ANSWERED and "pelayanan komunikasi publik" in reply.text


def test_katanya_apa_asks_what_the_person_in_the_conversation_said(engine):
    ask(engine, "jaduliwan", "kt")
    reply = ask(engine, "katanya apa", "kt")
    assert reply.status == Status.ANSWERED and "Semua kesuksesan" in reply.text
    heard = ask(engine, "katanya AMH 2023 di Bali ya?", "kt2")  # hearsay, checked
    assert heard.text.startswith("Tidak")


@pytest.mark.parametrize(("query", "present"), [
    ("amh 2023 bandung", "Terbaik III"), ("dki jakarta top gpr", "peringkat 1"),
    ("media audiovisual amh bandung", "nominasi")])
def test_a_keyword_query_of_an_organisation_and_an_award_lists_its_results(
        engine, query, present):
    reply = ask(engine, query)
    assert reply.status == Status.ANSWERED and present in reply.text


def test_a_keyword_query_sets_the_conversation_for_its_follow_ups(engine):
    ask(engine, "amh 2023 bandung", "kw")
    assert "Darto" in ask(engine, "yg nerima", "kw").text
    assert ask(engine, "bandung sama bengkulu sama2 juara 2 ya", "kw2").text.startswith("Tidak")


def test_ranks_listed_after_the_asking_word_are_one_ask(engine):
    reply = ask(engine, "siapa juara 1 dan 3 top gpr 2021")
    assert "DKI Jakarta" in reply.text and "Sumatera Selatan" in reply.text
    assert "Bengkulu" not in reply.text


def test_two_things_asked_of_one_subject_get_an_answer_each(engine):
    reply = ask(engine, "tema dan penyelenggara amh 2023")
    assert "Humas Bersinergi" in reply.text and "Kementerian Kominfo" in reply.text
    both = ask(engine, "tanggal dan lokasi Malam Anugerah Humas 2023?", "tl")
    assert both.text.count("Westin") == 1  # the date's answer holds the place: said once
    # the question words after the last thing asked are its own: the first is asked plainly
    reply = ask(engine, "tema dan edisi ke brp AMH 2023?", "te")
    assert "Humas Bersinergi" in reply.text and "ke-16" in reply.text


@pytest.mark.parametrize(("question", "present"), [
    ("pj wali kota bandung perannya apa menurut darto", "arahan"),
    ("menurut jaduliwan diskominfotik ngapain aja", "informasi pembangunan")])
def test_what_a_teller_says_of_an_organisation_is_no_list_of_its_results(
        engine, question, present):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert present in reply.text and "tercatat meraih" not in reply.text


@pytest.mark.parametrize("question", ["siapa yang menyerahkan penghargaan top gpr 2021?",
                                      "top gpr 2021 penghargaannya diserahkan siapa",
                                      "penghargaan amh 2023 diserahkan oleh siapa ya"])
def test_who_handed_an_award_over_is_not_who_received_or_attended(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.NO_DATA
    assert "Jaduliwan" not in reply.text and "Darto" not in reply.text


def test_the_handover_as_an_occasion_does_not_ask_the_giver(engine):
    reply = ask(engine, "Siapa yang mewakili Pemerintah Kota Bandung saat penyerahan AMH 2023?")
    assert reply.status == Status.ANSWERED and "Darto" in reply.text


def test_a_head_no_one_on_record_is_asked_by_keywords_gets_no_other_head(engine):
    reply = ask(engine, "kepala media center pemprov bengkulu")
    assert reply.status != Status.ANSWERED and "Jaduliwan" not in reply.text
    assert "Jaduliwan" in ask(engine, "kepala dinas kominfotik bengkulu", "k2").text


def test_who_did_something_on_a_date_asks_who_not_when(engine):
    reply = ask(engine, "siapa yang menerima penghargaan di surabaya tanggal 30 oktober 2023")
    assert reply.status == Status.ANSWERED and "Darto" in reply.text


@pytest.mark.parametrize("question", ["gw mau tau kategori bandung juara 3 amh itu apa",
                                      "kelompok kategori pemkot bandung amh 2023"])
def test_an_organisation_after_kategori_is_no_category_name(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert "Kampanye Komunikasi Publik" in reply.text and "tidak tercatat" not in reply.text


def test_a_rank_named_as_context_does_not_keep_the_sentence_that_answers_away(engine):
    reply = ask(engine, "siapa yg menyampaikan syukur atas peringkat 2 top gpr")
    assert reply.status == Status.ANSWERED and "Rohidin" in reply.text
    assert ask(engine, "siapa juara 2 liga top gpr", "lg").status != Status.ANSWERED


@pytest.mark.parametrize(("question", "verdict"), [("jaduliwan gubernur bengkulu?", "Tidak"),
                                                   ("darto sekretaris dinas?", "Ya")])
def test_a_person_and_a_role_asked_alone_is_a_check(engine, question, verdict):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and reply.text.startswith(verdict)


@pytest.mark.parametrize("question", ["opd tu apaan", "OPD itu singkatan dari apa?",
                                      "apa itu OPD?"])
def test_an_acronym_the_sources_only_use_is_not_defined_by_a_sentence_using_it(
        engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.NO_DATA and "tidak menjelaskan" in reply.text


def test_a_nickname_is_explained_by_the_note_that_uses_it(engine):
    ask(engine, "kenapa disebut kado?", "br")
    reply = ask(engine, "Bumi Rafflesia maksudnya apa?", "br")
    assert reply.status == Status.ANSWERED and "Bengkulu" in reply.text


def test_a_reason_for_success_is_no_reason_for_falling_short(engine):
    short = ask(engine, "kenapa bandung cuma terbaik III bukan terbaik I")
    assert short.status == Status.NO_DATA
    success = ask(engine, "kenapa bandung bisa dapat terbaik III?", "ok")
    assert success.status == Status.ANSWERED and "kolaborasi" in success.text


@pytest.mark.parametrize(("question", "present"), [
    ("sopo sing nganakke anugerah media humas 2023?", "Kementerian Kominfo"),
    ("nominasi bandung di AMH 2023 teh di kategori naon wae?", "Media Audiovisual"),
    ("acara anugerah humas 2023 di kota mana euy", "Surabaya"),
    ("jaduliwan itu gubernur bengkulu yo?", "Tidak")])
def test_regional_words_are_understood(engine, question, present):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and present in reply.text


@pytest.mark.parametrize("text", ["matur nuwun yo mas", "makasih nian yo"])
def test_regional_thanks_are_thanks(engine, text):
    assert ask(engine, text).status == Status.CHITCHAT


def test_the_one_addressed_at_the_end_is_not_part_of_the_ask(engine):
    claims = ask(engine, "Katanya Sumsel juara 2 dan Bengkulu juara 3 di TOP GPR 2021 ya mas?")
    assert claims.text.startswith("Tidak") and "Bengkulu" in claims.text
    assert ask(engine, "AMH 2023 di Surabaya ya pak?", "p").text.startswith("Ya")


@pytest.mark.parametrize("question", ["Pemkot Bandung di AMH 2023 itu terbaik ke berapa ya?",
                                      "posisi pemprov bengkulu di TOP GPR Award 2021 apa ya kak"])
def test_an_open_question_ending_in_ya_gets_no_verdict(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert not reply.text.startswith(("Ya", "Tidak"))


def test_what_the_asker_heard_frames_the_question_without_blocking_it(engine):
    reply = ask(engine, "Saya dengar Pemprov Bengkulu dapat penghargaan TOP GPR Award 2021, "
                        "peringkatnya berapa ya?")
    assert reply.status == Status.ANSWERED
    assert "peringkat 2" in reply.text


@pytest.mark.parametrize("question", ["total kategori amh 2023 ada brp",
                                      "kategori di AMH 2023 ada berapa?"])
def test_how_many_categories_an_edition_has_is_not_on_record(engine, question):
    """The sources name some categories, never how many there are: no count, but the ones
    named."""
    reply = ask(engine, question)
    assert reply.status == Status.NO_DATA
    assert "jumlah kategori" in reply.text and "Media Audiovisual" in reply.text


@pytest.mark.parametrize("question", ["totalnya bandung kebagian di brp kategori amh 2023",
                                      "how many categories bandung got in amh 2023"])
def test_in_how_many_categories_an_organisation_is_on_record(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert "tiga kategori" in reply.text


@pytest.mark.parametrize("question", ["tgl ke2 acara itu brp aja, top gpr 2021 sm amh 2023",
                                      "tanggal kedua acara itu berapa saja?"])
def test_both_events_dates_are_asked_with_kedua_and_berapa_saja(engine, question):
    """"kedua acara" is both events, not the second; "berapa saja" after "tanggal" asks
    the dates, not how many."""
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert "11 November 2021" in reply.text and "30 Oktober 2023" in reply.text


def test_a_list_of_things_asked_of_one_edition_gets_each(engine):
    reply = ask(engine, "Mohon dibantu data penyelenggara, tema, waktu dan tempat AMH 2023.")
    assert reply.status == Status.ANSWERED
    for fact in ("Kominfo", "Bersinergi untuk Kemajuan Negeri", "30 Oktober 2023", "Westin"):
        assert fact in reply.text
    # the subject between two things asked of it
    reply = ask(engine, "Mohon info sekaligus: tema AMH 2023 dan lokasi penyelenggaraannya.")
    assert "Bersinergi" in reply.text and "Westin" in reply.text
    # a quiz's "sebutkan" before the list; an answer another one holds is given once
    reply = ask(engine, "Sebutkan penyelenggara, tema, tempat, dan tanggal AMH 2023!")
    assert "Kominfo" in reply.text and "Bersinergi" in reply.text
    assert reply.text.count("Westin") == 1
    # the list's own words only: "bertepatan sama apa" is no list of things asked
    reply = ask(engine, "penyelenggara, tema, dan tempat top gpr 2021?")
    assert "tidak menyebut penyelenggara" in reply.text
    assert "tidak menyebut tema" in reply.text and "virtual" in reply.text


def test_a_yes_no_question_after_words_asking_leave_gets_its_verdict(engine):
    reply = ask(engine, "Mohon konfirmasi, apakah benar Pemprov Bengkulu meraih peringkat 2 "
                        "TOP GPR Award 2021?")
    assert reply.text.startswith("Ya — ")


@pytest.mark.parametrize("question", ["jelaskan alasan bengkulu menang top gpr",
                                      "jelaskan mengapa Pemprov Bengkulu berhasil meraih TOP "
                                      "GPR 2021"])
def test_why_an_organisation_won_is_not_what_the_award_is_for(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert "kerja sama" in reply.text
    assert "Penghargaan bagi instansi" not in reply.text


def test_a_slang_exclamation_is_no_unknown_word(engine):
    reply = ask(engine, "bjir bengkulu rank 2 doang?")
    assert reply.status == Status.ANSWERED
    assert reply.text.startswith("Ya — ")


@pytest.mark.parametrize("question", ["darto kuliahnya dmn", "darto tinggal dimana"])
def test_where_a_person_lives_or_studies_is_not_the_venue_of_their_event(engine, question):
    reply = ask(engine, question)
    assert reply.status != Status.ANSWERED
    assert "Westin" not in reply.text


@pytest.mark.parametrize(("question", "held"), [
    ("darto terima penghargaan dimana", "Westin"),
    ("jaduliwan kerja dimana", "Kominfotik"),
])
def test_where_a_person_received_the_award_or_works_is_answered(engine, question, held):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert held in reply.text


def test_a_greeting_with_who_is_writing_asks_no_time(engine):
    """"Selamat pagi, saya dari …": a greeting; "pagi" asks no time of day."""
    reply = ask(engine, "Selamat pagi, saya dari Diskominfo Provinsi.")
    assert reply.status == Status.CHITCHAT


@pytest.mark.parametrize(("question", "held"), [
    ("Untuk materi briefing Kadis besok pagi, tolong sebutkan tiga besar provinsi terbaik "
     "TOP GPR Award 2021 beserta urutannya.", "Sumatera Selatan"),
    ("Mohon kutipan lengkap Gubernur Rohidin soal penghargaan ini sebagai kado, untuk kami "
     "masukkan ke siaran pers.", "kado 53 tahun"),
    ("Bengkulu peringkat berapa di TOP GPR 2021, buat caption", "peringkat 2"),
])
def test_what_the_answer_is_for_is_no_part_of_the_question(engine, question, held):
    """"Untuk bahan rilis …", "…, buat caption": the use the asker has for the answer names
    nothing asked ("besok pagi" asks no time)."""
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert held in reply.text


def test_an_answer_another_part_holds_whole_is_given_once(engine):
    reply = ask(engine, "Untuk rilis hari ini: siapa penerima, di mana, dan kapan AMH 2023 "
                        "Pemkot Bandung?")
    assert reply.status == Status.ANSWERED
    assert "Darto" in reply.text and reply.text.count("Westin") == 1


def test_an_ordinal_typed_with_its_digit_is_a_rank(engine):
    reply = ask(engine, "yg ke3 top gpr 2021 siapa bjir")
    assert reply.status == Status.ANSWERED
    assert "Sumatera Selatan" in reply.text


def test_a_bare_number_after_yang_is_a_rank(engine):
    """"trs yg 1?" after a rank: the one ranked first; "siapa yg 1" in a new chat: rank 1
    of each edition (AMH 2023 names none)."""
    ask(engine, "bengkulu rank brp top gpr 21?", chat="r")
    assert "DKI Jakarta" in ask(engine, "trs yg 1?", chat="r").text
    reply = ask(engine, "siapa yg 1", chat="n")
    assert "DKI Jakarta" in reply.text and "Sumber tidak menyebut peringkat 1 AMH" in reply.text


def test_a_last_ask_after_a_comma_and_serta_is_an_ask_of_its_own(engine):
    reply = ask(engine, "kategori apa yang dimenangkan Bandung dan nominasi apa yang diraih, "
                        "serta venue acaranya?")
    assert reply.status == Status.ANSWERED
    assert "Kampanye Komunikasi Publik" in reply.text and "Westin" in reply.text


def test_whether_two_editions_share_a_year_is_checked_on_their_years(engine):
    reply = ask(engine, "Apakah TOP GPR yang diraih Bengkulu dan AMH yang diraih Bandung itu "
                        "tahunnya sama?")
    assert reply.text.startswith("Tidak — tahunnya berbeda")
    # each one's year asked: no verdict
    assert not ask(engine, "tahun brp masing2 penghargaannya? AMH sm top gpr").text.startswith(
        "Tidak")


@pytest.mark.parametrize("question", [
    "berapa tahun jarak TOP GPR 2021 ke AMH 2023",
    "Selisih berapa tahun antara TOP GPR Award yang diraih Bengkulu dan AMH yang diraih "
    "Bandung?"])
def test_the_years_between_two_editions_are_counted_from_their_years(engine, question):
    reply = ask(engine, question)
    assert reply.text.startswith("Berselang 2 tahun: TOP GPR 2021 dan AMH 2023.")
    assert "11 November 2021" in reply.text and "30 Oktober 2023" in reply.text


def test_a_question_ending_in_masing_masing_asks_each_edition(engine):
    ask(engine, "top gpr 2021 sm amh 2023 yg online yg mana", chat="m")
    ask(engine, "yg offline dmn?", chat="m")
    reply = ask(engine, "yg wakilin masing2?", chat="m")
    assert "Darto" in reply.text and "Jaduliwan" in reply.text


def test_a_draft_release_claim_is_checked(engine):
    reply = ask(engine, "Di draf rilis tertulis AMH ke-15 tahun 2023, itu sudah benar belum?")
    assert reply.text.startswith("Tidak — ") and "ke-16" in reply.text


def test_held_in_what_manner_is_the_format_not_the_organiser(engine):
    """"diselenggarakan secara apa?" asks how it was held (virtually), as "dengan cara apa"."""
    reply = ask(engine, "TOP GPR 2021 diselenggarakan secara apa?", chat="f")
    assert reply.status == Status.ANSWERED and "virtual" in reply.text
    assert "Westin" in ask(engine, "kalau AMH 2023?", chat="f").text


def test_a_note_about_one_organisation_never_answers_for_another(engine):
    reply = ask(engine, "kenapa DKI Jakarta bisa juara 1 TOP GPR 2021?")
    assert "Bengkulu" not in reply.text



def test_a_representative_of_several_wins_is_not_given_one_of_them(kb):
    """Which of several wins of his organisation a person received, the record does not
    say: with a second win on record, none is named."""
    import dataclasses

    from bot.answering import details
    from bot.answering.query import Query

    edition = "amh-2023"
    won = next(r for r in kb.results_by_edition[edition] if r.status == "winner")
    second = won.model_copy(update={"category": "Media Audiovisual", "rank": 2})
    grown = dataclasses.replace(kb, results_by_edition={
        **kb.results_by_edition, edition: (*kb.results_by_edition[edition], second)})
    one = details.person_info(kb, Query("person_info", {"person": "darto"}, frozenset()))
    two = details.person_info(grown, Query("person_info", {"person": "darto"}, frozenset()))
    assert "Terbaik III" in one.text and "Terbaik" not in two.text, two.text


@pytest.mark.parametrize(("question", "about"), [
    ("Rohidin ngomong apa tentang DKI Jakarta yang juara satu?", "Provinsi DKI Jakarta"),
    ("rohidin mersyah ngomong apa ke jakarta", "Provinsi DKI Jakarta"),
    ("apa kata Darto soal lokasi acara di Surabaya?", "Surabaya"),  # not where it was
    ("apa kata Darto soal nominasi di kategori majalah internal?", "kategori Penerbitan"),
])
def test_what_someone_said_about_something_none_of_his_words_name(engine, question, about):
    reply = ask(engine, question)
    assert reply.status == Status.NO_DATA and f"tentang {about}" in reply.text, reply.text


def test_what_someone_said_about_his_own_organisation_is_his_words(engine):
    reply = ask(engine, "apa kata darto soal pemkot bandung")
    assert reply.status == Status.ANSWERED and "Kita syukuri" in reply.text, reply.text


def test_which_ones_of_a_kind_no_source_names_are_not_answered_by_a_mention_of_all(engine):
    # "kolaborasi semua OPD Kota Bandung" names no OPD
    reply = ask(engine, "OPD Kota Bandung mana aja yang diajak kolaborasi?")
    assert reply.status == Status.NO_DATA, reply.text


@pytest.mark.parametrize("question", ["Rohidin Mersyah menjabat gubernur sampai kapan?",
                                      "Jaduliwan udah jadi Kadis Kominfotik dari kapan?",
                                      "gubernur bengkulu menjabat sejak kapan"])
def test_since_or_until_when_a_role_was_held_is_not_on_record(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.NO_DATA and "sampai kapan ia menjabat tidak disebut" \
        in reply.text and "Award Ceremony" not in reply.text, reply.text


@pytest.mark.parametrize(("question", "long"), [
    ("Pemprov itu kepanjangannya apa?", "Pemprov adalah singkatan dari Pemerintah Provinsi"),
    ("Pemkot itu singkatan apa?", "Pemkot adalah singkatan dari Pemerintah Kota"),
])
def test_an_abbreviation_the_articles_spell_out_is_answered_as_they_spell_it(engine, question,
                                                                              long):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and reply.text.startswith(long) and reply.sources, \
        reply.text


@pytest.mark.parametrize(("short", "before", "long"), [
    ("Pemprov", "berita Pemerintah Provinsi", "Pemerintah Provinsi"),
    ("Diskominfo", "Sekretaris Dinas Komunikasi dan Informatika",
     "Dinas Komunikasi dan Informatika"),
    ("AMH", "penghargaan Anugerah Media Humas", "Anugerah Media Humas"),
    ("OPD", "penghargaan Anugerah Media Humas", None),
])
def test_the_words_an_abbreviation_spells(short, before, long):
    from bot.checks import _spelled_by

    assert _spelled_by(short, before.split()) == long


@pytest.mark.parametrize("question", ["AMH itu apa sih?", "apa itu anugerah media humas"])
def test_an_award_no_source_defines_is_told_by_its_name_and_organiser(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and reply.text.startswith(
        "AMH adalah singkatan dari Anugerah Media Humas, penghargaan yang diselenggarakan oleh "
        "Kementerian Kominfo.") and "tidak memuat penjelasan" in reply.text, reply.text


def test_what_an_award_no_source_defines_assesses_is_still_not_on_record(engine):
    reply = ask(engine, "Apa saja kriteria penilaian AMH 2023?")
    assert reply.status == Status.NO_DATA, reply.text


def test_a_rank_claimed_for_an_organisation_off_the_record_says_who_holds_it(engine):
    reply = ask(engine, "bandung juara 3 top gpr 2021 ya?")
    assert reply.status == Status.NO_DATA and reply.text.endswith(
        "Peringkat 3 kelompok Provinsi — TOP GPR 2021: Provinsi Sumatera Selatan."), reply.text


def test_a_rank_claimed_at_an_edition_with_no_results_is_no_data(kb):
    """An edition on record with no results (a new fact file holding only its event) makes
    no error of a rank claimed there."""
    import dataclasses

    from bot.engine import Engine

    results = {k: v for k, v in kb.results_by_edition.items() if k != "top-gpr-2021"}
    bare = dataclasses.replace(kb, results_by_edition=results)
    reply = Engine(bare).ask("bandung juara 3 top gpr 2021 ya?", "bare")
    assert reply.status == Status.NO_DATA, reply.text


def test_someone_asked_of_at_another_ceremony_is_told_where_they_took_part(engine):
    # Jaduliwan did not receive AMH 2023; he attended TOP GPR 2021 for Bengkulu
    reply = ask(engine, "jaduliwan yang menerima penghargaan amh 2023 ya?")
    assert "Darto" in reply.text and "Jaduliwan mengikuti acara" in reply.text, reply.text
    assert "TOP GPR 2021" in reply.text


@pytest.mark.parametrize(("question", "start"), [
    ("apakah pemkot bisa dapat top gpr?", "Ya — TOP GPR Award diberikan kepada"),
    ("lembaga negara boleh ikut top gpr ga?", "Ya — TOP GPR Award diberikan kepada"),
    # "only for" a kind the award names with others: no
    ("top gpr tuh cuma utk pemprov aja kan?", "Tidak — TOP GPR Award diberikan kepada"),
])
def test_whether_an_award_is_for_a_kind_of_institution_gets_ya_or_tidak(engine, question,
                                                                         start):
    assert ask(engine, question).text.startswith(start)


@pytest.mark.parametrize("text", ["sekda bandung disebut ga sama darto",
                                  "apakah darto menyebut sekda bandung?"])
def test_whether_someone_spoke_of_a_role_is_no_check_of_his_own(engine, text):
    # whom Darto thanked, not whether Darto is the Sekda ("Tidak — Darto adalah …")
    reply = ask(engine, text)
    assert reply.status == Status.ANSWERED
    assert "Sekretaris Daerah Kota Bandung" in reply.text
    assert not reply.text.startswith(("Tidak", "Ya"))


def test_how_someone_took_the_award_is_what_he_said_of_it(engine):
    reply = ask(engine, "gub rohidin seneng ga dpt top gpr")
    assert reply.status == Status.ANSWERED and "syukur" in reply.text


@pytest.mark.parametrize("question", [
    "berita AMH bandung itu yg nulis ato rilis sapa",
    "Di berita AMH Bandung, di bawah judulnya tertulis kredit siapa?",
    "Di artikel Bandung, keterangan sumber yang tertulis di bawah judul itu dari siapa?",
    "berita AMH itu ditulis oleh siapa?",  # (not who organised it)
])
def test_the_credit_under_an_articles_title_is_quoted_as_written(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED
    assert "tertulis: Humas Pemkot Bandung" in reply.text and "HaloJabar" in reply.text


@pytest.mark.parametrize(("question", "said"), [
    # a journalist's name: no article gives one (the credit line names an office)
    ("wartawan yg nulis berita amh bandung siapa?", "Humas Pemkot Bandung"),
    # an article with no credit line ("wartawan" is also a note's keyword: no hint answers)
    ("wartawan yg nulis berita bengkulu sp", "TOP GPR 2021"),
    ("siapa penulis berita top gpr bengkulu?", "tidak mencantumkan penulis"),
])
def test_a_writer_no_article_names_is_not_on_record(engine, question, said):
    reply = ask(engine, question)
    assert reply.status == Status.NO_DATA and said in reply.text, reply.text
    assert "Jaduliwan" not in reply.text


def test_a_number_word_pointing_back_is_still_a_detail(engine):
    # "di dua kategori itu": the two nominations just named, whose outcome is not on record
    ask(engine, "Bandung masuk nominasi apa aja di AMH 2023?", "c")
    ask(engine, "nominasi itu artinya apa?", "c")
    reply = ask(engine, "di dua kategori itu akhirnya juara berapa?", "c")
    assert "Terbaik III" not in reply.text


@pytest.mark.parametrize("question", ["apa peran media bagi pemprov bengkulu?",
                                      "media2 itu perannya apa buat pemprov bengkulu"])
def test_the_role_something_played_is_no_list_of_awards(engine, question):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and "berperan aktif" in reply.text
    assert "tercatat meraih" not in reply.text


def test_a_time_of_day_asked_is_when_not_what_was_won(engine):
    reply = ask(engine, "ceremony top gpr yg bengkulu menang itu pagi, siang ato sore?")
    assert reply.status == Status.ANSWERED and "sore" in reply.text
    assert "tercatat meraih" not in reply.text
    # a greeting's "selamat sore" asks nothing of the time
    assert "Jakarta" in ask(engine, "Selamat sore, siapa juara 1 TOP GPR 2021?").text


def test_what_an_organisation_takes_an_award_as_is_no_list_of_its_awards(engine):
    reply = ask(engine, "Pemkot Bandung menganggap penghargaan ini sebagai apa?")
    assert "tercatat meraih" not in reply.text


def test_asking_for_information_politely_is_no_detail_asked(engine):
    reply = ask(engine, "Mohon informasinya, lembaga apa yang menyelenggarakan AMH 2023?")
    assert reply.status == Status.ANSWERED and "Kominfo" in reply.text


@pytest.mark.parametrize("question", ["sumbernya dari mana", "acara penyerahannya apa namanya?"])
def test_a_word_with_a_suffix_is_no_typo_that_stops_asking_each_edition(engine, question):
    # "sumbernya", "penyerahannya" are forms of known words, not guesses at a typo
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and "AMH 2023" in reply.text \
        and "TOP GPR 2021" in reply.text, reply.text


def test_the_venue_noun_inside_the_venue_name_asks_where(engine):
    reply = ask(engine, "nama ballroom AMH 2023 apa min")
    assert reply.status == Status.ANSWERED and reply.intent == "event_place"
    assert "Westin" in reply.text


def test_who_spoke_in_a_news_story_is_its_quoted_people(engine):
    reply = ask(engine, "siapa aja sih yg ngomong di berita bengkulu")
    assert reply.status == Status.ANSWERED
    assert "Rohidin" in reply.text and "Jaduliwan" in reply.text and "Darto" not in reply.text


def test_the_official_of_an_office_named_in_the_news(engine):
    reply = ask(engine, "pejabat diskominfo bandung yg disebut di berita siapa?")
    assert reply.status == Status.ANSWERED and "Darto" in reply.text
    assert "Jaduliwan" not in reply.text


def test_a_part_of_the_day_offered_as_a_choice_is_answered_without_the_clock(engine):
    reply = ask(engine, "Jam brp pengumuman TOP GPR 2021? pagi siang atau sore?")
    assert reply.status == Status.ANSWERED and "sore" in reply.text
    assert "Jam pastinya tidak disebut" in reply.text
    # the clock asked, or one part of the day claimed with a clock time: not on record
    assert ask(engine, "top gpr 2021 diumumin jam 3 sore?").status == Status.NO_DATA
    assert ask(engine, "pengumuman top gpr sore jam brp persisnya").status == Status.NO_DATA


def test_an_edition_number_alone_points_at_the_edition_of_that_number(engine):
    reply = ask(engine, "yg ke-16 diadakan dimana?", "n")
    assert reply.status == Status.ANSWERED and "Surabaya" in reply.text
    assert "30 Oktober" in ask(engine, "tanggal?", "n").text  # kept for a follow-up
    assert ask(engine, "yg ke-17 diadakan dimana?", "o").status != Status.ANSWERED


def test_whether_it_won_in_a_category_after_its_nominations_is_its_result_there(engine):
    ask(engine, "bandung dapet apa aja di AMH?", "w")
    ask(engine, "nominasi apa aja?", "w")
    reply = ask(engine, "menang gk yg audiovisual?", "w")
    assert reply.status == Status.ANSWERED and "nominasi" in reply.text
    assert "Media Audiovisual" in reply.text and "Majalah" not in reply.text


def test_no_winner_in_a_category_names_no_ranks_that_are_not_there(engine):
    reply = ask(engine, "siapa yang menang kategori media audiovisual AMH 2023?")
    assert reply.status == Status.NO_DATA and "tidak ada peringkat" not in reply.text
    assert "Bandung" not in reply.text


@pytest.mark.parametrize("question", [
    "Menurut Jaduliwan, apa yg terus dilakukan Pemprov Bengkulu lewat Diskominfotik?",
    "Apa yang dilakukan Diskominfotik Bengkulu menurut Jaduliwan?",
])
def test_what_a_teller_says_others_do_is_his_sentence_about_them(engine, question):
    # "yg terus dilakukan" is "kept doing", no second ask; "dilakukan" asks nothing of its own
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and "menyebarluaskan" in reply.text, reply.text
    # the one a question is only about told nothing: no sentence for what it does not say
    assert ask(engine, "Darto ke Surabaya naik apa?").status != Status.ANSWERED


@pytest.mark.parametrize(("question", "speaker", "said"), [
    ("gubernur rohidin bilang masih ada evaluasi yg harus dilakukan kan?", "Darto",
     "evaluasi"),
    ("Rohidin bilang prestasi AMH itu hasil kolaborasi semua OPD kota bandung ya?", "Darto",
     "OPD"),
    ("yg bilang kerjasama dgn media online kunci sukses itu gubernur kan?", "Jaduliwan",
     "media online"),
])
def test_words_claimed_of_the_wrong_person_are_corrected_with_who_said_them(
        engine, question, speaker, said):
    reply = ask(engine, question)
    assert reply.text.startswith("Tidak — ") and speaker in reply.text, reply.text
    assert said in reply.text


def test_words_claimed_of_the_one_who_said_them_are_not_denied(engine):
    reply = ask(engine, "darto bilang masih ada evaluasi yg harus dilakukan kan?")
    assert reply.status == Status.ANSWERED and "evaluasi" in reply.text
    assert not reply.text.startswith("Tidak")


def test_which_city_won_is_who_won_not_where_it_was_held(engine):
    reply = ask(engine, "kota mana yg menang AMH 2023?")
    assert reply.intent == "who_won" and "Bandung" in reply.text and "Westin" not in reply.text


def test_the_winners_besides_one_named_after_selain(engine):
    reply = ask(engine, "kota mana lagi selain bandung yg menang AMH 2023?")
    assert reply.status == Status.NO_DATA and "selain Pemerintah Kota Bandung" in reply.text
    reply = ask(engine, "selain bengkulu, provinsi mana saja yang disebut menang di top gpr 2021?")
    assert reply.status == Status.ANSWERED and "DKI Jakarta" in reply.text
    assert "Sumatera Selatan" in reply.text and "peringkat 2" not in reply.text


def test_every_name_listed_after_selain_is_left_out_of_the_ask(engine):
    reply = ask(engine, "selain pj wali kota dan sekda, siapa lagi yang diberi ucapan terima "
                        "kasih oleh darto?")
    assert reply.status == Status.ANSWERED and "OPD" in reply.text, reply.text


def test_one_losing_to_another_is_a_comparison_of_their_ranks(engine):
    reply = ask(engine, "bengkulu kalah samo jakarta yo?")
    assert reply.text.startswith("Ya — ") and "DKI Jakarta" in reply.text
    assert ask(engine, "bengkulu kalah dari sumsel?").text.startswith("Tidak — ")
    # why it is so is not on record
    assert ask(engine, "kenapa bengkulu kalah dari jakarta di top gpr?").status \
        != Status.ANSWERED


def test_quotes_of_an_organisation_are_those_of_who_speaks_for_it(engine):
    reply = ask(engine, "kutipan rohidin", "q")
    reply = ask(engine, "kalau quote dari pihak bandung?", "q")
    assert reply.status == Status.ANSWERED and "Darto" in reply.text
    assert "Rohidin" not in reply.text
    # "itu" after someone's words points at them
    reply = ask(engine, "itu diucapkan kapan?", "q")
    assert "seusai acara Malam Anugerah Humas 2023" in reply.text, reply.text


def test_by_the_way_says_nothing_was_said(engine):
    ask(engine, "pak Jaduliwan ngomong apa aja soal keberhasilan Bengkulu", "b")
    reply = ask(engine, "Ngomong ngomong penghargaan yang tadi itu sebenernya dikasih ke siapa "
                        "aja, cuma provinsi?", "b")
    assert "Kabupaten" in reply.text and "Jaduliwan:" not in reply.text, reply.text


@pytest.mark.parametrize("message", ["Terima kasih ya nak, sudah sabar sama ibu",
                                     "ok, terima kasih, very helpful",
                                     "makasih, cukup buat slidenya"])
def test_thanks_going_on_in_words_of_its_own_is_thanks(engine, message):
    reply = ask(engine, message)
    assert reply.status == Status.CHITCHAT and reply.intent == "thanks"
    # "kasih" alone gives, it does not thank
    assert ask(engine, "kasih tips wawancara kerja dong").status != Status.CHITCHAT


@pytest.mark.parametrize("message", ["makasih, resep soto dong",
                                     "ya udeh, resep soto betawi dong",
                                     "tolong terjemahin 'thank you' ke boso jowo"])
def test_a_request_after_or_about_thanks_is_no_thanks(engine, message):
    reply = ask(engine, message)
    assert reply.status == Status.NOT_UNDERSTOOD and "Sama-sama" not in reply.text, reply.text


def test_the_name_of_the_award_an_organisation_got_is_its_award(engine):
    reply = ask(engine, "Ibu mau tanya, penghargaan yang didapat Kota Bandung itu namanya apa ya?")
    assert reply.status == Status.ANSWERED and "AMH 2023" in reply.text


def test_the_award_of_an_organisation_names_the_edition_asked_of(engine):
    reply = ask(engine, "Eh bukan, maksud ibu yang penghargaan Bengkulu itu. Juara tiganya siapa?")
    assert reply.status == Status.ANSWERED and "Sumatera Selatan" in reply.text, reply.text


def test_the_full_post_is_no_full_name(engine):
    ask(engine, "yang mengikuti acara top gpr 2021 siapa?", "p")
    reply = ask(engine, "jabatannya lengkapnya apa?", "p")
    assert reply.status == Status.ANSWERED and "Kepala Dinas Kominfotik" in reply.text


def test_whom_someone_named_in_his_thanks_is_his_thanks(engine):
    reply = ask(engine, "siapa aja yg disebut darto dalam ucapan terima kasihnya?")
    assert reply.status == Status.ANSWERED and "Sekretaris Daerah" in reply.text
    assert "diterima langsung" not in reply.text


@pytest.mark.parametrize("question", ["rohidin nerima pialanya di mana?",
                                      "Gubernur Rohidin sendiri yg ikut ceremony virtualnya ya?"])
def test_one_not_on_record_as_attending_his_edition_is_told_who_did(engine, question):
    reply = ask(engine, question)
    assert "tidak menyebut Rohidin Mersyah ikut atau menerima" in reply.text, reply.text
    assert "Jaduliwan" in reply.text
    # "ikut" beside what he did is "too", not attending
    reply = ask(engine, "jurnalis ikut diapresiasi gubernur rohidin gak")
    assert "jurnalis" in reply.text and "ikut atau menerima" not in reply.text


@pytest.mark.parametrize("pointer", ["di 2 kategori itu", "di dua kategori itu"])
def test_the_rank_in_the_categories_just_listed_is_not_on_record(engine, pointer):
    chat = f"k{pointer}"
    ask(engine, "selain terbaik III, bandung dapet apa lg di AMH 2023?", chat)
    ask(engine, "kategori apa aja tuh?", chat)
    reply = ask(engine, f"akhirnya {pointer} menang juara brp?", chat)
    assert reply.status == Status.NO_DATA and "Terbaik III" not in reply.text, reply.text
    assert "masuk nominasi" in reply.text


def test_a_wrong_part_of_the_day_guessed_with_the_clock_is_corrected(engine):
    reply = ask(engine, "pengumuman top gpr 2021 jam brp? pagi?")
    assert reply.text.startswith("Tidak — ") and "sore hari" in reply.text, reply.text
    assert "Jam pastinya tidak disebut" in reply.text
    # the right part of the day with the clock asked: the clock is not on record
    assert ask(engine, "pengumuman top gpr sore jam brp persisnya").status == Status.NO_DATA


def test_who_said_what_was_just_answered_is_checked_against_the_record(engine):
    ask(engine, "kata kadis kominfotik bengkulu apa kunci suksesnya?", "s")
    ask(engine, "trs SDM pemprovnya ngapain?", "s")
    reply = ask(engine, "itu yg ngomong darto kan?", "s")
    assert reply.text.startswith("Tidak — ") and "Jaduliwan" in reply.text, reply.text
    reply = ask(engine, "itu yg ngomong jaduliwan kan?", "s")
    assert reply.text.startswith("Ya — ") and "Jaduliwan" in reply.text, reply.text


def test_a_city_attended_in_is_a_place_not_its_province(engine):
    reply = ask(engine, "jaduliwan hadir langsung di jakarta ya pas top gpr?")
    assert "virtual" in reply.text and "DKI Jakarta" not in reply.text, reply.text


def test_where_a_story_was_published_is_asked_of_its_outlet_not_the_event(engine):
    reply = ask(engine, "yg bengkulu dimuat di mana?")
    assert reply.intent == "source" and "tidak menyebut media yang memuatnya" in reply.text, \
        reply.text


@pytest.mark.parametrize("question", [
    "menurutmu Bandung sebenernya layak juara 1 ga?",
    "menurutmu humas mana yang lebih bagus, bandung atau bengkulu",
    "Menurut kamu humas Pemprov Bengkulu lebih bagus dari humas Pemkot Bandung?"])
def test_the_bot_s_own_judgement_is_not_on_record(engine, question):
    reply = ask(engine, question)  # not the ranks, as if they settled it
    assert reply.status == Status.NO_DATA and "tidak memberi pendapat" in reply.text, reply.text


def test_a_fact_asked_with_menurutmu_is_still_answered(engine):
    reply = ask(engine, "menurut kamu bandung juara berapa di amh 2023?")
    assert reply.status == Status.ANSWERED and "Terbaik III" in reply.text, reply.text


def test_a_rank_asked_that_is_not_on_record_is_said_so(engine):
    reply = ask(engine, "juara 3 dan 4 top gpr 2021 siapa?")
    assert "Sumatera Selatan" in reply.text and "Peringkat 4 tidak disebut" in reply.text
    # the rank an organisation is said to hold is the premise; the other is asked
    reply = ask(engine, "juara 4 TOP GPR 2021 itu siapa? Sumsel kan juara 3, yang dibawahnya")
    assert reply.status == Status.NO_DATA and "peringkat 4" in reply.text, reply.text


def test_who_handed_it_over_is_never_answered_with_who_received_it(engine):
    # asked of each edition, the giver asked stays the focus (no source names the giver)
    reply = ask(engine, "trofinya diserahkan oleh siapa?")
    assert reply.status != Status.ANSWERED and "Darto" not in reply.text, reply.text


def test_the_abbreviation_asked_is_the_one_spelled_out(engine):
    # the name right after "kepanjangan" is asked; the award beside it is where it was said
    reply = ask(engine, "apa kepanjangan Diskominfo dalam berita AMH?")
    assert "Dinas Komunikasi dan Informatika" in reply.text, reply.text
    # an abbreviation no article spells out: not the province's "Pemprov" instead
    reply = ask(engine, "apa kepanjangan Kominfotik di Provinsi Bengkulu?")
    assert reply.status == Status.NO_DATA and "Kominfotik" in reply.text, reply.text


def test_why_something_did_not_happen_is_not_answered_with_a_success(engine):
    # true as asked (Bengkulu was second), so no "Tidak —"; and the reason for its success
    # is no reason for a rank it did not get
    reply = ask(engine, "kenapa Bengkulu gak dapet peringkat 1?")
    assert reply.status == Status.NO_DATA, reply.text
    assert "Tidak —" not in reply.text and "Jaduliwan" not in reply.text


@pytest.mark.parametrize("question", [
    "Sumsel peringkat 3 TOP GPR nilainya berapa?",
    "Jakarta juara TOP GPR dapat nilai berapa?",
])
def test_a_score_asked_is_not_answered_with_the_rank(engine, question):
    reply = ask(engine, question)
    assert reply.status != Status.ANSWERED, reply.text


def test_why_the_event_was_held_so_is_not_answered_with_a_note_on_a_success(engine):
    reply = ask(engine, "kenapa AMH 2023 digelar di Surabaya?")
    assert reply.status != Status.ANSWERED and "Darto" not in reply.text, reply.text



@pytest.mark.parametrize("question", [
    "katanya bandung dapet hadiah 100 juta dari AMH 2023, bener?",
    "bandung borong semua penghargaan AMH 2023, benar?",
])
def test_a_claim_with_words_no_source_knows_is_not_checked_by_its_known_part(engine, question):
    # the words no list knows are the claim asked about, not a story around the check:
    # not the ceremony's place and date for the award named in it
    reply = ask(engine, question)
    assert reply.status != Status.ANSWERED and "Westin" not in reply.text, reply.text


@pytest.mark.parametrize(("question", "holds"), [
    # an edition summed up: its event and every result on record
    ("rangkum berita top gpr 2021", ["11 November 2021", "virtual", "DKI Jakarta", "Bengkulu",
                                     "Sumatera Selatan"]),
    ("ceritain ttg AMH dong", ["Anugerah Media Humas", "ke-16", "Kominfo", "Westin",
                               "Terbaik III"]),
    # an organisation at it: its result, the others of its group, who attended, its note
    ("rangkum dong berita bengkulu di top gpr 2021, singkat aja",
     ["peringkat 2", "DKI Jakarta (peringkat 1)", "Sumatera Selatan (peringkat 3)",
      "Jaduliwan", "HUT Provinsi Bengkulu"]),
    # a summary asked in other words, with what it is for
    ("min rangkumin dong berita pemkot bandung dapet AMH 2023, buat newsletter kantor minggu "
     "ini", ["Surabaya", "Terbaik III"]),
    ("kak aku disuruh ringkas berita top gpr bengkulu, poin2 pentingnya apa aja?",
     ["peringkat 2", "Jaduliwan"]),
    # with nothing named: each edition on record
    ("rangkum 2 berita penghargaan humas yg kamu tau", ["AMH 2023", "TOP GPR 2021"]),
])
def test_a_summary_asked_tells_what_the_sources_say_of_it(engine, question, holds):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and reply.intent == "overview", reply.text
    assert all(h in reply.text for h in holds), reply.text


def test_a_summary_of_an_organisation_not_at_the_edition_is_no_data(engine):
    reply = ask(engine, "ada info AMH 2023 buat pemprov bengkulu ga?")
    assert reply.status == Status.NO_DATA and "Westin" not in reply.text, reply.text


def test_briefly_asked_is_how_to_answer_not_a_summary(engine):
    reply = ask(engine, "kapan AMH 2023? singkat aja")
    assert reply.intent == "event_date" and "Terbaik" not in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "knp gubernur bilang penghargaan ini kado?",
    "maksud gubernur bilang kado itu apa?",
])
def test_why_someone_said_a_word_is_the_note_of_what_it_stood_for(engine, question):
    reply = ask(engine, question)
    assert "HUT Provinsi Bengkulu yang ke-53" in reply.text, reply.text
    assert "Saya ucapkan selamat" not in reply.text  # (not the quote again)


def test_why_as_someone_said_it_is_still_their_words(engine):
    reply = ask(engine, "jaduliwan bilang kesuksesan bengkulu karena apa?")
    assert "media cetak" in reply.text and "HUT" not in reply.text, reply.text


def test_an_award_named_with_an_edition_number_is_explained_with_that_edition(engine):
    reply = ask(engine, "maksudnya 'AMH ke-16' itu apa?")
    assert "Anugerah Media Humas" in reply.text and "AMH ke-16 adalah penyelenggaraan tahun " \
        "2023" in reply.text, reply.text
    reply = ask(engine, "AMH ke-15 itu apa?")  # an edition number not on record
    assert reply.status == Status.NO_DATA and "ke-15" in reply.text, reply.text


@pytest.mark.parametrize("question, wanted, unwanted", [
    # "apa" between two names of one sort offers one or the other, as "atau" does
    ("yg virtual meeting itu AMH apa TOP GPR sih", "Award Ceremony TOP GPR", "Westin"),
    ("mano yang lebih dulu, TOP GPR Bengkulu apo AMH Bandung?",
     "Pemerintah Provinsi Bengkulu (TOP GPR 2021) lebih dulu", "Kota Bandung (TOP GPR"),
    ("yang peringkat 2 TOP GPR 2021, Bandung apa Bengkulu?",
     "Pemerintah Provinsi Bengkulu meraih Provinsi terbaik peringkat 2", "Sumber tidak"),
    # … and between two kinds of government
    ("bengkulu menang top gpr sbg provinsi apa kota", "kelompok Provinsi", "tempat"),
])
def test_one_of_two_names_offered_is_chosen(engine, question, wanted, unwanted):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and wanted in reply.text, reply.text
    assert unwanted not in reply.text, reply.text


def test_what_of_each_of_two_names_is_no_choice(engine):
    # "Bandung apa, Bengkulu apa?" asks what of each, not which of them
    meaning = engine.interpret("nama dinas kominfo di 2 daerah itu beda? Bandung apa, "
                               "Bengkulu apa?")
    assert "atau" not in meaning.linked.tokens, meaning.linked.tokens


@pytest.mark.parametrize("question, wanted", [
    ("bikinin caption ig ucapan selamat buat pemprov bengkulu atas top gpr award 2021 dong",
     "Provinsi terbaik peringkat 2"),
    ("tlg tuliskan sambutan singkat pak wali utk syukuran penghargaan AMH 2023 pemkot bandung",
     "Kampanye Komunikasi Publik"),
    ("caption IG singkat dong utk nominasi majalah internal & audiovisual bandung di AMH",
     "Media Audiovisual"),
])
def test_a_text_asked_to_be_written_gets_the_facts_for_it_not_a_text(engine, question, wanted):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED and reply.text.startswith(
        "Saya tidak menyusun teks sendiri") and wanted in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "bikinin caption ig buat ultah temen dong",  # nothing on record named
    "bikinin pantun pembuka buat syukuran AMH pemkot bandung dong",  # no office text
    "kalimat penutup gubernur rohidin apa",  # a question about a text on record
    "banner bengkulu: nama penghargaan panjangnya 'Top Government Public Relations' bener?",
])
def test_other_asks_naming_a_text_are_no_writing_request(engine, question):
    assert not ask(engine, question).text.startswith("Saya tidak menyusun teks sendiri")


def test_an_award_put_right_within_the_message_is_the_only_one_answered(engine):
    reply = ask(engine, "top gpr 2021 eh amh 2023 digelar di mana?")
    assert "Surabaya" in reply.text and "TOP GPR" not in reply.text, reply.text
    # an "eh" that puts nothing right changes nothing
    reply = ask(engine, "bandung eh juara berapa di AMH 2023?")
    assert "Terbaik III" in reply.text, reply.text


def test_a_fact_asked_beside_an_opinion_is_answered_and_the_opinion_declined(engine):
    reply = ask(engine, "tema AMH 2023 apa sih? bagus gak menurutmu?")
    assert "Humas Bersinergi" in reply.text and "tidak memberi pendapat" in reply.text, \
        reply.text


def test_a_place_claimed_beside_the_organiser_is_checked(engine):
    reply = ask(engine, "AMH 2023 diadakan di Jakarta oleh Kominfo kan?")
    assert reply.text.startswith("Tidak —") and "Surabaya" in reply.text, reply.text
    reply = ask(engine, "AMH 2023 diadakan di Surabaya oleh Kominfo kan?")
    assert reply.text.startswith("Ya —") and "Surabaya" in reply.text, reply.text
    # beside a rank, too
    reply = ask(engine, "Bandung juara 3 AMH 2023 di Bali kan?")
    assert reply.text.startswith("Tidak —") and "Surabaya" in reply.text, reply.text


def test_a_date_asked_of_someone_named_with_his_post_is_not_the_post_asked(engine):
    # (the post after the comma names him; his birth date is on no record)
    reply = ask(engine, "Tanggal lahir Bapak Darto, Sekretaris Diskominfo Kota Bandung?")
    assert reply.status != Status.ANSWERED, reply.text


def test_help_asked_formally_is_help(engine):
    reply = ask(engine, "Selamat siang, Anda bisa membantu menjawab pertanyaan tentang apa saja?")
    assert reply.status == Status.CHITCHAT and reply.intent == "help", reply.text


def test_three_organisations_compared_by_rank_name_the_highest(engine):
    reply = ask(engine, "siapa yg paling tinggi peringkatnya di antara Bengkulu, Sumsel, sama DKI?")
    assert reply.text.startswith("Peringkat Provinsi DKI Jakarta paling tinggi."), reply.text
    assert "Sumatera Selatan" in reply.text and "Bengkulu" in reply.text, reply.text


def test_whom_an_organisation_beat_are_those_ranked_below_it(engine):
    # "ngalahin" (beat) is read "di atas": above whom, not who is above it
    reply = ask(engine, "bengkulu ngalahin siapa aja")
    assert "Sumatera Selatan" in reply.text and "DKI" not in reply.text, reply.text
    reply = ask(engine, "bengkulu di bawah siapa?")
    assert "DKI Jakarta" in reply.text and "Sumatera Selatan" not in reply.text, reply.text


def test_two_ranks_compared_by_their_gap_or_sameness(engine):
    reply = ask(engine, "selisih berapa peringkat bengkulu sama DKI?")
    assert reply.text.startswith("Selisih 1 peringkat"), reply.text
    reply = ask(engine, "peringkat bengkulu sama dki sama gak?")
    assert reply.text.startswith("Berbeda —") and "Ya —" not in reply.text, reply.text


def test_an_abbreviation_spelled_wrong_is_checked_against_the_one_on_record(engine):
    reply = ask(engine, "AMH itu kepanjangannya Anugerah Media Hukum ya?")
    assert reply.text.startswith("Tidak — AMH adalah singkatan dari Anugerah Media Humas"), \
        reply.text
    reply = ask(engine, "wkwkwk bot, AMH itu singkatan 'Awas Mantan Hadir' ya? 🤣")
    assert reply.text.startswith("Tidak — AMH adalah singkatan"), reply.text
    # "singkat" (briefly) after words no name holds asks no spelling
    reply = ask(engine, "sejarah bandung lautan api singkat dong")
    assert reply.status != Status.ANSWERED, reply.text


def test_a_person_s_age_is_not_the_province_s_anniversary(engine):
    ask(engine, "siapa yg terima penghargaan AMH buat bandung?", chat="age")
    reply = ask(engine, "umurnya?", chat="age")
    assert reply.status == Status.NO_DATA and "usia Darto" in reply.text, reply.text
    reply = ask(engine, "Berapa umur Provinsi Bengkulu waktu dapat TOP GPR 2021?")
    assert "ke-53" in reply.text, reply.text


def test_an_organisation_s_results_ordered_from_the_highest_are_listed(engine):
    reply = ask(engine, "urutkan prestasi Bandung dari yang paling tinggi")
    assert "Terbaik III" in reply.text and "nominasi" in reply.text, reply.text
    assert not reply.text.startswith("Tidak"), reply.text


def test_a_whole_list_asked_where_only_part_is_on_record_is_not_on_record(engine):
    reply = ask(engine, "sebutin semua pemenang AMH 2023 kategori pemda kab/kota")
    assert reply.status == Status.NO_DATA and "daftar lengkap" in reply.text, reply.text
    assert "Pemerintah Kota Bandung" in reply.text, reply.text  # what is on record, said
    reply = ask(engine, "urutkan juara 1 sampai 3 Kampanye Komunikasi Publik Kab/Kota AMH 2023")
    assert reply.status == Status.NO_DATA, reply.text
    reply = ask(engine, "sebutin semua nominasi AMH 2023 kategori media audiovisual")
    assert reply.status == Status.NO_DATA and "nominasi lainnya" in reply.text, reply.text
    # a list on record whole is answered, and a plain ask is answered with what is on record
    reply = ask(engine, "sebutin semua pemenang TOP GPR 2021")
    assert reply.status == Status.ANSWERED and "Sumatera Selatan" in reply.text, reply.text
    reply = ask(engine, "siapa pemenang AMH 2023?")
    assert reply.status == Status.ANSWERED and "Bandung" in reply.text, reply.text


def test_ranks_counted_from_one_to_another_after_a_rank_word(engine):
    reply = ask(engine, "urutkan peringkat provinsi TOP GPR 2021 dari 1 sampai 3")
    assert all(name in reply.text for name in ("DKI Jakarta", "Bengkulu", "Sumatera Selatan")), \
        reply.text


def test_a_total_asked_is_a_count(engine):
    for text in ("Kalau total instansi penerima AMH 2023?", "total peserta TOP GPR 2021?"):
        reply = ask(engine, text)
        assert reply.status == Status.NO_DATA and "jumlah" in reply.text, reply.text


def test_the_category_of_a_competition_is_no_category_named(engine):
    reply = ask(engine, "Kategori lomba apa yang dimenangkan Pemkot Bandung di AMH 2023?")
    assert "Kampanye Komunikasi Publik" in reply.text, reply.text


def test_the_source_asked_after_a_description_of_the_news(engine):
    reply = ask(engine, "berita bandung dapet AMH 2023 sumbernya mana?")
    assert "HaloJabar" in reply.text, reply.text


def test_what_the_answer_will_be_used_in_is_no_part_of_the_question(engine):
    reply = ask(engine, "Mohon info tema AMH 2023, mau saya pakai di materi pelatihan.")
    assert "Humas Bersinergi" in reply.text, reply.text


def test_how_far_an_organisation_went_is_its_rank_not_a_sentence_with_menyampaikan(engine):
    reply = ask(engine, "bengkulu sampai mana?")
    assert "peringkat 2" in reply.text and "menyampaikan" not in reply.text, reply.text
    reply = ask(engine, "Bandung sampai mana di AMH 2023?")
    assert "Terbaik III" in reply.text, reply.text



@pytest.mark.parametrize(("question", "present", "absent"), [
    # an award's definition says whom it is given to
    ("Apa definisi TOP GPR Award 2021 menurut artikel?", ("citra", "Kementerian"), ()),
    # what an award is for is its definition, not only whom it is for
    ("TOP GPR Award itu tujuannya supaya instansi bisa apa?", ("citra dan reputasi",), ()),
    # an edition named by where it was held
    ("penghargaan humas yg di surabaya itu udah yg ke berapa kalinya?", ("ke-16",), ()),
    # an award named by its organiser, and the one asked of is who won it
    ("ajang kominfo yg bandung menang itu nama lengkapnya apa sih?",
     ("Anugerah Media Humas", "Terbaik III"), ()),
    # the first word of a category names it
    ("bandung jg masuk nominasi AMH 2023 kategori media apa?", ("Media Audiovisual",),
     ("tidak tercatat",)),
    # "selain penghargaan kategori …": the other results
    ("Selain penghargaan kategori kampanye, Bandung dapat apa lagi di AMH 2023?",
     ("Media Audiovisual",), ("Terbaik III",)),
    # the verb of a time clause is not what is asked
    ("kutipan gubernur bengkulu waktu dapet TOP GPR apa?", ("Bumi Rafflesia",),
     ("DKI Jakarta",)),
])
def test_a_thing_named_by_what_it_is_known_for_is_asked_of(engine, question, present, absent):
    reply = ask(engine, question)
    assert reply.status == Status.ANSWERED, reply.text
    assert all(p in reply.text for p in present), reply.text
    assert not any(a in reply.text for a in absent), reply.text

def test_of_two_years_offered_the_one_on_record(engine):
    reply = ask(engine, "bandung menang AMH itu thn 2022 atau 2023 sih")
    assert reply.status == Status.ANSWERED and "Terbaik III" in reply.text, reply.text
    reply = ask(engine, "juara 1 top gpr 2020 atau 2021 siapa?")
    assert "DKI Jakarta" in reply.text, reply.text
    reply = ask(engine, "AMH 2022 atau 2024 juaranya siapa?")  # neither on record
    assert reply.status == Status.NO_DATA, reply.text


def test_a_range_of_ranks_typed_with_a_dash_is_every_rank_in_it(engine):
    reply = ask(engine, "TOP GPR 2021 provinsi terbaik urutan 1-3 siapa aja?")
    assert all(n in reply.text for n in ("DKI Jakarta", "Bengkulu", "Sumatera Selatan"))
