"""Entity linking learnt from the knowledge base, typo tolerance scaled to name length."""

from __future__ import annotations

import pytest

from bot.understanding.entities import EntityIndex, allowed_edits
from bot.understanding.normalise import normalise


@pytest.fixture(scope="module")
def index(kb) -> EntityIndex:
    return EntityIndex(kb)


def link(index: EntityIndex, text: str):
    return index.link(normalise(text))


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("kota bandng", "organisation", "kota-bandung"),
        ("bandung", "organisation", "kota-bandung"),
        ("pemkot bandung", "organisation", "kota-bandung"),
        ("sumsel", "organisation", "pemprov-sumatera-selatan"),
        ("DKI", "organisation", "pemprov-dki-jakarta"),
        ("bengklu", "organisation", "pemprov-bengkulu"),
        ("TOP GRP", "award", "top-gpr"),
        ("top gpr award", "award", "top-gpr"),
        ("anugrah media humas", "award", "amh"),
        ("AMH", "award", "amh"),
        ("malam anugerah humas 2023", "edition", "amh-2023"),
        ("darto", "person", "darto"),
        ("kadis kominfotik", "role", "Kepala Dinas"),
        ("kategori kampanye komunikasi publik", "category", "Kampanye Komunikasi Publik"),
        ("media audiovisual", "category", "Media Audiovisual"),
        ("surabaya", "place", "Surabaya"),
        ("topgpr", "award", "top-gpr"),  # a name of two or three words typed as one
        ("mediacenter", "organisation", "media-center-pemprov-bengkulu"),
    ],
)
def test_names_from_the_knowledge_base_link_with_typos(index, text, kind, target):
    linked = link(index, text)
    assert target in linked.all(kind), (text, linked.mentions)


def test_misspelt_question_word_is_repaired(index):
    linked = link(index, "siapa yang jaura 3 top gpr 2021")
    assert "juara" in linked.tokens
    assert linked.first("rank") == 3


@pytest.mark.parametrize(
    ("text", "rank"),
    [("juara 1", 1), ("juara satu", 1), ("peringkat pertama", 1), ("juara kesatu", 1),
     ("juara ke-3", 3), ("peringkat II", 2), ("terbaik III", 3), ("nomor satu", 1),
     ("urutan ketiga", 3), ("juara ke 2", 2)],
)
def test_ranks_written_many_ways_become_numbers(index, text, rank):
    assert link(index, text).first("rank") == rank


def test_years_and_edition_numbers_are_told_apart(index):
    linked = link(index, "AMH ke-16 tahun 2023")
    assert linked.first("year") == 2023
    assert linked.first("number") == 16


def test_jawa_barat_does_not_become_jawa_timur(index):
    linked = link(index, "gubernur jawa barat")
    assert linked.all("place") == ["Jawa Barat"]  # a place of its own, no source's


def test_short_aliases_get_no_fuzziness(index):
    # "DKU" is one letter away from "DKI" but a three-letter name gets no tolerance
    assert allowed_edits(3) == 0
    assert link(index, "dku").first("organisation") is None


def test_a_different_kind_of_organisation_is_not_the_known_one(index):
    linked = link(index, "kabupaten bandung")
    assert linked.first("organisation") is None
    assert linked.unknown_organisation == "Kabupaten Bandung"


def test_words_outside_every_vocabulary_are_reported_unknown(index):
    assert link(index, "cuaca di bandung").unknown == ["cuaca"]
    assert link(index, "siapa juara liga 1 2021").unknown == ["liga"]


def test_excluded_rank_is_not_a_slot(index):
    assert link(index, "selain terbaik III apa lagi").first("rank") is None


def test_a_passive_form_of_a_known_word_is_not_read_as_a_typo(index):
    # "dibuat" (made) is di- + "buat", not "dimuat" (published) mistyped
    assert index.repair("dibuat") == "dibuat"
    # a passive of an informal form takes that form's lemma
    assert index.repair("dimenangin") == "menang"


