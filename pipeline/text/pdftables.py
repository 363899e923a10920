"""Ruled tables read by pdfplumber, only on the pages where the fast grid reader cannot.

pdfplumber places every character in its cell, but costs 50 to 250 ms per page (it
interprets the whole page in Python). ``pdfgrid`` reads clean ruled grids from
pypdfium2's data in well under a millisecond; the pages it cannot settle (text running
across a stroke, drawings with hundreds of strokes) are opened here, one at a time.
"""

from __future__ import annotations

import bisect
import io
import time
from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.text.pdfblocks import Table
from pipeline.text.pdflines import Line
from pipeline.text.pdfwrap import ITEM_BREAK, cell_items

Box = tuple[float, float, float, float]
TABLE_BUDGET_S = 20.0  # pdfplumber's time for one document; later pages keep no tables
_MARGIN = 4.0  # points around the ruled area, so its outer strokes are in the crop


def read_tables(
    data: bytes,
    page_numbers: Sequence[int],
    crops: Mapping[int, Box | None] | None = None,
    warnings: list[str] | None = None,
    budget_s: float = TABLE_BUDGET_S,
) -> dict[int, list[Table]]:
    """Tables of the given pages (1-based), each page opened and closed in turn, each
    cropped to its ruled area when ``crops`` gives one (top-down points).

    A "table" of one row or one filled column (a framed box) is not kept. Past
    ``budget_s`` seconds the remaining pages are left and a warning says which.
    """
    if not page_numbers:
        return {}
    import pdfplumber  # imported here: only documents with ruled pages pay for it

    found: dict[int, list[Table]] = {}
    deadline = time.monotonic() + budget_s
    with pdfplumber.open(io.BytesIO(data), pages=list(page_numbers)) as pdf:
        for done, whole in enumerate(pdf.pages):
            if time.monotonic() > deadline:
                left = ", ".join(str(n) for n in page_numbers[done:])
                if warnings is not None:
                    warnings.append(
                        f"tables of pages {left} not read: table reading took more "
                        f"than {budget_s:g} s"
                    )
                break
            page = _cropped(whole, (crops or {}).get(whole.page_number))
            tables: list[Table] = []
            chars = _Chars(page.chars)
            for table in page.find_tables():
                rows = [
                    [
                        chars.items(cell or "", box)
                        for cell, box in zip(row, found.cells, strict=False)
                    ]
                    for row, found in zip(table.extract(), table.rows, strict=False)
                ]
                filled = {i for row in rows for i, cell in enumerate(row) if cell.strip()}
                if len(rows) >= 2 and len(filled) >= 2:
                    x0, top, x1, bottom = table.bbox
                    tables.append(Table(rows, float(x0), float(top), float(x1), float(bottom)))
            if tables:
                found[whole.page_number] = tables
            whole.close()
    return found


def _cropped(page: Any, box: Box | None) -> Any:
    """The page cut down to ``box`` and a margin (within the page), or the page."""
    if box is None:
        return page
    width, height = float(page.width), float(page.height)
    x0, top, x1, bottom = box
    area = (
        max(x0 - _MARGIN, 0.0),
        max(top - _MARGIN, 0.0),
        min(x1 + _MARGIN, width),
        min(bottom + _MARGIN, height),
    )
    return page.crop(area)


class _Chars:
    """A page's characters by height, to give a cell's printed lines their boxes."""

    def __init__(self, chars: Sequence[dict[str, Any]]) -> None:
        self.chars = sorted((c for c in chars if not c["text"].isspace()), key=_top)
        self.tops = [float(c["top"]) for c in self.chars]

    def items(self, text: str, box: Box | None) -> str:
        """The cell's text with the items it writes one per line parted by ``ITEM_BREAK``
        (``pdfwrap.cell_items``); as pdfplumber gave it when its lines cannot be matched
        to the characters."""
        parts = text.split("\n")
        if len(parts) < 2 or box is None:
            return text
        x0, top, x1, bottom = box
        lo = bisect.bisect_left(self.tops, top)
        hi = bisect.bisect_right(self.tops, bottom)
        rows: list[list[dict[str, Any]]] = []
        for char in self.chars[lo:hi]:
            if not x0 <= (char["x0"] + char["x1"]) / 2 <= x1:
                continue
            if rows and char["top"] - rows[-1][0]["top"] <= 3:  # pdfplumber's tolerance
                rows[-1].append(char)
            else:
                rows.append([char])
        if len(rows) != len(parts) or not all(p.strip() for p in parts):
            return text
        lines = [_line(part.strip(), row) for part, row in zip(parts, rows, strict=True)]
        items = cell_items(lines, float(x0), float(x1))
        return ITEM_BREAK.join("\n".join(line.text for line in item) for item in items)


def _top(char: dict[str, Any]) -> float:
    return float(char["top"])


def _line(text: str, chars: list[dict[str, Any]]) -> Line:
    top = min(float(c["top"]) for c in chars)
    bottom = max(float(c["bottom"]) for c in chars)
    x0 = min(float(c["x0"]) for c in chars)
    x1 = max(float(c["x1"]) for c in chars)
    return Line(text, x0, top, x1, bottom, bottom - top)
