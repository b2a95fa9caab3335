"""Indonesia's provinces with their regencies (kabupaten) and cities (kota), for synthetic winners.

Real names, so that the near-duplicates real questions meet occur: Kota Bandung, Kabupaten
Bandung and Kabupaten Bandung Barat; Kota and Kabupaten Bogor, Malang, Kediri, Solok …
Each entry: (province, short names people use, cities, regencies).
"""

from __future__ import annotations

PROVINCES: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("Aceh", (), "Banda Aceh, Sabang, Langsa, Lhokseumawe, Subulussalam",
     "Aceh Besar, Aceh Barat, Aceh Barat Daya, Aceh Jaya, Aceh Selatan, Aceh Singkil, "
     "Aceh Tamiang, Aceh Tengah, Aceh Tenggara, Aceh Timur, Aceh Utara, Bener Meriah, Bireuen, "
     "Gayo Lues, Nagan Raya, Pidie, Pidie Jaya, Simeulue"),
    ("Sumatera Utara", ("Sumut",),
     "Medan, Binjai, Pematangsiantar, Tebing Tinggi, Tanjungbalai, Sibolga, Padangsidimpuan, "
     "Gunungsitoli",
     "Deli Serdang, Langkat, Karo, Simalungun, Asahan, Labuhanbatu, Labuhanbatu Utara, "
     "Labuhanbatu Selatan, Batu Bara, Serdang Bedagai, Dairi, Pakpak Bharat, "
     "Humbang Hasundutan, Samosir, Toba, Tapanuli Utara, Tapanuli Tengah, Tapanuli Selatan, "
     "Mandailing Natal, Padang Lawas, Padang Lawas Utara, Nias, Nias Selatan, Nias Utara, "
     "Nias Barat"),
    ("Sumatera Barat", ("Sumbar",),
     "Padang, Bukittinggi, Padang Panjang, Payakumbuh, Sawahlunto, Solok, Pariaman",
     "Agam, Dharmasraya, Kepulauan Mentawai, Lima Puluh Kota, Padang Pariaman, Pasaman, "
     "Pasaman Barat, Pesisir Selatan, Sijunjung, Solok, Solok Selatan, Tanah Datar"),
    ("Riau", (), "Pekanbaru, Dumai",
     "Bengkalis, Indragiri Hilir, Indragiri Hulu, Kampar, Kepulauan Meranti, Kuantan Singingi, "
     "Pelalawan, Rokan Hilir, Rokan Hulu, Siak"),
    ("Kepulauan Riau", ("Kepri",), "Batam, Tanjungpinang",
     "Bintan, Karimun, Kepulauan Anambas, Lingga, Natuna"),
    ("Jambi", (), "Jambi, Sungai Penuh",
     "Batanghari, Bungo, Kerinci, Merangin, Muaro Jambi, Sarolangun, Tanjung Jabung Barat, "
     "Tanjung Jabung Timur, Tebo"),
    ("Sumatera Selatan", ("Sumsel",), "Palembang, Prabumulih, Pagar Alam, Lubuklinggau",
     "Banyuasin, Empat Lawang, Lahat, Muara Enim, Musi Banyuasin, Musi Rawas, "
     "Musi Rawas Utara, Ogan Ilir, Ogan Komering Ilir, Ogan Komering Ulu, "
     "Ogan Komering Ulu Selatan, Ogan Komering Ulu Timur, Penukal Abab Lematang Ilir"),
    ("Kepulauan Bangka Belitung", ("Babel", "Bangka Belitung"), "Pangkalpinang",
     "Bangka, Bangka Barat, Bangka Selatan, Bangka Tengah, Belitung, Belitung Timur"),
    ("Bengkulu", (), "Bengkulu",
     "Bengkulu Selatan, Bengkulu Tengah, Bengkulu Utara, Kaur, Kepahiang, Lebong, Mukomuko, "
     "Rejang Lebong, Seluma"),
    ("Lampung", (), "Bandar Lampung, Metro",
     "Lampung Barat, Lampung Selatan, Lampung Tengah, Lampung Timur, Lampung Utara, Mesuji, "
     "Pesawaran, Pesisir Barat, Pringsewu, Tanggamus, Tulang Bawang, Tulang Bawang Barat, "
     "Way Kanan"),
    ("DKI Jakarta", ("DKI",),
     "Jakarta Pusat, Jakarta Utara, Jakarta Barat, Jakarta Selatan, Jakarta Timur",
     "Kepulauan Seribu"),
    ("Jawa Barat", ("Jabar",),
     "Bandung, Banjar, Bekasi, Bogor, Cimahi, Cirebon, Depok, Sukabumi, Tasikmalaya",
     "Bandung, Bandung Barat, Bekasi, Bogor, Ciamis, Cianjur, Cirebon, Garut, Indramayu, "
     "Karawang, Kuningan, Majalengka, Pangandaran, Purwakarta, Subang, Sukabumi, Sumedang, "
     "Tasikmalaya"),
    ("Banten", (), "Cilegon, Serang, Tangerang, Tangerang Selatan",
     "Lebak, Pandeglang, Serang, Tangerang"),
    ("Jawa Tengah", ("Jateng",),
     "Magelang, Pekalongan, Salatiga, Semarang, Surakarta, Tegal",
     "Banjarnegara, Banyumas, Batang, Blora, Boyolali, Brebes, Cilacap, Demak, Grobogan, "
     "Jepara, Karanganyar, Kebumen, Kendal, Klaten, Kudus, Magelang, Pati, Pekalongan, "
     "Pemalang, Purbalingga, Purworejo, Rembang, Semarang, Sragen, Sukoharjo, Tegal, "
     "Temanggung, Wonogiri, Wonosobo"),
    ("DI Yogyakarta", ("DIY", "Daerah Istimewa Yogyakarta"), "Yogyakarta",
     "Bantul, Gunungkidul, Kulon Progo, Sleman"),
    ("Jawa Timur", ("Jatim",),
     "Batu, Blitar, Kediri, Madiun, Malang, Mojokerto, Pasuruan, Probolinggo, Surabaya",
     "Bangkalan, Banyuwangi, Blitar, Bojonegoro, Bondowoso, Gresik, Jember, Jombang, Kediri, "
     "Lamongan, Lumajang, Madiun, Magetan, Malang, Mojokerto, Nganjuk, Ngawi, Pacitan, "
     "Pamekasan, Pasuruan, Ponorogo, Probolinggo, Sampang, Sidoarjo, Situbondo, Sumenep, "
     "Trenggalek, Tuban, Tulungagung"),
    ("Bali", (), "Denpasar",
     "Badung, Bangli, Buleleng, Gianyar, Jembrana, Karangasem, Klungkung, Tabanan"),
    ("Nusa Tenggara Barat", ("NTB",), "Mataram, Bima",
     "Bima, Dompu, Lombok Barat, Lombok Tengah, Lombok Timur, Lombok Utara, Sumbawa, "
     "Sumbawa Barat"),
    ("Nusa Tenggara Timur", ("NTT",), "Kupang",
     "Alor, Belu, Ende, Flores Timur, Kupang, Lembata, Malaka, Manggarai, Manggarai Barat, "
     "Manggarai Timur, Nagekeo, Ngada, Rote Ndao, Sabu Raijua, Sikka, Sumba Barat, "
     "Sumba Barat Daya, Sumba Tengah, Sumba Timur, Timor Tengah Selatan, Timor Tengah Utara"),
    ("Kalimantan Barat", ("Kalbar",), "Pontianak, Singkawang",
     "Bengkayang, Kapuas Hulu, Kayong Utara, Ketapang, Kubu Raya, Landak, Melawi, Mempawah, "
     "Sambas, Sanggau, Sekadau, Sintang"),
    ("Kalimantan Tengah", ("Kalteng",), "Palangka Raya",
     "Barito Selatan, Barito Timur, Barito Utara, Gunung Mas, Kapuas, Katingan, "
     "Kotawaringin Barat, Kotawaringin Timur, Lamandau, Murung Raya, Pulang Pisau, Seruyan, "
     "Sukamara"),
    ("Kalimantan Selatan", ("Kalsel",), "Banjarbaru, Banjarmasin",
     "Balangan, Banjar, Barito Kuala, Hulu Sungai Selatan, Hulu Sungai Tengah, "
     "Hulu Sungai Utara, Kotabaru, Tabalong, Tanah Bumbu, Tanah Laut, Tapin"),
    ("Kalimantan Timur", ("Kaltim",), "Balikpapan, Bontang, Samarinda",
     "Berau, Kutai Barat, Kutai Kartanegara, Kutai Timur, Mahakam Ulu, Paser, "
     "Penajam Paser Utara"),
    ("Kalimantan Utara", ("Kaltara",), "Tarakan", "Bulungan, Malinau, Nunukan, Tana Tidung"),
    ("Sulawesi Utara", ("Sulut",), "Bitung, Kotamobagu, Manado, Tomohon",
     "Bolaang Mongondow, Bolaang Mongondow Selatan, Bolaang Mongondow Timur, "
     "Bolaang Mongondow Utara, Kepulauan Sangihe, Kepulauan Siau Tagulandang Biaro, "
     "Kepulauan Talaud, Minahasa, Minahasa Selatan, Minahasa Tenggara, Minahasa Utara"),
    ("Gorontalo", (), "Gorontalo",
     "Boalemo, Bone Bolango, Gorontalo, Gorontalo Utara, Pohuwato"),
    ("Sulawesi Tengah", ("Sulteng",), "Palu",
     "Banggai, Banggai Kepulauan, Banggai Laut, Buol, Donggala, Morowali, Morowali Utara, "
     "Parigi Moutong, Poso, Sigi, Tojo Una-Una, Tolitoli"),
    ("Sulawesi Barat", ("Sulbar",), "",
     "Majene, Mamasa, Mamuju, Mamuju Tengah, Pasangkayu, Polewali Mandar"),
    ("Sulawesi Selatan", ("Sulsel",), "Makassar, Palopo, Parepare",
     "Bantaeng, Barru, Bone, Bulukumba, Enrekang, Gowa, Jeneponto, Kepulauan Selayar, Luwu, "
     "Luwu Timur, Luwu Utara, Maros, Pangkajene dan Kepulauan, Pinrang, "
     "Sidenreng Rappang, Sinjai, Soppeng, Takalar, Tana Toraja, Toraja Utara, Wajo"),
    ("Sulawesi Tenggara", ("Sultra",), "Baubau, Kendari",
     "Bombana, Buton, Buton Selatan, Buton Tengah, Buton Utara, Kolaka, Kolaka Timur, "
     "Kolaka Utara, Konawe, Konawe Kepulauan, Konawe Selatan, Konawe Utara, Muna, Muna Barat, "
     "Wakatobi"),
    ("Maluku", (), "Ambon, Tual",
     "Buru, Buru Selatan, Kepulauan Aru, Kepulauan Tanimbar, Maluku Barat Daya, "
     "Maluku Tengah, Maluku Tenggara, Seram Bagian Barat, Seram Bagian Timur"),
    ("Maluku Utara", ("Malut",), "Ternate, Tidore Kepulauan",
     "Halmahera Barat, Halmahera Tengah, Halmahera Timur, Halmahera Selatan, "
     "Halmahera Utara, Kepulauan Sula, Pulau Morotai, Pulau Taliabu"),
    ("Papua", (), "Jayapura",
     "Jayapura, Keerom, Sarmi, Mamberamo Raya, Biak Numfor, Kepulauan Yapen, Supiori, "
     "Waropen"),
    ("Papua Barat", (), "",
     "Manokwari, Manokwari Selatan, Pegunungan Arfak, Teluk Bintuni, Teluk Wondama, Fakfak, "
     "Kaimana"),
    ("Papua Barat Daya", (), "Sorong",
     "Sorong, Sorong Selatan, Raja Ampat, Tambrauw, Maybrat"),
    ("Papua Tengah", (), "",
     "Nabire, Paniai, Mimika, Puncak Jaya, Puncak, Dogiyai, Intan Jaya, Deiyai"),
    ("Papua Pegunungan", (), "",
     "Jayawijaya, Lanny Jaya, Mamberamo Tengah, Nduga, Pegunungan Bintang, Tolikara, "
     "Yahukimo, Yalimo"),
    ("Papua Selatan", (), "", "Merauke, Boven Digoel, Mappi, Asmat"),
)

