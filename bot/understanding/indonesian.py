"""Indonesian word knowledge from PySastrawi, loaded once: its dictionary of root words and
its stemmer."""

from __future__ import annotations

import functools
from typing import Any

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory


@functools.cache
def _factory() -> Any:
    return StemmerFactory()


@functools.cache
def stemmer() -> Any:
    """PySastrawi's stemmer ("pemanfaatan" → "manfaat")."""
    return _factory().create_stemmer()


@functools.cache
def indonesian_roots() -> frozenset[str]:
    """The root words of Indonesian (PySastrawi's dictionary, about 30,000): a word among
    them is a word, never a typo of another ("berat" is not "berkat" mistyped)."""
    return frozenset(_factory().get_words_from_file())
