"""Stated counts (extractors/generic/counts.py): n_actions, n_axes, n_signatories.

A number counts only when it is tied to its noun; approximations, ordinals, inhabitants,
euros, phone numbers and numbered fiches are not counts (SCHEMA.md, reading rules).
"""

from __future__ import annotations

import pytest

from extractors import extract_record
from extractors.assemble import assemble
from pipeline.model import CLSRecord
from pipeline.text.builder import DocumentBuilder
from pipeline.text.plain import read_text


def _record(text: str) -> CLSRecord:
    return extract_record(read_text(text, "t", "t"))


N_ACTIONS = [
    pytest.param(
        "Le nouveau contrat reprend les actions engagées et en crée d'autres : 24 au total.",
        24,
        id="total-of-actions-after-a-colon",
    ),
    pytest.param(
        "Trois fiches actions sont ajoutées à l'axe 1 : le contrat compte désormais "
        "dix-neuf fiches actions.",
        19,
        id="whole-count-after-a-clause-about-one-axis",
    ),
    pytest.param(
        "Le contrat s'organise en trois axes ; l'axe 1 compte six fiches actions.",
        None,
        id="trap-count-of-one-axis",
    ),
    pytest.param(
        "Le programme du contrat compte trente-quatre actions.",
        34,
        id="trente-quatre-actions",
    ),
    pytest.param(
        "Le contrat comprend 42 fiches actions réparties entre les axes.",
        42,
        id="42-fiches-actions",
    ),
    pytest.param(
        "Le plan d'actions se décline en vingt-sept fiches-actions.",
        27,
        id="vingt-sept-fiches-actions-hyphen",
    ),
    pytest.param(
        "Seize fiches action ont été rédigées par les groupes de travail.",
        16,
        id="sentence-initial-word",
    ),
    pytest.param(
        "Le CLS s'articule autour de 5 axes et 31 actions.",
        31,
        id="axes-and-actions",
    ),
    pytest.param(
        "Au total, 59 actions concrètes seront déployées sur le territoire.",
        59,
        id="actions-concretes",
    ),
    pytest.param(
        "Le document ne contient pas moins de cinquante fiches actions.",
        50,
        id="pas-moins-de-cinquante",
    ),
    pytest.param(
        "Le contrat rassemble vingt et une actions portées par quinze partenaires.",
        21,
        id="vingt-et-une-actions",
    ),
    pytest.param(
        "Le CLS comprend 5 axes, 18 objectifs opérationnels et 42 actions.",
        42,
        id="actions-after-axes-and-objectives",
    ),
    pytest.param(
        "Le CLS 2 compte 28 fiches actions.",
        28,
        id="cls-2-not-a-count",
    ),
    # Traps: approximations, ordinals and numbers of something else.
    pytest.param(
        "Le contrat comporte une vingtaine d'actions.",
        None,
        id="trap-vingtaine",
    ),
    pytest.param(
        "Plus de 40 actions sont envisagées par les partenaires.",
        None,
        id="trap-plus-de",
    ),
    pytest.param(
        "Près de 30 actions ont été proposées lors des ateliers.",
        None,
        id="trap-pres-de",
    ),
    pytest.param(
        "Ce travail a permis d'écrire la dixième fiche action du programme.",
        None,
        id="trap-ordinal-dixieme",
    ),
    pytest.param(
        "Le territoire du CLS compte 37 000 habitants répartis dans 24 communes.",
        None,
        id="trap-habitants",
    ),
    pytest.param(
        "Une enveloppe de 10 000 € par an est consacrée aux actions de prévention.",
        None,
        id="trap-euros",
    ),
    pytest.param(
        "Coordination du CLS : 05 36 49 20 14",
        None,
        id="trap-phone-number",
    ),
    pytest.param(
        "Coordination du CLS : 05 36 49 20 14 actions.sante@cc-exemple.fr",
        None,
        id="trap-phone-before-email",
    ),
    pytest.param(
        "Fiche-action 2.3 : développer la télémédecine dans les EHPAD",
        None,
        id="trap-fiche-action-number",
    ),
    pytest.param(
        "Fiche action n° 12 : prévenir les chutes des personnes âgées",
        None,
        id="trap-fiche-action-n",
    ),
    pytest.param(
        "Le premier axe regroupe huit actions consacrées à l'accès aux soins.",
        None,
        id="trap-actions-of-one-axis",
    ),
    pytest.param(
        "Au 30 juin, sept fiches sont réalisées, cinq sont en cours et deux n'ont pas été "
        "engagées.",
        None,
        id="trap-counts-of-fiches-by-progress",
    ),
]


