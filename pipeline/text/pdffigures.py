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

import bisect
import ctypes
import itertools
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.text import pdfium as pdfium_c
from pipeline.text.pdfblocks import Table
from pipeline.text.pdflines import Line


class Rule(Protocol):
    """A page's stroke as ``pdfgrid.Rule`` holds it (pdfgrid imports this module)."""

    @property
    def horizontal(self) -> bool: ...
    @property
    def at(self) -> float: ...
    @property
    def start(self) -> float: ...
    @property
    def end(self) -> float: ...


_CELL = 12.0  # points: the side of a cell of the grid the marks are put on
_THIN = 3.0  # a path at most this thick (and longer than ``_SMALL``) is a stroke
_SMALL = 8.0  # a path at most this wide and high is a mark (a data point, a tick)
_MIN_MARKS = 30  # fewer marks than this is a decoration, not a plot
_HALF = 0.5 / _CELL  # from the sum of a box's two edges to its centre's cell
_SAMPLE = 8192  # small marks a page is judged on at most
_KEY = 4096  # a cell's key is its row times this plus its column
_MARGIN = 24.0  # points around a region where its labels stand (ticks, axis titles)
_TOUCH = 2.0  # points: a stroke this close to a plot's box touches it
_AXIS_MIN = 2 * _CELL  # points: a shorter stroke is no axis (a tick, a curve's piece)
_AXIS_LENGTH = 1.5  # an axis is at most this many times as long as the plot's marks' box
_MIN_NUMBERS = 3  # number-only lines a plot's text holds at least (its tick labels)
_TITLE_SIZE = 1.5  # times the page's body size: a line this large is a title, kept
_MAX_FRAGMENT = 40  # characters: a longer line is a sentence, kept
Box = tuple[float, float, float, float]  # x0, top, x1, bottom
_NUMBER_START = frozenset("0123456789−-–+")
_NUMBER = re.compile(r"[−\-–+]?\d[\d.,]*%?(?:\s+[−\-–+]?\d[\d.,]*%?)*")


