"""Data of the long signed contract of corpus7 (see ``make_corpus7_pdfs.py``).

The wording is the team's own; the real facts the contract is built on, and the facts
invented to complete it, are listed in ``tests/fixtures/corpus7/README.md``.
"""

from __future__ import annotations

from typing import Any

from corpus6_contracts import fiche

PETR = "PETR du Pays Graylois"
COORD = "PETR du Pays Graylois (coordination du CLS)"

FICHES: list[dict[str, Any]] = [
    fiche(
        "1.1",
        "Accueillir les internes et les étudiants en santé",
        1,
        COORD,
        [
            "ARS Bourgogne-Franche-Comté",
            "Communauté de communes Val de Gray",
            "Groupe hospitalier de la Haute-Saône",
        ],
        "Internes en médecine générale et étudiants paramédicaux",
        2021,
        2025,
        "Proposer un logement meublé et un parcours de découverte du territoire à chaque stagiaire.",
    ),
    fiche(
        "1.2",
        "Soutenir les projets d'exercice coordonné",
        1,
        "CPTS du Pays Graylois",
        ["ARS Bourgogne-Franche-Comté", "CPAM de la Haute-Saône"],
        "Professionnels de santé libéraux",
        2021,
        2024,
        "Accompagner la création de deux maisons de santé pluriprofessionnelles et d'une équipe de soins primaires.",
    ),
    fiche(
        "1.3",
        "Déployer la téléconsultation accompagnée en pharmacie",
        1,
        "CPAM de la Haute-Saône",
        ["Pharmacies d'officine", "Communauté de communes des Monts de Gy"],
        "Patients sans médecin traitant",
        2022,
        2023,
        "Équiper quatre officines et former les pharmaciens à l'accompagnement des téléconsultations.",
    ),
    fiche(
        "1.4",
        "Organiser le transport solidaire vers les lieux de soins",
        1,
        "Communauté de communes Quatre Rivières",
        ["MSA de Franche-Comté", "Associations de chauffeurs bénévoles"],
        "Personnes âgées et personnes sans véhicule",
        2021,
        2025,
        "Structurer un réseau de chauffeurs bénévoles sur les trois communautés de communes.",
    ),
    fiche(
        "1.5",
        "Faire connaître l'offre de soins non programmés",
        1,
        "Groupe hospitalier de la Haute-Saône",
        ["CPTS du Pays Graylois", "CPAM de la Haute-Saône"],
        "Tous les habitants",
        2022,
        2022,
        "Diffuser un guide des recours en dehors des heures d'ouverture des cabinets.",
    ),
    fiche(
        "1.6",
        "Favoriser l'accès aux soins dentaires des enfants",
        1,
        "CPAM de la Haute-Saône",
        [
            "Direction des services départementaux de l'Éducation nationale de la Haute-Saône",
            "Chirurgiens-dentistes",
        ],
        "Enfants de 6 à 12 ans",
        2021,
        2025,
        "Organiser des séances de dépistage bucco-dentaire dans les écoles et orienter vers les cabinets.",
    ),
    fiche(
        "2.1",
        "Promouvoir l'activité physique adaptée",
        2,
        COORD,
        ["Département de la Haute-Saône", "Clubs sportifs du territoire"],
        "Personnes atteintes de maladies chroniques",
        2021,
        2025,
        "Ouvrir trois créneaux d'activité physique adaptée et former des éducateurs sportifs.",
    ),
    fiche(
        "2.2",
        "Prévenir les conduites addictives chez les jeunes",
        2,
        "Direction des services départementaux de l'Éducation nationale de la Haute-Saône",
        ["Collèges et lycées de Gray", "Association de prévention en addictologie"],
        "Collégiens et lycéens",
        2021,
        2024,
        "Former les personnels des établissements et animer des ateliers par les pairs.",
    ),
    fiche(
        "2.3",
        "Encourager le dépistage organisé des cancers",
        2,
        "CPAM de la Haute-Saône",
        ["Centre régional de coordination des dépistages des cancers", "MSA de Franche-Comté"],
        "Personnes de 50 à 74 ans",
        2022,
        2025,
        "Organiser chaque année une journée de sensibilisation itinérante dans les bourgs.",
    ),
    fiche(
        "2.4",
        "Améliorer l'alimentation dans la restauration scolaire",
        2,
        "Communauté de communes Val de Gray",
        ["IREPS Bourgogne-Franche-Comté", "Cuisines centrales"],
        "Enfants des écoles et des accueils de loisirs",
        2021,
        2023,
        "Accompagner les cuisiniers vers davantage de produits locaux et de repas équilibrés.",
    ),
    fiche(
        "2.5",
        "Soutenir la santé des femmes enceintes et des jeunes parents",
        2,
        "Département de la Haute-Saône",
        [
            "Caisse d'allocations familiales de la Haute-Saône",
            "Groupe hospitalier de la Haute-Saône",
        ],
        "Futurs et jeunes parents",
        2022,
        2025,
        "Développer les visites à domicile de la protection maternelle et infantile après la naissance.",
    ),
    fiche(
        "2.6",
        "Lutter contre l'habitat indigne et ses effets sur la santé",
        2,
        "Préfecture de la Haute-Saône",
        [
            "Communauté de communes des Monts de Gy",
            "Caisse d'allocations familiales de la Haute-Saône",
        ],
        "Occupants de logements dégradés",
        2021,
        2025,
        "Repérer les situations d'insalubrité et coordonner les visites techniques et sociales.",
    ),
    fiche(
        "3.1",
        "Former des secouristes en santé mentale",
        3,
        COORD,
        ["Groupe hospitalier de la Haute-Saône", "Mutualité Française Bourgogne-Franche-Comté"],
        "Élus, agents et bénévoles",
        2021,
        2025,
        "Former chaque année deux groupes aux premiers secours en santé mentale.",
    ),
    fiche(
        "3.2",
        "Créer un conseil local de santé mentale",
        3,
        PETR,
        ["Groupe hospitalier de la Haute-Saône", "Communauté de communes Val de Gray"],
        "Acteurs de la santé mentale",
        2022,
        2023,
        "Installer l'assemblée plénière et deux groupes de travail du conseil local.",
    ),
    fiche(
        "3.3",
        "Prévenir le suicide chez les agriculteurs",
        3,
        "MSA de Franche-Comté",
        ["Chambre d'agriculture de la Haute-Saône"],
        "Exploitants et salariés agricoles",
        2021,
        2025,
        "Constituer un réseau de sentinelles et faire connaître la ligne d'écoute Agri'écoute.",
    ),
    fiche(
        "3.4",
        "Faciliter l'accès des adolescents à un premier entretien",
        3,
        "Groupe hospitalier de la Haute-Saône",
        [
            "Maison des adolescents de la Haute-Saône",
            "Direction des services départementaux de l'Éducation nationale de la Haute-Saône",
        ],
        "Jeunes de 11 à 21 ans",
        2022,
        2025,
        "Ouvrir une permanence hebdomadaire d'accueil à Gray.",
    ),
    fiche(
        "3.5",
        "Accompagner les aidants de personnes âgées",
        3,
        "Département de la Haute-Saône",
        ["Plateforme de répit", "MSA de Franche-Comté"],
        "Proches aidants",
        2021,
        2024,
        "Proposer des cafés des aidants dans chacune des trois communautés de communes.",
    ),
    fiche(
        "3.6",
        "Repérer la fragilité des personnes âgées à domicile",
        3,
        "Caisse primaire d'assurance maladie de la Haute-Saône",
        ["Services d'aide à domicile", "CPTS du Pays Graylois"],
        "Personnes de plus de 70 ans vivant à domicile",
        2023,
        2025,
        "Déployer une grille de repérage commune aux aides à domicile et aux infirmiers.",
    ),
    fiche(
        "T.1",
        "Animer et coordonner le contrat local de santé",
        4,
        COORD,
        ["ARS Bourgogne-Franche-Comté"],
        "Signataires et partenaires du contrat",
        2021,
        2025,
        "Réunir les instances, suivre les fiches et tenir à jour le tableau de bord.",
    ),
    fiche(
        "T.2",
        "Associer les habitants aux choix de santé",
        4,
        PETR,
        ["Conseil de développement du Pays Graylois"],
        "Habitants volontaires",
        2021,
        2025,
        "Réunir un panel d'habitants deux fois par an.",
    ),
    fiche(
        "T.3",
        "Observer la santé du territoire",
        4,
        "ARS Bourgogne-Franche-Comté",
        ["Observatoire régional de la santé Bourgogne-Franche-Comté"],
        "Élus et professionnels",
        2023,
        2025,
        "Actualiser les indicateurs du diagnostic à mi-parcours et à la fin du contrat.",
    ),
    fiche(
        "T.4",
        "Communiquer sur les ressources de santé",
        4,
        COORD,
        ["Communauté de communes Quatre Rivières", "Communauté de communes des Monts de Gy"],
        "Tous les habitants",
        2021,
        2025,
        "Tenir un annuaire en ligne et publier une lettre semestrielle.",
    ),
    fiche(
        "T.5",
        "Intégrer la santé dans les projets d'aménagement",
        4,
        "Communauté de communes Val de Gray",
        ["Région Bourgogne-Franche-Comté", "Préfecture de la Haute-Saône"],
        "Élus et services d'urbanisme",
        2022,
        2025,
        "Appliquer une grille d'analyse santé aux projets d'aménagement soumis au PETR.",
    ),
    fiche(
        "T.6",
        "Évaluer le contrat",
        4,
        "ARS Bourgogne-Franche-Comté",
        [PETR],
        "Signataires du contrat",
        2025,
        2025,
        "Conduire l'évaluation finale avec un prestataire extérieur.",
    ),
]

