#!/usr/bin/env python3
"""Build the PDFs of the corpus9 evaluation fixtures (``tests/fixtures/corpus9/``).

    python scripts/make_corpus9_pdfs.py [--out DIR]

Writes a long signed contract (30+ pages, with its ``NAME.actions.json``; signature grid
over two pages), a medium signed contract whose fiches actions are prose, an avenant, a
press kit and a deliberation. The layout helpers are corpus5's (``corpus5_layout``,
``make_corpus5_pdfs``), imported, not copied; ``rl_config.invariant`` is set there, so that
two runs write byte-identical files. The wording is the team's own; sources in the README.
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
from corpus9_contracts import LONG_CONTRACTS
from make_corpus5_pdfs import TEXT_WIDTH, _build, _cover, _fiche_page, _paragraphs, actions_of
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Spacer

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus9"


def _signature_cells(entries: list[tuple[str, str, str]]) -> list[list[str]]:
    cells = []
    for i in range(0, len(entries), 2):
        row = [
            f"{inst}<br/><br/>{title}<br/><br/><br/>{name}"
            for inst, title, name in entries[i : i + 2]
        ]
        cells.append(row + [""] * (2 - len(row)))
    return cells


def long_contract_two_page_grid(c: dict[str, Any]) -> list[Any]:
    """corpus5's long contract, with the signature grid split over two pages."""
    story: list[Any] = [*_cover(c), PageBreak(), p("Sommaire", CENTER), toc(), PageBreak()]
    story += [p("Préambule", H1), *_paragraphs(c["preamble"]), PageBreak()]
    story += [p("I. Les parties", H1), p("ENTRE :", BODY)]
    for name, rep in c["parties"]:
        story.append(p(f"<b>{name}</b>, {rep},"))
    story.append(p(c["coparties_intro"]))
    for name, rep in c["coparties"]:
        story.append(p(f"<b>{name}</b>, {rep},"))
    story += [Spacer(1, 0.3 * cm), *[p(v, SMALL) for v in c["vu"]]]
    story += [
        p("Il est convenu ce qui suit.", BODY),
        PageBreak(),
        p("II. Dispositions générales", H1),
    ]
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
    story += [grid(rows, [3.4 * cm, 8.4 * cm, TEXT_WIDTH - 11.8 * cm]), PageBreak()]
    seen: set[int] = set()
    for f in c["fiches"]:
        if f["axis"] not in seen:
            seen.add(f["axis"])
            label, title = c["axes"][f["axis"] - 1]
            story.append(p(f"{label} – {title}", H1))
        story += _fiche_page(c, f)
    entries = c["grid"]
    story += [p("IV. Signatures", H1), p(c["signature_line"]), Spacer(1, 0.4 * cm)]
    story += [grid(_signature_cells(entries[:6]), [TEXT_WIDTH / 2] * 2, head=False), PageBreak()]
    story += [p("Signatures (suite)", H2)]
    story += [grid(_signature_cells(entries[6:]), [TEXT_WIDTH / 2] * 2, head=False), PageBreak()]
    story += [p("Annexe – Glossaire", H1)]
    story += [p(f"<b>{term}</b> : {meaning}") for term, meaning in c["annex"]]
    return story


