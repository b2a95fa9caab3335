"""Indonesian question vocabulary: informal forms, lemmas, fillers and the words questions use.

Names of awards, organisations, people, categories and places are NOT here: they come from
the knowledge base. These lists hold the language of asking, so that a word neither explains
(cuaca, liga, presiden) marks a question about something else.
"""

from __future__ import annotations

# Informal spellings and chat abbreviations → standard form (may be several words).
INFORMAL = {
    "yg": "yang", "yng": "yang", "tu": "itu", "who": "siapa", "winner": "pemenang",
    "when": "kapan", "where": "dimana", "ceremony": "acara", "rank": "peringkat",
    "what": "apa", "which": "mana", "won": "menang", "win": "menang", "got": "dapat",
    "get": "dapat", "theme": "tema", "date": "tanggal", "place": "tempat",
    "organizer": "penyelenggara", "organiser": "penyelenggara", "said": "bilang",
    "say": "bilang", "why": "kenapa", "how": "bagaimana", "many": "banyak", "did": "",
    "does": "", "is": "", "was": "", "the": "", "of": "", "in": "di", "at": "di",
    "masing2": "masing masing", "penganugerahan": "acara", "sebutin": "sebutkan",
    "sampe": "sampai", "ampe": "sampai",
    "nyajiin": "menyajikan", "ningkatin": "meningkatkan", "naikin": "menaikkan",
    "brp": "berapa", "brapa": "berapa", "brpa": "berapa",
    "kpn": "kapan", "kapn": "kapan", "dmn": "dimana", "dmna": "dimana", "dimn": "dimana",
    "apaan": "apa", "ngucapin": "ucap", "ngucap": "ucap", "dievaluasi": "evaluasi",
    "nangkring": "berada", "bertengger": "berada", "duduk": "berada",
    "ngasih": "beri", "ngasi": "beri", "didapet": "dapat", "dapetin": "dapat",
    "bikin": "buat", "momen": "saat", "moment": "saat",
    "manakah": "mana", "dimanakah": "dimana", "kapankah": "kapan", "berapakah": "berapa",
    "bagaimanakah": "bagaimana", "ditanyain": "ditanyakan", "nanyain": "tanya",
    "sapa": "siapa", "spa": "siapa", "syp": "siapa", "sp": "siapa", "siapakah": "siapa",
    "gmn": "bagaimana", "gmana": "bagaimana", "gimana": "bagaimana", "bgmn": "bagaimana",
    "gimna": "bagaimana",
    "dapet": "dapat", "dpt": "dapat", "dapt": "dapat", "aja": "saja", "ajah": "saja",
    "tgl": "tanggal", "tgll": "tanggal", "thn": "tahun", "th": "tahun", "taun": "tahun",
    "gak": "tidak", "ga": "tidak", "gk": "tidak", "nggak": "tidak", "ngga": "tidak",
    "enggak": "tidak", "engga": "tidak", "tdk": "tidak", "kagak": "tidak", "ndak": "tidak",
    "udh": "sudah", "udah": "sudah", "sdh": "sudah", "dah": "sudah", "blm": "belum",
    "bgt": "banget", "dr": "dari", "dri": "dari", "dgn": "dengan", "dg": "dengan",
    "utk": "untuk", "untk": "untuk", "buat": "untuk", "kalo": "kalau", "klo": "kalau",
    "kl": "kalau", "tau": "tahu", "tauk": "tahu", "jg": "juga", "krn": "karena",
    "karna": "karena", "tp": "tapi", "tpi": "tapi", "sm": "sama", "pd": "pada",
    "org": "orang", "bkn": "bukan", "emg": "memang", "emang": "memang", "sy": "saya",
    "aku": "saya", "gw": "saya", "gue": "saya", "ane": "saya", "km": "kamu", "kmu": "kamu",
    "lu": "kamu", "lo": "kamu", "bner": "benar", "bener": "benar", "bnr": "benar",
    "gitu": "begitu", "gini": "begini", "skrg": "sekarang", "skrng": "sekarang",
    "trus": "terus", "trs": "terus", "lg": "lagi", "lgi": "lagi", "msh": "masih",
    "dlm": "dalam", "ttg": "tentang", "tntg": "tentang", "sbg": "sebagai", "spt": "seperti",
    "kyk": "seperti", "kayak": "seperti", "knp": "kenapa", "napa": "kenapa", "ngapain": "apa",
    "mksd": "maksud", "maksudnya": "maksud", "jd": "jadi", "jdi": "jadi", "bs": "bisa",
    "bsa": "bisa", "ad": "ada", "bbrp": "beberapa", "sblm": "sebelum", "stlh": "setelah",
    "abis": "habis", "abs": "habis", "mo": "mau", "mw": "mau", "pengen": "ingin",
    "pgn": "ingin", "info": "informasi", "infonya": "informasi", "makasi": "terima kasih",
    "mksh": "terima kasih", "makasii": "terima kasih", "tq": "thanks", "ty": "thanks",
    "thx": "thanks",
    "tks": "thanks", "trims": "terima kasih", "trimakasih": "terima kasih",
    "terimakasih": "terima kasih", "makasih": "terima kasih", "hlo": "halo", "hallo": "halo",
    "hello": "halo", "hi": "hai", "hey": "hai", "pagii": "pagi", "ok": "oke", "okay": "oke",
    "okey": "oke", "okei": "oke", "sip": "oke", "siap": "oke", "mantap": "oke",
    "mantep": "oke", "ngerti": "mengerti", "ngadain": "adakan",
    "nyelenggarain": "menyelenggarakan", "diadain": "diadakan", "ngadakan": "adakan",
    "nerima": "menerima", "diterimain": "diterima", "wakilin": "mewakili",
    "ngewakilin": "mewakili", "ngikutin": "mengikuti", "ngikut": "ikut", "nyebarin": "menyebarkan",
    "ngomong": "bilang", "ngomongin": "bilang", "diumumin": "diumumkan", "ngumumin": "umumkan",
    "ngangkat": "mengangkat", "nyerahin": "menyerahkan",
    "nanya": "bertanya", "tanya2": "tanya", "kasi": "kasih", "dikasih": "diberi",
    "walkot": "wali kota", "walikota": "wali kota", "wakot": "wali kota", "wagub": "wakil gubernur",
    "gub": "gubernur", "pemkot": "pemerintah kota", "pemprov": "pemerintah provinsi",
    "pemkab": "pemerintah kabupaten", "pemda": "pemerintah daerah", "kab": "kabupaten",
    "kabupatan": "kabupaten", "prov": "provinsi", "prop": "provinsi", "propinsi": "provinsi",
    "kadis": "kepala dinas", "kadin": "kepala dinas", "sekda": "sekretaris daerah",
    "sekdis": "sekretaris dinas", "pj": "penjabat", "plt": "pelaksana tugas",
    "kemkominfo": "kominfo", "kemenkominfo": "kominfo", "komdigi": "kominfo",
    "kemkomdigi": "kominfo", "diskominfo": "dinas kominfo", "diskominfotik": "dinas kominfotik",
    "diskominfotiksan": "dinas kominfotik", "medsos": "media sosial", "sosmed": "media sosial",
    "inhouse": "in house", "ultah": "ulang tahun", "online": "daring", "offline": "luring",
    "ol": "daring", "influencer": "influenser", "jkt": "jakarta", "bdg": "bandung",
    "sby": "surabaya", "jatim": "jawa timur",
}

