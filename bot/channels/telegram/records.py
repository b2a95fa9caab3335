"""What the bot keeps of each question answered in a chat (`record_answer`): the answer noted
for the update's log line, a count by status (hourly buckets, eight days of them: bounded
memory, saved with the state file, shown by /statistik), and a line in the unanswered file if
it was `not_understood` or `no_data`. Inline queries are not recorded: they arrive keystroke
by keystroke.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from bot.channels.telegram.logs import note_reply

if TYPE_CHECKING:
    from bot.channels.telegram.botdata import Context
    from bot.reply import Reply

HOUR = 3600
DAY, WEEK = 24 * HOUR, 7 * 24 * HOUR
KEPT_HOURS = 8 * 24  # a week, and a day to spare


class QuestionStats:
    """Questions answered per status, in hourly buckets; only the last KEPT_HOURS are kept."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.hours: dict[int, Counter[str]] = {}  # hour number (epoch seconds // 3600)

    def count(self, status: str) -> None:
        """Count one answer of `status`, now."""
        hour = int(self.clock() // HOUR)
        bucket = self.hours.get(hour)
        if bucket is None:
            bucket = self.hours[hour] = Counter()
            self._forget_old(hour)
        bucket[str(status)] += 1

    def totals(self, seconds: float) -> Counter[str]:
        """Answers by status in the last `seconds` (to the hour: the current hour counts)."""
        first = int((self.clock() - seconds) // HOUR) + 1
        total: Counter[str] = Counter()
        for hour, bucket in self.hours.items():
            if hour >= first:
                total.update(bucket)
        return total

    def _forget_old(self, now_hour: int) -> None:
        for hour in [h for h in self.hours if h <= now_hour - KEPT_HOURS]:
            del self.hours[hour]

    def snapshot(self) -> dict[str, dict[str, int]]:
        """JSON-ready buckets, for the state file."""
        return {str(hour): dict(bucket) for hour, bucket in self.hours.items()}

    def restore(self, data: object) -> None:
        """Buckets from the state file (anything malformed is skipped)."""
        if not isinstance(data, Mapping):
            return
        for hour, bucket in data.items():
            if not (isinstance(hour, str) and hour.isdigit() and isinstance(bucket, Mapping)):
                continue
            counts = Counter({str(k): v for k, v in bucket.items()
                              if isinstance(v, int) and not isinstance(v, bool) and v > 0})
            if counts:
                self.hours[int(hour)] = counts
        self._forget_old(int(self.clock() // HOUR))


def record_answer(context: Context, reply: Reply, chat_id: int, user_id: int | None) -> None:
    """Note `reply` for the log line, count it, and keep it in the unanswered file if the
    bot could not answer."""
    note_reply(reply)
    data = context.bot_data
    data.stats.count(reply.status)
    data.state.changed()
    if data.unanswered is not None:
        data.unanswered.record(reply, "telegram", chat=chat_id, user=user_id)
