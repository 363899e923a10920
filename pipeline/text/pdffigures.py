"""Plots on a PDF page: the regions drawn with dense vector marks, whose text is left out.

A plot is drawn with many small marks (data points, tick marks, the pieces of its
curves) and labelled with short, scattered text fragments: tick numbers, one-word axis
labels, a legend. Its text read as running text is noise ("0 200 400 600 800 Inner core
radius (km)"). The marks are found among the page's path objects: small paths (at most
``_SMALL`` points both ways) and curves (paths larger than that, of many segments,
neither a stroke nor a rectangle). Strokes and rectangles are left out, so a ruled
table, a signatory grid or a framed box makes no figure, nor do images (logo strips).

The marks are put on a coarse grid of cells; touching cells form regions; a region of
at least ``_MIN_MARKS`` marks is a plot when the text around it is a plot's: several
number-only lines (tick labels) and more characters in short fragments than in
sentences (a paragraph over a decorated background is not a plot). Its short fragments
are left out; its longer lines (a caption or a paragraph that runs beside) stay.
"""

from __future__ import annotations

import ctypes
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pypdfium2.raw as pdfium_c

from pipeline.text.pdfblocks import Table
from pipeline.text.pdflines import Line

if TYPE_CHECKING:
    from pipeline.text.pdfgrid import Rule

_CELL = 12.0  # points: the side of a cell of the grid the marks are put on
_THIN = 3.0  # a path at most this thick (and longer than ``_SMALL``) is a stroke
_SMALL = 8.0  # a path at most this wide and high is a mark (a data point, a tick)
_MIN_MARKS = 30  # fewer marks than this is a decoration, not a plot
_MARGIN = 24.0  # points around a region where its labels stand (ticks, axis titles)
_TOUCH = 2.0  # points: a stroke this close to a plot's box touches it
_AXIS_LENGTH = 1.5  # an axis is at most this many times as long as the plot's marks' box
_MIN_NUMBERS = 3  # number-only lines a plot's text holds at least (its tick labels)
_MAX_FRAGMENT = 40  # characters: a longer line is a sentence, kept
Box = tuple[float, float, float, float]  # x0, top, x1, bottom
_NUMBER = re.compile(r"[−\-–+]?\d[\d.,]*%?(?:\s+[−\-–+]?\d[\d.,]*%?)*")


@dataclass(slots=True)
class Marks:
    """What may draw a plot on a page: the boxes of its marks, and the strokes drawn
    inside its form XObjects (a pasted plot's axes; the page's own strokes are its
    rules, ``pdfgrid.page_rules``), top-down."""

    boxes: list[Box] = field(default_factory=list)
    strokes: list[Box] = field(default_factory=list)

    def add_form(self, form: object, height: float) -> None:
        """Add the marks and strokes drawn inside a form XObject of a page of this
        height (a plot pasted as a form), its matrix applied."""
        reader = _MarkReader(height, self)
        reader.form(form, None)


@dataclass(frozen=True, slots=True)
class Region:
    """A plot's box (top-down coordinates), its labels' margin included."""

    x0: float
    top: float
    x1: float
    bottom: float

    def holds(self, line: Line) -> bool:
        x = (line.x0 + line.x1) / 2
        y = (line.top + line.bottom) / 2
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom


_Matrix = tuple[float, float, float, float, float, float]


