"""Soak: the bot's memory over a long run (issue 15).

    uv run python benchmarks/bench_soak.py [--updates 200000] [--chats 50000] [--json FILE]

The real bot (`runner.serve`: PTB's run_polling with the Application, handlers, per-chat
ordering, real Engine over the packaged facts, metrics server on), in a thread of this process
pinned to CPU 0, long-polls a loopback fake Bot API server (the tests' FakeBotApi, made lean
for a long run) in a child process on CPU 1. Private-chat questions from the development set
go to it in batches (`--batch`, at most `--window` updates waiting), round-robin over
`--chats` chats, so every chat comes back long after its conversation was stored: the context
store, the button table and (where the bot has one) the unanswered file's writer must stay
bounded. The flood limiter is lifted (at Telegram's 30 messages a second the run would take
two hours).

Checked and printed:
- every update answered exactly once (the server counts the messages sent to each chat
  against the questions pushed to it; no Bot API call failed);
- the process's RSS after warm-up (`--warmup` updates) and its highest value after, sampled
  after every batch: it may grow by at most 10 % (`MAX_GROWTH`);
- throughput, the sizes of the bounded tables at the end, /metrics' question count.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import dataclasses
import gc
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

from common import ROOT, machine, table

TESTS = ROOT / "tests" / "telegram"
sys.path.insert(0, str(TESTS))
TOKEN = "123456789:AAHsoak-token_0123456789abcdefghijklmno"
FIRST_USER = 900_000
MAX_GROWTH = 0.10
READY_TIMEOUT = 30.0
STALL_TIMEOUT = 120.0  # seconds without a new answer before the run gives up


# --- the fake Bot API server (child process) --------------------------------------------------

def serve_fake_api() -> None:
    """The tests' FakeBotApi, lean for a long run: updates in a deque (confirming them costs
    what it removes, not the whole queue), sent messages counted per chat and not kept, calls
    counted, not recorded. Bench methods: soakPush, soakStats, soakStop."""
    from tg_fake_api import FakeBotApi

    class CountedCalls(list):
        """Stands in for FakeBotApi.calls: counts, keeps the first failures only."""

        def __init__(self) -> None:
            super().__init__()
            self.count = 0
            self.failed: list[tuple[str, str | None]] = []
            self.failures = 0

        def append(self, call: Any) -> None:
            self.count += 1
            if not call.ok:
                self.failures += 1
                if len(self.failed) < 5:
                    self.failed.append((call.method, call.error))

    class SoakApi(FakeBotApi):
        def __init__(self) -> None:
            super().__init__(TOKEN)
            self.updates: collections.deque[dict] = collections.deque()  # type: ignore[assignment]
            self.calls = CountedCalls()
            self.pushed: collections.Counter[int] = collections.Counter()
            self.answered: collections.Counter[int] = collections.Counter()
            self.answers = 0
            self.polling = False
            self.done = asyncio.Event()

        def push(self, update: dict) -> dict:
            update = {"update_id": next(self._ids), **update}
            chat = update["message"]["chat"]
            self.chats[chat["id"]] = chat
            self.pushed[chat["id"]] += 1
            self.updates.append(update)
            self._arrived.set()
            return update

        def _confirm(self, params: dict) -> None:
            offset = int(params.get("offset") or 0)
            while self.updates and self.updates[0]["update_id"] < offset:
                self.updates.popleft()

        async def api_getupdates(self, params: dict) -> list[dict]:
            self.polling = True
            self._confirm(params)
            return list(itertools.islice(self.updates, int(params.get("limit") or 100)))

        async def api_sendmessage(self, params: dict) -> dict:
            message = await super().api_sendmessage(params)
            chat_id = message["chat"]["id"]
            del self.messages[(chat_id, message["message_id"])]
            self.answered[chat_id] += 1
            self.answers += 1
            return message

        async def api_soakpush(self, params: dict) -> int:
            for update in params["updates"]:
                self.push(update)
            return len(params["updates"])

        async def api_soakstats(self, params: dict) -> dict:
            stats: dict[str, Any] = {"answered": self.answers, "polling": self.polling,
                                     "queued": len(self.updates),
                                     "failed_calls": self.calls.failures}
            if params.get("full"):
                chats = self.pushed.keys() | self.answered.keys()
                stats.update(
                    calls=self.calls.count, failed_examples=self.calls.failed,
                    chats=len(self.pushed),
                    duplicates=sum(max(0, self.answered[c] - self.pushed[c]) for c in chats),
                    missing=sum(max(0, self.pushed[c] - self.answered[c]) for c in chats))
            return stats

        async def api_soakstop(self, params: dict) -> bool:
            self.done.set()
            return True

    async def main() -> None:
        api = SoakApi()
        await api.start()
        print(api.port, flush=True)
        await api.done.wait()
        await asyncio.sleep(0.1)
        await api.close()

    asyncio.run(main())


class Server:
    """The child process, and a client for its soak methods."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT)])}
        self.process = subprocess.Popen([sys.executable, __file__, "--server"],
                                        stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
        if len(cores) > 1:
            os.sched_setaffinity(self.process.pid, {cores[1]})
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())
        self.base_url = f"http://127.0.0.1:{self.port}/bot"
        self.client: Any = None

    async def call(self, method: str, **params: Any) -> Any:
        """Call a method; a refusal or a body that is not the Bot API's JSON is an error that
        says what came back (not a bare JSON decoding error)."""
        answer = await self.client.post(f"{self.base_url}{TOKEN}/{method}", json=params)
        try:
            document = answer.json()
        except ValueError:
            raise RuntimeError(f"{method}: HTTP {answer.status_code}, not JSON: "
                               f"{answer.text[:200]!r}") from None
        if not document.get("ok"):
            raise RuntimeError(f"{method}: HTTP {answer.status_code}: {document}")
        return document["result"]

    def stop(self) -> None:
        async def stop() -> None:
            import httpx

            async with httpx.AsyncClient(timeout=60) as self.client:
                await self.call("soakStop")

        asyncio.run(stop())
        self.process.wait(timeout=10)


