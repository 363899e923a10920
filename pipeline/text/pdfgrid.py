"""Ruled tables read from pypdfium2's path objects and the page's positioned lines.

A signatory grid or a fiche action table is drawn with strokes (or thin filled bars)
along its rows and columns. The strokes of a page are collected from its path
objects; strokes that touch each other form a grid; its horizontal strokes cut rows,
its vertical strokes cut cells (a missing stroke inside a row means merged cells);
each line of text goes to the cell holding its centre. This costs a few C calls per
path object, where pdfplumber takes tens of milliseconds per page.

When a line of text crosses a vertical stroke (pdfium merged the texts of two tight
cells), the grid cannot say which words go where: the page is marked for pdfplumber,
which places each character, with the ruled area to crop it to. Only a grid shaped
like a table goes there: its cells hold text (a plot's grid lines and bars hold next to
none), and a page of thousands of strokes is a drawing unless its strokes, joined end
to end, come down to a table's few rulings. pdfplumber costs a second or more on such
pages and finds no table on them.
"""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.text import pdfium
from pipeline.text import pdfium as pdfium_c
from pipeline.text.pdfblocks import Table, join_lines
from pipeline.text.pdffigures import Marks
from pipeline.text.pdflines import Line
from pipeline.text.pdfwrap import ITEM_BREAK, cell_items

