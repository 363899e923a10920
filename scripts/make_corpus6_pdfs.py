#!/usr/bin/env python3
"""Build the PDFs of the corpus6 evaluation fixtures (``tests/fixtures/corpus6/``).

    python scripts/make_corpus6_pdfs.py [--out DIR]

Writes a long signed contract (20+ pages, with its ``NAME.actions.json``), an avenant, a
press kit, a deliberation of a metropolitan council and an invitation to a signing
ceremony. The layout helpers are corpus5's (``corpus5_layout``, ``make_corpus5_pdfs``),
imported, not copied; ``rl_config.invariant`` is set there, so that two runs write
byte-identical files. The wording is the team's own; sources in the corpus' README.
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
)
from corpus6_contracts import LONG_CONTRACTS
from make_corpus5_pdfs import TEXT_WIDTH, _build, actions_of, long_contract
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Spacer

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus6"

TOUL_SIGNATORIES = [
    ("Agence régionale de santé Grand Est", "La Directrice générale"),
    ("Communauté de communes Terres Touloises", "Le Président"),
    ("Communauté de communes du Pays de Colombey et du Sud Toulois", "Le Président"),
    ("Pays Terres de Lorraine", "Le Président"),
    ("Préfecture de Meurthe-et-Moselle", "Le Préfet"),
    ("Région Grand Est", "Le Président du conseil régional"),
    ("Conseil départemental de Meurthe-et-Moselle", "Le Président"),
    ("CPAM de Meurthe-et-Moselle", "La Directrice"),
    (
        "Direction des services départementaux de l'Éducation nationale de Meurthe-et-Moselle",
        "L'Inspecteur d'académie",
    ),
    ("Caisse d'allocations familiales de Meurthe-et-Moselle", "Le Directeur"),
    ("MSA Lorraine", "Le Directeur général"),
    ("Centre hospitalier de Toul", "Le Directeur"),
    ("Centre psychothérapique de Nancy", "La Directrice"),
]


def avenant_story() -> list[Any]:
    """Avenant n° 1 extending the Toulois contract by one year."""
    story: list[Any] = [
        p("AVENANT N° 1", COVER_TITLE),
        p(
            "au contrat local de santé des communautés de communes Terres Touloises et du Pays "
            "de Colombey et du Sud Toulois 2018-2023",
            COVER_SUB,
        ),
        Spacer(1, 0.8 * cm),
        p("Vu le code de la santé publique, notamment son article L. 1434-10 ;", SMALL),
        p(
            "Vu le contrat local de santé des communautés de communes Terres Touloises et du "
            "Pays de Colombey et du Sud Toulois, signé à Toul le 5 juillet 2018 par ses treize "
            "signataires pour la période 2018-2023 ;",
            SMALL,
        ),
        p("Vu le Projet régional de santé Grand Est 2018-2028 ;", SMALL),
        p(
            "Vu les délibérations des conseils communautaires de Terres Touloises du 23 novembre "
            "2023 et du Pays de Colombey et du Sud Toulois du 30 novembre 2023 ;",
            SMALL,
        ),
        p("Préambule", H1),
        p(
            "Porté conjointement par les deux communautés de communes, avec l'appui du Pays "
            "Terres de Lorraine qui en assure l'animation, le contrat arrive à son terme le 31 "
            "décembre 2023. Les travaux du diagnostic qui doit fonder le contrat suivant ont pris "
            "du retard : les signataires conviennent de prolonger le contrat en cours pour "
            "laisser le temps de la concertation."
        ),
        p("Article 1 – Objet", H2),
        p(
            "Le présent avenant prolonge la durée du contrat local de santé jusqu'au 31 décembre "
            "2024. Toutes ses autres stipulations demeurent inchangées."
        ),
        p("Article 2 – Programme d'actions", H2),
        p(
            "Les quatre axes du contrat sont maintenus : (1) l'accès aux soins de proximité, (2) "
            "la santé des jeunes, (3) la santé mentale, (4) le vieillissement en bonne santé. "
            "Le programme reste de vingt et une fiches actions ; trois d'entre elles sont "
            "actualisées en annexe."
        ),
        p("Article 3 – Prise d'effet", H2),
        p("Le présent avenant prend effet le 1er janvier 2024."),
        PageBreak(),
        p("Signatures", H1),
        p("Fait à Toul, le 14 décembre 2023, en treize exemplaires."),
    ]
    rows = [[f"{inst}<br/>{title}<br/><br/>", ""] for inst, title in TOUL_SIGNATORIES]
    story.append(grid(rows, [TEXT_WIDTH * 0.6, TEXT_WIDTH * 0.4], head=False))
    return story


def press_kit_story() -> list[Any]:
    """The press kit of the Pays de Fougères' signing."""
    signatories = [
        "le Pays de Fougères",
        "l'Agence régionale de santé Bretagne",
        "la Préfecture d'Ille-et-Vilaine",
        "le Conseil régional de Bretagne",
        "le Conseil général d'Ille-et-Vilaine",
        "la CPAM 35",
        "la MSA des Portes de Bretagne",
        "la Mutualité française Bretagne",
        "la CARSAT Bretagne",
        "l'URPS médecins de Bretagne",
    ]
    axes = [
        "Améliorer l'accès aux soins de premier recours",
        "Promouvoir la santé des jeunes",
        "Prévenir la souffrance psychique et le suicide",
        "Accompagner le bien vieillir",
        "Lutter contre les conduites addictives",
        "Agir sur l'environnement et le cadre de vie",
    ]
    story: list[Any] = [
        Spacer(1, 3 * cm),
        p("DOSSIER DE PRESSE", COVER_TOP),
        p("Contrat local de santé<br/>du Pays de Fougères", COVER_TITLE),
        p("Signature officielle – lundi 25 novembre 2013 – Fougères, salle des fêtes", COVER_SUB),
        Spacer(1, 6 * cm),
        p("Contacts presse : service communication du Pays de Fougères – 02 99 00 00 00", CENTER),
        PageBreak(),
        p("Sommaire", H1),
        *bullets(
            [
                "Communiqué de presse . . . . . . . . 3",
                "Un projet local de santé depuis 2011 . . . . . . . . 3",
                "Six axes stratégiques . . . . . . . . 4",
                "Les signataires . . . . . . . . 4",
                "Chiffres clés . . . . . . . . 5",
            ]
        ),
        PageBreak(),
        p("Communiqué de presse", H1),
        p(
            "Le Pays de Fougères et l'Agence régionale de santé Bretagne signent ce lundi 25 "
            "novembre 2013 le premier contrat local de santé du territoire. Conclu pour la "
            "période 2013-2017, il engage dix signataires autour d'un programme de vingt-six "
            "actions."
        ),
        p("Un projet local de santé depuis 2011", H2),
        p(
            "Le Pays s'est engagé dès 2011 dans une démarche participative. Un diagnostic de "
            "l'offre de soins et de l'état de santé a été conduit de mars à juillet 2012, puis "
            "les Assises de la santé du Pays de Fougères, en septembre 2012, ont réuni plus de "
            "250 participants pour définir les priorités. Le contrat local de santé prolonge ce "
            "projet local de santé."
        ),
        PageBreak(),
        p("Six axes stratégiques", H1),
        *bullets(axes, mark="•"),
        p("Les signataires", H2),
        p("Le contrat est signé par :"),
        *bullets(signatories),
        PageBreak(),
        p("Chiffres clés", H1),
        *bullets(
            [
                "58 communes et 80 000 habitants",
                "4 communautés de communes membres du Pays",
                "1 médecin généraliste pour 1 250 habitants en 2012",
                "26 actions à mener d'ici 2017",
                "Prochain rendez-vous : forum santé-jeunes, mercredi 12 mars 2014",
            ]
        ),
        p("Contact presse", H2),
        p(
            "Pays de Fougères – 1 rue des Frères Devéria, Fougères – presse@pays-fougeres.example",
            SMALL,
        ),
    ]
    return story


