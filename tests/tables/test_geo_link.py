"""Linking territory and place names to official codes; ambiguity is said, never guessed."""

from __future__ import annotations

import pytest

from pipeline.tables.geo_link import GEO_VINTAGE, candidates, link_place, link_territory


@pytest.mark.parametrize(
    ("name", "regions", "match", "insee", "siren", "dep", "region"),
    [
        ("Reims", (), "commune_name", "51454", "200067213", "51", "44"),
        ("Ville de Reims", (), "commune_name", "51454", "200067213", "51", "44"),
        ("Rennes Métropole", (), "epci_name", None, "243500139", "35", "53"),
        ("Communauté urbaine du Grand Reims", (), "epci_name", None, "200067213", "51", "44"),
        (
            "Saint-Denis",
            ("Île-de-France",),
            "commune_name+ars_region",
            "93066",
            "200054781",
            "93",
            "11",
        ),
        (
            "Saint-Denis",
            ("La Réunion",),
            "commune_name+ars_region",
            "97411",
            "249740119",
            "974",
            "04",
        ),
        ("Saint-Denis", (), "ambiguous", None, None, None, None),
        ("Saint-Denis", ("?",), "ambiguous", None, None, None, None),
        ("Saint-Flour", (), "ambiguous", None, None, None, None),
        ("Paris", (), "alias", "75056", "200054781", "75", "11"),
        ("Pays de Brocéliande", ("Bretagne",), "alias_within", None, None, "35", "53"),
        ("Eurométropole de Strasbourg", (), "epci_name", None, "246700488", "67", "44"),
        ("Strasbourg Eurométropole", (), "alias", None, "246700488", "67", "44"),
        ("Haut-Allier", ("Occitanie",), "unmatched", None, None, None, None),
        ("Ille-et-Vilaine", (), "departement_name", None, None, "35", "53"),
        (
            "Communauté d'agglomération du Grand Avignon",
            (),
            "epci_name",
            None,
            "248400251",
            None,
            None,
        ),
    ],
)
def test_link_territory(
    name: str,
    regions: tuple[str, ...],
    match: str,
    insee: str | None,
    siren: str | None,
    dep: str | None,
    region: str | None,
) -> None:
    link = link_territory(name, regions)
    assert link.match == match
    assert (link.insee_code, link.epci_siren, link.departement_code, link.region_code) == (
        insee,
        siren,
        dep,
        region,
    )


def test_keys_group_names_of_one_unit_and_keep_unlinked_names_apart() -> None:
    assert link_territory("Reims").key == link_territory("Ville de Reims").key == "commune:51454"
    assert link_territory("Pays de Brocéliande").key == "name:pays de broceliande"
    assert link_territory("Saint-Denis").key == "name:saint denis"


def test_ambiguous_names_list_every_candidate() -> None:
    assert [level for level, _ in candidates("Saint-Flour")] == ["commune", "epci"]
    assert len(candidates("Saint-Denis")) == 4


@pytest.mark.parametrize(
    ("place", "org_type", "expected"),
    [
        ("Grand Est", "ARS", ("region", "44")),
        ("Marne", "DEPARTEMENT", ("departement", "51")),
        ("Reims", "CCAS", ("commune", "51454")),
        ("Ille-et-Vilaine", "MUTUALITE", ("departement", "35")),
        ("Bretagne", "MUTUALITE", None),  # also two communes named Bretagne (36, 90)
        ("Paris", "CPAM", None),
        ("Brocéliande", "PROFESSIONALS", None),
        (None, "CAF", None),
    ],
)
def test_link_place(place: str | None, org_type: str, expected: tuple[str, str] | None) -> None:
    assert link_place(place, org_type) == expected


def test_vintage_names_package_and_version() -> None:
    assert GEO_VINTAGE == "@etalab/decoupage-administratif@6.0.0"
