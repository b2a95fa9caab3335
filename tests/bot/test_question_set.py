"""The development question set and its bar; the hold-out set is reported beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation import DEFAULT_QUESTIONS, evaluate, format_report, load_question_set

HOLDOUT = Path(DEFAULT_QUESTIONS).with_name("questions_holdout.yaml")
BLIND = Path(DEFAULT_QUESTIONS).with_name("questions_blind.yaml")


def turns_of(conversations):
    return [turn for conversation in conversations for turn in conversation]


def test_development_set_is_big_and_varied_enough():
    conversations = load_question_set(Path(DEFAULT_QUESTIONS))
    turns = turns_of(conversations)
    negatives = [t for t in turns if t.kind in ("no_data", "out_of_domain")]
    assert len(turns) >= 200
    assert len(negatives) >= 60
    assert sum(len(c) > 1 for c in conversations) >= 10
    intents = {t.intent for t in turns if t.kind == "answerable"}
    assert len(intents) >= 18


def test_development_set_meets_the_bar(engine):
    report = evaluate(engine, load_question_set(Path(DEFAULT_QUESTIONS)))
    summary = "\n".join(format_report(report))
    assert report.answerable_accuracy() >= 0.95, summary
    assert report.false_answer_rate() <= 0.01, summary


@pytest.mark.parametrize("path", [HOLDOUT, BLIND], ids=["holdout", "blind"])
def test_independently_written_sets_meet_the_bar_too(engine, path):
    report = evaluate(engine, load_question_set(path))
    summary = "\n".join(format_report(report))
    assert report.answerable_accuracy() >= 0.95, summary
    assert report.false_answer_rate() <= 0.01, summary