class _MarkReader:
    """Collects the marks of a page; holds the ctypes buffers reused across calls."""

    def __init__(self, height: float, marks: Marks) -> None:
        self.height = height
        self.box = [ctypes.c_float() for _ in range(4)]
        self.matrix = pdfium_c.FS_MATRIX()
        self.marks = marks

    def read(self, objects: Iterable[object], matrix: _Matrix | None) -> None:
        left, bottom, right, top = self.box
        get_type, bounds = pdfium_c.FPDFPageObj_GetType, pdfium_c.FPDFPageObj_GetBounds
        segments = pdfium_c.FPDFPath_CountSegments
        path, form = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
        height, marks, strokes = self.height, self.marks.boxes, self.marks.strokes
        for obj in objects:
            kind = get_type(obj)
            if kind == form:
                self.form(obj, matrix)
                continue
            if kind != path or not bounds(obj, left, bottom, right, top):
                continue
            x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
            if matrix is not None:
                x0, y0, x1, y1 = _transform(matrix, x0, y0, x1, y1)
            small_x, small_y = x1 - x0 <= _SMALL, y1 - y0 <= _SMALL
            if (small_x and small_y) or (not small_x and not small_y and segments(obj) > 5):
                marks.append((x0, height - y1, x1, height - y0))
            elif min(x1 - x0, y1 - y0) <= _THIN:
                strokes.append((x0, height - y1, x1, height - y0))

    def form(self, obj: object, matrix: _Matrix | None) -> None:
        """The marks inside a form XObject, its matrix applied (and its parents')."""
        m = self.matrix
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
            return
        own = (m.a, m.b, m.c, m.d, m.e, m.f)
        inner = own if matrix is None else _compose(own, matrix)
        count = pdfium_c.FPDFFormObj_CountObjects(obj)
        self.read((pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count)), inner)


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    """The matrix applying ``inner`` then ``outer``."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _transform(
    m: _Matrix, x0: float, y0: float, x1: float, y1: float
) -> tuple[float, float, float, float]:
    """The box holding a box's image by ``m`` (PDF coordinates, y upwards)."""
    a, b, c, d, e, f = m
    xs = [a * x + c * y + e for x in (x0, x1) for y in (y0, y1)]
    ys = [b * x + d * y + f for x in (x0, x1) for y in (y0, y1)]
    return min(xs), min(ys), max(xs), max(ys)