_THIN = 3.0  # a stroke or filled bar at most this thick is a ruling
_TOL = 2.0  # how far strokes may miss each other and still meet
_MIN_LENGTH = 8.0
_MAX_RULES = 400  # more strokes than this, even joined end to end, is a drawing
_MIN_FILL = 0.25  # share of a grid's cells holding text, below which it is no table


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal (``at`` is y) or vertical (``at`` is x) stroke, top-down coordinates."""

    horizontal: bool
    at: float
    start: float
    end: float


@dataclass(slots=True)
class GridResult:
    """The tables read from a page, and whether pdfplumber should read it instead."""

    tables: list[Table]
    needs_pdfplumber: bool = False
    crop: tuple[float, float, float, float] | None = None  # where pdfplumber should look

    def ask_pdfplumber(self, box: tuple[float, float, float, float]) -> None:
        """Mark the page for pdfplumber, the crop growing to hold ``box``."""
        self.needs_pdfplumber = True
        if self.crop is None:
            self.crop = box
        else:
            x0, top, x1, bottom = self.crop
            self.crop = (min(x0, box[0]), min(top, box[1]), max(x1, box[2]), max(bottom, box[3]))


class _PathReader:
    """Turns path objects into rules; holds ctypes buffers reused across calls. With a
    ``marks``, it also collects the paths that may draw a plot (small
    paths, many-segment curves: ``pdffigures``) on the same pass."""

    def __init__(self, height: float, marks: Marks | None = None) -> None:
        self.height = height
        self.marks = marks
        self.centres = None if marks is None else marks.centres
        self.box = [ctypes.c_float() for _ in range(4)]
        self.matrix = pdfium_c.FS_MATRIX()
        self.x = ctypes.c_float()
        self.y = ctypes.c_float()

    def rules(self, obj: object) -> list[Rule]:
        left, bottom, right, top = self.box
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            return []
        x0, x1 = left.value, right.value
        y0, y1 = self.height - top.value, self.height - bottom.value
        width, height = x1 - x0, y1 - y0
        if height <= _THIN and width >= _MIN_LENGTH:
            return [Rule(True, (y0 + y1) / 2, x0, x1)]
        if width <= _THIN and height >= _MIN_LENGTH:
            return [Rule(False, (x0 + x1) / 2, y0, y1)]
        if width < _MIN_LENGTH or height < _MIN_LENGTH:
            if self.centres is not None and width <= _MIN_LENGTH and height <= _MIN_LENGTH:
                self.centres.extend((x0 + x1, y0 + y1))  # a small mark: ``Marks.add``
            return []
        if pdfium_c.FPDFPath_CountSegments(obj) <= 5:  # a rectangle: its four sides
            return [
                Rule(True, y0, x0, x1),
                Rule(True, y1, x0, x1),
                Rule(False, x0, y0, y1),
                Rule(False, x1, y0, y1),
            ]
        if self.marks is not None:
            self.marks.add(x0, y0, x1, y1)
        return self._segments(obj)

    def _segments(self, obj: object) -> list[Rule]:
        """The straight horizontal and vertical pieces of a path with many sub-paths."""
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, self.matrix):
            return []
        m = self.matrix
        out: list[Rule] = []
        previous: tuple[float, float] | None = None
        start: tuple[float, float] | None = None
        for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
            if not pdfium_c.FPDFPathSegment_GetPoint(segment, self.x, self.y):
                continue
            px, py = self.x.value, self.y.value
            point = (m.a * px + m.c * py + m.e, self.height - (m.b * px + m.d * py + m.f))
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
                out.extend(_straight(previous, point))
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
            elif pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
                out.extend(_straight(point, start))
            previous = point
        return out


def _straight(a: tuple[float, float], b: tuple[float, float]) -> list[Rule]:
    (ax, ay), (bx, by) = a, b
    if abs(ay - by) <= 1 and abs(ax - bx) >= _MIN_LENGTH:
        return [Rule(True, (ay + by) / 2, min(ax, bx), max(ax, bx))]
    if abs(ax - bx) <= 1 and abs(ay - by) >= _MIN_LENGTH:
        return [Rule(False, (ax + bx) / 2, min(ay, by), max(ay, by))]
    return []


def page_rules(page: pdfium.PdfPage, marks: Marks | None = None) -> list[Rule]:
    """Every horizontal and vertical stroke drawn on the page; with ``marks``, the
    marks that may draw a plot are added to it, those inside form XObjects included
    (``pdffigures``)."""
    raw = page.raw
    height = page.get_height()
    reader = _PathReader(height, marks)
    rules: list[Rule] = []
    path, form = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == path:
            rules.extend(reader.rules(obj))
        elif kind == form and marks is not None:
            marks.add_form(obj, height)
    return rules


def may_hold_table(rules: Sequence[Rule]) -> bool:
    """Cheap test: at least three horizontal and three vertical strokes."""
    horizontal = sum(1 for r in rules if r.horizontal)
    return horizontal >= 3 and len(rules) - horizontal >= 3


def _meet(a: Rule, b: Rule) -> bool:
    if a.horizontal == b.horizontal:
        return abs(a.at - b.at) <= _TOL and a.start <= b.end + _TOL and b.start <= a.end + _TOL
    h, v = (a, b) if a.horizontal else (b, a)
    return h.start - _TOL <= v.at <= h.end + _TOL and v.start - _TOL <= h.at <= v.end + _TOL


def _groups(rules: Sequence[Rule]) -> list[list[Rule]]:
    """Strokes that touch, directly or through others (union-find)."""
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(rules)):
        for j in range(i + 1, len(rules)):
            if _meet(rules[i], rules[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(find(i), []).append(rule)
    return list(groups.values())


def _positions(values: Sequence[float]) -> list[float]:
    """Distinct positions, strokes closer than the tolerance counted once."""
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > _TOL:
            out.append(value)
    return out


def _ruled(verticals: Sequence[Rule], x: float, top: float, bottom: float) -> bool:
    """True when a vertical stroke at ``x`` runs along the band [top, bottom]."""
    return any(
        abs(v.at - x) <= _TOL and v.start <= top + _TOL and v.end >= bottom - _TOL
        for v in verticals
    )


def _table(group: Sequence[Rule], lines: Sequence[Line]) -> tuple[Table | None, bool]:
    """The table a group of strokes draws (or None), and whether text crosses its strokes."""
    verticals = [r for r in group if not r.horizontal]
    ys = _positions([r.at for r in group if r.horizontal])
    xs = _positions([r.at for r in verticals])
    if len(ys) < 3 or len(xs) < 3:
        return None, False
    inside = [
        ln
        for ln in lines
        if xs[0] <= (ln.x0 + ln.x1) / 2 <= xs[-1] and ys[0] <= (ln.top + ln.bottom) / 2 <= ys[-1]
    ]
    rows: list[list[str]] = []
    crossed = False
    for top, bottom in itertools.pairwise(ys):
        band = [ln for ln in inside if top <= (ln.top + ln.bottom) / 2 <= bottom]
        cells: list[tuple[float, float]] = []
        for left, right in itertools.pairwise(xs):
            if cells and not _ruled(verticals, left, top, bottom):
                cells[-1] = (cells[-1][0], right)
            else:
                cells.append((left, right))
        inner = [right for _, right in cells[:-1]]
        if any(ln.x0 < x - _TOL and ln.x1 > x + _TOL for ln in band for x in inner):
            crossed = True
        row = []
        for left, right in cells:
            texts = [ln for ln in band if left <= (ln.x0 + ln.x1) / 2 <= right]
            texts.sort(key=lambda ln: (round(ln.top), ln.x0))
            items = cell_items(texts, left, right)
            row.append(ITEM_BREAK.join(join_lines([ln.text for ln in i]) for i in items))
        rows.append(row)
    filled = {i for row in rows for i, cell in enumerate(row) if cell}
    count = sum(len(row) for row in rows)
    full = sum(1 for row in rows for cell in row if cell)
    if len([r for r in rows if any(r)]) < 2 or len(filled) < 2 or full < _MIN_FILL * count:
        return None, False  # a grid of mostly empty cells is a plot's, its text labels
    return Table(rows, xs[0], ys[0], xs[-1], ys[-1]), crossed


def read_grid_tables(rules: Sequence[Rule], lines: Sequence[Line]) -> GridResult:
    """The ruled tables of a page from its strokes and lines."""
    result = GridResult([])
    if len(rules) > _MAX_RULES:
        rules = joined(rules)
        if len(rules) > _MAX_RULES or not may_hold_table(rules):
            return result
    for group in _groups(rules):
        table, crossed = _table(group, lines)
        if table is not None and crossed:
            result.ask_pdfplumber((table.x0, table.top, table.x1, table.bottom))
        if table is not None:
            result.tables.append(table)
    return result


def joined(rules: Sequence[Rule]) -> list[Rule]:
    """The strokes with those on one line that touch or overlap joined into one (a
    table drawn cell by cell becomes its few rulings; a drawing stays many strokes)."""
    by_line: dict[tuple[bool, int], list[Rule]] = {}
    for rule in rules:
        by_line.setdefault((rule.horizontal, round(rule.at / _TOL)), []).append(rule)
    out: list[Rule] = []
    for (horizontal, _), line in sorted(by_line.items()):
        line.sort(key=lambda r: r.start)
        current = line[0]
        for rule in line[1:]:
            if rule.start <= current.end + _TOL:
                current = Rule(horizontal, current.at, current.start, max(current.end, rule.end))
            else:
                out.append(current)
                current = rule
        out.append(current)
    return out
