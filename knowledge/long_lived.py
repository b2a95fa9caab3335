"""Building data that lives as long as the process, or until it is replaced: the knowledge
base and the engine's indexes built from it.

Python's cyclic garbage collector rescans long-lived objects over and over while they are
being made (a quarter of a large load's time), and after they are made it scans all of them
again, more than once: of the 3.6 s the engine's indexes took to build at 10,000 editions,
2 s were the collector's. So the collector pauses while such data is built, and once it is
built `gc.freeze()` moves it (and whatever else is alive then) out of the collector's sight
for good. That is safe because this data holds no reference cycles: when it is replaced it
is freed by reference counting, as usual (tests/knowledge/test_long_lived.py checks it).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_builds = 0  # builds under way (a /reload may overlap another thread's build)
_collecting = False  # whether the collector ran before the first of them


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """Pause the cyclic garbage collector while the block builds long-lived data; if the
    block succeeds, freeze what it built. The collector runs again, as before, once no
    build is under way."""
    global _builds, _collecting
    with _lock:
        if _builds == 0:
            _collecting = gc.isenabled()
            gc.collect(1)  # the young garbage, which would be frozen with the data
            gc.disable()
        _builds += 1
    try:
        yield
        gc.freeze()
    finally:
        with _lock:
            _builds -= 1
            if _builds == 0 and _collecting:
                gc.enable()