@dataclass(slots=True)
class Marks:
    """What may draw a plot on a page: its small marks (as their centres), the boxes
    of its larger ones, and the strokes drawn inside its form XObjects (a pasted
    plot's axes; the page's own strokes are its rules, ``pdfgrid.page_rules``),
    top-down."""

    boxes: list[Box] = field(default_factory=list)
    strokes: list[Box] = field(default_factory=list)
    centres: array[float] = field(default_factory=lambda: array("d"))

    def add(self, x0: float, top: float, x1: float, bottom: float) -> None:
        """Add a mark: a small one as twice its centre, x then y, in ``centres`` (a plot
        may have a hundred thousand: two numbers each, not a box), a larger one (a
        curve) as its box."""
        if x1 - x0 > _CELL or bottom - top > _CELL:
            self.boxes.append((x0, top, x1, bottom))
        else:
            self.centres.extend((x0 + x1, top + bottom))

    def __len__(self) -> int:
        return len(self.boxes) + len(self.centres) // 2

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
        height, add, strokes = self.height, self.marks.add, self.marks.strokes
        a, b, c, d, e, f = matrix or (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        upright = b == 0 and c == 0 and a > 0 and d > 0  # no rotation, no flip: scale
        for obj in objects:
            kind = get_type(obj)
            if kind == form:
                self.form(obj, matrix)
                continue
            if kind != path or not bounds(obj, left, bottom, right, top):
                continue
            if upright:
                x0, x1 = a * left.value + e, a * right.value + e
                y0, y1 = d * bottom.value + f, d * top.value + f
            else:
                x0, y0, x1, y1 = _transform(
                    (a, b, c, d, e, f), left.value, bottom.value, right.value, top.value
                )
            small_x, small_y = x1 - x0 <= _SMALL, y1 - y0 <= _SMALL
            if (small_x and small_y) or (not small_x and not small_y and segments(obj) > 5):
                add(x0, height - y1, x1, height - y0)
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
    marks: Marks,
    lines: Sequence[Line],
    width: float,
    height: float,
    rules: Sequence[Rule] = (),
) -> list[Region]:
    """The plots among the marks, judged by the text around them; a plot's box grows
    to the strokes that cross it (its axes, its frame: the tick labels stand beside
    them, further from the data than ``_MARGIN``)."""
    if len(marks) < _MIN_MARKS:
        return []
    columns, rows = int(width // _CELL) + 1, int(height // _CELL) + 1
    # marks whose centre is in the cell; a page of more than ``_SAMPLE`` small marks
    # (a scatter plot of a hundred thousand points) is judged on every n-th of them
    step = max(len(marks.centres) // (2 * _SAMPLE), 1)
    small = zip(marks.centres[0 :: 2 * step], marks.centres[1 :: 2 * step], strict=True)
    counts: Counter[tuple[int, int]] = Counter()
    for centres, weight in ((small, step), (_centres(marks.boxes), 1)):
        keyed = Counter(
            int(y * _HALF) * _KEY + min(int(x * _HALF), _KEY - 1)
            for x, y in centres
            if x >= 0 and y >= 0
        )
        counts.update({divmod(key, _KEY): count * weight for key, count in keyed.items()})
    grid = [bytearray(columns) for _ in range(rows)]  # the cells a mark covers
    for r, c in counts:
        if 0 <= r < rows and 0 <= c < columns:
            grid[r][c] = 1
    for x0, y0, x1, y1 in marks.boxes:  # a curve: the cells of its whole box
        c0, c1 = max(int(x0 // _CELL), 0), min(int(x1 // _CELL), columns - 1)
        fill = b"\x01" * (c1 - c0 + 1)
        for r in range(max(int(y0 // _CELL), 0), min(int(y1 // _CELL), rows - 1) + 1):
            grid[r][c0 : c1 + 1] = fill
    regions = []
    axes: _Axes | None = None
    for (r0, c0, r1, c1), count in _components(grid, counts):
        if count < _MIN_MARKS:
            continue
        axes = axes or _Axes(rules, marks.strokes)
        x0, top, x1, bottom = axes.grow(
            (c0 * _CELL, r0 * _CELL, (c1 + 1) * _CELL, (r1 + 1) * _CELL)
        )
        region = Region(x0 - _MARGIN, top - _MARGIN, x1 + _MARGIN, bottom + _MARGIN)
        if _plot_text([ln for ln in lines if region.holds(ln)]):
            regions.append(region)
    return regions


class _Axes:
    """The page's strokes long enough to be an axis (``_AXIS_MIN``), sorted to find
    those that touch a box: horizontal ones by their height, vertical ones by their x;
    the strokes of forms (few) as they are."""

    def __init__(self, rules: Sequence[Rule], strokes: Sequence[Box]) -> None:
        long = [r for r in rules if r.end - r.start >= _AXIS_MIN]  # not a curve's piece
        across = sorted((r.at, r.start, r.end) for r in long if r.horizontal)
        down = sorted((r.at, r.start, r.end) for r in long if not r.horizontal)
        self.across, self.across_at = across, [r[0] for r in across]
        self.down, self.down_at = down, [r[0] for r in down]
        self.strokes = strokes

    def grow(self, box: Box) -> Box:
        """The box grown to the strokes that cross or touch it, each at most half again
        as long as the box is wide (or high): a page-wide rule is no axis."""
        x0, top, x1, bottom = box
        near = [
            (start, at, end, at)
            for at, start, end in self.across[
                bisect.bisect_left(self.across_at, top - _TOUCH) : bisect.bisect_right(
                    self.across_at, bottom + _TOUCH
                )
            ]
        ]
        near += [
            (at, start, at, end)
            for at, start, end in self.down[
                bisect.bisect_left(self.down_at, x0 - _TOUCH) : bisect.bisect_right(
                    self.down_at, x1 + _TOUCH
                )
            ]
        ]
        grown = list(box)
        for sx0, stop, sx1, sbottom in itertools.chain(near, self.strokes):
            if sx0 > x1 + _TOUCH or sx1 < x0 - _TOUCH or stop > bottom + _TOUCH:
                continue
            if sbottom < top - _TOUCH or sx1 - sx0 > _AXIS_LENGTH * (x1 - x0):
                continue
            if sbottom - stop <= _AXIS_LENGTH * (bottom - top):
                grown[0], grown[1] = min(grown[0], sx0), min(grown[1], stop)
                grown[2], grown[3] = max(grown[2], sx1), max(grown[3], sbottom)
        return grown[0], grown[1], grown[2], grown[3]


def _centres(boxes: Sequence[Box]) -> Iterator[tuple[float, float]]:
    """Twice the centre of each box, x then y (as ``Marks.centres`` holds them)."""
    return ((x0 + x1, top + bottom) for x0, top, x1, bottom in boxes)


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


def may_hold_plot(lines: Sequence[Line]) -> bool:
    """Cheap test before the marks are collected: a page with a plot has its tick
    labels, at least ``_MIN_NUMBERS`` number-only lines."""
    numbers = 0
    for line in lines:
        if line.text[0] in _NUMBER_START and _NUMBER.fullmatch(line.text):
            numbers += 1
            if numbers >= _MIN_NUMBERS:
                return True
    return False


def _plot_text(lines: Sequence[Line]) -> bool:
    """True when the text about a region is a plot's: tick numbers, short fragments."""
    numbers = sum(1 for ln in lines if _NUMBER.fullmatch(ln.text))
    if numbers < _MIN_NUMBERS:
        return False
    short = sum(len(ln.text) for ln in lines if is_fragment(ln))
    return short > sum(len(ln.text) for ln in lines) - short


def drop_figure_text(
    lines: list[Line], regions: Sequence[Region], largest: float = float("inf")
) -> list[Line]:
    """The lines without the labels of the plots; a line printed larger than
    ``largest`` is a title over artwork (a cover's title, its years), not a label,
    and stays."""
    if not regions:
        return lines
    return [
        ln
        for ln in lines
        if not (is_fragment(ln) and any(r.holds(ln) for r in regions)) or ln.size > largest
    ]


def _body_size(lines: Sequence[Line]) -> float:
    """The size of most of the page's text."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


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
    if len(marks) < _MIN_MARKS:
        return lines
    width, height = size
    boxes = [(t.x0, t.top, t.x1, t.bottom) for t in tables or ()]
    if crop is not None:
        boxes.append(crop)
    free = [ln for ln in lines if not _inside(ln, boxes)]
    regions = figure_regions(marks, free, width, height, rules)
    if not regions:
        return lines
    largest = _TITLE_SIZE * _body_size(lines)
    kept = {id(ln) for ln in drop_figure_text(free, regions, largest)}
    return [ln for ln in lines if id(ln) in kept or _inside(ln, boxes)]


def _inside(line: Line, boxes: Sequence[tuple[float, float, float, float]]) -> bool:
    x = (line.x0 + line.x1) / 2
    y = (line.top + line.bottom) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)
