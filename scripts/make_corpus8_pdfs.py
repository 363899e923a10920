#!/usr/bin/env python3
"""Build the PDFs of the corpus8 evaluation fixtures (``tests/fixtures/corpus8/``).

    python scripts/make_corpus8_pdfs.py [--out DIR]

Writes a long signed contract (30+ pages: cover, contents with dot leaders, history
preamble, articles, axes numbered in roman numerals, fiches as ruled tables or prose, a
signature grid over two pages; with its ``NAME.actions.json``), a landscape slide deck
shown at a signing ceremony, an excerpt of a recueil des actes administratifs, a
municipal council deliberation with an annex listing the fiches, and the minutes of a
steering committee. The layout helpers are corpus5's (``corpus5_layout``,
``make_corpus5_pdfs``), imported, not copied; ``rl_config.invariant`` is set there, so
that two runs write byte-identical files. The wording is the team's own; sources in the
corpus' README.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from corpus5_layout import (
    BODY,
    CENTER,
    COVER_SUB,
    COVER_TITLE,
    COVER_TOP,
    H1,
    H2,
    SMALL,
    bullets,
    grid,
    p,
    toc,
)
from corpus8_contracts import LONG_CONTRACTS
from make_corpus5_pdfs import (
    TEXT_WIDTH,
    _build,
    _cover,
    _fiche_page,
    _paragraphs,
    actions_of,
)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer
from reportlab.platypus.doctemplate import BaseDocTemplate

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus8"


def _prose_fiche(c: dict[str, Any], f: dict[str, Any]) -> list[Any]:
    """A fiche action written as paragraphs rather than as a ruled table."""
    label, axis_title = c["axes"][f["axis"] - 1]
    return [
        p(f"Fiche action {f['number']} – {f['title']}", H2),
        p(f"<i>{label} – {axis_title}</i>", SMALL),
        p(f"<b>Constat et objectif.</b> {f['objective']}"),
        p(f"<b>Porteur de l'action :</b> {f['pilot']}"),
        p("<b>Partenaires mobilisés :</b>"),
        *bullets(f["partners"]),
        p(f"<b>Public bénéficiaire :</b> {f['public']}"),
        p(
            f"<b>Échéancier :</b> première étape en {f['start']}, point d'étape annuel en comité "
            f"technique, bilan de l'action en {f['end']}."
        ),
        p(
            "<b>Évaluation :</b> nombre de personnes touchées, nombre de séances, avis des "
            "participants recueilli par questionnaire."
        ),
        PageBreak(),
    ]


def long_contract_roman(c: dict[str, Any]) -> list[Any]:
    """The story of the long contract: axes in roman numerals, grid over two pages."""
    story: list[Any] = [*_cover(c), PageBreak()]
    story += [p("Sommaire", CENTER), toc(), PageBreak()]
    story += [p("Préambule", H1), *_paragraphs(c["preamble"]), PageBreak()]
    story += [p("I. Les parties", H1), p("ENTRE :", BODY)]
    for name, rep in c["parties"]:
        story.append(p(f"<b>{name}</b>, {rep},"))
    story.append(p(c["coparties_intro"]))
    for name, rep in c["coparties"]:
        story.append(p(f"<b>{name}</b>, {rep},"))
    story += [Spacer(1, 0.3 * cm), *[p(v, SMALL) for v in c["vu"]]]
    story += [p("Il est convenu ce qui suit.", BODY), PageBreak()]
    story.append(p("II. Dispositions générales", H1))
    for i, (title, paras) in enumerate(c["articles"]):
        story.append(p(title, H2))
        story += [p(t) for t in paras]
        if i % 3 == 2 and i < len(c["articles"]) - 1:
            story.append(PageBreak())
    story += [PageBreak(), p("III. Programme d'actions", H1), p(c["summary_intro"])]
    rows = [["Axe", "Intitulé", "Fiches actions"]]
    for n, (label, title) in enumerate(c["axes"], start=1):
        numbers = [f["number"] for f in c["fiches"] if f["axis"] == n]
        rows.append([label, title, f"{len(numbers)} fiches ({numbers[0]} à {numbers[-1]})"])
    story += [grid(rows, [2.4 * cm, 9.2 * cm, TEXT_WIDTH - 11.6 * cm]), PageBreak()]
    seen: set[int] = set()
    for i, f in enumerate(c["fiches"]):
        if f["axis"] not in seen:
            seen.add(f["axis"])
            label, title = c["axes"][f["axis"] - 1]
            story.append(p(f"{label} – {title}", H1))
        story += _fiche_page(c, f) if i % 2 == 0 else _prose_fiche(c, f)
    story += [p("IV. Signatures", H1), p(c["signature_line"]), Spacer(1, 0.4 * cm)]
    entries = c["grid"]
    half = (len(entries) + 1) // 2
    for part, chunk in enumerate((entries[:half], entries[half:])):
        cells = []
        for i in range(0, len(chunk), 2):
            row = [
                f"{inst}<br/><br/>{title}<br/><br/><br/><br/>{name}"
                for inst, title, name in chunk[i : i + 2]
            ]
            cells.append(row + [""] * (2 - len(row)))
        story.append(grid(cells, [TEXT_WIDTH / 2] * 2, head=False))
        if part == 0:
            story += [PageBreak(), p("Signatures (suite)", H2)]
    story += [PageBreak(), p("Annexe – Glossaire", H1)]
    story += [p(f"<b>{term}</b> : {meaning}") for term, meaning in c["annex"]]
    return story


SLIDE_W, SLIDE_H = landscape(A4)
SLIDE_TITLE = ParagraphStyle(
    "slide_title", parent=COVER_TITLE, fontSize=30, leading=36, spaceAfter=18
)
SLIDE_TEXT = ParagraphStyle("slide_text", parent=CENTER, fontSize=20, leading=27)
SLIDE_SMALL = ParagraphStyle("slide_small", parent=CENTER, fontSize=13, leading=17)


def _slide(title: str, *lines: str, small: str = "") -> list[Any]:
    out: list[Any] = [Spacer(1, 2.2 * cm), p(title, SLIDE_TITLE)]
    out += [p(line, SLIDE_TEXT) for line in lines]
    if small:
        out += [Spacer(1, 1 * cm), p(small, SLIDE_SMALL)]
    out.append(PageBreak())
    return out


def slides_story() -> list[Any]:
    """The deck projected at the Granville Terre et Mer signing (one idea per slide)."""
    story: list[Any] = []
    story += _slide(
        "Contrat local de santé<br/>Granville Terre et Mer",
        "Cérémonie de signature",
        "Mercredi 13 décembre 2023 – Granville, salle Pierre Guérin",
    )
    story += _slide(
        "Pourquoi un contrat local de santé ?",
        "Réduire les inégalités sociales et territoriales de santé",
        small="Compétence santé prise par la communauté de communes le 16 décembre 2021",
    )
    story += _slide(
        "Le territoire en bref",
        "32 communes – 45 000 habitants",
        "1 habitant sur 3 a plus de 60 ans",
        small="Source : diagnostic local de santé 2022-2023",
    )
    story += _slide(
        "Une démarche partagée",
        "2022 : lancement et diagnostic",
        "2023 : 6 ateliers, 620 questionnaires d'habitants",
    )
    story += _slide(
        "Notre premier contrat local de santé",
        "Cinq ans d'action : 2024-2028",
    )
    story += _slide(
        "Axe stratégique n°1",
        "Renforcer l'offre de soins de proximité et l'attractivité du territoire",
    )
    story += _slide(
        "Axe stratégique n°2",
        "Prévenir et promouvoir la santé tout au long de la vie",
    )
    story += _slide(
        "Axe stratégique n°3",
        "Soutenir la santé mentale et le lien social",
    )
    story += _slide(
        "Axe stratégique n°4",
        "Accompagner le vieillissement et le handicap",
    )
    story += _slide(
        "23 fiches actions",
        "9 + 6 + 4 + 4",
        small="Chaque fiche a un pilote, des partenaires et un calendrier",
    )
    story += _slide(
        "Les signataires",
        "Communauté de communes Granville Terre et Mer · ARS Normandie",
        "Préfecture de la Manche · Département de la Manche",
        "CPAM de la Manche · MSA Côtes Normandes",
        "Centre hospitalier Avranches-Granville",
    )
    story += _slide(
        "Avec l'appui de",
        "Promotion Santé Normandie (diagnostic et ateliers)",
        "CPTS Granville Terre et Mer",
        small="Partenaires associés, non signataires",
    )
    story += _slide(
        "Et maintenant ?",
        "Premier comité de pilotage : juin 2024",
        "Forum santé des habitants : automne 2024",
    )
    story += _slide("Merci !", "sante@granville-terre-mer.example")
    return story[:-1]


def _build_slides(path: Path, story: list[Any]) -> None:
    doc = BaseDocTemplate(
        str(path),
        pagesize=(SLIDE_W, SLIDE_H),
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.5 * cm,
        bottomMargin=1.5 * cm,
    )
    frame = Frame(2 * cm, 1.5 * cm, SLIDE_W - 4 * cm, SLIDE_H - 3 * cm, id="slide")

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        canvas.drawString(2 * cm, 0.9 * cm, "Granville Terre et Mer – ARS Normandie")
        canvas.drawRightString(SLIDE_W - 2 * cm, 0.9 * cm, str(doc.page))
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="slide", frames=[frame], onPage=furniture)])
    doc.build(story)


def raa_story() -> list[Any]:
    """An excerpt of the ARS Bretagne's recueil des actes administratifs."""
    return [
        p("PRÉFECTURE DE LA RÉGION BRETAGNE", CENTER),
        p("RECUEIL DES ACTES ADMINISTRATIFS", COVER_TITLE),
        p("Recueil spécial n° R53-2022-041 – publié le 18 mars 2022", COVER_SUB),
        Spacer(1, 0.6 * cm),
        p("Sommaire (extrait)", H2),
        *bullets(
            [
                "Agence régionale de santé Bretagne – Décision n° 2022-DPAT-0117 du 14 mars 2022 "
                "portant autorisation de transfert d'une officine de pharmacie à Carhaix-Plouguer",
                "Agence régionale de santé Bretagne – Décision n° 2022-DPAT-0123 du 14 mars 2022 "
                "relative au financement de la coordination du contrat local de santé de Quimperlé "
                "Communauté",
                "Agence régionale de santé Bretagne – Décision n° 2022-DPAT-0124 du 14 mars 2022 "
                "relative au financement de la coordination du contrat local de santé du Pays de "
                "Guingamp, signé le 7 octobre 2021",
            ]
        ),
        PageBreak(),
        p("Agence régionale de santé Bretagne", CENTER),
        p(
            "Décision n° 2022-DPAT-0123 relative au financement de la coordination du contrat "
            "local de santé de Quimperlé Communauté",
            H1,
        ),
        p("Le Directeur général de l'Agence régionale de santé Bretagne,", BODY),
        p("Vu le code de la santé publique, notamment ses articles L. 1434-10 et L. 1435-8 ;"),
        p(
            "Vu le décret du 1er avril 2021 portant nomination du directeur général de l'agence "
            "régionale de santé de Bretagne ;"
        ),
        p("Vu le projet régional de santé de Bretagne 2018-2022 ;"),
        p(
            "Vu le contrat local de santé de Quimperlé Communauté, premier contrat local de santé "
            "de ce territoire, signé le 28 septembre 2021 par Quimperlé Communauté, l'Agence "
            "régionale de santé Bretagne, la Préfecture du Finistère et la Caisse primaire "
            "d'assurance maladie du Finistère, pour la période 2021-2025 ;"
        ),
        p(
            "Considérant que ce contrat s'organise en trois axes stratégiques – l'accès aux soins "
            "et à la prévention ; la santé mentale et le bien-être ; les environnements favorables "
            "à la santé – et comporte dix-neuf fiches actions ;"
        ),
        p(
            "Considérant que la coordination du contrat, assurée par Quimperlé Communauté, "
            "représente un poste à temps plein dont le coût annuel est estimé à 52 000 euros ;"
        ),
        p("DÉCIDE", H2),
        p(
            "<b>Article 1er</b> – Une subvention de 26 000 euros, soit 50 % du coût du poste, est "
            "attribuée à Quimperlé Communauté au titre du fonds d'intervention régional pour "
            "l'année 2022."
        ),
        p(
            "<b>Article 2</b> – La subvention est versée en une fois, à la notification de la "
            "présente décision. Un bilan d'activité sera transmis à l'Agence avant le 31 mars 2023."
        ),
        p(
            "<b>Article 3</b> – La présente décision peut faire l'objet d'un recours devant le "
            "tribunal administratif de Rennes dans un délai de deux mois à compter de sa "
            "publication au recueil des actes administratifs de la préfecture de région."
        ),
        p(
            "<b>Article 4</b> – Le directeur de la délégation départementale du Finistère est "
            "chargé de l'exécution de la présente décision."
        ),
        Spacer(1, 0.5 * cm),
        p("Fait à Rennes, le 14 mars 2022", BODY),
        p("Pour le Directeur général et par délégation,<br/>le Directeur de la stratégie", BODY),
        p("Yann Le Bihan", BODY),
    ]


