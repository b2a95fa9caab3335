"""Telegram path: updates per second and update→sendMessage latency through the real bot.

    uv run python benchmarks/bench_telegram.py [--updates 2000] [--chats 200] [--json FILE]

The real bot (`runner.serve`: PTB's run_polling with the Application, handlers, per-chat
ordering, flood limiter and real Engine, in a thread of its own) long-polls the fake Bot API
server of the Telegram tests (tests/telegram/tg_fake_api.py) on 127.0.0.1. The fake server runs
in a child process on the second core, so the bot's core does only the bot's work; the bot's
process is pinned to CPU 0. The server timestamps each update
when it is queued and each sendMessage when it arrives (one clock, its own), matching them
per chat in order (the bot answers one chat's messages in order, one message each).

Three runs, each with a freshly started bot:
  capacity  all updates queued at once, the flood limiter lifted (overall_max_rate=0): what
            the bot can answer per second (the target: ≥ 100)
  shipped   a burst with the flood limiter as shipped (30 messages/s, Telegram's own limit)
  paced     updates arriving at a steady 20/s with the limiter as shipped: everyday latency
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import OUT, ROOT, latency_summary, machine, table

TESTS = ROOT / "tests" / "telegram"
sys.path.insert(0, str(TESTS))
TOKEN = "123456789:AAHbench-token_0123456789abcdefghijklmn"
FIRST_USER = 700_000
READY_TIMEOUT = 30.0
TARGET = 100  # answered updates a second, the flood limiter lifted


# --- the fake Bot API server (child process) --------------------------------------------------

def serve_fake_api() -> None:
    """Run the tests' FakeBotApi plus bench methods (benchPush, benchStats, benchReset,
    benchStop: called like Bot API methods); print the port, run until benchStop."""
    from tg_fake_api import FakeBotApi

    class BenchApi(FakeBotApi):
        def __init__(self) -> None:
            super().__init__(TOKEN)
            self.done = asyncio.Event()
            self.reset()

        def reset(self) -> None:
            self.pending: dict[int, collections.deque[float]] = collections.defaultdict(
                collections.deque)
            self.latencies: list[float] = []
            self.first_push = self.last_answer = 0.0
            self.extra_messages = 0
            self.polling = False
            self.cpu_at_reset = _cpu()
            self.calls.clear()

        async def api_benchreset(self, params: dict) -> bool:
            self.reset()
            return True

        async def api_benchpush(self, params: dict) -> int:
            now = time.monotonic()
            self.first_push = self.first_push or now
            for update in params["updates"]:
                self.push(update)
                self.pending[update["message"]["chat"]["id"]].append(now)
            return len(params["updates"])

        async def api_getupdates(self, params: dict) -> list[dict]:
            self.polling = True
            return await super().api_getupdates(params)

        async def api_sendmessage(self, params: dict) -> dict:
            result = await super().api_sendmessage(params)
            queue = self.pending.get(result["chat"]["id"])
            now = time.monotonic()
            if queue:
                self.latencies.append((now - queue.popleft()) * 1000)
                self.last_answer = now
            else:
                self.extra_messages += 1
            return result

        async def api_benchstats(self, params: dict) -> dict:
            if not params.get("full"):  # cheap, for polling
                return {"answered": len(self.latencies), "polling": self.polling}
            failed = [c for c in self.calls if not c.ok]
            return {"answered": len(self.latencies), "latencies_ms": self.latencies,
                    "seconds": self.last_answer - self.first_push if self.latencies else 0.0,
                    "extra_messages": self.extra_messages,
                    "polling": self.polling, "server_cpu_s": _cpu() - self.cpu_at_reset,
                    "failed_calls": [(c.method, c.error) for c in failed[:5]],
                    "failed": len(failed)}

        async def api_benchstop(self, params: dict) -> bool:
            self.done.set()
            return True

    async def main() -> None:
        api = BenchApi()
        await api.start()
        print(api.port, flush=True)
        await api.done.wait()
        await asyncio.sleep(0.1)
        await api.close()

    asyncio.run(main())


class Server:
    """The child process and a client for its bench methods."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT)])}
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--server"], stdout=subprocess.PIPE, text=True, env=env,
            cwd=ROOT)
        cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else set()
        if len(cores) > 1:
            os.sched_setaffinity(self.process.pid, {sorted(cores)[1]})
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())
        self.base_url = f"http://127.0.0.1:{self.port}/bot"

        self.client: Any = None

    async def call(self, method: str, **params: Any) -> Any:
        answer = await self.client.post(f"{self.base_url}{TOKEN}/{method}", json=params)
        return answer.json()["result"]

    def stop(self) -> None:
        async def stop() -> None:
            import httpx

            async with httpx.AsyncClient(timeout=60) as self.client:
                await self.call("benchStop")

        asyncio.run(stop())
        self.process.wait(timeout=10)


