"""One list of axes per document: the many writings of each axis merged into one.

What: a long contract writes each axis in its table of contents (with dot leaders and a
page number, sometimes cut at the end of a line), in a summary ("… (6 fiches actions)"),
as a section heading, in a running header and in each fiche's "Axe stratégique" row.
``consolidate`` strips page numbers, leaders, counts and nested numbering from each
title, gives one entry per axis number (or per title, when unnumbered) with its best
title — a heading's over a contents line, a whole title over a cut one — and, when the
document announces how many axes it has and more are found, drops the unnumbered ones
written only in the table of contents.

Why: every action carries its axis as a position in this list; a list where one axis
stands four times would give positions that mean nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractors import vocab
from extractors.wordmatch import fold
from pipeline.model import Evidence

_LEADERS = re.compile(r"(?:\s*(?:\.\s?){3,}|\s*…+)\s*\d{0,3}\s*$")
_PAGE = re.compile(r"\s+\d{1,3}\s*$")
_COUNT = re.compile(r"\s*\(\s*\d{1,3}\s+[^()]{0,40}\)")
_NESTED = re.compile(r"^\s*(?:[A-Za-zÀ-ÿ]{2,12}\s+)?(?:\d{1,2}|[IVX]{1,4})\s*[:–—.-]\s+")
_RUN_ON = re.compile(r"\s+;\s+(?=[A-ZÀ-Ý])")
_TRANSVERSAL_LABEL = re.compile(
    rf"^\s*{vocab.alternation(vocab.words('axes', 'transversal', bounded=False))}\s*[:–—.-]\s+",
    re.IGNORECASE,
)
"""An unnumbered axis labelled by its kind ("Axe transversal – Santé environnementale"):
the label is its numbering, the title follows."""


@dataclass(slots=True)
class AxisCandidate:
    """One writing of an axis: its number (if written), title, place and kind of block."""

    number: int | None
    title: str
    evidence: Evidence
    in_toc: bool = False


def tidy(title: str) -> tuple[str, bool]:
    """A title without leaders, page number, "(N fiches actions)" or a run-on sentence;
    True when leaders or a page number were cut (a contents line)."""
    cut = _LEADERS.sub("", title)
    toc = cut != title
    title = _RUN_ON.split(cut)[0]
    title = _COUNT.sub("", title)
    title = _NESTED.sub("", title)
    title = _TRANSVERSAL_LABEL.sub("", title)
    title = title.strip(" \t;:,.–—-")
    return title, toc


def _same(a: str, b: str) -> bool:
    """The same title (one a cut copy of the other); axes differing by one word are not."""
    x, y = (re.sub(r"\W+", " ", fold(t)).strip() for t in (a, b))
    if x.startswith(y) or y.startswith(x):
        return min(len(x), len(y)) >= 15
    return fuzz.ratio(x, y) >= 97


def _better(new: AxisCandidate, old: AxisCandidate) -> bool:
    """A body title over a contents one; then the longer when one begins the other."""
    if new.in_toc != old.in_toc:
        return old.in_toc
    return len(new.title) > len(old.title) and fold(new.title).startswith(fold(old.title)[:15])


def consolidate(found: list[AxisCandidate], announced: int | None) -> list[AxisCandidate]:
    """One candidate per axis, numbered axes in number order (see the module docstring)."""
    kept: list[AxisCandidate] = []
    for cand in found:
        if len(cand.title) < 3:
            continue
        same = next(
            (
                k
                for k in kept
                if (cand.number is not None and k.number == cand.number)
                or _same(k.title, cand.title)
            ),
            None,
        )
        if same is None:
            kept.append(cand)
        elif _better(cand, same):
            same.title, same.evidence, same.in_toc = cand.title, cand.evidence, cand.in_toc
            same.number = same.number if same.number is not None else cand.number
    numbered = [k for k in kept if k.number is not None]
    if numbered and len(numbered) == len(kept) and len({k.number for k in numbered}) == len(kept):
        kept.sort(key=lambda k: k.number or 0)
    if announced and len(kept) > announced and len(numbered) == announced:
        # an unnumbered axis written only in the contents is dropped; a transversal axis
        # with its own heading stays (counts often leave it out: "quatre axes et un …")
        kept = [k for k in kept if k.number is not None or not k.in_toc]
    return kept


def number_of(text: str | None) -> int | None:
    """An axis number written in digits or Roman numerals ("2", "IV"), else None."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    romans = {"I": 1, "V": 5, "X": 10}
    if all(c in romans for c in text.upper()):
        total = 0
        values = [romans[c] for c in text.upper()]
        for i, v in enumerate(values):
            total += -v if i + 1 < len(values) and values[i + 1] > v else v
        return total
    return None
