"""Data of the long signed contract of corpus9 (see ``make_corpus9_pdfs.py``).

The wording is the team's own; the real facts the contract is built on, and the facts
invented to complete it, are listed in ``tests/fixtures/corpus9/README.md``.
"""

from __future__ import annotations

from typing import Any

from corpus6_contracts import fiche

CAB = "Communauté d'agglomération du Beauvaisis"


FICHES = [
    fiche(
        "1.1",
        "Développer le sport-santé sur ordonnance",
        1,
        CAB,
        ["CPAM de l'Oise", "CPTS du Beauvaisis"],
        "Adultes atteints de maladies chroniques",
        2024,
        2027,
        "Orienter chaque année 150 patients vers une activité physique adaptée.",
    ),
    fiche(
        "1.2",
        "Promouvoir une alimentation favorable à la santé",
        1,
        CAB,
        ["Conseil départemental de l'Oise", "CAF de l'Oise"],
        "Familles et enfants de 3 à 11 ans",
        2024,
        2026,
        "Mener des ateliers cuisine dans les centres sociaux et les écoles.",
    ),
    fiche(
        "1.3",
        "Relancer le dépistage organisé des cancers",
        1,
        "CPAM de l'Oise",
        ["Centre régional de coordination des dépistages des cancers", "Ville de Beauvais"],
        "Habitants de 50 à 74 ans",
        2024,
        2027,
        "Gagner dix points de participation au dépistage du cancer colorectal.",
    ),
    fiche(
        "1.4",
        "Prévenir les conduites addictives chez les jeunes",
        1,
        "Direction des services départementaux de l'Éducation nationale de l'Oise",
        ["Promotion Santé Hauts-de-France", "Centre hospitalier Simone Veil de Beauvais"],
        "Collégiens et lycéens",
        2025,
        2027,
        "Former des ambassadeurs santé dans douze collèges.",
    ),
    fiche(
        "1.5",
        "Améliorer la couverture vaccinale",
        1,
        "Agence régionale de santé Hauts-de-France",
        ["CPTS du Beauvaisis", "Conseil départemental de l'Oise"],
        "Enfants, adolescents et seniors",
        2024,
        2025,
        "Organiser des séances de rattrapage vaccinal en proximité.",
    ),
    fiche(
        "2.1",
        "Accompagner l'installation des professionnels de santé",
        2,
        CAB,
        ["CPTS du Beauvaisis", "Agence régionale de santé Hauts-de-France"],
        "Internes et jeunes professionnels de santé",
        2024,
        2027,
        "Accueillir les internes et faciliter leur logement pendant leurs stages.",
    ),
    fiche(
        "2.2",
        "Faciliter l'accès aux droits de santé",
        2,
        "CPAM de l'Oise",
        ["CAF de l'Oise", "Centres communaux d'action sociale"],
        "Personnes en situation de précarité",
        2024,
        2027,
        "Tenir des permanences d'accès aux droits dans les quartiers.",
    ),
    fiche(
        "2.3",
        "Garantir un médecin traitant aux patients en affection de longue durée",
        2,
        "CPTS du Beauvaisis",
        ["CPAM de l'Oise"],
        "Patients sans médecin traitant",
        2024,
        2026,
        "Réduire de moitié le nombre de patients en ALD sans médecin traitant.",
    ),
    fiche(
        "2.4",
        "Développer les soins non programmés",
        2,
        "CPTS du Beauvaisis",
        ["Centre hospitalier Simone Veil de Beauvais", "Agence régionale de santé Hauts-de-France"],
        "Tous les habitants",
        2025,
        2027,
        "Organiser une réponse en ville aux demandes du jour.",
    ),
    fiche(
        "2.5",
        "Créer un parcours de santé des femmes enceintes",
        2,
        "Centre hospitalier Simone Veil de Beauvais",
        ["Conseil départemental de l'Oise", "CPAM de l'Oise"],
        "Femmes enceintes",
        2025,
        2027,
        "Coordonner la maternité, la PMI et les sages-femmes libérales.",
    ),
    fiche(
        "3.1",
        "Déployer les premiers secours en santé mentale",
        3,
        CAB,
        ["Centre hospitalier Isarien", "Promotion Santé Hauts-de-France"],
        "Professionnels, élus et bénévoles",
        2024,
        2027,
        "Former 300 secouristes en santé mentale.",
    ),
    fiche(
        "3.2",
        "Animer le conseil local de santé mentale",
        3,
        "Centre hospitalier Isarien",
        [CAB, "Ville de Beauvais"],
        "Personnes vivant avec un trouble psychique",
        2024,
        2027,
        "Réunir la plénière du conseil deux fois par an.",
    ),
    fiche(
        "3.3",
        "Prévenir le suicide et le mal-être des jeunes",
        3,
        "Direction des services départementaux de l'Éducation nationale de l'Oise",
        ["Centre hospitalier Isarien", "Maison des adolescents de l'Oise"],
        "Jeunes de 11 à 25 ans",
        2024,
        2026,
        "Diffuser le repérage du mal-être dans les lycées.",
    ),
    fiche(
        "3.4",
        "Soutenir les aidants de proches en souffrance psychique",
        3,
        "Centre hospitalier Isarien",
        ["UNAFAM de l'Oise"],
        "Aidants familiaux",
        2025,
        2027,
        "Ouvrir un groupe de parole mensuel.",
    ),
    fiche(
        "4.1",
        "Améliorer la qualité de l'air intérieur",
        4,
        CAB,
        ["Conseil départemental de l'Oise", "CAF de l'Oise"],
        "Familles des logements anciens",
        2024,
        2027,
        "Proposer des visites de conseillers en environnement intérieur.",
    ),
    fiche(
        "4.2",
        "Lutter contre l'habitat indigne",
        4,
        "Préfecture de l'Oise",
        [CAB, "Agence régionale de santé Hauts-de-France"],
        "Locataires de logements dégradés",
        2024,
        2027,
        "Traiter les signalements en moins de trois mois.",
    ),
    fiche(
        "4.3",
        "Prévenir les allergies aux pollens",
        4,
        CAB,
        ["Agence régionale de santé Hauts-de-France"],
        "Personnes allergiques",
        2025,
        2026,
        "Installer un capteur de pollens et informer les habitants.",
    ),
    fiche(
        "T.1",
        "Coordonner et animer le contrat",
        5,
        CAB,
        ["Agence régionale de santé Hauts-de-France"],
        "Signataires et partenaires du contrat",
        2024,
        2027,
        "Recruter et maintenir un poste de coordination à temps plein.",
    ),
    fiche(
        "T.2",
        "Observer la santé du territoire",
        5,
        CAB,
        ["Observatoire régional de la santé et du social"],
        "Élus et professionnels",
        2024,
        2027,
        "Actualiser chaque année un tableau de bord de santé.",
    ),
    fiche(
        "T.3",
        "Évaluer le contrat et associer les habitants",
        5,
        CAB,
        ["Promotion Santé Hauts-de-France", "Conseils citoyens"],
        "Habitants du Beauvaisis",
        2026,
        2027,
        "Conduire une évaluation finale partagée avec les habitants.",
    ),
]

