"""Ruled tables of PDF pages, read by pdfplumber only on the pages that have them.

pdfplumber is precise about which word sits in which cell but costs tens of
milliseconds per page; pypdfium2 tells in about a tenth of a millisecond whether a page
has table rulings (several horizontal and vertical strokes among its path objects), so
pdfplumber opens only those pages. Borderless tables stay as lines of text.
"""

from __future__ import annotations

import ctypes
import io
from collections.abc import Sequence

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.text.pdfblocks import Table

_THIN = 3.0  # a stroke or filled bar at most this thick is a ruling
_MIN_RULES = 3  # horizontal and vertical rulings a page needs to be worth pdfplumber


def has_rulings(page: pdfium.PdfPage) -> bool:
    """True when the page's path objects draw at least a small grid of rulings."""
    raw = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    horizontal = vertical = 0
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        width, height = right.value - left.value, top.value - bottom.value
        if height <= _THIN and width >= 15:
            horizontal += 1
        elif width <= _THIN and height >= 10:
            vertical += 1
        elif width >= 15 and height >= 10:
            horizontal += 2
            vertical += 2
        if horizontal >= _MIN_RULES and vertical >= _MIN_RULES:
            return True
    return False


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
