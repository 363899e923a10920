#!/usr/bin/env python3
"""Build the PDFs of the corpus4 evaluation fixtures (``tests/fixtures/corpus4/``).

    python scripts/make_corpus4_pdfs.py [--out DIR]

Writes three long signed contracts (20+ pages: cover, table of contents with dot
leaders, history preamble, articles, axes summary, fiche-action pages, signature grid,
running headers and footers) with their ``NAME.actions.json``, an avenant, a
two-column brochure and a council deliberation. The wording is the team's own; the
facts and their sources are listed in the corpus' README. Needs reportlab (a dev
extra of the project); ``rl_config.invariant`` is set (``corpus4_layout``) so that two
runs write byte-identical files, which lets the PDFs be committed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from corpus4_contracts import LONG_CONTRACTS
from corpus4_layout import (
    BODY,
    COVER_SUB,
    COVER_TITLE,
    COVER_TOP,
    H1,
    H2,
    SMALL,
    VU,
    bullets,
    grid,
    p,
    running_canvas,
)
from corpus4_long import actions_of, build_contract
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    SimpleDocTemplate,
    Spacer,
)

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus4"
W, H = A4


def _avenant_story() -> list[Any]:
    """Avenant n° 2 to the first CLS of the Pays Auxois Morvan."""
    return [
        p("AVENANT N° 2", H1),
        p(
            "au contrat local de santé du Pays de l’Auxois Morvan côte-d’orien 2016-2020",
            H2,
        ),
        p("Entre l’Agence régionale de santé Bourgogne-Franche-Comté,"),
        p("le Pôle d’équilibre territorial et rural (PETR) du Pays de l’Auxois Morvan,"),
        p(
            "et les autres signataires du contrat : le Département de la Côte-d’Or, la "
            "Préfecture de la Côte-d’Or, la CPAM de la Côte-d’Or et la MSA Bourgogne."
        ),
        p("Vu le code de la santé publique, notamment son article L. 1434-10 ;", VU),
        p(
            "Vu le contrat local de santé du Pays de l’Auxois Morvan, signé le 30 juin 2016 "
            "pour les années 2016 à 2020 ;",
            VU,
        ),
        p(
            "Vu l’avenant n° 1, signé le 17 décembre 2020, qui a prorogé le contrat jusqu’au "
            "31 décembre 2022 en raison de la crise sanitaire ;",
            VU,
        ),
        p(
            "Vu la délibération du comité syndical du PETR du 8 décembre 2022 ;",
            VU,
        ),
        p("Considérant que l’élaboration du deuxième contrat ne pourra aboutir avant 2025 ;", VU),
        p("Les parties conviennent de ce qui suit.", BODY),
        p("Article 1 – Prorogation", H2),
        p(
            "La durée du contrat local de santé est prorogée de deux ans : le contrat prend "
            "fin le 31 décembre 2024."
        ),
        p("Article 2 – Programme d’actions", H2),
        p("Les trois axes stratégiques du contrat demeurent inchangés :"),
        *bullets(
            [
                "Renforcer les soins de proximité ;",
                "Améliorer les parcours de santé ;",
                "Améliorer la prise en charge médico-sociale.",
            ]
        ),
        p(
            "Trois fiches actions sont ajoutées au programme (santé mentale des jeunes, "
            "cabinet médical éphémère, prévention des chutes) : le contrat compte désormais "
            "dix-neuf fiches actions."
        ),
        PageBreak(),
        p("Article 3 – Financement", H2),
        p(
            "L’ARS maintient sa participation au poste de coordination, soit 25 000 euros par "
            "an en 2023 et en 2024. Le Département finance l’action « cabinet éphémère » à "
            "hauteur de 40 000 euros."
        ),
        p("Article 4 – Dispositions inchangées", H2),
        p(
            "Les autres stipulations du contrat et de son avenant n° 1 demeurent applicables. "
            "Le présent avenant prend effet le 1er janvier 2023."
        ),
        PageBreak(),
        p("Signatures", H1),
        p("Fait à Semur-en-Auxois, le 12 janvier 2023."),
        Spacer(1, 0.4 * cm),
        grid(
            [
                [
                    "<b>Pour l’ARS Bourgogne-Franche-Comté</b><br/>Le Directeur général",
                    "<b>Pour le PETR du Pays de l’Auxois Morvan</b><br/>Le Président",
                ],
                [
                    "<b>Pour le Département de la Côte-d’Or</b><br/>Le Président",
                    "<b>Pour l’État</b><br/>Le Préfet de la Côte-d’Or",
                ],
                [
                    "<b>Pour la CPAM de la Côte-d’Or</b><br/>La Directrice",
                    "<b>Pour la MSA Bourgogne</b><br/>Le Directeur général",
                ],
            ],
            [8.3 * cm, 8.3 * cm],
            head=False,
        ),
    ]


def build_avenant(out_dir: Path) -> Path:
    """Write the three-page avenant."""
    path = out_dir / "f12-avenant-2-cls-auxois-morvan.pdf"
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.4 * cm,
        bottomMargin=2.2 * cm,
        title="Avenant n° 2 au CLS du Pays de l'Auxois Morvan",
        creator="cls-pipeline scripts/make_corpus4_pdfs.py",
    )
    canvas = running_canvas(
        "Avenant n° 2 – CLS du Pays de l’Auxois Morvan", "PETR du Pays de l’Auxois Morvan"
    )
    doc.build(_avenant_story(), canvasmaker=canvas)
    return path


def _deliberation_story() -> list[Any]:
    """Commission permanente of the Département approving the second Val de Saône contract."""
    return [
        p("DÉPARTEMENT DE LA CÔTE-D’OR", COVER_TOP),
        p("Extrait du registre des délibérations de la commission permanente", COVER_TOP),
        p("Réunion du lundi 13 juin 2022 – Délibération n° CP 2022-06-087", H2),
        p(
            "Objet : Contrat local de santé n° 2 du Val de Saône-Vingeanne (2022-2026) – "
            "approbation et autorisation de signature",
            H2,
        ),
        p("Membres en exercice : 46 – Présents : 38 – Pouvoirs : 5 – Votants : 43", SMALL),
        p("La commission permanente,"),
        p("Vu le code général des collectivités territoriales ;", VU),
        p("Vu le code de la santé publique, notamment son article L. 1434-10 ;", VU),
        p(
            "Vu la délibération du conseil départemental du 1er juillet 2021 portant délégation ;",
            VU,
        ),
        p(
            "Vu le premier contrat local de santé du Val de Saône-Vingeanne, signé le 20 décembre "
            "2016 pour 2016-2019 ;",
            VU,
        ),
        p(
            "Considérant que le Département a co-piloté ce premier contrat avec le PETR et l’ARS "
            "et que son évaluation, rendue en juin 2021, recommande de le renouveler ;",
            VU,
        ),
        p(
            "Considérant que le deuxième contrat sera porté conjointement par le PETR du Val de "
            "Saône-Vingeanne et le Département de la Côte-d’Or, avec l’Agence régionale de santé "
            "Bourgogne-Franche-Comté, pour les années 2022 à 2026 ;",
            VU,
        ),
        p(
            "Considérant que le projet de contrat compte seize fiches actions réparties en cinq "
            "axes : Conforter l’offre de soins de proximité ; Promouvoir la santé et prévenir les "
            "maladies ; Prendre soin de la santé mentale ; Accompagner le vieillissement et la "
            "perte d’autonomie ; et un axe transversal, Coordonner, animer et évaluer le "
            "contrat ;",
            VU,
        ),
        p(
            "Considérant que les autres signataires pressentis sont la Préfecture de la "
            "Côte-d’Or, la Région Bourgogne-Franche-Comté, le CHU Dijon-Bourgogne, le centre "
            "hospitalier d’Auxonne, le centre hospitalier La Chartreuse et la CPAM de la "
            "Côte-d’Or ;",
            VU,
        ),
        p("Après en avoir délibéré,"),
        p("DÉCIDE", H2),
        *bullets(
            [
                "d’approuver le contrat local de santé n° 2 du Val de Saône-Vingeanne ;",
                "d’autoriser la Présidente à le signer au nom du Département ;",
                "d’affecter 18 000 euros par an au cofinancement de la coordination.",
            ]
        ),
        p("Adopté à l’unanimité. Pour extrait conforme, Dijon, le 14 juin 2022.", SMALL),
        p(
            "Acte transmis au contrôle de légalité le 15 juin 2022. Recours possible devant le "
            "tribunal administratif de Dijon dans un délai de deux mois.",
            SMALL,
        ),
    ]


def build_deliberation(out_dir: Path) -> Path:
    """Write the two-page deliberation."""
    path = out_dir / "f19-deliberation-cd21-cls-val-de-saone.pdf"
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.4 * cm,
        bottomMargin=2.2 * cm,
        title="Délibération CP 2022-06-087",
        creator="cls-pipeline scripts/make_corpus4_pdfs.py",
    )
    canvas = running_canvas("Département de la Côte-d’Or – Commission permanente", "CP 2022-06-087")
    doc.build(_deliberation_story(), canvasmaker=canvas)
    return path


COL = ParagraphStyle("col", parent=BODY, fontSize=9.5, leading=13)
COL_H = ParagraphStyle("col_h", parent=H2, fontSize=12, leading=15, spaceBefore=6)
BOX = ParagraphStyle(
    "box", parent=SMALL, backColor=colors.HexColor("#eef2f6"), borderPadding=6, spaceBefore=8
)


def _brochure_story() -> list[Any]:
    """Cover, then pages of two columns: édito, key figures, axes, signatories."""
    cover = [
        Spacer(1, 3 * cm),
        p("Pôle métropolitain Nord Franche-Comté", COVER_TOP),
        Spacer(1, 2.5 * cm),
        p("Notre contrat local de santé", COVER_TITLE),
        p("2019-2023", COVER_SUB),
        Spacer(1, 1 * cm),
        p("Belfort · Montbéliard · Héricourt · Delle · Valentigney", COVER_TOP),
        NextPageTemplate("columns"),
        PageBreak(),
    ]
    col = [
        p("Édito", COL_H),
        p(
            "Pour la première fois, les intercommunalités du nord de la Franche-Comté se "
            "dotent ensemble d’un contrat local de santé. Signé le lundi 21 octobre 2019 à "
            "Montbéliard, il engage les signataires de 2019 à 2023 autour d’un même programme.",
            COL,
        ),
        p(
            "Ce contrat fait suite à celui de la Ville de Belfort, qui avait ouvert la voie, et "
            "au diagnostic partagé en 2018 avec plus de 200 professionnels.",
            COL,
        ),
        p("Le contrat en chiffres", COL_H),
        p(
            "300 000 habitants · 5 intercommunalités membres du Pôle · 4 axes · 24 actions · "
            "8 signataires",
            BOX,
        ),
        FrameBreak(),
        p("Quatre axes", COL_H),
        p("<b>Axe 1 – Attirer et fidéliser les professionnels de santé</b>", COL),
        p("Accueil des internes, appui aux maisons de santé, guichet d’installation.", COL),
        p("<b>Axe 2 – Agir sur la santé environnementale</b>", COL),
        p("Qualité de l’air, habitat indigne, ambroisie.", COL),
        p("<b>Axe 3 – Accompagner la santé mentale</b>", COL),
        p("Conseils locaux de santé mentale, premiers secours en santé mentale.", COL),
        p("<b>Axe 4 – Prévenir les maladies chroniques</b>", COL),
        p("Nutrition, activité physique, dépistages organisés.", COL),
        PageBreak(),
        p("Qui signe ?", COL_H),
        p("Le contrat est signé par :", COL),
        *bullets(
            [
                "l’ARS Bourgogne-Franche-Comté ;",
                "le Pôle métropolitain Nord Franche-Comté ;",
                "le Conseil régional de Bourgogne-Franche-Comté ;",
                "le Conseil départemental du Territoire de Belfort ;",
                "le Conseil départemental du Doubs ;",
                "le Conseil départemental de la Haute-Saône ;",
                "l’Hôpital Nord Franche-Comté ;",
                "la CPAM du Territoire de Belfort.",
            ],
            ParagraphStyle("colitem", parent=COL, leftIndent=0.5 * cm, bulletIndent=0.1 * cm),
        ),
        FrameBreak(),
        p("Et après ?", COL_H),
        p(
            "Un comité de pilotage se réunit chaque année. Les cinq intercommunalités membres "
            "du Pôle relaient les actions auprès de leurs communes, sans être signataires. Le "
            "bilan final est attendu fin 2023.",
            COL,
        ),
        p("Contact : mission santé du Pôle métropolitain, 03 84 00 00 00.", BOX),
    ]
    return cover + col


def build_brochure(out_dir: Path) -> Path:
    """Write the two-column brochure (cover page, then two columns per page)."""
    path = out_dir / "f13-brochure-cls-nord-franche-comte.pdf"
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        title="Contrat local de santé Nord Franche-Comté 2019-2023",
        creator="cls-pipeline scripts/make_corpus4_pdfs.py",
    )
    margin, gap = 1.8 * cm, 0.9 * cm
    width = (W - 2 * margin - gap) / 2
    height = H - 2 * margin
    cover = Frame(margin, margin, W - 2 * margin, height, id="cover")
    left = Frame(margin, margin, width, height, id="left")
    right = Frame(margin + width + gap, margin, width, height, id="right")
    doc.addPageTemplates(
        [PageTemplate(id="cover", frames=[cover]), PageTemplate(id="columns", frames=[left, right])]
    )
    doc.build(_brochure_story())
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    paths = [build_contract(c, args.out) for c in LONG_CONTRACTS]
    for contract in LONG_CONTRACTS:
        actions = json.dumps(actions_of(contract), ensure_ascii=False, indent=1)
        (args.out / f"{contract.file_id}.actions.json").write_text(actions + "\n", "utf-8")
    paths += [build_avenant(args.out), build_brochure(args.out), build_deliberation(args.out)]
    for path in paths:
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
