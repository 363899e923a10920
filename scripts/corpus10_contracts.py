"""Data of the long signed contract of corpus10 (see ``make_corpus10_pdfs.py``).

The wording is the team's own; the real facts the contract is built on, and the facts
invented to complete it, are listed in ``tests/fixtures/corpus10/README.md``.
"""

from __future__ import annotations

from typing import Any

from corpus6_contracts import fiche

PETR = "PETR du Pays de la Bresse bourguignonne"
ARS = "ARS Bourgogne-Franche-Comté"
CPAM = "CPAM de Saône-et-Loire"
CD = "Département de Saône-et-Loire"
MSA = "MSA Bourgogne"
CHL = "Centre hospitalier de Louhans"

BRESSE: dict[str, Any] = {
    "id": "m02-cls2-pays-bresse-bourguignonne-2019-2023",
    "header": "Contrat local de santé n° 2 du Pays de la Bresse bourguignonne – 2019-2023",
    "footer": "PETR du Pays de la Bresse bourguignonne – ARS Bourgogne-Franche-Comté",
    "logos": [
        "PETR Bresse bourguignonne",
        "ARS Bourgogne-Franche-Comté",
        "Préfet de Saône-et-Loire",
        "Région Bourgogne-Franche-Comté",
        "Saône-et-Loire le Département",
        "Assurance Maladie Saône-et-Loire",
        "MSA Bourgogne",
        "IREPS BFC",
    ],
    "cover_top": "Pôle d'équilibre territorial et rural du Pays de la Bresse bourguignonne",
    "cover_title": "CONTRAT LOCAL DE SANTÉ",
    "cover_sub": "de deuxième génération du Pays de la Bresse bourguignonne",
    "cover_years": "2019 – 2023",
    "quote": (
        "« La santé se crée et se vit dans le cadre de la vie quotidienne : là où l'on "
        "apprend, où l'on travaille, où l'on joue et où l'on aime. »",
        "Charte d'Ottawa pour la promotion de la santé, 21 novembre 1986",
    ),
    "two_column_preamble": True,
    "preamble": [
        (
            "Le territoire compte 88 communes réparties entre trois communautés de communes "
            "(Bresse Louhannaise Intercom', Terres de Bresse et Bresse Nord Intercom'), pour "
            "environ 63 000 habitants. Un habitant sur trois a plus de 60 ans."
        ),
        ("h", "Un premier contrat, de 2014 à 2017"),
        (
            "Le Pays de la Bresse bourguignonne a signé son premier contrat local de santé le "
            "12 mars 2014 à Louhans avec l'Agence régionale de santé de Bourgogne et la "
            "Préfecture de Saône-et-Loire. Ce contrat à trois signataires couvrait les années "
            "2014 à 2016 ; un avenant du 9 décembre 2016 l'a prolongé jusqu'au 31 décembre "
            "2017. Il comptait quatorze actions, dont la création d'un réseau de "
            "professionnels de santé et un forum annuel de prévention."
        ),
        (
            "La fusion des régions au 1er janvier 2016 a confié le suivi de ce premier contrat "
            "à l'ARS Bourgogne-Franche-Comté, qui en a conduit l'évaluation en 2018 avec "
            "l'appui d'un cabinet extérieur."
        ),
        ("h", "Un deuxième contrat élargi"),
        (
            "Le présent contrat est le deuxième contrat local de santé du Pays. Il s'appuie "
            "sur un diagnostic actualisé par l'Observatoire régional de la santé entre "
            "septembre 2018 et février 2019 et sur trois ateliers qui ont réuni 170 "
            "participants. Il décline localement le Projet régional de santé 2018-2028 et "
            "tient compte du contrat de ruralité 2017-2020 et du PTSM de Saône-et-Loire."
        ),
        (
            "Le comité syndical du PETR a approuvé le contrat par délibération du 27 juin "
            "2019 ; le conseil départemental l'a approuvé le 4 juillet 2019."
        ),
    ],
    "parties": [
        (
            "Le Pôle d'équilibre territorial et rural du Pays de la Bresse bourguignonne",
            "représenté par son Président, M. Aurélien Cordelier",
        ),
        (
            "L'Agence régionale de santé Bourgogne-Franche-Comté",
            "représentée par son Directeur général, M. Pierre Vassal-Morin",
        ),
    ],
    "coparties_intro": "ET les signataires associés :",
    "coparties": [
        ("L'État", "représenté par le Préfet de Saône-et-Loire, M. Hervé Lamotte-Drouin"),
        (
            "La Région Bourgogne-Franche-Comté",
            "représentée par sa Vice-présidente, Mme Odile Ferrandier",
        ),
        ("Le Département de Saône-et-Loire", "représenté par son Président, M. Loïc Berthaud"),
        (
            "La Caisse primaire d'assurance maladie de Saône-et-Loire",
            "représentée par sa Directrice, Mme Agathe Rouvière",
        ),
        (
            "La Mutualité sociale agricole de Bourgogne",
            "représentée par son Directeur général, M. Yann Perraudin",
        ),
        (
            "La Caisse d'allocations familiales de Saône-et-Loire",
            "représentée par sa Directrice, Mme Sabine Clerget",
        ),
        ("Le Centre hospitalier de Louhans", "représenté par son Directeur, M. Étienne Varambon"),
        (
            "La Direction des services départementaux de l'Éducation nationale de Saône-et-Loire",
            "représentée par l'Inspectrice d'académie, Mme Nadège Fourcault",
        ),
        (
            "La Communauté de communes Bresse Louhannaise Intercom'",
            "représentée par son Président, M. Rémi Sornay",
        ),
        (
            "La Communauté de communes Terres de Bresse",
            "représentée par son Président, M. Julien Dufraigne",
        ),
        (
            "La Communauté de communes Bresse Nord Intercom'",
            "représentée par sa Présidente, Mme Colette Baudrand",
        ),
        (
            "La Ville de Louhans-Châteaurenaud",
            "représentée par son Maire, M. Gérald Mazuir",
        ),
    ],
    "vu": [
        "Vu le code de la santé publique, notamment ses articles L. 1434-2 et L. 1434-10 ;",
        "Vu la loi n° 2016-41 du 26 janvier 2016 de modernisation de notre système de santé ;",
        "Vu l'arrêté du 2 juillet 2018 portant adoption du Projet régional de santé Bourgogne-Franche-Comté 2018-2028 ;",
        "Vu la délibération du comité syndical du PETR du 27 juin 2019 ;",
        "Vu l'avis de la conférence territoriale de santé du 14 mai 2019 ;",
    ],
    "articles": [
        (
            "Article 1 – Objet",
            [
                "Le présent contrat fixe les engagements des signataires pour réduire les "
                "inégalités sociales et territoriales de santé sur le Pays de la Bresse "
                "bourguignonne. Il prend la suite du contrat 2014-2017 décrit au préambule.",
            ],
        ),
        (
            "Article 2 – Périmètre",
            [
                "Le contrat couvre les 88 communes des trois communautés de communes membres "
                "du PETR. Certaines actions pourront associer les territoires voisins du "
                "Chalonnais et de la Bresse jurassienne.",
            ],
        ),
        (
            "Article 3 – Durée",
            [
                "Le contrat est conclu pour cinq ans. Il couvre la période 2019-2023 et prend "
                "effet à la date de sa signature. Il pourra être révisé chaque année par "
                "avenant, après avis du comité de pilotage.",
            ],
        ),
        (
            "Article 4 – Axes stratégiques",
            [
                "Le programme d'actions s'organise autour de quatre axes stratégiques, "
                "présentés au titre III, et compte vingt-deux fiches actions.",
            ],
        ),
        (
            "Article 5 – Engagements des signataires",
            [
                "Chaque signataire mobilise ses moyens de droit commun pour les actions dont "
                "il est pilote ou partenaire. L'ARS finance la moitié du poste de "
                "coordination (0,5 ETP), le PETR l'autre moitié.",
            ],
        ),
        (
            "Article 6 – Gouvernance",
            [
                "Un comité de pilotage, coprésidé par le Président du PETR et le délégué "
                "départemental de l'ARS, se réunit au moins une fois par an. Un comité "
                "technique prépare ses travaux. L'Instance régionale d'éducation et de "
                "promotion de la santé (IREPS) Bourgogne-Franche-Comté accompagne la "
                "coordination en qualité de partenaire, sans être signataire du contrat.",
            ],
        ),
        (
            "Article 7 – Suivi et évaluation",
            [
                "Chaque fiche action comporte ses indicateurs. Une évaluation à mi-parcours "
                "est prévue en 2021, l'évaluation finale en 2023, en vue d'un éventuel "
                "troisième contrat.",
            ],
        ),
        (
            "Article 8 – Communication",
            [
                "Les signataires font mention du contrat dans leurs publications relatives "
                "aux actions qu'il soutient.",
            ],
        ),
        (
            "Article 9 – Résiliation",
            [
                "Le contrat peut être dénoncé par l'un des signataires avec un préavis de "
                "trois mois, par lettre recommandée adressée aux autres parties.",
            ],
        ),
    ],
    "summary_intro": (
        "Le tableau ci-dessous récapitule les quatre axes stratégiques et la répartition des "
        "vingt-deux fiches actions. Chaque fiche est ensuite présentée sur une page."
    ),
    "axes": [
        ("Axe 1", "Renforcer l'offre de soins de proximité"),
        ("Axe 2", "Prévenir et promouvoir la santé à tous les âges"),
        ("Axe 3", "Améliorer les parcours de santé des personnes vulnérables"),
        ("Axe 4", "Agir pour un environnement favorable à la santé"),
    ],
    "fiches": [
        fiche(
            "1.1",
            "Accueillir les internes et les étudiants en santé",
            1,
            PETR,
            [ARS, "Faculté de médecine de Dijon", CHL],
            "Internes et étudiants en santé",
            2019,
            2023,
            "Faire découvrir le territoire aux futurs professionnels.",
        ),
        fiche(
            "1.2",
            "Accompagner les projets de maisons de santé pluriprofessionnelles",
            1,
            ARS,
            [PETR, CPAM, "Région Bourgogne-Franche-Comté"],
            "Professionnels de santé libéraux",
            2019,
            2022,
            "Soutenir l'ingénierie des projets d'exercice coordonné.",
        ),
        fiche(
            "1.3",
            "Développer la télémédecine en EHPAD",
            1,
            CHL,
            [ARS, "EHPAD du territoire"],
            "Résidents des EHPAD",
            2020,
            2023,
            "Éviter des transferts vers les urgences.",
        ),
        fiche(
            "1.4",
            "Faire connaître l'offre de soins non programmés",
            1,
            CPAM,
            [PETR, "Ordre des médecins de Saône-et-Loire"],
            "Tous les habitants",
            2019,
            2020,
            "Informer sur les recours en dehors des heures d'ouverture des cabinets.",
        ),
        fiche(
            "1.5",
            "Soutenir l'émergence d'une CPTS",
            1,
            "URPS Médecins libéraux Bourgogne-Franche-Comté",
            [ARS, CPAM, PETR],
            "Professionnels de santé du territoire",
            2020,
            2023,
            "Structurer la coordination des professionnels de ville.",
        ),
        fiche(
            "1.6",
            "Organiser un transport solidaire vers les lieux de soins",
            1,
            "Bresse Louhannaise Intercom'",
            [MSA, "Associations de bénévoles"],
            "Personnes sans moyen de transport",
            2019,
            2021,
            "Réduire les renoncements aux soins liés à la mobilité.",
        ),
        fiche(
            "2.1",
            "Promouvoir l'activité physique adaptée",
            2,
            PETR,
            ["IREPS Bourgogne-Franche-Comté", "Clubs sportifs"],
            "Personnes atteintes de maladies chroniques",
            2019,
            2023,
            "Développer l'offre de sport-santé.",
        ),
        fiche(
            "2.2",
            "Prévenir les conduites addictives chez les jeunes",
            2,
            "DSDEN de Saône-et-Loire",
            ["ANPAA 71", "Collèges et lycées"],
            "Collégiens et lycéens",
            2019,
            2023,
            "Renforcer les compétences psychosociales.",
        ),
        fiche(
            "2.3",
            "Améliorer la participation aux dépistages organisés des cancers",
            2,
            CPAM,
            ["Centre régional de coordination des dépistages des cancers", MSA],
            "Personnes de 50 à 74 ans",
            2019,
            2023,
            "Augmenter les taux de participation.",
        ),
        fiche(
            "2.4",
            "Promouvoir la vaccination",
            2,
            ARS,
            [CPAM, "Pharmaciens d'officine"],
            "Tous les habitants",
            2020,
            2021,
            "Améliorer la couverture vaccinale.",
        ),
        fiche(
            "2.5",
            "Développer l'éducation à la nutrition",
            2,
            "Terres de Bresse",
            ["Restaurants scolaires", "IREPS Bourgogne-Franche-Comté"],
            "Enfants de 3 à 11 ans",
            2019,
            2022,
            "Favoriser une alimentation équilibrée.",
        ),
        fiche(
            "2.6",
            "Prévenir les chutes des personnes âgées",
            2,
            MSA,
            ["CARSAT Bourgogne-Franche-Comté", CD],
            "Personnes de plus de 65 ans",
            2020,
            2023,
            "Organiser des ateliers d'équilibre.",
        ),
        fiche(
            "3.1",
            "Structurer le parcours des personnes âgées à domicile",
            3,
            CD,
            [CHL, "Services d'aide à domicile"],
            "Personnes âgées dépendantes",
            2019,
            2023,
            "Coordonner les interventions à domicile.",
        ),
        fiche(
            "3.2",
            "Soutenir les aidants",
            3,
            "CIAS Bresse Louhannaise",
            [CD, MSA],
            "Aidants familiaux",
            2019,
            2023,
            "Proposer du répit et de l'information.",
        ),
        fiche(
            "3.3",
            "Améliorer l'accès aux droits et aux soins des personnes précaires",
            3,
            CPAM,
            ["CCAS du territoire", "CAF de Saône-et-Loire"],
            "Personnes en situation de précarité",
            2019,
            2023,
            "Repérer les situations de non-recours.",
        ),
        fiche(
            "3.4",
            "Créer un conseil local de santé mentale",
            3,
            PETR,
            ["Centre hospitalier spécialisé de Sevrey", ARS],
            "Personnes souffrant de troubles psychiques",
            2020,
            2022,
            "Réunir élus, soignants et usagers.",
        ),
        fiche(
            "3.5",
            "Former les acteurs au repérage de la crise suicidaire",
            3,
            ARS,
            ["Centre hospitalier spécialisé de Sevrey"],
            "Professionnels de première ligne",
            2021,
            2023,
            "Constituer un réseau de sentinelles.",
        ),
        fiche(
            "3.6",
            "Accompagner la santé des personnes en situation de handicap",
            3,
            "MDPH de Saône-et-Loire",
            [CD, "Établissements médico-sociaux"],
            "Personnes en situation de handicap",
            2020,
            2023,
            "Faciliter l'accès aux soins courants.",
        ),
        fiche(
            "4.1",
            "Améliorer la qualité de l'air intérieur",
            4,
            PETR,
            ["Atmo Bourgogne-Franche-Comté", ARS],
            "Crèches et écoles",
            2020,
            2022,
            "Sensibiliser les gestionnaires d'établissements.",
        ),
        fiche(
            "4.2",
            "Lutter contre l'habitat indigne",
            4,
            "Direction départementale des territoires de Saône-et-Loire",
            [CD, "Communes du territoire"],
            "Occupants de logements dégradés",
            2019,
            2023,
            "Repérer et traiter les situations d'insalubrité.",
        ),
        fiche(
            "4.3",
            "Prévenir les risques liés à l'ambroisie",
            4,
            "Terres de Bresse",
            [ARS, "FREDON Bourgogne-Franche-Comté"],
            "Agriculteurs et collectivités",
            2019,
            2023,
            "Former des référents communaux.",
        ),
        fiche(
            "4.4",
            "Promouvoir un urbanisme favorable à la santé",
            4,
            PETR,
            ["CAUE de Saône-et-Loire", ARS],
            "Élus et techniciens des communes",
            2021,
            2023,
            "Intégrer la santé dans les documents d'urbanisme.",
        ),
    ],
    "signature_line": (
        "Fait à Louhans-Châteaurenaud, le 18 juillet 2019, en quatorze exemplaires "
        "originaux. Les signataires ci-dessous s'engagent, chacun pour ce qui le concerne, "
        "à mettre en œuvre le présent contrat. Ils conviennent de se réunir en comité de "
        "pilotage dans les six mois qui suivent la signature, de désigner chacun un référent "
        "technique chargé du suivi des fiches actions dont ils sont pilotes ou partenaires, et "
        "de transmettre chaque année au PETR les éléments nécessaires au bilan d'activité. Le "
        "présent contrat, ses annexes et ses fiches actions forment un tout indivisible ; les "
        "fiches pourront être actualisées par le comité de pilotage sans qu'il soit besoin "
        "d'un avenant, dès lors que leur objet n'est pas modifié. Le contrat sera publié sur "
        "les sites internet du PETR et de l'ARS. Chaque signataire appose ci-dessous sa "
        "signature, précédée de la mention de sa qualité, et le cachet de son institution. "
        "Les signatures des représentants des trois communautés de communes membres et de la "
        "ville-centre figurent à la suite de celles des institutions départementales et "
        "régionales, dans l'ordre retenu par le comité de pilotage du 13 juin 2019."
    ),
    "grid": [
        ("PETR du Pays de la Bresse bourguignonne", "Le Président", "Aurélien Cordelier"),
        (
            "Agence régionale de santé Bourgogne-Franche-Comté",
            "Le Directeur général",
            "Pierre Vassal-Morin",
        ),
        (
            "Préfecture de Saône-et-Loire",
            "Pour le Préfet, le Sous-Préfet de Louhans",
            "Bertrand Cuvelier",
        ),
        ("Région Bourgogne-Franche-Comté", "La Vice-présidente", "Odile Ferrandier"),
        ("Département de Saône-et-Loire", "Le Président", "Loïc Berthaud"),
        ("CPAM de Saône-et-Loire", "La Directrice", "Agathe Rouvière"),
        ("MSA de Bourgogne", "Le Directeur général", "Yann Perraudin"),
        ("CAF de Saône-et-Loire", "La Directrice", "Sabine Clerget"),
        ("Centre hospitalier de Louhans", "Le Directeur", "Étienne Varambon"),
        ("DSDEN de Saône-et-Loire", "L'Inspectrice d'académie", "Nadège Fourcault"),
        ("Bresse Louhannaise Intercom'", "Le Président", "Rémi Sornay"),
        ("Communauté de communes Terres de Bresse", "Le Président", "Julien Dufraigne"),
        ("Bresse Nord Intercom'", "La Présidente", "Colette Baudrand"),
        ("Ville de Louhans-Châteaurenaud", "Le Maire", "Gérald Mazuir"),
    ],
    "annex": [
        ("ARS", "Agence régionale de santé"),
        ("CLSM", "Conseil local de santé mentale"),
        ("CPTS", "Communauté professionnelle territoriale de santé"),
        ("IREPS", "Instance régionale d'éducation et de promotion de la santé"),
        ("MSP", "Maison de santé pluriprofessionnelle"),
        ("ORS", "Observatoire régional de la santé"),
        ("PETR", "Pôle d'équilibre territorial et rural"),
        ("PRS", "Projet régional de santé"),
        ("PTSM", "Projet territorial de santé mentale"),
    ],
}

LONG_CONTRACTS = [BRESSE]
