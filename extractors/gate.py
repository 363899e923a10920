"""Literal gates of compiled patterns: which sentences a pattern may match at all.

What: ``required_literals(pattern)`` reads a compiled pattern's syntax tree and returns
strings at least one of which every match contains (case-folded when the pattern
ignores case), or None when no such set is worth checking; ``SentenceGates`` finds, once
per document and pattern, the sentences holding one of those strings, with ``str.find``
over all the sentences joined.

Why: most rules search every sentence of a document with their pattern, and a long
contract has thousands of sentences, of which a rule's words occur in a few. Looking
the words up once in the whole text costs a small part of running the pattern on every
sentence, and a pattern cannot match a sentence without one of them: a rule skipping
the other sentences finds exactly what it found before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Protocol

MIN_LITERAL = 3
"""Shorter strings occur in most sentences: a gate of them would skip nothing."""

MAX_LITERALS = 64
"""A pattern of more alternatives is run on every sentence (looking each up costs more)."""

MAX_KEPT = 4096
"""Patterns whose literals are kept (the module's patterns are a few hundred)."""

_SEPARATOR = "\x00"


class _Text(Protocol):
    @property
    def text(self) -> str: ...


# Characters ``re`` takes as the same letter when ignoring case besides their simple
# lowercase (``re._compiler._EXTRA_CASES``: "ı" and "i", "ſ" and "s", Greek variants):
# folded to one of each class, the smallest.
def _extra_cases() -> dict[int, int]:
    from re import _compiler  # type: ignore[attr-defined]

    table: dict[int, int] = {}
    for char, others in _compiler._EXTRA_CASES.items():
        canonical = min((char, *others))
        for c in (char, *others):
            if c != canonical:
                table[c] = canonical
    return table


_CANON = _extra_cases()
_NON_CANON = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CANON)) + "]")


def fold(text: str) -> str:
    """The text as ``re`` compares it when ignoring case, one character for one: the
    simple lowercase of every character ("İ" is "i", not "i" and a combining dot, as
    ``str.lower`` writes it) and one character for the letters ``re`` also equates."""
    folded = text.replace("\u0130", "i").lower()
    if _NON_CANON.search(folded):
        folded = folded.translate(_CANON)
    return folded


# A requirement: a set of (string, mode) pairs, one of which every match contains; the
# mode says how: EXACT as written, FOLDED case-folded (``fold``), DIGIT any decimal digit
# (the string is then "0", a placeholder).
EXACT, FOLDED, DIGIT = 0, 1, 2
_Need = frozenset[tuple[str, int]]
_DIGIT = re.compile(r"\d")
_DIGIT_WEIGHT = MIN_LITERAL
"""A digit skips about as many sentences as a word of ``MIN_LITERAL`` letters."""

_cache: dict[int, tuple[re.Pattern[str], _Need | None]] = {}


def required_literals(pattern: re.Pattern[str]) -> _Need | None:
    """Strings one of which every match of ``pattern`` contains, or None when the
    pattern requires none worth checking (see ``MIN_LITERAL``, ``MAX_LITERALS``)."""
    kept = _cache.get(id(pattern))
    if kept is not None and kept[0] is pattern:
        return kept[1]
    need: _Need | None = None
    if isinstance(pattern.pattern, str) and not pattern.flags & re.LOCALE:
        try:
            tree = sre_parse.parse(pattern.pattern, pattern.flags)
        except (re.error, RecursionError):  # pragma: no cover - compiled already
            tree = None
        if tree is not None:
            need = _sequence(list(tree), bool(pattern.flags & re.IGNORECASE))
    if need is not None and (len(need) > MAX_LITERALS or _score(need)[0] < MIN_LITERAL):
        need = None
    if len(_cache) >= MAX_KEPT:
        _cache.clear()  # patterns compiled on the fly would otherwise pile up
    _cache[id(pattern)] = (pattern, need)
    return need