GRID = [
    (
        "Pôle d'équilibre territorial et rural du Pays Graylois",
        "Le Président",
        "Jean-Claude<br/>Marchal-Vuillemin",
    ),
    ("Agence régionale de santé Bourgogne-Franche-Comté", "Le Directeur général", "Hervé Rouvière"),
    (
        "Préfecture de la Haute-Saône",
        "Pour le Préfet et par délégation,<br/>le Secrétaire général",
        "Olivier Tissot",
    ),
    (
        "Région Bourgogne-Franche-Comté",
        "Pour la Présidente du conseil régional,<br/>la Vice-présidente déléguée à la santé",
        "Annie Perrot-Guyon",
    ),
    (
        "Département de la Haute-Saône",
        "Le Président du conseil départemental",
        "Yves Krattinger-Bolle",
    ),
    ("Caisse primaire d'assurance maladie de la Haute-Saône", "La Directrice", "Sylvie Caillet"),
    ("MSA de Franche-Comté", "Le Directeur général", "Thierry Mourey"),
    ("Caisse d'allocations familiales de la Haute-Saône", "Le Directeur", "Laurent Jeunot"),
    (
        "Direction des services départementaux de l'Éducation nationale de la Haute-Saône",
        "L'Inspectrice d'académie – Directrice académique",
        "Catherine<br/>Vieille-Bourdin",
    ),
    ("Groupe hospitalier de la Haute-Saône", "Le Directeur général", "Pascal Menetrier"),
    ("Communauté de communes Val de Gray", "Le Président", "Michel Poirson"),
    ("Communauté de communes des Monts de Gy", "La Présidente", "Brigitte Cuenot"),
    ("Communauté de communes Quatre Rivières", "Le Président", "Gilles Trouttet"),
    (
        "Communauté professionnelle territoriale de santé du Pays Graylois",
        "Le Président",
        "Dr Antoine Lecoultre",
    ),
]

