"""From positioned lines to typed blocks: paragraphs, headings, list items, table rows.

pypdfium2's text has no blank line between paragraphs, so paragraphs are found from
the geometry: a vertical gap wider than the usual line pitch, a change of font size or
weight, a bullet, an indented first line, or a short line ending a sentence. Headings
are lines larger than the body text, bold short lines, or short numbered lines
("Article 3 – Durée", "Axe 2 : …"); their levels follow their sizes. A bold run-in
heading that wraps ends in the bold lead of the next line ("…déterminants de" /
"santé. Mobilité…"): the heading takes that lead, without its period (``pdfwrap``). Lines are joined
with their hyphenation undone ("signa-" + "taires"). Blocks continue across page and
column breaks when the sentence does, and tables continue across page breaks without
their repeated header row.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.records.document import BlockKind
from pipeline.text.pdflines import HYPHEN_MARK, Line
from pipeline.text.pdforder import MARGIN_COLUMN
from pipeline.text.pdfwrap import run_in_end, split_lead
from pipeline.text.words import caption_start, layout_patterns

_SENTENCE_ENDS = ".!?:;…»)"
_SENTENCE_END = re.compile(r"[.!?:;…»)]\s*$")
_LEADERS = re.compile(r"(?:\s*[.…·_]\s*){4,}")
_TOC_ENTRY_END = re.compile(r"(?:[.…·_ ]{2,}|\s)\d{1,3}$")
_CELL_HYPHEN = re.compile(r"(\w)[-\u00ad]\n(?=[a-zà-ÿ])")
_WORD = re.compile(r"[^\W\d_]{2,}")
_URL_START = re.compile(r"https?://|www\.")
_URL_BREAKS = frozenset("/-_%=&?#~:\u00ad" + HYPHEN_MARK)  # where a printed address breaks


@dataclass(slots=True)
class Table:
    """A table found on a page: its rows of cell texts and its box."""

    rows: list[list[str]]
    x0: float
    top: float
    x1: float
    bottom: float


Item = Line | Table


@dataclass(slots=True)
class PageItems:
    """One page's lines and tables in reading order, each with its column number."""

    number: int
    items: list[tuple[Item, int]]
    ocr: bool = False


@dataclass(slots=True)
class PendingBlock:
    """A block being assembled; becomes a ``Block`` when the document is built."""

    kind: BlockKind
    text: str
    page: int
    level: int | None = None
    ocr: bool = False
    cells: list[str] = field(default_factory=list)
    column: int = 0


@dataclass(slots=True)
class _Styles:
    """Document-wide typography: body size, line pitch per size, heading size classes."""

    body: float
    pitch: dict[float, float]
    heading_levels: list[float]

    def is_large(self, size: float) -> bool:
        return size >= self.body * 1.12

    def level(self, size: float) -> int:
        """Heading level: larger sizes first, bold body-size headings after them."""
        if self.is_large(size):
            for i, class_size in enumerate(self.heading_levels):
                if size >= class_size * 0.96:
                    return min(i + 1, 6)
        return min(len(self.heading_levels) + 1, 6)

    def line_pitch(self, size: float) -> float:
        """The usual distance between two lines of a paragraph at this size.

        Measured on the document, but never more than 1.2 times the size: where most
        paragraphs are one line long (a glossary, a table of contents) the measured
        pitch is the paragraph spacing itself.
        """
        return min(self.pitch.get(_size_class(size), size), size * 1.2)


def _size_class(size: float) -> float:
    return round(size * 2) / 2


def measure_styles(pages: Sequence[PageItems]) -> _Styles:
    """The body size (most text), usual line pitch per size, and heading size classes."""
    weights: Counter[float] = Counter()
    pitches: defaultdict[float, Counter[float]] = defaultdict(Counter)
    for page in pages:
        if page.ocr:  # OCR line heights are not font sizes
            continue
        prev: tuple[Line, int] | None = None
        for item, column in page.items:
            if not isinstance(item, Line):
                prev = None
                continue
            size = _size_class(item.size)
            weights[size] += len(item.text)
            if prev is not None and prev[1] == column and _size_class(prev[0].size) == size:
                pitch = item.top - prev[0].top
                if 0.5 * item.size < pitch < 2.5 * item.size:
                    pitches[size][round(pitch * 2) / 2] += 1
            prev = (item, column)
    body = weights.most_common(1)[0][0] if weights else 10.0
    usual = {size: counts.most_common(1)[0][0] for size, counts in pitches.items()}
    large = sorted({s for s in weights if s >= body * 1.12}, reverse=True)
    classes: list[float] = []
    for size in large:
        if not classes or size < classes[-1] * 0.96:
            classes.append(size)
    return _Styles(body, usual, classes)


