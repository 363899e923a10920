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

from extractors.wordmatch import START, alternatives, fragment, text_length

AS_WRITTEN = "as_written"
"""The sub-table of a section whose lists match only exactly as written, capitals and
accents (other forms with "/"): its words join the list of the same name in the section
("[signature.as_written] deed = ["Fait à/a"]")."""


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed content of ``extractors/vocab/<name>.toml``."""
    text = resources.files("extractors").joinpath("vocab", f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


def entries(section: str, key: str, name: str = "triggers") -> list[str]:
    """The words and phrases of a list as written in the vocabulary file."""
    value = load(name)[section][key]
    return [str(v) for v in value]


def words(section: str, key: str, name: str = "triggers", bounded: bool = True) -> list[str]:
    """The pattern fragments of a list: each entry compiled from the word syntax, those of
    the section's ``as_written`` table of the same name case-sensitive. ``bounded=False``
    leaves out the start and end of word (function words inside a pattern whose code
    says what surrounds them)."""
    table = load(name)[section]
    cased = table.get(AS_WRITTEN, {}).get(key, [])
    plain = [_fragment(str(v), bounded=bounded) for v in table.get(key, [])]
    return plain + [_fragment(str(v), exact=True, bounded=bounded) for v in cased]


def alternation(fragments: list[str]) -> str:
    """A non-capturing alternation, longest phrases first so the longest phrase wins (the
    length of the text an entry matches, not of its compiled fragment)."""
    ordered = sorted(fragments, key=lambda f: _TEXT_LENGTH.get(f, len(f)), reverse=True)
    return "(?:" + alternatives(ordered) + ")"


@cache
def trigger(section: str, key: str) -> re.Pattern[str]:
    """A case-insensitive pattern matching any trigger of a section/key, on word starts."""
    return re.compile(r"(?<![\w])" + alternation(words(section, key)), re.IGNORECASE)


def grammar(key: str) -> str:
    """An alternation of the French function words of ``[grammar] key`` (articles, the
    forms of "de", pronouns) for patterns built around them: the code around them says
    where words start and end."""
    return alternation(words("grammar", key, bounded=False))


@cache
def first_names() -> frozenset[str]:
    """Common French first names (one per line in first_names.txt)."""
    text = resources.files("extractors").joinpath("vocab", "first_names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


_TEXT_LENGTH: dict[str, int] = {}
"""Compiled fragment → length of the longest text its entry is written as (ordering)."""


def _fragment(entry: str, exact: bool = False, bounded: bool = True) -> str:
    """An entry's fragment (case-sensitive for an entry to match as written), remembered
    with the length of its text for ordering."""
    compiled = fragment(entry, exact, bounded)
    if exact:  # case-sensitive; a start of word stays in front, where it is shared
        lead = START if compiled.startswith(START) else ""
        compiled = f"{lead}(?-i:{compiled[len(lead) :]})"
    _TEXT_LENGTH.setdefault(compiled, text_length(entry))
    return compiled
