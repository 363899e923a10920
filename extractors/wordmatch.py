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
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

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
    # Read here rather than through extractors.vocab, which compiles its lists with this
    # module's word syntax (no import circle).
    text = resources.files("extractors").joinpath("vocab", "zones.toml").read_text("utf-8")
    heads = tomllib.loads(text)["numbering"]["heads"]
    nouns = "|".join(re.escape(fold(w)) for w in heads)
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


# The word syntax of the vocabulary files (written out for maintainers at the top of
# extractors/vocab/triggers.toml): words and phrases as written in French, plus three
# marks. ``*`` at the end of a word lets it go on ("sign*"), at its start lets it begin
# inside a longer word ("*ien"); ``_`` stands for any one word; ``/`` separates the forms
# one word may take ("le/la/les"). Entries compile to regular-expression fragments that
# run on the original text (offsets need no mapping): an accented letter also matches its
# letter without the accent, a space any run of blanks, an apostrophe either apostrophe.
# Case is left to the caller (case-insensitive patterns, unless a list is "as written").
STEM = "*"
ANY_WORD = "_"
OR = "/"

_REGEX_CHARS = frozenset("[](){}?+|\\^$")
_APOSTROPHES = "'’"


def _letter(char: str, exact: bool) -> str:
    """The fragment of one written character: an accented letter with its plain letter
    (only itself when ``exact``)."""
    if char in _APOSTROPHES:
        return "['’]"
    if char == ANY_WORD:
        return r"\w+"
    if exact:
        return re.escape(char)
    if char == "œ":
        return "(?:œ|oe)"
    plain = fold(char)
    if char.isalpha() and plain != char.lower() and plain.isascii():
        return f"[{char}{plain.upper() if char.isupper() else plain}]"
    return re.escape(char)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _form(form: str, first: bool, last: bool, exact: bool, bounded: bool) -> str:
    """The fragment of one form of a word: its letters, a start of word before the first
    word of a phrase and an end of word after the last (unless ``*`` lets it go on, or the
    word begins or ends with punctuation)."""
    inner = form.startswith(STEM)
    stem = form.endswith(STEM) and len(form) > 1
    letters = form[1 if inner else 0 : -1 if stem else None]
    body = "".join(_letter(c, exact) for c in letters)
    if bounded and first and not inner and letters and _is_word_char(letters[0]):
        body = START + body
    if bounded and last and not stem and letters and _is_word_char(letters[-1]):
        body += r"(?!\w)"
    return body


def _word(word: str, first: bool, last: bool, exact: bool, bounded: bool) -> str:
    forms = sorted(word.split(OR), key=len, reverse=True)
    return alternatives([_form(f, first, last, exact, bounded) for f in forms])


START = r"(?<!\w)"
"""The start of a word, as fragments begin."""


def alternatives(fragments: list[str]) -> str:
    """Fragments as one alternation, in the order given; a start of word that all of them
    begin with is checked once, before the alternation (much faster: most positions of a
    text are inside words)."""
    if len(fragments) == 1:
        return fragments[0]
    if fragments and all(f.startswith(START) for f in fragments):
        return START + "(?:" + "|".join(f[len(START) :] for f in fragments) + ")"
    return "(?:" + "|".join(fragments) + ")"


def syntax_error(entry: str) -> str | None:
    """Why an entry is not in the word syntax (regular-expression characters, an empty
    form, a misplaced ``*``), or None when it is."""
    bad = sorted({c for c in entry if c in _REGEX_CHARS})
    if bad:
        return f"regular-expression syntax {''.join(bad)!r} in {entry!r}"
    words = entry.split()
    if not words:
        return "empty entry"
    for word in words:
        for form in word.split(OR):
            if not form.strip(STEM):
                return f"empty form in {entry!r}"
            if STEM in form[1:-1]:
                return f"'*' inside a word in {entry!r}"
    return None


def text_length(entry: str) -> int:
    """The length of the longest phrase an entry is written as ("le/la présent" → 10), by
    which alternatives are ordered (the longest phrase wins)."""
    words = entry.split()
    longest = [max(len(f.strip(STEM)) for f in w.split(OR)) for w in words]
    return sum(longest) + len(words) - 1


@cache
def fragment(entry: str, exact: bool = False, bounded: bool = True) -> str:
    """The regular-expression fragment of one vocabulary entry in the word syntax
    ("signé officiellement" → ``(?<!\\w)sign[ée]\\s+officiellement(?!\\w)``).
    ``exact``: letters as written, accents and capitals (the caller makes the fragment
    case-sensitive). ``bounded=False``: no start or end of word around the entry, for
    function words inside a pattern whose code says what surrounds them. Raises
    ValueError on an entry outside the syntax."""
    problem = syntax_error(entry)
    if problem:
        raise ValueError(problem)
    words = entry.split()
    n = len(words)
    return r"\s+".join(_word(w, i == 0, i == n - 1, exact, bounded) for i, w in enumerate(words))
