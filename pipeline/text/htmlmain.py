"""Which of a page's typed blocks are its main content: a second opinion by trafilatura.

Our walk keeps the page's structure (headings with levels, list items, table rows,
accordions, partners' logos), but telling an article from the teasers, comment threads
and related links around it is what trafilatura is built and benchmarked for. So the
page is read twice: our walk gives the blocks, trafilatura's extraction gives the text
it judges to be content, and a block is kept when most of its words run inside that
text (shingles of four words, or the whole block for a shorter one). When trafilatura
finds nothing, or keeps almost none of our prose, our own choice stands: a second
opinion must not lose a page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pipeline.model import BlockKind
from pipeline.text.dom import Element

Pending = tuple[BlockKind, str, int | None]

_TOKEN = re.compile(r"\w+")
_SHINGLE = 4
_SHARE = 0.5  # of a block's shingles found in the reference for the block to be content
_STRUCTURE = {"heading", "list_item", "table_row", "line"}  # what trafilatura leaves out
_SHORT_PAGE = 1500  # characters of blocks under which our own choice stands
_MIN_COVER = 0.5  # of the reference's characters our kept blocks must cover


def reference_text(tree: Element | None) -> str:
    """Trafilatura's main text of the page (comments left out), or "" when it finds none.

    ``tree`` is the page's ``lxml.html`` tree (``dom.html_tree``), which trafilatura
    changes as it reads."""
    import trafilatura

    if tree is None:
        return ""
    try:
        found = trafilatura.extract(
            tree, include_comments=False, include_tables=True, deduplicate=False, fast=True
        )
    except (ValueError, TypeError, RecursionError):  # our walk decides alone
        return ""
    return str(found or "")


def _short(blocks: Sequence[Pending]) -> bool:
    """A page too short for a second opinion: trafilatura's length thresholds drop
    short paragraphs, and there is little furniture left to tell from content."""
    return sum(len(b[1]) for b in blocks) < _SHORT_PAGE


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


class Reference:
    """The shingles of a reference text, counted, and its token string, for membership
    tests of blocks taken in document order.

    A block's shingles are used up when it is found: a page that repeats its article
    (an endless scroll of the same story, a print copy) has its text once in the
    reference, so only its first copy is found there."""

    def __init__(self, text: str) -> None:
        tokens = _tokens(text)
        self.left = Counter(_shingles(tokens))
        self.joined = f" {' '.join(tokens)} "

    def holds(self, text: str) -> bool:
        """True when most of ``text`` runs inside what is left of the reference."""
        tokens = _tokens(text)
        if not tokens:
            return False
        if len(tokens) < _SHINGLE:
            return f" {' '.join(tokens)} " in self.joined
        wanted = Counter(_shingles(tokens))
        found = sum(min(n, max(0, self.left[s])) for s, n in wanted.items())
        if found < _SHARE * wanted.total():
            return False
        self.left.subtract(wanted)
        return True


def _shingles(tokens: list[str]) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)]


def keep_referenced(blocks: Sequence[Pending], reference: str) -> list[Pending] | None:
    """The blocks that the reference text holds, or None when they do not cover most of
    it (trafilatura found no text, or text our walk did not cut into blocks)."""
    if not reference.strip() or _short(blocks):
        return None
    ref = Reference(reference)
    kept = [b for b in blocks if ref.holds(b[1])]
    if sum(len(b[1]) for b in kept) < _MIN_COVER * len(reference):
        return None
    return kept


def vote(
    blocks: Sequence[Pending], own: Sequence[bool], linked: Sequence[bool], reference: str
) -> list[Pending] | None:
    """Trafilatura's blocks, with what it leaves out that the project needs: the page's
    ``h1`` headline above the article (it often names the territory and the period),
    and the headings, list items, table rows and lines of the element our scoring chose
    that it dropped between two blocks it kept (lists of axes, subheadings).

    Not added back: photo captions, blocks made mostly of links to other pages (related
    articles, tags, share and author links; ``linked``), and a heading with no kept
    block under it (the title of a teaser). None when trafilatura has no opinion
    (``keep_referenced``)."""
    if not reference.strip() or _short(blocks):
        return None
    ref = Reference(reference)
    held = [ref.holds(b[1]) for b in blocks]
    covered = sum(len(b[1]) for b, h in zip(blocks, held, strict=True) if h)
    if covered < _MIN_COVER * len(reference):
        return None
    marks = [i for i, h in enumerate(held) if h]
    first, last = marks[0], marks[-1]
    headline = _headline(blocks, first)
    kept: list[Pending] = []
    for i, block in enumerate(blocks):
        ours = own[i] and not linked[i] and block[0] in _STRUCTURE and first < i < last
        if ours and block[0] == "heading":
            ours = _heads_kept(blocks, held, i)
        if held[i] or ours or i == headline:
            kept.append(block)
    return kept


def _headline(blocks: Sequence[Pending], first: int) -> int | None:
    """Index of the page's headline: the last ``h1`` at or above the first kept block."""
    found = None
    for i in range(first + 1):
        if blocks[i][0] == "heading" and blocks[i][2] == 1:
            found = i
    return found


def _heads_kept(blocks: Sequence[Pending], held: Sequence[bool], index: int) -> bool:
    """True when a block that trafilatura kept sits under the heading at ``index``
    (before the next heading of the same or a higher level)."""
    level = blocks[index][2] or 6
    for i in range(index + 1, len(blocks)):
        kind, _, other = blocks[i]
        if kind == "heading" and (other or 6) <= level:
            return False
        if held[i]:
            return True
    return False
