"""`/statistik`, for admins (ADMIN_USER_IDS) only: answers by status in the last day and the
last week, the 10 questions most often left unanswered in the last week (read from the
unanswered file, off the event loop), and when the knowledge was loaded and its size. Others
get the same refusal as for /reload.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from telegram import Update

from bot.channels.telegram.botdata import Context
from bot.channels.telegram.handlers import message_of, reply_with
from bot.channels.telegram.html import Line
from bot.channels.telegram.records import DAY, WEEK, QuestionStats
from bot.reply import Status
from bot.unanswered import Group, group_records, read_records

if TYPE_CHECKING:
    from knowledge.base import KnowledgeBase

log = logging.getLogger(__name__)

TOP_UNANSWERED = 10
STATUS_WORDS = {
    Status.ANSWERED: "terjawab", Status.NO_DATA: "tidak ada datanya",
    Status.NOT_UNDERSTOOD: "tidak dipahami", Status.CHITCHAT: "sapaan/bantuan",
}
REFUSED = "Maaf, perintah /statistik hanya untuk admin bot."


# --- /statistik ----------------------------------------------------------------------------

async def statistik(update: Update, context: Context) -> None:
    """Show counts by status, the most frequent unanswered questions and the knowledge
    (admins only)."""
    message = message_of(update)
    user = update.effective_user
    data = context.bot_data
    if user is None or user.id not in data.settings.admin_user_ids:
        log.info("refused /statistik from user %s", user.id if user else None)
        await reply_with(message, [Line(REFUSED)])
        return
    path = data.unanswered.path if data.unanswered is not None else None
    top: list[Group] | None = None
    if path is not None:
        try:
            top = await asyncio.to_thread(most_unanswered, path, data.stats.clock() - WEEK)
        except OSError as error:
            log.warning("/statistik: cannot read %s: %s", path, error.strerror)
    kb = data.engine.knowledge
    await reply_with(message, statistik_lines(data.stats, top, path is not None, kb,
                                              data.knowledge_loaded_at))


def most_unanswered(path: Path, since: float, limit: int = TOP_UNANSWERED) -> list[Group]:
    """The `limit` questions most often unanswered since `since` (epoch seconds)."""
    start = dt.datetime.fromtimestamp(since, dt.UTC)
    return group_records(read_records(path, start))[:limit]


def statistik_lines(stats: QuestionStats, top: list[Group] | None, recording: bool,
                    kb: KnowledgeBase, loaded_at: float) -> list[Line]:
    """The /statistik message (Lines are escaped when sent)."""
    lines = [Line("Statistik humasbot", "b"), Line("")]
    for label, seconds in (("24 jam terakhir", DAY), ("7 hari terakhir", WEEK)):
        lines.append(Line(f"{label}: {counts_text(stats.totals(seconds))}"))
    lines += [Line(""), Line(f"{TOP_UNANSWERED} pertanyaan tak terjawab terbanyak "
                             "(7 hari terakhir)", "b")]
    if not recording:
        lines.append(Line("Pencatatan dimatikan (HUMASBOT_UNANSWERED_FILE kosong).", "i"))
    elif top is None:
        lines.append(Line("Berkas pertanyaan tak terjawab tidak dapat dibaca.", "i"))
    elif not top:
        lines.append(Line("Tidak ada.", "i"))
    for number, group in enumerate(top or (), 1):
        status = STATUS_WORDS.get(group.status, group.status)  # type: ignore[call-overload]
        lines.append(Line(f"{number}. {' '.join(group.text.split())} — {group.count}×, "
                          f"terakhir {when(group.last_seen)}, {status}"))
    counts = kb.counts()
    lines += [
        Line(""), Line("Pengetahuan", "b"),
        Line(f"Dimuat {when(dt.datetime.fromtimestamp(loaded_at, dt.UTC))}: "
             f"{counts['awards']} penghargaan, {counts['editions']} edisi, "
             f"{counts['results']} hasil, {counts['sources']} sumber, "
             f"{counts['files']} berkas fakta."),
    ]
    return lines


def counts_text(counts: Counter[str]) -> str:
    total = sum(counts.values())
    if not total:
        return "belum ada pertanyaan"
    parts = [f"{counts[status]} {word}" for status, word in STATUS_WORDS.items()
             if counts[status]]
    return f"{total} pertanyaan ({', '.join(parts)})"


def when(moment: dt.datetime | None) -> str:
    """Local date and time, as the server's clock shows it."""
    return moment.astimezone().strftime("%d-%m-%Y %H:%M %Z") if moment else "-"

