"""Positioned lines of one PDF page, read from pypdfium2's text layer.

pypdfium2 gives the whole page text in one call; its line breaks (``\\r\\n``) and the
hyphen marker ``\\ufffe`` (a hyphen that ended a printed line, after which pdfium joins
the lines) cut it into printed lines. For each printed line a few more calls give its
geometry: the rectangles of its text objects (``count_rects``/``get_rect`` over the
line's character range) and the loose box of one character for the font size. This
costs a handful of C calls per line instead of one per character, which keeps reading
within a small factor of ``pdftotext``.

When pdfium puts two text objects far apart on the same baseline into one line (columns
written line by line, across the page), the line is cut at the gap so that each column
gets its own segment.
"""

from __future__ import annotations

import bisect
import ctypes
import re
from dataclasses import dataclass

from pipeline.text import pdfium
from pipeline.text import pdfium as pdfium_c

HYPHEN_MARK = "\ufffe"
_BREAKS = re.compile("\r\n|[\r\n\ufffe]")
_WORD_SPAN = re.compile(r"\S+")
_WIDE = re.compile("[\U00010000-\U0010ffff]")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FONT_BOLD_FLAG = 0x40000  # FXFONT_FORCE_BOLD in pdfium's font flags
_LIGATURES = str.maketrans(
    {
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬀ": "ff",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "ﬅ": "st",
        "ﬆ": "st",
        "\u00ad": HYPHEN_MARK,
        "\x02": HYPHEN_MARK,
        "\x00": "",
    }
)

_SPECIAL = re.compile("[" + "".join(k for k in map(chr, _LIGATURES)) + "]")


@dataclass(slots=True)
class Line:
    """A printed line (or one column's part of it) with its box in points.

    Coordinates are measured from the page's top-left corner, as pdfplumber does, so
    ``top < bottom``. ``size`` is the height of a character's loose box, a stand-in for
    the font size that does not depend on how the PDF scaled its text. ``bold`` holds
    when the line's first and last words are bold; ``lead`` is the bold text opening a
    line that is not wholly bold (a run-in heading's end, "santé." in "santé. Mobilité,
    logement…"), empty for other lines.
    """

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool = False
    group: int = 0
    lead: str = ""


class _Positions:
    """Between positions in the page's text and pdfium's character indices."""

    def __init__(self, chars: list[int] | None) -> None:
        self.chars = chars

    def char(self, position: int) -> int:
        return position if self.chars is None else self.chars[position]

    def position(self, char: int) -> int:
        if self.chars is None or char < 0:
            return char
        return max(bisect.bisect_right(self.chars, char) - 1, 0)