ACV_FICHES = [
    (
        "1",
        1,
        "Accueillir les futurs professionnels de santé",
        "La communauté de communes organise chaque été l'accueil des internes et des étudiants en "
        "stage : logement meublé à Saint-Amans-des-Côts, visite du territoire, rencontre avec les "
        "maisons de santé. Pilote : Communauté de communes Aubrac Carladez Viadène. Partenaires : "
        "Conseil départemental de l'Aveyron, CPTS du Nord-Aveyron. Calendrier : de 2025 à 2029.",
    ),
    (
        "2",
        1,
        "Développer la téléconsultation accompagnée",
        "Deux points de téléconsultation sont installés dans les pharmacies de Mur-de-Barrez et de "
        "Laguiole, avec l'aide d'une infirmière. Pilote : CPAM de l'Aveyron. Partenaires : maisons de "
        "santé, pharmaciens. Calendrier : installation en 2025, bilan en 2027.",
    ),
    (
        "3",
        1,
        "Organiser le transport vers les lieux de soins",
        "Un service de transport solidaire, animé par des bénévoles, conduit les personnes sans "
        "véhicule vers les consultations de Rodez et d'Espalion. Pilote : Communauté de communes "
        "Aubrac Carladez Viadène. Partenaire : MSA Midi-Pyrénées Nord. Calendrier : 2025-2029.",
    ),
    (
        "4",
        2,
        "Bouger plus, manger mieux à tout âge",
        "Ateliers d'activité physique adaptée et de cuisine dans les villages, en lien avec les "
        "clubs sportifs et les cantines scolaires. Pilote : MSA Midi-Pyrénées Nord. Partenaires : "
        "associations sportives, écoles. Calendrier : 2025-2028.",
    ),
    (
        "5",
        2,
        "Prévenir le mal-être en milieu agricole",
        "Sentinelles formées au repérage de la détresse des exploitants, cellule d'écoute et "
        "orientation. Pilote : MSA Midi-Pyrénées Nord. Partenaire : Chambre d'agriculture de "
        "l'Aveyron. Calendrier : 2025-2029.",
    ),
    (
        "6",
        2,
        "Protéger la qualité de l'eau potable",
        "Suivi des captages les plus exposés et information des abonnés des réseaux communaux. "
        "Pilote : Agence régionale de santé Occitanie. Partenaires : communes, syndicats des eaux. "
        "Calendrier : 2026-2029.",
    ),
    (
        "7",
        3,
        "Repérer la fragilité des personnes âgées",
        "Visites à domicile par les services d'aide et les infirmiers libéraux, grille de repérage "
        "commune, orientation vers le dispositif d'appui à la coordination. Pilote : Conseil "
        "départemental de l'Aveyron. Partenaires : CPTS du Nord-Aveyron, services d'aide à domicile. "
        "Calendrier : 2025-2029.",
    ),
    (
        "8",
        3,
        "Soutenir les aidants",
        "Cafés des aidants itinérants et journées de répit. Pilote : Communauté de communes Aubrac "
        "Carladez Viadène. Partenaire : plateforme d'accompagnement et de répit. Calendrier : "
        "2025-2027.",
    ),
    (
        "9",
        3,
        "Lutter contre l'isolement des seniors",
        "Appels réguliers par des bénévoles et repérage des personnes isolées lors des épisodes de "
        "canicule et de grand froid. Pilote : centres communaux d'action sociale. Partenaire : "
        "Conseil départemental de l'Aveyron. Calendrier : 2025-2029.",
    ),
]

ACV_AXES = [
    "Renforcer l'offre de soins de proximité",
    "Agir sur les déterminants de santé",
    "Accompagner le bien vieillir à domicile",
]