MACOURIA_FICHES = [
    ("1.1", "Accueillir de nouveaux professionnels de santé à Soula et Tonate"),
    ("1.2", "Développer les consultations avancées du centre hospitalier"),
    ("1.3", "Organiser un transport solidaire vers les lieux de soins"),
    ("1.4", "Accompagner l'ouverture des droits à la complémentaire santé"),
    ("2.1", "Prévenir le diabète et l'hypertension"),
    ("2.2", "Promouvoir la santé sexuelle des jeunes"),
    ("2.3", "Renforcer la vaccination des enfants"),
    ("2.4", "Prévenir les consommations d'alcool et de crack"),
    ("3.1", "Lutter contre les gîtes de moustiques dans les quartiers"),
    ("3.2", "Améliorer l'accès à l'eau potable dans les écarts"),
    ("3.3", "Prévenir le saturnisme chez les enfants"),
    ("4.1", "Repérer et orienter les personnes en souffrance psychique"),
    ("4.2", "Créer un espace d'écoute pour les jeunes"),
    ("4.3", "Former les agents municipaux aux premiers secours en santé mentale"),
    ("4.4", "Prévenir le suicide dans les communautés des fleuves et des savanes"),
    ("4.5", "Installer un conseil local de santé mentale"),
]


def deliberation_story() -> list[Any]:
    """The Macouria council's vote on its second contract, with an annex of the fiches."""
    story: list[Any] = [
        p("RÉPUBLIQUE FRANÇAISE – DÉPARTEMENT DE LA GUYANE", CENTER),
        p("COMMUNE DE MACOURIA", CENTER),
        p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", H2),
        p(
            "Séance ordinaire du jeudi 29 janvier 2026 – Convocation du 22 janvier 2026. "
            "Conseillers en exercice : 33 – Présents : 24 – Représentés : 5 – Votants : 29.",
            SMALL,
        ),
        p("Délibération n° 2026-007 – Contrat local de santé 2026-2030", H1),
        p("Rapporteur : l'adjointe au Maire déléguée à la santé et à la solidarité", SMALL),
        p("Vu le code général des collectivités territoriales ;", SMALL),
        p("Vu le code de la santé publique, notamment son article L. 1434-10 ;", SMALL),
        p("Vu le projet régional de santé de Guyane 2023-2028 ;", SMALL),
        p(
            "Vu le contrat local de santé de Macouria signé le 6 juin 2017 par le Préfet de "
            "Guyane, le Directeur général de l'Agence régionale de santé et le Maire, pour la "
            "période 2017-2019, et le contrat de ville 2015-2020 dont il déclinait le volet "
            "santé ;",
            SMALL,
        ),
        p(
            "Considérant que le diagnostic local de santé, restitué le 9 octobre 2025, relève "
            "une population de près de 17 000 habitants, dont 40 % ont moins de 20 ans ;"
        ),
        p(
            "Considérant que le projet de contrat local de santé de deuxième génération, conclu "
            "pour la période 2026-2030, s'organise autour de quatre axes stratégiques et de "
            "seize fiches actions, dont la liste figure en annexe :"
        ),
        p("Axe stratégique n°1 : l'accès aux soins et aux droits ;"),
        p("Axe stratégique n°2 : la prévention des maladies chroniques et infectieuses ;"),
        p("Axe stratégique n°3 : la santé environnementale ;"),
        p("Axe stratégique n°4 : la santé mentale ;"),
        p(
            "Considérant que la signature du contrat est prévue le vendredi 20 février 2026, en "
            "mairie, par la Commune de Macouria, l'Agence régionale de santé de Guyane, la "
            "Préfecture de la Guyane, la Caisse générale de sécurité sociale de la Guyane et le "
            "Centre communal d'action sociale de Macouria ;"
        ),
        p("Le conseil municipal, après en avoir délibéré, par 27 voix pour et 2 abstentions :"),
        p("<b>APPROUVE</b> le contrat local de santé 2026-2030 ;"),
        p("<b>AUTORISE</b> le Maire à le signer ainsi que tout acte s'y rapportant ;"),
        p(
            "<b>DIT</b> que la part communale du poste de coordination, soit 24 000 euros, est "
            "inscrite au budget primitif 2026."
        ),
        Spacer(1, 0.4 * cm),
        p(
            "Fait et délibéré les jour, mois et an susdits. Pour extrait conforme, Macouria, le "
            "30 janvier 2026. Le Maire, Gilles Adélaïde-Horth.",
            SMALL,
        ),
        p(
            "Transmis au contrôle de légalité le 02/02/2026 – affiché le 03/02/2026.",
            SMALL,
        ),
        PageBreak(),
        p("ANNEXE – Liste des fiches actions du contrat local de santé 2026-2030", H1),
    ]
    rows = [["N°", "Intitulé de la fiche action"]]
    rows += [[number, title] for number, title in MACOURIA_FICHES]
    story.append(grid(rows, [2 * cm, TEXT_WIDTH - 2 * cm]))
    return story


