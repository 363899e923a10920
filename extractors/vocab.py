"""Load the vocabulary data files and build compiled patterns from them.

The French words live in ``extractors/vocab/*.toml``, written as words in the syntax
described at the top of ``triggers.toml`` (``extractors.wordmatch.fragment`` compiles one
entry); this module only turns them into regular expressions, once per process (cached).
Code may add structure around them (spaces, groups, boundaries) but holds no French word.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from extractors.wordmatch import LEGACY, fragment

AS_WRITTEN = "as_written"
"""The sub-table of a section whose lists match only with the capitals as written: its
words join the list of the same name in the section ("[signature.as_written] deed")."""


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed content of ``extractors/vocab/<name>.toml``."""
    text = resources.files("extractors").joinpath("vocab", f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


def entries(section: str, key: str, name: str = "triggers") -> list[str]:
    """The words and phrases of a list as written in the vocabulary file."""
    value = load(name)[section][key]
    return [str(v) for v in value]


def words(section: str, key: str, name: str = "triggers") -> list[str]:
    """The pattern fragments of a list: each entry compiled from the word syntax, those of
    the section's ``as_written`` table of the same name case-sensitive."""
    table = load(name)[section]
    cased = table.get(AS_WRITTEN, {}).get(key, [])
    plain = [_fragment(str(v)) for v in table.get(key, [])]
    return plain + [f"(?-i:{_fragment(str(v))})" for v in cased]


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


def _fragment(entry: str) -> str:
    """An entry's fragment; an entry marked ``re:`` is still a regular expression."""
    return entry[len(LEGACY) :] if entry.startswith(LEGACY) else fragment(entry)
