"""Data of the three long signed contracts of corpus5 (see ``make_corpus5_pdfs.py``).

The wording is the team's own; the real facts each contract is built on, and the facts
invented to complete it, are listed in ``tests/fixtures/corpus5/README.md``.
"""

from __future__ import annotations

from typing import Any

Fiche = dict[str, Any]


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
) -> Fiche:
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


SAINT_FLOUR: dict[str, Any] = {
    "id": "f12-cls2-saint-flour-2017-2022",
    "header": "Contrat local de santé du Bassin de santé intermédiaire de Saint-Flour – 2017-2022",
    "footer": "CLS Bassin de Saint-Flour – version signée",
    "logos": [
        "ARS Auvergne-Rhône-Alpes",
        "Hautes Terres Communauté",
        "Saint-Flour Communauté",
        "Préfecture du Cantal",
        "Cantal – le Département",
        "CPAM du Cantal",
        "CH Saint-Flour",
        "CDOM Cantal",
    ],
    "cover_top": "Bassin de santé intermédiaire de Saint-Flour",
    "cover_title": "CONTRAT LOCAL DE SANTÉ",
    "cover_sub": "Hautes Terres Communauté – Saint-Flour Communauté",
    "cover_years": "2017 – 2022",
    "quote": (
        "« La santé est un état de complet bien-être physique, mental et social, et ne consiste "
        "pas seulement en une absence de maladie ou d'infirmité. »",
        "Préambule de la Constitution de l'Organisation mondiale de la santé, signée à New York le "
        "22 juillet 1946",
    ),
    "two_column_preamble": False,
    "preamble": [
        ("h2", "Une démarche engagée dès 2013"),
        "Le territoire n'en est pas à son premier contrat. Un premier contrat local de santé, celui "
        "du Pays de Saint-Flour Haute-Auvergne, avait été signé le 28 juin 2013 par l'Agence "
        "régionale de santé d'Auvergne, le Pays, la Préfecture du Cantal et le Conseil général du "
        "Cantal. Conclu pour la période 2013-2016, il comptait neuf actions, dont la création de "
        "deux maisons de santé pluriprofessionnelles.",
        "Son évaluation, conduite au printemps 2016, a salué la mobilisation des professionnels "
        "mais relevé un pilotage trop éloigné des intercommunalités. La fusion des communautés de "
        "communes au 1er janvier 2017 a permis de repenser le périmètre : le présent document est "
        "le deuxième contrat local de santé du bassin.",
        ("h2", "Un diagnostic actualisé"),
        "L'Observatoire régional de la santé a actualisé en 2016 le diagnostic de 2012. Le bassin "
        "compte 80 communes et près de 25 000 habitants ; un tiers de la population a plus de 60 "
        "ans. La densité de médecins généralistes y est inférieure de 25 % à la moyenne "
        "régionale et six généralistes sur dix ont plus de 55 ans.",
        "Plus de 110 professionnels, élus et représentants associatifs ont été consultés lors de "
        "quatre ateliers tenus entre mars et juin 2017. Leurs propositions ont nourri les "
        "quatorze fiches actions du contrat.",
    ],
    "parties": [
        (
            "L'Agence régionale de santé Auvergne-Rhône-Alpes",
            "représentée par son Directeur général",
        ),
        (
            "Hautes Terres Communauté",
            "représentée par sa Présidente, dûment habilitée par délibération du 14 décembre 2017",
        ),
        (
            "Saint-Flour Communauté",
            "représentée par son Président, dûment habilité par délibération du 18 décembre 2017",
        ),
    ],
    "coparties_intro": "ET les co-signataires associés :",
    "coparties": [
        ("La Préfecture du Cantal", "représentée par le Préfet"),
        ("Le Conseil départemental du Cantal", "représenté par sa Vice-Présidente"),
        ("La Caisse primaire d'assurance maladie du Cantal", "représentée par son Directeur"),
        (
            "Le Centre hospitalier de Saint-Flour et de Chaudes-Aigues",
            "représenté par son Directeur",
        ),
        ("Le Centre hospitalier de Murat", "représenté par son Directeur"),
        ("Le Centre hospitalier de Condat", "représenté par son Directeur"),
        (
            "Le Conseil départemental de l'Ordre des médecins du Cantal",
            "représenté par sa Vice-Présidente",
        ),
        (
            "Le Conseil départemental de l'Ordre des masseurs-kinésithérapeutes du Cantal",
            "représenté par sa Secrétaire générale",
        ),
    ],
    "vu": [
        "Vu le code de la santé publique, notamment ses articles L. 1434-2, L. 1434-10 et L. 1435-1 ;",
        "Vu la loi n° 2016-41 du 26 janvier 2016 de modernisation de notre système de santé ;",
        "Vu le projet régional de santé d'Auvergne 2012-2016, arrêté le 25 avril 2012 par le "
        "Directeur général de l'ARS d'Auvergne, prorogé jusqu'à l'adoption du projet régional "
        "de santé Auvergne-Rhône-Alpes ;",
        "Vu les délibérations du conseil communautaire de Hautes Terres Communauté du 14 décembre "
        "2017 et du conseil communautaire de Saint-Flour Communauté du 18 décembre 2017 ;",
    ],
    "articles": [
        (
            "Article 1 – Objet du contrat",
            [
                "Le présent contrat a pour objet de réduire les inégalités sociales et "
                "territoriales de santé sur le bassin de santé intermédiaire de Saint-Flour. Il "
                "est porté conjointement par Hautes Terres Communauté et Saint-Flour Communauté, "
                "avec l'Agence régionale de santé.",
            ],
        ),
        (
            "Article 2 – Durée",
            [
                "Le contrat couvre la période 2017-2022. Il prend effet à la date de sa signature "
                "et s'achève le 31 décembre 2022.",
            ],
        ),
        (
            "Article 3 – Périmètre",
            [
                "Le contrat s'applique aux 80 communes des deux communautés de communes. Les "
                "communes de la bordure lozérienne peuvent être associées aux actions sans être "
                "parties au contrat.",
            ],
        ),
        (
            "Article 4 – Axes stratégiques et programme d'actions",
            [
                "Le contrat s'organise en quatre axes stratégiques, déclinés en quatorze fiches "
                "actions présentées en partie III.",
            ],
        ),
        (
            "Article 5 – Gouvernance",
            [
                "Un comité de pilotage, coprésidé par les deux présidents d'intercommunalité et "
                "par la déléguée départementale de l'ARS, se réunit au moins une fois par an. "
                "Un comité technique suit les actions chaque trimestre.",
                "La Mutualité sociale agricole Auvergne et l'Instance régionale d'éducation et de "
                "promotion de la santé (IREPS) Auvergne-Rhône-Alpes participent au comité de "
                "pilotage en qualité de partenaires associés, sans être signataires.",
            ],
        ),
        (
            "Article 6 – Engagements des signataires",
            [
                "Les signataires s'engagent à mobiliser leurs dispositifs de droit commun au "
                "service des actions. L'ARS finance la moitié du poste de coordination, dans la "
                "limite de 25 000 euros par an.",
            ],
        ),
        (
            "Article 7 – Suivi, évaluation et révision",
            [
                "Un bilan à mi-parcours sera présenté en 2020. Le contrat peut être modifié par "
                "avenant, à la demande de l'un des signataires, après avis du comité de pilotage. "
                "Une évaluation finale sera conduite au cours du second semestre 2022.",
            ],
        ),
    ],
    "axes": [
        ("Axe 1", "Favoriser l'accès aux soins de premier recours et l'attractivité du territoire"),
        ("Axe 2", "Développer la prévention et la promotion de la santé"),
        ("Axe 3", "Accompagner le vieillissement et le handicap à domicile"),
        ("Axe 4", "Soutenir la santé mentale et prévenir les conduites addictives"),
    ],
    "fiches": [
        fiche(
            "1.1",
            "Accueillir les internes et les jeunes médecins",
            1,
            "Saint-Flour Communauté",
            ["Faculté de médecine de Clermont-Ferrand", "CDOM du Cantal"],
            "Internes et étudiants en santé",
            2018,
            2022,
            "Proposer un logement, un accueil et un tutorat aux internes en stage sur le bassin.",
        ),
        fiche(
            "1.2",
            "Soutenir les maisons de santé pluriprofessionnelles",
            1,
            "Hautes Terres Communauté",
            ["ARS Auvergne-Rhône-Alpes", "CPAM du Cantal"],
            "Professionnels de santé",
            2018,
            2021,
            "Accompagner les projets de santé des maisons de Murat, Massiac et Pierrefort.",
        ),
        fiche(
            "1.3",
            "Développer la télémédecine dans les EHPAD",
            1,
            "Centre hospitalier de Saint-Flour",
            ["EHPAD du bassin", "GCS SARA"],
            "Résidents des EHPAD",
            2019,
            2022,
            "Équiper six établissements en téléconsultation et téléexpertise.",
        ),
        fiche(
            "1.4",
            "Organiser la permanence des soins ambulatoires",
            1,
            "CDOM du Cantal",
            ["Médecins généralistes", "SAMU 15"],
            "Population du bassin",
            2018,
            2019,
            "Redécouper les secteurs de garde et stabiliser le tour de garde.",
        ),
        fiche(
            "2.1",
            "Promouvoir l'activité physique adaptée",
            2,
            "Saint-Flour Communauté",
            ["Clubs sportifs", "Comité départemental olympique"],
            "Personnes atteintes de maladies chroniques",
            2018,
            2022,
            "Créer trois créneaux de sport santé par semaine.",
        ),
        fiche(
            "2.2",
            "Prévenir l'obésité chez les enfants",
            2,
            "Hautes Terres Communauté",
            ["Éducation nationale", "PMI du Cantal"],
            "Enfants de 3 à 11 ans",
            2018,
            2020,
            "Mener des ateliers nutrition dans les écoles et les accueils de loisirs.",
        ),
        fiche(
            "2.3",
            "Améliorer la participation aux dépistages des cancers",
            2,
            "CPAM du Cantal",
            ["Centre régional de coordination des dépistages", "Pharmacies"],
            "Personnes de 50 à 74 ans",
            2019,
            2022,
            "Relayer les campagnes de dépistage organisé et accompagner les personnes éloignées.",
        ),
        fiche(
            "2.4",
            "Sensibiliser à la santé environnementale",
            2,
            "Saint-Flour Communauté",
            ["ATMO Auvergne-Rhône-Alpes", "Fédération de chasse"],
            "Habitants",
            2020,
            2022,
            "Informer sur le radon, la qualité de l'air intérieur et les tiques.",
        ),
        fiche(
            "3.1",
            "Repérer les fragilités des personnes âgées",
            3,
            "Hautes Terres Communauté",
            ["Services d'aide à domicile", "Caisse de retraite"],
            "Personnes de plus de 75 ans",
            2018,
            2022,
            "Former les intervenants à domicile au repérage de la fragilité.",
        ),
        fiche(
            "3.2",
            "Soutenir les aidants",
            3,
            "Saint-Flour Communauté",
            ["Plateforme de répit", "Associations d'aidants"],
            "Aidants familiaux",
            2018,
            2021,
            "Ouvrir un café des aidants à Saint-Flour et un second à Murat.",
        ),
        fiche(
            "3.3",
            "Adapter les logements au vieillissement",
            3,
            "Hautes Terres Communauté",
            ["ANAH", "Ergothérapeutes libéraux"],
            "Propriétaires âgés",
            2019,
            2022,
            "Accompagner cinquante adaptations de logement.",
        ),
        fiche(
            "4.1",
            "Former les acteurs au premier secours en santé mentale",
            4,
            "Centre hospitalier de Saint-Flour",
            ["UNAFAM", "Missions locales"],
            "Professionnels et bénévoles",
            2018,
            2020,
            "Former quatre-vingts personnes au repérage de la souffrance psychique.",
        ),
        fiche(
            "4.2",
            "Prévenir les conduites addictives des jeunes",
            4,
            "Saint-Flour Communauté",
            ["ANPAA 15", "Lycées du bassin"],
            "Jeunes de 12 à 25 ans",
            2018,
            2022,
            "Organiser des interventions en milieu scolaire et festif.",
        ),
        fiche(
            "4.3",
            "Coordonner le parcours en psychiatrie",
            4,
            "Centre hospitalier de Saint-Flour",
            ["Centre hospitalier Henri-Mondor d'Aurillac", "Médecins généralistes"],
            "Personnes souffrant de troubles psychiques",
            2020,
            2022,
            "Créer une consultation avancée de psychiatrie à Murat.",
        ),
    ],
    "summary_intro": "Le tableau ci-dessous résume les quatre axes stratégiques et leurs quatorze fiches actions.",
    "signature_line": "Fait à Saint-Flour, le 21 décembre 2017, en onze exemplaires originaux.",
    "grid": [
        (
            "Pour l'Agence régionale de santé Auvergne-Rhône-Alpes",
            "Le Directeur général",
            "Dr Marc Ollivaux",
        ),
        ("Pour Hautes Terres Communauté", "La Présidente", "Martine Laporte-Vidal"),
        ("Pour Saint-Flour Communauté", "Le Président", "Pierre Jaulhac"),
        ("Pour l'État", "Le Préfet du Cantal", "Hervé Castagné"),
        ("Pour le Conseil départemental du Cantal", "La Vice-Présidente", "Sophie Malbec"),
        (
            "Pour la Caisse primaire d'assurance maladie du Cantal",
            "Le Directeur",
            "Gilles Roumégoux",
        ),
        (
            "Pour le Centre hospitalier de Saint-Flour et de Chaudes-Aigues",
            "Le Directeur",
            "Arnaud Pouget",
        ),
        ("Pour le Centre hospitalier de Murat", "Le Directeur", "Luc Fabre-Lestrade"),
        ("Pour le Centre hospitalier de Condat", "Le Directeur", "Jean Rouffiac"),
        (
            "Pour le Conseil départemental de l'Ordre des médecins du Cantal",
            "La Vice-Présidente",
            "Dr Anne Séverac-Bouchard",
        ),
        (
            "Pour le Conseil départemental de l'Ordre des masseurs-kinésithérapeutes du Cantal",
            "La Secrétaire générale",
            "Céline Astruc",
        ),
    ],
    "annex": [
        ("CDOM", "Conseil départemental de l'Ordre des médecins"),
        ("EHPAD", "Établissement d'hébergement pour personnes âgées dépendantes"),
        ("IREPS", "Instance régionale d'éducation et de promotion de la santé"),
        ("MSP", "Maison de santé pluriprofessionnelle"),
        ("ORS", "Observatoire régional de la santé"),
    ],
}


