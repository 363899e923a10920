"""PDF contracts: typed blocks in reading order, from the text layer or by OCR.

Every page is read once with pypdfium2 (positioned lines, ``pdflines``); pages that
draw table rulings are handed to pdfplumber for their tables (``pdftables``); pages
without a text layer but with a large image are read by Tesseract when it is installed
and reported in ``Document.warnings`` otherwise (``ocr``). Then running headers and
footers are dropped (``pdfrunning``), each page is put in reading order, column after
column (``pdforder``), and lines become paragraphs, headings, list items and table rows
(``pdfblocks``). Pages are closed as soon as they are read, so memory does not grow
with the page count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.errors import UnsupportedInput
from pipeline.limits import MAX_PDF_PAGES
from pipeline.records.document import Document
from pipeline.text import pdfium
from pipeline.text import pdfium as pdfium_c
from pipeline.text.builder import DocumentBuilder
from pipeline.text.ocr import OcrError, is_scanned, ocr_page
from pipeline.text.pdfblocks import Item, PageItems, Table, assemble
from pipeline.text.pdffigures import Marks, may_hold_plot, without_figures
from pipeline.text.pdfgrid import Rule, may_hold_table, page_rules, read_grid_tables
from pipeline.text.pdflines import Line, read_page_lines
from pipeline.text.pdforder import is_vertical, reading_order, with_margin
from pipeline.text.pdfrunning import running_keys, strip_running
from pipeline.text.pdfsplit import fork_work, split_point
from pipeline.text.pdftables import Box, read_tables

MAX_PDFPLUMBER_OBJECTS = 2000  # page objects (text runs, paths, images)
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})?(\d{2})?")
_METADATA_KEYS = {
    "Title": "title",
    "Author": "author",
    "CreationDate": "created",
    "ModDate": "modified",
}


@dataclass(slots=True)
class _RawPage:
    """What the first pass keeps of a page: its lines and size, and how it was read."""

    number: int
    lines: list[Line]
    width: float
    height: float
    ocr: bool = False


@dataclass(slots=True)
class _FirstPass:
    """The first pass over some pages: their lines, the tables read from the strokes,
    the pages whose tables need pdfplumber (each with the ruled area to crop it to),
    and the warnings, in page order."""

    pages: list[_RawPage]
    tables: dict[int, list[Table]]
    ruled: dict[int, Box | None]
    warnings: list[str]

    def extend(self, other: _FirstPass) -> None:
        """Append the pass over the pages that follow."""
        self.pages.extend(other.pages)
        self.tables.update(other.tables)
        self.ruled.update(other.ruled)
        self.warnings.extend(other.warnings)


def _first_pass(pdf: pdfium.PdfDocument, start: int, stop: int) -> _FirstPass:
    """The first pass over the pages ``start`` to ``stop`` (indices)."""
    warnings: list[str] = []
    pages, tables, ruled = _read_pages(pdf, warnings, range(start, stop))
    return _FirstPass(pages, tables, ruled, warnings)


def _read_all_pages(pdf: pdfium.PdfDocument, page_count: int) -> _FirstPass:
    """The first pass over every page; a long document's second half is read by a
    forked helper meanwhile when this process may split (``pdfsplit``), and here when
    the helper fails."""
    split = split_point(page_count)
    if split is None:
        return _first_pass(pdf, 0, page_count)
    helper = fork_work(lambda: _first_pass(pdf, split, page_count))
    done = _first_pass(pdf, 0, split if helper is not None else page_count)
    if helper is not None:
        rest = helper.result()
        done.extend(rest if rest is not None else _first_pass(pdf, split, page_count))
    return done


def _read_pages(
    pdf: pdfium.PdfDocument, warnings: list[str], indices: range
) -> tuple[list[_RawPage], dict[int, list[Table]], dict[int, Box | None]]:
    """First pass: the lines of the pages at ``indices`` (OCR for scans) and their
    ruled tables.

    Returns the pages, the tables read from the strokes, and the pages whose tables
    need pdfplumber, each with the ruled area to crop it to.
    """
    pages: list[_RawPage] = []
    tables: dict[int, list[Table]] = {}
    ruled: dict[int, Box | None] = {}
    for index in indices:
        number = index + 1
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:
            warnings.append(f"page {number}: unreadable page, skipped ({exc})")
            continue
        try:
            textpage = page.get_textpage()
            try:
                lines = read_page_lines(page, textpage)
            finally:
                textpage.close()
            raw = _RawPage(number, lines, page.get_width(), page.get_height())
            # what may draw a plot (pdffigures), read with the strokes
            marks = Marks() if may_hold_plot(lines) else None
            rules: list[Rule] = []
            visible = sum(len(line.text) - line.text.count(" ") for line in lines)
            if is_scanned(page, visible):
                try:
                    raw.lines, raw.ocr = ocr_page(page), True
                    if not raw.lines:
                        warnings.append(f"page {number}: scanned page, OCR found no text")
                except OcrError as exc:
                    warnings.append(
                        f"page {number}: scanned page without text layer, not read ({exc})"
                    )
            elif lines and may_hold_table(rules := page_rules(page, marks)):
                grid = read_grid_tables(rules, lines)
                if grid.needs_pdfplumber and _light(page):
                    ruled[number] = grid.crop
                elif grid.tables:
                    tables[number] = grid.tables
            if marks is not None and len(marks):
                size = (raw.width, raw.height)
                raw.lines = without_figures(
                    marks, lines, size, tables.get(number), ruled.get(number), rules
                )
            pages.append(raw)
        finally:
            page.close()
    return pages, tables, ruled


def _light(page: pdfium.PdfPage) -> bool:
    """True when pdfplumber can read the page in a fraction of a second: it interprets
    every object of the page, even outside its crop, and a plot of thousands of objects
    costs it seconds. A heavier page keeps the tables of the stroke reader."""
    return bool(pdfium_c.FPDFPage_CountObjects(page.raw) <= MAX_PDFPLUMBER_OBJECTS)


def _outside(line: Line, tables: list[Table]) -> bool:
    """True when the line's centre is in none of the tables."""
    x = (line.x0 + line.x1) / 2
    y = (line.top + line.bottom) / 2
    return not any(t.x0 <= x <= t.x1 and t.top <= y <= t.bottom for t in tables)