def _weight(literal: str, mode: int) -> int:
    """How much a string of a requirement narrows the sentences: its length; a digit
    counts as ``_DIGIT_WEIGHT``, and an acronym as written ("CH", "ARS") as at least
    ``MIN_LITERAL`` (capitals as written are rare in running text)."""
    if mode == DIGIT:
        return _DIGIT_WEIGHT
    if mode == EXACT and len(literal) >= 2 and any(c.isupper() for c in literal):
        return max(len(literal), MIN_LITERAL)
    return len(literal)


def _score(need: _Need | None) -> tuple[int, int]:
    if need is None:
        return (-1, 0)
    return (min(_weight(s, m) for s, m in need), -len(need))


MAX_SPELLINGS = 16
"""A run of literals goes on through classes of a few letters ("pr[ée]fet") as long as
it has at most this many spellings ("préfet", "prefet")."""


def _sequence(items: Sequence[tuple[Any, Any]], ignore: bool) -> _Need | None:
    """The best requirement of a sequence: its longest run of literals (through small
    classes of letters, each spelling of the run one string of the requirement), or the
    best requirement of one of its items (every item must match)."""
    best: _Need | None = None
    run: list[str] = [""]

    def close() -> None:
        nonlocal best, run
        if run != [""]:
            mode = FOLDED if ignore else EXACT
            found = frozenset((fold(r) if ignore else r, mode) for r in run)
            if _score(found) > _score(best):
                best = found
        run = [""]

    for op, av in items:
        if op is sre.LITERAL:
            run = [r + chr(av) for r in run]
            continue
        letters = _letters(op, av)
        if letters is not None and len(run) * len(letters) <= MAX_SPELLINGS:
            run = [r + c for r in run for c in letters]
            continue
        close()
        found = _item(op, av, ignore)
        if _score(found) > _score(best):
            best = found
    close()
    return best


def _letters(op: Any, av: Any) -> list[str] | None:
    """The characters of a class of single characters ("[ée]"), None for any other item."""
    if op is not sre.IN or not av or len(av) > 4:
        return None
    if not all(o is sre.LITERAL for o, _ in av):
        return None  # a range, a category or a negated class
    return [chr(a) for _, a in av]


def _item(op: Any, av: Any, ignore: bool) -> _Need | None:
    if op is sre.SUBPATTERN:
        _group, add, remove, body = av
        if add & re.IGNORECASE:
            ignore = True
        if remove & re.IGNORECASE:
            ignore = False
        return _sequence(list(body), ignore)
    if op is sre.BRANCH:
        union: set[tuple[str, int]] = set()
        for branch in av[1]:
            need = _sequence(list(branch), ignore)
            if need is None:
                return None
            union |= need
        return frozenset(union)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(list(body), ignore) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), ignore)
    if op is sre.IN and av and all(_is_digits(o, a) for o, a in av):
        return frozenset({("0", DIGIT)})  # \d, [0-9]
    return None  # other classes, any character, assertions, references: nothing required


def _is_digits(op: Any, av: Any) -> bool:
    """True for a member of a class that only holds decimal digits."""
    if op is sre.CATEGORY:
        return av is sre.CATEGORY_DIGIT or av is sre.CATEGORY_UNI_DIGIT
    if op is sre.RANGE:
        return bool(48 <= av[0] <= av[1] <= 57)
    if op is sre.LITERAL:
        return bool(48 <= av <= 57)
    return False


class _Finder:
    """A requirement as two searches: one pattern of the exact strings run on the text,
    one of the folded strings run on its folding (a literal alternation runs in C, where
    looking up each string from Python would cost more than the pattern it gates)."""

    __slots__ = ("digit", "exact", "folded")

    def __init__(self, need: _Need) -> None:
        def either(mode: int) -> re.Pattern[str] | None:
            strings = sorted({s for s, m in need if m == mode})
            return re.compile("|".join(map(re.escape, strings))) if strings else None

        self.exact = either(EXACT)
        self.folded = either(FOLDED)
        self.digit = any(m == DIGIT for _, m in need)


_finders: dict[int, tuple[re.Pattern[str], _Finder | None]] = {}