def test_a_real_indonesian_word_is_never_repaired_into_another(index):
    # "berat" (heavy) is a word of its own, not "berkat" mistyped; "jaura" is a typo
    assert index.repair("berat") == "berat"
    assert index.repair("jaura") == "juara"


@pytest.mark.parametrize(("typed", "word"), [
    ("prngkat", "peringkat"), ("bnyk", "banyak"), ("acra", "acara"), ("gbrnur", "gubernur"),
    ("tmpt", "tempat"), ("jwra", "juara"),
    # words of the source articles too
    ("trmasuk", "termasuk"), ("optmalisasi", "optimalisasi"),
    # with a clitic; a name's last vowel left out too
    ("sumbrnya", "sumber"), ("srby", "surabaya"),
    # a short abbreviation, a word of its own and a dropped last letter stay as typed
    ("ktp", "ktp"), ("sang", "sang"), ("tah", "tah"),
])
def test_a_word_typed_without_its_vowels_is_the_one_known_word_it_shortens(index, typed, word):
    assert index.repair(typed) == word


@pytest.mark.parametrize(("typed", "words"), [
    ("siapajuara", "siapa juara"), ("bandungmasuk", "bandung masuk"),
    ("kabupatenterbaiksiapa", "kabupaten terbaik siapa"), ("brpkategori", "brp kategori"),
    ("humasbengkulu", "humas bengkulu"),  # an @mention
    # derived words ("dia sing kan", "peran tau" are no reading), a typo of one word, a
    # name and English words stay one word
    ("diasingkan", "diasingkan"), ("perantau", "perantau"), ("tahunan", "tahunan"),
    ("kerjasma", "kerjasama"), ("thomas", "thomas"),
    ("winning", "winning"), ("passing", "passing"), ("ucapkan", "ucap"),
])
def test_words_typed_together_are_read_apart_into_the_fewest_known_words(index, typed, words):
    assert index.repair(typed) == words


def test_a_last_letter_typed_twice_is_typed_once(index):
    # of a chat form of several words too ("pemkott"), and of a word of two letters ("kee")
    assert link(index, "pemkott bandungg kee siapaa").tokens == link(
        index, "pemkot bandung ke siapa").tokens


@pytest.mark.parametrize(("chat", "formal"), [
    ("dilakuin", "dilakukan"), ("diumuminnya", "diumumkan"), ("ngelakuin", "lakukan")])
def test_a_chat_verb_in_in_is_its_formal_form(index, chat, formal):
    assert link(index, chat).tokens == link(index, formal).tokens


@pytest.mark.parametrize("text", ["juara 1 2 3", "peringkat 1 sampai 3", "juara 1 dan 3",
                                  "juara 1 sama 3"])
def test_several_ranks_in_a_row_are_all_linked(index, text):
    linked = link(index, text)
    assert len(linked.all("rank")) >= 2
    assert "sampai" not in linked.free_words() and "dan" not in linked.free_words()


@pytest.mark.parametrize(("regional", "word"), [
    # Palembang, Bengkulu, Minang -o and Betawi -e where Indonesian ends in -a
    ("siapo", "siapa"), ("gubernurnyo", "gubernur"), ("siape", "siapa"), ("dimane", "dimana"),
    # Javanese -e/-ne for -nya (the word's lemma, as the standard form is read)
    ("jabatane", "jabat"), ("carane", "cara"),
    # a word of its own stays as typed; a form that is only a root word is no reading
    ("sore", "sore"), ("ame", "ame")])
def test_a_regional_spelling_is_the_known_word_it_stands_for(index, regional, word):
    assert index.repair(regional) == word