def deliberation_story() -> list[Any]:
    """The metropolitan council's vote on the Grand Nancy contract."""
    partners = [
        "la Préfecture de Meurthe-et-Moselle",
        "la Région Grand Est",
        "le Conseil départemental de Meurthe-et-Moselle",
        "le Centre hospitalier régional et universitaire de Nancy",
        "le Centre psychothérapique de Nancy",
        "la Caisse primaire d'assurance maladie de Meurthe-et-Moselle",
        "la Caisse d'allocations familiales de Meurthe-et-Moselle",
        "la Direction des services départementaux de l'Éducation nationale de Meurthe-et-Moselle",
        "la Communauté professionnelle territoriale de santé de la Métropole nancéienne",
        "le Dispositif d'appui à la coordination de Meurthe-et-Moselle",
        "l'Université de Lorraine",
        "l'Office d'hygiène sociale de Lorraine",
        "France Assos Santé Grand Est",
    ]
    return [
        p("MÉTROPOLE DU GRAND NANCY", CENTER),
        p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MÉTROPOLITAIN", CENTER),
        p("Séance du jeudi 6 juin 2024", CENTER),
        p(
            "Membres en exercice : 82 – Présents : 64 – Votants : 77. Convocation adressée le 29 "
            "mai 2024.",
            SMALL,
        ),
        p(
            "Délibération n° 14 – Contrat local de santé 2024-2028 de la Métropole du Grand Nancy",
            H2,
        ),
        p(
            "Vu le code général des collectivités territoriales ; vu le code de la santé "
            "publique, notamment son article L. 1434-10 ;"
        ),
        p(
            "Vu le contrat local de santé 2013-2017 et le contrat local de santé de deuxième "
            "génération 2019-2023 ;"
        ),
        p(
            "Considérant que le troisième contrat local de santé de la Métropole, préparé avec "
            "l'Agence régionale de santé Grand Est, couvre la période 2024-2028 et s'organise en "
            "quatre axes : l'accès à la santé pour tous ; la promotion de la santé et la "
            "prévention ; la santé mentale ; la santé environnementale ;"
        ),
        p(
            "Considérant que, outre la Métropole et l'ARS, le contrat sera signé par treize "
            "partenaires : " + " ; ".join(partners) + " ;"
        ),
        p("Après en avoir délibéré, le conseil métropolitain, par 71 voix pour et 6 abstentions :"),
        p("APPROUVE le contrat local de santé 2024-2028 ;"),
        p(
            "AUTORISE le Président ou son représentant à le signer ainsi que tout document s'y rapportant."
        ),
        Spacer(1, 0.6 * cm),
        p("Fait à Nancy, le 7 juin 2024. Transmis au contrôle de légalité le 10 juin 2024.", SMALL),
    ]


