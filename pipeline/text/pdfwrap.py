"""Where a printed line was wrapped and where it was broken by hand.

A typesetter wraps a line when its next word does not fit; a line that ends well
before the right edge although the next line's first word would have fitted was
broken on purpose (a list written one item per line, a heading's end). The same test
tells a bold run-in heading that wraps ("Axe 1 – Agir sur les déterminants de" /
"santé. Mobilité, logement…") from a bold heading followed by a paragraph whose first
words are bold for emphasis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.text.pdflines import HYPHEN_MARK, Line

RUN_IN_ENDS = ".:"  # a run-in heading ends with a period (or a colon) before its text
_NAME = re.compile(r"[^\W\d_]{2}")
ITEM_BREAK = " ; "  # between the items of a cell written one per line
_MARKED_ENDS = ",;:.!?…-–(/" + HYPHEN_MARK + "\u00ad"  # a line end that already says how it goes on


def would_fit(line: Line, word: str, right: float) -> bool:
    """True when ``word`` (and the space before it) would have fitted on ``line`` before
    ``right``; the word's width is estimated from the line's mean character width."""
    if not line.text:
        return False
    advance = (line.x1 - line.x0) / len(line.text)
    return line.x1 + advance * (len(word) + 1) <= right


def cell_items(lines: Sequence[Line], left: float, right: float) -> list[list[Line]]:
    """The lines of a table cell (in reading order) grouped into the items written one
    per line: a line is broken by hand, not wrapped, when it ends with no punctuation,
    both lines hold a word, and either the next line's first word would have fitted on
    it with a character to spare (its right edge taken as far from the cell's right
    side as the text is from its left one) or a paragraph's spacing parts them. A cell
    of wrapped lines is one item.

    A word's width is the next line's own when it is that line's only word, else its
    letters at the cell's mean character width: one short line of narrow letters
    ("droit") would make a wider word seem to fit.
    """
    items: list[list[Line]] = []
    if not lines:
        return items
    pad = max(min(ln.x0 for ln in lines) - left, 0.0)
    edge = right - pad
    letters = sum(len(ln.text) for ln in lines)
    advance = sum(ln.x1 - ln.x0 for ln in lines) / max(letters, 1)
    for line in lines:
        if items and not _hand_break(items[-1][-1], line, edge, advance):
            items[-1].append(line)
        else:
            items.append([line])
    return items


def _hand_break(a: Line, b: Line, edge: float, advance: float) -> bool:
    if b.top < a.bottom - 0.5 * min(a.size, b.size):  # the same printed row
        return False
    if a.text[-1] in _MARKED_ENDS or not (_NAME.search(a.text) and _NAME.search(b.text)):
        return False  # items are names: a plot's tick labels are not
    if b.top - a.top > 1.5 * max(a.size, b.size):  # a paragraph's spacing, not a wrap
        return True
    word = b.text.split()[0]
    width = b.x1 - b.x0 if word == b.text else advance * len(word)
    return a.x1 + advance * 2 + width <= edge  # a space and a character to spare


def run_in_end(a: Line, b: Line, right: float) -> bool:
    """True when ``b`` opens with the end of the bold heading ``a`` began: ``a`` is wholly
    bold and ends no sentence, ``b``'s bold lead ends with a run-in period or colon and
    is followed by text in the body font, and ``a`` was wrapped (the lead's first word
    would not have fitted on it) at the same size."""
    lead = b.lead
    if not (a.bold and lead and lead[-1] in RUN_IN_ENDS and len(lead) < len(b.text)):
        return False
    if a.text[-1] in ".!?:;…»)" or abs(a.size - b.size) > 0.08 * max(a.size, b.size):
        return False
    return not would_fit(a, lead.split()[0], right)


def split_lead(line: Line) -> tuple[Line, Line]:
    """The line's bold lead as a bold line, and the rest of its text as a body line (the
    same box: only the text's split matters to the blocks)."""
    rest = line.text[len(line.lead) :].strip()
    head = Line(line.lead, line.x0, line.top, line.x1, line.bottom, line.size, True, line.group)
    body = Line(rest, line.x0, line.top, line.x1, line.bottom, line.size, False, line.group)
    return head, body
