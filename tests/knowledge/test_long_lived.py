"""Long-lived data is built with the garbage collector paused and then frozen out of its
sight; it holds no reference cycles, so nothing of it is lost when it is replaced."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from bot.engine import Engine
from knowledge.loader import load_knowledge
from knowledge.long_lived import long_lived


class Node:
    pass


def test_what_a_build_makes_is_frozen_and_the_collector_runs_again_after_it() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    with long_lived():
        assert not gc.isenabled()
        built = [Node() for _ in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(built)


def test_a_failed_build_freezes_nothing_and_restores_the_collector() -> None:
    frozen = gc.get_freeze_count()
    with pytest.raises(ValueError), long_lived():
        [Node() for _ in range(1000)]
        raise ValueError("broken fact file")
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with long_lived():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_builds_restart_the_collector_only_when_the_last_ends() -> None:
    inside, release = threading.Event(), threading.Event()

    def other_build() -> None:
        with long_lived():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other_build)
    thread.start()
    assert inside.wait(10)
    with long_lived():
        pass
    assert not gc.isenabled()  # the other thread's build is still under way
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_knowledge_and_engine_hold_no_cycles_so_a_replaced_one_is_freed() -> None:
    # Given a knowledge base and an engine built on it (both frozen when built)
    kb = load_knowledge()
    engine = Engine(kb)
    engine.ask("siapa juara TOP GPR 2021?", "t")
    gone = [weakref.ref(kb.results[0]), weakref.ref(engine._compiled)]
    # When they are replaced (as /reload does), with the collector not running at all
    gc.disable()
    try:
        engine.replace_knowledge(load_knowledge())
        del kb
        # Then reference counting alone has freed them
        assert [ref() for ref in gone] == [None, None]
    finally:
        gc.enable()
