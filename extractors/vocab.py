"""Load the vocabulary data files and build compiled patterns from them.

The French words live in ``extractors/vocab/*.toml``; this module only turns them into
regular expressions, once per process (cached).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed content of ``extractors/vocab/<name>.toml``."""
    text = resources.files("extractors").joinpath("vocab", f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


def words(section: str, key: str, name: str = "triggers") -> list[str]:
    """A list of pattern fragments from a vocabulary file."""
    value = load(name)[section][key]
    return [str(v) for v in value]


def alternation(fragments: list[str]) -> str:
    """A non-capturing alternation, longest fragments first so the longest phrase wins."""
    return "(?:" + "|".join(sorted(fragments, key=len, reverse=True)) + ")"


@cache
def trigger(section: str, key: str) -> re.Pattern[str]:
    """A case-insensitive pattern matching any trigger of a section/key, on word starts."""
    return re.compile(r"(?<![\w])" + alternation(words(section, key)), re.IGNORECASE)


def grammar(key: str) -> str:
    """An alternation of the French function words of ``[grammar] key`` (articles, the
    forms of "de", pronouns) for patterns built around them."""
    return alternation(words("grammar", key))


@cache
def first_names() -> frozenset[str]:
    """Common French first names (one per line in first_names.txt)."""
    text = resources.files("extractors").joinpath("vocab", "first_names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
