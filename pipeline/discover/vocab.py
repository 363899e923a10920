"""The discovery vocabulary: words that make a link worth following, as data.

What: ``vocabulary()`` and ``listing_vocabulary()`` read ``discovery.toml`` beside this
module once, with every phrase already in the form ``normalise`` gives (lower case, no
accents, words split on punctuation and letter/digit boundaries).

Why: the link filters (``links``) and the territory names (``names``) compare text in
the same normal form; keeping the vocabulary and that form apart from both lets each
import it without importing the other.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from pipeline.textnorm import unaccented

_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The discovery vocabulary, phrases already normalised."""

    url_suffixes: tuple[str, ...]
    document_words: tuple[str, ...]
    triggers: tuple[str, ...]


def normalise(text: str) -> str:
    """Lower case, no accents, words split on punctuation and letter/digit boundaries.

    The result is padded with spaces so that `` phrase `` tests whole words.
    """
    plain = unaccented(text).casefold()
    words = _NON_WORD.sub(" ", _LETTER_DIGIT.sub(" ", plain)).split()
    return f" {' '.join(words)} "


@dataclass(frozen=True, slots=True)
class ListingVocabulary:
    """The ``[listing]`` vocabulary, phrases already normalised."""

    territory_phrases: tuple[str, ...]
    min_commune_population: int
    epci_kind_words: tuple[str, ...]
    articles: frozenset[str]
    generic_host_words: frozenset[str]
    skip_suffixes: tuple[str, ...]


def _raw_vocabulary() -> dict[str, Any]:
    return tomllib.loads(files("pipeline.discover").joinpath("discovery.toml").read_text("utf-8"))


@cache
def listing_vocabulary() -> ListingVocabulary:
    """The ``[listing]`` part of ``pipeline/discover/discovery.toml`` (read once)."""
    raw = _raw_vocabulary()["listing"]
    return ListingVocabulary(
        territory_phrases=tuple(normalise(p) for p in raw["territory_phrases"]),
        min_commune_population=int(raw["min_commune_population"]),
        epci_kind_words=tuple(normalise(w).strip() for w in raw["epci_kind_words"]),
        articles=frozenset(normalise(w).strip() for w in raw["articles"]),
        generic_host_words=frozenset(normalise(w).strip() for w in raw["generic_host_words"]),
        skip_suffixes=tuple(s.lower() for s in raw["skip_suffixes"]),
    )


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary of ``pipeline/discover/discovery.toml`` (read once)."""
    raw = _raw_vocabulary()
    return Vocabulary(
        url_suffixes=tuple(s.lower() for s in raw["document"]["url_suffixes"]),
        document_words=tuple(normalise(w) for w in raw["document"]["words"]),
        triggers=tuple(normalise(p) for p in raw["triggers"]["phrases"]),
    )