def join_lines(parts: Sequence[str]) -> str:
    """Join printed lines into one text, undoing end-of-line hyphenation.

    "signa-" + "taires" gives "signataires"; "Trégor-" + "Goëlo" keeps the hyphen (the
    next part starts with a capital, so the hyphen belongs to the word), and so does
    "c'est-à-" + "dire" (a compound is broken at its own hyphens). A web address
    broken after one of its separators ("https://www.ars.sante.fr/" + "contrats-locaux")
    is joined without a space, its hyphens kept.
    """
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if not out:
            out = part
            continue
        if out[-1] in _URL_BREAKS and _URL_START.match(out, out.rfind(" ") + 1):
            out = (out[:-1] + "-" if out[-1] in (HYPHEN_MARK, "\u00ad") else out) + part
        elif out.endswith((HYPHEN_MARK, "-", "\u00ad")) and len(out) > 1 and out[-2].isalpha():
            stem = out[:-1]
            joined = part[:1].islower() and not _compound(stem, part)
            out = stem + part if joined else stem + "-" + part
        else:
            out = out + " " + part
    return out.replace(HYPHEN_MARK, "-")


def _compound(stem: str, part: str) -> bool:
    """True when a line-end hyphen belongs to a compound that already holds one
    ("c'est-à-" + "dire", "signal-" + "to-noise"): a word with a hyphen of its own is
    broken at that hyphen only, never hyphenated inside a part."""
    return "-" in stem[stem.rfind(" ") + 1 :] or "-" in part.split(" ", 1)[0]


def clean_cell(text: str | None) -> str:
    """A table cell's text on one line, hyphenation across its lines undone."""
    if not text:
        return ""
    text = _CELL_HYPHEN.sub(r"\1", text.replace(HYPHEN_MARK, "-\n"))
    return " ".join(text.split())