# --- the bot (this process) ---------------------------------------------------------------------

def questions(limit: int) -> list[str]:
    """Texts from the development question set, as users typed them."""
    from bot.evaluation import DEFAULT_QUESTIONS, load_question_set

    texts = [t.text for turns in load_question_set(DEFAULT_QUESTIONS) for t in turns
             if t.text.strip() and not t.text.startswith("/")]
    return [texts[i % len(texts)] for i in range(limit)]


def updates(texts: list[str], chats: int) -> list[dict]:
    """Private-chat text messages, spread round-robin over `chats` users."""
    out, message_ids = [], collections.Counter()
    for index, text in enumerate(texts):
        user = FIRST_USER + index % chats
        message_ids[user] += 1
        sender = {"id": user, "is_bot": False, "first_name": f"Bench{user}", "language_code": "id"}
        chat = {"id": user, "type": "private", "first_name": sender["first_name"]}
        out.append({"message": {"message_id": message_ids[user], "from": sender, "chat": chat,
                                "date": int(time.time()), "text": text}})
    return out


async def run(server: Server, engine: Any, texts: list[str], chats: int, *, limited: bool,
              rate: float | None, timeout: float, profiler: Any = None) -> dict[str, Any]:
    """Start the real bot (in a thread), push the updates (all at once, or `rate` per second),
    wait until each is answered, stop the bot; return the server's figures and the bot's CPU
    time."""
    import httpx

    async with httpx.AsyncClient(timeout=60) as server.client:
        return await _run(server, engine, texts, chats, limited=limited, rate=rate,
                          timeout=timeout, profiler=profiler)


async def _run(server: Server, engine: Any, texts: list[str], chats: int, *, limited: bool,
               rate: float | None, timeout: float, profiler: Any) -> dict[str, Any]:
    import threading

    from bot.channels.telegram import network, runner
    from bot.channels.telegram.settings import TelegramSettings

    shipped = network.TUNING
    if not limited:
        network.TUNING = dataclasses.replace(shipped, overall_max_rate=0, group_max_rate=0)
    await server.call("benchReset")
    with tempfile.TemporaryDirectory() as folder:
        settings = TelegramSettings(  # type: ignore[call-arg]
            _env_file=None, token=TOKEN, api_base_url=server.base_url,
            state_file=Path(folder) / "state.json", log_level="WARNING")
        app = runner.build_application(settings, engine)
        loops: list[asyncio.AbstractEventLoop] = []
        post_init = app.post_init

        async def noting_the_loop(application: Any) -> None:
            loops.append(asyncio.get_running_loop())
            await post_init(application)

        app.post_init = noting_the_loop

        def serve() -> None:
            if profiler:
                profiler.runcall(runner.serve, app, settings, stop_signals=None)
            else:
                runner.serve(app, settings, stop_signals=None)

        thread = threading.Thread(target=serve, name="bot", daemon=True)
        thread.start()
        try:
            deadline = time.monotonic() + READY_TIMEOUT
            while not (await server.call("benchStats"))["polling"]:
                if not thread.is_alive() or time.monotonic() > deadline:
                    raise RuntimeError("the bot did not start polling")
                await asyncio.sleep(0.05)
            batch = updates(texts, chats)
            cpu = _cpu()
            if rate:
                start = time.monotonic()
                for index, update in enumerate(batch):
                    await asyncio.sleep(max(0.0, start + index / rate - time.monotonic()))
                    await server.call("benchPush", updates=[update])
            else:
                await server.call("benchPush", updates=batch)
            deadline = time.monotonic() + timeout
            while (await server.call("benchStats"))["answered"] < len(batch):
                if time.monotonic() > deadline or not thread.is_alive():
                    break
                await asyncio.sleep(0.2)
            cpu = _cpu() - cpu
            stats = await server.call("benchStats", full=True)
        finally:
            while thread.is_alive() and not app.running:
                await asyncio.sleep(0.05)
            if loops and thread.is_alive():
                loops[0].call_soon_threadsafe(_stop_signal)
            await asyncio.to_thread(thread.join, 30)
            network.TUNING = shipped
    answered = stats["answered"]
    return {"updates": len(batch), "chats": chats, "answered": answered,
            "limiter": "shipped" if limited else "lifted", "arrival_rate": rate,
            "seconds": stats["seconds"],
            "answered_per_second": answered / stats["seconds"] if stats["seconds"] else 0.0,
            "bot_cpu_ms_per_update": cpu * 1000 / max(answered, 1),
            "server_cpu_ms_per_update": stats["server_cpu_s"] * 1000 / max(answered, 1),
            "extra_messages": stats["extra_messages"], "failed_calls": stats["failed"],
            "failed_examples": stats["failed_calls"],
            "latency": latency_summary(stats["latencies_ms"])}