def _metadata(pdf: pdfium.PdfDocument) -> dict[str, str]:
    """Title, author and creation/modification dates (ISO) from the PDF's info dictionary."""
    out: dict[str, str] = {}
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        return out
    for key, name in _METADATA_KEYS.items():
        value = str(info.get(key, "")).strip()
        if not value:
            continue
        if name in ("created", "modified"):
            match = _PDF_DATE.match(value)
            if not match:
                continue
            value = "-".join(part for part in match.groups() if part)
        out[name] = value
    return out


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open a PDF; UnsupportedInput says why it cannot be read (password, broken file).

    A PDF with only an owner password (printing or copying "forbidden") opens and is
    read; one that needs a password to be opened at all is reported as encrypted.
    """
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.FPDF_ERR_PASSWORD:
            raise UnsupportedInput("encrypted PDF: a password is needed to open it") from exc
        if _truncated(data) and b" obj" in data:
            raise UnsupportedInput(
                f"truncated PDF (no %%EOF at its end), not readable: {exc}"
            ) from exc
        raise UnsupportedInput(f"not a readable PDF: {exc}") from exc


def _check_pages(page_count: int) -> None:
    if page_count > MAX_PDF_PAGES:
        raise UnsupportedInput(f"PDF has {page_count} pages (limit {MAX_PDF_PAGES})")
    if page_count == 0:
        raise UnsupportedInput("PDF has no pages")


def _truncated(data: bytes) -> bool:
    """True when the file does not end with ``%%EOF`` (a download or copy cut short)."""
    return b"%%EOF" not in data[-2048:]


def read_pdf(data: bytes, doc_id: str, source: str) -> Document:
    """Read a PDF into blocks with page numbers; report scanned pages that were not read.

    More than ``MAX_PDF_PAGES`` pages is an UnsupportedInput; time and memory are
    bounded by the isolated reader (``pipeline.text.isolate``) that calls this.
    """
    pdf = open_pdf(data)
    warnings: list[str] = []
    if _truncated(data):
        warnings.append("PDF file looks truncated (no %%EOF at its end): read what could be")
    try:
        page_count = len(pdf)
        _check_pages(page_count)
        first = _read_all_pages(pdf, page_count)
        metadata = _metadata(pdf)
    finally:
        pdf.close()
    raw_pages, tables, ruled = first.pages, first.tables, first.ruled
    warnings.extend(first.warnings)
    tables.update(read_tables(data, list(ruled), crops=ruled, warnings=warnings))
    for raw in raw_pages:
        page_tables = tables.get(raw.number, [])
        if page_tables:
            raw.lines = [line for line in raw.lines if _outside(line, page_tables)]
    keys = running_keys([(raw.lines, raw.height) for raw in raw_pages])
    pages: list[PageItems] = []
    for raw in raw_pages:
        lines = strip_running(raw.lines, raw.height, keys)
        items: list[Item] = [line for line in lines if not is_vertical(line)]
        vertical = [line for line in lines if is_vertical(line)] if len(items) < len(lines) else []
        items.extend(tables.get(raw.number, []))
        ordered = with_margin(reading_order(items, raw.width), vertical)
        pages.append(PageItems(raw.number, ordered, raw.ocr))
    builder = DocumentBuilder(doc_id, source, "pdf")
    for block in assemble(pages):
        builder.add(block.kind, block.text, page=block.page, level=block.level, ocr=block.ocr)
    doc = builder.build()
    doc.pages = page_count
    doc.metadata.update(metadata)
    ocr_pages = [str(raw.number) for raw in raw_pages if raw.ocr]
    if ocr_pages:
        doc.metadata["ocr_pages"] = ",".join(ocr_pages)
    doc.warnings.extend(warnings)
    return doc
