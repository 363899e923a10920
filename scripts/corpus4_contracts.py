"""The three long contracts of corpus4, as data (facts and sources in corpus4's README).

Every sentence is the team's own. Facts taken from public pages are listed in
``tests/fixtures/corpus4/README.md``; the rest (people, fiches, figures, some dates) is
invented and kept consistent inside each contract.
"""

from __future__ import annotations

from corpus4_long import Axis, Contract, Fiche


def F(
    number: str,
    title: str,
    pilot: str,
    partners: list[str],
    public: str,
    years: tuple[int, int],
    calendar: str,
    indicators: str,
) -> Fiche:
    """A fiche action in one line of data."""
    return Fiche(number, title, pilot, partners, public, years[0], years[1], calendar, indicators)


SAINT_PAUL = Contract(
    file_id="f09-cls2-saint-paul-2023-2028",
    meta_title="Contrat local de santé de deuxième génération de Saint-Paul 2023-2028",
    header="Ville de Saint-Paul – Contrat local de santé de 2e génération – 2023-2028",
    footer="Ville de Saint-Paul · ARS La Réunion",
    cover_top=["Ville de Saint-Paul", "Agence régionale de santé La Réunion"],
    cover_title="CONTRAT LOCAL DE SANTÉ",
    cover_sub=["de deuxième génération", "Ville de Saint-Paul", "2023 – 2028"],
    cover_quote="« Ville-Santé de l’OMS depuis 2011 »",
    preamble=[
        (
            "Historique de la démarche",
            [
                "Labellisée Ville-Santé de l’Organisation mondiale de la santé en 2011, la "
                "commune de Saint-Paul a très tôt placé la santé au cœur de ses politiques. Son "
                "premier contrat local de santé a été signé le 14 juin 2017 par le maire de "
                "Saint-Paul, la directrice générale de l’Agence de santé Océan Indien et le préfet "
                "de La Réunion. Conclu pour les années 2017 à 2021, il comptait vingt et une "
                "fiches actions ; un avenant l’a prolongé jusqu’au 31 décembre 2022, le temps de "
                "tirer les leçons de la crise sanitaire.",
                "L’évaluation de ce premier contrat, conduite au printemps 2022, a salué la "
                "dynamique créée dans les quartiers mais regretté la dispersion des actions. Le "
                "présent contrat, de deuxième génération, resserre donc le programme autour de "
                "quatre axes.",
            ],
        ),
        (
            "Le diagnostic local de santé",
            [
                "Le diagnostic réalisé en 2022 par l’Observatoire régional de la santé a porté "
                "sur les 105 000 habitants de la commune. Il confirme la fréquence du diabète, "
                "supérieure de près de moitié à la moyenne nationale, le poids des conduites "
                "addictives chez les jeunes adultes et des difficultés d’accès aux droits dans "
                "les écarts des Hauts.",
                "Plus de soixante acteurs institutionnels, associatifs et professionnels, ainsi "
                "que des conseils d’habitants, ont participé aux ateliers d’élaboration.",
            ],
        ),
        (
            "Le cadre juridique",
            [
                "Vu le code de la santé publique, notamment son article L. 1434-10 ;",
                "Vu le projet régional de santé de La Réunion 2023-2033 ;",
                "Vu la délibération du conseil municipal de Saint-Paul du 6 juillet 2023 "
                "autorisant le maire à signer le présent contrat ;",
                "Il est convenu ce qui suit.",
            ],
        ),
    ],
    articles=[
        (
            "Article 1 – Les parties",
            [
                "Le présent contrat est conclu entre la Ville de Saint-Paul, qui le porte, et "
                "l’Agence régionale de santé La Réunion. Il est cosigné par :",
                "- le Centre communal d’action sociale (CCAS) de Saint-Paul ;",
                "- la Préfecture de La Réunion ;",
                "- le Département de La Réunion ;",
                "- la Caisse générale de sécurité sociale (CGSS) de La Réunion ;",
                "- la Caisse d’allocations familiales (CAF) de La Réunion ;",
                "- le Rectorat de l’académie de La Réunion.",
            ],
        ),
        (
            "Article 2 – Objet",
            [
                "Le contrat a pour objet de réduire les inégalités sociales et territoriales de "
                "santé sur le territoire communal, en coordonnant les actions des signataires et "
                "en les inscrivant dans les priorités du projet régional de santé."
            ],
        ),
        (
            "Article 3 – Périmètre",
            [
                "Le contrat s’applique à l’ensemble du territoire de la commune, des quartiers du "
                "littoral aux écarts des Hauts. Le Territoire de la Côte Ouest, qui prépare son "
                "propre contrat à l’échelle intercommunale, est tenu informé de ses travaux."
            ],
        ),
        (
            "Article 4 – Durée",
            [
                "Le présent contrat est conclu pour une durée de cinq ans à compter de 2023. Il "
                "couvre ainsi la période 2023-2028 et prend effet à la date de sa signature."
            ],
        ),
        (
            "Article 5 – Les axes stratégiques",
            [
                "Le programme comprend quatre axes stratégiques, déclinés en seize fiches "
                "actions présentées dans la suite du document."
            ],
        ),
        (
            "Article 6 – Gouvernance",
            [
                "Un comité de pilotage, coprésidé par le maire et le directeur général de l’ARS, "
                "réunit les signataires une fois par an. Un comité technique prépare ses "
                "décisions. La coordination est assurée par la direction de la santé publique de "
                "la Ville.",
                "L’Instance régionale d’éducation et de promotion de la santé (IREPS) La Réunion "
                "accompagne l’animation du contrat en qualité de partenaire, sans en être "
                "signataire.",
            ],
        ),
        (
            "Article 7 – Financement",
            [
                "La Ville consacre 170 000 euros par an à la mise en œuvre du contrat ; l’ARS "
                "finance la moitié du poste de coordination. Les autres signataires mobilisent "
                "leurs dispositifs de droit commun."
            ],
        ),
        (
            "Article 8 – Suivi, évaluation et révision",
            [
                "Un bilan est présenté chaque année au comité de pilotage ; une évaluation finale "
                "est conduite en 2028. Le contrat peut être modifié par voie d’avenant, à la "
                "demande de l’un des signataires."
            ],
        ),
    ],
    summary_intro=(
        "Le tableau ci-dessous récapitule les quatre axes du contrat et le nombre de fiches "
        "actions rattachées à chacun."
    ),
    axes=[
        Axis(
            "Axe 1",
            "Prévenir le diabète par l’alimentation et l’activité physique",
            "Premier enjeu du diagnostic, le diabète appelle une prévention précoce, dans les "
            "écoles comme dans les quartiers.",
            [
                F(
                    "1.1",
                    "Proposer des ateliers cuisine-santé dans les quartiers",
                    "Ville de Saint-Paul (direction de la santé publique)",
                    ["CCAS de Saint-Paul", "associations de quartier"],
                    "Familles des quartiers prioritaires",
                    (2023, 2028),
                    "Ateliers mensuels de 2023 à 2028",
                    "Nombre d’ateliers ; nombre de participants",
                ),
                F(
                    "1.2",
                    "Développer le sport sur ordonnance",
                    "Ville de Saint-Paul (service des sports)",
                    ["CGSS de La Réunion", "médecins généralistes", "clubs sportifs"],
                    "Adultes atteints d’une maladie chronique",
                    (2024, 2028),
                    "Lancement en 2024 ; extension aux Hauts en 2026",
                    "Nombre de prescriptions ; taux d’assiduité",
                ),
                F(
                    "1.3",
                    "Éduquer au goût à l’école",
                    "Rectorat de l’académie de La Réunion",
                    ["Ville de Saint-Paul (restauration scolaire)", "parents d’élèves"],
                    "Élèves des écoles élémentaires",
                    (2023, 2027),
                    "Chaque année scolaire, de 2023 à 2027",
                    "Nombre de classes engagées",
                ),
                F(
                    "1.4",
                    "Organiser des journées de dépistage du diabète",
                    "CGSS de La Réunion",
                    ["pharmacies d’officine", "CCAS de Saint-Paul"],
                    "Adultes de plus de 40 ans",
                    (2023, 2028),
                    "Deux journées par an",
                    "Nombre de personnes dépistées ; orientations vers un médecin",
                ),
                F(
                    "1.5",
                    "Accompagner les épiceries solidaires vers une offre plus saine",
                    "CCAS de Saint-Paul",
                    ["épiceries solidaires", "producteurs locaux"],
                    "Bénéficiaires de l’aide alimentaire",
                    (2024, 2027),
                    "Diagnostic en 2024 ; accompagnement de 2025 à 2027",
                    "Part de fruits et légumes dans l’offre",
                ),
            ],
        ),
        Axis(
            "Axe 2",
            "Prévenir les conduites addictives",
            "Alcool, tabac et cannabis pèsent lourdement sur la santé des jeunes adultes de la "
            "commune.",
            [
                F(
                    "2.1",
                    "Former les animateurs jeunesse au repérage précoce",
                    "Ville de Saint-Paul (direction de la jeunesse)",
                    ["IREPS La Réunion", "centre de soins en addictologie"],
                    "Animateurs des maisons de quartier",
                    (2023, 2025),
                    "Sessions de formation de 2023 à 2025",
                    "Nombre d’animateurs formés",
                ),
                F(
                    "2.2",
                    "Déployer la prévention en milieu festif",
                    "Ville de Saint-Paul",
                    ["associations de réduction des risques", "Préfecture de La Réunion"],
                    "Jeunes de 16 à 30 ans",
                    (2023, 2028),
                    "Chaque saison festive",
                    "Nombre d’interventions",
                ),
                F(
                    "2.3",
                    "Intervenir dans les collèges et les lycées",
                    "Rectorat de l’académie de La Réunion",
                    ["IREPS La Réunion", "infirmières scolaires"],
                    "Collégiens et lycéens",
                    (2023, 2028),
                    "Chaque année scolaire",
                    "Nombre d’établissements touchés",
                ),
                F(
                    "2.4",
                    "Soutenir les familles confrontées à l’addiction d’un proche",
                    "CCAS de Saint-Paul",
                    ["CAF de La Réunion", "groupes d’entraide"],
                    "Proches et familles",
                    (2025, 2028),
                    "Groupes de parole à partir de 2025",
                    "Nombre de familles accompagnées",
                ),
            ],
        ),
        Axis(
            "Axe 3",
            "Faciliter l’accès aux droits et aux soins de proximité",
            "Dans les Hauts, l’éloignement et le non-recours aux droits retardent les soins.",
            [
                F(
                    "3.1",
                    "Ouvrir des permanences d’accès aux droits de santé",
                    "CGSS de La Réunion",
                    ["CCAS de Saint-Paul", "mairies annexes"],
                    "Habitants sans couverture complémentaire",
                    (2023, 2028),
                    "Permanences hebdomadaires",
                    "Nombre de dossiers ouverts",
                ),
                F(
                    "3.2",
                    "Faire circuler un bus santé dans les écarts",
                    "Ville de Saint-Paul",
                    ["Département de La Réunion", "infirmiers libéraux"],
                    "Habitants des écarts des Hauts",
                    (2024, 2028),
                    "Tournées mensuelles à partir de 2024",
                    "Nombre de consultations",
                ),
                F(
                    "3.3",
                    "Recruter des médiateurs en santé",
                    "Ville de Saint-Paul (direction de la santé publique)",
                    ["Agence régionale de santé La Réunion"],
                    "Personnes éloignées du soin",
                    (2023, 2026),
                    "Deux recrutements en 2023, un troisième en 2025",
                    "Nombre de personnes accompagnées",
                ),
                F(
                    "3.4",
                    "Accompagner l’installation de professionnels de santé",
                    "Ville de Saint-Paul",
                    ["CGSS de La Réunion", "ordres professionnels"],
                    "Professionnels de santé",
                    (2024, 2028),
                    "Guichet unique ouvert en 2024",
                    "Nombre d’installations",
                ),
            ],
        ),
        Axis(
            "Axe 4",
            "Faire vivre la démocratie sanitaire et la participation des habitants",
            "Les habitants sont associés à la conduite du contrat, de son suivi à son évaluation.",
            [
                F(
                    "4.1",
                    "Installer un conseil local de santé des habitants",
                    "Ville de Saint-Paul",
                    ["conseils citoyens", "espaces de vie sociale"],
                    "Habitants volontaires",
                    (2023, 2028),
                    "Installation en 2023 ; deux séances par an",
                    "Nombre de séances ; avis rendus",
                ),
                F(
                    "4.2",
                    "Tenir un forum santé annuel",
                    "Ville de Saint-Paul",
                    ["ensemble des signataires"],
                    "Tout public",
                    (2023, 2028),
                    "Chaque mois d’octobre",
                    "Nombre de visiteurs",
                ),
                F(
                    "4.3",
                    "Former des habitants relais en santé",
                    "IREPS La Réunion",
                    ["CCAS de Saint-Paul", "maisons de quartier"],
                    "Habitants engagés dans la vie associative",
                    (2024, 2027),
                    "Une promotion par an de 2024 à 2027",
                    "Nombre d’habitants relais formés",
                ),
            ],
        ),
    ],
    signature_intro="Fait à Saint-Paul, le 29 septembre 2023, en huit exemplaires originaux.",
    signatories=[
        ("la Ville de Saint-Paul", "Le Maire", "Joël Técher"),
        ("l’Agence régionale de santé La Réunion", "Le Directeur général", "Laurent Maillot"),
        ("la Préfecture de La Réunion", "Le Préfet", "Hervé Lacombe"),
        ("le CCAS de Saint-Paul", "La Vice-présidente", "Josiane Grondin"),
        ("le Département de La Réunion", "Le Président", "Patrice Boyer"),
        ("la CGSS de La Réunion", "Le Directeur général", "Didier Fontaine"),
        ("la CAF de La Réunion", "La Directrice", "Sylvie Morel"),
        ("le Rectorat de l’académie de La Réunion", "Le Recteur", "Bernard Vidal"),
    ],
    annexes=[
        (
            "Glossaire",
            [
                "ARS : Agence régionale de santé. CAF : Caisse d’allocations familiales. CCAS : "
                "centre communal d’action sociale. CGSS : Caisse générale de sécurité sociale. "
                "IREPS : Instance régionale d’éducation et de promotion de la santé. MSA : "
                "Mutualité sociale agricole. ORS : Observatoire régional de la santé. PRS : "
                "projet régional de santé."
            ],
        )
    ],
)