def copil_story() -> list[Any]:
    """The minutes of the first steering committee of the Granville Terre et Mer contract."""
    return [
        p("Communauté de communes Granville Terre et Mer – Pôle solidarités et santé", COVER_TOP),
        p("Contrat local de santé – Comité de pilotage n° 1", H1),
        p("Relevé de décisions – séance du jeudi 20 juin 2024, Granville", SMALL),
        p("1. Présents", H2),
        p(
            "Les sept signataires du contrat étaient représentés : la Communauté de communes "
            "Granville Terre et Mer, l'ARS Normandie (délégation départementale de la Manche), "
            "la Préfecture de la Manche, le Département de la Manche, la CPAM de la Manche, la "
            "MSA Côtes Normandes et le Centre hospitalier Avranches-Granville."
        ),
        p(
            "Assistaient également, en qualité de partenaires : Promotion Santé Normandie et la "
            "CPTS Granville Terre et Mer. Excusés : la Ville de Granville, la Mission locale."
        ),
        p("2. Rappel", H2),
        p(
            "Signé le 13 décembre 2023, ce premier contrat local de santé couvre la période "
            "2024-2028. Il compte quatre axes stratégiques et vingt-trois fiches actions."
        ),
        grid(
            [
                ["Axe", "Fiches", "Engagées au 1er juin 2024"],
                [
                    "1 – Renforcer l'offre de soins de proximité et l'attractivité du territoire",
                    "9",
                    "5",
                ],
                ["2 – Prévenir et promouvoir la santé tout au long de la vie", "6", "4"],
                ["3 – Soutenir la santé mentale et le lien social", "4", "2"],
                ["4 – Accompagner le vieillissement et le handicap", "4", "1"],
            ],
            [9.5 * cm, 2.5 * cm, TEXT_WIDTH - 12 * cm],
        ),
        p("3. Décisions", H2),
        *bullets(
            [
                "Le programme 2024 est validé ; son budget prévisionnel s'élève à 85 000 euros, "
                "dont 40 000 euros de l'ARS.",
                "La fiche 1.6 (maison de santé de Bréhal) est reportée à 2025.",
                "Un bilan à mi-parcours sera présenté au comité de pilotage de l'automne 2026.",
                "Prochain comité de pilotage : décembre 2024 (date à fixer).",
            ]
        ),
        p("Rédaction : coordination du CLS – cls@granville-terre-mer.example", SMALL),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for c in LONG_CONTRACTS:
        _build(out / f"{c['id']}.pdf", long_contract_roman(c), c["header"], c["footer"])
        actions = json.dumps(actions_of(c), ensure_ascii=False, indent=2) + "\n"
        (out / f"{c['id']}.actions.json").write_text(actions, encoding="utf-8")
    _build_slides(out / "h02-diaporama-signature-granville-terre-et-mer.pdf", slides_story())
    _build(out / "h03-raa-ars-bretagne-quimperle-communaute.pdf", raa_story())
    _build(out / "h04-deliberation-macouria-cls-2026-2030.pdf", deliberation_story())
    _build(out / "h15-copil-granville-terre-et-mer-2024.pdf", copil_story())


if __name__ == "__main__":
    main()
