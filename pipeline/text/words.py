"""Patterns built from the layout vocabularies in ``pipeline/text/vocab/*.toml``.

French words that mark headings, tables of contents, list bullets and site furniture
are data, not code: this module reads them once and compiles the patterns the readers
use.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

_NUMBER = r"(?:n°\s*)?(?:\d{1,3}(?:[.\-]\d{1,3})*|[IVXLC]{1,6}|[A-Z])\b"
_SEPARATOR_END = r"\s*(?:[-–—:.)]|$)"


@cache
def load_vocab(name: str) -> dict[str, Any]:
    """The parsed TOML vocabulary ``pipeline/text/vocab/<name>.toml``, read once per
    process (the patterns of several modules are built from one file; callers only read).

    Read beside this module rather than through ``importlib.resources``, whose import
    (zipfile and its readers) costs the PDF reader's start and the command line some
    fourteen million instructions; the package is always installed as files."""
    path = os.path.join(os.path.dirname(__file__), "vocab", f"{name}.toml")
    with open(path, "rb") as stream:
        return tomllib.load(stream)


def _alternation(words: list[str]) -> str:
    """A regex alternation of the words, longest first, spaces matching any spacing."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def vocab_alternation(name: str, section: str, key: str) -> str:
    """``_alternation`` of the list ``[section] key`` of ``vocab/<name>.toml``."""
    return _alternation(list(load_vocab(name)[section][key]))


def _then_space(words: list[str]) -> str:
    """An alternation of words each followed by spaces, or by nothing after an apostrophe
    ("de la ", "de l'", "du ")."""
    return "|".join(
        _alternation([w]) + ("" if w.endswith(("'", "’")) else r"\s+")
        for w in sorted(set(words), key=len, reverse=True)
    )


@cache
def logo_words() -> re.Pattern[str]:
    """The words before a body's name in its logo's text ("Logo de la Ville de …")."""
    logos = load_vocab("chrome")["logos"]
    return re.compile(
        rf"^(?:{_alternation(logos['words'])})\s+(?:{_then_space(logos['of'])})?", re.IGNORECASE
    )


@cache
def caption_start() -> re.Pattern[str]:
    """The start of a figure's or table's caption ("Figure 3 : …", "Tableau 1 –")."""
    return re.compile(
        rf"(?:{vocab_alternation('layout', 'captions', 'words')})\.?"
        r"\s*[A-Z]?\d+(?:\.\d+)*[a-z]?\s*[.:–—-](?:\s|$)"
    )


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


_PIECES = re.compile(r"[-_\s]+")


@lru_cache(maxsize=1 << 16)
def _name_pieces(name: str) -> tuple[str, ...]:
    """The lower-case pieces of a class name or id, split on "-", "_" and spaces (cached:
    a page repeats the same few class names on thousands of elements)."""
    return tuple(p for p in _PIECES.split(name.lower()) if p)


_NEGATIONS = {"no", "sans", "without", "hide", "not"}


@dataclass(frozen=True)
class ChromeVocab:
    """Words that tell site furniture (menus, banners, share bars) from content."""

    parts: frozenset[str]
    names: frozenset[str]
    roles: frozenset[str]
    dateline: frozenset[str]
    exact_lines: frozenset[str]
    line_starts: tuple[str, ...]
    sections: frozenset[str]
    footer_starts: tuple[str, ...]
    credit_starts: tuple[str, ...]

    @staticmethod
    def _piece_matches(piece: str, words: frozenset[str]) -> bool:
        """A whole piece, or its plural: "cookies" is "cookie", "pagerow" is not "pager"."""
        return piece in words or (piece.endswith("s") and piece[:-1] in words)

    def is_furniture_name(self, name: str) -> bool:
        """True for a class name or id of furniture ("fr-breadcrumb__link", "cookies-eu");
        a name that says the element has none ("no-share", "sans-partage") is not."""
        name = name.lower()
        if name in self.names:
            return True
        pieces = _name_pieces(name)
        if pieces and pieces[0] in _NEGATIONS:
            return False
        return any(self._piece_matches(p, self.parts) for p in pieces)

    def is_dateline_name(self, name: str) -> bool:
        """True for a class name or id of a date line or byline ("news-date", "byline")."""
        pieces = _name_pieces(name)
        return name.lower() in self.dateline or any(p in self.dateline for p in pieces)

    def is_furniture_line(self, text: str) -> bool:
        """True for a whole line that is furniture ("Partager", "Vous êtes ici : …")."""
        line = " ".join(text.split()).lower()
        return line in self.exact_lines or line.startswith(self.line_starts)

    def opens_section(self, text: str) -> bool:
        """True for a heading that opens a furniture block ("À lire aussi", "Agenda")."""
        return " ".join(text.split()).lower().rstrip(" :") in self.sections

    def is_footer_line(self, text: str) -> bool:
        """True for the first line of a text copy's footer ("Mentions légales | …")."""
        return " ".join(text.split()).lower().startswith(self.footer_starts)

    def is_credit_line(self, text: str) -> bool:
        """True for a photo credit ("© Unsplash", "Crédit photo : Mairie")."""
        folded = " ".join(text.split()).lower().replace(" :", ":")
        return folded.startswith(self.credit_starts)


@cache
def chrome_vocab() -> ChromeVocab:
    """The furniture vocabulary, read once per process."""
    vocab = load_vocab("chrome")
    attributes, lines = vocab["attributes"], vocab["lines"]
    return ChromeVocab(
        parts=frozenset(attributes["parts"]),
        names=frozenset(attributes["names"]),
        roles=frozenset(attributes["roles"]),
        dateline=frozenset(attributes["dateline"]),
        exact_lines=frozenset(lines["exact"]),
        line_starts=tuple(lines["starts"]),
        sections=frozenset(s.rstrip(" :") for s in lines["sections"]),
        footer_starts=tuple(lines["footer"]),
        credit_starts=tuple(lines["credit"]),
    )