# Cities that host award ceremonies: (city as written, province).
VENUE_CITIES: tuple[tuple[str, str], ...] = (
    ("Jakarta", "DKI Jakarta"), ("Bandung", "Jawa Barat"), ("Surabaya", "Jawa Timur"),
    ("Semarang", "Jawa Tengah"), ("Yogyakarta", "DI Yogyakarta"), ("Medan", "Sumatera Utara"),
    ("Makassar", "Sulawesi Selatan"), ("Denpasar", "Bali"), ("Palembang", "Sumatera Selatan"),
    ("Balikpapan", "Kalimantan Timur"), ("Manado", "Sulawesi Utara"),
    ("Batam", "Kepulauan Riau"), ("Padang", "Sumatera Barat"), ("Pekanbaru", "Riau"),
    ("Malang", "Jawa Timur"), ("Surakarta", "Jawa Tengah"),
    ("Mataram", "Nusa Tenggara Barat"), ("Kupang", "Nusa Tenggara Timur"),
    ("Pontianak", "Kalimantan Barat"), ("Banjarmasin", "Kalimantan Selatan"),
    ("Samarinda", "Kalimantan Timur"), ("Bandar Lampung", "Lampung"),
    ("Ambon", "Maluku"), ("Jayapura", "Papua"), ("Kendari", "Sulawesi Tenggara"),
    ("Palu", "Sulawesi Tengah"), ("Banda Aceh", "Aceh"), ("Serang", "Banten"),
    ("Bogor", "Jawa Barat"), ("Tangerang", "Banten"),
)


def split(names: str) -> list[str]:
    return [name.strip() for name in names.split(",") if name.strip()]
