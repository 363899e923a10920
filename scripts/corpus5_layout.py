"""Page layout of the corpus5 PDFs (see ``make_corpus5_pdfs.py``).

Styles, a canvas drawing running headers and "page N / M" footers, a document template
with a one-column and a two-column page template that feeds a table of contents (dot
leaders, page numbers), and helpers for paragraphs, lists and ruled tables.
``rl_config.invariant`` is set first so that every build writes the same bytes.
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
from reportlab.platypus import Frame, PageTemplate, Paragraph, Table, TableStyle  # noqa: E402
from reportlab.platypus.doctemplate import BaseDocTemplate  # noqa: E402
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

W, H = A4
MARGIN = 2.3 * cm
INK = colors.HexColor("#1d1d1d")
GREY = colors.HexColor("#606060")

BODY = ParagraphStyle(
    "body", fontName="Helvetica", fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=7
)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=12, spaceAfter=4)
ITEM = ParagraphStyle(
    "item", parent=BODY, leftIndent=0.9 * cm, bulletIndent=0.3 * cm, spaceAfter=3, alignment=TA_LEFT
)
H1 = ParagraphStyle(
    "h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=12, textColor=INK
)
H2 = ParagraphStyle(
    "h2",
    fontName="Helvetica-Bold",
    fontSize=12.5,
    leading=16,
    spaceBefore=10,
    spaceAfter=6,
    textColor=INK,
)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)
COVER_TOP = ParagraphStyle("cover_top", parent=CENTER, fontSize=11, textColor=GREY)
COVER_TITLE = ParagraphStyle(
    "cover_title", parent=H1, fontSize=26, leading=32, alignment=TA_CENTER, spaceAfter=8
)
COVER_SUB = ParagraphStyle("cover_sub", parent=CENTER, fontSize=15, leading=20)
QUOTE = ParagraphStyle(
    "quote", parent=CENTER, fontName="Helvetica-Oblique", fontSize=9.5, textColor=GREY
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


def bullets(items: list[str], mark: str = "–") -> list[Paragraph]:
    """A list, one paragraph per item."""
    return [Paragraph(item, ITEM, bulletText=mark) for item in items]


def grid(
    rows: list[list[str]], widths: list[float], head: bool = True, ruled: bool = True
) -> Table:
    """A table of paragraphs; the first row is a header row when ``head``."""
    cells = [
        [p(text, CELL_HEAD if head and i == 0 else CELL) for text in row]
        for i, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1 if head else 0)
    style: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
    table.setStyle(TableStyle(style))
    return table


def toc() -> TableOfContents:
    """A table of contents with dot leaders on every level."""
    table = TableOfContents(dotsMinLevel=0)
    table.levelStyles = [TOC_0, TOC_1]
    return table


def running_canvas(header: str, footer: str) -> type[rl_canvas.Canvas]:
    """A canvas drawing a running header and a 'page N / M' footer on every page but the first."""

    class RunningCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab API name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self.saveState()
                    self.setFont("Helvetica", 8)
                    self.setFillColor(GREY)
                    self.drawString(MARGIN, H - 1.3 * cm, header)
                    self.line(MARGIN, H - 1.45 * cm, W - MARGIN, H - 1.45 * cm)
                    self.line(MARGIN, 1.6 * cm, W - MARGIN, 1.6 * cm)
                    self.drawString(MARGIN, 1.1 * cm, footer)
                    self.drawRightString(W - MARGIN, 1.1 * cm, f"{self._pageNumber} / {total}")
                    self.restoreState()
                super().showPage()
            super().save()

    return RunningCanvas


class ContractDoc(BaseDocTemplate):
    """One- and two-column page templates; H1/H2 headings feed the table of contents."""

    def __init__(self, filename: str, first: str = "one", **kwargs: Any) -> None:
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=2.2 * cm,
            bottomMargin=2.2 * cm,
            **kwargs,
        )
        width = W - 2 * MARGIN
        height = H - 4.4 * cm
        gap = 0.8 * cm
        half = (width - gap) / 2
        one = Frame(MARGIN, 2.2 * cm, width, height, id="one")
        left = Frame(MARGIN, 2.2 * cm, half, height, id="left")
        right = Frame(MARGIN + half + gap, 2.2 * cm, half, height, id="right")
        templates = [
            PageTemplate(id="one", frames=[one]),
            PageTemplate(id="two", frames=[left, right]),
        ]
        if first == "two":
            templates.reverse()
        self.addPageTemplates(templates)

    def afterFlowable(self, flowable: Any) -> None:  # reportlab API name
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            level = 0 if flowable.style.name == "h1" else 1
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))