@pytest.mark.parametrize(("text", "expected"), N_ACTIONS)
def test_n_actions(text: str, expected: int | None) -> None:
    assert _record(text).n_actions == expected


def _tabled(intro: str, rows: list[str], headings: list[str] | None = None) -> CLSRecord:
    b = DocumentBuilder("t", "t.pdf", "pdf")
    b.add("paragraph", intro, page=1)
    for row in rows:
        b.add("table_row", row, page=1)
    for heading in headings or []:
        b.add("heading", heading, page=2, level=3)
    return assemble(b.build())


def test_a_summary_table_counts_the_fiches_of_each_axis() -> None:
    rows = [
        "Axe | Intitulé | Fiches",
        "Axe prioritaire n° 1 | Prévenir | 5 fiches actions (1.1 à 1.5)",
        "Axe transversal | Coordonner | 3 fiches actions (T.1 à T.3)",
    ]
    record = _tabled("Le contrat local de santé 2024-2028 compte deux axes.", rows)
    assert record.n_actions is None


def test_rows_of_a_table_counting_fiches_are_parts() -> None:
    rows = [
        "Thème | Actions",
        "Santé mentale | 5 actions",
        "Accès aux soins | 7 actions",
    ]
    record = _tabled("Le contrat local de santé 2024-2028 compte douze actions.", rows)
    assert record.n_actions == 12


def test_a_status_table_total_counts_the_fiches_column() -> None:
    rows = [
        "Axe | Fiches | Terminées | En cours",
        "Accès aux soins | 8 | 5 | 3",
        "Prévention | 6 | 2 | 4",
        "Total | 14 | 7 | 7",
    ]
    record = _tabled("Bilan du contrat local de santé 2021-2025.", rows)
    assert record.n_actions == 14


def test_lettered_fiche_headings_count() -> None:
    headings = [f"Fiche action n° {n} – Agir" for n in ("1.1", "1.2", "T.1", "T.2")]
    record = _tabled("Contrat local de santé 2024-2028.", [], headings)
    assert record.n_actions == 4


N_AXES = [
    pytest.param(
        "Le contrat s'articule autour de quatre axes stratégiques.",
        4,
        id="quatre-axes-strategiques",
    ),
    pytest.param(
        "Six axes prioritaires ont été retenus par le comité de pilotage.",
        6,
        id="six-axes-prioritaires",
    ),
    pytest.param(
        "Le CLS est structuré en 3 grands axes.",
        3,
        id="3-grands-axes",
    ),
    pytest.param(
        "Le contrat est organisé en cinq axes thématiques.",
        5,
        id="axes-thematiques",
    ),
    pytest.param(
        "Le contrat décline cinq orientations stratégiques.",
        5,
        id="orientations-strategiques",
    ),
    pytest.param(
        "Le plan d'actions comprend quatre axes thématiques et deux axes transversaux.",
        6,
        id="thematic-plus-transversal",
    ),
    pytest.param(
        "Le contrat fixe cinq objectifs généraux.",
        None,
        id="trap-objectifs",
    ),
    pytest.param(
        "Le PRS 2018-2028 définit sept axes de transformation.",
        None,
        id="trap-prs-axes",
    ),
    pytest.param(
        "Le troisième axe du contrat porte sur la santé environnementale.",
        None,
        id="trap-ordinal-axe",
    ),
]


@pytest.mark.parametrize(("text", "expected"), N_AXES)
def test_n_axes(text: str, expected: int | None) -> None:
    assert _record(text).n_axes == expected


