"""Territory and carrying authority (extractors/generic/territory.py), through the pipeline.

Names are compared as the scoring compares them (pipeline.evaluate.score.same_string); when
several authorities carry the contract together, each must be named in lead_body.
"""

from __future__ import annotations

import pytest

from extractors import extract_record
from pipeline.evaluate.score import norm_text, same_string
from pipeline.model import CLSRecord
from pipeline.text.html import read_html
from pipeline.text.plain import read_text


def _record(text: str) -> CLSRecord:
    return extract_record(read_text(text, "t", "t"))


TERRITORIES = [
    pytest.param(
        "Contrat local de santé du Pays de Redon\n"
        "Le syndicat mixte et l'ARS Bretagne ont signé le contrat pour cinq ans.",
        "Pays de Redon",
        id="heading-cls-du-pays",
    ),
    pytest.param(
        "Le contrat local de santé de Rennes Métropole 2025-2030 a été signé au Couvent "
        "des Jacobins.",
        "Rennes Métropole",
        id="cls-de-metropole",
    ),
    pytest.param(
        "La Ville de Reims porte le contrat local de santé avec l'ARS Grand Est.",
        "Reims",
        id="from-ville-de",
    ),
    pytest.param(
        "Le CLS du Bocage Bressuirais a été signé mardi à Bressuire.",
        "Bocage Bressuirais",
        id="cls-du-bocage",
    ),
    pytest.param(
        "Contrat local de santé de Cap Excellence\n"
        "La communauté d'agglomération et ses villes membres s'engagent avec l'ARS.",
        "Cap Excellence",
        id="heading-cls-de-cap-excellence",
    ),
    pytest.param(
        "La communauté de communes du Haut-Allier porte le CLS avec l'ARS Occitanie.",
        "Haut-Allier",
        id="from-communaute-de-communes-du",
    ),
    pytest.param(
        "Dinan Agglomération a signé son contrat local de santé avec l'ARS Bretagne.",
        "Dinan Agglomération",
        id="suffix-head-agglomeration",
    ),
    pytest.param(
        "L'Agence régionale de santé publie chaque année le bilan des contrats en cours.",
        None,
        id="trap-no-territory",
    ),
    pytest.param(
        "La communauté de communes Val de Test a signé son contrat local de santé.\n"
        "Le contrat du Val de Test compte douze actions.\n"
        "Le 3 mai, les animateurs des CLS de la Mayenne, ils sont six, se réuniront à Laval.",
        "Val de Test",
        id="trap-department-of-plural-contracts",
    ),
    pytest.param(
        "Contrat local de santé 2023-2027\nBassin de vie de Valtest\n"
        "Le présent contrat est signé par Valtest Communauté, Lorem Communauté et l'ARS.",
        "Bassin de vie de Valtest",
        id="area-line-on-the-cover",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TERRITORIES)
def test_territory(text: str, expected: str | None) -> None:
    got = _record(text).territory
    if expected is None:
        assert got is None
    else:
        assert got is not None and same_string(got, expected), got


LEADS = [
    pytest.param(
        "La Ville de Reims porte le contrat local de santé avec l'ARS Grand Est.",
        "Ville de Reims",
        id="ville-porte",
    ),
    pytest.param(
        "Le Syndicat mixte du Pays de Brocéliande porte le CLS du Pays de Brocéliande.",
        "Syndicat mixte du Pays de Brocéliande",
        id="syndicat-mixte",
    ),
    pytest.param(
        "Rennes Métropole et l'ARS Bretagne ont signé le contrat local de santé 2025-2030.",
        "Rennes Métropole",
        id="metropole-signe",
    ),
    pytest.param(
        "La communauté de communes du Pays de Craon s'engage pour la quatrième fois dans un CLS.",
        "Communauté de communes du Pays de Craon",
        id="communaute-de-communes-s-engage",
    ),
    pytest.param(
        "Le contrat local de santé est piloté par la Communauté d'agglomération Cap Excellence.",
        "Communauté d'agglomération Cap Excellence",
        id="pilote-par",
    ),
    pytest.param(
        "Le maire de Nancy a salué la signature du contrat local de santé porté par la "
        "Métropole du Grand Nancy.",
        "Métropole du Grand Nancy",
        id="mayor-is-not-the-lead",
    ),
    pytest.param(
        "La Commune de Saint-Laurent-du-Maroni renouvelle son contrat local de santé.",
        "Commune de Saint-Laurent-du-Maroni",
        id="commune-renouvelle",
    ),
    pytest.param(
        "Considérant que Valtest fut la première commune de Martinique à signer un contrat "
        "local de santé ; considérant que le contrat sera signé par la Ville de Valtest et "
        "l'Agence régionale de santé.",
        "Ville de Valtest",
        id="trap-commune-of-a-region-is-no-name",
    ),
    pytest.param(
        "Le 3 mai 2024, la commune de Valtest-sur-Mer a signé son contrat local de santé "
        "avec l'ARS.\nOnt signé le contrat : la Ville de Valtest-sur-Mer et l'ARS Bretagne.",
        "Ville de Valtest-sur-Mer",
        id="commune-by-its-proper-name",
    ),
    pytest.param(
        "La Communauté des communes du Val de Test porte le contrat local de santé.",
        "Communauté des communes du Val de Test",
        id="communaute-des-communes-spelling",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEADS)
def test_lead_body(text: str, expected: str) -> None:
    got = _record(text).lead_body
    assert got is not None and same_string(got, expected), got


CO_CARRIERS = [
    pytest.param(
        "Saint-Flour Communauté et Hautes Terres Communauté portent conjointement le "
        "contrat local de santé du bassin de Saint-Flour.",
        ["Saint-Flour Communauté", "Hautes Terres Communauté"],
        id="two-communautes",
    ),
    pytest.param(
        "Le mardi 28 janvier, l'ARS Auvergne-Rhône-Alpes et les trois communautés de "
        "communes Thiers Dore et Montagne, Ambert Livradois Forez et Billom Communauté ont "
        "signé le renouvellement de leur CLS.",
        ["Thiers Dore et Montagne", "Ambert Livradois Forez", "Billom Communauté"],
        id="three-communautes-de-communes",
    ),
    pytest.param(
        "La Ville et l'Eurométropole de Strasbourg portent ensemble le contrat local de santé.",
        ["Ville", "Eurométropole de Strasbourg"],
        id="ville-et-eurometropole",
    ),
]


@pytest.mark.parametrize(("text", "carriers"), CO_CARRIERS)
def test_lead_body_names_every_carrier(text: str, carriers: list[str]) -> None:
    got = _record(text).lead_body
    assert got is not None
    assert " et " in got
    assert all(norm_text(c) in norm_text(got) for c in carriers), got


def test_a_mayors_editorial_names_its_town_only_in_the_sites_name() -> None:
    html = (
        "<html><head><title>Le mot du maire – Trélazé Infos n° 41 – Ville de Trélazé</title>"
        "</head><body><main><h1>Le mot du maire</h1>"
        "<p>Le 2 mai dernier, j'ai signé notre premier contrat local de santé, pour les "
        "années 2026 à 2030.</p>"
        "<p>Aux côtés de la Ville se sont engagés l'ARS Pays de la Loire et la CPAM de "
        "Maine-et-Loire.</p></main></body></html>"
    )
    record = extract_record(read_html(html.encode("utf-8"), "t", "t.html"))
    assert record.territory == "Trélazé"
    assert same_string(record.lead_body or "", "Ville de Trélazé")
    assert "COMMUNE" in [o.type for o in record.organisations]


def test_the_contract_named_after_its_body_names_the_carrier() -> None:
    record = _record(
        "Le Conseil municipal, après en avoir délibéré, approuve le contrat local de santé "
        "de la Ville de Millau pour les années 2025 à 2029.\n"
        "Le contrat sera signé par l'ARS Occitanie, la Préfecture de l'Aveyron et la "
        "Communauté de communes de Millau Grands Causses."
    )
    assert same_string(record.lead_body or "", "Ville de Millau")


def test_a_contract_drawn_up_at_the_scale_of_an_area_and_its_intercommunality() -> None:
    record = _record(
        "Un contrat local de santé va être établi à l'échelle du pays vallonnais. La "
        "communauté de communes, l'Agence régionale de santé et leurs partenaires le "
        "signeront en octobre prochain."
    )
    assert same_string(record.territory or "", "Pays vallonnais")
    assert same_string(record.lead_body or "", "Communauté de communes du Pays vallonnais")
