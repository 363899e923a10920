"""Test PDFs written with reportlab: a CLS contract with every layout the reader handles.

``contract_pdf()`` returns the bytes of a contract with: a running header and a
"Page N" footer; a cover; a table of contents with dot leaders that repeats the axes'
titles; articles as large bold headings and one article title in body type; axes as
smaller bold headings; paragraphs separated by spacing; bullet lists; a word
hyphenated across two lines ("signa-" / "taires"); ligature glyphs (a TrueType font
with "ﬁ"); a page in two frames (columns written one after the other); a page whose
two columns are written line by line across the page; a ruled grid of signatories
that continues over a page break with its header row repeated; a fiche action table;
and an image-only page (text rendered to a picture with Pillow, no text layer).

``filler_articles`` adds articles (about one page each, with a fiche action table
every tenth) to reach the size of a long contract for the benchmark.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import reportlab
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    Image,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1  # same bytes on every run

HEADER = "Contrat local de santé du Val de Test 2024-2028"
FOOTER = "CLS du Val de Test – version signée"
W, H = A4
MARGIN = 2 * cm
VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8)
LIGA = ParagraphStyle("liga", parent=BODY, fontName="Vera")
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=11, spaceAfter=3)
H1 = ParagraphStyle(
    "h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=6, spaceAfter=10
)
H2 = ParagraphStyle(
    "h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=6
)
COVER = ParagraphStyle("cover", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=1)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)

AXES = [
    "Accès aux soins de premier recours",
    "Prévention et promotion de la santé",
    "Santé mentale",
]
SCAN_TITLE = "Article 9 - Avenant"
SCAN_LINES = [
    "Le présent avenant prolonge le contrat",
    "local de santé jusqu'en 2030.",
]
LEFT_COLUMN = [
    "La commune de Test-sur-Mer porte",
    "le volet prévention du contrat avec",
    "les associations du quartier nord.",
]
RIGHT_COLUMN = [
    "Le centre hospitalier du Val assure",
    "la coordination des parcours de",
    "soins des personnes âgées.",
]


def _register_fonts() -> None:
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", str(VERA)))


def _decorate(canvas: Any, doc: Any) -> None:
    """Running header and footer with the page number."""
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN, H - 1.2 * cm, HEADER)
    canvas.line(MARGIN, H - 1.35 * cm, W - MARGIN, H - 1.35 * cm)
    canvas.drawString(MARGIN, 1.1 * cm, FOOTER)
    canvas.drawRightString(W - MARGIN, 1.1 * cm, f"Page {doc.page}")
    canvas.restoreState()


class _InterleavedColumns(Flowable):  # type: ignore[misc]
    """Two columns written line by line across the page (left, right, left, right…)."""

    def __init__(self, left: list[str], right: list[str]) -> None:
        super().__init__()
        self.left, self.right = left, right

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail_width = avail_width
        return avail_width, 14 * len(self.left) + 4

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont("Helvetica", 10)
        top = 14 * len(self.left)
        for i, (left, right) in enumerate(zip(self.left, self.right, strict=True)):
            y = top - 14 * (i + 1) + 4
            canvas.drawString(0, y, left)
            canvas.drawString(self.avail_width / 2 + 14, y, right)


def scan_image() -> Image:
    """A page-sized picture of text (150 dpi, 12-point body), as a scanner would make."""
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFont

    picture = PILImage.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(picture)
    draw.text((150, 200), SCAN_TITLE, font=ImageFont.truetype(str(VERA), 36), fill=0)
    body = ImageFont.truetype(str(VERA), 26)
    for i, line in enumerate(SCAN_LINES):
        draw.text((150, 290 + 38 * i), line, font=body, fill=0)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    buffer.seek(0)
    return Image(buffer, width=W - 3 * cm, height=H - 3 * cm)


def _grid(rows: list[list[str]], widths: list[float], header_fill: bool = True) -> Table:
    table = Table(
        [[Paragraph(cell, CELL) for cell in row] for row in rows], colWidths=widths, repeatRows=1
    )
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 14),
    ]
    if header_fill:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7f2")))
    table.setStyle(TableStyle(style))
    return table


def signatories() -> list[list[str]]:
    """The signatory grid: a header row and 24 communes, enough to cross a page."""
    rows = [["Signataire", "Représenté par", "Signature"]]
    rows += [[f"Commune n°{i} du Val", f"Madame la maire n°{i}", ""] for i in range(1, 25)]
    return rows


def fiche_action(number: int) -> Table:
    """A fiche action as a two-column grid."""
    rows = [
        ["Fiche action", f"n°{number} – Prévenir les chutes"],
        ["Porteur", "Centre hospitalier du Val"],
        ["Partenaires", "CPAM du Val, associations de retraités"],
        ["Calendrier", "2025-2026"],
    ]
    return _grid(rows, [4 * cm, 12 * cm], header_fill=False)


def _filler(number: int) -> list[Any]:
    """An article of about one page, for long documents."""
    text = (
        "Les partenaires conviennent de coordonner leurs interventions sur le territoire, "
        "de partager les données utiles au diagnostic et de rendre compte chaque année "
        "au comité de pilotage des actions engagées et des moyens mobilisés. "
    )
    story: list[Any] = [Paragraph(f"Article {number} – Engagements complémentaires", H1)]
    story += [Paragraph(text * 3, BODY) for _ in range(5)]
    if number % 10 == 0:
        story.append(fiche_action(number))
    story.append(PageBreak())
    return story


def _story(filler_articles: int, scanned_page: bool) -> list[Any]:
    story: list[Any] = [
        Spacer(1, 5 * cm),
        Paragraph("CONTRAT LOCAL DE SANTÉ", COVER),
        Spacer(1, 1 * cm),
        Paragraph("Communauté de communes du Val de Test", COVER),
        PageBreak(),
        Paragraph("Sommaire", H1),
    ]
    toc = ["Article 1 – Les parties", "Article 2 – Durée", "Article 3 – Les axes"]
    toc += [f"Axe {i} – {title}" for i, title in enumerate(AXES, 1)]
    toc += ["Signatures"]
    story += [Paragraph(f"{entry} {'.' * 40} {i + 3}", SMALL) for i, entry in enumerate(toc)]
    story += [
        PageBreak(),
        Paragraph("Article 1 – Les parties", H1),
        Paragraph(
            "Le présent contrat est conclu entre la Communauté de communes du Val de Test, "
            "l'Agence régionale de santé et les autres signa-<br/>taires désignés ci-après, "
            "qui s'engagent à mettre en œuvre le programme d'actions.",
            BODY,
        ),
        Paragraph("Les parties au contrat sont :", BODY),
        Paragraph("• la Communauté de communes du Val de Test ;", BODY),
        Paragraph("• l'Agence régionale de santé ;", BODY),
        Paragraph("• la Caisse primaire d'assurance maladie du Val.", BODY),
        Paragraph(
            "Les ﬁches actions annexées déﬁnissent les objectifs et les ﬂux de ﬁnancement "
            "de chaque action retenue par le comité de pilotage.",
            LIGA,
        ),
        Paragraph("Article 2 – Durée", BODY),
        Paragraph(
            "Le contrat est conclu pour la période 2024-2028. Il prend effet à la date de sa "
            "signature par l'ensemble des parties.",
            BODY,
        ),
        Paragraph("Article 3 – Les axes", H1),
    ]
    for i, title in enumerate(AXES, 1):
        story += [
            Paragraph(f"Axe {i} – {title}", H2),
            Paragraph(f"Les actions de l'axe {i} répondent aux besoins du diagnostic.", BODY),
        ]
    for number in range(4, 4 + filler_articles):
        story += _filler(number)
    story += [
        NextPageTemplate("two"),
        PageBreak(),
        Paragraph("Gouvernance", H2),
        Paragraph(
            "Colonne de gauche : le comité de pilotage réunit les signataires deux fois par "
            "an et arrête la programmation. " * 3,
            BODY,
        ),
        FrameBreak(),
        Paragraph("Suivi", H2),
        Paragraph(
            "Colonne de droite : le comité technique prépare les bilans et suit les "
            "indicateurs de chaque fiche. " * 3,
            BODY,
        ),
        NextPageTemplate("page"),
        PageBreak(),
        Paragraph("Article 7 – Engagements des porteurs", H1),
        _InterleavedColumns(LEFT_COLUMN, RIGHT_COLUMN),
        Spacer(1, 0.5 * cm),
        fiche_action(1),
        PageBreak(),
        Paragraph("Signatures", H1),
        Paragraph("Fait au Val de Test, le 12 mars 2024.", BODY),
        _grid(signatories(), [6 * cm, 6 * cm, 4 * cm]),
    ]
    if scanned_page:
        story += [NextPageTemplate("scan"), PageBreak(), scan_image(), NextPageTemplate("page")]
    story += [
        PageBreak(),
        Paragraph("Article 10 – Publication", H1),
        Paragraph("Le contrat est publié sur le site de la communauté de communes.", BODY),
    ]
    return story


def contract_pdf(filler_articles: int = 0, scanned_page: bool = True) -> bytes:
    """The bytes of the test contract (nine pages, plus one per filler article).

    Without ``scanned_page`` the image-only page is left out (eight pages).
    """
    _register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=2.2 * cm,
        bottomMargin=2 * cm,
        title="Contrat local de santé du Val de Test",
        author="Communauté de communes du Val de Test",
    )
    gap = 0.8 * cm
    column = (doc.width - gap) / 2
    full = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="full")
    left = Frame(doc.leftMargin, doc.bottomMargin, column, doc.height, id="left")
    right = Frame(doc.leftMargin + column + gap, doc.bottomMargin, column, doc.height, id="right")
    scan = Frame(1 * cm, 1 * cm, W - 2 * cm, H - 2 * cm, id="scan", showBoundary=0)
    doc.addPageTemplates(
        [
            PageTemplate(id="page", frames=[full], onPage=_decorate),
            PageTemplate(id="two", frames=[left, right], onPage=_decorate),
            PageTemplate(id="scan", frames=[scan]),
        ]
    )
    doc.build(_story(filler_articles, scanned_page))
    return buffer.getvalue()


if __name__ == "__main__":
    import sys

    Path(sys.argv[1] if len(sys.argv) > 1 else "contract.pdf").write_bytes(contract_pdf())


def tight_table_pdf(dots: int = 0) -> bytes:
    """One page with a grid whose cells nearly touch: the texts of neighbouring cells
    run into each other in the text layer, the case left to pdfplumber. ``dots`` small
    filled squares below it make the page as heavy as a plot of measurements."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4)
    frame = Frame(MARGIN, MARGIN, W - 2 * MARGIN, H - 2 * MARGIN)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=lambda c, d: _dots(c, dots))])
    rows = [
        ["Porteur", "Partenaires", "Calendrier"],
        ["Commune du Val", "Caisse primaire du Val", "2025-2026"],
        ["Centre hospitalier", "Associations du Val", "2026-2027"],
    ]
    table = Table(rows, colWidths=[3.1 * cm, 3.9 * cm, 2 * cm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    doc.build([Paragraph("Calendrier des actions", H1), table])
    return buffer.getvalue()


def _dots(canvas: Any, count: int) -> None:
    """``count`` squares of 1 point in rows at the bottom of a page, each its own path."""
    for i in range(count):
        canvas.rect(60 + (i % 400), 60 + (i // 400) * 3, 1, 1, stroke=0, fill=1)


LONG_SENTENCE = "les signataires coordonnent leurs actions sur le territoire, " * 90 + "enfin."


def page_break_pdf() -> bytes:
    """A sentence that runs from one page to the next, with a running header and footer."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, topMargin=2.2 * cm, bottomMargin=2 * cm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=_decorate)])
    story = [
        Paragraph("Article 1 – Engagements", H1),
        Paragraph(LONG_SENTENCE, BODY),
        Paragraph("Article 2 – Suite", H1),
        Paragraph("Un dernier paragraphe.", BODY),
    ]
    doc.build(story)
    return buffer.getvalue()


def scaled_text_pdf() -> bytes:
    """Four pages written as some word processors do: font size 1 scaled by the text
    matrix, headers that differ on odd and even pages, and a paragraph that opens with
    a bold word (not a heading)."""
    from reportlab.pdfgen import canvas as rl_canvas

    buffer = io.BytesIO()
    canvas = rl_canvas.Canvas(buffer, pagesize=A4)

    def line(text: str, y: float, size: float, font: str = "Helvetica") -> None:
        obj = canvas.beginText()
        obj.setTextTransform(size, 0, 0, size, 72, y)
        obj.setFont(font, 1)
        obj.textOut(text)
        canvas.drawText(obj)

    for number in (1, 2, 3, 4):
        header = "Contrat local de santé" if number % 2 else "Communauté du Val de Test"
        line(header, H - 40, 8)
        line(f"Article {number} – Titre de l'article {number}", H - 100, 14, "Helvetica-Bold")
        y = H - 130
        for i in range(4):
            line(f"Texte de l'article {number}, ligne {i + 1} du premier paragraphe, qui", y, 10)
            y -= 12
        line("se termine ici.", y, 10)
        y -= 24
        bold_start = canvas.beginText()
        bold_start.setTextTransform(10, 0, 0, 10, 72, y)
        bold_start.setFont("Helvetica-Bold", 1)
        bold_start.textOut("Important : ")
        bold_start.setFont("Helvetica", 1)
        bold_start.textOut("ce paragraphe commence par un mot en gras.")
        canvas.drawText(bold_start)
        line(f"{number}", 30, 9)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def margin_and_references_pdf() -> bytes:
    """Two pages of two columns. The first has a reception stamp printed vertically in
    the left margin, beside the first column; a sentence runs from the first column into
    the second. The second page's right column lists references, each label printed in
    front of its entry (as papers set their bibliography)."""
    from reportlab.pdfgen import canvas as rl_canvas

    buffer = io.BytesIO()
    canvas = rl_canvas.Canvas(buffer, pagesize=A4)
    canvas.setFont("Helvetica", 10)
    for i in range(12):
        canvas.drawString(72, H - 100 - 14 * i, f"Ligne {i + 1} de la colonne gauche du contrat,")
    canvas.drawString(72, H - 100 - 14 * 12, "et la phrase continue dans la colonne")
    canvas.drawString(310, H - 100, "droite, où elle se termine enfin.")
    for i in range(11):
        canvas.drawString(310, H - 114 - 14 * i, f"Ligne {i + 2} de la colonne droite du texte.")
    canvas.saveState()
    canvas.translate(40, H - 420)
    canvas.rotate(90)
    canvas.drawString(0, 0, "Reçu en préfecture le 12/03/2021 - 059-200043396")
    canvas.restoreState()
    canvas.showPage()
    canvas.setFont("Helvetica", 10)
    for i in range(14):
        canvas.drawString(72, H - 100 - 14 * i, f"Texte {i + 1} de la colonne gauche, suite.")
    y = H - 100
    for label in ("[Dup19]", "[Mar20]", "[ARS21]", "[Cls22]"):
        canvas.drawString(310, y, label)
        canvas.drawString(360, y, f"Auteur {label[1:4]}, « Titre de l'étude »,")
        canvas.drawString(360, y - 12, "Revue de santé publique, vol. 3, 2021.")
        y -= 30
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
