#!/usr/bin/env python3
"""Build the PDFs of the corpus5 evaluation fixtures (``tests/fixtures/corpus5/``).

    python scripts/make_corpus5_pdfs.py [--out DIR]

Writes three long signed contracts (20+ pages: cover with a strip of logos and a dated
quotation, table of contents with dot leaders, history preamble, articles, axes summary,
one page per fiche action, signature grid, glossary, running headers and footers; one
of them with a two-column preamble) with their ``NAME.actions.json``, an avenant, a
community council deliberation and a two-column brochure. The wording is the team's
own; the facts and their sources are listed in the corpus' README. ``rl_config.invariant``
is set (``corpus5_layout``) so that two runs write byte-identical files.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from corpus5_contracts import LONG_CONTRACTS
from corpus5_layout import (
    BODY,
    CENTER,
    COVER_SUB,
    COVER_TITLE,
    COVER_TOP,
    H1,
    H2,
    QUOTE,
    SMALL,
    ContractDoc,
    bullets,
    grid,
    p,
    running_canvas,
    toc,
)
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus5"
TEXT_WIDTH = 21.0 * cm - 2 * 2.3 * cm


def _logo_strip(names: list[str]) -> Table:
    """A row of boxed institution names, as the logos on a cover."""
    per_row = 4
    rows = [names[i : i + per_row] for i in range(0, len(names), per_row)]
    rows = [row + [""] * (per_row - len(row)) for row in rows]
    cells = [[p(f"<b>{name}</b>", SMALL) if name else "" for name in row] for row in rows]
    table = Table(cells, colWidths=[TEXT_WIDTH / per_row] * per_row)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _cover(c: dict[str, Any]) -> list[Any]:
    text, source = c["quote"]
    return [
        _logo_strip(c["logos"]),
        Spacer(1, 3.2 * cm),
        p(c["cover_top"], COVER_TOP),
        Spacer(1, 0.6 * cm),
        p(c["cover_title"], COVER_TITLE),
        p(c["cover_sub"], COVER_SUB),
        Spacer(1, 0.4 * cm),
        p(c["cover_years"], COVER_SUB),
        Spacer(1, 4.5 * cm),
        p(text, QUOTE),
        p(source, QUOTE),
    ]


def _paragraphs(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if isinstance(item, tuple):
            out.append(p(item[1], H2))
        else:
            out.append(p(item))
    return out


def _fiche_page(c: dict[str, Any], f: dict[str, Any]) -> list[Any]:
    label, axis_title = c["axes"][f["axis"] - 1]
    calendar = (
        f"{f['start']}"
        if f["start"] == f["end"]
        else f"Lancement en {f['start']} ; suivi annuel ; bilan en {f['end']}"
    )
    rows = [
        ["Rubrique", "Contenu"],
        ["Axe", f"{label} – {axis_title}"],
        ["Objectif", f["objective"]],
        ["Pilote", f["pilot"]],
        ["Partenaires", "<br/>".join(f["partners"])],
        ["Public visé", f["public"]],
        ["Calendrier", calendar],
        ["Indicateurs", "Nombre de bénéficiaires ; nombre de partenaires impliqués ; satisfaction"],
    ]
    return [
        p(f"Fiche action n° {f['number']} – {f['title']}", H2),
        grid(rows, [3.6 * cm, TEXT_WIDTH - 3.6 * cm]),
        Spacer(1, 0.5 * cm),
        p(
            "Financement : crédits de droit commun des partenaires ; le cas échéant, appel à "
            "projets annuel de l'ARS.",
            SMALL,
        ),
        PageBreak(),
    ]


def long_contract(c: dict[str, Any]) -> list[Any]:
    """The story of a long signed contract."""
    story: list[Any] = [*_cover(c), PageBreak()]
    story += [p("Sommaire", CENTER), toc()]
    preamble = [p("Préambule", H1), *_paragraphs(c["preamble"])]
    if c["two_column_preamble"]:
        story += [NextPageTemplate("two"), PageBreak(), *preamble]
        story += [NextPageTemplate("one"), PageBreak()]
    else:
        story += [PageBreak(), *preamble, PageBreak()]
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
        rows.append([label, title, f"{len(numbers)} fiches actions ({numbers[0]} à {numbers[-1]})"])
    story += [grid(rows, [3.2 * cm, 8.4 * cm, TEXT_WIDTH - 11.6 * cm]), PageBreak()]
    seen: set[int] = set()
    for f in c["fiches"]:
        if f["axis"] not in seen:
            seen.add(f["axis"])
            label, title = c["axes"][f["axis"] - 1]
            story.append(p(f"{label} – {title}", H1))
        story += _fiche_page(c, f)
    story += [p("IV. Signatures", H1), p(c["signature_line"]), Spacer(1, 0.4 * cm)]
    cells = []
    entries = c["grid"]
    for i in range(0, len(entries), 2):
        row = []
        for inst, title, name in entries[i : i + 2]:
            row.append(f"{inst}<br/><br/>{title}<br/><br/><br/>{name}")
        cells.append(row + [""] * (2 - len(row)))
    story += [grid(cells, [TEXT_WIDTH / 2] * 2, head=False), PageBreak()]
    story += [p("Annexe – Glossaire", H1)]
    story += [p(f"<b>{term}</b> : {meaning}") for term, meaning in c["annex"]]
    return story


def actions_of(c: dict[str, Any]) -> list[dict[str, Any]]:
    """The fiches of a long contract in SCHEMA.md's actions format."""
    return [
        {
            "number": f["number"],
            "title": f["title"],
            "axis": f["axis"],
            "pilot": f["pilot"],
            "partners": f["partners"],
            "public": f["public"],
            "start": f["start"],
            "end": f["end"],
        }
        for f in c["fiches"]
    ]