def _stop_signal() -> None:
    """What PTB does on SIGTERM, run in the bot's event loop: a graceful stop."""
    raise SystemExit


def write_profile(profiler: Any) -> None:
    import io
    import pstats

    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("cumulative").print_stats(50)
    stats.sort_stats("tottime").print_stats(30)
    OUT.mkdir(exist_ok=True)
    profiler.dump_stats(OUT / "profile-telegram.prof")
    (OUT / "profile-telegram.txt").write_text(stream.getvalue(), encoding="utf-8")
    print(f"profile: {OUT / 'profile-telegram.txt'}", file=sys.stderr)


def _installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=2000, help="updates in the capacity run")
    parser.add_argument("--chats", type=int, default=200, help="private chats they come from")
    parser.add_argument("--shipped-updates", type=int, default=300,
                        help="updates in the run with the shipped flood limiter (0: skip)")
    parser.add_argument("--paced-updates", type=int, default=200,
                        help="updates arriving at --rate per second (0: skip)")
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--facts", help="fact folder for the engine (default: packaged facts)")
    parser.add_argument("--concurrency", type=int,
                        help="try another CONCURRENT_UPDATES (default: as shipped)")
    parser.add_argument("--pool", type=int,
                        help="try another CONNECTION_POOL_SIZE (default: as shipped)")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--profile", action="store_true",
                        help="profile the bot during the capacity run "
                             "(benchmarks/out/profile-telegram.txt)")
    parser.add_argument("--server", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.server:
        serve_fake_api()
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    from bot.channels.telegram import application
    from bot.engine import Engine
    from knowledge.loader import load_knowledge

    if args.concurrency:  # experiments only: the shipped values stay in application.py
        application.CONCURRENT_UPDATES = args.concurrency
    if args.pool:
        application.CONNECTION_POOL_SIZE = args.pool

    run_loop = asyncio.run
    tuning = {"concurrent_updates": application.CONCURRENT_UPDATES,
              "connection_pool_size": application.CONNECTION_POOL_SIZE,
              "sniffio_installed": _installed("sniffio")}
    engine = Engine(load_knowledge(args.facts))
    server = Server()
    results = []
    try:
        plans = [("capacity", args.updates, False, None),
                 ("shipped", args.shipped_updates, True, None),
                 ("paced", args.paced_updates, True, args.rate)]
        for name, count, limited, rate in plans:
            if not count:
                continue
            print(f"{name}: {count} updates …", file=sys.stderr, flush=True)
            texts = questions(count)
            timeout = 120 + count / (rate or 25)
            profiler = cProfile.Profile() if args.profile and name == "capacity" else None
            figures = run_loop(run(server, engine, texts, min(args.chats, count),
                                   limited=limited, rate=rate, timeout=timeout,
                                   profiler=profiler))
            results.append({"run": name, **figures})
            if profiler:
                write_profile(profiler)
    finally:
        server.stop()
    rows = [[r["run"], r["updates"], r["chats"], r["limiter"],
             f"{r['arrival_rate']:g}/s" if r["arrival_rate"] else "burst", r["answered"],
             r["answered_per_second"], r["latency"]["p50_ms"], r["latency"]["p99_ms"],
             r["latency"]["max_ms"], r["bot_cpu_ms_per_update"], r["server_cpu_ms_per_update"],
             r["failed_calls"]]
            for r in results]
    info = machine()
    print(f"machine: {info['cpu']}, {info['nproc']} cores, Python {info['python']}; bot on "
          f"CPU 0, fake Bot API on CPU 1; {tuning}\n")
    print(table(["run", "updates", "chats", "flood limiter", "arrival", "answered",
                 "answered/s", "p50 ms", "p99 ms", "max ms", "bot CPU ms/upd.",
                 "server CPU ms/upd.", "failed"],
                rows))
    capacity = next((r for r in results if r["run"] == "capacity"), None)
    if capacity:
        ok = (capacity["answered_per_second"] >= TARGET
              and capacity["answered"] == capacity["updates"])
        print(f"\n{'PASS' if ok else 'MISS'}  capacity: {capacity['answered_per_second']:.0f} "
              f"answered updates/s (target ≥ {TARGET})")
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "tuning": tuning,
                                         "results": results}, indent=2,
                                        ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
