"""Data of the long signed contract of corpus8 (see ``make_corpus8_pdfs.py``).

The wording is the team's own; the real facts the contract is built on, and the facts
invented to complete it, are listed in ``tests/fixtures/corpus8/README.md``.
"""

from __future__ import annotations

from typing import Any

from corpus6_contracts import fiche

CCHVO = "Communauté de communes du Haut Val-d'Oise"
CPAM = "CPAM du Val-d'Oise"
GHCPO = "Groupe hospitalier Carnelle Portes de l'Oise"

FICHES = [
    fiche(
        "I.1",
        "Accompagner l'installation des jeunes médecins",
        1,
        CCHVO,
        ["ARS Île-de-France", CPAM, "Département du Val-d'Oise"],
        "Internes et médecins récemment diplômés",
        2025,
        2028,
        "Faire connaître le territoire aux internes et faciliter leur première installation.",
    ),
    fiche(
        "I.2",
        "Ouvrir un centre de santé intercommunal à Persan",
        1,
        "Ville de Persan",
        [CCHVO, "ARS Île-de-France"],
        "Habitants sans médecin traitant",
        2025,
        2027,
        "Offrir des consultations de médecine générale aux habitants qui n'ont plus de médecin.",
    ),
    fiche(
        "I.3",
        "Faciliter l'accès aux droits de santé",
        1,
        CPAM,
        ["CCAS de Persan", "CCAS de Beaumont-sur-Oise", "Caf du Val-d'Oise"],
        "Personnes en situation de précarité",
        2025,
        2028,
        "Repérer les personnes sans couverture complémentaire et les accompagner.",
    ),
    fiche(
        "I.4",
        "Développer la téléconsultation accompagnée en pharmacie",
        1,
        "CPTS du Haut Val-d'Oise",
        ["Pharmacies d'officine", CPAM],
        "Patients âgés ou sans moyen de transport",
        2026,
        2028,
        "Équiper quatre officines et former les pharmaciens à l'accompagnement.",
    ),
    fiche(
        "II.1",
        "Promouvoir les dépistages organisés des cancers",
        2,
        CPAM,
        ["Centre régional de coordination des dépistages des cancers", "Ligue contre le cancer"],
        "Adultes de 50 à 74 ans",
        2025,
        2028,
        "Augmenter la participation aux dépistages du sein et du côlon.",
    ),
    fiche(
        "II.2",
        "Prévenir le surpoids des enfants",
        2,
        CCHVO,
        ["DSDEN du Val-d'Oise", "Promotion Santé Île-de-France"],
        "Enfants de 3 à 11 ans et leurs familles",
        2025,
        2028,
        "Associer les écoles, les centres de loisirs et les familles autour de l'alimentation et du sport.",
    ),
    fiche(
        "II.3",
        "Renforcer la vaccination des adolescents",
        2,
        "ARS Île-de-France",
        ["DSDEN du Val-d'Oise", "Centre de vaccination départemental"],
        "Collégiens",
        2025,
        2026,
        "Organiser des séances de rattrapage vaccinal dans les collèges.",
    ),
    fiche(
        "II.4",
        "Prévenir les conduites addictives chez les jeunes",
        2,
        "Ville de Beaumont-sur-Oise",
        ["Consultation jeunes consommateurs", "Mission locale"],
        "Jeunes de 12 à 25 ans",
        2025,
        2028,
        "Former les animateurs et proposer des consultations de proximité.",
    ),
    fiche(
        "II.5",
        "Sensibiliser à la santé bucco-dentaire",
        2,
        CPAM,
        ["Union française pour la santé bucco-dentaire", "Écoles maternelles"],
        "Enfants de maternelle",
        2026,
        2027,
        "Proposer un dépistage et des ateliers de brossage dans les écoles.",
    ),
    fiche(
        "III.1",
        "Former les habitants aux premiers secours en santé mentale",
        3,
        CCHVO,
        ["Groupe hospitalier Carnelle Portes de l'Oise", "Associations locales"],
        "Professionnels de première ligne et habitants volontaires",
        2025,
        2028,
        "Former chaque année deux groupes de secouristes en santé mentale.",
    ),
    fiche(
        "III.2",
        "Créer un conseil local de santé mentale",
        3,
        GHCPO,
        [CCHVO, "Ville de Persan", "Ville de Beaumont-sur-Oise"],
        "Élus, professionnels et usagers",
        2025,
        2026,
        "Installer un lieu de concertation sur la santé mentale à l'échelle intercommunale.",
    ),
    fiche(
        "III.3",
        "Prévenir l'isolement des personnes âgées",
        3,
        "CCAS de Persan",
        ["Clubs de retraités", "Services d'aide à domicile"],
        "Personnes de plus de 70 ans vivant seules",
        2025,
        2028,
        "Repérer les personnes isolées et leur proposer des visites de convivialité.",
    ),
    fiche(
        "III.4",
        "Soutenir les aidants familiaux",
        3,
        "Département du Val-d'Oise",
        ["Plateforme de répit", CCHVO],
        "Aidants de personnes âgées ou handicapées",
        2026,
        2028,
        "Faire connaître les solutions de répit et organiser des cafés des aidants.",
    ),
    fiche(
        "IV.1",
        "Lutter contre l'habitat indigne",
        4,
        "Préfecture du Val-d'Oise",
        [CCHVO, "Caf du Val-d'Oise", "Communes membres"],
        "Occupants de logements dégradés",
        2025,
        2028,
        "Coordonner les signalements et les visites des logements dégradés.",
    ),
    fiche(
        "IV.2",
        "Améliorer la qualité de l'air intérieur dans les écoles",
        4,
        CCHVO,
        ["Communes membres", "Airparif"],
        "Enfants scolarisés et personnels des écoles",
        2026,
        2028,
        "Mesurer la qualité de l'air dans les écoles et former les agents à l'aération.",
    ),
    fiche(
        "IV.3",
        "Prévenir les risques liés aux moustiques tigres",
        4,
        "ARS Île-de-France",
        ["Communes membres", "Bailleurs sociaux"],
        "Tous les habitants",
        2025,
        2028,
        "Informer les habitants et supprimer les gîtes larvaires dans les espaces publics.",
    ),
    fiche(
        "IV.4",
        "Développer les mobilités actives favorables à la santé",
        4,
        CCHVO,
        ["Région Île-de-France", "Associations de cyclistes"],
        "Tous les habitants",
        2025,
        2028,
        "Aménager des itinéraires cyclables et promouvoir la marche au quotidien.",
    ),
    fiche(
        "V.1",
        "Animer et coordonner le contrat local de santé",
        5,
        CCHVO,
        ["ARS Île-de-France"],
        "Signataires et partenaires du contrat",
        2025,
        2028,
        "Assurer le pilotage, le secrétariat des instances et le suivi des fiches actions.",
    ),
    fiche(
        "V.2",
        "Observer la santé des habitants",
        5,
        CCHVO,
        ["Observatoire régional de santé Île-de-France"],
        "Élus et partenaires",
        2025,
        2028,
        "Actualiser chaque année un tableau de bord de la santé du territoire.",
    ),
    fiche(
        "V.3",
        "Associer les habitants à la politique locale de santé",
        5,
        CCHVO,
        ["Conseils citoyens", "Mutualité Française Île-de-France"],
        "Habitants du territoire",
        2025,
        2028,
        "Réunir chaque année une assemblée des habitants sur la santé.",
    ),
]