class BlockAssembler:
    """Walks the pages' items in reading order and assembles pending blocks."""

    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.patterns = layout_patterns()
        self.blocks: list[PendingBlock] = []
        self._lines: list[Line] = []
        self._page = 0
        self._column = 0
        self._ocr = False
        self._toc = False
        self._items: list[tuple[Item, int]] = []
        self._bounds: dict[int, tuple[float, float]] | None = None
        self._pitch_limits: dict[float, float] = {}
        self._last_table: Table | None = None
        self._page_start = True
        self._run_in = False

    # -- pages -------------------------------------------------------------------------

    def add_page(self, page: PageItems) -> None:
        """Assemble the blocks of one page, continuing the previous page's last block."""
        self._flush()
        self._page, self._ocr, self._page_start = page.number, page.ocr, True
        self._items, self._bounds = page.items, None
        for item, column in page.items:
            if isinstance(item, Table):
                self._flush()
                self._add_table(item)
            else:
                self._add_line(item, column)
            self._page_start = False
        self._flush()

    def finish(self) -> list[PendingBlock]:
        """The assembled blocks."""
        self._flush()
        return self.blocks

    # -- lines -------------------------------------------------------------------------

    def _add_line(self, line: Line, column: int) -> None:
        if "\uf000" <= line.text[0] <= "\uf0ff":  # a Symbol or Wingdings bullet
            line.text = "•" + line.text[1:]
        if self._lines and line.lead and self._ends_run_in(self._lines[-1], line, column):
            head, line = split_lead(line)
            self._lines.append(head)
            self._run_in = True
            self._flush()
        elif self._lines and self._breaks(self._lines[-1], line, column):
            self._flush()
        if not self._lines:
            self._column = column
        self._lines.append(line)

    def _ends_run_in(self, a: Line, b: Line, column: int) -> bool:
        """True when ``b``'s bold lead ends the wrapped bold heading that ``a`` ends, in
        the same column at the next line's distance (``pdfwrap.run_in_end``)."""
        if column != self._column or self._ocr or a.group != b.group or b.top < a.top - 1:
            return False
        if b.top - a.top > self._pitch_limit(a.size):
            return False
        return run_in_end(a, b, self._column_edges(column, a)[1])

    def _pitch_limit(self, size: float) -> float:
        limit = self._pitch_limits.get(size)
        if limit is None:
            limit = self._pitch_limits[size] = self.styles.line_pitch(size) * 1.25 + 0.5
        return limit

    def _column_edges(self, column: int, line: Line) -> tuple[float, float]:
        """The left and right edges of the column's text on this page."""
        if self._bounds is None:
            self._bounds = _column_bounds(self._items)
        return self._bounds.get(column, (line.x0, line.x1))

    def _breaks(self, a: Line, b: Line, column: int) -> bool:
        """True when line ``b`` starts a new block after line ``a``."""
        if column != self._column or b.top < a.top - 1 or self._toc or a.group != b.group:
            return True
        if self._ocr:  # the OCR engine's paragraphs are trusted; only lists cut them
            return bool(self.patterns.bullet.match(b.text) or self._is_numbered_heading(b.text))
        restyled = a.bold != b.bold and not self._item_title_runs_on(a, b)
        if abs(b.size - a.size) > 0.08 * max(a.size, b.size) or restyled:
            return True
        if b.top - a.top > self._pitch_limit(a.size):
            return True
        if self.patterns.bullet.match(b.text) or self._is_numbered_heading(b.text):
            return True
        if a.text[-1] not in _SENTENCE_ENDS:
            return False
        left, right = self._column_edges(column, a)
        width = max(right - left, 1.0)
        if a.x1 < right - max(1.5 * a.size, 0.2 * width):
            return True
        return b.x0 > left + 0.8 * b.size and a.x0 <= left + 2

    def _item_title_runs_on(self, a: Line, b: Line) -> bool:
        """True when a list item's bold title runs on into its regular text on the next
        line: "2. Renforcer les soins de proximité –" (the title closed by a dash) then
        "promotion du territoire…", or a title wrapping over the line ("4.
        Accompagner les personnes" then "vulnérables – aidants…", bold words first). A
        numbered heading followed by its paragraph has neither."""
        if not self._lines or not self.patterns.bullet.match(self._lines[0].text):
            return False
        return a.bold and not b.bold and (a.text.rstrip()[-1:] in "–—-" or bool(b.lead))

    def _is_numbered_heading(self, text: str) -> bool:
        return (
            text[0].isupper()
            and bool(self.patterns.numbered_heading.match(text))
            and len(text.split()) <= 14
        )

    def _flush(self) -> None:
        lines, self._lines = self._lines, []
        run_in, self._run_in = self._run_in, False
        if not lines:
            return
        first = lines[0]
        text = join_lines([ln.text for ln in lines])
        if self._toc:
            if self._toc_entry(first, text):
                self._emit("line", _LEADERS.sub(" … ", text).strip())
                return
            self._toc = False
        kind, level = self._classify(lines, text)
        if run_in:  # a run-in heading drops its period
            heading = text[:-1].rstrip() if text.endswith(".") else text
            head_kind, head_level = self._classify(lines, heading)
            if head_kind == "heading":
                kind, level, text = head_kind, head_level, heading
        if kind == "paragraph" and self._continues_previous(first, text):
            return
        if kind == "line":
            text = _LEADERS.sub(" … ", text).strip()
        self._emit(kind, text, level)
        if kind == "heading" and self.patterns.toc_title.match(text):
            self._toc = True

    def _classify(self, lines: Sequence[Line], text: str) -> tuple[BlockKind, int | None]:
        """Decide heading (with its level), list item or paragraph."""
        first = lines[0]
        words = len(text.split())
        size = max(ln.size for ln in lines)
        ends = text.rstrip()[-1:]
        has_word = bool(_WORD.search(text))
        if self._ocr:
            return self._classify_ocr(lines, text)
        if len(lines) == 1 and _LEADERS.search(text) and _TOC_ENTRY_END.search(text):
            return "line", None  # a contents entry, even without a "Sommaire" title
        if self.styles.is_large(size) and has_word and words <= 30 and ends not in ",;":
            return "heading", self.styles.level(size)
        if self.patterns.bullet.match(text):
            return "list_item", None
        if first.bold and has_word and words <= 20 and ends not in ",;.":
            return "heading", self.styles.level(size)
        short = len(lines) == 1 and words <= 14 and ends not in ".,;"
        if short and (
            self._is_numbered_heading(text) or self.patterns.standalone_heading.match(text)
        ):
            return "heading", self.styles.level(size)
        return "paragraph", None

    def _classify_ocr(self, lines: Sequence[Line], text: str) -> tuple[BlockKind, int | None]:
        """Scanned text has no reliable font sizes: headings by their words only."""
        if self.patterns.bullet.match(text):
            return "list_item", None
        short = len(lines) == 1 and len(text.split()) <= 14 and text.rstrip()[-1:] not in ".,;"
        if short and (
            self._is_numbered_heading(text) or self.patterns.standalone_heading.match(text)
        ):
            return "heading", self.styles.level(self.styles.body)
        return "paragraph", None

    def _toc_entry(self, line: Line, text: str) -> bool:
        """True for a line of a table of contents (leaders, page number, or a short title)."""
        if self.styles.is_large(line.size) and not _LEADERS.search(text):
            return False
        if _LEADERS.search(text) or _TOC_ENTRY_END.search(text):
            return True
        return len(text.split()) <= 14 and not _SENTENCE_END.search(text)

    def _continues_previous(self, first: Line, text: str) -> bool:
        """Join a paragraph to the previous block when a sentence runs over a page or
        column break (within a column, the geometry has already decided). A figure's
        or table's caption is no such continuation ("…require-" / "Fig. 3. Maps…")."""
        if not self.blocks or self._column == MARGIN_COLUMN or caption_start().match(text):
            return False
        index = len(self.blocks) - 1
        while index > 0 and self.blocks[index].column == MARGIN_COLUMN:
            index -= 1  # a margin's vertical line does not stop a sentence running on
        prev = self.blocks[index]
        if prev.column == MARGIN_COLUMN:
            return False
        if prev.kind not in ("paragraph", "list_item") or prev.ocr != self._ocr:
            return False
        if prev.page == self._page and prev.column == self._column:
            return False
        if _SENTENCE_END.search(prev.text):
            return False
        if not (prev.text.endswith(("-", HYPHEN_MARK)) or text[:1].islower()):
            return False
        prev.text = join_lines([prev.text, text])
        return True

    def _emit(self, kind: BlockKind, text: str, level: int | None = None) -> None:
        self._last_table = None
        self.blocks.append(
            PendingBlock(kind, text, self._page, level, self._ocr, column=self._column)
        )

    # -- tables ------------------------------------------------------------------------

    def _add_table(self, table: Table) -> None:
        rows = [[clean_cell(c) for c in row] for row in table.rows]
        rows = [row for row in rows if any(row)]
        previous = self._last_table if self._page_start else None
        if previous is not None and previous.rows and rows:
            header = [clean_cell(c) for c in previous.rows[0]]
            if rows[0] == header:
                rows = rows[1:]
            if rows and not rows[0][0] and len(rows[0]) == len(header) and self.blocks:
                last = self.blocks[-1]
                if last.kind == "table_row" and len(last.cells) == len(rows[0]):
                    merged = [join_lines([x, y]) for x, y in zip(last.cells, rows[0], strict=True)]
                    last.cells, last.text = merged, _row_text(merged)
                    rows = rows[1:]
        for row in rows:
            self.blocks.append(
                PendingBlock("table_row", _row_text(row), self._page, None, self._ocr, row)
            )
        self._last_table = table


def _row_text(cells: Sequence[str]) -> str:
    return " | ".join(c for c in cells if c)


def _column_bounds(items: Sequence[tuple[Item, int]]) -> dict[int, tuple[float, float]]:
    """Left and right edges of each column's text on a page."""
    bounds: dict[int, tuple[float, float]] = {}
    for item, column in items:
        if isinstance(item, Line) and len(item.text) > 20:
            lo, hi = bounds.get(column, (item.x0, item.x1))
            bounds[column] = (min(lo, item.x0), max(hi, item.x1))
    return bounds


def assemble(pages: Sequence[PageItems]) -> list[PendingBlock]:
    """The typed blocks of a document's pages, in reading order."""
    assembler = BlockAssembler(measure_styles(pages))
    for page in pages:
        assembler.add_page(page)
    return assembler.finish()
