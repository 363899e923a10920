#!/usr/bin/env python3
"""Build the bundled sample PDF ``data/raw/samples/broceliande-2017-contrat.pdf``.

    python scripts/make_sample_pdf.py [--out DIR]

A five-page, signed-contract-style document for the Contrat Local de Santé of the
Pays de Brocéliande (cover, preamble, articles "Parties", "Durée", "Axes stratégiques",
governance, signatory page with the 15 signatories in a table), with a running header
and a "Page x / n" footer. The facts come from the public page summarised in the
shared seed ``broceliande-2017``; the wording is the team's own.

Needs reportlab (a dev extra of the project). ``rl_config.invariant`` is set so that
two runs write byte-identical files, which lets the PDF be committed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reportlab import rl_config

rl_config.invariant = 1  # fixed creation date and document id: same bytes on every run

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FILE_NAME = "broceliande-2017-contrat.pdf"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "raw" / "samples"
W, H = A4

HEADER = "Contrat Local de Santé du Pays de Brocéliande 2017-2020"
FOOTER = "Syndicat mixte du Pays de Brocéliande – Agence Régionale de Santé Bretagne"

BLUE = colors.HexColor("#1f4e5f")
GREEN = colors.HexColor("#4c7a34")

_SS = getSampleStyleSheet()
BODY = ParagraphStyle(
    "body",
    parent=_SS["BodyText"],
    fontName="Helvetica",
    fontSize=10.5,
    leading=14.5,
    alignment=TA_JUSTIFY,
    spaceAfter=7,
)
VU = ParagraphStyle("vu", parent=BODY, leftIndent=0.4 * cm, spaceAfter=4)
ITEM = ParagraphStyle(
    "item", parent=BODY, leftIndent=0.9 * cm, bulletIndent=0.3 * cm, spaceAfter=3, alignment=TA_LEFT
)
H1 = ParagraphStyle(
    "h1",
    parent=_SS["Heading1"],
    fontName="Helvetica-Bold",
    fontSize=16,
    leading=20,
    spaceAfter=10,
    textColor=BLUE,
)
H2 = ParagraphStyle(
    "h2",
    parent=_SS["Heading2"],
    fontName="Helvetica-Bold",
    fontSize=12.5,
    leading=16,
    spaceBefore=12,
    spaceAfter=6,
    textColor=BLUE,
)
AXIS = ParagraphStyle(
    "axis",
    parent=_SS["Heading3"],
    fontName="Helvetica-Bold",
    fontSize=11,
    leading=14.5,
    spaceBefore=8,
    spaceAfter=4,
    textColor=GREEN,
)
COVER_TOP = ParagraphStyle(
    "cover_top",
    parent=BODY,
    fontSize=12,
    leading=16,
    alignment=TA_CENTER,
    textColor=colors.HexColor("#555555"),
)
COVER_TITLE = ParagraphStyle("cover_title", parent=H1, fontSize=28, leading=34, alignment=TA_CENTER)
COVER_SUB = ParagraphStyle("cover_sub", parent=BODY, fontSize=15, leading=20, alignment=TA_CENTER)
CELL = ParagraphStyle(
    "cell", parent=BODY, fontSize=9.5, leading=12, alignment=TA_LEFT, spaceAfter=0
)
CELL_HEAD = ParagraphStyle("cell_head", parent=CELL, fontName="Helvetica-Bold")

SIGNATORIES = [
    "Agence Régionale de Santé Bretagne",
    "Syndicat mixte du Pays de Brocéliande",
    "Préfecture",
    "Éducation nationale",
    "Région Bretagne",
    "Département d’Ille-et-Vilaine",
    "Caisse d’Assurance Retraite et de la Santé au Travail (CARSAT)",
    "Caisse Primaire d’Assurance Maladie (CPAM)",
    "Mutualité Sociale Agricole (MSA)",
    "Mutualité Française Bretagne (MFB)",
    "Union Régionale des Professionnels de Santé (URPS) des médecins libéraux de Bretagne",
    "Inter-pôles du Pays de Brocéliande",
    "Maison Associative de la Santé (MAS)",
    "Réseau Addictions 35",
    "Association Nationale de Prévention en Alcoologie et Addictologie (ANPAA)",
]


def _numbered_canvas(header: str, footer: str) -> type[rl_canvas.Canvas]:
    """A canvas that draws the running header and 'Page x / n' footer (cover excepted)."""

    class NumberedCanvas(rl_canvas.Canvas):
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
            self.setFillColor(colors.HexColor("#555555"))
            self.setStrokeColor(colors.HexColor("#999999"))
            self.drawString(2.2 * cm, H - 1.25 * cm, header)
            self.line(2.2 * cm, H - 1.4 * cm, W - 2.2 * cm, H - 1.4 * cm)
            self.line(2.2 * cm, 1.55 * cm, W - 2.2 * cm, 1.55 * cm)
            self.drawString(2.2 * cm, 1.1 * cm, footer)
            self.drawRightString(W - 2.2 * cm, 1.1 * cm, f"Page {self._pageNumber} / {total}")
            self.restoreState()

    return NumberedCanvas


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def bullets(items: list[str]) -> list[Paragraph]:
    return [Paragraph(item, ITEM, bulletText="–") for item in items]


def cover() -> list[Any]:
    return [
        Spacer(1, 2.5 * cm),
        p("Syndicat mixte du Pays de Brocéliande", COVER_TOP),
        p("Agence Régionale de Santé Bretagne", COVER_TOP),
        Spacer(1, 4 * cm),
        p("CONTRAT LOCAL DE SANTÉ", COVER_TITLE),
        Spacer(1, 0.4 * cm),
        p("du Pays de Brocéliande", COVER_SUB),
        Spacer(1, 1.2 * cm),
        p("2017 – 2020", COVER_TITLE),
        Spacer(1, 5 * cm),
        p(
            "Contrat signé par l’ARS Bretagne, le Syndicat mixte du Pays de Brocéliande "
            "et treize partenaires",
            COVER_SUB,
        ),
        PageBreak(),
    ]


def preamble_and_parties() -> list[Any]:
    story: list[Any] = [
        p("Préambule", H1),
        p(
            "Vu le code de la santé publique, notamment son article L. 1434-10 relatif aux "
            "contrats locaux de santé&nbsp;;",
            VU,
        ),
        p(
            "Vu la loi n° 2009-879 du 21 juillet 2009 portant réforme de l’hôpital et relative aux "
            "patients, à la santé et aux territoires (loi HPST)&nbsp;;",
            VU,
        ),
        p("Vu le projet régional de santé de Bretagne&nbsp;;", VU),
        p("Vu le diagnostic local de santé du Pays de Brocéliande réalisé en 2016&nbsp;;", VU),
        p(
            "Vu la délibération du comité syndical du Syndicat mixte du Pays de Brocéliande "
            "approuvant le présent contrat.",
            VU,
        ),
        Spacer(1, 0.3 * cm),
        p(
            "Engagée en 2012, la mission santé du Pays de Brocéliande est née des préoccupations "
            "des élus face à l’évolution de la démographie médicale et aux besoins "
            "d’accompagnement des personnes en situation de handicap ou de perte d’autonomie. "
            "Deux diagnostics territoriaux et un premier programme d’actions ont fait émerger "
            "une dynamique partenariale que le présent contrat vient consolider."
        ),
        p(
            "Le diagnostic conduit en 2016 pour préparer le contrat a conduit les partenaires à "
            "considérer la santé dans toutes ses dimensions&nbsp;: au-delà de l’accès aux soins, "
            "le contrat agit sur l’ensemble des déterminants de la santé, afin de réduire les "
            "inégalités sociales et territoriales de santé."
        ),
        p("Il est convenu ce qui suit."),
        p("Article 1 – Les parties", H2),
        p("Le présent contrat est conclu entre&nbsp;:"),
        *bullets(
            [
                "l’Agence Régionale de Santé (ARS) Bretagne&nbsp;;",
                "le Syndicat mixte du Pays de Brocéliande, porteur du contrat.",
            ]
        ),
        Spacer(1, 0.2 * cm),
        p(
            "Il est également signé par les partenaires suivants, qui s’engagent à contribuer à sa "
            "mise en œuvre dans la limite de leurs compétences&nbsp;:"
        ),
        *bullets(
            [
                "au titre des services de l’État&nbsp;: la Préfecture et l’Éducation nationale&nbsp;;",
                "au titre des collectivités territoriales&nbsp;: la Région Bretagne et le Département "
                "d’Ille-et-Vilaine&nbsp;;",
                "au titre des organismes de protection sociale et des mutuelles&nbsp;: la Caisse "
                "d’Assurance Retraite et de la Santé au Travail (CARSAT), la Caisse Primaire "
                "d’Assurance Maladie (CPAM), la Mutualité Sociale Agricole (MSA) et la Mutualité "
                "Française Bretagne (MFB)&nbsp;;",
                "au titre des acteurs associatifs et professionnels de la santé&nbsp;: l’Union "
                "Régionale des Professionnels de Santé (URPS) des médecins libéraux de Bretagne, "
                "l’Inter-pôles du Pays de Brocéliande, la Maison Associative de la Santé (MAS), le "
                "Réseau Addictions 35 et l’Association Nationale de Prévention en Alcoologie et "
                "Addictologie (ANPAA).",
            ]
        ),
        PageBreak(),
    ]
    return story


def duration_and_object() -> list[Any]:
    return [
        p("Article 2 – Le territoire du contrat", H2),
        p(
            "Le contrat s’applique sur l’ensemble du territoire du Pays de Brocéliande, c’est-à-dire "
            "sur les communes membres des communautés de communes adhérentes au Syndicat mixte."
        ),
        p("Article 3 – Durée", H2),
        p(
            "Le présent contrat couvre la période 2017-2020. Il entre en vigueur à la date de sa "
            "signature par l’ensemble des parties et est conclu pour une durée de trois ans."
        ),
        p(
            "Il peut être révisé ou prolongé par voie d’avenant, à la demande de l’une des parties, "
            "après avis du comité de pilotage. Toute modification fait l’objet d’un avenant signé "
            "par l’ensemble des signataires."
        ),
        p("Article 4 – Objet du contrat", H2),
        p(
            "Le contrat a pour objet de mettre en cohérence la politique régionale de santé et les "
            "besoins repérés localement, en fédérant les acteurs du territoire autour d’un "
            "programme d’actions pluriannuel. Il s’attache en particulier à&nbsp;:"
        ),
        *bullets(
            [
                "réduire les inégalités sociales et territoriales de santé&nbsp;;",
                "favoriser l’accès de tous à une offre de santé de proximité&nbsp;;",
                "mettre en cohérence les actions existantes et faciliter leur articulation avec les "
                "projets à venir&nbsp;;",
                "rendre plus lisibles les actions conduites et leur complémentarité.",
            ]
        ),
        p(
            "Ces orientations guident le choix, la programmation et le suivi des actions inscrites "
            "à l’article 5."
        ),
        PageBreak(),
    ]


def axes_and_governance() -> list[Any]:
    return [
        p("Article 5 – Les axes stratégiques", H2),
        p(
            "Le programme d’actions du contrat comprend trente-quatre fiches actions, réparties "
            "entre deux axes stratégiques. Chaque fiche précise son pilote, ses partenaires, son "
            "public, son calendrier et ses indicateurs de suivi."
        ),
        KeepTogether(
            [
                p(
                    "Axe 1 : Favoriser la fluidité des parcours par une adaptation de l’offre de santé "
                    "et des coordinations",
                    AXIS,
                ),
                p(
                    "Le premier axe vise à éviter les ruptures dans le parcours des habitants, de la "
                    "prévention aux soins de premier recours et à l’accompagnement médico-social, en "
                    "adaptant l’offre de santé du territoire et en renforçant la coordination entre "
                    "les professionnels et les structures."
                ),
            ]
        ),
        KeepTogether(
            [
                p(
                    "Axe 2 : Faire en sorte que la population du Pays de Brocéliande bénéficie de "
                    "conditions de vie favorables à la santé",
                    AXIS,
                ),
                p(
                    "Le second axe agit sur les déterminants de la santé présents dans la vie "
                    "quotidienne&nbsp;: cadre de vie, environnement, habitudes de vie et lien social, "
                    "afin que chaque habitant vive dans des conditions propices à sa santé."
                ),
            ]
        ),
        p(
            "Les fiches actions sont annexées au présent contrat. Elles peuvent être complétées en "
            "cours de contrat sur décision du comité de pilotage."
        ),
        p("Article 6 – Gouvernance", H2),
        p(
            "Un comité de pilotage réunit les signataires au moins une fois par an. Il valide le "
            "programme d’actions, en suit l’avancement et décide des ajustements nécessaires. Un "
            "comité technique prépare ses travaux. L’animation du contrat est assurée par la "
            "mission santé du Syndicat mixte du Pays de Brocéliande."
        ),
        p("Article 7 – Suivi et évaluation", H2),
        p(
            "Un bilan annuel est présenté au comité de pilotage. Une évaluation finale est conduite "
            "au cours de la dernière année du contrat&nbsp;; elle porte sur la mise en œuvre des "
            "actions et sur la dynamique partenariale."
        ),
        PageBreak(),
    ]


def signatures() -> list[Any]:
    rows: list[list[Any]] = [[p("N°", CELL_HEAD), p("Pour", CELL_HEAD), p("Signature", CELL_HEAD)]]
    for number, name in enumerate(SIGNATORIES, start=1):
        rows.append([p(str(number), CELL), p(name, CELL), ""])
    table = Table(rows, colWidths=[1.1 * cm, 10.2 * cm, 5.3 * cm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 1), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 17),
            ]
        )
    )
    return [
        p("Signatures", H1),
        p("Fait le 11 juillet 2017, en quinze exemplaires originaux."),
        Spacer(1, 0.3 * cm),
        table,
    ]


def build(out_dir: Path) -> Path:
    """Write the sample PDF into ``out_dir`` and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / FILE_NAME
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        title="Contrat Local de Santé du Pays de Brocéliande 2017-2020",
        author="Syndicat mixte du Pays de Brocéliande",
        subject="Contrat Local de Santé – exemplaire signé",
        creator="cls-pipeline scripts/make_sample_pdf.py",
    )
    story = cover() + preamble_and_parties() + duration_and_object()
    story += axes_and_governance() + signatures()
    doc.build(story, canvasmaker=_numbered_canvas(HEADER, FOOTER))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output directory (default: data/raw/samples)"
    )
    args = parser.parse_args()
    path = build(args.out)
    print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