# Multi-word forms that mean one thing (applied after INFORMAL, on token sequences).
PHRASES = {
    ("komunikasi", "dan", "informatika"): ("kominfo",),
    ("kementerian", "kominfo"): ("kominfo",),
    ("kementrian", "kominfo"): ("kominfo",),
    ("di", "mana"): ("dimana",),
    ("ke", "berapa"): ("keberapa",),
    ("tatap", "muka"): ("luring",),
    ("virtual", "meeting"): ("virtual",),
    ("kab", "kota"): ("kabupaten", "kota"),
    ("terima", "kasih"): ("terimakasih",),
    ("hari", "ini"): ("sekarang",),
    ("in", "house"): ("inhouse",),
    ("kerja", "sama"): ("kerjasama",),
    ("runner", "up"): ("peringkat", "2"),
    ("stands", "for"): ("singkatan",),
    ("paling", "atas"): ("peringkat", "1"),
    ("posisi", "puncak"): ("peringkat", "1"),
    ("naik", "panggung"): ("terima",),
    ("bekerja", "sama"): ("kerjasama",),
    ("ulang", "tahun"): ("hut",),
    ("hari", "jadi"): ("hut",),
}

# Derived forms → the lemma the intents look for.
LEMMAS = {
    "pemenang": "menang", "pemenangnya": "menang", "memenangkan": "menang",
    "dimenangkan": "menang", "kemenangan": "menang", "menangin": "menang",
    "meraih": "raih", "diraih": "raih", "peraih": "raih", "meraihnya": "raih",
    "mendapat": "dapat", "mendapatkan": "dapat", "didapat": "dapat", "didapatkan": "dapat",
    "memperoleh": "dapat", "diperoleh": "dapat", "dapatnya": "dapat", "ngedapetin": "dapat",
    "menerima": "terima", "diterima": "terima", "penerima": "terima", "menerimanya": "terima",
    "mewakili": "wakil", "diwakili": "wakil", "perwakilan": "wakil", "mewakilkan": "wakil",
    "wakilnya": "wakil", "menghadiri": "hadir", "dihadiri": "hadir", "kehadiran": "hadir",
    "mengikuti": "ikut", "diikuti": "ikut", "ikutan": "ikut",
    "menyelenggarakan": "selenggara", "diselenggarakan": "selenggara",
    "penyelenggara": "selenggara", "penyelenggaraan": "edisi", "penyelenggaraannya": "edisi",
    "mengadakan": "adakan", "diadakan": "adakan", "mengadakannya": "adakan",
    "ditanyakan": "tanya", "ditanya": "tanya", "menanyakan": "tanya", "tanyakan": "tanya",
    "dilakukan": "laku", "melakukan": "laku", "lakukan": "laku",
    "digelar": "gelar", "menggelar": "gelar", "dilaksanakan": "gelar",
    "melaksanakan": "gelar", "pelaksanaan": "gelar", "berlangsung": "gelar",
    "dilangsungkan": "gelar",
    "diumumkan": "umum", "pengumuman": "umum", "mengumumkan": "umum", "umumkan": "umum",
    "mengangkat": "angkat", "diangkat": "angkat", "bertema": "tema", "tematik": "tema",
    "menyerahkan": "serah", "diserahkan": "serah", "penyerahan": "serah",
    "menyampaikan": "sampai", "disampaikan": "sampai", "mengatakan": "kata",
    "dikatakan": "kata", "berkata": "kata", "mengucapkan": "ucap", "diucapkan": "ucap",
    "ucapan": "ucap", "mengungkapkan": "ungkap", "diungkapkan": "ungkap",
    "pernyataan": "nyata", "menyatakan": "nyata", "berpesan": "pesan",
    "tanggapan": "tanggap", "menanggapi": "tanggap", "komentarnya": "komentar",
    "berkomentar": "komentar", "harapannya": "harap", "berharap": "harap", "harapan": "harap",
    "diberikan": "beri", "memberikan": "beri", "diberi": "beri", "memberi": "beri",
    "dianugerahkan": "beri", "ditujukan": "tuju", "diperuntukkan": "tuju", "peruntukan": "tuju",
    "menjabat": "jabat", "jabatan": "jabat", "pejabat": "jabat", "jabatannya": "jabat",
    "bekerja": "kerja", "pekerjaan": "kerja", "berkerja": "kerja",
    "kepanjangan": "panjang", "kepanjangannya": "panjang", "singkatan": "singkat",
    "disingkat": "singkat", "singkatannya": "singkat", "dimaksud": "maksud",
    "pengertian": "arti", "artinya": "arti", "berarti": "arti", "definisi": "arti",
    "dijelaskan": "jelas", "menjelaskan": "jelas", "jelaskan": "jelas", "jelasin": "jelas",
    "penjelasan": "jelas", "nominasinya": "nominasi", "dinominasikan": "nominasi",
    "nominator": "nominasi", "nominee": "nominasi", "masuk": "masuk",
    "berterima": "terima", "tepatnya": "persis",
    "menyebarkan": "sebar", "menyebarluaskan": "sebar", "penyebaran": "sebar",
    "bekerjasama": "kerjasama",
    "menyabet": "raih", "disabet": "raih", "menggondol": "raih", "digondol": "raih",
    "memboyong": "raih", "diboyong": "raih", "mengantongi": "raih", "meraup": "raih",
    "menyandang": "raih", "diganjar": "raih", "dianugerahi": "raih", "dinobatkan": "raih",
    "jawara": "juara", "kampiun": "juara", "gelaran": "acara", "perhelatan": "acara",
    "helatan": "acara", "hajatan": "acara", "dihelat": "gelar", "menghelat": "gelar",
    "berlokasi": "lokasi", "bertempat": "tempat", "ngusung": "angkat", "mengusung": "angkat",
    "diusung": "angkat", "tagline": "tema", "slogan": "tema", "moto": "tema", "motto": "tema",
    "sasaran": "tuju", "target": "tuju", "kutipan": "kata", "dinyatakan": "umum",
    "mengapa": "alasan", "kenapa": "alasan", "kok": "alasan", "penyebab": "alasan",
    "sebabnya": "alasan", "faktor": "alasan", "rahasianya": "alasan", "rahasia": "alasan",
    "kunci": "alasan", "berkat": "alasan", "keberhasilan": "sukses", "kesuksesan": "sukses",
    "capaian": "prestasi", "pencapaian": "prestasi",
    "keberapa": "keberapa", "edisinya": "edisi", "temanya": "tema", "acaranya": "acara",
    "pialanya": "piala", "penghargaannya": "penghargaan", "hadiah": "hadiah",
    "perolehan": "dapat", "peringkatnya": "peringkat", "urutannya": "urutan",
    "posisinya": "posisi", "rankingnya": "ranking", "juaranya": "juara",
    "lokasinya": "lokasi", "tempatnya": "tempat", "tanggalnya": "tanggal",
    "harinya": "hari", "waktunya": "waktu", "jamnya": "jam", "namanya": "nama",
    "daring": "daring", "luring": "luring", "evaluasinya": "evaluasi",
    "mengevaluasi": "evaluasi", "berkolaborasi": "kolaborasi", "bersyukur": "syukur",
    "mensyukuri": "syukur", "syukuri": "syukur", "diapresiasi": "apresiasi",
    "mengapresiasi": "apresiasi",
}