class _PageReader:
    """Reads the lines of one text page; holds the ctypes buffers reused across calls.

    ``lines`` runs the whole page in one loop with pdfium's functions and the buffers
    bound to locals: a page of forty lines costs some two hundred C calls, and at some
    thousands of lines a document Python's own overhead per line (method calls,
    attribute look-ups) would otherwise cost more than pdfium's work.
    """

    def __init__(
        self, textpage: pdfium.PdfTextPage, page_height: float, positions: _Positions
    ) -> None:
        self.raw = textpage.raw
        self.at = positions
        self.height = page_height
        self._name = ctypes.create_string_buffer(96)
        self._flags = ctypes.c_int()
        self._bold_names: dict[bytes, bool] = {}

    def lines(self, text: str, special: bool) -> list[Line]:
        """The printed lines of the page's text, cut at wide gaps, with box and style."""
        raw, height, chars = self.raw, self.height, self.at.chars
        count_rects, get_rect = pdfium_c.FPDFText_CountRects, pdfium_c.FPDFText_GetRect
        loose_box, font_size = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetFontSize
        left, top, right, bottom = (ctypes.c_double() for _ in range(4))
        loose = pdfium_c.FS_RECTF()
        bold_of = self.bold
        out: list[Line] = []
        pos = 0
        for match in _BREAKS.finditer(text + "\n"):
            start, pos = pos, match.end()
            end = pos if match.group() == HYPHEN_MARK else match.start()
            if end - start < 1 or text[start:end].isspace():
                continue
            first, last = (start, end) if chars is None else (chars[start], chars[end])
            rects = []
            for i in range(count_rects(raw, first, last - first)):
                get_rect(raw, i, left, top, right, bottom)
                rects.append((left.value, height - top.value, right.value, height - bottom.value))
            if not rects:
                continue
            parts = [(start, end, rects[0])] if len(rects) == 1 else self._cut(rects, start, end)
            for seg_start, seg_end, (x0, y0, x1, y1) in parts:
                seg_text = text[seg_start:seg_end]
                if special:
                    seg_text = seg_text.translate(_LIGATURES)
                seg_text = seg_text.strip()
                if not seg_text:
                    continue
                glyph = _glyph(text, seg_start, seg_end)
                index = glyph if chars is None else chars[glyph]
                size = 0.0
                if loose_box(raw, index, loose):
                    size = loose.top - loose.bottom
                if size <= 0:
                    size = font_size(raw, index)
                bold = bold_of(index)
                lead = ""
                if bold:  # bold only when the whole line is: a bold word may open a paragraph
                    glyph = _glyph(text, seg_start, seg_end, reverse=True)
                    bold = bold_of(glyph if chars is None else chars[glyph])
                    if not bold:
                        lead = self.lead(text, seg_start, seg_end, special)
                out.append(Line(seg_text, x0, y0, x1, y1, float(size), bold, 0, lead))
        return out

    def _cut(
        self, rects: list[tuple[float, float, float, float]], start: int, end: int
    ) -> list[tuple[int, int, tuple[float, float, float, float]]]:
        """Cut a printed line at wide horizontal gaps; (start, end, box) per part."""
        parts: list[tuple[int, int, tuple[float, float, float, float]]] = []
        seg_start = start
        x0, top, x1, bottom = rects[0]
        for rx0, rtop, rx1, rbottom in rects[1:]:
            height = max(bottom - top, rbottom - rtop, 1.0)
            gap = rx0 - x1
            if gap > max(2.0 * height, 14.0):
                cut = self.index_at(rx0 + 0.5, (rtop + rbottom) / 2, 1.0)
                if seg_start < cut < end:
                    parts.append((seg_start, cut, (x0, top, x1, bottom)))
                    seg_start = cut
                    x0, top, x1, bottom = rx0, rtop, rx1, rbottom
                    continue
            x0, top = min(x0, rx0), min(top, rtop)
            x1, bottom = max(x1, rx1), max(bottom, rbottom)
        parts.append((seg_start, end, (x0, top, x1, bottom)))
        return parts

    def bold(self, index: int) -> bool:
        """True when the font of pdfium's character ``index`` is bold (flags, name,
        weight); the verdict of a font name is kept for the page."""
        raw = self.raw
        if pdfium_c.FPDFText_GetFontInfo(raw, index, self._name, 96, self._flags) <= 0:
            return bool(pdfium_c.FPDFText_GetFontWeight(raw, index) >= 600)
        if self._flags.value & _FONT_BOLD_FLAG:
            return True
        name = self._name.value
        known = self._bold_names.get(name)
        if known is None:
            decoded = name.decode("latin-1", errors="replace")
            weight = pdfium_c.FPDFText_GetFontWeight(raw, index)
            known = bool(_BOLD_NAME.search(decoded)) or weight >= 600
            self._bold_names[name] = known
        return known

    def lead(self, text: str, start: int, end: int, special: bool) -> str:
        """The bold words opening ``text[start:end]``, a line whose first word is bold and
        last is not: each word is judged by its first letter or digit, so a run-in
        heading's period printed in the body font stays with its last word."""
        chars, bold_of = self.at.chars, self.bold
        stop = start
        for word in _WORD_SPAN.finditer(text, start, end):
            glyph = _glyph(text, word.start(), word.end())
            if text[glyph].isalnum() and not bold_of(glyph if chars is None else chars[glyph]):
                break
            stop = word.end()
        lead = text[start:stop]
        return (lead.translate(_LIGATURES) if special else lead).strip()

    def index_at(self, x: float, y_top_down: float, tolerance: float) -> int:
        """The text position of the character at a point (top-down y), or -1."""
        y = self.height - y_top_down
        char = pdfium_c.FPDFText_GetCharIndexAtPos(self.raw, x, y, tolerance, tolerance)
        return self.at.position(int(char))


def _glyph(text: str, start: int, end: int, reverse: bool = False) -> int:
    """Offset of the first (or last) letter or digit of ``text[start:end]``."""
    if not reverse and text[start].isalnum():
        return start
    span = range(end - 1, start - 1, -1) if reverse else range(start, end)
    for i in span:
        if text[i].isalnum():
            return i
    return start


def page_text(textpage: pdfium.PdfTextPage, n_chars: int) -> tuple[str, list[int] | None]:
    """The page's text and, when its positions are not pdfium's character indices, the
    character index where each position starts (one more entry: the end).

    pdfium counts a character above U+FFFF (a mathematical letter) as two, and may leave
    a character of its list out of the text; a page with either gets the map, the
    others (nearly all) use the positions as they are.
    """
    text = textpage.get_text_range(0, n_chars)
    if len(text) == n_chars and _WIDE.search(text) is None:
        return text, None
    units = [0]
    for char in text:
        units.append(units[-1] + (2 if char > "\uffff" else 1))
    if units[-1] == n_chars:
        return text, units
    raw = textpage.raw
    first = next(
        (
            t
            for i in range(n_chars)
            if (t := pdfium_c.FPDFText_GetTextIndexFromCharIndex(raw, i)) >= 0
        ),
        0,
    )
    out: list[int] = []
    for unit in units[:-1]:
        index = pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, first + unit)
        previous = out[-1] if out else -1
        out.append(index if index > previous else min(previous + 1, n_chars - 1))
    out.append(n_chars)
    return text, out


def read_page_lines(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[Line]:
    """The printed lines of a page in pdfium's order, with boxes and font style."""
    n_chars = textpage.count_chars()
    if n_chars <= 0:
        return []
    text, chars = page_text(textpage, n_chars)
    reader = _PageReader(textpage, page.get_height(), _Positions(chars))
    return reader.lines(text, _SPECIAL.search(text) is not None)
