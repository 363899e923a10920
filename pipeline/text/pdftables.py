"""Ruled tables read by pdfplumber, only on the pages where the fast grid reader cannot.

pdfplumber places every character in its cell, but costs 50 to 250 ms per page (it
interprets the whole page in Python). ``pdfgrid`` reads clean ruled grids from
pypdfium2's data in well under a millisecond; the pages it cannot settle (text running
across a stroke, drawings with hundreds of strokes) are opened here, one at a time.
"""

from __future__ import annotations

import io
import time
from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.text.pdfblocks import Table

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
            for table in page.find_tables():
                rows = [[cell or "" for cell in row] for row in table.extract()]
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