def avenant_story() -> list[Any]:
    """Avenant n° 1 to the contrat local de santé of Concarneau Cornouaille Agglomération."""
    story: list[Any] = [
        _logo_strip(
            [
                "Concarneau Cornouaille Agglomération",
                "ARS Bretagne",
                "Préfet du Finistère",
                "Finistère",
                "Assurance Maladie Finistère",
            ]
        ),
        Spacer(1, 2 * cm),
        p("Contrat local de santé de Concarneau Cornouaille Agglomération", COVER_TOP),
        p("AVENANT N° 1", COVER_TITLE),
        p("Prolongation du contrat jusqu'au 31 décembre 2024", COVER_SUB),
        PageBreak(),
        p("Entre les signataires du contrat", H1),
        p("<b>Concarneau Cornouaille Agglomération</b>, représentée par son Président ;"),
        p("<b>L'Agence régionale de santé Bretagne</b>, représentée par sa Directrice générale ;"),
        p("<b>La Préfecture du Finistère</b>, représentée par le Préfet ;"),
        p("<b>Le Département du Finistère</b>, représenté par sa Présidente ;"),
        p(
            "<b>La Caisse primaire d'assurance maladie du Finistère</b>, représentée par son Directeur."
        ),
        p("Visas", H2),
        p(
            "Vu le contrat local de santé de Concarneau Cornouaille Agglomération signé le 4 juillet 2018 pour la période 2018-2022 ;",
            SMALL,
        ),
        p(
            "Vu le projet régional de santé Bretagne 2018-2022, prorogé jusqu'à l'adoption du projet régional de santé 2023-2028 ;",
            SMALL,
        ),
        p(
            "Vu la délibération du conseil communautaire du 17 novembre 2022 autorisant le Président à signer le présent avenant ;",
            SMALL,
        ),
        p("Préambule", H2),
        p(
            "Le contrat signé en 2018 arrive à échéance le 31 décembre 2022. La crise sanitaire "
            "a retardé plusieurs actions et l'évaluation du contrat n'a pu être menée qu'à "
            "l'automne 2022. Les signataires souhaitent prolonger le contrat le temps de "
            "préparer, avec les habitants et les professionnels, le contrat suivant."
        ),
        p("Article 1 – Durée", H2),
        p(
            "L'article 3 du contrat est ainsi modifié : « Le contrat est prolongé de deux ans. "
            "Il prend fin le 31 décembre 2024. »"
        ),
        p("Article 2 – Programme d'actions", H2),
        p(
            "Les quatre axes du contrat demeurent : (1) l'accès aux soins de proximité ; (2) la "
            "prévention et la promotion de la santé ; (3) la santé mentale ; (4) le bien vieillir "
            "à domicile. Deux fiches actions consacrées à la santé environnementale et à la "
            "santé des jeunes sont ajoutées à l'axe 2 : le contrat compte désormais vingt-quatre "
            "fiches actions."
        ),
        p("Article 3 – Autres dispositions", H2),
        p(
            "Les autres articles du contrat restent inchangés. Le présent avenant prend effet le "
            "1er janvier 2023."
        ),
        PageBreak(),
        p("Signatures", H1),
        p("Fait à Concarneau, le 15 décembre 2022, en cinq exemplaires."),
    ]
    cells = [
        [
            "Concarneau Cornouaille Agglomération<br/><br/>Le Président<br/><br/><br/>Gaël Morvannou",
            "Agence régionale de santé Bretagne<br/><br/>La Directrice générale<br/><br/><br/>Claire Trébaol",
        ],
        [
            "Préfecture du Finistère<br/><br/>Le Préfet<br/><br/><br/>Olivier Castellan",
            "Département du Finistère<br/><br/>La Présidente<br/><br/><br/>Anne Kerdoncuff",
        ],
        [
            "Caisse primaire d'assurance maladie du Finistère<br/><br/>Le Directeur<br/><br/><br/>Hervé Le Gall",
            "",
        ],
    ]
    story.append(grid(cells, [TEXT_WIDTH / 2] * 2, head=False))
    return story