PAYS_GRAYLOIS: dict[str, Any] = {
    "id": "g01-cls2-pays-graylois-2021-2025",
    "header": "Contrat local de santé du Pays Graylois – deuxième génération – 2021-2025",
    "footer": "PETR du Pays Graylois – ARS Bourgogne-Franche-Comté – Préfecture de la Haute-Saône",
    "logos": [
        "PETR du Pays Graylois",
        "ARS Bourgogne-Franche-Comté",
        "Préfet de la Haute-Saône",
        "Région Bourgogne-Franche-Comté",
        "Haute-Saône le Département",
        "l'Assurance Maladie Haute-Saône",
        "MSA Franche-Comté",
        "Caf de la Haute-Saône",
        "Éducation nationale 70",
        "GH70",
        "IREPS BFC",
        "Mutualité Française BFC",
    ],
    "cover_top": "Haute-Saône – Pays Graylois",
    "cover_title": "CONTRAT LOCAL DE SANTÉ<br/>DU PAYS GRAYLOIS",
    "cover_sub": "CLS 2 – deuxième génération",
    "cover_years": "2021 – 2025",
    "quote": (
        "« La santé est un état de complet bien-être physique, mental et social, et ne "
        "consiste pas seulement en une absence de maladie ou d'infirmité. »",
        "Préambule à la Constitution de l'Organisation mondiale de la santé, signée le 22 juillet 1946",
    ),
    "two_column_preamble": True,
    "preamble": [
        ("h", "A. Un premier contrat de 2017 à 2020"),
        "Le jeudi 26 janvier 2017, l'État, l'Agence régionale de santé Bourgogne-Franche-Comté "
        "et le Pays Graylois signaient, avec de nombreux partenaires, le premier contrat local "
        "de santé du territoire. Conclu pour les années 2017 à 2019, ce contrat comptait six "
        "signataires et dix-huit actions réparties en trois axes : la réduction des inégalités "
        "territoriales, l'amélioration des parcours de santé et la santé des jeunes.",
        "Un avenant signé le 12 décembre 2019 a prolongé ce premier contrat jusqu'au 31 décembre "
        "2020, afin de ne pas interrompre les actions pendant la préparation du suivant ; la crise "
        "sanitaire du printemps 2020 a ensuite retardé l'évaluation, remise en octobre 2020.",
        ("h", "B. Le territoire"),
        "Le Pays Graylois réunit trois communautés de communes, 114 communes et un peu moins de "
        "50 000 habitants. Un habitant sur trois a plus de 60 ans ; la densité de médecins "
        "généralistes y est inférieure de 30 % à la moyenne régionale.",
        ("h", "C. Le diagnostic de 2020"),
        "L'Observatoire régional de la santé a actualisé en 2020 le diagnostic de 2016. Une "
        "enquête auprès de 620 habitants et trois réunions publiques ont complété les données.",
        ("h", "D. Les plans avec lesquels le contrat s'articule"),
        "Le contrat décline le Projet régional de santé Bourgogne-Franche-Comté 2018-2028. Il "
        "tient compte du projet territorial de santé mentale de la Haute-Saône 2020-2025, du "
        "contrat de ville de Gray 2015-2022 et du plan départemental de l'habitat 2019-2024.",
    ],
    "parties": [
        (
            "Le Pôle d'équilibre territorial et rural du Pays Graylois",
            "représenté par son Président, M. Jean-Claude Marchal-Vuillemin, habilité par "
            "délibération du comité syndical du 22 juin 2021",
        ),
        (
            "L'Agence régionale de santé Bourgogne-Franche-Comté",
            "représentée par son Directeur général, M. Hervé Rouvière",
        ),
    ],
    "coparties_intro": "ET LES SIGNATAIRES ASSOCIÉS :",
    "coparties": [
        (
            "La Préfecture de la Haute-Saône",
            "représentée par le Secrétaire général, par délégation du Préfet",
        ),
        (
            "La Région Bourgogne-Franche-Comté",
            "représentée par sa Vice-présidente déléguée à la santé",
        ),
        (
            "Le Département de la Haute-Saône",
            "représenté par le Président du conseil départemental",
        ),
        (
            "La Caisse primaire d'assurance maladie de la Haute-Saône",
            "représentée par sa Directrice",
        ),
        ("La MSA de Franche-Comté", "représentée par son Directeur général"),
        ("La Caisse d'allocations familiales de la Haute-Saône", "représentée par son Directeur"),
        (
            "La Direction des services départementaux de l'Éducation nationale de la Haute-Saône",
            "représentée par l'Inspectrice d'académie",
        ),
        ("Le Groupe hospitalier de la Haute-Saône", "représenté par son Directeur général"),
        ("La Communauté de communes Val de Gray", "représentée par son Président"),
        ("La Communauté de communes des Monts de Gy", "représentée par sa Présidente"),
        ("La Communauté de communes Quatre Rivières", "représentée par son Président"),
        (
            "La Communauté professionnelle territoriale de santé du Pays Graylois",
            "représentée par son Président",
        ),
    ],
    "vu": [
        "Vu le code de la santé publique, notamment ses articles L. 1434-2 et L. 1434-10 ;",
        "Vu la loi n° 2009-879 du 21 juillet 2009 portant réforme de l'hôpital et relative aux "
        "patients, à la santé et aux territoires ;",
        "Vu l'arrêté du 2 juillet 2018 portant adoption du Projet régional de santé "
        "Bourgogne-Franche-Comté 2018-2028 ;",
        "Vu le contrat local de santé du Pays Graylois signé le 26 janvier 2017 et son avenant du "
        "12 décembre 2019 ;",
        "Vu la délibération du comité syndical du PETR du Pays Graylois du 22 juin 2021 ;",
    ],
    "articles": [
        (
            "Article 1 – Objet du contrat",
            [
                "Le présent document est le deuxième contrat local de santé du Pays Graylois. Il "
                "fixe les engagements des quatorze signataires pour réduire les inégalités "
                "sociales et territoriales de santé. Son programme compte quatre axes, dont un axe "
                "transversal, et vingt-quatre fiches actions présentées au titre III.",
            ],
        ),
        (
            "Article 2 – Périmètre",
            [
                "Le contrat s'applique aux 114 communes des communautés de communes Val de Gray, "
                "des Monts de Gy et Quatre Rivières. Les actions peuvent s'étendre aux communes "
                "voisines de la Côte-d'Or et du Jura lorsque les bassins de vie l'exigent.",
            ],
        ),
        (
            "Article 3 – Durée",
            [
                "Le contrat est conclu pour cinq ans. Il prend effet à la date de sa signature et "
                "couvre les années 2021 à 2025. Il peut être modifié par avenant, après avis du "
                "comité de pilotage, notamment pour accueillir de nouveaux signataires.",
            ],
        ),
        (
            "Article 4 – Engagements de l'ARS",
            [
                "L'Agence régionale de santé cofinance le poste de coordination à hauteur de 50 % "
                "dans la limite de 25 000 euros par an, et ouvre ses appels à projets aux actions "
                "du contrat.",
            ],
        ),
        (
            "Article 5 – Engagements du PETR",
            [
                "Le PETR du Pays Graylois recrute la coordinatrice du contrat, anime les instances "
                "et assure le lien avec les trois communautés de communes membres.",
            ],
        ),
        (
            "Article 6 – Engagements des signataires associés",
            [
                "Chaque signataire associé mobilise ses dispositifs de droit commun au service des "
                "fiches dont il est pilote ou partenaire, et désigne un référent.",
                "L'Instance régionale d'éducation et de promotion de la santé (IREPS) "
                "Bourgogne-Franche-Comté et la Mutualité Française Bourgogne-Franche-Comté sont "
                "partenaires du contrat sans en être signataires : elles apportent leur appui "
                "méthodologique et leurs programmes de prévention.",
            ],
        ),
        (
            "Article 7 – Gouvernance",
            [
                "Le comité de pilotage, coprésidé par le Président du PETR et le Directeur général "
                "de l'ARS ou leurs représentants, réunit les quatorze signataires au moins une fois "
                "par an. Il valide la programmation annuelle et les éventuels avenants.",
                "Le comité technique, animé par la coordinatrice, se réunit chaque trimestre. Des "
                "groupes de travail thématiques suivent chacun des quatre axes.",
            ],
        ),
        (
            "Article 8 – Suivi et évaluation",
            [
                "Un bilan à mi-parcours sera présenté au comité de pilotage à la fin de l'année "
                "2023. L'évaluation finale, conduite en 2025, dira s'il convient de préparer un "
                "troisième contrat.",
            ],
        ),
        (
            "Article 9 – Communication",
            [
                "Les signataires s'engagent à faire figurer la mention « action du contrat local "
                "de santé du Pays Graylois » sur tout support relatif aux actions soutenues.",
            ],
        ),
        (
            "Article 10 – Résiliation",
            [
                "Chaque signataire peut se retirer du contrat par lettre adressée au Président du "
                "PETR, avec un préavis de six mois. Le retrait d'un signataire associé ne met pas "
                "fin au contrat.",
            ],
        ),
    ],
    "summary_intro": (
        "Le programme d'actions est organisé en quatre axes. Le tableau ci-dessous indique, pour "
        "chacun, les fiches actions qui le déclinent ; chaque fiche est présentée ensuite sous "
        "forme de tableau."
    ),
    "axes": [
        ("Axe stratégique n° 1", "Renforcer l'accès aux soins de proximité"),
        ("Axe stratégique n° 2", "Prévenir et promouvoir la santé à tous les âges"),
        ("Axe stratégique n° 3", "Agir pour la santé mentale et le bien vieillir"),
        ("Axe transversal", "Coordonner, observer et faire participer"),
    ],
    "fiches": FICHES,
    "signature_line": (
        "Fait à Gray, le 8 juillet 2021, en quatorze exemplaires originaux. Les signataires "
        "apposent leur signature ci-dessous et sur la page suivante."
    ),
    "grid": GRID,
    "annex": [
        ("ARS", "Agence régionale de santé"),
        ("CLSM", "Conseil local de santé mentale"),
        ("CPTS", "Communauté professionnelle territoriale de santé"),
        ("DSDEN", "Direction des services départementaux de l'Éducation nationale"),
        ("GH70", "Groupe hospitalier de la Haute-Saône"),
        ("IREPS", "Instance régionale d'éducation et de promotion de la santé"),
        ("ORS", "Observatoire régional de la santé"),
        ("PETR", "Pôle d'équilibre territorial et rural"),
        ("PRS", "Projet régional de santé"),
        ("PTSM", "Projet territorial de santé mentale"),
    ],
}

LONG_CONTRACTS: list[dict[str, Any]] = [PAYS_GRAYLOIS]