def figure_regions(
    marks: Sequence[Box],
    lines: Sequence[Line],
    width: float,
    height: float,
    rules: Sequence[Rule] = (),
    strokes: Sequence[Box] = (),
) -> list[Region]:
    """The plots among the marks, judged by the text around them; a plot's box grows
    to the strokes that cross it (its axes, its frame: the tick labels stand beside
    them, further from the data than ``_MARGIN``)."""
    if len(marks) < _MIN_MARKS:
        return []
    columns, rows = int(width // _CELL) + 1, int(height // _CELL) + 1
    half = 0.5 / _CELL
    # marks whose centre is in the cell (one pass in C: a plot has thousands of marks)
    counts = Counter((int((y0 + y1) * half), int((x0 + x1) * half)) for x0, y0, x1, y1 in marks)
    grid = [bytearray(columns) for _ in range(rows)]  # the cells a mark covers
    for r, c in counts:
        if 0 <= r < rows and 0 <= c < columns:
            grid[r][c] = 1
    for x0, y0, x1, y1 in marks:
        if x1 - x0 > _CELL or y1 - y0 > _CELL:  # a curve: the cells of its whole box
            c0, c1 = max(int(x0 // _CELL), 0), min(int(x1 // _CELL), columns - 1)
            fill = b"\x01" * (c1 - c0 + 1)
            for r in range(max(int(y0 // _CELL), 0), min(int(y1 // _CELL), rows - 1) + 1):
                grid[r][c0 : c1 + 1] = fill
    regions = []
    for (r0, c0, r1, c1), count in _components(grid, counts):
        if count < _MIN_MARKS:
            continue
        x0, top, x1, bottom = _with_axes(
            (c0 * _CELL, r0 * _CELL, (c1 + 1) * _CELL, (r1 + 1) * _CELL), rules, strokes
        )
        region = Region(x0 - _MARGIN, top - _MARGIN, x1 + _MARGIN, bottom + _MARGIN)
        if _plot_text([ln for ln in lines if region.holds(ln)]):
            regions.append(region)
    return regions


def _with_axes(box: Box, rules: Sequence[Rule], strokes: Sequence[Box]) -> Box:
    """The box grown to the strokes that cross or touch it, each at most half again
    as long as the box is wide (or high): a page-wide rule is no axis."""
    x0, top, x1, bottom = box
    boxes = [
        (r.start, r.at, r.end, r.at) if r.horizontal else (r.at, r.start, r.at, r.end)
        for r in rules
    ]
    grown = list(box)
    for sx0, stop, sx1, sbottom in itertools.chain(boxes, strokes):
        if (
            sx0 > x1 + _TOUCH
            or sx1 < x0 - _TOUCH
            or stop > bottom + _TOUCH
            or sbottom < top - _TOUCH
        ):
            continue
        if sx1 - sx0 > _AXIS_LENGTH * (x1 - x0) or sbottom - stop > _AXIS_LENGTH * (bottom - top):
            continue
        grown = [
            min(grown[0], sx0),
            min(grown[1], stop),
            max(grown[2], sx1),
            max(grown[3], sbottom),
        ]
    return grown[0], grown[1], grown[2], grown[3]


def _components(
    grid: list[bytearray], counts: dict[tuple[int, int], int]
) -> list[tuple[tuple[int, int, int, int], int]]:
    """The boxes (first row, first column, last row, last column) of touching cells,
    each with the number of marks centred in them."""
    rows, columns = len(grid), len(grid[0])
    seen = [bytearray(columns) for _ in range(rows)]
    out = []
    for r in range(rows):
        row = grid[r]
        for c in range(columns):
            if not row[c] or seen[r][c]:
                continue
            seen[r][c] = 1
            stack = [(r, c)]
            top, left, bottom, right = r, c, r, c
            count = 0
            while stack:
                y, x = stack.pop()
                count += counts.get((y, x), 0)
                top, bottom = min(top, y), max(bottom, y)
                left, right = min(left, x), max(right, x)
                for ny in (y - 1, y, y + 1):
                    if not 0 <= ny < rows:
                        continue
                    near, done = grid[ny], seen[ny]
                    for nx in (x - 1, x, x + 1):
                        if 0 <= nx < columns and near[nx] and not done[nx]:
                            done[nx] = 1
                            stack.append((ny, nx))
            out.append(((top, left, bottom, right), count))
    return out


def is_fragment(line: Line) -> bool:
    """True for a plot's label: a short line that ends no sentence."""
    text = line.text
    return bool(_NUMBER.fullmatch(text)) or (len(text) <= _MAX_FRAGMENT and text[-1] not in ".;:")


def _plot_text(lines: Sequence[Line]) -> bool:
    """True when the text about a region is a plot's: tick numbers, short fragments."""
    numbers = sum(1 for ln in lines if _NUMBER.fullmatch(ln.text))
    if numbers < _MIN_NUMBERS:
        return False
    short = sum(len(ln.text) for ln in lines if is_fragment(ln))
    return short > sum(len(ln.text) for ln in lines) - short


def drop_figure_text(lines: list[Line], regions: Sequence[Region]) -> list[Line]:
    """The lines without the labels of the plots."""
    if not regions:
        return lines
    return [ln for ln in lines if not (is_fragment(ln) and any(r.holds(ln) for r in regions))]


def without_figures(
    marks: Marks,
    lines: list[Line],
    size: tuple[float, float],
    tables: Sequence[Table] | None,
    crop: Box | None,
    rules: Sequence[Rule] = (),
) -> list[Line]:
    """The page's lines without its plots' labels; the text of its tables (read from
    the strokes, or the area left to pdfplumber) is always kept. ``rules`` are the
    page's strokes (``pdfgrid.page_rules``): a plot's axes among them."""
    if len(marks.boxes) < _MIN_MARKS:
        return lines
    width, height = size
    boxes = [(t.x0, t.top, t.x1, t.bottom) for t in tables or ()]
    if crop is not None:
        boxes.append(crop)
    free = [ln for ln in lines if not _inside(ln, boxes)]
    regions = figure_regions(marks.boxes, free, width, height, rules, marks.strokes)
    if not regions:
        return lines
    kept = {id(ln) for ln in drop_figure_text(free, regions)}
    return [ln for ln in lines if id(ln) in kept or _inside(ln, boxes)]


def _inside(line: Line, boxes: Sequence[tuple[float, float, float, float]]) -> bool:
    x = (line.x0 + line.x1) / 2
    y = (line.top + line.bottom) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)