FILLERS = frozenset("""
sih dong nih ya yah yaa min kak kakak mas mbak mba bang gan sis bro pak bu bapak ibu om tante
deh lho loh tuh kah lah pun kan toh nah wah wow eh oh ah hmm hm yuk ayo mohon tolong please plis
pls coba permisi maaf dulu aja saja kok banget sekali sangat amat cuma hanya ok oke admin mimin
bot bos boss sob
""".split())

# Words the language of asking uses (question words, function words, domain verbs and nouns).
QUESTION_WORDS = frozenset("""
siapa apa apakah kapan dimana mana berapa bagaimana alasan yang di ke dari dan atau dengan untuk
pada dalam oleh itu ini tersebut tsb adalah ialah merupakan jadi sebagai tentang soal terkait
mengenai seputar juga lagi lain lainnya selain ada tidak bukan belum sudah masih benar betul iya
tahu kasih saya kamu anda kami kita dia beliau mereka nya punya bisa boleh mau ingin perlu harus
akan sedang pernah telah baru saat waktu ketika sewaktu setelah sebelum seusai usai habis
kemarin lalu terus kemudian tadi dulu semua seluruh setiap para sama cuma hanya saja apa saja
siapa saja mana saja berapa saja tanya bertanya pertanyaan jawab jawaban info informasi data
tercatat catatan sumber berita artikel daftar list nama namanya sebut disebut sebutkan juara
menang raih dapat terima wakil hadir ikut selenggara gelar umum angkat serah peringkat ranking
rangking rank terbaik nomor posisi urutan besar teratas atas paling kategori kelompok golongan
jenis bidang tingkat level penghargaan award awards anugerah piala trofi prestasi apresiasi
gelar ajang acara event kegiatan malam seremoni ceremony pengumuman upacara perayaan tahun bulan
tanggal hari jam pukul pagi siang sore malam minggu senin selasa rabu kamis jumat sabtu minggu
januari februari maret april mei juni juli agustus september oktober november desember tempat
lokasi venue gedung hotel kota provinsi daerah kabupaten wilayah lokasinya digelar virtual
daring luring langsung secara via lewat tema edisi keberapa ke kali penyelenggaraan arti maksud
jelas singkat panjang definisi pengertian beri tuju peserta instansi lembaga kementerian
pemerintah pemerintahan humas kehumasan siapa siapa saja bagi kepada nominasi masuk enam besar
nasional kata bilang ucap ungkap nyata pesan tanggap komentar harap sampai pendapat jabat kerja
tugas bertugas orang pejabat kepala sekretaris pimpinan dinas badan bagian tepat bertepatan kado
ulang mengapa sukses persis pas adakan buat jatuh naik panggung berhasil boleh saat momen
beritahu berada laku ambil bawa menurut peran harus selesai masing
""".split())