HAUT_VAL_D_OISE: dict[str, Any] = {
    "id": "h01-cls3-haut-val-d-oise-2025-2028",
    "header": "Contrat local de santé du Haut Val-d'Oise – CLS3 2025-2028",
    "footer": "CCHVO – ARS Île-de-France – Préfecture du Val-d'Oise",
    "logos": [
        "Haut Val-d'Oise Communauté de communes",
        "ARS Île-de-France",
        "Préfet du Val-d'Oise",
        "Région Île-de-France",
        "Val-d'Oise le Département",
        "Assurance Maladie Val-d'Oise",
        "Caf du Val-d'Oise",
        "Académie de Versailles",
    ],
    "cover_top": "Val-d'Oise – Haut Val-d'Oise",
    "cover_title": "CONTRAT LOCAL DE SANTÉ<br/>DU HAUT VAL-D'OISE",
    "cover_sub": "Troisième génération – CLS3",
    "cover_years": "2025 – 2028",
    "quote": (
        "« La santé est un état de complet bien-être physique, mental et social, et ne consiste "
        "pas seulement en une absence de maladie ou d'infirmité. »",
        "Préambule de la Constitution de l'Organisation mondiale de la santé, signée le 22 "
        "juillet 1946",
    ),
    "preamble": [
        ("h", "A. Une politique de santé engagée depuis 2012"),
        "Dès 2012, les élus de la Communauté de communes du Haut Val-d'Oise ont choisi de faire "
        "de la santé une priorité commune. Un premier contrat local de santé a été signé le 2 "
        "juillet 2013 par la Communauté de communes, l'Agence régionale de santé d'Île-de-France "
        "et le Préfet du Val-d'Oise. Conclu pour la période 2013-2016, il comptait quatorze "
        "actions, surtout tournées vers la prévention.",
        "Le deuxième contrat, signé le 14 novembre 2018 par sept signataires, couvrait les années "
        "2018 à 2022. Un avenant du 8 décembre 2022 l'a prolongé jusqu'au 31 décembre 2024, le "
        "temps d'en conduire l'évaluation et de préparer le contrat suivant.",
        ("h", "B. Le territoire"),
        "Le Haut Val-d'Oise réunit neuf communes et environ 36 000 habitants, au nord du "
        "département. Persan et Beaumont-sur-Oise concentrent plus de la moitié de la "
        "population. Près de 18 % des habitants vivent dans un quartier prioritaire de la "
        "politique de la ville, et la densité de médecins généralistes y est inférieure de 40 % à "
        "la moyenne régionale.",
        ("h", "C. Les travaux préparatoires"),
        "L'évaluation du deuxième contrat, conduite au premier semestre 2023, puis un diagnostic "
        "local de santé actualisé avec l'Observatoire régional de santé ont fondé les priorités du "
        "présent contrat. Cinq ateliers ont réuni 130 participants entre janvier et juin 2024 ; un "
        "questionnaire a recueilli l'avis de 640 habitants.",
        ("h", "D. L'articulation avec les autres démarches"),
        "Le contrat décline localement le Projet régional de santé d'Île-de-France 2023-2028. Il "
        "constitue le volet santé du contrat de ville « Engagements quartiers 2030 » de Persan et "
        "s'articule avec le projet territorial de santé mentale du Val-d'Oise 2021-2026 et le plan "
        "climat-air-énergie territorial adopté en 2021.",
    ],
    "parties": [
        (
            "La Communauté de communes du Haut Val-d'Oise",
            "représentée par sa Présidente, Mme Nadège Carbonnel, habilitée par délibération du "
            "conseil communautaire du 26 novembre 2024",
        ),
        (
            "L'Agence régionale de santé d'Île-de-France",
            "représentée par sa Directrice générale, et par délégation par la Directrice de la "
            "délégation départementale du Val-d'Oise, Mme Hélène Guérineau",
        ),
    ],
    "coparties_intro": "ET LES COSIGNATAIRES :",
    "coparties": [
        (
            "La Préfecture du Val-d'Oise",
            "représentée par le Sous-Préfet de Sarcelles, agissant pour le Préfet et par délégation",
        ),
        ("La Région Île-de-France", "représentée par sa Vice-présidente chargée de la santé"),
        ("Le Département du Val-d'Oise", "représenté par la Présidente du conseil départemental"),
        (
            "La Caisse primaire d'assurance maladie du Val-d'Oise",
            "représentée par son Directeur général",
        ),
        ("La Caisse d'allocations familiales du Val-d'Oise", "représentée par sa Directrice"),
        (
            "La Direction des services départementaux de l'Éducation nationale du Val-d'Oise",
            "représentée par l'Inspecteur d'académie",
        ),
        ("Le Groupe hospitalier Carnelle Portes de l'Oise", "représenté par sa Directrice"),
        (
            "La Communauté professionnelle territoriale de santé du Haut Val-d'Oise",
            "représentée par son Président",
        ),
        ("La Ville de Persan", "représentée par son Maire"),
        ("La Ville de Beaumont-sur-Oise", "représentée par son Maire"),
    ],
    "vu": [
        "Vu le code de la santé publique, notamment ses articles L. 1434-2 et L. 1434-10 ;",
        "Vu la loi n° 2009-879 du 21 juillet 2009 portant réforme de l'hôpital et relative aux "
        "patients, à la santé et aux territoires ;",
        "Vu la loi n° 2022-217 du 21 février 2022, dite loi 3DS ;",
        "Vu l'arrêté du 31 octobre 2023 portant adoption du Projet régional de santé "
        "d'Île-de-France 2023-2028 ;",
        "Vu le contrat local de santé de deuxième génération du 14 novembre 2018 et son avenant "
        "du 8 décembre 2022 ;",
        "Vu la délibération du conseil communautaire du 26 novembre 2024 ;",
    ],
    "articles": [
        (
            "Article 1 – Objet",
            [
                "Le présent contrat est le troisième contrat local de santé du Haut Val-d'Oise. "
                "Il fixe les engagements des signataires pour réduire les inégalités sociales, "
                "territoriales et environnementales de santé. Son programme compte cinq axes, "
                "dont un axe transversal, et vingt fiches actions présentées au titre III."
            ],
        ),
        (
            "Article 2 – Périmètre",
            [
                "Le contrat couvre les neuf communes membres de la Communauté de communes : "
                "Bernes-sur-Oise, Beaumont-sur-Oise, Bruyères-sur-Oise, Champagne-sur-Oise, "
                "Mours, Nointel, Noisy-sur-Oise, Persan et Ronquerolles. Une attention "
                "particulière est portée aux quartiers prioritaires du Village et des Chênes.",
            ],
        ),
        (
            "Article 3 – Durée",
            [
                "Le contrat est conclu pour quatre ans. Il couvre la période 2025-2028, alignée "
                "sur celle du Projet régional de santé. Il entre en vigueur à sa signature.",
                "Il pourra être prolongé par avenant dans l'attente du contrat suivant ; une "
                "prolongation ne pourra excéder douze mois.",
            ],
        ),
        (
            "Article 4 – Axes stratégiques",
            [
                "Les signataires retiennent les axes suivants, numérotés de I à V : l'accès aux "
                "soins et aux droits ; la prévention et la promotion de la santé à tous les âges ; "
                "la santé mentale et le bien vieillir ; la santé environnementale et le cadre de "
                "vie ; enfin, un axe transversal consacré à la coordination, à l'observation et à "
                "la participation des habitants.",
            ],
        ),
        (
            "Article 5 – Engagements des signataires",
            [
                "La Communauté de communes assure le portage et la coordination du contrat et "
                "finance un poste de coordinateur à temps plein, cofinancé à 50 % par l'Agence "
                "régionale de santé.",
                "L'Agence régionale de santé mobilise le fonds d'intervention régional pour les "
                "actions qui relèvent de ses priorités. Les autres signataires s'engagent à "
                "mobiliser leurs dispositifs de droit commun au service des fiches actions qu'ils "
                "pilotent ou auxquelles ils contribuent.",
            ],
        ),
        (
            "Article 6 – Partenaires associés",
            [
                "Promotion Santé Île-de-France et la Mutualité Française Île-de-France "
                "accompagnent la mise en œuvre de plusieurs actions, sans être signataires du "
                "présent contrat. D'autres partenaires pourront rejoindre la démarche par simple "
                "courrier au comité de pilotage.",
            ],
        ),
        (
            "Article 7 – Gouvernance",
            [
                "Un comité de pilotage, réunissant les douze signataires, se tient au moins une "
                "fois par an. Il valide le programme annuel et arrête les ajustements des fiches "
                "actions.",
                "Un comité technique, animé par le coordinateur, se réunit trois fois par an. Des "
                "groupes de travail thématiques suivent chaque axe.",
            ],
        ),
        (
            "Article 8 – Suivi et évaluation",
            [
                "Chaque fiche action comporte des indicateurs de suivi. Un bilan annuel est "
                "présenté au comité de pilotage ; une évaluation finale sera conduite au cours de "
                "la dernière année du contrat, en 2028.",
            ],
        ),
        (
            "Article 9 – Communication",
            [
                "Les signataires mentionnent le contrat local de santé dans leurs supports de "
                "communication relatifs aux actions qu'il prévoit et font figurer les logos des "
                "partenaires concernés.",
            ],
        ),
        (
            "Article 10 – Révision",
            [
                "Le contrat peut être révisé par avenant à la demande d'un ou plusieurs "
                "signataires, notamment pour ajouter ou retirer une fiche action.",
            ],
        ),
        (
            "Article 11 – Résiliation",
            [
                "Chaque signataire peut se retirer du contrat par lettre recommandée adressée aux "
                "autres signataires, avec un préavis de trois mois.",
            ],
        ),
        (
            "Article 12 – Litiges",
            [
                "Les litiges relatifs au présent contrat relèvent du tribunal administratif de "
                "Cergy-Pontoise, après une tentative de règlement amiable.",
            ],
        ),
    ],
    "axes": [
        ("Axe I", "Faciliter l'accès aux soins et aux droits"),
        ("Axe II", "Prévenir et promouvoir la santé à tous les âges de la vie"),
        ("Axe III", "Prendre soin de la santé mentale et bien vieillir"),
        ("Axe IV", "Agir sur l'environnement et le cadre de vie"),
        ("Axe V", "Coordonner, observer et associer les habitants (axe transversal)"),
    ],
    "summary_intro": "Les vingt fiches actions du contrat se répartissent entre les cinq axes, "
    "numérotés en chiffres romains, comme le résume le tableau suivant.",
    "fiches": FICHES,
    "signature_line": "Fait à Beaumont-sur-Oise, le 12 décembre 2024, en douze exemplaires "
    "originaux.",
    "grid": [
        (
            "Communauté de communes<br/>du Haut Val-d'Oise",
            "La Présidente",
            "Nadège Carbonnel",
        ),
        (
            "Agence régionale de santé<br/>d'Île-de-France",
            "Pour la Directrice générale et par délégation,<br/>la Directrice de la délégation "
            "départementale du Val-d'Oise",
            "Hélène Guérineau",
        ),
        (
            "Préfecture du Val-d'Oise",
            "Pour le Préfet et par délégation,<br/>le Sous-Préfet de Sarcelles",
            "Antoine Velluet",
        ),
        ("Région Île-de-France", "La Vice-présidente chargée de la santé", "Corinne Maubuisson"),
        (
            "Département du Val-d'Oise",
            "La Présidente du conseil départemental",
            "Marielle Fontanet",
        ),
        (
            "Caisse primaire d'assurance<br/>maladie du Val-d'Oise",
            "Le Directeur général",
            "Frédéric Lemasson",
        ),
        ("Caisse d'allocations familiales<br/>du Val-d'Oise", "La Directrice", "Sylvie Dorval"),
        (
            "Direction des services départementaux<br/>de l'Éducation nationale du Val-d'Oise",
            "L'Inspecteur d'académie",
            "Patrice Héricourt",
        ),
        (
            "Groupe hospitalier Carnelle<br/>Portes de l'Oise",
            "La Directrice",
            "Anne-Laure Vasseur",
        ),
        (
            "Communauté professionnelle<br/>territoriale de santé du Haut Val-d'Oise",
            "Le Président",
            "Dr Karim Benslimane",
        ),
        ("Ville de Persan", "Le Maire", "Jean-Michel Quéré"),
        ("Ville de Beaumont-sur-Oise", "Le Maire", "Olivier Daumas"),
    ],
    "annex": [
        ("ARS", "Agence régionale de santé"),
        ("CLSM", "Conseil local de santé mentale"),
        ("CPTS", "Communauté professionnelle territoriale de santé"),
        ("DSDEN", "Direction des services départementaux de l'Éducation nationale"),
        ("FIR", "Fonds d'intervention régional"),
        ("ORS", "Observatoire régional de santé"),
        ("PRS", "Projet régional de santé"),
        ("PTSM", "Projet territorial de santé mentale"),
        ("QPV", "Quartier prioritaire de la politique de la ville"),
    ],
}

LONG_CONTRACTS = [HAUT_VAL_D_OISE]