def _finder(pattern: re.Pattern[str]) -> _Finder | None:
    kept = _finders.get(id(pattern))
    if kept is not None and kept[0] is pattern:
        return kept[1]
    need = required_literals(pattern)
    finder = _Finder(need) if need is not None else None
    if len(_finders) >= MAX_KEPT:
        _finders.clear()
    _finders[id(pattern)] = (pattern, finder)
    return finder


class TextCheck:
    """One text against the requirements of several patterns (its folding made once)."""

    __slots__ = ("_digit", "_folded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._digit: bool | None = None

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """False only when the text lacks everything one of the pattern's matches holds."""
        finder = _finder(pattern)
        if finder is None:
            return True
        if finder.exact is not None and finder.exact.search(self.text) is not None:
            return True
        if finder.folded is not None:
            if self._folded is None:
                self._folded = fold(self.text)
            if finder.folded.search(self._folded) is not None:
                return True
        if finder.digit:
            if self._digit is None:
                self._digit = _DIGIT.search(self.text) is not None
            return self._digit
        return False


class SentenceGates:
    """The sentences of a document that may match a pattern, found from its literals.

    Patterns and sentences are keyed by ``id`` (a compiled pattern hashes its whole
    program at every lookup), each entry keeping its object: an id is checked to be
    that object's before it is trusted."""

    def __init__(self, sentences: Sequence[_Text]) -> None:
        self._sentences = sentences
        self._ids = {id(s): i for i, s in enumerate(sentences)}
        self._joined: str | None = None
        self._folded: str | None = None
        self._starts: list[int] = []
        self._gates: dict[int, tuple[re.Pattern[str], set[int] | None]] = {}
        self._whole: TextCheck | None = None  # a whole text, folded when first asked
        self._digits: set[int] | None = None  # the sentences holding a digit

    def _texts(self, folded: bool) -> str:
        if self._joined is None:
            starts, at = [], 0
            for s in self._sentences:
                starts.append(at)
                at += len(s.text) + 1
            self._starts = starts
            self._joined = _SEPARATOR.join(s.text for s in self._sentences)
        if not folded:
            return self._joined
        if self._folded is None:
            self._folded = fold(self._joined)
        return self._folded

    def hits(self, pattern: re.Pattern[str]) -> set[int] | None:
        """Indices of the sentences holding one of the pattern's literals (None: every
        sentence may match)."""
        entry = self._gates.get(id(pattern))
        if entry is not None and entry[0] is pattern:
            return entry[1]
        need = required_literals(pattern)
        found: set[int] | None = None
        if need is not None:
            found = set()
            for literal, mode in need:
                if mode == DIGIT:
                    found |= self._with_digits()
                    continue
                text = self._texts(mode == FOLDED)
                starts = self._starts
                at = text.find(literal)
                while at >= 0:
                    i = bisect.bisect_right(starts, at) - 1
                    found.add(i)
                    following = i + 1
                    if following >= len(starts):
                        break
                    at = text.find(literal, starts[following])
        self._gates[id(pattern)] = (pattern, found)
        return found

    def _with_digits(self) -> set[int]:
        if self._digits is None:
            self._digits = {i for i, s in enumerate(self._sentences) if _DIGIT.search(s.text)}
        return self._digits

    def text_may_match(self, pattern: re.Pattern[str], text: str) -> bool:
        """False only when ``text`` lacks every literal ``pattern`` requires (the text
        folded once, when first asked)."""
        if self._whole is None or self._whole.text is not text:
            self._whole = TextCheck(text)
        return self._whole.may_match(pattern)

    def may_match(self, pattern: re.Pattern[str], sentence: _Text) -> bool:
        """False only when ``sentence`` (one of the document's) cannot match ``pattern``."""
        entry = self._gates.get(id(pattern))
        found = entry[1] if entry is not None and entry[0] is pattern else self.hits(pattern)
        if found is None:
            return True
        index = self._ids.get(id(sentence))
        return index is None or index in found or self._sentences[index] is not sentence