# Whole-message chitchat.
GREETINGS = frozenset("""
halo hai hei hay hy selamat pagi siang sore malam assalamualaikum assalamu alaikum salam permisi
punten apa kabar kabar good morning hello
""".split())
THANKS = frozenset("""
terimakasih thanks thank you makasih kasih banyak oke sip mantap
""".split())
GREETING_CUES = frozenset("""
halo hai hei hay hy selamat assalamualaikum assalamu salam permisi punten hello
""".split())
HELP = frozenset("""
bantuan help tolong bisa apa saja kamu bantu cara pakai menggunakan gunakan bagaimana caranya
bertanya tanya nanya saya ke bot ini fitur panduan petunjuk mulai start
""".split())

# Words about the present or future: the sources record past award editions only.
NOW_WORDS = frozenset("""
sekarang kini besok lusa nanti terkini terbaru
""".split())

# Words that turn a role into another role: "Wakil Gubernur" is not the Gubernur.
ROLE_MODIFIERS = frozenset("wakil plt pelaksana mantan eks bekas calon".split())

# "berapa peserta": counts the sources never give.
COUNTED_NOUNS = frozenset("peserta orang juri hadiah uang instansi pendaftar".split())

# Follow-up markers: "kalau juara 3?", "terus 2022?".
FOLLOW_UP_MARKERS = frozenset("""
kalau terus lalu trus bagaimana gimana kalo dengan lantas
""".split())