BEAUVAISIS: dict[str, Any] = {
    "id": "k01-cls3-beauvaisis-2024-2027",
    "header": "Contrat local de santé du Beauvaisis – CLS 3 – 2024-2027",
    "footer": "Communauté d'agglomération du Beauvaisis – ARS Hauts-de-France",
    "logos": [
        "Communauté d'agglomération du Beauvaisis",
        "ARS Hauts-de-France",
        "Préfet de l'Oise",
        "Département de l'Oise",
        "CH Simone Veil",
        "CH Isarien",
        "Éducation nationale",
        "CPAM de l'Oise",
        "CAF de l'Oise",
        "CPTS du Beauvaisis",
        "Promotion Santé",
        "Mutualité Française",
    ],
    "cover_top": "Oise – Beauvaisis",
    "cover_title": "CONTRAT LOCAL DE SANTÉ<br/>DU BEAUVAISIS",
    "cover_sub": "CLS 3 – Troisième génération",
    "cover_years": "2024 – 2027",
    "quote": (
        "« La santé est un état de complet bien-être physique, mental et social, et ne consiste "
        "pas seulement en une absence de maladie ou d'infirmité. »",
        "Préambule de la Constitution de l'Organisation mondiale de la santé, 22 juillet 1946",
    ),
    "preamble": [
        ("h", "A. Historique des contrats du Beauvaisis"),
        "En 2017, la Communauté d'agglomération du Beauvaisis a pris en main l'élaboration et "
        "l'animation d'un contrat local de santé. Le premier contrat a été signé le 19 juin 2017 "
        "par l'agglomération, l'Agence régionale de santé Hauts-de-France et la Préfecture de "
        "l'Oise ; il couvrait les années 2017 à 2019 et comptait quatorze actions.",
        "Le deuxième contrat, signé le 2 mars 2020 par sept institutions, couvrait la période "
        "2020-2022. Son avenant du 8 décembre 2022 l'a prolongé jusqu'au 31 décembre 2023, afin "
        "de laisser le temps d'une évaluation et d'un nouveau diagnostic.",
        "Le présent document est le troisième contrat local de santé du Beauvaisis (CLS 3). Il "
        "prend le relais du deuxième contrat et en reprend les actions qui ont fait leurs preuves.",
        ("h", "B. Le territoire"),
        "L'agglomération réunit 53 communes et environ 104 000 habitants, dont la moitié à "
        "Beauvais. Deux quartiers relèvent de la politique de la ville. La densité de médecins "
        "généralistes y est inférieure de 18 % à la moyenne régionale.",
        ("h", "C. Le diagnostic"),
        "Le diagnostic a été actualisé entre septembre 2023 et février 2024 avec l'Observatoire "
        "régional de la santé et du social : 420 habitants ont répondu au questionnaire et 95 "
        "professionnels ont participé aux ateliers.",
        ("h", "D. Articulation avec les autres politiques"),
        "Le contrat décline le Projet régional de santé Hauts-de-France 2018-2028. Il s'articule "
        "avec le contrat de ville 2024-2030, le projet territorial de santé mentale de l'Oise "
        "2020-2025 et le plan climat-air-énergie territorial adopté en 2021.",
    ],
    "parties": [
        (
            "La Communauté d'agglomération du Beauvaisis",
            "représentée par sa présidente, Mme Hélène Dauvergne, habilitée par délibération du "
            "conseil communautaire du 15 avril 2024",
        ),
        (
            "L'Agence régionale de santé Hauts-de-France",
            "représentée par son directeur général, M. Bertrand Valcourt",
        ),
    ],
    "coparties_intro": "ET LES SIGNATAIRES ASSOCIÉS :",
    "coparties": [
        ("La Préfecture de l'Oise", "représentée par le préfet, M. Rodolphe Aubernay"),
        (
            "Le Conseil départemental de l'Oise",
            "représenté par sa présidente, Mme Nadège Lefrançois",
        ),
        (
            "Le Centre hospitalier Simone Veil de Beauvais",
            "représenté par son directeur, M. Olivier Cambronne",
        ),
        (
            "Le Centre hospitalier Isarien – Établissement public de santé mentale de l'Oise",
            "représenté par sa directrice, Mme Laure Pétillon",
        ),
        (
            "La Direction des services départementaux de l'Éducation nationale de l'Oise",
            "représentée par l'inspectrice d'académie, Mme Sophie Garandeau",
        ),
        (
            "La Caisse primaire d'assurance maladie de l'Oise",
            "représentée par son directeur, M. Thierry Moulinet",
        ),
        (
            "La Caisse d'allocations familiales de l'Oise",
            "représentée par sa directrice, Mme Élodie Brassart",
        ),
        (
            "La Communauté professionnelle territoriale de santé du Beauvaisis",
            "représentée par son président, le Dr Marc Vassal",
        ),
    ],
    "vu": [
        "Vu le code de la santé publique, notamment ses articles L. 1434-2 et L. 1434-10 ;",
        "Vu la loi n° 2009-879 du 21 juillet 2009 portant réforme de l'hôpital et relative aux "
        "patients, à la santé et aux territoires ;",
        "Vu le Projet régional de santé Hauts-de-France 2018-2028 ;",
        "Vu le contrat local de santé du Beauvaisis du 2 mars 2020 et son avenant du 8 décembre 2022 ;",
        "Vu la délibération du conseil communautaire du 15 avril 2024 ;",
    ],
    "articles": [
        (
            "Article 1 – Objet du contrat",
            [
                "Le présent contrat définit les engagements des signataires pour améliorer la santé "
                "des habitants du Beauvaisis et réduire les inégalités sociales et territoriales de "
                "santé. Il comprend quatre axes stratégiques et un axe transversal, déclinés en vingt "
                "fiches actions présentées au titre III.",
            ],
        ),
        (
            "Article 2 – Périmètre",
            [
                "Le contrat s'applique aux 53 communes de la Communauté d'agglomération du Beauvaisis. "
                "Certaines actions visent en priorité les quartiers Saint-Jean et Argentine.",
            ],
        ),
        (
            "Article 3 – Durée",
            [
                "Le contrat est conclu pour quatre ans. Il couvre la période 2024-2027 et prend effet à "
                "la date de sa signature. Il peut être modifié par avenant, notamment pour l'ajout de "
                "fiches actions ou de signataires.",
            ],
        ),
        (
            "Article 4 – Axes stratégiques",
            [
                "Les signataires retiennent les axes suivants : promouvoir la santé et prévenir les "
                "maladies chroniques ; faciliter l'accès aux droits et aux soins de proximité ; "
                "promouvoir la santé mentale et le bien-être ; agir pour un environnement favorable à "
                "la santé. Un axe transversal porte l'animation, la coordination et l'évaluation.",
            ],
        ),
        (
            "Article 5 – Engagements des signataires",
            [
                "Chaque signataire s'engage à mobiliser ses moyens de droit commun au service des "
                "fiches actions qui le concernent et à participer aux instances du contrat.",
                "L'Agence régionale de santé finance 50 % du poste de coordination ; l'agglomération "
                "prend en charge le reste.",
            ],
        ),
        (
            "Article 6 – Gouvernance",
            [
                "Un comité de pilotage réunit les signataires au moins une fois par an, sous la "
                "coprésidence de la présidente de l'agglomération et du directeur général de l'ARS. Un "
                "comité technique se réunit chaque trimestre.",
            ],
        ),
        (
            "Article 7 – Partenaires associés",
            [
                "Promotion Santé Hauts-de-France et la Mutualité Française Hauts-de-France sont "
                "partenaires du contrat sans en être signataires. Ils apportent leur appui "
                "méthodologique aux porteurs d'actions.",
            ],
        ),
        (
            "Article 8 – Suivi et évaluation",
            [
                "Un bilan annuel est présenté au comité de pilotage. Une évaluation finale est conduite "
                "au cours de la dernière année du contrat ; elle prépare, le cas échéant, un quatrième "
                "contrat.",
            ],
        ),
        (
            "Article 9 – Communication",
            [
                "Les actions du contrat mentionnent l'ensemble des signataires dans leurs supports de "
                "communication.",
            ],
        ),
        (
            "Article 10 – Résiliation",
            [
                "Chaque signataire peut se retirer du contrat par lettre adressée aux autres parties, "
                "avec un préavis de trois mois.",
            ],
        ),
    ],
    "axes": [
        ("Axe stratégique n°1", "Promouvoir la santé et prévenir les maladies chroniques"),
        ("Axe stratégique n°2", "Faciliter l'accès aux droits et aux soins de proximité"),
        ("Axe stratégique n°3", "Promouvoir la santé mentale et le bien-être"),
        ("Axe stratégique n°4", "Agir pour un environnement favorable à la santé"),
        ("Axe transversal", "Animer, coordonner et évaluer le contrat"),
    ],
    "fiches": FICHES,
    "summary_intro": "Le tableau ci-dessous présente les cinq axes du contrat et leurs vingt "
    "fiches actions.",
    "signature_line": "Fait à Beauvais, le 24 mai 2024, en dix exemplaires originaux.",
    "grid": [
        ("Communauté d'agglomération<br/>du Beauvaisis", "La Présidente", "Hélène Dauvergne"),
        (
            "Agence régionale de santé<br/>Hauts-de-France",
            "Le Directeur général",
            "Bertrand<br/>Valcourt",
        ),
        (
            "Préfecture de l'Oise",
            "Pour le Préfet et par délégation,<br/>le Secrétaire général",
            "Julien Ferrandier",
        ),
        ("Conseil départemental<br/>de l'Oise", "La Présidente", "Nadège Lefrançois"),
        ("Centre hospitalier<br/>Simone Veil de Beauvais", "Le Directeur", "Olivier Cambronne"),
        (
            "Centre hospitalier Isarien –<br/>Établissement public de santé<br/>mentale de l'Oise",
            "La Directrice",
            "Laure Pétillon",
        ),
        (
            "Direction des services<br/>départementaux de l'Éducation<br/>nationale de l'Oise",
            "L'Inspectrice d'académie",
            "Sophie<br/>Garandeau",
        ),
        ("Caisse primaire d'assurance<br/>maladie de l'Oise", "Le Directeur", "Thierry Moulinet"),
        ("Caisse d'allocations familiales<br/>de l'Oise", "La Directrice", "Élodie Brassart"),
        ("CPTS du Beauvaisis", "Le Président", "Dr Marc Vassal"),
    ],
    "annex": [
        ("ALD", "affection de longue durée"),
        ("ARS", "Agence régionale de santé"),
        ("CLS", "contrat local de santé"),
        ("CLSM", "conseil local de santé mentale"),
        ("CPTS", "communauté professionnelle territoriale de santé"),
        ("PMI", "protection maternelle et infantile"),
        ("PRS", "projet régional de santé"),
        ("PTSM", "projet territorial de santé mentale"),
    ],
}

LONG_CONTRACTS = [BEAUVAISIS]