BEZIERS: dict[str, Any] = {
    "id": "f13-cls3-beziers-mediterranee-2024-2028",
    "header": "CLS 3 du territoire Béziers Méditerranée 2024-2028",
    "footer": "Agglomération Béziers Méditerranée – Ville de Béziers – ARS Occitanie",
    "logos": [
        "Agence Régionale de Santé Occitanie",
        "Béziers Méditerranée Agglomération",
        "Ville de Béziers",
        "Préfet de l'Hérault",
        "Hérault le Département",
        "Assurance Maladie Hérault",
    ],
    "cover_top": "Agence Régionale de Santé Occitanie – Communauté d'Agglomération Béziers Méditerranée – Ville de Béziers",
    "cover_title": "CONTRAT LOCAL DE SANTÉ<br/>DU TERRITOIRE BÉZIERS MÉDITERRANÉE",
    "cover_sub": "Troisième génération",
    "cover_years": "2024 – 2028",
    "quote": (
        "« Faire de la santé l'affaire de toutes les politiques publiques. »",
        "Déclaration d'Adélaïde sur la santé dans toutes les politiques, 13 avril 2010",
    ),
    "two_column_preamble": False,
    "preamble": [
        ("h2", "Une dynamique de santé ancienne"),
        "La Ville de Béziers s'est engagée dans la santé publique bien avant la création des "
        "contrats locaux de santé : son Atelier santé ville date de 2006. Le premier contrat local "
        "de santé du territoire a été signé le 11 juillet 2013 par l'Agence régionale de santé du "
        "Languedoc-Roussillon, l'Agglomération et la Ville, pour la période 2013-2017, avec "
        "vingt-trois fiches actions.",
        "Le deuxième contrat, signé le 5 avril 2018 pour 2018-2022 par sept partenaires, a été "
        "prolongé par un avenant du 12 décembre 2022 jusqu'au 31 décembre 2023 afin de laisser "
        "le temps d'évaluer ses résultats après la crise sanitaire.",
        ("h2", "Ce que dit l'évaluation"),
        "L'évaluation conduite en 2023 par un cabinet indépendant a montré une forte implication "
        "des acteurs de la prévention, mais un axe consacré à la santé mentale trop peu doté. "
        "Elle recommandait un contrat plus resserré, avec des indicateurs de suivi.",
        "Le territoire compte 17 communes et environ 128 000 habitants. Un quart d'entre eux vit "
        "dans l'un des quartiers prioritaires de la politique de la ville.",
        ("h2", "Le troisième contrat"),
        "Le présent contrat est le troisième contrat local de santé du territoire. Il est porté "
        "conjointement par la Communauté d'agglomération Béziers Méditerranée et la Ville de "
        "Béziers, avec l'Agence régionale de santé Occitanie. Il constitue le volet santé du "
        "contrat de ville « Quartiers 2030 ».",
    ],
    "parties": [
        ("L'Agence Régionale de Santé Occitanie", "représentée par son Directeur général"),
        (
            "La Communauté d'agglomération Béziers Méditerranée",
            "représentée par son Président, autorisé par délibération du 27 juin 2024",
        ),
        (
            "La Ville de Béziers",
            "représentée par son Maire, autorisé par délibération du 24 juin 2024",
        ),
    ],
    "coparties_intro": "ET :",
    "coparties": [
        ("L'État", "représenté par le Sous-Préfet de Béziers"),
        ("Le Département de l'Hérault", "représenté par son Président"),
        ("La Caisse primaire d'assurance maladie de l'Hérault", "représentée par sa Directrice"),
        ("Le Centre hospitalier de Béziers", "représenté par son Directeur"),
        ("Le Centre communal d'action sociale de Béziers", "représenté par sa Vice-Présidente"),
        (
            "La Direction des services départementaux de l'Éducation nationale de l'Hérault",
            "représentée par son Directeur académique",
        ),
    ],
    "vu": [
        "Vu le code de la santé publique, notamment ses articles L. 1434-10 et L. 1435-1 ;",
        "Vu la loi n° 2022-217 du 21 février 2022 relative à la différenciation, la "
        "décentralisation, la déconcentration et portant diverses mesures de simplification ;",
        "Vu le projet régional de santé Occitanie 2023-2028 ;",
        "Vu le contrat local de santé 2018-2022 et son avenant du 12 décembre 2022 ;",
    ],
    "articles": [
        (
            "Article 1 – Objet",
            [
                "Le contrat définit les engagements des signataires pour améliorer la santé des "
                "habitants du territoire Béziers Méditerranée et réduire les inégalités sociales "
                "et territoriales de santé.",
            ],
        ),
        (
            "Article 2 – Durée",
            [
                "Le contrat est conclu pour cinq ans à compter du 1er janvier 2024, soit pour la "
                "période 2024-2028.",
            ],
        ),
        (
            "Article 3 – Axes stratégiques",
            [
                "Le contrat comprend quatre axes stratégiques et un axe transversal, déclinés en "
                "quinze fiches actions.",
            ],
        ),
        (
            "Article 4 – Gouvernance",
            [
                "Le comité de pilotage réunit les signataires deux fois par an. L'association "
                "Promotion Santé Occitanie accompagne l'évaluation en lien avec le comité "
                "technique, sans être signataire du contrat.",
            ],
        ),
        (
            "Article 5 – Financement",
            [
                "Chaque signataire mobilise ses crédits de droit commun. L'ARS contribue au poste "
                "de coordination à hauteur de 30 000 euros par an.",
            ],
        ),
        (
            "Article 6 – Révision",
            [
                "Le contrat peut être révisé par avenant, notamment pour intégrer de nouvelles "
                "fiches actions, sur proposition du comité de pilotage.",
            ],
        ),
    ],
    "axes": [
        ("Axe 1", "Accès aux droits et aux soins"),
        ("Axe 2", "Santé des enfants, des jeunes et des familles"),
        ("Axe 3", "Santé mentale et conduites addictives"),
        ("Axe 4", "Bien vieillir sur le territoire"),
        ("Axe transversal", "Santé environnementale et urbanisme favorable à la santé"),
    ],
    "fiches": [
        fiche(
            "1.1",
            "Aller vers les publics éloignés des droits",
            1,
            "CCAS de Béziers",
            ["CPAM de l'Hérault", "Maison France services"],
            "Personnes sans couverture complémentaire",
            2024,
            2028,
            "Organiser des permanences d'accès aux droits dans les quartiers.",
        ),
        fiche(
            "1.2",
            "Installer un centre de santé intercommunal",
            1,
            "Communauté d'agglomération Béziers Méditerranée",
            ["ARS Occitanie", "Centre hospitalier de Béziers"],
            "Habitants sans médecin traitant",
            2024,
            2026,
            "Ouvrir un centre de santé de six médecins salariés.",
        ),
        fiche(
            "1.3",
            "Faciliter l'accueil des étudiants en santé",
            1,
            "Ville de Béziers",
            ["Faculté de médecine Montpellier-Nîmes", "CPTS du Biterrois"],
            "Internes et étudiants",
            2024,
            2028,
            "Proposer un logement et un accompagnement aux stagiaires.",
        ),
        fiche(
            "2.1",
            "Renforcer les bilans de santé en école maternelle",
            2,
            "DSDEN de l'Hérault",
            ["PMI", "Ville de Béziers"],
            "Enfants de 3 à 6 ans",
            2024,
            2027,
            "Atteindre 90 % d'enfants vus en moyenne section.",
        ),
        fiche(
            "2.2",
            "Prévenir le surpoids des enfants",
            2,
            "Ville de Béziers",
            ["Restauration scolaire", "Clubs sportifs"],
            "Enfants et familles",
            2025,
            2028,
            "Développer des ateliers cuisine et activité physique.",
        ),
        fiche(
            "2.3",
            "Accompagner la parentalité",
            2,
            "CCAS de Béziers",
            ["CAF de l'Hérault", "Maisons de quartier"],
            "Parents de jeunes enfants",
            2024,
            2028,
            "Ouvrir deux lieux d'accueil enfants-parents.",
        ),
        fiche(
            "3.1",
            "Déployer les premiers secours en santé mentale",
            3,
            "Communauté d'agglomération Béziers Méditerranée",
            ["UNAFAM", "Missions locales"],
            "Professionnels de première ligne",
            2024,
            2026,
            "Former cent vingt personnes.",
        ),
        fiche(
            "3.2",
            "Créer un conseil local de santé mentale intercommunal",
            3,
            "Centre hospitalier de Béziers",
            ["Psychiatrie publique", "Bailleurs sociaux"],
            "Personnes vivant avec un trouble psychique",
            2024,
            2025,
            "Installer le conseil et ses commissions.",
        ),
        fiche(
            "3.3",
            "Prévenir les conduites addictives des jeunes",
            3,
            "Ville de Béziers",
            ["CSAPA", "Lycées"],
            "Jeunes de 12 à 25 ans",
            2024,
            2028,
            "Intervenir en milieu scolaire et festif.",
        ),
        fiche(
            "4.1",
            "Lutter contre l'isolement des aînés",
            4,
            "CCAS de Béziers",
            ["Associations de bénévoles", "La Poste"],
            "Personnes âgées isolées",
            2024,
            2028,
            "Organiser des visites de convivialité.",
        ),
        fiche(
            "4.2",
            "Prévenir les chutes",
            4,
            "Communauté d'agglomération Béziers Méditerranée",
            ["Caisse de retraite", "Kinésithérapeutes"],
            "Personnes de plus de 65 ans",
            2025,
            2027,
            "Proposer des ateliers équilibre dans les 17 communes.",
        ),
        fiche(
            "4.3",
            "Soutenir les aidants",
            4,
            "CCAS de Béziers",
            ["Plateforme de répit"],
            "Aidants",
            2024,
            2028,
            "Développer le répit à domicile.",
        ),
        fiche(
            "T.1",
            "Lutter contre l'habitat indigne",
            5,
            "Ville de Béziers",
            ["ARS Occitanie", "ADIL"],
            "Locataires du parc privé",
            2024,
            2028,
            "Repérer et traiter cent logements par an.",
        ),
        fiche(
            "T.2",
            "Lutter contre le moustique tigre",
            5,
            "Communauté d'agglomération Béziers Méditerranée",
            ["EID Méditerranée"],
            "Habitants",
            2024,
            2028,
            "Mener des campagnes de prévention chaque printemps.",
        ),
        fiche(
            "T.3",
            "Aménager des îlots de fraîcheur",
            5,
            "Ville de Béziers",
            ["CAUE de l'Hérault"],
            "Habitants des quartiers prioritaires",
            2025,
            2028,
            "Végétaliser six cours d'école.",
        ),
    ],
    "summary_intro": "Les quatre axes stratégiques et l'axe transversal regroupent quinze fiches actions.",
    "signature_line": "Fait à Béziers, le 3 juillet 2024.",
    "grid": [
        ("Agence Régionale de Santé Occitanie", "Le Directeur général", "Denis Aubrac-Moreau"),
        ("Communauté d'agglomération Béziers Méditerranée", "Le Président", "Alain Perrotin"),
        ("Ville de Béziers", "Le Maire", "Sylvain Roquefeuil"),
        ("L'État", "Le Sous-Préfet de Béziers", "Emmanuel Lafarge"),
        ("Département de l'Hérault", "Le Président", "Bernard Lacombe"),
        ("Caisse primaire d'assurance maladie de l'Hérault", "La Directrice", "Nathalie Roubaud"),
        ("Centre hospitalier de Béziers", "Le Directeur", "Olivier Laurentin"),
        ("Centre communal d'action sociale de Béziers", "La Vice-Présidente", "Claire Dumontel"),
        (
            "Direction des services départementaux de l'Éducation nationale de l'Hérault",
            "Le Directeur académique",
            "Thierry Gallois",
        ),
    ],
    "annex": [
        ("CPTS", "Communauté professionnelle territoriale de santé"),
        ("CSAPA", "Centre de soins, d'accompagnement et de prévention en addictologie"),
        ("DSDEN", "Direction des services départementaux de l'Éducation nationale"),
        ("EID", "Entente interdépartementale pour la démoustication"),
    ],
}