@pytest.mark.parametrize(("typed", "word"), [
    # a key next to the one meant, a vowel for a vowel, two letters swapped: slips
    ("kapam", "kapan"), ("jaura", "juara"), ("bengkylu", "bengkulu"),
    # a letter for one that sounds the same in a spelling of Indonesian or a loan word
    ("nomination", "nominasi"),
    # a regional form of a chat verb with a passive prefix: "dapek" is Minang "dapat",
    # "dikasi" is "dikasih" (diberi)
    ("didapek", "dapat"), ("dikasi", "beri"),
    # a letter for one far away on the keyboard is no slip: a name ("persib" is no
    # "persis", "harun" no "harus"), a word of its own ("kabag" is not "kabar")
    ("persib", "persib"), ("harun", "harun"), ("kabag", "kabag"), ("curup", "curup")])
def test_only_a_slip_of_the_fingers_is_repaired(index, typed, word):
    assert index.repair(typed) == word


def test_a_mistyped_chat_form_is_repaired_to_what_it_stands_for(index):
    # "nerima" is the chat form of "menerima"; "neriam" is that form mistyped
    assert index.repair("neriam") == "terima"


def test_a_derived_word_is_repaired_by_one_edit_at_most(index):
    # "perusahaan" (per-usaha-an) is a word; two edits would make it "persamaan"
    assert index.repair("perusahaan") != "kesamaan"
    # one edit still repairs a typo of a derived word
    assert index.repair("pengumunan") == "umum"


@pytest.mark.parametrize(("text", "offset"), [("juara tahun lalu", -1), ("amh tahun ini", 0),
                                              ("tahun depan kapan", 1)])
def test_a_year_named_from_today_is_that_year(index, text, offset):
    import datetime as dt

    assert link(index, text).first("year") == dt.date.today().year + offset


def test_a_place_no_source_names_is_matched_exactly_never_by_typo(index):
    # "senang" is one letter from "Serang": still no place
    assert link(index, "gubernur bengkulu senang nggak").all("place") == []
    assert link(index, "amh 2023 di bali").all("place") == ["Bali"]


@pytest.mark.parametrize(("typed", "known"), [("ajaa", "saja"), ("siapaa", "siapa"),
                                              ("acaranyaa", "acara"), ("dmnn", "dimana")])
def test_a_last_letter_typed_twice_is_one(index, typed, known):
    assert index.link(normalise(typed)).tokens == [known]


def test_a_mistyped_word_with_its_clitic_is_repaired(index):
    linked = index.link(normalise("kategrinya"))
    assert linked.tokens == ["kategori"] and not linked.unknown


@pytest.mark.parametrize(("typed", "name"), [("jadul iwan", "jaduliwan"),
                                             ("sura baya", "surabaya"),
                                             ("mer sya", "mersyah"),  # last letter unheard
                                             ("pem kot bandung", "pemerintah"),  # "pemkot"
                                             ("kominfo tik", "kominfotik")])
def test_a_name_split_in_two_is_one(index, typed, name):
    assert name in index.link(normalise(typed)).tokens


@pytest.mark.parametrize(("spoken", "abbreviation"), [
    ("top gipi ar", "gpr"), ("tob jipiar", "gpr"), ("top g p r", "gpr"),
    ("tob gepeer", "gpr"), ("am ha", "amh"), ("top ji pi ar", "gpr")])
def test_an_abbreviation_spoken_letter_by_letter_is_the_abbreviation(index, spoken, abbreviation):
    assert abbreviation in index.link(normalise(spoken)).tokens


@pytest.mark.parametrize("words", ["dikasi ke siapa", "hati hati di jalan", "jam berapa acaranya"])
def test_words_near_a_spoken_abbreviation_stay_words(index, words):
    # "dikasi" is one letter from "di ka i" (DKI), "hati" from "ha u ti" (HUT): words
    assert not {"dki", "gpr", "amh", "hut"} & set(index.link(normalise(words)).tokens)


def test_two_words_of_their_own_are_not_joined_into_a_name(index):
    assert index.link(normalise("top gpr")).tokens == ["top", "gpr"]
    # a word and a typo are no name split in two: "kota bandun" is not "kotabandung"
    assert index.link(normalise("wali kota bandun")).tokens[-2:] == ["kota", "bandung"]