def medium_contract_story() -> list[Any]:
    """A 12-page signed contract whose fiches actions are prose paragraphs."""
    story: list[Any] = [
        Spacer(1, 3 * cm),
        p("Aveyron – Aubrac, Carladez et Viadène", COVER_TOP),
        Spacer(1, 0.6 * cm),
        p("CONTRAT LOCAL DE SANTÉ<br/>AUBRAC CARLADEZ VIADÈNE", COVER_TITLE),
        p("2025 – 2029", COVER_SUB),
        Spacer(1, 5 * cm),
        p(
            "Communauté de communes Aubrac Carladez Viadène – Agence régionale de santé Occitanie",
            CENTER,
        ),
        PageBreak(),
        p("Sommaire", CENTER),
        toc(),
        PageBreak(),
        p("Préambule", H1),
        p(
            "La communauté de communes réunit 37 communes et environ 10 500 habitants sur un "
            "plateau où la commune la plus peuplée compte moins de 1 300 habitants. Après une "
            "phase de préfiguration ouverte en 2023, un diagnostic partagé a été conduit en 2024 "
            "auprès de 260 habitants et de 48 professionnels."
        ),
        p(
            "Ce contrat est le premier contrat local de santé de la communauté de communes. Il "
            "décline le Projet régional de santé Occitanie 2023-2028 ; le schéma départemental de "
            "l'autonomie 2022-2026 et le plan alimentaire territorial complètent le cadre."
        ),
        p("Les parties", H2),
        p(
            "Le contrat est conclu entre l'Agence régionale de santé Occitanie, représentée par "
            "son directeur général, et la Communauté de communes Aubrac Carladez Viadène, "
            "représentée par son président, qui le portent conjointement. Le Conseil "
            "départemental de l'Aveyron, la Caisse primaire d'assurance maladie de l'Aveyron et la "
            "MSA Midi-Pyrénées Nord le signent en qualité de signataires associés."
        ),
        p(
            "Le Centre hospitalier de Rodez et la CPTS du Nord-Aveyron sont partenaires du "
            "contrat ; ils participent aux groupes de travail sans en être signataires."
        ),
        PageBreak(),
        p("Dispositions générales", H1),
        p("Article 1 – Objet", H2),
        p(
            "Le contrat fixe trois axes prioritaires et neuf fiches actions, présentées ci-après "
            "sous forme rédigée."
        ),
        p("Article 2 – Durée", H2),
        p(
            "Le contrat couvre la période 2025-2029. Il peut être prolongé d'un an par avenant "
            "si le comité de pilotage le décide."
        ),
        p("Article 3 – Gouvernance", H2),
        p(
            "Le comité de pilotage, coprésidé par le président de la communauté de communes et le "
            "directeur de la délégation départementale de l'ARS, se réunit une fois par an. La "
            "coordinatrice du contrat, recrutée en 2024, anime un comité technique semestriel."
        ),
        p("Article 4 – Financement", H2),
        p(
            "L'ARS participe à hauteur de 50 % au financement du poste de coordination, dans la "
            "limite de 30 000 euros par an."
        ),
        p("Article 5 – Évaluation", H2),
        p("Un bilan à mi-parcours est prévu en 2027 et une évaluation finale en 2029."),
        PageBreak(),
        p("Les axes prioritaires", H1),
        p(
            "Axe prioritaire 1 : "
            + ACV_AXES[0]
            + ". Axe prioritaire 2 : "
            + ACV_AXES[1]
            + ". Axe prioritaire 3 : "
            + ACV_AXES[2]
            + "."
        ),
        PageBreak(),
    ]
    for number, axis, title, text in ACV_FICHES:
        story += [
            p(f"Fiche action {number} – {title}", H2),
            p(f"Rattachée à l'axe prioritaire {axis} ({ACV_AXES[axis - 1]})."),
            p(text),
            PageBreak(),
        ]
    story += [
        p("Signatures", H1),
        p("Fait à Saint-Amans-des-Côts, le 6 mars 2025."),
        grid(
            [
                [
                    "Agence régionale de santé Occitanie<br/>Le Directeur général<br/><br/>Didier Jaffre",
                    "Communauté de communes<br/>Aubrac Carladez Viadène<br/>Le Président<br/><br/>Jean Valadier",
                ],
                [
                    "Conseil départemental de l'Aveyron<br/>Le Président<br/><br/>Arnaud Viala",
                    "CPAM de l'Aveyron<br/>La Directrice<br/><br/>Martine Cabrolier",
                ],
                ["MSA Midi-Pyrénées Nord<br/>Le Directeur général<br/><br/>Pascal Delmouly", ""],
            ],
            [TEXT_WIDTH / 2] * 2,
            head=False,
        ),
    ]
    return story


MONT_DE_MARSAN_SIGNATORIES = [
    ("Ville de Mont-de-Marsan", "Le Maire"),
    ("Ville de Saint-Pierre-du-Mont", "Le Maire"),
    ("Agence régionale de santé Aquitaine", "Le Directeur général"),
    ("Préfecture des Landes", "Le Préfet"),
    ("Conseil général des Landes", "Le Président"),
    (
        "Direction des services départementaux de l'Éducation nationale des Landes",
        "Le Directeur académique",
    ),
]


def avenant_story() -> list[Any]:
    rows = [["Institution", "Qualité", "Signature"]]
    rows += [[inst, title, ""] for inst, title in MONT_DE_MARSAN_SIGNATORIES]
    return [
        p("AVENANT N° 1", COVER_TITLE),
        p(
            "au contrat local de santé du territoire montois<br/>Mont-de-Marsan – Saint-Pierre-du-Mont",
            COVER_SUB,
        ),
        Spacer(1, 0.6 * cm),
        p("Vu le code de la santé publique, notamment son article L. 1434-17 ;", SMALL),
        p("Vu le Projet régional de santé d'Aquitaine 2012-2016 ;", SMALL),
        p(
            "Vu le contrat local de santé du territoire montois, signé à Mont-de-Marsan le 28 "
            "janvier 2013 par ses six signataires pour la période 2013-2015, porté conjointement "
            "par la Ville de Mont-de-Marsan et la Ville de Saint-Pierre-du-Mont ;",
            SMALL,
        ),
        p(
            "Vu les délibérations des conseils municipaux de Mont-de-Marsan du 24 novembre 2015 "
            "et de Saint-Pierre-du-Mont du 26 novembre 2015 ;",
            SMALL,
        ),
        p("Préambule", H2),
        p(
            "Le contrat local de santé du territoire montois a été le premier contrat local de "
            "santé signé en Aquitaine. Il s'organise en trois axes : l'accès aux droits et aux "
            "soins des publics fragiles, la prévention et la promotion de la santé, la santé "
            "mentale et la souffrance psychosociale. Ses seize fiches actions visent en priorité "
            "cinq quartiers : le centre-ville, le Peyrouat, le Rond et le Majouraou à "
            "Mont-de-Marsan, la Moustey à Saint-Pierre-du-Mont."
        ),
        p(
            "Le nouveau Projet régional de santé de la grande région Nouvelle-Aquitaine n'étant "
            "pas encore adopté, les signataires souhaitent prolonger le contrat plutôt que d'en "
            "conclure un deuxième dès 2016."
        ),
        p("Article 1 – Prolongation", H2),
        p(
            "La durée du contrat est prolongée de deux ans. Le contrat prend fin le 31 décembre "
            "2017."
        ),
        p("Article 2 – Programme d'actions", H2),
        p(
            "Les seize fiches actions restent en vigueur. La fiche 2.3 relative au dépistage "
            "bucco-dentaire est étendue aux écoles maternelles."
        ),
        p("Article 3 – Autres dispositions", H2),
        p(
            "Les autres stipulations du contrat demeurent inchangées. Le présent avenant prend "
            "effet le 1er janvier 2016."
        ),
        p("Fait à Mont-de-Marsan, le 17 décembre 2015, en six exemplaires.", BODY),
        grid(rows, [7.5 * cm, 4.5 * cm, TEXT_WIDTH - 12 * cm]),
    ]