def _simple(
    number: str,
    title: str,
    pilot: str,
    partners: list[str],
    public: str,
    years: tuple[int, int],
) -> Fiche:
    """A fiche whose calendar and indicators follow from its years."""
    calendar = f"Mise en œuvre de {years[0]} à {years[1]}"
    return F(number, title, pilot, partners, public, years, calendar, "Bilan annuel au comité")


ARRAS = Contract(
    file_id="f10-cls2-communaute-urbaine-arras-2024-2028",
    meta_title="Contrat local de santé de la Communauté urbaine d'Arras 2024-2028",
    header="CLS 2024-2028 · Communauté urbaine d’Arras",
    footer="Communauté urbaine d’Arras – Agence régionale de santé Hauts-de-France",
    cover_top=["Communauté urbaine d’Arras", "Agence régionale de santé Hauts-de-France"],
    cover_title="CONTRAT LOCAL DE SANTÉ",
    cover_sub=["du territoire de la Communauté urbaine d’Arras", "2024-2028", "(CLS 2)"],
    cover_quote="Document signé – version définitive",
    preamble=[
        (
            "Un premier contrat, de 2019 à 2023",
            [
                "La Communauté urbaine d’Arras s’est engagée dans la santé dès 2019 : son premier "
                "contrat local de santé a été signé le 4 avril 2019 par le président de la "
                "Communauté urbaine, le directeur général de l’ARS Hauts-de-France et le préfet "
                "du Pas-de-Calais. Il couvrait les années 2019 à 2023 et comptait dix-huit fiches "
                "actions, dont la moitié ont été menées à leur terme.",
                "Ce premier contrat s’est appuyé sur l’Atelier Santé Ville, qui poursuit son "
                "travail dans les quartiers prioritaires en complément du présent contrat.",
            ],
        ),
        (
            "Le diagnostic de 2023",
            [
                "Le diagnostic local, partagé à l’automne 2023 avec les 46 communes et leurs "
                "108 000 habitants, souligne la baisse du nombre de médecins généralistes, "
                "l’isolement de personnes âgées et des fragilités en santé mentale chez les "
                "jeunes.",
            ],
        ),
        (
            "Visas",
            [
                "Vu le code de la santé publique, notamment son article L. 1434-10 ;",
                "Vu le projet régional de santé Hauts-de-France 2018-2028, dont le "
                "renouvellement est prévu en 2028 ;",
                "Vu la délibération du conseil communautaire du 26 septembre 2024 ;",
                "Les parties conviennent de ce qui suit.",
            ],
        ),
    ],
    articles=[
        (
            "Article 1 – Objet",
            [
                "Le présent contrat, de deuxième génération, définit la stratégie commune des "
                "signataires pour réduire les inégalités sociales et territoriales de santé sur "
                "le territoire de la Communauté urbaine d’Arras."
            ],
        ),
        (
            "Article 2 – Les signataires",
            [
                "Le contrat est co-piloté par la Communauté urbaine d’Arras et l’Agence "
                "régionale de santé Hauts-de-France. Il est signé, en outre, par le préfet du "
                "Pas-de-Calais, la Région Hauts-de-France, le Département du Pas-de-Calais, la "
                "CPAM de l’Artois, la CAF du Pas-de-Calais, la MSA Nord-Pas de Calais, la DSDEN "
                "du Pas-de-Calais et le Centre hospitalier d’Arras."
            ],
        ),
        (
            "Article 3 – Durée",
            [
                "Le contrat couvre les années 2024 à 2028. Il prend effet à sa signature et peut "
                "être révisé par avenant."
            ],
        ),
        (
            "Article 4 – Le programme",
            [
                "Le programme compte trois orientations stratégiques et quinze fiches actions. "
                "Les orientations et le nombre de fiches qui s’y rattachent sont récapitulés "
                "dans la synthèse ci-après."
            ],
        ),
        (
            "Article 5 – Gouvernance",
            [
                "Le comité de pilotage réunit les signataires deux fois par an sous la "
                "coprésidence de la Communauté urbaine et de l’ARS. La CPTS de l’Artois et "
                "l’association Promotion Santé Hauts-de-France y siègent comme partenaires "
                "associés, sans être signataires.",
            ],
        ),
        (
            "Article 6 – Moyens",
            [
                "La Communauté urbaine finance la coordination à hauteur de 60 000 euros par an ; "
                "l’ARS y ajoute 30 000 euros."
            ],
        ),
    ],
    summary_intro="Trois orientations stratégiques structurent le contrat.",
    axes=[
        Axis(
            "Orientation 1",
            "Faciliter l’accès aux soins et les parcours de santé pour tous",
            "Installer des professionnels, coordonner les acteurs et rapprocher la prévention "
            "des habitants.",
            [
                _simple(
                    "1.1",
                    "Accueillir les internes et les jeunes médecins",
                    "Communauté urbaine d’Arras",
                    ["Centre hospitalier d’Arras", "CPTS de l’Artois"],
                    "Internes et jeunes médecins",
                    (2024, 2028),
                ),
                _simple(
                    "1.2",
                    "Créer un guichet unique d’installation",
                    "Communauté urbaine d’Arras",
                    ["CPAM de l’Artois", "Région Hauts-de-France"],
                    "Professionnels de santé",
                    (2025, 2028),
                ),
                _simple(
                    "1.3",
                    "Structurer la coordination ville-hôpital",
                    "Centre hospitalier d’Arras",
                    ["CPTS de l’Artois"],
                    "Patients sortant d’hospitalisation",
                    (2024, 2027),
                ),
                _simple(
                    "1.4",
                    "Déployer la médiation en santé",
                    "Communauté urbaine d’Arras",
                    ["Atelier Santé Ville", "CAF du Pas-de-Calais"],
                    "Habitants des quartiers prioritaires",
                    (2024, 2028),
                ),
                _simple(
                    "1.5",
                    "Faciliter l’accès aux dépistages des cancers",
                    "CPAM de l’Artois",
                    ["MSA Nord-Pas de Calais", "communes"],
                    "Personnes de 50 à 74 ans",
                    (2024, 2028),
                ),
                _simple(
                    "1.6",
                    "Améliorer le transport vers les soins",
                    "Communauté urbaine d’Arras",
                    ["Département du Pas-de-Calais"],
                    "Personnes sans véhicule",
                    (2025, 2028),
                ),
            ],
        ),
        Axis(
            "Orientation 2",
            "Encourager les comportements favorables à la santé tout au long de la vie",
            "Agir dès le plus jeune âge sur l’alimentation, l’activité physique et "
            "l’environnement.",
            [
                _simple(
                    "2.1",
                    "Éduquer à la santé dès l’école maternelle",
                    "DSDEN du Pas-de-Calais",
                    ["communes", "Promotion Santé Hauts-de-France"],
                    "Enfants de 3 à 11 ans",
                    (2024, 2028),
                ),
                _simple(
                    "2.2",
                    "Développer le sport-santé",
                    "Communauté urbaine d’Arras",
                    ["clubs sportifs", "CPAM de l’Artois"],
                    "Adultes sédentaires",
                    (2024, 2028),
                ),
                _simple(
                    "2.3",
                    "Promouvoir une alimentation de qualité",
                    "Communauté urbaine d’Arras",
                    ["restauration collective", "MSA Nord-Pas de Calais"],
                    "Familles",
                    (2025, 2028),
                ),
                _simple(
                    "2.4",
                    "Sensibiliser à la qualité de l’air intérieur",
                    "Communauté urbaine d’Arras",
                    ["bailleurs sociaux"],
                    "Locataires du parc social",
                    (2025, 2027),
                ),
                _simple(
                    "2.5",
                    "Prévenir les conduites addictives des jeunes",
                    "Promotion Santé Hauts-de-France",
                    ["DSDEN du Pas-de-Calais", "missions locales"],
                    "Jeunes de 12 à 25 ans",
                    (2024, 2028),
                ),
            ],
        ),
        Axis(
            "Orientation 3",
            "Renforcer la promotion de la santé auprès des publics vulnérables",
            "Aller vers les personnes âgées isolées, les personnes en situation de handicap et "
            "les personnes en souffrance psychique.",
            [
                _simple(
                    "3.1",
                    "Repérer l’isolement des personnes âgées",
                    "Département du Pas-de-Calais",
                    ["CCAS des communes", "CAF du Pas-de-Calais"],
                    "Personnes de plus de 75 ans",
                    (2024, 2028),
                ),
                _simple(
                    "3.2",
                    "Former aux premiers secours en santé mentale",
                    "Communauté urbaine d’Arras",
                    ["Centre hospitalier d’Arras"],
                    "Agents et élus des communes",
                    (2024, 2026),
                ),
                _simple(
                    "3.3",
                    "Créer un conseil local de santé mentale",
                    "Communauté urbaine d’Arras",
                    ["Centre hospitalier d’Arras", "associations d’usagers"],
                    "Personnes vivant avec un trouble psychique",
                    (2025, 2028),
                ),
                _simple(
                    "3.4",
                    "Rendre l’information santé accessible à tous",
                    "Communauté urbaine d’Arras",
                    ["associations du handicap"],
                    "Personnes en situation de handicap",
                    (2025, 2028),
                ),
            ],
        ),
    ],
    signature_intro="Fait à Arras, le 18 novembre 2024.",
    signatories=[
        ("la Communauté urbaine d’Arras", "Le Président", "Frédéric Lemaire"),
        ("l’ARS Hauts-de-France", "Le Directeur général", "Olivier Dufresne"),
        ("l’État", "Le Préfet du Pas-de-Calais", "Jacques Marion"),
        ("la Région Hauts-de-France", "Le Vice-président", "Thierry Caron"),
        ("le Département du Pas-de-Calais", "La Vice-présidente", "Hélène Delattre"),
        ("la CPAM de l’Artois", "La Directrice", "Anne Wattel"),
        ("la CAF du Pas-de-Calais", "Le Directeur", "Marc Debève"),
        ("la MSA Nord-Pas de Calais", "Le Directeur général", "Luc Fournier"),
        ("la DSDEN du Pas-de-Calais", "Le Directeur académique", "Paul Lefebvre"),
        ("le Centre hospitalier d’Arras", "La Directrice", "Claire Vasseur"),
    ],
    annexes=[
        (
            "Annexe – Sigles",
            [
                "CPTS : communauté professionnelle territoriale de santé. DSDEN : direction des "
                "services départementaux de l’Éducation nationale. CARSAT : caisse d’assurance "
                "retraite et de la santé au travail. URPS : union régionale des professionnels "
                "de santé."
            ],
        )
    ],
)


