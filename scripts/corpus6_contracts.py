"""Data of the long signed contract of corpus6 (see ``make_corpus6_pdfs.py``).

The wording is the team's own; the real facts the contract is built on, and the facts
invented to complete it, are listed in ``tests/fixtures/corpus6/README.md``.
"""

from __future__ import annotations

from typing import Any


def fiche(
    number: str,
    title: str,
    axis: int,
    pilot: str,
    partners: list[str],
    public: str,
    start: int,
    end: int,
    objective: str,
) -> dict[str, Any]:
    """One fiche action."""
    return {
        "number": number,
        "title": title,
        "axis": axis,
        "pilot": pilot,
        "partners": partners,
        "public": public,
        "start": start,
        "end": end,
        "objective": objective,
    }


CCHA = "Communauté de communes du Haut-Allier"

HAUT_ALLIER: dict[str, Any] = {
    "id": "f11-cls2-haut-allier-2019-2021",
    "header": "Contrat local de santé du Haut-Allier – 2019-2021",
    "footer": "CC du Haut-Allier – ARS Occitanie – MSA du Languedoc – Grandrieu",
    "logos": [
        "ARS Occitanie",
        "Communauté de communes du Haut-Allier",
        "MSA du Languedoc",
        "Commune de Grandrieu",
        "Préfecture de la Lozère",
        "Lozère – le Département",
        "CPAM de la Lozère",
        "IREPS Occitanie",
    ],
    "cover_top": "Lozère – Haut-Allier",
    "cover_title": "CONTRAT LOCAL DE SANTÉ<br/>DU HAUT-ALLIER",
    "cover_sub": "Deuxième contrat",
    "cover_years": "2019 – 2021",
    "quote": (
        "« La promotion de la santé est le processus qui confère aux populations les moyens "
        "d'assurer un plus grand contrôle sur leur propre santé, et d'améliorer celle-ci. »",
        "Charte d'Ottawa, adoptée le 21 novembre 1986",
    ),
    "two_column_preamble": False,
    "preamble": [
        ("h", "A. Historique"),
        "Le 9 janvier 2013, la Communauté de communes du Haut-Allier et l'Agence régionale de "
        "santé du Languedoc-Roussillon signaient un premier contrat local de santé, dit « contrat "
        "de préfiguration ». Conclu pour la période 2013-2015, il réunissait trois signataires et "
        "comptait onze actions ; un avenant du 15 décembre 2015 l'a prolongé jusqu'au 31 décembre "
        "2017. C'était l'un des premiers contrats locaux de santé signés en milieu rural.",
        "Depuis la fusion des régions au 1er janvier 2016, l'Agence régionale de santé Occitanie a "
        "repris ce partenariat. Le présent document est le deuxième contrat local de santé du "
        "Haut-Allier : il prend la suite du contrat de préfiguration après une année 2018 "
        "consacrée à l'évaluation et à un nouvel état des lieux.",
        ("h", "B. Le territoire"),
        "Le Haut-Allier compte 23 communes et un peu moins de 7 000 habitants, dont près d'un "
        "tiers a plus de 65 ans. Le bourg-centre de Langogne concentre l'essentiel de l'offre de "
        "soins ; la commune de Grandrieu, au nord, porte une maison de santé ouverte en 2016.",
        ("h", "C. Les diagnostics"),
        "Le contrat s'appuie sur le diagnostic du CODES 48 de 2012, sur une enquête sur le "
        "renoncement aux soins menée en 2016, sur l'état des lieux du CREAI-ORS de 2018 et sur le "
        "diagnostic qualitatif conduit la même année par la MSA du Languedoc auprès de 140 "
        "habitants.",
        ("h", "D. L'articulation avec le Projet régional de santé"),
        "Le contrat décline à l'échelle du Haut-Allier le Projet régional de santé Occitanie "
        "2018-2022 et son schéma régional de santé.",
    ],
    "parties": [
        (
            "L'Agence régionale de santé Occitanie",
            "représentée par son directeur général, M. Rémi Castagnol",
        ),
        (
            "La Communauté de communes du Haut-Allier",
            "représentée par son président, M. Gérard Vialatte, habilité par délibération du "
            "conseil communautaire du 11 avril 2019",
        ),
    ],
    "coparties_intro": "ET :",
    "coparties": [
        (
            "La Mutualité sociale agricole du Languedoc",
            "représentée par sa directrice générale, Mme Agnès Roumejon",
        ),
        (
            "La Commune de Grandrieu",
            "représentée par son maire, M. Pierre Sabadel, habilité par délibération du 4 avril 2019",
        ),
        ("La Préfecture de la Lozère", "représentée par la préfète, Mme Claire Ostrowski"),
        (
            "Le Département de la Lozère",
            "représenté par la présidente du conseil départemental, Mme Sylvie Fabre-Mazet",
        ),
        (
            "La Caisse primaire d'assurance maladie de la Lozère",
            "représentée par son directeur, M. Jean-Luc Pradal",
        ),
    ],
    "vu": [
        "Vu le code de la santé publique, notamment ses articles L. 1434-2 et L. 1434-10 ;",
        "Vu la loi n° 2009-879 du 21 juillet 2009 portant réforme de l'hôpital et relative aux "
        "patients, à la santé et aux territoires ;",
        "Vu la loi n° 2016-41 du 26 janvier 2016 de modernisation de notre système de santé ;",
        "Vu l'arrêté du 3 août 2018 portant adoption du Projet régional de santé Occitanie ;",
        "Vu le contrat local de santé de préfiguration du 9 janvier 2013 et son avenant du 15 "
        "décembre 2015 ;",
    ],
    "articles": [
        (
            "Article 1 – Objet du contrat",
            [
                "Le présent contrat définit les engagements réciproques des signataires pour "
                "réduire les inégalités sociales et territoriales de santé sur le Haut-Allier. Il "
                "fixe trois axes stratégiques, déclinés en douze fiches actions présentées au "
                "titre III."
            ],
        ),
        (
            "Article 2 – Périmètre",
            [
                "Le contrat couvre les 23 communes membres de la Communauté de communes du "
                "Haut-Allier. Les actions peuvent associer, en tant que de besoin, les bassins de "
                "vie voisins de Haute-Loire et d'Ardèche."
            ],
        ),
        (
            "Article 3 – Durée",
            [
                "Le contrat est conclu pour trois ans. Il prend effet à sa signature et couvre la "
                "période 2019-2021. Il peut être révisé par avenant à la demande de l'un des "
                "signataires, après avis du comité de pilotage."
            ],
        ),
        (
            "Article 4 – Engagements des parties",
            [
                "L'ARS Occitanie finance la coordination du contrat à hauteur de 50 % d'un poste "
                "et soutient les actions par ses appels à projets annuels.",
                "La Communauté de communes du Haut-Allier recrute et héberge la coordinatrice, "
                "anime les instances et mobilise ses compétences en matière d'action sociale et "
                "de mobilité.",
                "La MSA du Languedoc, la Commune de Grandrieu, l'État, le Département et la CPAM "
                "mobilisent leurs dispositifs de droit commun au service des fiches actions.",
            ],
        ),
        (
            "Article 5 – Gouvernance",
            [
                "Un comité de pilotage réunit les sept signataires au moins une fois par an. Un "
                "comité technique prépare ses travaux et suit les fiches actions.",
                "L'Instance régionale d'éducation et de promotion de la santé (IREPS) Occitanie "
                "est partenaire du contrat sans en être signataire : elle accompagne la "
                "coordination dans la méthode et la formation des acteurs.",
            ],
        ),
        (
            "Article 6 – Suivi et évaluation",
            [
                "Chaque fiche action comporte ses indicateurs. Un bilan d'étape est présenté au "
                "comité de pilotage à la fin de 2020 ; l'évaluation finale, au cours du dernier "
                "semestre du contrat, prépare un éventuel troisième contrat.",
            ],
        ),
        (
            "Article 7 – Communication",
            [
                "Les signataires font mention du contrat local de santé et de leur partenariat "
                "dans toute communication relative aux actions qu'il soutient."
            ],
        ),
        (
            "Article 8 – Résiliation",
            [
                "Le contrat peut être dénoncé par l'un des signataires moyennant un préavis de "
                "trois mois notifié aux autres parties."
            ],
        ),
    ],
    "axes": [
        ("Axe 1", "Favoriser l'accès aux soins de premier recours"),
        ("Axe 2", "Prévenir et promouvoir la santé à tous les âges de la vie"),
        ("Axe 3", "Accompagner le vieillissement et la perte d'autonomie"),
    ],
    "fiches": [
        fiche(
            "1.1",
            "Soutenir l'installation de professionnels de santé",
            1,
            CCHA,
            ["ARS Occitanie", "Département de la Lozère", "Commune de Grandrieu"],
            "Internes et jeunes professionnels de santé",
            2019,
            2021,
            "Accueillir des stagiaires et faciliter leur logement pendant les stages.",
        ),
        fiche(
            "1.2",
            "Développer la télémédecine dans les maisons de santé",
            1,
            "Maison de santé de Grandrieu",
            ["ARS Occitanie", "CPAM de la Lozère"],
            "Patients des maisons de santé",
            2019,
            2021,
            "Équiper deux maisons de santé pour les téléconsultations de spécialistes.",
        ),
        fiche(
            "1.3",
            "Organiser le transport solidaire vers les lieux de soins",
            1,
            CCHA,
            ["MSA du Languedoc", "Associations de bénévoles"],
            "Personnes sans moyen de transport",
            2019,
            2020,
            "Mettre en place un réseau de chauffeurs bénévoles.",
        ),
        fiche(
            "1.4",
            "Informer les habitants sur l'offre de soins",
            1,
            CCHA,
            ["CPAM de la Lozère"],
            "Tous les habitants",
            2019,
            2019,
            "Éditer et diffuser un guide de l'offre de soins du Haut-Allier.",
        ),
        fiche(
            "2.1",
            "Promouvoir une alimentation équilibrée dans les cantines",
            2,
            "Commune de Grandrieu",
            ["IREPS Occitanie", "Écoles du territoire"],
            "Enfants scolarisés",
            2019,
            2021,
            "Accompagner les cuisiniers et les équipes éducatives.",
        ),
        fiche(
            "2.2",
            "Prévenir les conduites addictives chez les jeunes",
            2,
            CCHA,
            ["Collège de Langogne", "IREPS Occitanie"],
            "Jeunes de 11 à 25 ans",
            2019,
            2021,
            "Former les animateurs et intervenir dans les établissements.",
        ),
        fiche(
            "2.3",
            "Encourager le dépistage organisé des cancers",
            2,
            "CPAM de la Lozère",
            ["Centre régional de coordination des dépistages"],
            "Adultes de 50 à 74 ans",
            2020,
            2021,
            "Relayer les campagnes et accompagner les personnes éloignées du dépistage.",
        ),
        fiche(
            "2.4",
            "Promouvoir la santé mentale et prévenir le suicide",
            2,
            "MSA du Languedoc",
            ["Centre hospitalier François Tosquelles"],
            "Agriculteurs et personnes isolées",
            2019,
            2021,
            "Former des sentinelles et faire connaître les lieux d'écoute.",
        ),
        fiche(
            "3.1",
            "Prévenir les chutes des personnes âgées",
            3,
            "MSA du Languedoc",
            ["Clubs d'aînés", "Kinésithérapeutes libéraux"],
            "Personnes de plus de 65 ans",
            2019,
            2021,
            "Ouvrir des ateliers d'équilibre dans quatre communes.",
        ),
        fiche(
            "3.2",
            "Adapter les logements au vieillissement",
            3,
            CCHA,
            ["Département de la Lozère", "Opérateurs de l'habitat"],
            "Propriétaires âgés",
            2020,
            2021,
            "Repérer les besoins et mobiliser les aides à l'adaptation.",
        ),
        fiche(
            "3.3",
            "Soutenir les aidants familiaux",
            3,
            "Département de la Lozère",
            ["MSA du Languedoc", "Plateforme de répit"],
            "Aidants de personnes âgées ou handicapées",
            2019,
            2021,
            "Proposer des temps d'information et de répit.",
        ),
        fiche(
            "3.4",
            "Rompre l'isolement des personnes âgées",
            3,
            "Commune de Grandrieu",
            ["Associations de bénévoles", CCHA],
            "Personnes âgées isolées",
            2019,
            2021,
            "Organiser des visites de convivialité et des repas partagés.",
        ),
    ],
    "summary_intro": "Le tableau ci-dessous présente les trois axes stratégiques du contrat "
    "et leurs douze fiches actions.",
    "signature_line": "Fait à Langogne, le 28 mai 2019, en sept exemplaires originaux.",
    "grid": [
        ("Agence régionale de santé Occitanie", "Le Directeur général", "Rémi Castagnol"),
        ("Communauté de communes du Haut-Allier", "Le Président", "Gérard Vialatte"),
        ("Mutualité sociale agricole du Languedoc", "La Directrice générale", "Agnès Roumejon"),
        ("Commune de Grandrieu", "Le Maire", "Pierre Sabadel"),
        ("Préfecture de la Lozère", "La Préfète", "Claire Ostrowski"),
        ("Département de la Lozère", "La Présidente", "Sylvie Fabre-Mazet"),
        ("Caisse primaire d'assurance maladie de la Lozère", "Le Directeur", "Jean-Luc Pradal"),
    ],
    "annex": [
        ("ARS", "Agence régionale de santé"),
        ("CODES", "Comité départemental d'éducation pour la santé"),
        (
            "CREAI-ORS",
            "Centre régional d'études, d'actions et d'informations – Observatoire régional de la santé",
        ),
        ("IREPS", "Instance régionale d'éducation et de promotion de la santé"),
        ("MSA", "Mutualité sociale agricole"),
        ("PRS", "Projet régional de santé"),
    ],
}

LONG_CONTRACTS = [HAUT_ALLIER]
