"""Phrasings met in the second evaluation corpus, kept as regression rows."""

from __future__ import annotations

from typing import Any

import pytest

from extractors import extract_record
from pipeline.model import CLSRecord
from pipeline.text.plain import read_text


def _record(text: str) -> CLSRecord:
    return extract_record(read_text(text, "t", "t"))


def _orgs(record: CLSRecord) -> set[tuple[str, str | None, str]]:
    return {(o.type, o.place, o.role) for o in record.organisations}


FIELDS: list[Any] = [
    pytest.param(
        "Valable cinq ans à compter du 1er janvier 2023, le CLS de Lisieux Normandie est signé.",
        "period_start",
        2023,
        id="valable-cinq-ans",
    ),
    pytest.param(
        "Le CLS 2 est valable de janvier 2025 à décembre 2029.",
        "period_end",
        2029,
        id="month-year-range",
    ),
    pytest.param(
        "Un premier CLS avait été mis en œuvre sur la période 2017-2021. Le renouvellement "
        "du contrat a été approuvé.",
        "generation",
        2,
        id="first-in-pluperfect-means-second",
    ),
    pytest.param(
        "Le projet de deuxième contrat avait été présenté au conseil communautaire.",
        "generation",
        2,
        id="pluperfect-alone-is-not-history",
    ),
    pytest.param(
        "Le contrat a été signé par l'ensemble des 14 partenaires.",
        "n_signatories",
        14,
        id="ensemble-des-n-partenaires",
    ),
    pytest.param(
        "Le précédent contrat, qui portait sur 2018-2022, avait permis de mener 42 actions. "
        "Le nouveau contrat compte 33 actions.",
        "n_actions",
        33,
        id="previous-contract-actions-not-counted",
    ),
    pytest.param(
        "LE CLS 3 EST SIGNÉ\nLe CLS 3 de Grand Besançon Métropole a été signé le 14 avril 2023.",
        "territory",
        "Grand Besançon Métropole",
        id="capital-title-verbs-no-territory",
    ),
    pytest.param(
        "Le contrat local de santé de Cahors a été signé. La ville coordonne les actions.",
        "lead_body",
        "Ville de Cahors",
        id="city-page-without-ville-de",
    ),
    pytest.param(
        "Le contrat retient trois axes prioritaires : l'accès aux soins, la santé mentale "
        "des jeunes, et la santé environnementale, un enjeu fort.",
        "n_axes",
        3,
        id="axes-inline-count",
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), FIELDS)
def test_field(text: str, field: str, expected: object) -> None:
    assert getattr(_record(text), field) == expected


AXES: list[Any] = [
    pytest.param(
        "Le contrat retient trois axes prioritaires : l'accès aux soins et aux droits, la "
        "santé mentale et le bien-être des jeunes, et la santé environnementale, un sujet "
        "sensible.",
        [
            "L'accès aux soins et aux droits",
            "La santé mentale et le bien-être des jeunes",
            "La santé environnementale",
        ],
        id="inline-three",
    ),
    pytest.param(
        "Le contrat comprend deux axes thématiques et un axe transversal :\n"
        "- Favoriser l'accès aux soins\n- Prévenir les addictions\n"
        "- Axe transversal : observer la santé",
        ["Favoriser l'accès aux soins", "Prévenir les addictions", "observer la santé"],
        id="summed-count-with-transversal",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AXES)
def test_axes(text: str, expected: list[str]) -> None:
    assert _record(text).axes == expected


ORGS: list[Any] = [
    pytest.param(
        "Le CLS a été signé par la Ville et la Ligue contre le cancer (comité de l'Isère).",
        ("ASSOCIATION", "Isère", "signatory"),
        id="committee-place-in-brackets",
    ),
    pytest.param(
        "Le CLS a été signé par la Ville, l'ARS et la Ligue contre le cancer – comité du Calvados.",
        ("ASSOCIATION", "Calvados", "signatory"),
        id="committee-place-after-dash",
    ),
    pytest.param(
        "Le CLS a été signé par la Ville et l'URPS médecins libéraux Auvergne-Rhône-Alpes.",
        ("PROFESSIONALS", "Auvergne-Rhône-Alpes", "signatory"),
        id="urps-lowercase-then-region",
    ),
    pytest.param(
        "Les signataires sont la commune et la Caisse de sécurité sociale de Mayotte (CSSM).",
        ("CPAM", "Mayotte", "signatory"),
        id="cssm-is-cpam",
    ),
    pytest.param(
        "Les signataires sont la Ville et la Collectivité Territoriale de Martinique (CTM).",
        ("REGION", "Martinique", "signatory"),
        id="ctm-is-region",
    ),
    pytest.param(
        "Le contrat a été signé par la Ville et le Centre hospitalier public du Cotentin.",
        ("HOSPITAL", "Cotentin", "signatory"),
        id="hospital-adjective-then-place",
    ),
    pytest.param(
        "La Mutualité Française PACA participe aux travaux sans en être signataire.",
        ("MUTUALITE", "Provence-Alpes-Côte d'Azur", "partner"),
        id="sans-etre-signataire-is-partner",
    ),
    pytest.param(
        "Le comité de pilotage associe Promotion Santé Normandie.",
        ("ASSOCIATION", "Normandie", "partner"),
        id="promotion-sante",
    ),
    pytest.param(
        "Les signataires\nSignataire\tReprésenté par\nCPAM des Alpes-Maritimes\tle directeur\n"
        "Centre hospitalier de Grasse\tla directrice",
        ("HOSPITAL", "Grasse", "signatory"),
        id="tab-separated-signatory-table",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORGS)
def test_organisation(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in _orgs(_record(text))


def test_hotel_de_ville_is_a_venue_not_a_party() -> None:
    record = _record("Le CLS a été signé à l'hôtel de ville de Dzaoudzi-Labattoir par l'ARS.")
    assert all(o.type != "COMMUNE" for o in record.organisations)


CONTRACT_WITH_FICHES = """Contrat local de santé du Pays de Morlaix 2022-2026
Le présent contrat est signé par l'Agence régionale de santé Bretagne et le Pays de Morlaix.
Fiche action 1 : Attirer de nouveaux médecins
Partenaires mobilisés : la CPAM du Finistère, le Conseil départemental du Finistère
Fiche action 2 : Prévenir les addictions
Partenaires mobilisés : l'ANPAA, la MSA d'Armorique
Fiche action 3 : Accompagner les aidants
Partenaires mobilisés : le CCAS de Morlaix
Signatures
Fait à Morlaix, le 3 mai 2022
Pour l'Agence régionale de santé Bretagne
Pour le Pays de Morlaix
"""


def test_partners_of_one_fiche_action_are_not_the_contract_s() -> None:
    record = _record(CONTRACT_WITH_FICHES)
    types = {o.type for o in record.organisations}
    assert {"CPAM", "MSA", "CCAS"}.isdisjoint(types)
    assert {"ARS", "EPCI"} <= types


def test_numbered_fiche_headings_count_the_actions() -> None:
    assert _record(CONTRACT_WITH_FICHES).n_actions == 3
