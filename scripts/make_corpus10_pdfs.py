#!/usr/bin/env python3
"""Build the PDFs of the corpus10 evaluation fixtures (``tests/fixtures/corpus10/``).

    python scripts/make_corpus10_pdfs.py [--out DIR]

Writes a long signed contract of a PETR (30+ pages, corpus5's layout: cover, contents with
dot leaders, two-column history preamble, articles, ruled fiche tables, a signature grid over
two pages) with its ``NAME.actions.json``, a medium contract whose fiches actions are prose,
an avenant that adds signatories, a municipal council deliberation and a press kit. The
layout helpers are imported from ``corpus5_layout`` and ``make_corpus5_pdfs`` (where
``rl_config.invariant`` is set), so two runs write byte-identical files.
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
from corpus10_contracts import LONG_CONTRACTS
from make_corpus5_pdfs import TEXT_WIDTH, _build, actions_of, long_contract
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Spacer

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus10"

SERRE_FICHES: list[tuple[str, str, str]] = [
    (
        "1",
        "Faciliter l'installation de médecins généralistes",
        "La communauté de communes pilote cette action avec le centre hospitalier d'Embrun. "
        "Elle propose aux internes un logement meublé à Embrun et un accueil sur les "
        "saisons. Le calendrier court de 2023 à 2027.",
    ),
    (
        "2",
        "Organiser les soins non programmés pendant la saison touristique",
        "Pilotée par la CPTS Serre-Ponçon, l'action coordonne les cabinets et le service des "
        "urgences d'Embrun pendant les mois de juillet et d'août, de 2023 à 2025.",
    ),
    (
        "3",
        "Développer la téléconsultation dans les communes de montagne",
        "Le centre hospitalier d'Embrun équipe deux mairies d'une cabine de téléconsultation "
        "en 2024 ; un bilan est prévu en 2026.",
    ),
    (
        "4",
        "Prévenir les conduites à risque chez les saisonniers",
        "L'association Addictions France 05 intervient dans les stations et les campings "
        "auprès des travailleurs saisonniers chaque été de 2023 à 2027.",
    ),
    (
        "5",
        "Promouvoir l'activité physique des seniors",
        "La communauté de communes organise des séances de marche nordique et de gymnastique "
        "douce avec les clubs locaux, de 2023 à 2027.",
    ),
    (
        "6",
        "Améliorer la participation au dépistage du cancer du sein",
        "La CPAM des Hautes-Alpes relance les femmes de 50 à 74 ans qui ne se sont pas fait "
        "dépister et organise un transport vers Gap en 2024 et 2025.",
    ),
    (
        "7",
        "Sensibiliser à la santé environnementale et au radon",
        "Le service santé-environnement de l'ARS mesure le radon dans les écoles et informe "
        "les familles, de 2024 à 2026.",
    ),
    (
        "8",
        "Former des secouristes en santé mentale",
        "La communauté de communes finance la formation de quarante secouristes parmi les "
        "agents publics et les bénévoles, de 2023 à 2025.",
    ),
    (
        "9",
        "Créer un annuaire des ressources en santé mentale",
        "Le centre médico-psychologique d'Embrun recense les ressources du territoire ; "
        "l'annuaire paraît en 2024.",
    ),
    (
        "10",
        "Accompagner les personnes isolées après une hospitalisation",
        "Le centre hospitalier d'Embrun et le CIAS de Serre-Ponçon organisent des appels et "
        "des visites de suivi, de 2024 à 2027.",
    ),
    (
        "11",
        "Animer et évaluer le contrat local de santé",
        "La coordinatrice du contrat réunit le comité technique chaque trimestre et prépare "
        "l'évaluation finale en 2027.",
    ),
]


def medium_contract_story() -> list[Any]:
    """A 13-page contract whose fiches actions are prose paragraphs."""
    story: list[Any] = [
        Spacer(1, 3 * cm),
        p("Communauté de communes Serre-Ponçon", COVER_TOP),
        Spacer(1, 0.6 * cm),
        p("CONTRAT LOCAL DE SANTÉ", COVER_TITLE),
        p("de la Communauté de communes Serre-Ponçon", COVER_SUB),
        p("2023 – 2027", COVER_SUB),
        Spacer(1, 5 * cm),
        p(
            "Agence régionale de santé Provence-Alpes-Côte d'Azur – Préfecture des Hautes-Alpes – "
            "Département des Hautes-Alpes – CPAM des Hautes-Alpes – Centre hospitalier d'Embrun",
            CENTER,
        ),
        PageBreak(),
        p("Sommaire", CENTER),
        toc(),
        PageBreak(),
        p("Préambule", H1),
        p(
            "La Communauté de communes Serre-Ponçon regroupe 17 communes autour du lac et "
            "compte près de 16 000 habitants, dont la population triple en été. Le territoire "
            "ne disposait jusqu'ici d'aucun contrat local de santé : le présent document est "
            "le premier contrat signé pour ce bassin de vie."
        ),
        p(
            "Le diagnostic, conduit en 2022 par le Comité régional d'éducation pour la santé "
            "(CRES) Provence-Alpes-Côte d'Azur, a recueilli l'avis de 310 habitants. Le contrat "
            "s'inscrit dans le Projet régional de santé 2023-2028 et dans le Plan régional "
            "santé environnement."
        ),
        p("Article 1 – Parties", H2),
        p(
            "Le présent contrat est conclu entre la Communauté de communes Serre-Ponçon, "
            "l'Agence régionale de santé Provence-Alpes-Côte d'Azur, la Préfecture des "
            "Hautes-Alpes, le Département des Hautes-Alpes, la Caisse primaire d'assurance "
            "maladie des Hautes-Alpes et le Centre hospitalier d'Embrun."
        ),
        p(
            "La CPTS Serre-Ponçon et le CRES Provence-Alpes-Côte d'Azur participent aux "
            "instances du contrat en qualité de partenaires, sans en être signataires."
        ),
        p("Article 2 – Durée", H2),
        p(
            "Le contrat prend effet à sa signature pour une durée de cinq ans, de 2023 à 2027. "
            "Il peut être modifié par avenant."
        ),
        p("Article 3 – Gouvernance", H2),
        p(
            "Un comité de pilotage réunit les signataires une fois par an ; un comité "
            "technique, animé par la coordinatrice, suit les actions."
        ),
        PageBreak(),
        p("Les orientations du contrat", H1),
        p("Le programme s'organise en quatre axes :"),
        p("I. Accès aux soins et attractivité du territoire"),
        p("II. Prévention et promotion de la santé"),
        p("III. Santé mentale et parcours de vie"),
        p("IV. Axe transversal : animation, coordination et évaluation du contrat"),
        p(
            "Ces axes se déclinent en onze fiches actions, présentées ci-après. Les fiches 1 à 3 "
            "relèvent de l'axe I, les fiches 4 à 7 de l'axe II, les fiches 8 à 10 de l'axe III "
            "et la fiche 11 de l'axe transversal."
        ),
    ]
    axis_of = {1: "I", 2: "I", 3: "I", 4: "II", 5: "II", 6: "II", 7: "II", 8: "III", 9: "III"}
    for number, title, text in SERRE_FICHES:
        axis = axis_of.get(int(number), "III" if number == "10" else "IV")
        story += [
            p(f"Fiche action {number} – {title}", H2),
            p(f"<i>Axe {axis}</i>", SMALL),
            p(text),
            p(
                "Indicateurs : nombre de personnes touchées, nombre de partenaires mobilisés, "
                "évolution des délais d'accès. Financement : crédits de droit commun des "
                "partenaires et, le cas échéant, fonds d'intervention régional."
            ),
            PageBreak(),
        ]
    story += [
        p("Signatures", H1),
        p("Fait à Embrun, le 6 avril 2023."),
    ]
    rows = [
        [
            "Pour la Communauté de communes Serre-Ponçon<br/>Le Président<br/><br/>Victor Arnaudon",
            "Pour l'Agence régionale de santé Provence-Alpes-Côte d'Azur<br/>Le Directeur "
            "général<br/><br/>Yannick Barberis",
        ],
        [
            "Pour le Préfet des Hautes-Alpes<br/>La Sous-Préfète de Briançon<br/><br/>Mireille "
            "Chabrand",
            "Pour le Département des Hautes-Alpes<br/>La Vice-présidente<br/><br/>Ghislaine Roux",
        ],
        [
            "Pour la CPAM des Hautes-Alpes<br/>Le Directeur<br/><br/>Thierry Ollivier",
            "Pour le Centre hospitalier d'Embrun<br/>La Directrice<br/><br/>Anne-Laure Gontard",
        ],
    ]
    story.append(grid(rows, [TEXT_WIDTH / 2] * 2, head=False))
    return story


ARLYSERE_SIGNATORIES = [
    ("Communauté d'agglomération Arlysère", "Le Président"),
    (
        "Agence régionale de santé Auvergne-Rhône-Alpes",
        "Pour le Directeur général, la Déléguée départementale de la Savoie",
    ),
    ("Préfecture de la Savoie", "Pour le Préfet, le Sous-Préfet d'Albertville"),
    ("Caisse primaire d'assurance maladie de la Savoie", "Le Directeur"),
    ("Mutualité sociale agricole Alpes du Nord", "La Directrice générale"),
    ("Centre hospitalier Albertville-Moûtiers", "Le Directeur"),
    ("Département de la Savoie", "Le Président"),
    ("CPTS Arlysère", "La Présidente"),
]


def avenant_story() -> list[Any]:
    """Avenant n° 2 to the Arlysère contract: two new signatories."""
    story: list[Any] = [
        p("AVENANT N° 2", COVER_TITLE),
        p("au contrat local de santé d'Arlysère 2021-2025", COVER_SUB),
        Spacer(1, 0.8 * cm),
        p("Vu le code de la santé publique, notamment son article L. 1434-10 ;", SMALL),
        p(
            "Vu le contrat local de santé du territoire d'Arlysère, signé à Albertville le 25 "
            "novembre 2021 par six signataires pour la période 2021-2025 ;",
            SMALL,
        ),
        p(
            "Vu l'avenant n° 1 du 19 janvier 2023, qui a prorogé le contrat jusqu'au 31 décembre "
            "2026 afin de l'aligner sur le calendrier du Projet régional de santé ;",
            SMALL,
        ),
        p("Vu le Projet territorial de santé mentale de la Savoie 2020-2025 ;", SMALL),
        p(
            "Vu la délibération du conseil communautaire d'Arlysère du 15 février 2024 et la "
            "délibération de la commission permanente du Département du 26 février 2024 ;",
            SMALL,
        ),
        p("Préambule", H1),
        p(
            "Le contrat, porté par la Communauté d'agglomération Arlysère et l'ARS "
            "Auvergne-Rhône-Alpes, rassemble 39 communes et 62 000 habitants. Depuis sa "
            "signature, la CPTS Arlysère s'est constituée et le Département de la Savoie a "
            "souhaité s'engager dans la démarche, qu'il accompagnait jusqu'ici en simple "
            "partenaire."
        ),
        p("Article 1 – Nouveaux signataires", H2),
        p(
            "Le Département de la Savoie et la Communauté professionnelle territoriale de santé "
            "(CPTS) Arlysère deviennent signataires du contrat. Le nombre de signataires est "
            "ainsi porté de six à huit."
        ),
        p("Article 2 – Programme d'actions", H2),
        p(
            "Les cinq axes stratégiques du contrat sont inchangés. Deux fiches actions, l'une "
            "sur les soins non programmés, l'autre sur l'accompagnement des aidants, "
            "s'ajoutent aux vingt-six fiches initiales : le programme compte désormais "
            "vingt-huit fiches actions."
        ),
        p("Article 3 – Autres stipulations", H2),
        p(
            "La durée du contrat, telle que fixée par l'avenant n° 1, et ses autres stipulations "
            "demeurent inchangées."
        ),
        PageBreak(),
        p("Signatures", H1),
        p("Fait à Albertville, le 12 mars 2024, en huit exemplaires."),
    ]
    rows = [[f"{inst}<br/>{title}<br/><br/>", ""] for inst, title in ARLYSERE_SIGNATORIES]
    story.append(grid(rows, [TEXT_WIDTH * 0.6, TEXT_WIDTH * 0.4], head=False))
    return story


def deliberation_story() -> list[Any]:
    """A municipal council deliberation approving a third contract before its signature."""
    return [
        p("VILLE DE SAINT-DIÉ-DES-VOSGES", CENTER),
        p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", CENTER),
        p("Séance du vendredi 24 mai 2024", CENTER),
        Spacer(1, 0.4 * cm),
        p(
            "Nombre de conseillers en exercice : 35 – présents : 28 – représentés : 5 – "
            "votants : 33. Date de convocation : 17 mai 2024.",
            SMALL,
        ),
        p("Délibération n° 2024-05-12 – Contrat local de santé 2024-2028", H2),
        p("Rapporteur : Mme Laurence Virion, adjointe déléguée à la santé et aux solidarités."),
        p(
            "Vu le code général des collectivités territoriales ; vu le code de la santé "
            "publique, notamment son article L. 1434-10 ;",
            SMALL,
        ),
        p(
            "Vu la délibération du 28 juin 2013 approuvant le premier contrat local de santé de "
            "la Ville (2013-2017), et celle du 6 juillet 2018 approuvant le deuxième contrat "
            "(2018-2022), prorogé jusqu'au 31 décembre 2023 ;",
            SMALL,
        ),
        p(
            "Vu le Projet régional de santé Grand Est 2018-2028 et le contrat de ville 2024-2030 ;",
            SMALL,
        ),
        p(
            "Considérant que le diagnostic local de santé, mené de septembre 2023 à février "
            "2024, a associé 64 professionnels et 420 habitants ;",
            SMALL,
        ),
        p(
            "Considérant que le troisième contrat local de santé, élaboré avec l'Agence "
            "régionale de santé Grand Est, retient cinq axes : 1° l'accès aux soins de premier "
            "recours ; 2° la santé mentale ; 3° la prévention des maladies chroniques ; 4° la "
            "santé des enfants et des jeunes ; 5° la santé environnementale ;",
            SMALL,
        ),
        p(
            "Considérant que ces axes se déclinent en trente et une actions et que le contrat "
            "sera signé par la Ville, l'Agence régionale de santé Grand Est, la Préfecture des "
            "Vosges, le Département des Vosges, la Caisse primaire d'assurance maladie des "
            "Vosges et la Communauté d'agglomération de Saint-Dié-des-Vosges ;",
            SMALL,
        ),
        p("Le Conseil municipal, après en avoir délibéré,"),
        *bullets(
            [
                "APPROUVE le contrat local de santé de la Ville de Saint-Dié-des-Vosges pour "
                "les années 2024 à 2028 ;",
                "AUTORISE le Maire à le signer lors de la cérémonie prévue le 21 juin 2024 "
                "ainsi que tout document s'y rapportant ;",
                "DIT que les crédits, soit 45 000 euros, sont inscrits au budget 2024.",
            ]
        ),
        p("Adopté à l'unanimité des suffrages exprimés (31 pour, 2 abstentions)."),
        Spacer(1, 0.4 * cm),
        p(
            "Pour extrait conforme, le Maire, Gérard Hantzberg. Acte rendu exécutoire après "
            "transmission en préfecture le 29 mai 2024.",
            SMALL,
        ),
    ]


def press_kit_story() -> list[Any]:
    """A five-page press kit for the signing of Pantin's fourth contract."""
    return [
        Spacer(1, 3 * cm),
        p("DOSSIER DE PRESSE", COVER_TITLE),
        p("Signature du contrat local de santé de Pantin", COVER_SUB),
        p("Mardi 10 octobre 2023 – Hôtel de ville", COVER_SUB),
        Spacer(1, 6 * cm),
        p(
            "Contacts presse : Service communication de la Ville de Pantin – 01 00 00 00 10 – "
            "presse@pantin-ville.example",
            SMALL,
        ),
        PageBreak(),
        p("Sommaire", CENTER),
        toc(),
        PageBreak(),
        p("Communiqué", H1),
        p(
            "Pantin, le 10 octobre 2023. La Ville de Pantin et l'Agence régionale de santé "
            "Île-de-France signent ce mardi le quatrième contrat local de santé de la commune, "
            "pour la période 2023-2027. Trois autres institutions s'engagent à leurs côtés : "
            "la Préfecture de la Seine-Saint-Denis, la CPAM 93 et l'établissement public "
            "territorial Est Ensemble."
        ),
        p(
            "Le contrat prend la suite des contrats de 2011, 2015 et 2018. Il a été préparé "
            "avec le conseil local de santé mentale, créé en 2014, et avec l'Atelier santé "
            "ville. Le groupe hospitalier intercommunal Le Raincy-Montfermeil et la CPTS de "
            "Pantin sont associés à plusieurs actions sans être signataires."
        ),
        PageBreak(),
        p("Les cinq axes du contrat", H1),
        *bullets(
            [
                "Garantir l'accès aux droits et aux soins",
                "Promouvoir la santé mentale et le bien-être",
                "Agir sur l'environnement et le cadre de vie",
                "Prévenir les maladies chroniques par l'alimentation et l'activité physique",
                "Accompagner la santé des enfants, des jeunes et des familles",
            ],
            "•",
        ),
        p(
            "Le programme compte 42 actions, dont 12 nouvelles. Le précédent contrat en "
            "comptait 36."
        ),
        PageBreak(),
        p("Pantin en chiffres", H1),
        *bullets(
            [
                "60 000 habitants, dont 38 % dans un quartier prioritaire",
                "3 centres municipaux de santé",
                "1 médecin généraliste pour 2 000 habitants",
                "Contrat de ville 2024-2030 en préparation",
            ]
        ),
        p("Programme de la signature", H2),
        p(
            "10 h 30 : accueil ; 11 h : signature ; 11 h 45 : visite du centre municipal de santé.",
            BODY,
        ),
    ]


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
        out / "m11-cls-serre-poncon-2023-2027.pdf",
        medium_contract_story(),
        "Contrat local de santé de la Communauté de communes Serre-Ponçon 2023-2027",
        "CC Serre-Ponçon – ARS Provence-Alpes-Côte d'Azur",
    )
    _build(
        out / "m12-avenant-2-cls-arlysere.pdf",
        avenant_story(),
        "Avenant n° 2 au contrat local de santé d'Arlysère",
        "Arlysère – ARS Auvergne-Rhône-Alpes",
    )
    _build(out / "m13-deliberation-saint-die-des-vosges.pdf", deliberation_story())
    _build(
        out / "m14-dossier-de-presse-pantin.pdf",
        press_kit_story(),
        "Dossier de presse – CLS de Pantin",
        "Ville de Pantin",
    )


if __name__ == "__main__":
    main()
