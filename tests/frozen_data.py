"""The frozen copy of the knowledge the tests hold answers to (tests/data/facts and
tests/data/seeds): the shipped knowledge/ may grow without turning a test red."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
FROZEN_FACTS = DATA / "facts"
FROZEN_SEEDS = DATA / "seeds"
FROZEN_QUESTIONS = DATA / "knowledge_questions.yaml"  # a copy of knowledge/questions.yaml
SHIPPED_FACTS = ROOT / "knowledge" / "facts"
SHIPPED_SEEDS = ROOT / "seeds"
FROZEN_ENV = {"HUMASBOT_FACTS_DIR": str(FROZEN_FACTS), "HUMASBOT_SEEDS_DIR": str(FROZEN_SEEDS)}


def load_frozen():
    """A KnowledgeBase of the frozen copy."""
    from knowledge.loader import load_knowledge

    return load_knowledge(FROZEN_FACTS, FROZEN_SEEDS)