# Words that carry no content when a question is compared with source sentences: question
# words, function words and pronouns (the words that ARE the question stay: siapa → focus).
PASSAGE_STOPWORDS = frozenset("""
siapa apa apakah kapan dimana mana berapa bagaimana yang di ke dari dan atau dengan untuk pada
dalam oleh itu ini tersebut tsb adalah ialah merupakan jadi sebagai tentang soal terkait
mengenai seputar juga lagi ada tidak bukan belum sudah masih benar betul iya tahu saya kamu
anda kami kita dia beliau mereka nya punya bisa boleh mau ingin perlu harus akan sedang pernah
telah saja sih para sama cuma hanya se kah lah pun si sang tuh nih itu ini aja dong kak min
menurut kata sebut disebut sebutkan jelaskan tolong coba kasih tau beritahu sih deh kalau terus
lalu bagi kepada atas agar supaya sehingga karena namun tetapi tapi bahwa jika saat ketika
setelah sebelum usai hal apa saja the of a an is was what who which
""".split())

# Lines of a news article that are not its content: they are never quoted as answers.
BOILERPLATE_PREFIXES = ("baca juga", "follow dan baca", "ikuti berita", "simak berita",
                        "dapatkan update", "lihat juga")

# The focus of a question, by its cue words, in order of precedence (see understanding.focus).
FOCUS_CUES = {
    "why": frozenset("alasan sebab".split()),
    "when": frozenset("kapan tanggal jam pukul hari bulan".split()),
    "where": frozenset("dimana lokasi tempat venue gedung hotel".split()),
    "who": frozenset("siapa".split()),
    "said": frozenset("kata bilang ucap ungkap pesan tanggap komentar harap pendapat".split()),
    "category": frozenset("kategori".split()),
    "group": frozenset("kelompok golongan".split()),
    "which": frozenset("mana".split()),
    "what": frozenset("apa".split()),
}
# nouns of rank: "peringkat berapa" asks a rank, not a count
RANK_NOUNS = frozenset("peringkat juara ranking rangking posisi urutan terbaik nomor rank".split())
# "berapa" before these does not ask for a count
COUNT_NOUN_EXCEPTIONS = frozenset("lama".split())
# "kota mana", "provinsi apa": where
PLACE_NOUNS = frozenset("kota provinsi tempat daerah negara".split())
# nouns of time: "tanggal berapa", "tahun berapa" ask when
WHEN_NOUNS = frozenset("tanggal tahun jam pukul bulan".split())
# a yes/no question starts with one of these or ends with one of the tails
YES_NO_CUES = frozenset("apakah benarkah benar betul memang masa bukankah".split())
YES_NO_TAILS = frozenset("tidak bukan belum kah".split())

# Verbs that say what happened: an intent answers a question holding one only if the verb is
# among its cues ("siapa yang menyerahkan …" is not answered by who received).
ACTION_WORDS = frozenset("""
serah beri terima wakil hadir ikut selenggara adakan jabat tugas kerja menang raih dapat kata
bilang ucap ungkap pesan tanggap harap sampai nilai nyata sebar laku
""".split())

# Words every intent takes in its stride: they name the domain, not a detail of it.
GENERIC_WORDS = frozenset("""
penghargaan award awards anugerah ajang acara event kegiatan tahun edisi pemerintah instansi
lembaga informasi info data sumber berita artikel tercatat daftar hasil dapat raih juara menang
kategori kelompok peringkat terbaik nominasi humas kehumasan provinsi kota kabupaten daerah
""".split())
