"""Small PDFs written with reportlab for typographic cases of the reader: bold run-in
headings that wrap, and table cells written one item per line."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

BODY = ParagraphStyle(
    "body", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=10, alignment=TA_JUSTIFY
)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
HEAD = ParagraphStyle("head", parent=BODY, fontName="Helvetica-Bold", spaceAfter=0)

RUN_IN = [
    # a run-in heading that wraps: its last word and period open the second line
    "<b>Axe 1 – Agir sur les déterminants de la santé des habitants du territoire du "
    "Val.</b> Mobilité, logement, alimentation : la santé se construit d'abord en "
    "dehors du cabinet médical, dans la vie de tous les jours.",
    # one that fits on its line: the reader already read it as a paragraph
    "<b>Axe 2 – Accès aux soins.</b> Repérer les ruptures de parcours et rapprocher "
    "les dépistages des habitants des communes rurales.",
]
SHORT_HEADING = "Axe 3 – Santé mentale"
BOLD_OPENING = (
    "<b>Objectif.</b> Former les acteurs de première ligne et faire connaître les "
    "ressources du territoire aux familles comme aux professionnels."
)
FILLER = (
    "Le contrat local de santé est signé pour cinq ans par la communauté de communes, "
    "l'agence régionale de santé, la préfecture et la caisse primaire d'assurance "
    "maladie, qui en suivent la mise en œuvre chaque année."
)


def _build(story: list[Any], width: float) -> bytes:
    buffer = io.BytesIO()
    margin = (A4[0] - width) / 2
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, invariant=1)
    doc.build(story)
    return buffer.getvalue()


def run_in_headings_pdf() -> bytes:
    """One column 300 points wide: a paragraph, a bold run-in heading that wraps, one
    that does not, then a bold heading line followed at the line pitch by a paragraph
    whose first word is bold."""
    story: list[Any] = [Paragraph(FILLER, BODY)]
    story += [Paragraph(text, BODY) for text in RUN_IN]
    story += [Spacer(1, 6), Paragraph(SHORT_HEADING, HEAD), Paragraph(BOLD_OPENING, BODY)]
    return _build(story, 300)


FICHE = [
    ["Fiche action", "n° 1.1 – Accueillir les internes et les jeunes médecins"],
    # one partner a line, a capital or not
    ["Partenaires", "Faculté de médecine de Clermont-Ferrand<br/>CDOM du Cantal"],
    ["Partenaires", "écoles<br/>cantines<br/>centre hospitalier La Chartreuse"],
    # already listed with commas: the lines join as they are
    ["Partenaires", "CPAM du Val,<br/>associations de retraités"],
    # prose wrapped by the cell: one text
    [
        "Objectif",
        "Proposer un logement, un accueil et un tutorat aux internes en stage sur le "
        "bassin de santé, avec les maîtres de stage des maisons de santé "
        "pluriprofessionnelles du territoire et leurs communes.",
    ],
    # a name wrapped just before its last word: one name
    ["Pilote", "Communauté de communes des Hautes Terres et du Pays de Saint-Flour"],
    # a signature block: body, title and name parted by spacing
    ["Signataires", "Pour le PETR du Pays de Lafayette<br/><br/>Le Président<br/><br/>Jean Martin"],
]


def cell_lists_pdf() -> bytes:
    """A fiche action as a ruled two-column table whose cells hold lists written one
    item per line, lists with commas, prose and a long name wrapped by the cell, and a
    signature block."""
    table = Table([[Paragraph(cell, CELL) for cell in row] for row in FICHE], colWidths=[90, 220])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return _build([table], 400)