VAL_DE_SAONE = Contract(
    file_id="f11-cls2-val-de-saone-vingeanne-2022-2026",
    meta_title="Contrat local de santé n° 2 du Val de Saône-Vingeanne 2022-2026",
    header="Contrat local de santé du Val de Saône-Vingeanne n° 2 (2022-2026)",
    footer="PETR du Val de Saône-Vingeanne · Département de la Côte-d’Or · ARS BFC",
    cover_top=[
        "Pôle d’équilibre territorial et rural du Val de Saône-Vingeanne",
        "Département de la Côte-d’Or",
        "Agence régionale de santé Bourgogne-Franche-Comté",
    ],
    cover_title="CONTRAT LOCAL DE SANTÉ",
    cover_sub=["du Val de Saône-Vingeanne", "deuxième contrat", "2022-2026"],
    cover_quote="« Agir ensemble pour la santé des habitants de nos 67 communes »",
    preamble=[
        (
            "Rappel : le premier contrat (2016-2019)",
            [
                "Le 20 décembre 2016, en mairie de Mirebeau-sur-Bèze, le premier contrat local de "
                "santé du PETR du Val de Saône-Vingeanne était signé. Co-piloté par le Conseil "
                "départemental de la Côte-d’Or, le PETR et l’ARS, il engageait aussi l’État, le "
                "Conseil régional, le CHU Dijon-Bourgogne et les centres hospitaliers d’Auxonne "
                "et de La Chartreuse. Il couvrait les années 2016 à 2019 et faisait du territoire "
                "le cinquième des six territoires de santé de la Côte-d’Or doté d’un tel contrat.",
                "Ce premier contrat prolongeait la convention-cadre signée en novembre 2014 entre "
                "le Département et l’ARS. Un avenant l’a reconduit jusqu’au 31 décembre 2020 ; "
                "son évaluation a été rendue en juin 2021.",
            ],
        ),
        (
            "Le territoire",
            [
                "Le PETR fédère quatre communautés de communes et 67 communes, pour environ "
                "36 000 habitants. Les communautés de communes sont associées au contrat par "
                "l’intermédiaire du PETR et n’en sont pas signataires.",
            ],
        ),
        (
            "Visas",
            [
                "Vu le code de la santé publique, et notamment ses articles L. 1434-2 et "
                "L. 1434-10 ;",
                "Vu le projet régional de santé Bourgogne-Franche-Comté 2018-2028 ;",
                "Vu la délibération du comité syndical du PETR du 24 mai 2022 et celle de la "
                "commission permanente du Département du 13 juin 2022 ;",
                "Il a été convenu ce qui suit.",
            ],
        ),
    ],
    articles=[
        (
            "Article 1 – Les parties",
            [
                "Le présent contrat est porté conjointement par le PETR du Val de "
                "Saône-Vingeanne et le Département de la Côte-d’Or, avec l’Agence régionale de "
                "santé Bourgogne-Franche-Comté. Il est également signé par la Préfecture de la "
                "Côte-d’Or, la Région Bourgogne-Franche-Comté, le CHU Dijon-Bourgogne, le centre "
                "hospitalier d’Auxonne, le centre hospitalier La Chartreuse et la CPAM de la "
                "Côte-d’Or.",
            ],
        ),
        (
            "Article 2 – Objet",
            [
                "Le contrat organise l’action commune des signataires en matière de prévention, "
                "d’accès aux soins et d’accompagnement médico-social sur le territoire du PETR."
            ],
        ),
        (
            "Article 3 – Durée",
            [
                "Le présent contrat est conclu de 2022 à 2026. Il entre en vigueur le jour de sa "
                "signature."
            ],
        ),
        (
            "Article 4 – Gouvernance",
            [
                "Un comité de pilotage co-présidé par le président du PETR, la présidente du "
                "Département et la directrice générale de l’ARS se réunit chaque année. "
                "L’animation du contrat revient à la coordinatrice santé du PETR."
            ],
        ),
        (
            "Article 5 – Axes et fiches actions",
            [
                "Le contrat s’organise en quatre axes thématiques et un axe transversal, déclinés "
                "en seize fiches actions."
            ],
        ),
        (
            "Article 6 – Révision",
            [
                "Le contrat peut être modifié par avenant après avis du comité de pilotage ; il "
                "peut être résilié par l’une des parties avec un préavis de six mois."
            ],
        ),
    ],
    summary_intro=(
        "Cinq axes, dont un axe transversal, composent le programme d’actions du contrat."
    ),
    axes=[
        Axis(
            "Axe 1",
            "Conforter l’offre de soins de proximité",
            "Maintenir et attirer les professionnels, appuyer les maisons de santé.",
            [
                _simple(
                    "1.1",
                    "Accompagner les projets de maisons de santé",
                    "PETR du Val de Saône-Vingeanne",
                    ["Département de la Côte-d’Or", "CPAM de la Côte-d’Or"],
                    "Professionnels de santé libéraux",
                    (2022, 2026),
                ),
                _simple(
                    "1.2",
                    "Accueillir les étudiants en stage",
                    "PETR du Val de Saône-Vingeanne",
                    ["CHU Dijon-Bourgogne", "communes"],
                    "Internes et étudiants en santé",
                    (2022, 2026),
                ),
                _simple(
                    "1.3",
                    "Développer la télémédecine",
                    "Centre hospitalier d’Auxonne",
                    ["CHU Dijon-Bourgogne", "EHPAD du territoire"],
                    "Résidents d’EHPAD",
                    (2023, 2026),
                ),
                _simple(
                    "1.4",
                    "Informer sur l’offre de soins",
                    "PETR du Val de Saône-Vingeanne",
                    ["CPAM de la Côte-d’Or"],
                    "Tout public",
                    (2022, 2024),
                ),
            ],
        ),
        Axis(
            "Axe 2",
            "Promouvoir la santé et prévenir les maladies",
            "Nutrition, activité physique, dépistages.",
            [
                _simple(
                    "2.1",
                    "Bouger plus dans les villages",
                    "PETR du Val de Saône-Vingeanne",
                    ["associations sportives"],
                    "Seniors",
                    (2022, 2026),
                ),
                _simple(
                    "2.2",
                    "Relayer les dépistages organisés",
                    "CPAM de la Côte-d’Or",
                    ["communes", "pharmacies"],
                    "Personnes de 50 à 74 ans",
                    (2022, 2026),
                ),
                _simple(
                    "2.3",
                    "Éduquer à l’alimentation dans les écoles",
                    "Département de la Côte-d’Or",
                    ["écoles", "cantines"],
                    "Enfants",
                    (2023, 2026),
                ),
                _simple(
                    "2.4",
                    "Prévenir les conduites à risque des adolescents",
                    "Département de la Côte-d’Or",
                    ["collèges", "centre hospitalier La Chartreuse"],
                    "Collégiens",
                    (2022, 2025),
                ),
            ],
        ),
        Axis(
            "Axe 3",
            "Prendre soin de la santé mentale",
            "Repérer, orienter et déstigmatiser.",
            [
                _simple(
                    "3.1",
                    "Former des sentinelles en santé mentale",
                    "Centre hospitalier La Chartreuse",
                    ["PETR du Val de Saône-Vingeanne"],
                    "Élus, secrétaires de mairie, bénévoles",
                    (2022, 2026),
                ),
                _simple(
                    "3.2",
                    "Ouvrir une consultation avancée de psychiatrie",
                    "Centre hospitalier La Chartreuse",
                    ["Centre hospitalier d’Auxonne"],
                    "Adultes en souffrance psychique",
                    (2023, 2026),
                ),
                _simple(
                    "3.3",
                    "Organiser les Semaines d’information sur la santé mentale",
                    "PETR du Val de Saône-Vingeanne",
                    ["associations d’usagers"],
                    "Tout public",
                    (2022, 2026),
                ),
            ],
        ),
        Axis(
            "Axe 4",
            "Accompagner le vieillissement et la perte d’autonomie",
            "Soutenir le maintien à domicile et les aidants.",
            [
                _simple(
                    "4.1",
                    "Soutenir les aidants",
                    "Département de la Côte-d’Or",
                    ["plateforme de répit"],
                    "Aidants familiaux",
                    (2022, 2026),
                ),
                _simple(
                    "4.2",
                    "Prévenir les chutes à domicile",
                    "Département de la Côte-d’Or",
                    ["services d’aide à domicile"],
                    "Personnes de plus de 70 ans",
                    (2023, 2026),
                ),
                _simple(
                    "4.3",
                    "Préparer la sortie d’hospitalisation",
                    "CHU Dijon-Bourgogne",
                    ["Centre hospitalier d’Auxonne"],
                    "Patients âgés",
                    (2023, 2026),
                ),
            ],
        ),
        Axis(
            "Axe transversal",
            "Coordonner, animer et évaluer le contrat",
            "La coordination fait vivre le contrat et en mesure les effets.",
            [
                _simple(
                    "T.1",
                    "Animer le réseau des acteurs de santé",
                    "PETR du Val de Saône-Vingeanne",
                    ["ensemble des signataires"],
                    "Acteurs de santé du territoire",
                    (2022, 2026),
                ),
                _simple(
                    "T.2",
                    "Évaluer le contrat",
                    "PETR du Val de Saône-Vingeanne",
                    ["Agence régionale de santé Bourgogne-Franche-Comté"],
                    "Signataires",
                    (2025, 2026),
                ),
            ],
        ),
    ],
    signature_intro="Fait à Mirebeau-sur-Bèze, le 7 juillet 2022, en neuf exemplaires.",
    signatories=[
        ("le PETR du Val de Saône-Vingeanne", "Le Président", "Laurent Morel"),
        ("le Département de la Côte-d’Or", "La Présidente", "Sylvie Bernard"),
        ("l’ARS Bourgogne-Franche-Comté", "La Directrice générale", "Claire Dumont"),
        ("l’État", "Le Préfet de la Côte-d’Or", "Henri Gauthier"),
        ("la Région Bourgogne-Franche-Comté", "Le Vice-président", "Marc Girard"),
        ("le CHU Dijon-Bourgogne", "Le Directeur général", "Pierre Roussel"),
        ("le centre hospitalier d’Auxonne", "La Directrice", "Nadine Perrin"),
        ("le centre hospitalier La Chartreuse", "Le Directeur", "Alain Chevalier"),
        ("la CPAM de la Côte-d’Or", "La Directrice", "Odile Marchand"),
    ],
    annexes=[
        (
            "Annexe – Communes du PETR",
            [
                "La liste des 67 communes et des quatre communautés de communes membres est "
                "tenue à jour par le PETR et consultable à son siège."
            ],
        )
    ],
)

LONG_CONTRACTS = [SAINT_PAUL, ARRAS, VAL_DE_SAONE]
