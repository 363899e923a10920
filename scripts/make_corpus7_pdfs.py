#!/usr/bin/env python3
"""Build the PDFs of the corpus7 evaluation fixtures (``tests/fixtures/corpus7/``).

    python scripts/make_corpus7_pdfs.py [--out DIR]

Writes a long signed contract (30+ pages, fiches actions as ruled tables, a signature
grid over two pages, with its ``NAME.actions.json``), an avenant n° 2, a two-column
brochure, a mid-term evaluation report and the minutes of a community council. The
layout helpers are corpus5's (``corpus5_layout``, ``make_corpus5_pdfs``), imported, not
copied; ``rl_config.invariant`` is set there, so that two runs write byte-identical
files. The wording is the team's own; sources in the corpus' README.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from corpus5_layout import (
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
)
from corpus7_contracts import GRID, LONG_CONTRACTS
from make_corpus5_pdfs import TEXT_WIDTH, _build, actions_of, long_contract
from reportlab.lib.units import cm
from reportlab.platypus import FrameBreak, PageBreak, Spacer

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus7"


def avenant_story() -> list[Any]:
    """Avenant n° 2 to the Pays Graylois contract: two new signatories, three new fiches."""
    new = [
        ("Mutualité Française Bourgogne-Franche-Comté", "Le Président", "Didier Faivre"),
        ("Maison des adolescents de la Haute-Saône", "La Présidente", "Odile Grandjean"),
    ]
    story: list[Any] = [
        p("Contrat local de santé du Pays Graylois 2021-2025 (CLS 2)", COVER_TOP),
        p("AVENANT N° 2", COVER_TITLE),
        p("Nouveaux signataires et nouvelles fiches actions", COVER_SUB),
        Spacer(1, 0.8 * cm),
        p("Vu le code de la santé publique, notamment son article L. 1434-10 ;", SMALL),
        p(
            "Vu le contrat local de santé du Pays Graylois, deuxième contrat du territoire, signé "
            "à Gray le 8 juillet 2021 par quatorze signataires pour les années 2021 à 2025 ;",
            SMALL,
        ),
        p(
            "Vu l'avenant n° 1 du 14 juin 2022 relatif à la fiche action 1.3 (téléconsultation "
            "accompagnée) ;",
            SMALL,
        ),
        p(
            "Vu le bilan à mi-parcours présenté au comité de pilotage du 17 octobre 2023 ;",
            SMALL,
        ),
        p("Préambule", H1),
        p(
            "Le bilan à mi-parcours a montré que la santé mentale des jeunes et la prévention "
            "portée par les mutuelles gagnaient à être inscrites dans le contrat. La Mutualité "
            "Française Bourgogne-Franche-Comté, jusqu'ici partenaire, et la Maison des adolescents "
            "de la Haute-Saône ont demandé à rejoindre les signataires."
        ),
        p("Article 1 – Signataires", H2),
        p(
            "La Mutualité Française Bourgogne-Franche-Comté et l'association Maison des "
            "adolescents de la Haute-Saône deviennent signataires du contrat, qui réunit désormais seize "
            "signataires."
        ),
        p("Article 2 – Programme d'actions", H2),
        p(
            "Trois fiches actions sont ajoutées : 3.7 « Écouter les jeunes en ligne » et 3.8 "
            "« Former les animateurs jeunesse au repérage de la souffrance psychique » à l'axe "
            "stratégique n° 3 ; 2.7 « Prévenir les risques auditifs » à l'axe stratégique n° 2. "
            "Le programme passe ainsi de vingt-quatre à vingt-sept fiches actions."
        ),
        p("Article 3 – Durée", H2),
        p(
            "La durée du contrat n'est pas modifiée : il prend fin le 31 décembre 2025. Les autres "
            "stipulations du contrat et de l'avenant n° 1 demeurent inchangées."
        ),
        PageBreak(),
        p("Signatures", H1),
        p("Fait à Gray, le 5 décembre 2023, en seize exemplaires."),
    ]
    entries = list(GRID) + new
    rows = []
    for i in range(0, len(entries), 2):
        row = [f"{inst}<br/>{title}<br/><br/>{name}" for inst, title, name in entries[i : i + 2]]
        rows.append(row + [""] * (2 - len(row)))
    story.append(grid(rows, [TEXT_WIDTH / 2] * 2, head=False))
    return story


def brochure_story() -> list[Any]:
    """A two-column brochure (plaquette) of the Loue-Lison contract."""
    return [
        p("Communauté de communes Loue-Lison", COVER_TOP),
        p("Contrat local de santé 2020-2024 : l'essentiel", H1),
        p(
            "<b>Signé à Ornans le 11 décembre 2019</b>, notre premier contrat local de santé "
            "est l'aboutissement de près de deux ans de concertation et d'un diagnostic "
            "partagé. Il engage la communauté de communes et l'Agence régionale de santé "
            "Bourgogne-Franche-Comté aux côtés de la Préfecture du Doubs, du Département du "
            "Doubs, de la CPAM du Doubs et de la MSA de Franche-Comté."
        ),
        p("Le territoire en bref", H2),
        p(
            "72 communes · 25 000 habitants · 1 médecin généraliste pour 1 400 habitants · "
            "26 % d'habitants de plus de 60 ans · PRS Bourgogne-Franche-Comté arrêté en 2018",
            SMALL,
        ),
        p("Quatre axes", H2),
        p(
            "<b>1. Améliorer la prévention</b> – conduites à risque des jeunes, dispositif "
            "« Parole en tête », Pass'Santé Jeunes, dépistage des cancers, alimentation et "
            "activité physique."
        ),
        p(
            "<b>2. Renforcer les soins de proximité</b> – promotion du territoire auprès des "
            "jeunes diplômés, exercice coordonné, parcours des publics fragiles."
        ),
        FrameBreak(),
        p(
            "<b>3. Agir sur la santé environnementale</b> – qualité de l'eau, radon, qualité de "
            "l'air intérieur dans les écoles."
        ),
        p(
            "<b>4. Accompagner les personnes vulnérables</b> – aidants, personnes âgées isolées, "
            "personnes en situation de handicap."
        ),
        p(
            "Au total, dix-sept actions sont programmées ; les premières démarrent au printemps "
            "2020."
        ),
        p("Et ensuite ?", H2),
        p(
            "Un comité de pilotage se réunira chaque année. Un forum santé ouvert à tous aura lieu "
            "le samedi 6 juin 2020 à la salle des fêtes de Quingey. L'ARS soutient la coordination "
            "à hauteur de 30 000 euros par an."
        ),
        p("Contact", H2),
        p(
            "Coordination du CLS – Communauté de communes Loue-Lison – 03 81 00 00 00 – "
            "sante@loue-lison.example",
            SMALL,
        ),
    ]


def evaluation_story() -> list[Any]:
    """Mid-term evaluation of the Bassin Auterivain / Cœur de Garonne / Volvestre contract."""
    status = [
        ["Axe", "Fiches", "Réalisées", "En cours", "Non engagées"],
        ["Accès aux droits et aux soins", "7", "3", "3", "1"],
        ["Vieillissement et handicap", "5", "2", "2", "1"],
        ["Santé mentale et addictions", "5", "2", "2", "1"],
        ["Prévention et environnement favorable", "6", "2", "3", "1"],
        ["Total", "23", "9", "10", "4"],
    ]
    w = TEXT_WIDTH
    return [
        Spacer(1, 2.5 * cm),
        p("Contrat local de santé Bassin Auterivain – Cœur de Garonne – Volvestre", COVER_TOP),
        p("BILAN À MI-PARCOURS", COVER_TITLE),
        p("Rapport au comité de pilotage du 12 octobre 2023", COVER_SUB),
        Spacer(1, 5 * cm),
        p("Document de travail – coordination du CLS", CENTER),
        PageBreak(),
        p("1. Rappel du contrat", H1),
        p(
            "Le contrat local de santé a été signé à Carbonne le 4 février 2022 par les "
            "communautés de communes du Bassin Auterivain, Cœur de Garonne et du Volvestre, qui "
            "le portaient ensemble, et par l'Agence régionale de santé Occitanie. La Préfecture de "
            "la Haute-Garonne, le Département de la Haute-Garonne, la CPAM de la Haute-Garonne et "
            "la MSA Midi-Pyrénées Sud l'avaient également signé, soit huit signataires. Le PETR du "
            "Pays Sud Toulousain accompagnait la démarche sans être signataire."
        ),
        p(
            "Premier contrat de ce territoire, il couvrait la période 2022-2025 et comptait "
            "vingt-trois fiches actions réparties en quatre axes : l'accès aux droits et aux "
            "soins ; le vieillissement et le handicap ; la santé mentale et les addictions ; la "
            "prévention et la promotion de comportements et d'un environnement favorables à la "
            "santé."
        ),
        p("2. État d'avancement des fiches", H1),
        p(
            "À la date du bilan, neuf fiches étaient réalisées, dix en cours et quatre n'avaient "
            "pas été engagées, faute de porteur ou de financement."
        ),
        grid(status, [w * 0.4, w * 0.15, w * 0.15, w * 0.15, w * 0.15]),
        Spacer(1, 0.4 * cm),
        p(
            "Les priorités retenues pour 2022 – santé environnementale et périnatalité, "
            "information des futurs professionnels sur les possibilités d'installation, qualité "
            "de l'air intérieur – ont été tenues. Le forum installation du 9 mars 2023 a réuni 46 "
            "internes."
        ),
        PageBreak(),
        p("3. Ce que disent les partenaires", H1),
        p(
            "Les 31 partenaires interrogés en juin 2023 jugeaient la coordination utile (87 %), "
            "mais trop peu visible auprès des habitants. Les communes rurales du Volvestre "
            "souhaitaient des actions plus proches des bourgs."
        ),
        p("4. Propositions", H1),
        *bullets(
            [
                "prolonger le contrat de deux ans, jusqu'au 31 décembre 2027, par un avenant à "
                "soumettre aux trois conseils communautaires au premier trimestre 2024 ;",
                "abandonner deux des quatre fiches non engagées et en réécrire deux ;",
                "associer la CPTS Sud Toulousain comme nouveau signataire ;",
                "recruter un second coordinateur à mi-temps.",
            ]
        ),
        p(
            "Ces propositions ont été présentées au comité de pilotage ; l'avenant n'était pas "
            "encore rédigé à la date de ce rapport.",
            SMALL,
        ),
    ]


def minutes_story() -> list[Any]:
    """Minutes (procès-verbal) of a community council, the CLS one agenda item among five."""
    return [
        p("COMMUNAUTÉ DE COMMUNES DES BARONNIES EN DRÔME PROVENÇALE", CENTER),
        p("PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE", CENTER),
        p("Séance du jeudi 20 mars 2025 à 18 heures – salle des fêtes de Nyons", CENTER),
        p(
            "Membres en exercice : 91 – Présents : 58 – Pouvoirs : 9 – Votants : 67. Secrétaire "
            "de séance : Mme Laure Barnouin. Convocation du 13 mars 2025.",
            SMALL,
        ),
        p("Ordre du jour", H2),
        *bullets(
            [
                "1. Approbation du procès-verbal de la séance du 6 février 2025",
                "2. Budget primitif 2025",
                "3. Contrat local de santé 2025-2030",
                "4. Gestion des milieux aquatiques : convention avec le syndicat de l'Eygues",
                "5. Questions diverses",
            ]
        ),
        p("1. Procès-verbal du 6 février 2025", H2),
        p("Le procès-verbal est approuvé à l'unanimité des votants."),
        p("2. Budget primitif 2025", H2),
        p(
            "Le Vice-président aux finances présente un budget de 23,4 millions d'euros en "
            "fonctionnement et 8,1 millions en investissement. Adopté par 60 voix pour et 7 "
            "abstentions."
        ),
        p("3. Contrat local de santé 2025-2030", H2),
        p(
            "La Vice-présidente déléguée à la santé rappelle que la communauté de communes "
            "prépare depuis 2023, avec l'Agence régionale de santé Auvergne-Rhône-Alpes, son "
            "premier contrat local de santé. Le diagnostic a mis en évidence le vieillissement "
            "de la population (35 % de plus de 60 ans), l'éloignement des urgences et la position "
            "du territoire aux confins de deux départements et de deux régions."
        ),
        p(
            "Le contrat couvre les années 2025 à 2030. Il s'organise en quatre axes : la "
            "prévention ; la promotion de la santé ; l'accès aux soins ; l'accompagnement "
            "médico-social. Il compte dix-neuf fiches actions. Il sera signé par la communauté "
            "de communes, l'ARS Auvergne-Rhône-Alpes, la Préfecture de la Drôme, le Département "
            "de la Drôme, la CPAM de la Drôme et la MSA Ardèche Drôme Loire ; la signature est "
            "prévue le vendredi 27 juin 2025 à Buis-les-Baronnies."
        ),
        p(
            "Un conseiller demande si le projet territorial de santé mentale de la Drôme "
            "2020-2024 sera pris en compte ; il lui est répondu que le contrat s'y réfère et "
            "anticipe le prochain. Le poste de chargée de mission est cofinancé par l'ARS et la "
            "communauté de communes."
        ),
        p(
            "Le conseil communautaire, par 64 voix pour et 3 contre, APPROUVE le contrat local de "
            "santé 2025-2030 et AUTORISE le Président à le signer."
        ),
        p("4. Convention avec le syndicat de l'Eygues", H2),
        p("La convention pour 2025-2027 est approuvée à l'unanimité."),
        p("5. Questions diverses", H2),
        p(
            "Le Président annonce la réunion publique sur les transports scolaires du 15 avril "
            "2025. La séance est levée à 20 h 40."
        ),
        Spacer(1, 0.4 * cm),
        p("Le Président, Thierry Daumas-Rieu – La secrétaire de séance, Laure Barnouin", SMALL),
        p("Procès-verbal arrêté le 27 mars 2025 et publié le 28 mars 2025.", SMALL),
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
        out / "g02-avenant-2-cls-pays-graylois.pdf",
        avenant_story(),
        "Avenant n° 2 – Contrat local de santé du Pays Graylois 2021-2025",
        "PETR du Pays Graylois – ARS Bourgogne-Franche-Comté",
    )
    _build(out / "g03-plaquette-cls-loue-lison.pdf", brochure_story(), first="two")
    _build(
        out / "g04-bilan-mi-parcours-cls-auterivain-garonne-volvestre.pdf",
        evaluation_story(),
        "CLS Bassin Auterivain – Cœur de Garonne – Volvestre – bilan à mi-parcours",
        "Coordination du CLS – octobre 2023",
    )
    _build(out / "g05-pv-conseil-baronnies-drome-provencale.pdf", minutes_story())


if __name__ == "__main__":
    main()
