"""Shared helpers for the benchmarks: cached synthetic sets, memory, percentiles, tables."""

from __future__ import annotations

import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"  # git-ignored
for _path in (str(HERE), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)


def synth_set(editions: int, seed: int = 1, questions: int | None = None) -> Path:
    """The folder of a generated set, generating it unless an identical one is cached
    (same size, seed, question count and generator code)."""
    import synth

    questions = synth.default_questions(editions) if questions is None else questions
    folder = OUT / f"synth-{editions}-seed{seed}"
    wanted = {"editions": editions, "seed": seed, "questions": questions,
              "generator": synth.fingerprint()}
    manifest = folder / "manifest.json"
    if manifest.exists():
        found = json.loads(manifest.read_text(encoding="utf-8"))
        if all(found.get(k) == v for k, v in wanted.items()):
            return folder
    print(f"generating {editions} editions into {folder} …", file=sys.stderr, flush=True)
    made = synth.generate(editions, folder, seed, questions)
    print(f"  {made['counts']} in {made['seconds']} s", file=sys.stderr, flush=True)
    return folder


def memory_mb() -> dict[str, float]:
    """Current (VmRSS) and peak (VmHWM) resident memory of this process, in MB."""
    found: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found["rss" if key == "VmRSS" else "peak"] = int(value.split()[0]) / 1024
    except OSError:
        pass
    if "peak" not in found:  # not Linux: ru_maxrss is KB on Linux, bytes on macOS
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        found["peak"] = peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return found


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0–100) of unsorted values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def latency_summary(ms: list[float]) -> dict[str, float]:
    total = sum(ms)
    return {"count": len(ms), "p50_ms": percentile(ms, 50), "p90_ms": percentile(ms, 90),
            "p99_ms": percentile(ms, 99), "max_ms": max(ms) if ms else float("nan"),
            "mean_ms": total / len(ms) if ms else float("nan"),
            "per_second": len(ms) / (total / 1000) if total else float("nan")}


def pinned(command: list[str]) -> list[str]:
    """The command pinned to CPU 0 when taskset exists (one core, as the targets say)."""
    return ["taskset", "-c", "0", *command] if shutil.which("taskset") else command


def run_json(command: list[str], timeout: float) -> dict[str, Any]:
    """Run a worker that prints one JSON object as its last stdout line."""
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, "PYTHONHASHSEED": "0"}, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    if done.stderr.strip():
        print(done.stderr.rstrip(), file=sys.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    versions = {}
    for package in ("rapidfuzz", "pydantic", "yaml", "telegram"):
        try:
            module = __import__(package)
            versions[package] = getattr(module, "__version__", "?")
        except ImportError:
            versions[package] = None
    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version(),
            "python_executable": sys._base_executable,
            "platform": platform.platform(), "pinned_to_cpu0": bool(shutil.which("taskset")),
            "libyaml": bool(getattr(__import__("yaml"), "__with_libyaml__", False)),
            "versions": versions}


def table(headers: list[str], rows: list[list[Any]]) -> str:
    """A plain-text table (numbers right-aligned)."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h)
              for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w)
                       for i, (h, w) in enumerate(zip(headers, widths, strict=True)))]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(v.ljust(w) if i == 0 else v.rjust(w)
                               for i, (v, w) in enumerate(zip(row, widths, strict=True))))
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if math.isnan(value):
            return "-"
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
