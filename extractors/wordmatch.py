"""One matcher for French vocabulary written as words: accents, case and apostrophes folded.

What: ``WordSet`` compiles a list of plain words and phrases (from the vocabulary files)
once, and finds them in a text at word boundaries after folding both sides the same way
(``é`` = ``e``, ``’`` = ``'``, upper = lower). Offsets found in the folded text are valid
in the original, because folding keeps one character per character.

Why: the vocabulary files are meant to be read and extended by maintainers who do not
write regular expressions; one folding function replaces the accent classes (``[ée]``)
that were written by hand inside patterns.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "\u00a0": " "})


@cache
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[:1] or char
    folded = base.lower()
    return folded if len(folded) == 1 else char.lower()[:1] or char


class _FoldTable(dict[int, str]):
    """Code point → folded character, filled on first sight (``str.translate`` table)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = char.lower() if char.isascii() else _fold_char(char)
        self[code] = folded
        return folded


_FOLD = _FoldTable({k: v for k, v in _QUOTES.items() if isinstance(v, str)})


def fold(text: str) -> str:
    """The text with accents removed, lower case, typographic apostrophes straightened;
    the same length as the input (offsets carry over)."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


@cache
def _numbering() -> re.Pattern[str]:
    """Leading numbering of a heading: digits, punctuation, a roman numeral with its
    point ("IV. Signatures", "II – Durée") and a section noun with its number ("ARTICLE 4
    –"); the nouns come from ``[numbering]`` in zones.toml."""
    from extractors import vocab

    nouns = "|".join(re.escape(fold(w)) for w in vocab.load("zones")["numbering"]["heads"])
    roman = r"(?:[ivxlc]{1,5}\s*[.)–—-]\s*)?"
    return re.compile(rf"^[\W\d_]*{roman}(?:(?:{nouns})\s+[\divxlc]+\W*)?")


@dataclass(frozen=True)
class WordSet:
    """A set of words and phrases matched at word boundaries, folded."""

    words: tuple[str, ...]
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = sorted({fold(w).strip() for w in self.words if w.strip()}, key=len, reverse=True)
        body = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys) or r"(?!x)x"
        object.__setattr__(self, "pattern", re.compile(rf"(?<!\w)(?:{body})(?!\w)"))

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in the folded text (offsets valid in ``text``)."""
        return self.pattern.search(fold(text))

    def starts(self, text: str) -> bool:
        """True when the text, after leading numbering and punctuation, opens with a word
        of the set ("3. Durée du contrat", "ARTICLE 4 – DURÉE")."""
        head = _numbering().sub("", fold(text))
        return self.pattern.match(head) is not None

    def whole(self, text: str) -> bool:
        """True when the text, after leading numbering and punctuation, is a word of the
        set and nothing more than punctuation ("-- Vous aimerez aussi :")."""
        head = _numbering().sub("", fold(text))
        found = self.pattern.match(head)
        return found is not None and not any(c.isalnum() for c in head[found.end() :])


def wordset(words: list[str]) -> WordSet:
    """A ``WordSet`` over a list of words (a convenience for vocabulary lists)."""
    return WordSet(tuple(words))