TERRES_DES_CONFLUENCES: dict[str, Any] = {
    "id": "f14-cls-terres-des-confluences-2021-2025",
    "header": "Contrat local de santé – Communauté de communes Terres des Confluences",
    "footer": "CLS Terres des Confluences 2021-2025",
    "logos": [
        "Terres des Confluences",
        "ARS Occitanie",
        "Tarn-et-Garonne le Département",
        "Assurance Maladie",
        "MSA",
        "CHIC Castelsarrasin-Moissac",
        "CH Montauban",
    ],
    "cover_top": "Tarn-et-Garonne",
    "cover_title": "CONTRAT LOCAL DE SANTÉ",
    "cover_sub": "Communauté de communes Terres des Confluences",
    "cover_years": "2021 – 2025",
    "quote": (
        "« Un territoire en bonne santé est un territoire attractif. »",
        "Conseil communautaire, séance du 10 décembre 2020",
    ),
    "two_column_preamble": True,
    "preamble": [
        ("h2", "Pourquoi un contrat local de santé ?"),
        "La Communauté de communes Terres des Confluences couvre 22 communes et près de 42 000 "
        "habitants, autour de Castelsarrasin et de Moissac. Comme beaucoup de territoires ruraux, "
        "elle voit ses médecins partir à la retraite sans successeur et sa population vieillir.",
        "Le contrat local de santé doit faciliter un égal accès aux services de santé et aux soins, "
        "rendre les parcours de santé plus lisibles et renforcer l'attractivité du territoire, "
        "pour les ménages, les entreprises et les professionnels de santé.",
        ("h2", "Un diagnostic partagé"),
        "Le diagnostic local de santé, réalisé en 2019 par l'Observatoire régional de la santé, "
        "a été présenté aux élus le 12 novembre 2019. Il relève une mortalité prématurée "
        "supérieure de 12 % à la moyenne nationale et un recours aux dépistages des cancers "
        "inférieur à celui du département.",
        "La crise sanitaire a retardé l'écriture du contrat d'un an ; les groupes de travail "
        "ont repris en septembre 2020 et réuni 85 participants.",
        ("h2", "Des signataires volontaires"),
        "La Communauté de communes et l'Agence régionale de santé Occitanie sont les signataires "
        "obligatoires du contrat. Le Conseil départemental de Tarn-et-Garonne, la Caisse primaire "
        "d'assurance maladie de Tarn-et-Garonne, la Mutualité sociale agricole Midi-Pyrénées "
        "Nord, la Direction départementale de la cohésion sociale et de la protection des "
        "populations de Tarn-et-Garonne, le Centre hospitalier intercommunal de "
        "Castelsarrasin-Moissac et le Centre hospitalier de Montauban ont souhaité en être "
        "signataires associés.",
        "Ce premier contrat local de santé de la communauté de communes s'inscrit dans le projet "
        "de territoire adopté en 2018 et dans le contrat de relance et de transition écologique "
        "en préparation.",
    ],
    "parties": [
        (
            "La Communauté de communes Terres des Confluences",
            "représentée par son Président, autorisé par délibération du 10 décembre 2020",
        ),
        ("L'Agence régionale de santé Occitanie", "représentée par son Directeur général"),
    ],
    "coparties_intro": "ET les signataires associés :",
    "coparties": [
        ("Le Conseil départemental de Tarn-et-Garonne", "représenté par sa Présidente"),
        (
            "La Caisse primaire d'assurance maladie de Tarn-et-Garonne",
            "représentée par son Directeur",
        ),
        (
            "La Mutualité sociale agricole Midi-Pyrénées Nord",
            "représentée par son Directeur général",
        ),
        (
            "La Direction départementale de la cohésion sociale et de la protection des populations de Tarn-et-Garonne",
            "représentée par sa Directrice",
        ),
        (
            "Le Centre hospitalier intercommunal de Castelsarrasin-Moissac",
            "représenté par son Directeur",
        ),
        ("Le Centre hospitalier de Montauban", "représenté par sa Directrice"),
    ],
    "vu": [
        "Vu le code de la santé publique, notamment son article L. 1434-10 ;",
        "Vu le projet régional de santé Occitanie 2018-2022 ;",
        "Vu la délibération du conseil communautaire du 10 décembre 2020 ;",
    ],
    "articles": [
        (
            "Article 1 – Objet",
            [
                "Le présent contrat a pour objet de mettre en œuvre, sur le territoire de la "
                "Communauté de communes Terres des Confluences, une politique de santé de "
                "proximité fondée sur le diagnostic de 2019.",
            ],
        ),
        (
            "Article 2 – Durée",
            [
                "Le contrat est conclu pour la période 2021-2025. Il peut être prolongé par "
                "avenant, pour une durée d'un an au plus, dans l'attente du contrat suivant.",
            ],
        ),
        (
            "Article 3 – Axes prioritaires",
            [
                "Le contrat retient trois axes prioritaires, déclinés en treize fiches actions.",
            ],
        ),
        (
            "Article 4 – Gouvernance",
            [
                "Un comité de pilotage réunit les signataires une fois par an ; une "
                "coordinatrice, recrutée par la communauté de communes, anime le comité "
                "technique. La CPTS Terres de Confluences est associée aux travaux du comité "
                "technique en qualité de partenaire.",
            ],
        ),
        (
            "Article 5 – Révision et évaluation",
            [
                "Le contrat peut être révisé par avenant à tout moment. Une évaluation "
                "intermédiaire est prévue en 2023 et une évaluation finale en 2025.",
            ],
        ),
    ],
    "axes": [
        ("Axe 1", "Accès aux soins et attractivité du territoire pour les professionnels de santé"),
        ("Axe 2", "Prévention et promotion de la santé tout au long de la vie"),
        ("Axe 3", "Parcours des personnes âgées et des personnes en situation de handicap"),
    ],
    "fiches": [
        fiche(
            "1",
            "Accueillir les professionnels de santé",
            1,
            "Communauté de communes Terres des Confluences",
            ["ARS Occitanie", "Conseil départemental de Tarn-et-Garonne"],
            "Étudiants et jeunes professionnels",
            2021,
            2025,
            "Créer un guichet unique d'accueil des professionnels.",
        ),
        fiche(
            "2",
            "Soutenir l'exercice coordonné",
            1,
            "CPTS Terres de Confluences",
            ["Maisons de santé", "CPAM de Tarn-et-Garonne"],
            "Professionnels de santé",
            2021,
            2024,
            "Accompagner deux nouveaux projets de santé.",
        ),
        fiche(
            "3",
            "Développer les consultations avancées de spécialistes",
            1,
            "Centre hospitalier de Montauban",
            ["CHIC Castelsarrasin-Moissac"],
            "Habitants",
            2022,
            2025,
            "Ouvrir des consultations de cardiologie et de gynécologie à Moissac.",
        ),
        fiche(
            "4",
            "Améliorer la mobilité vers les soins",
            1,
            "Communauté de communes Terres des Confluences",
            ["Transporteurs", "Associations"],
            "Personnes sans moyen de transport",
            2022,
            2025,
            "Mettre en place un transport à la demande vers les lieux de soins.",
        ),
        fiche(
            "5",
            "Renforcer les dépistages organisés des cancers",
            2,
            "CPAM de Tarn-et-Garonne",
            ["Centre régional de coordination des dépistages"],
            "Personnes de 50 à 74 ans",
            2021,
            2025,
            "Mener une campagne annuelle d'information.",
        ),
        fiche(
            "6",
            "Promouvoir une alimentation favorable à la santé",
            2,
            "MSA Midi-Pyrénées Nord",
            ["Producteurs locaux", "Cantines"],
            "Enfants et familles",
            2021,
            2023,
            "Développer des ateliers dans les écoles et les centres sociaux.",
        ),
        fiche(
            "7",
            "Prévenir les conduites addictives",
            2,
            "Communauté de communes Terres des Confluences",
            ["ANPAA 82", "Collèges"],
            "Jeunes de 11 à 25 ans",
            2021,
            2025,
            "Intervenir dans les collèges et les lieux festifs.",
        ),
        fiche(
            "8",
            "Promouvoir la santé mentale",
            2,
            "CHIC Castelsarrasin-Moissac",
            ["UNAFAM", "Missions locales"],
            "Tout public",
            2022,
            2025,
            "Organiser les semaines d'information sur la santé mentale.",
        ),
        fiche(
            "9",
            "Prévenir les risques liés à la chaleur et à l'eau",
            2,
            "DDCSPP de Tarn-et-Garonne",
            ["Communes"],
            "Personnes vulnérables",
            2021,
            2025,
            "Tenir à jour les registres canicule et informer sur les baignades.",
        ),
        fiche(
            "10",
            "Repérer les fragilités des personnes âgées",
            3,
            "Conseil départemental de Tarn-et-Garonne",
            ["Services d'aide à domicile"],
            "Personnes de plus de 70 ans",
            2021,
            2025,
            "Former les aides à domicile au repérage.",
        ),
        fiche(
            "11",
            "Soutenir les aidants",
            3,
            "Communauté de communes Terres des Confluences",
            ["Plateforme de répit"],
            "Aidants",
            2022,
            2025,
            "Créer un groupe de parole à Castelsarrasin.",
        ),
        fiche(
            "12",
            "Favoriser l'inclusion des personnes handicapées",
            3,
            "Communauté de communes Terres des Confluences",
            ["ESAT", "Associations"],
            "Personnes en situation de handicap",
            2022,
            2024,
            "Rendre accessibles les équipements sportifs.",
        ),
        fiche(
            "13",
            "Coordonner les sorties d'hospitalisation",
            3,
            "CHIC Castelsarrasin-Moissac",
            ["Dispositif d'appui à la coordination", "Infirmiers libéraux"],
            "Patients âgés",
            2021,
            2023,
            "Formaliser un protocole de sortie avec la ville.",
        ),
    ],
    "summary_intro": "Trois axes prioritaires, treize fiches actions :",
    "signature_line": "Fait à Castelsarrasin, le 08/07/2021.",
    "grid": [
        ("Communauté de communes Terres des Confluences", "Le Président", "Jean-Paul Cabanac"),
        ("Agence régionale de santé Occitanie", "Le Directeur général", "Jérôme Vialettes"),
        ("Conseil départemental de Tarn-et-Garonne", "La Présidente", "Hélène Mazars"),
        (
            "Caisse primaire d'assurance maladie de Tarn-et-Garonne",
            "Le Directeur",
            "Yannick Lautier",
        ),
        (
            "Mutualité sociale agricole Midi-Pyrénées Nord",
            "Le Directeur général",
            "Laurent Bonnefous",
        ),
        (
            "Direction départementale de la cohésion sociale et de la protection des populations de Tarn-et-Garonne",
            "La Directrice",
            "Agnès Maurel",
        ),
        (
            "Centre hospitalier intercommunal de Castelsarrasin-Moissac",
            "Le Directeur",
            "Thierry Capdeville",
        ),
        ("Centre hospitalier de Montauban", "La Directrice", "Claire Mothes"),
    ],
    "annex": [
        ("CHIC", "Centre hospitalier intercommunal"),
        ("CPTS", "Communauté professionnelle territoriale de santé"),
        (
            "DDCSPP",
            "Direction départementale de la cohésion sociale et de la protection des populations",
        ),
    ],
}

LONG_CONTRACTS = [SAINT_FLOUR, BEZIERS, TERRES_DES_CONFLUENCES]