def deliberation_story() -> list[Any]:
    """Deliberation of the conseil d'agglomération approving the CLS of Grand Saint-Dizier."""
    return [
        p("COMMUNAUTÉ D'AGGLOMÉRATION GRAND SAINT-DIZIER, DER ET VALLÉES", CENTER),
        p("Département de la Haute-Marne", CENTER),
        p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D'AGGLOMÉRATION", H2),
        p("Séance du lundi 29 janvier 2024 – Convocation du 22 janvier 2024", SMALL),
        p("Membres en exercice : 62 – Présents : 49 – Pouvoirs : 6 – Votants : 55", SMALL),
        p(
            "Ordre du jour : 1. Débat d'orientation budgétaire 2024 ; 2. Contrat local de santé 2024-2028 ; 3. Tarifs des piscines ; 4. Motion sur la ligne ferroviaire Saint-Dizier – Chaumont.",
            SMALL,
        ),
        p("Délibération n° 2024-01-29-02 – Contrat local de santé", H1),
        p("Rapporteur : le Vice-président délégué à la santé", SMALL),
        p("Vu le code général des collectivités territoriales ;", SMALL),
        p("Vu le code de la santé publique, notamment son article L. 1434-10 ;", SMALL),
        p("Vu le projet régional de santé Grand Est 2018-2028 ;", SMALL),
        p("Vu la délibération du 26 juin 2023 engageant l'élaboration du contrat ;", SMALL),
        p(
            "Considérant que le diagnostic local de santé, présenté le 4 octobre 2023, fait "
            "apparaître un déficit de plus de vingt médecins généralistes ;"
        ),
        p(
            "Considérant que le projet de premier contrat local de santé de l'agglomération, "
            "conclu pour la période 2024-2028, comprend trente-neuf actions réparties en cinq "
            "axes :"
        ),
        *bullets(
            [
                "Attirer et fidéliser les professionnels de santé ;",
                "Prévenir et promouvoir la santé à chaque âge ;",
                "Agir sur l'environnement et le cadre de vie ;",
                "Soutenir la santé mentale ;",
                "Faciliter l'accès aux droits et aux soins des plus fragiles ;",
            ]
        ),
        p(
            "Considérant que le contrat sera signé par la Communauté d'agglomération, l'Agence "
            "régionale de santé Grand Est, la Préfecture de la Haute-Marne et le Conseil "
            "départemental de la Haute-Marne ;"
        ),
        p(
            "Le conseil d'agglomération, après en avoir délibéré, par 53 voix pour et 2 "
            "abstentions :"
        ),
        p("<b>APPROUVE</b> le contrat local de santé 2024-2028 ;"),
        p("<b>AUTORISE</b> le Président à le signer, ainsi que tout document s'y rapportant ;"),
        p(
            "<b>DIT</b> que la dépense de coordination, estimée à 48 000 euros par an, est inscrite au budget 2024."
        ),
        Spacer(1, 0.4 * cm),
        p(
            "Fait et délibéré les jour, mois et an susdits. Pour extrait conforme, Saint-Dizier, le 30 janvier 2024.",
            SMALL,
        ),
        p("Le Président, Marc Vaugirard", SMALL),
        p(
            "Acte rendu exécutoire après transmission en préfecture le 31/01/2024 et publication le 01/02/2024.",
            SMALL,
        ),
    ]