def invitation_story() -> list[Any]:
    """An invitation to a planned signing, with its programme."""
    return [
        Spacer(1, 2 * cm),
        p("Le Maire de La Courneuve", CENTER),
        p("et la Directrice générale de l'Agence régionale de santé d'Île-de-France", CENTER),
        Spacer(1, 0.6 * cm),
        p("ont le plaisir de vous inviter à la signature du", CENTER),
        p("Contrat local de santé de La Courneuve<br/>2019 – 2023", COVER_TITLE),
        p("vendredi 7 juin 2019 à 11 heures – Hôtel de ville, salle des mariages", COVER_SUB),
        Spacer(1, 1 * cm),
        p("Programme", H2),
        *bullets(
            [
                "10 h 30 – Accueil",
                "10 h 45 – Présentation du diagnostic local de santé (2018)",
                "11 h 00 – Signature par la Ville de La Courneuve, le CCAS de La Courneuve, l'ARS Île-de-France, la Préfecture de la Seine-Saint-Denis et la CPAM de la Seine-Saint-Denis",
                "11 h 30 – Verre de l'amitié",
            ]
        ),
        p(
            "Ce deuxième contrat de la ville s'articule en cinq axes et vingt fiches actions.",
            BODY,
        ),
        p("Réponse souhaitée avant le 31 mai 2019 – protocole@ville-la-courneuve.example", SMALL),
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
        out / "f12-avenant-1-cls-toulois.pdf",
        avenant_story(),
        "Avenant n° 1 – CLS Terres Touloises / Pays de Colombey et du Sud Toulois",
        "Pays Terres de Lorraine – ARS Grand Est",
    )
    _build(out / "f13-dossier-de-presse-pays-de-fougeres.pdf", press_kit_story())
    _build(out / "f14-deliberation-grand-nancy-2024.pdf", deliberation_story())
    _build(out / "f15-invitation-la-courneuve.pdf", invitation_story())


if __name__ == "__main__":
    main()
