"""Where a printed line was wrapped and where it was broken by hand.

A typesetter wraps a line when its next word does not fit; a line that ends well
before the right edge although the next line's first word would have fitted was
broken on purpose (a list written one item per line, a heading's end). The same test
tells a bold run-in heading that wraps ("Axe 1 – Agir sur les déterminants de" /
"santé. Mobilité, logement…") from a bold heading followed by a paragraph whose first
words are bold for emphasis.
"""

from __future__ import annotations

from pipeline.text.pdflines import Line

RUN_IN_ENDS = ".:"  # a run-in heading ends with a period (or a colon) before its text


def would_fit(line: Line, word: str, right: float) -> bool:
    """True when ``word`` (and the space before it) would have fitted on ``line`` before
    ``right``; the word's width is estimated from the line's mean character width."""
    if not line.text:
        return False
    advance = (line.x1 - line.x0) / len(line.text)
    return line.x1 + advance * (len(word) + 1) <= right


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