N_SIGNATORIES = [
    pytest.param(
        "Notre contrat local de santé 2024-2028\nQui s'engage ?\n"
        "– la Communauté de communes du Val de Test ;\n"
        "– l'Agence régionale de santé Bretagne ;\n"
        "– la CAF du Morbihan.\n",
        3,
        id="list-under-who-commits-heading",
    ),
    pytest.param(
        "Le troisième contrat local de santé de Valtest a été signé par la Ville de Valtest, "
        "l'Agence régionale de santé de Bretagne et la Préfecture du Morbihan.\n"
        "Le deuxième contrat, signé en 2018 par sept partenaires, avait pris fin en 2022.",
        3,
        id="count-of-an-earlier-ranked-contract",
    ),
    pytest.param(
        "Considérant que les signataires du contrat local de santé seront la Ville de "
        "Valtest, l'Agence régionale de santé de Bretagne et la Préfecture du Morbihan, et "
        "que la signature est prévue le 3 juin 2024 ;",
        3,
        id="planned-signature-sentence-list",
    ),
    pytest.param(
        "Le 4 mai, cinq partenaires se sont joints à la Ville de Valtest et à l'ARS "
        "pour signer le contrat local de santé.",
        7,
        id="n-partners-joined-two-named-bodies",
    ),
    pytest.param(
        "Trois organismes ont rejoint la communauté de communes pour la signature du "
        "contrat local de santé.",
        4,
        id="n-bodies-joined-one-named-body",
    ),
    pytest.param(
        "Le contrat local de santé a été signé par 20 partenaires.",
        20,
        id="signe-par-20-partenaires",
    ),
    pytest.param(
        "Le contrat local de santé a été signé le 12 mars 2025 par 20 partenaires.",
        20,
        id="signe-le-date-par-20-partenaires",
    ),
    pytest.param(
        "Outre les deux principaux signataires, treize autres partenaires ont paraphé le contrat.",
        15,
        id="outre-les-deux-principaux",
    ),
    pytest.param(
        "L'agglomération et ses treize partenaires ont signé le contrat local de santé.",
        14,
        id="et-ses-treize-partenaires",
    ),
    pytest.param(
        "Autour de l'Agglo2B, sept signataires ont paraphé le contrat.",
        8,
        id="autour-de-sept-signataires",
    ),
    pytest.param(
        "Le contrat a été signé par quatorze partenaires institutionnels.",
        14,
        id="signe-par-quatorze-partenaires-institutionnels",
    ),
    pytest.param(
        "Le contrat a été signé par la Ville, l'ARS et onze autres partenaires.",
        13,
        id="two-named-and-onze-autres",
    ),
    pytest.param(
        "Le contrat compte dix signataires.",
        10,
        id="dix-signataires",
    ),
    pytest.param(
        "Douze partenaires ont signé le CLS ce jeudi à la sous-préfecture.",
        12,
        id="douze-partenaires-ont-signe",
    ),
    pytest.param(
        "Le document a été paraphé par les 8 partenaires signataires.",
        8,
        id="partenaires-signataires",
    ),
    pytest.param(
        "Le contrat a été signé par la Ville de Reims, l'ARS Grand Est, la préfecture de "
        "la Marne et la CPAM de la Marne.",
        4,
        id="explicit-list-in-sentence",
    ),
    pytest.param(
        "Les signataires du contrat :\n- la Ville de Brest\n- l'ARS Bretagne\n"
        "- la préfecture du Finistère\n- la CPAM du Finistère\n- la CAF du Finistère",
        5,
        id="explicit-list-items",
    ),
    pytest.param(
        "Autour de la table, cinq signataires : la Ville de Lorient, l'ARS Bretagne, la "
        "CAF du Morbihan, la CPAM du Morbihan et le Département du Morbihan.",
        5,
        id="autour-de-la-table-is-the-scene-not-a-carrier",
    ),
    pytest.param(
        "Le premier contrat, conclu en 2012, comptait quatre signataires et couvrait trois "
        "années. Le nouveau contrat local de santé est signé par la Ville de Quimper, l'ARS "
        "Bretagne, la CPAM du Finistère, la CAF du Finistère et le Département du Finistère.",
        5,
        id="an-earlier-contract-count-told-in-the-imperfect",
    ),
    pytest.param(
        "Vu le contrat local de santé signé le 3 mai 2022 par cinq signataires ;\n"
        "Article 1. La CAF du Cher devient signataire du contrat. Le nombre des "
        "signataires passe ainsi de cinq à six.",
        6,
        id="an-avenant-raises-the-count-of-signatories",
    ),
    # Traps: partners merely mobilised, subsets, approximations.
    pytest.param(
        "Le diagnostic a été conduit avec 110 partenaires mobilisés.",
        None,
        id="trap-partenaires-mobilises",
    ),
    pytest.param(
        "Chiffres clés : 5 communes signataires, 50 fiches actions.",
        None,
        id="trap-communes-signataires",
    ),
    pytest.param(
        "Une vingtaine de signataires se sont engagés aux côtés de la Ville.",
        None,
        id="trap-vingtaine-de-signataires",
    ),
    pytest.param(
        "Plus de 120 partenaires ont contribué à l'écriture des fiches.",
        None,
        id="trap-plus-de-120-partenaires",
    ),
]


@pytest.mark.parametrize(("text", "expected"), N_SIGNATORIES)
def test_n_signatories(text: str, expected: int | None) -> None:
    assert _record(text).n_signatories == expected