# --- the bot (this process) ---------------------------------------------------------------------

def question_texts() -> list[str]:
    """The development set's questions, as users typed them."""
    from bot.evaluation import DEFAULT_QUESTIONS, load_question_set

    return [t.text for turns in load_question_set(DEFAULT_QUESTIONS) for t in turns
            if t.text.strip() and not t.text.startswith("/")]


def batch_of(texts: list[str], start: int, count: int, chats: int) -> list[dict]:
    """Updates number `start` … `start + count - 1`: private-chat questions, round-robin over
    `chats` users (message ids count up per chat)."""
    out = []
    for index in range(start, start + count):
        user = FIRST_USER + index % chats
        sender = {"id": user, "is_bot": False, "first_name": f"Soak{user}",
                  "language_code": "id"}
        chat = {"id": user, "type": "private", "first_name": sender["first_name"]}
        out.append({"message": {"message_id": index // chats + 1, "from": sender,
                                "chat": chat, "date": int(time.time()),
                                "text": texts[index % len(texts)]}})
    return out


def rss_mb() -> float:
    """This process's resident memory now (VmRSS), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


@dataclasses.dataclass
class Samples:
    """RSS after each batch: (updates answered, MB)."""

    points: list[tuple[int, float]] = dataclasses.field(default_factory=list)

    def add(self, answered: int) -> None:
        self.points.append((answered, rss_mb()))

    def after(self, answered: int) -> list[float]:
        return [mb for at, mb in self.points if at >= answered]


async def soak(server: Server, args: argparse.Namespace) -> dict[str, Any]:
    import httpx

    async with httpx.AsyncClient(timeout=120) as server.client:
        return await _soak(server, args)


async def _soak(server: Server, args: argparse.Namespace) -> dict[str, Any]:
    from bot.channels.telegram import network, runner
    from bot.channels.telegram.settings import TelegramSettings
    from bot.engine import Engine
    from knowledge.loader import load_knowledge

    shipped = network.TUNING
    network.TUNING = dataclasses.replace(shipped, overall_max_rate=0, group_max_rate=0)
    texts = question_texts()
    engine = Engine(load_knowledge())
    with tempfile.TemporaryDirectory() as folder:
        values: dict[str, Any] = {
            "token": TOKEN, "api_base_url": server.base_url, "log_level": "WARNING",
            "state_file": Path(folder) / "state.json", "metrics_port": args.metrics_port}
        if "unanswered_file" in TelegramSettings.model_fields:  # once the bot has one
            values["unanswered_file"] = Path(folder) / "unanswered.jsonl"
        settings = TelegramSettings(_env_file=None, **values)  # type: ignore[call-arg]
        app = runner.build_application(settings, engine)
        loops: list[asyncio.AbstractEventLoop] = []
        post_init = app.post_init

        async def noting_the_loop(application: Any) -> None:
            loops.append(asyncio.get_running_loop())
            await post_init(application)

        app.post_init = noting_the_loop
        thread = threading.Thread(target=runner.serve, args=(app, settings),
                                  kwargs={"stop_signals": None}, name="bot", daemon=True)
        samples = Samples()
        thread.start()
        try:
            figures = await _drive(server, args, texts, thread, samples)
            figures["metrics_questions"] = await _questions_on_metrics(settings, server)
            figures["tables"] = {
                "context_store": len(engine.context), "context_capacity": engine.context.max_chats,
                "button_table": len(app.bot_data.buttons.snapshot()),
                "button_capacity": app.bot_data.buttons.capacity,
                "chat_locks": len(app.update_processor.locks),
                "chat_data": len(app.chat_data), "user_data": len(app.user_data)}
            figures["state_file_kb"] = _size_kb(Path(folder) / "state.json")
        finally:
            while thread.is_alive() and not app.running:
                await asyncio.sleep(0.05)
            if loops and thread.is_alive():
                loops[0].call_soon_threadsafe(_stop_signal)
            await asyncio.to_thread(thread.join, 60)
            network.TUNING = shipped
    figures["samples"] = samples.points
    return figures


async def _drive(server: Server, args: argparse.Namespace, texts: list[str],
                 thread: threading.Thread, samples: Samples) -> dict[str, Any]:
    """Push the batches, keeping at most `window` updates unanswered; sample RSS after each."""
    deadline = time.monotonic() + READY_TIMEOUT
    while not (await server.call("soakStats"))["polling"]:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the bot did not start polling")
        await asyncio.sleep(0.05)
    started = time.monotonic()
    pushed = answered = 0
    warm_rss = warm_at = None
    warm_snapshot: Any = None
    last_progress, last_answered = time.monotonic(), 0
    next_report = next_sample = 0
    while answered < args.updates:
        if pushed < args.updates and pushed - answered <= args.window - args.batch:
            count = min(args.batch, args.updates - pushed)
            await server.call("soakPush", updates=batch_of(texts, pushed, count, args.chats))
            pushed += count
            continue
        await asyncio.sleep(0.05)
        stats = await server.call("soakStats")
        answered = stats["answered"]
        if stats["failed_calls"]:
            break
        if answered != last_answered:
            last_progress, last_answered = time.monotonic(), answered
        elif time.monotonic() - last_progress > STALL_TIMEOUT or not thread.is_alive():
            break
        if answered >= args.warmup and warm_rss is None:
            gc.collect()
            warm_rss, warm_at = rss_mb(), answered
            if args.tracemalloc:
                warm_snapshot = tracemalloc.take_snapshot()
        if answered >= next_sample:
            samples.add(answered)
            next_sample = answered + args.batch
        if answered >= next_report:
            print(f"  {answered:>8,} answered, RSS {rss_mb():.1f} MB, "
                  f"{time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
            next_report += args.updates // 20
    seconds = time.monotonic() - started
    await asyncio.sleep(1.0)  # anything sent twice would arrive now
    gc.collect()
    samples.add(answered)
    stats = await server.call("soakStats", full=True)
    if args.tracemalloc and warm_rss is not None:
        print_growth(warm_snapshot, tracemalloc.take_snapshot())
    after = samples.after(warm_at or 0)
    warm = warm_rss or (after[0] if after else 0.0)
    highest = max(after) if after else warm
    return {
        "updates": args.updates, "chats": args.chats, "batch": args.batch,
        "window": args.window, "warmup": args.warmup, "pushed": pushed,
        "answered": stats["answered"], "duplicates": stats["duplicates"],
        "missing": stats["missing"], "failed_calls": stats["failed_calls"],
        "failed_examples": stats["failed_examples"], "seconds": seconds,
        "answered_per_second": stats["answered"] / seconds if seconds else 0.0,
        "rss_warm_mb": warm, "rss_max_after_warmup_mb": highest,
        "rss_final_mb": samples.points[-1][1], "growth": (highest - warm) / warm if warm else 0,
    }


def print_growth(before: tracemalloc.Snapshot, after: tracemalloc.Snapshot) -> None:
    """The Python allocations that grew most since warm-up, by where they were made."""
    traced = sum(stat.size for stat in after.statistics("filename")) / 2**20
    print(f"\ntracemalloc: {traced:.1f} MB traced at the end; grown most since warm-up:",
          file=sys.stderr)
    for stat in after.compare_to(before, "traceback")[:8]:
        print(f"  {stat.size_diff / 1024:+.0f} KiB, {stat.count_diff:+d} blocks", file=sys.stderr)
        for line in stat.traceback.format()[-6:]:
            print(f"    {line}", file=sys.stderr)


async def _questions_on_metrics(settings: Any, server: Server) -> float | None:
    """The sum of humasbot_questions_total on the bot's /metrics."""
    if settings.metrics_port is None:
        return None
    from prometheus_client.parser import text_string_to_metric_families

    page = await server.client.get(f"http://127.0.0.1:{settings.metrics_port}/metrics")
    return sum(sample.value for family in text_string_to_metric_families(page.text)
               for sample in family.samples if sample.name == "humasbot_questions_total")


