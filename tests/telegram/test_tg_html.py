"""Rendering a Reply as Telegram HTML, and splitting long text, always gives valid messages."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tg_fake_html import parse_html, utf16_length

from bot.channels.telegram.html import (
    MAX_MESSAGE_LENGTH,
    Line,
    break_text,
    render_reply,
    split_lines,
    split_text,
)
from bot.reply import Reply, SourceRef, Status

NASTY = st.lists(st.sampled_from([*"ab <>&\"'\n\té", "😀", "&amp;", "<b>", "kata "])).map("".join)


def reply(text: str, *sources: SourceRef) -> Reply:
    return Reply(question="q", status=Status.ANSWERED, text=text, sources=sources)


def test_reply_text_and_source_are_escaped() -> None:
    source = SourceRef("s1", "Judul <script>", "Penerbit & Co", "2021-11-11")
    [message] = render_reply(reply("<b>DKI</b> & Bengkulu", source))
    label = source.label().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert message == f"&lt;b&gt;DKI&lt;/b&gt; &amp; Bengkulu\n\n<i>Sumber: {label}</i>"
    assert "Judul &lt;script&gt;" in label and "Penerbit &amp; Co" in label
    plain, _ = parse_html(message)
    assert "<b>DKI</b> & Bengkulu" in plain


def test_several_sources_are_listed() -> None:
    first, second = SourceRef("a", "A", None, None), SourceRef("b", "B", "P", None)
    [message] = render_reply(reply("jawab", first, second))
    assert message.endswith("<i>Sumber:</i>\n<i>• “A”</i>\n<i>• “B”, P</i>")


def test_echoed_question_is_bold_and_escaped() -> None:
    [message] = render_reply(reply("jawab"), question="<i>siapa</i>   juara?")
    assert message.startswith("<b>❓ &lt;i&gt;siapa&lt;/i&gt; juara?</b>\n\njawab")


def test_long_text_splits_on_line_breaks() -> None:
    lines = [f"baris {n:04d} " + "x" * 90 for n in range(120)]
    messages = split_text("\n".join(lines))
    assert len(messages) == 3
    assert all(len(m) <= MAX_MESSAGE_LENGTH for m in messages)
    assert "\n".join(messages).splitlines() == lines


def test_escaping_cannot_push_a_message_over_the_limit() -> None:
    # 1000 ampersands per line: 1000 characters of text but 5000 once escaped
    messages = split_text("\n".join(["&" * 1000] * 6))
    assert all(utf16_length(m) <= MAX_MESSAGE_LENGTH for m in messages)
    assert "".join(parse_html(m)[0] for m in messages).count("&") == 6000


def test_one_huge_line_breaks_at_spaces() -> None:
    words = [f"kata{n}" for n in range(2000)]
    messages = split_text(" ".join(words))
    assert len(messages) > 1
    assert " ".join(parse_html(m)[0] for m in messages).split() == words


def test_styled_line_keeps_its_tags_in_every_part() -> None:
    messages = split_lines([Line("y " * 3000, "b")])
    assert len(messages) == 2
    assert all(m.startswith("<b>") and m.endswith("</b>") for m in messages)


def test_blank_text_gives_no_messages() -> None:
    assert split_lines([Line(""), Line("   ", "b"), Line("\t")]) == []


def test_emoji_count_two_units() -> None:
    parts = break_text("😀" * 100, budget=50)
    assert [utf16_length(p) for p in parts] == [50, 50, 50, 50]


@settings(max_examples=200, deadline=None)
@given(text=NASTY, limit=st.integers(min_value=32, max_value=300))
def test_any_text_splits_into_valid_messages(text: str, limit: int) -> None:
    messages = split_text(text, limit)
    rebuilt = []
    for message in messages:
        assert utf16_length(message) <= limit
        plain, _ = parse_html(message)
        assert plain.strip()
        rebuilt.append(plain)
    assert "".join("".join(rebuilt).split()) == "".join(text.split())


@settings(max_examples=100, deadline=None)
@given(text=NASTY, title=NASTY, question=NASTY)
def test_any_reply_renders_as_valid_html(text: str, title: str, question: str) -> None:
    source = SourceRef("s", title, None, None)
    for message in render_reply(reply(text, source), question=question or None):
        parse_html(message)
        assert utf16_length(message) <= MAX_MESSAGE_LENGTH
