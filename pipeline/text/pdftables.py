"""Ruled tables read by pdfplumber, only on the pages where the fast grid reader cannot.

pdfplumber places every character in its cell, but costs 50 to 250 ms per page (it
interprets the whole page in Python). ``pdfgrid`` reads clean ruled grids from
pypdfium2's data in well under a millisecond; the pages it cannot settle (text running
across a stroke, drawings with hundreds of strokes) are opened here, one at a time.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pipeline.text.pdfblocks import Table


def read_tables(data: bytes, page_numbers: Sequence[int]) -> dict[int, list[Table]]:
    """Tables of the given pages (1-based), each page opened and closed in turn.

    A "table" of one row or one filled column (a framed box) is not kept.
    """
    if not page_numbers:
        return {}
    import pdfplumber  # imported here: only documents with ruled pages pay for it

    found: dict[int, list[Table]] = {}
    with pdfplumber.open(io.BytesIO(data), pages=list(page_numbers)) as pdf:
        for page in pdf.pages:
            tables: list[Table] = []
            for table in page.find_tables():
                rows = [[cell or "" for cell in row] for row in table.extract()]
                filled = {i for row in rows for i, cell in enumerate(row) if cell.strip()}
                if len(rows) >= 2 and len(filled) >= 2:
                    x0, top, x1, bottom = table.bbox
                    tables.append(Table(rows, float(x0), float(top), float(x1), float(bottom)))
            if tables:
                found[page.page_number] = tables
            page.close()
    return found
