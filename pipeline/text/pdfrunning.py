"""Running headers and footers: lines repeated in the page margins, and page numbers.

A line is running when it sits in the top or bottom band of the page and the same
text, digits aside ("Page 3 / 10" and "Page 4 / 10" are the same line), sits in that
band on enough pages. Bare page numbers in the bands go too; the page a block comes
from is kept in ``Block.page``, so nothing is lost for provenance.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache

from pipeline.text.pdflines import Line
from pipeline.text.words import vocab_alternation

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


@cache
def _page_number() -> re.Pattern[str]:
    """A page number alone: "Page 3", "p. 3", "- 3 -", "3 sur 40", "3/40", "iv"."""
    page = vocab_alternation("layout", "running", "page")
    of = vocab_alternation("layout", "running", "page_of")
    return re.compile(
        rf"^(?:{page})?\s*[-–—]?\s*(?:\d{{1,4}}|[ivxlc]{{1,6}})\s*[-–—]?"
        rf"(?:\s*(?:/|{of})\s*\d{{1,4}})?$",
        re.IGNORECASE,
    )


_BAND = 0.1  # top and bottom tenth of the page
_EDGE_LINES = 3  # the outermost lines of a page that may be running
_TITLE_RATIO = 1.25  # a line this much larger than its running copies is a title


def running_key(text: str) -> str:
    """The text with digits and spacing normalised, to compare lines across pages."""
    return _SPACES.sub(" ", _DIGITS.sub("#", text)).strip().lower()


def is_page_number(text: str) -> bool:
    """True for "12", "- 12 -", "Page 3 / 10", "3 sur 10", "iv"."""
    return bool(_page_number().match(text.strip()))


def _edge_lines(lines: Sequence[Line], height: float) -> list[Line]:
    """The few lines nearest the top and bottom edges that lie in the margin bands."""
    by_top = sorted(lines, key=lambda ln: ln.top)
    top = [ln for ln in by_top[:_EDGE_LINES] if ln.bottom <= height * _BAND]
    bottom = [ln for ln in by_top[-_EDGE_LINES:] if ln.top >= height * (1 - _BAND)]
    seen = {id(ln) for ln in top}
    return top + [ln for ln in bottom if id(ln) not in seen]


def running_keys(pages: Sequence[tuple[Sequence[Line], float]]) -> dict[str, float]:
    """Keys of lines that repeat in the margin bands of enough pages, each with the
    median size of its copies.

    ``pages`` holds each page's lines with the page height. A key is running when it is
    found on at least 30 % of the pages with text (at least two), or on at least three
    pages when it is the outermost line there (chapter titles in long documents).
    """
    sizes: defaultdict[str, list[float]] = defaultdict(list)
    counts: Counter[str] = Counter()
    outermost: Counter[str] = Counter()
    with_text = 0
    for lines, height in pages:
        if not lines:
            continue
        with_text += 1
        edge = _edge_lines(lines, height)
        counts.update({running_key(ln.text) for ln in edge})
        for ln in edge:
            sizes[running_key(ln.text)].append(ln.size)
        if edge:
            by_top = sorted(lines, key=lambda ln: ln.top)
            edge_ids = {id(ln) for ln in edge}
            outer = (ln for ln in (by_top[0], by_top[-1]) if id(ln) in edge_ids)
            outermost.update({running_key(ln.text) for ln in outer})
    if with_text < 2:
        return {}
    needed = max(2, math.ceil(0.3 * with_text))
    keys = {k for k, n in counts.items() if n >= needed}
    keys |= {k for k, n in outermost.items() if n >= 3}
    return {k: _median(sizes[k]) for k in sorted(keys)}


def _median(values: list[float]) -> float:
    """The median of a non-empty list, as ``statistics.median`` computes it (the mean of
    the two middle values for an even count). Here rather than imported: ``statistics``
    brings ``fractions`` and ``decimal``, some 2 ms of the PDF reader's start."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def strip_running(lines: Sequence[Line], height: float, keys: dict[str, float]) -> list[Line]:
    """The page's lines without its running headers, footers and page numbers. A line
    printed much larger than its running copies ("AVENANT N° 1" as the cover's title
    under the running "Avenant n° 1") is a title and stays."""
    edge = _edge_lines(lines, height)
    drop = set()
    for ln in edge:
        key = running_key(ln.text)
        size = keys.get(key)
        running = size is not None and ln.size <= size * _TITLE_RATIO
        if running or is_page_number(ln.text):
            drop.add(id(ln))
    return [ln for ln in lines if id(ln) not in drop]
