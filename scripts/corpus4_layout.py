"""Page layout shared by the corpus4 PDFs (see ``make_corpus4_pdfs.py``).

Styles, a canvas that draws running headers and "page N / M" footers, a document
template that feeds a table of contents with dot leaders, and small helpers for
paragraphs, bullet lists and two-column tables. ``rl_config.invariant`` is set before
anything else so that every build writes the same bytes.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config

rl_config.invariant = 1  # fixed creation date and document id: same bytes on every run

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402
from reportlab.platypus.doctemplate import BaseDocTemplate  # noqa: E402

W, H = A4
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#5a5a5a")

BODY = ParagraphStyle(
    "body", fontName="Helvetica", fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=7
)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=12, spaceAfter=4)
VU = ParagraphStyle("vu", parent=BODY, leftIndent=0.4 * cm, spaceAfter=4)
ITEM = ParagraphStyle(
    "item", parent=BODY, leftIndent=0.9 * cm, bulletIndent=0.3 * cm, spaceAfter=3, alignment=TA_LEFT
)
H1 = ParagraphStyle(
    "h1",
    fontName="Helvetica-Bold",
    fontSize=16,
    leading=20,
    spaceBefore=4,
    spaceAfter=12,
    textColor=INK,
)
H2 = ParagraphStyle(
    "h2",
    fontName="Helvetica-Bold",
    fontSize=12.5,
    leading=16,
    spaceBefore=12,
    spaceAfter=6,
    textColor=INK,
)
COVER_TOP = ParagraphStyle(
    "cover_top", parent=BODY, fontSize=11.5, leading=15, alignment=TA_CENTER, textColor=GREY
)
COVER_TITLE = ParagraphStyle(
    "cover_title", parent=H1, fontSize=27, leading=33, alignment=TA_CENTER, spaceAfter=6
)
COVER_SUB = ParagraphStyle("cover_sub", parent=BODY, fontSize=15, leading=20, alignment=TA_CENTER)
QUOTE = ParagraphStyle(
    "quote", parent=BODY, fontName="Helvetica-Oblique", alignment=TA_CENTER, textColor=GREY
)
CELL = ParagraphStyle(
    "cell", parent=BODY, fontSize=9.5, leading=12, alignment=TA_LEFT, spaceAfter=0
)
CELL_HEAD = ParagraphStyle("cell_head", parent=CELL, fontName="Helvetica-Bold")
TOC_0 = ParagraphStyle("toc0", parent=BODY, fontName="Helvetica-Bold", spaceAfter=2, leading=13)
TOC_1 = ParagraphStyle("toc1", parent=BODY, leftIndent=0.8 * cm, spaceAfter=1, leading=12.5)


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """One paragraph (reportlab mini-markup allowed)."""
    return Paragraph(text, style)


def bullets(items: list[str], style: ParagraphStyle = ITEM) -> list[Paragraph]:
    """A dash list, one paragraph per item."""
    return [Paragraph(item, style, bulletText="–") for item in items]


def grid(rows: list[list[str]], widths: list[float], head: bool = True) -> Table:
    """A ruled table of paragraphs; the first row is a header row when ``head``."""
    cells = [
        [p(text, CELL_HEAD if head and i == 0 else CELL) for text in row]
        for i, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1 if head else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")))
    table.setStyle(TableStyle(style))
    return table


def running_canvas(header: str, footer: str) -> type[rl_canvas.Canvas]:
    """A canvas drawing the running header and 'page N / M' footer on every page but the cover."""

    class RunningCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab API name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setFont("Helvetica", 8)
            self.setFillColor(GREY)
            self.setStrokeColor(colors.HexColor("#999999"))
            self.drawString(2.2 * cm, H - 1.25 * cm, header)
            self.line(2.2 * cm, H - 1.4 * cm, W - 2.2 * cm, H - 1.4 * cm)
            self.line(2.2 * cm, 1.55 * cm, W - 2.2 * cm, 1.55 * cm)
            self.drawString(2.2 * cm, 1.1 * cm, footer)
            self.drawRightString(W - 2.2 * cm, 1.1 * cm, f"page {self._pageNumber} / {total}")
            self.restoreState()

    return RunningCanvas


class TocDocTemplate(BaseDocTemplate):
    """A document template that reports H1/H2 headings to a TableOfContents."""

    def afterFlowable(self, flowable: Any) -> None:  # reportlab API name
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            level = 0 if flowable.style.name == "h1" else 1
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))
