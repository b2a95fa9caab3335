"""Word lists for the synthetic knowledge: award names, categories, themes, people, venues."""

from __future__ import annotations

# Award names: PREFIX + FIELD + QUALIFIER, abbreviated by their initials ("Anugerah Humas
# Digital Nusantara" → AHDN). Words that are question words (juara, siapa …) stay out.
AWARD_PREFIXES = ("Anugerah", "Penghargaan", "Trofi", "Bintang", "Insan")
AWARD_FIELDS = (
    "Humas", "Kehumasan", "Media Humas", "Komunikasi Publik", "Keterbukaan Informasi",
    "Informasi Publik", "Pelayanan Informasi", "Inovasi Digital", "Reputasi Digital",
    "Media Sosial", "Public Relations", "Government Public Relations", "Jurnalistik Humas",
    "Literasi Digital", "Kanal Digital", "Diseminasi Informasi", "Layanan Informasi",
    "Pranata Humas", "Citra Daerah", "Komunikasi Krisis", "Siaran Pers", "Konten Kreatif",
    "Tata Kelola Informasi", "Website Pemerintah", "Video Pemerintah", "Publikasi Daerah",
    "Komunikasi Pembangunan", "Partisipasi Publik", "Transparansi Daerah", "Opini Publik",
    "Edukasi Publik", "Narasi Tunggal", "Ekosistem Digital", "Wajah Birokrasi",
    "Relasi Media", "Gerakan Informasi",
)
AWARD_QUALIFIERS = (
    "Nusantara", "Indonesia", "Pertiwi", "Madani", "Gemilang", "Cemerlang", "Paripurna",
    "Wibawa", "Sinergi", "Berdaya", "Unggul", "Mandiri", "Lestari", "Bhakti", "Kencana",
    "Garuda", "Rajawali", "Khatulistiwa", "Bhinneka", "Zamrud", "Harmoni", "Visioner",
    "Prima", "Elok", "Ombak", "Yudha", "Fajar", "Kartika", "Samudra", "Tangguh",
)

CATEGORIES = (
    "Kampanye Komunikasi Publik", "Video Layanan Publik", "Pengelolaan Media Sosial",
    "Website Pemerintah Daerah", "Siaran Pers", "Majalah Internal", "Publikasi Cetak",
    "Fotografi Humas", "Infografis", "Podcast Pemerintah", "Inovasi Pelayanan Informasi",
    "Keterbukaan Informasi Publik", "Manajemen Krisis Komunikasi", "Pemanfaatan Kanal Digital",
    "Tata Kelola Kehumasan", "Program Literasi Digital", "Laporan Tahunan",
    "Komunikasi Internal", "Pelayanan Informasi Publik", "Kolaborasi Media", "Konten Kreatif",
    "Jurnalisme Data", "Aplikasi Layanan Publik", "Kanal Pengaduan Publik", "Branding Daerah",
    "Media Audiovisual", "Siaran Radio", "Desain Grafis", "Humas Inspiratif",
    "Strategi Komunikasi Pembangunan",
)

# Rank labels as articles write them, by award style (index = rank - 1).
RANK_STYLES = (
    ("Juara 1", "Juara 2", "Juara 3"),
    ("Terbaik I", "Terbaik II", "Terbaik III"),
    ("Peringkat 1", "Peringkat 2", "Peringkat 3"),
    ("Terbaik 1", "Terbaik 2", "Terbaik 3"),
)
NOMINEE_DETAILS = ("6 besar nasional", "10 besar", "nominasi nasional")

THEME_SUBJECTS = ("Humas", "Komunikasi Publik", "Informasi Publik", "Kehumasan Pemerintah",
                  "Transformasi Digital", "Pelayanan Informasi", "Narasi Pembangunan")
THEME_QUALITIES = ("Bersinergi", "Berkolaborasi", "Adaptif", "Inklusif", "Terpercaya",
                   "Berdaya", "Tangguh", "Berintegritas", "Kreatif", "Responsif")
THEME_GOALS = ("untuk Indonesia Maju", "Menuju Indonesia Emas", "untuk Kemajuan Negeri",
               "Membangun Bangsa", "bagi Masyarakat", "Melayani Publik", "Merawat Persatuan",
               "untuk Pemulihan Ekonomi", "Mengawal Transformasi", "Menjaga Kepercayaan Publik")

# Organisers: (id, name, kind, aliases).
ORGANISERS = (
    ("komdigi", "Kementerian Komunikasi dan Digital", "kementerian", ("Komdigi",)),
    ("kemendagri", "Kementerian Dalam Negeri", "kementerian", ("Kemendagri",)),
    ("kemenpanrb", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
     "kementerian", ("KemenPANRB", "Kementerian PANRB")),
    ("komisi-informasi-pusat", "Komisi Informasi Pusat", "lembaga", ("KI Pusat",)),
    ("brin", "Badan Riset dan Inovasi Nasional", "lembaga", ("BRIN",)),
    ("perhumas", "Perhimpunan Hubungan Masyarakat Indonesia", "lainnya", ("Perhumas",)),
    ("bakohumas", "Badan Koordinasi Kehumasan Pemerintah", "lembaga", ("Bakohumas",)),
    ("iprahumas", "Ikatan Pranata Humas Indonesia", "lainnya", ("Iprahumas",)),
    ("pr-indonesia", "Majalah PR Indonesia", "lainnya", ("PR Indonesia",)),
    ("serikat-perusahaan-pers", "Serikat Perusahaan Pers", "lainnya", ("SPS Pusat",)),
    ("pwi-pusat", "Persatuan Wartawan Indonesia", "lainnya", ("PWI",)),
    ("kemensetneg", "Kementerian Sekretariat Negara", "kementerian", ("Kemensetneg",)),
    ("ombudsman-ri", "Ombudsman Republik Indonesia", "lembaga", ("Ombudsman RI",)),
    ("lkbn-antara", "Lembaga Kantor Berita Nasional Antara", "lembaga", ("LKBN Antara",)),
)

