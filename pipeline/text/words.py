"""Patterns built from the layout vocabularies in ``pipeline/text/vocab/*.toml``.

French words that mark headings, tables of contents, list bullets and site furniture
are data, not code: this module reads them once and compiles the patterns the readers
use.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

_NUMBER = r"(?:n°\s*)?(?:\d{1,3}(?:[.\-]\d{1,3})*|[IVXLC]{1,6}|[A-Z])\b"
_SEPARATOR_END = r"\s*(?:[-–—:.)]|$)"


def load_vocab(name: str) -> dict[str, Any]:
    """The parsed TOML vocabulary ``pipeline/text/vocab/<name>.toml``."""
    data = resources.files("pipeline.text").joinpath("vocab", f"{name}.toml").read_bytes()
    return tomllib.loads(data.decode("utf-8"))


def _alternation(words: list[str]) -> str:
    """A regex alternation of the words, longest first, spaces matching any spacing."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True)
class LayoutPatterns:
    """Compiled patterns for the layout words of PDF and plain-text documents."""

    numbered_heading: re.Pattern[str]
    standalone_heading: re.Pattern[str]
    toc_title: re.Pattern[str]
    bullet: re.Pattern[str]


@cache
def layout_patterns() -> LayoutPatterns:
    """The layout patterns, compiled once per process."""
    vocab = load_vocab("layout")
    headings = vocab["headings"]
    bullets = "".join(re.escape(b) for b in vocab["lists"]["bullets"] if len(b) == 1)
    return LayoutPatterns(
        numbered_heading=re.compile(
            rf"^(?:{_alternation(headings['numbered'])})\s+{_NUMBER}{_SEPARATOR_END}",
            re.IGNORECASE,
        ),
        standalone_heading=re.compile(
            rf"^(?:{_alternation(headings['standalone'])})\s*:?$", re.IGNORECASE
        ),
        toc_title=re.compile(rf"^(?:{_alternation(vocab['toc']['titles'])})\s*:?$", re.IGNORECASE),
        bullet=re.compile(rf"^(?:[{bullets}]|\d{{1,2}}[.)]|[a-z][.)])\s+"),
    )