def _size_kb(path: Path) -> float:
    return path.stat().st_size / 1024 if path.exists() else 0.0


def _stop_signal() -> None:
    """What PTB does on SIGTERM, run in the bot's event loop: a graceful stop."""
    raise SystemExit


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=200_000)
    parser.add_argument("--chats", type=int, default=50_000)
    parser.add_argument("--batch", type=int, default=1_000, help="updates per push")
    parser.add_argument("--window", type=int, default=3_000,
                        help="at most this many updates pushed and not yet answered")
    parser.add_argument("--warmup", type=int,
                        help="updates answered before the RSS baseline (default: 10 %% of "
                             "--updates; less than --chats, so that memory kept per chat "
                             "would still show as growth)")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="trace Python allocations (slower) and print those that grew "
                             "most after warm-up")
    parser.add_argument("--server", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.server:
        serve_fake_api()
        return 0
    if args.warmup is None:
        args.warmup = args.updates // 10
    args.metrics_port = _free_port()
    if args.tracemalloc:
        tracemalloc.start(4)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    server = Server()
    try:
        figures = asyncio.run(soak(server, args))
    finally:
        server.stop()
    info = machine()
    ok_once = (figures["answered"] == figures["updates"] and not figures["duplicates"]
               and not figures["missing"] and not figures["failed_calls"])
    ok_memory = figures["growth"] <= MAX_GROWTH
    print(f"machine: {info['cpu']}, {info['nproc']} cores, Python {info['python']}; bot on "
          f"CPU 0, fake Bot API on CPU 1; flood limiter lifted\n")
    print(table(
        ["updates", "chats", "answered", "twice", "missing", "failed calls", "seconds",
         "answered/s", "RSS warm MB", "RSS max MB", "RSS final MB", "growth"],
        [[figures["updates"], figures["chats"], figures["answered"], figures["duplicates"],
          figures["missing"], figures["failed_calls"], figures["seconds"],
          figures["answered_per_second"], figures["rss_warm_mb"],
          figures["rss_max_after_warmup_mb"], figures["rss_final_mb"],
          f"{figures['growth'] * 100:+.1f} %"]]))
    tables = figures["tables"]
    print(f"\nafter the run: context store {tables['context_store']:,} chats (capacity "
          f"{tables['context_capacity']:,}), button table {tables['button_table']:,} "
          f"(capacity {tables['button_capacity']:,}), chat locks {tables['chat_locks']}, "
          f"PTB chat_data {tables['chat_data']}, user_data {tables['user_data']}, state file "
          f"{figures['state_file_kb']:.0f} KB; /metrics counts "
          f"{figures['metrics_questions']:,.0f} questions")
    if figures["failed_examples"]:
        print(f"failed calls, first ones: {figures['failed_examples']}")
    print(f"\n{'PASS' if ok_once else 'MISS'}  every update answered exactly once")
    print(f"{'PASS' if ok_memory else 'MISS'}  RSS after warm-up (the first "
          f"{figures['warmup']:,} updates) grew {figures['growth'] * 100:+.1f} % "
          f"(at most {MAX_GROWTH * 100:.0f} %)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"machine": info, **figures}, indent=2,
                                        ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0 if ok_once and ok_memory else 1


if __name__ == "__main__":
    sys.exit(main())
