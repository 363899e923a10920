"""Is a document written in French? A share of function words, kept as data.

What: ``judge_language`` counts, among a document's words (at most ``max_words``,
spread over the whole text), those of a French list and those of a list of frequent
words of other languages (``vocab/language.toml``), and calls the document French when
the first share exceeds the second by a margin. Short documents are not judged.

Why: the batch reads whatever a site publishes; a page in English, Spanish or German
is no French CLS publication even when it names one, and its record must not become a
contract. A function-word share needs no model and no dependency, and tells French from
its neighbours on a paragraph (French prose scores about 0.35-0.5, Spanish about 0.1,
English and German about 0).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.text.words import load_vocab

_WORD = re.compile(r"[^\W\d_]+")
_CHARS_PER_WORD = 8  # room for a word of French prose and what follows it
_PIECES = 64


@dataclass(frozen=True, slots=True)
class LanguageRule:
    """The French and other words, and the thresholds of the check."""

    french: frozenset[str]
    other: frozenset[str]
    min_words: int
    min_margin: float
    max_words: int


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of the check: ``french`` is None when the text is too short."""

    french: bool | None
    words: int
    french_share: float
    other_share: float

    def describe(self) -> str:
        """One line for a warning."""
        return (
            f"French function words {self.french_share:.0%} of {self.words} words, "
            f"other languages' {self.other_share:.0%}"
        )


@cache
def language_rule() -> LanguageRule:
    """The rule read from ``vocab/language.toml``, once per process."""
    vocab = load_vocab("language")
    rule = vocab["rule"]
    return LanguageRule(
        french=frozenset(vocab["french"]["words"]),
        other=frozenset(vocab["other"]["words"]),
        min_words=int(rule["min_words"]),
        min_margin=float(rule["min_margin"]),
        max_words=int(rule["max_words"]),
    )


def _sample(words: list[str], size: int) -> list[str]:
    """At most ``size`` words taken evenly over the list (a long document's first pages
    may be a cover or an English abstract)."""
    if len(words) <= size:
        return words
    step = len(words) / size
    # words[int(i * step)] for each i, the loops in C (judged after the PDF reader
    # answers, while the user waits)
    return list(map(words.__getitem__, map(int, map(step.__mul__, range(size)))))


def _excerpts(text: str, size: int, pieces: int = _PIECES) -> str:
    """About ``size`` characters of a long text, as ``pieces`` excerpts spread over it,
    each cut at spaces so that no word is split (the whole text when it is short)."""
    if len(text) <= size:
        return text
    width, step = size // pieces, len(text) / pieces
    out = []
    for i in range(pieces):
        start = int(i * step)
        end = start + width
        if start:
            start = text.find(" ", start, end) + 1
        cut = text.rfind(" ", start, end)
        out.append(text[start : cut if cut > start else end])
    return " ".join(out)


def judge_language(text: str) -> Verdict:
    """Whether ``text`` is French, with the shares that decided it.

    A long text is judged on excerpts spread over it, enough for ``max_words`` words,
    rather than on all of its words (a 200-page contract has a hundred thousand)."""
    rule = language_rule()
    sample = _excerpts(text, rule.max_words * _CHARS_PER_WORD)
    words = _sample(_WORD.findall(sample.lower()), rule.max_words)
    if not words:
        return Verdict(None, 0, 0.0, 0.0)
    french = sum(map(rule.french.__contains__, words)) / len(words)
    other = sum(map(rule.other.__contains__, words)) / len(words)
    if len(words) < rule.min_words:
        return Verdict(None, len(words), french, other)
    return Verdict(french - other >= rule.min_margin, len(words), french, other)