# People: (role, role aliases, how often an organisation has one).
ROLES = (
    ("Kepala Dinas Komunikasi dan Informatika", ("Kadis Kominfo",), 1.0),
    ("Sekretaris Dinas Komunikasi dan Informatika", ("Sekdis Kominfo",), 0.2),
    ("Kepala Bagian Protokol dan Komunikasi Pimpinan", ("Kabag Prokopim",), 0.15),
)
FIRST_NAMES = """
Agus Budi Dedi Eko Fajar Hendra Irwan Joko Lukman Nanang Rudi Slamet Teguh Wahyu Yudi Zainal
Andi Bambang Dian Dewi Endang Fitri Gita Hesti Indra Intan Kartika Maya Ratna Rina Sari Tri
Wulan Yuni Ahmad Arief Bayu Cahyo Edi Firman Heru Imam Iwan Johan Krisna Lilik Made Nyoman
Ketut Wayan Putu Komang Gede Rahmat Ridwan Rizal Sigit Taufik Usman Wawan Yusuf Zulkifli Anisa
Desi Eka Erna Hana Ika Lia Mega Nia Novi Reni Siti Tuti Vina Yanti Asep Dadang Ujang Cecep
Togar Hotman Darto Suparman Sutarno Mulyono Samsul Rusdi Hamdan Syamsul Baharuddin Amiruddin
Jufri Arman Ilham Fadli Irfan Reza Yoga Dimas Galih Satria Rangga Wisnu Aditya Bagus Arya
""".split()
LAST_NAMES = """
Santoso Wibowo Saputra Pratama Hidayat Setiawan Nugroho Siregar Nasution Harahap Lubis
Simanjuntak Sitompul Gultom Hutapea Tambunan Rangkuti Daulay Manurung Panjaitan Situmorang
Hasibuan Sinaga Purba Wijaya Kusuma Permana Rahman Syahputra Firmansyah Hakim Maulana
Ramadhan Sulistyo Susanto Hartono Kurniawan Suryadi Sutrisno Handoko Prasetyo Utomo Widodo
Purnomo Haryanto Wahyudi Subagyo Mulyadi Iskandar Effendi Lestari Rahayu Puspitasari
Anggraini Handayani Permatasari Wulandari Safitri Maharani Suryani Nurhayati Fitriani
Marpaung Pane Batubara Matondang Pohan Sembiring Ginting Tarigan Latuconsina Tuasikal
Mandagi Wenas Lumentut Rondonuwu Sondakh Pangemanan Laoh Mattalitti Pakaya Hulopi Bakari
Rumbiak Wanggai Kambu Mahuze Nggebu Tanod Sumual Pasaribu Napitupulu Silalahi Simatupang
""".split()

VENUE_PATTERNS = (
    "Hotel Grand Mercure {city}", "Hotel Santika Premiere {city}", "Hotel Aston {city}",
    "Hotel Novotel {city}", "Hotel Horison {city}", "Hotel Harper {city}",
    "Gedung Serbaguna Balai Kota {city}", "Auditorium Graha Pemuda {city}",
    "Ballroom Hotel Swiss-Belhotel {city}", "Gedung Kesenian {city}",
    "Hotel Grand Sahid {city}", "Aula Graha Cendana {city}",
)
EVENT_NAMES = ("Malam Penganugerahan {abbr} {year}", "Malam Apresiasi {abbr} {year}",
               "Puncak Acara {abbr} {year}")
VIRTUAL_EVENT_NAMES = ("Pengumuman Pemenang {abbr} {year}", "Pengumuman {abbr} {year}")
TIMES_OF_DAY = ("pagi", "siang", "sore", "malam")

# Out-of-domain questions that name places and years the knowledge base knows: one known
# word must never be enough to answer.
OUT_OF_DOMAIN = (
    "cuaca di {city} hari ini?", "jumlah penduduk {place} brp", "siapa bupati {regency}",
    "jadwal kereta {city} ke {city2}", "kuliner enak di {city} apa aja",
    "harga tiket pesawat ke {city} brp ya", "rekomendasi hotel murah di {city}",
    "berapa UMR {regency} tahun {year}", "siapa presiden indonesia tahun {year}?",
    "pemenang piala dunia {year}", "siapa juara liga sepak bola {year}",
    "jadwal sholat {city} hari jumat", "kapan hut {place}", "berapa luas wilayah {place}",
    "wisata pantai terbaik di {place} apa", "siapa juara motogp {year}",
    "kurs dollar hari ini di {city}", "lowongan kerja dinas kominfo {city}",
    "cara bikin ktp di {city} gimana", "jarak {city} ke {city2} brp km",
    "film terbaik tahun {year} apa", "siapa pemenang pilkada {place} {year}",
)