AURILLAC_SIGNATORIES = [
    "Syndicat mixte du SCoT du Bassin d'Aurillac, du Carladès et de la Châtaigneraie Cantalienne",
    "Agence régionale de santé Auvergne-Rhône-Alpes",
    "Direction départementale de l'emploi, du travail, des solidarités et de la protection des populations (DDETSPP) du Cantal",
    "Centre hospitalier d'Aurillac",
    "Conseil départemental du Cantal",
    "Ville d'Aurillac",
    "Caisse primaire d'assurance maladie du Cantal",
    "Conseil départemental de l'ordre des médecins du Cantal",
    "MSA Auvergne",
    "Dispositif d'appui à la coordination du Cantal (DAC 15)",
]


def press_kit_story() -> list[Any]:
    return [
        Spacer(1, 2.5 * cm),
        p("DOSSIER DE PRESSE", COVER_TOP),
        p(
            "Contrat local de santé du Bassin d'Aurillac, du Carladès et de la Châtaigneraie Cantalienne",
            COVER_TITLE,
        ),
        p("Signature – Mardi 11 mars 2025 – Aurillac", COVER_SUB),
        Spacer(1, 4 * cm),
        p(
            "Contacts presse : Claire Vidalenc – 04 71 00 00 11 – presse@scot-aurillac.example",
            SMALL,
        ),
        p("Anne Roquebrune (ARS) – 04 72 00 00 22 – ars-presse@ars-ara.example", SMALL),
        PageBreak(),
        p("Sommaire", CENTER),
        toc(),
        PageBreak(),
        p("Communiqué", H1),
        p(
            "Aurillac, le 11 mars 2025 – Ce mardi 11 mars 2025, à 14 h 30, la directrice générale "
            "de l'Agence régionale de santé Auvergne-Rhône-Alpes et le président du Syndicat mixte "
            "du SCoT du Bassin d'Aurillac, du Carladès et de la Châtaigneraie Cantalienne ont signé "
            "le troisième contrat local de santé du bassin, avec huit autres partenaires."
        ),
        p(
            "Ce nouveau contrat, conclu pour la période 2025-2029, prolonge les actions engagées "
            "depuis le premier contrat, signé en 2016, et le deuxième, signé en 2019. Le syndicat "
            "mixte porte le contrat au nom des trois intercommunalités du bassin : Aurillac Agglo, "
            "la Châtaigneraie Cantalienne et Cère et Goul en Carladès."
        ),
        p("Les signataires", H1),
        p("Dix institutions signent le contrat :"),
        *bullets(AURILLAC_SIGNATORIES),
        p("Quatre axes, vingt-cinq actions", H1),
        p("Le programme compte vingt-cinq fiches actions réparties en quatre axes stratégiques :"),
        *bullets(
            [
                "<b>Axe 1.</b> Renforcer la démographie médicale et paramédicale",
                "<b>Axe 2.</b> Structurer les parcours des personnes âgées",
                "<b>Axe 3.</b> Développer le sport-santé et la prévention",
                "<b>Axe 4.</b> Promouvoir la santé mentale",
            ],
            mark="•",
        ),
        PageBreak(),
        p("Chiffres clés", H1),
        *bullets(
            [
                "86 communes et près de 80 000 habitants",
                "3 intercommunalités membres du syndicat mixte",
                "42 bourses versées aux étudiants paramédicaux depuis 2017",
                "12 « Journées seniors » organisées entre 2019 et 2024",
                "27 % des habitants ont plus de 65 ans",
            ]
        ),
        p("Ce qu'ont permis les contrats précédents", H1),
        p(
            "Depuis 2016, les contrats successifs ont financé des bourses pour les étudiants "
            "paramédicaux, l'accompagnement à l'installation de jeunes médecins, des formations "
            "sur la dénutrition et les « Journées seniors ». Le Projet régional de santé "
            "2018-2028 en fixe le cadre."
        ),
        p("Prochain rendez-vous : le premier comité de pilotage, prévu en juin 2025.", SMALL),
    ]


