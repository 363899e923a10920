"""Reading order of the boxes of one page: top to bottom, one column after the other.

A page is cut into horizontal bands by the boxes that cross the gutter (a title over
both columns, a wide table); inside a band, the left column is read from top to bottom,
then the right one. The gutter is found where several boxes start at the same x in the
right part of the region, with boxes on both sides at the same heights; page numbers
beside a table of contents, or labels beside their values, are rows, not columns.
Regions are split again for a third column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class Boxed(Protocol):
    """Anything with a box in top-down page coordinates."""

    @property
    def x0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def bottom(self) -> float: ...


B = TypeVar("B", bound=Boxed)

_MIN_COLUMN_LINES = 3
_CLUSTER_WIDTH = 6.0
_FILL = 0.3  # a right column has a line over this share of its width
_LABEL_SHARE = 0.6
_SPAN_SHARE = 0.1  # a box spans the gutter when it starts this share of the width left of it


def _by_rows(items: Sequence[B]) -> list[B]:
    """Top to bottom; boxes on the same row (overlapping vertically) left to right."""
    out: list[B] = []
    row: list[B] = []
    row_bottom = 0.0
    for item in sorted(items, key=lambda b: b.top):
        if row and (item.top + item.bottom) / 2 > row_bottom:
            out.extend(sorted(row, key=lambda b: b.x0))
            row = []
        if not row:
            row_bottom = item.bottom
        row.append(item)
    out.extend(sorted(row, key=lambda b: b.x0))
    return out


def _column_starts(items: Sequence[B], x_lo: float, x_hi: float) -> list[tuple[int, float]]:
    """Clusters of left edges in the right part of the region: (count, leftmost x)."""
    xs = sorted(b.x0 for b in items if b.x0 > x_lo + 0.3 * (x_hi - x_lo))
    clusters: list[tuple[int, float]] = []
    i = 0
    for j, x in enumerate(xs):
        while x - xs[i] > _CLUSTER_WIDTH:
            i += 1
        clusters.append((j - i + 1, xs[i]))
    return sorted(clusters, key=lambda c: (-c[0], c[1]))


def _gutter(items: Sequence[B], x_lo: float, x_hi: float) -> float | None:
    """The x where a right column starts in [x_lo, x_hi], or None for a single column.

    Of the (at most three) most used left edges that split the region into columns, the
    one fewest lines cross: reference labels printed in front of their entries start
    many lines too, but a gutter between labels and entries is crossed by the entries
    that start at their label, and would read the labels row by row with the first
    column. Of gutters crossed alike, the leftmost (labels that stand apart from their
    entries are then read with them, row by row). The region right of the gutter is
    split again for a third column.
    """
    tried: set[float] = set()
    found: list[tuple[int, float]] = []
    for count, start in _column_starts(items, x_lo, x_hi):
        if count < _MIN_COLUMN_LINES or len(tried) >= 3:
            break
        gutter = start - 1.0
        if gutter in tried:
            continue
        tried.add(gutter)
        left = [b for b in items if b.x1 <= gutter]
        right = [b for b in items if b.x0 >= gutter]
        if (
            len(left) >= _MIN_COLUMN_LINES
            and _side_by_side(left, right)
            and max(b.x1 - b.x0 for b in right) >= _FILL * (x_hi - gutter)
            and not _labels_and_values(left, right, gutter)
        ):
            crossing = sum(1 for b in items if _spans(b, gutter, x_hi - x_lo))
            found.append((crossing, gutter))
    return min(found)[1] if found else None


def _spans(box: Boxed, gutter: float, width: float) -> bool:
    """True for a box over both sides of the gutter (a title, a caption, a wide table).

    A right column's line that starts a few points left of the gutter (found where
    another band's right column starts) does not span it: it must reach well into the
    left column.
    """
    return box.x0 < gutter - _SPAN_SHARE * width and box.x1 > gutter


def _labels_and_values(left: Sequence[B], right: Sequence[B], gutter: float) -> bool:
    """True for short labels on the left, each on the row of a value on the right.

    Text columns fill their width; a form ("Porteur :" beside its value) has narrow
    labels level with the values, and is read row by row.
    """
    widths = sorted(b.x1 - b.x0 for b in left)
    if widths[len(widths) // 2] >= _LABEL_SHARE * (gutter - min(b.x0 for b in left)):
        return False
    tops = [b.top for b in right]
    level = sum(1 for b in left if any(abs(b.top - t) <= 2.0 for t in tops))
    return level >= 0.8 * len(left)


def _side_by_side(left: Sequence[B], right: Sequence[B]) -> bool:
    """True when the two sets share some vertical extent (real columns, not stacked)."""
    top = max(min(b.top for b in left), min(b.top for b in right))
    bottom = min(max(b.bottom for b in left), max(b.bottom for b in right))
    return bottom > top


def _order_region(items: Sequence[B], x_lo: float, x_hi: float, depth: int) -> list[tuple[B, int]]:
    """Order a region's boxes; return each with its column number (0 = leftmost)."""
    gutter = _gutter(items, x_lo, x_hi) if depth < 3 else None
    if gutter is None:
        return [(b, 0) for b in _by_rows(items)]
    out: list[tuple[B, int]] = []
    band: list[B] = []

    def flush() -> None:
        left = [b for b in band if b.x1 <= gutter]
        right = [b for b in band if b.x1 > gutter]
        out.extend((b, 0) for b in _by_rows(left))
        out.extend((b, col + 1) for b, col in _order_region(right, gutter, x_hi, depth + 1))
        band.clear()

    for item in sorted(items, key=lambda b: b.top):
        if _spans(item, gutter, x_hi - x_lo):
            flush()
            out.append((item, 0))
        else:
            band.append(item)
    flush()
    return out


def reading_order(items: Sequence[B], page_width: float) -> list[tuple[B, int]]:
    """The boxes in reading order, each with its column number."""
    if not items:
        return []
    return _order_region(items, 0.0, page_width, 0)


MARGIN_COLUMN = -1
_VERTICAL_RATIO = 3.0  # a printed line this many times taller than wide runs vertically
_VERTICAL_MIN = 40.0  # points: a tall single glyph or drop capital is not such a line


def is_vertical(box: Boxed) -> bool:
    """True for a line printed vertically (rotated text in a margin: an archive's stamp,
    a reception date along the edge): much taller than wide.

    Such a line's box spans the height of many horizontal lines; ordered among them it
    would make them one row, read left to right across the columns.
    """
    height = box.bottom - box.top
    return height > _VERTICAL_MIN and height > _VERTICAL_RATIO * (box.x1 - box.x0)


def with_margin(ordered: list[tuple[B, int]], vertical: Sequence[B]) -> list[tuple[B, int]]:
    """The page's order followed by its vertical lines, left to right, in the margin
    column (``MARGIN_COLUMN``), which no paragraph runs into or out of."""
    margin = sorted(vertical, key=lambda b: (b.x0, b.top))
    return ordered + [(b, MARGIN_COLUMN) for b in margin]