def brochure_story() -> list[Any]:
    """A two-column brochure presenting the CLS of the PETR du Pays de Lafayette."""
    return [
        p("PETR du Pays de Lafayette", COVER_TOP),
        p("Notre contrat local de santé 2024-2028", H1),
        p(
            "<b>Signé en juillet 2024</b>, le deuxième contrat local de santé du Pays de Lafayette "
            "prend le relais du premier contrat (2018-2022). Il met en œuvre, au plus près des "
            "habitants, le projet régional de santé 2018-2028 de l'ARS Auvergne-Rhône-Alpes et "
            "le projet territorial de santé mentale 2022-2026."
        ),
        p("Qui s'engage ?", H2),
        *bullets(
            [
                "le PETR du Pays de Lafayette ;",
                "l'Agence régionale de santé Auvergne-Rhône-Alpes ;",
                "la Préfecture de la Haute-Loire ;",
                "le Département de la Haute-Loire ;",
                "la CPAM de la Haute-Loire ;",
                "la MSA Auvergne.",
            ]
        ),
        p("Chiffres clés", H2),
        p(
            "3 communautés de communes membres · 71 communes · 45 000 habitants · 1 habitant "
            "sur 3 a plus de 60 ans · 14 médecins généralistes de moins qu'en 2015",
            SMALL,
        ),
        p("Nos priorités", H2),
        p(
            "<b>Axe 1 – Agir sur les déterminants de santé.</b> Mobilité, logement, "
            "alimentation : la santé se construit d'abord en dehors du cabinet médical."
        ),
        p(
            "<b>Axe 2 – Favoriser l'accès aux soins et à la prévention.</b> Repérer les "
            "ruptures de parcours et rapprocher les dépistages des habitants."
        ),
        FrameBreak(),
        p(
            "<b>Axe 3 – Prendre soin de la santé mentale.</b> Former les acteurs de première "
            "ligne et faire connaître les ressources du territoire."
        ),
        p(
            "<b>Axe 4 – Accompagner les plus vulnérables.</b> Personnes âgées, personnes en "
            "situation de handicap, personnes en précarité."
        ),
        p(
            "Ces quatre axes regroupent vingt actions, pilotées par les signataires et leurs "
            "partenaires."
        ),
        p("Appel à projets santé 2025", H2),
        p(
            "Le PETR lance un appel à projets pour soutenir les initiatives locales qui "
            "répondent aux axes du contrat. Dossiers à déposer avant le 31 mars 2025 ; jusqu'à "
            "5 000 euros par projet, dans la limite de 40 000 euros."
        ),
        p("Contact", H2),
        p(
            "Coordination du CLS – PETR du Pays de Lafayette – 04 71 00 00 00 – cls@pays-lafayette.fr",
            SMALL,
        ),
    ]


def _build(
    path: Path, story: list[Any], header: str | None = None, footer: str = "", first: str = "one"
) -> None:
    doc = ContractDoc(str(path), first=first)
    if header is None:
        doc.build(story)
    else:
        doc.multiBuild(story, canvasmaker=running_canvas(header, footer))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for c in LONG_CONTRACTS:
        _build(out / f"{c['id']}.pdf", long_contract(c), c["header"], c["footer"])
        actions = json.dumps(actions_of(c), ensure_ascii=False, indent=2) + "\n"
        (out / f"{c['id']}.actions.json").write_text(actions, encoding="utf-8")
    _build(
        out / "f15-avenant-1-cls-concarneau-cornouaille.pdf",
        avenant_story(),
        "Avenant n° 1 au contrat local de santé de Concarneau Cornouaille Agglomération",
        "CCA – ARS Bretagne",
    )
    _build(out / "f16-deliberation-grand-saint-dizier.pdf", deliberation_story())
    _build(out / "f17-brochure-pays-de-lafayette.pdf", brochure_story(), first="two")


if __name__ == "__main__":
    main()