def deliberation_story() -> list[Any]:
    return [
        p("COMMUNAUTÉ DE COMMUNES DES LANDES D'ARMAGNAC", CENTER),
        p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", CENTER),
        p("Séance du 31 mai 2022 – Délibération n° 2022-047", CENTER),
        p(
            "Nombre de conseillers en exercice : 44 – Présents : 35 – Votants : 39. Date de "
            "convocation : 24 mai 2022.",
            SMALL,
        ),
        p("Objet : Approbation du contrat local de santé du Pôle Haute Lande Armagnac", H2),
        p(
            "Vu le code général des collectivités territoriales ; vu le code de la santé publique, "
            "notamment son article L. 1434-10 ; vu la délibération du 15 octobre 2020 par "
            "laquelle la communauté de communes a pris la compétence santé ;"
        ),
        p(
            "Considérant que le Pôle d'équilibre territorial et rural Haute Lande Armagnac porte, "
            "pour ses quatre communautés de communes membres, l'élaboration du premier contrat "
            "local de santé du territoire, à partir du diagnostic réalisé en 2021 par "
            "l'Observatoire régional de la santé ;"
        ),
        p(
            "Considérant que le contrat, conclu pour la période 2022-2026, s'organise en quatre "
            "axes stratégiques : 1° l'attractivité du territoire pour les professionnels de santé ; "
            "2° la prévention et la promotion de la santé ; 3° le parcours des personnes âgées et "
            "des personnes en situation de handicap ; 4° la santé mentale ;"
        ),
        p(
            "Considérant que ces axes sont déclinés en dix-huit fiches actions et que le contrat "
            "sera signé par le PETR Haute Lande Armagnac, l'Agence régionale de santé "
            "Nouvelle-Aquitaine, la Préfecture des Landes, le Conseil départemental des Landes, la "
            "CPAM des Landes et la MSA Sud Aquitaine ; que la signature est prévue le jeudi 23 juin "
            "2022 à Roquefort ;"
        ),
        p(
            "Considérant que le territoire compte 71 communes et 42 116 habitants, et que la "
            "communauté de communes versera au PETR une participation de 6 500 euros pour 2022 ;"
        ),
        p("Le conseil communautaire, après en avoir délibéré, par 37 voix pour et 2 abstentions :"),
        p("APPROUVE le contrat local de santé du Pôle Haute Lande Armagnac 2022-2026 ;"),
        p("AUTORISE le Président à signer tout document relatif à sa mise en œuvre."),
        p("Fait à Roquefort, le 1er juin 2022. Transmis en préfecture le 2 juin 2022.", SMALL),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for c in LONG_CONTRACTS:
        _build(out / f"{c['id']}.pdf", long_contract_two_page_grid(c), c["header"], c["footer"])
        actions = json.dumps(actions_of(c), ensure_ascii=False, indent=2) + "\n"
        (out / f"{c['id']}.actions.json").write_text(actions, encoding="utf-8")
    _build(
        out / "k02-cls-aubrac-carladez-viadene-2025-2029.pdf",
        medium_contract_story(),
        "Contrat local de santé Aubrac Carladez Viadène 2025-2029",
        "CC Aubrac Carladez Viadène – ARS Occitanie",
    )
    _build(
        out / "k03-avenant-1-cls-montois.pdf",
        avenant_story(),
        "Avenant n° 1 – Contrat local de santé du territoire montois",
        "Mont-de-Marsan – Saint-Pierre-du-Mont – ARS Aquitaine",
    )
    _build(
        out / "k04-dossier-de-presse-bassin-d-aurillac.pdf",
        press_kit_story(),
        "Dossier de presse – Contrat local de santé du Bassin d'Aurillac",
        "ARS Auvergne-Rhône-Alpes – Syndicat mixte du SCoT du Bassin d'Aurillac",
    )
    _build(out / "k05-deliberation-landes-d-armagnac-haute-lande.pdf", deliberation_story())


if __name__ == "__main__":
    main()
