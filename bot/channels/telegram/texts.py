"""What the bot says on Telegram (in Indonesian), as Lines ready to split and send."""

from __future__ import annotations

from bot.catalogue import awards_catalogue, example_questions, sources_catalogue
from bot.channels.telegram.html import Line
from knowledge.base import KnowledgeBase

COMMANDS = (
    ("start", "Mulai dan lihat contoh pertanyaan"),
    ("bantuan", "Cara bertanya dan apa yang saya ketahui"),
    ("help", "Bantuan (sama dengan /bantuan)"),
    ("penghargaan", "Daftar penghargaan dan edisi yang saya ketahui"),
    ("sumber", "Artikel sumber jawaban saya"),
    ("tentang", "Tentang bot ini"),
)

APOLOGY = "Maaf, terjadi kesalahan saat memproses pesan Anda. Silakan coba lagi sebentar lagi."
NON_TEXT = ("Maaf, saya hanya bisa membaca pesan teks. Silakan ketik pertanyaan Anda, "
            "misalnya: {example}")
UNKNOWN_COMMAND = "Perintah itu tidak saya kenal. Ketik /bantuan untuk melihat cara bertanya."
EXPIRED_BUTTON = "Tombol ini sudah kedaluwarsa. Silakan ketik pertanyaannya langsung."
RELOAD_REFUSED = "Maaf, perintah /reload hanya untuk admin bot."
RELOAD_DONE = ("Berkas fakta dimuat ulang: {awards} penghargaan, {editions} edisi, "
               "{results} hasil, {sources} sumber.")
RELOAD_FAILED = ("Berkas fakta yang baru tidak valid, jadi saya tetap memakai pengetahuan "
                 "sebelumnya. Masalah yang ditemukan:")
RELOAD_MORE_PROBLEMS = ("… dan {more} masalah lain ({total} seluruhnya). Daftar lengkapnya: "
                        "jalankan humasbot facts check di server.")
MAX_RELOAD_PROBLEMS = 20  # listed in the reply to /reload; the rest are counted
EMPTY_MENTION = "Ya? Silakan ajukan pertanyaan, misalnya: {example}"
INLINE_CONTINUE = "Jawaban lengkap: tanyakan langsung kepada @{username}."
DEFAULT_EXAMPLE = "Siapa juara TOP GPR 2021?"


def first_example(kb: KnowledgeBase) -> str:
    """One question the bot can answer, to show in hints."""
    examples = example_questions(kb, limit=1)
    return examples[0] if examples else DEFAULT_EXAMPLE


def greeting(first_name: str | None) -> list[Line]:
    """The /start greeting (the example questions follow as buttons)."""
    hello = f"Halo, {first_name}! 👋" if first_name else "Halo! 👋"
    return [
        Line(hello, "b"),
        Line("Saya humasbot, asisten tanya-jawab seputar penghargaan kehumasan pemerintah "
             "Indonesia: Anugerah Media Humas, TOP GPR Award, dan lainnya. Setiap jawaban "
             "saya sertai sumbernya; jika sumber tidak memuatnya, saya akan bilang terus terang."),
        Line(""),
        Line("Ketik pertanyaan Anda, atau ketuk salah satu contoh di bawah ini:"),
    ]


def help_lines(kb: KnowledgeBase, username: str) -> list[Line]:
    """/bantuan: how to ask, and what the bot knows."""
    lines = [Line("Cara bertanya", "b"),
             Line("Tulis pertanyaan biasa dalam bahasa Indonesia, misalnya:")]
    lines += [Line(f"• {question}") for question in example_questions(kb, limit=3)]
    lines += [
        Line("Pertanyaan lanjutan juga bisa, misalnya “kalau juara 3?” setelah bertanya "
             "tentang juara suatu penghargaan."),
        Line(""),
        Line(f"Di grup: sebut @{username} dalam pesan, atau balas pesan saya."),
        Line(f"Di chat mana pun: ketik @{username} lalu pertanyaan Anda (mode inline)."),
        Line(""),
        Line("Yang saya ketahui", "b"),
    ]
    lines += [Line(f"• {entry}") for entry in awards_catalogue(kb)] or [Line("(belum ada)")]
    lines += [Line(""), Line("Perintah", "b")]
    lines += [Line(f"/{name} — {description}") for name, description in COMMANDS
              if name != "help"]
    return lines


def awards_lines(kb: KnowledgeBase) -> list[Line]:
    """/penghargaan: every award and the editions on record."""
    entries = awards_catalogue(kb)
    if not entries:
        return [Line("Belum ada penghargaan yang tercatat.")]
    return ([Line("Penghargaan dan edisi yang saya ketahui", "b")]
            + [Line(f"• {entry}") for entry in entries]
            + [Line(""), Line("Tanyakan misalnya: " + first_example(kb))])


def sources_lines(kb: KnowledgeBase) -> list[Line]:
    """/sumber: the source articles every answer comes from."""
    entries = sources_catalogue(kb)
    if not entries:
        return [Line("Belum ada artikel sumber yang tercatat.")]
    return ([Line("Artikel sumber jawaban saya", "b")]
            + [Line(f"• {entry}") for entry in entries])


def about_lines(kb: KnowledgeBase) -> list[Line]:
    """/tentang: what the bot is and where its answers come from."""
    counts = kb.counts()
    return [
        Line("Tentang humasbot", "b"),
        Line("Bot tanya-jawab tentang penghargaan kehumasan pemerintah Indonesia. Jawaban "
             "disusun dari berkas fakta yang setiap faktanya dikutip dari artikel sumber dan "
             "diperiksa saat dimuat. Tanpa kecerdasan buatan generatif: jika sumber tidak "
             "memuat jawabannya, saya mengatakannya."),
        Line(""),
        Line(f"Pengetahuan saat ini: {counts['awards']} penghargaan, {counts['editions']} edisi, "
             f"{counts['results']} hasil, dari {counts['sources']} artikel sumber."),
        Line("Daftar sumber: /sumber"),
    ]


def reload_done(kb: KnowledgeBase) -> list[Line]:
    """/reload succeeded."""
    return [Line(RELOAD_DONE.format(**kb.counts()))]


def reload_failed(problems: list[str]) -> list[Line]:
    """/reload found invalid files: the old knowledge stays; list the first problems and
    count the others (`humasbot facts check` lists them all)."""
    lines = [Line(RELOAD_FAILED, "b"),
             *[Line(f"• {problem}") for problem in problems[:MAX_RELOAD_PROBLEMS]]]
    if len(problems) > MAX_RELOAD_PROBLEMS:
        lines.append(Line(RELOAD_MORE_PROBLEMS.format(
            more=len(problems) - MAX_RELOAD_PROBLEMS, total=len(problems)), "i"))
    return lines
