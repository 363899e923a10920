"""Which organisations named by several contracts are one institution."""

from __future__ import annotations

from pipeline.model import Organisation
from pipeline.tables.orgs import organisation_ids, organisation_key


def org(name: str, type_: str, place: str | None) -> Organisation:
    return Organisation(name, type_, place, "signatory")


def test_one_per_place_bodies_are_shared_across_contracts() -> None:
    a = organisation_key(org("ARS Grand Est", "ARS", "Grand Est"), "c1")
    b = organisation_key(org("L'Agence régionale de santé Grand-Est", "ARS", "Grand-Est"), "c2")
    assert a == b
    assert organisation_ids([a, b]) == {a: "ars-grand-est"}


def test_other_bodies_of_one_place_are_told_apart_by_name() -> None:
    med = organisation_key(org("URPS médecins de Bretagne", "PROFESSIONALS", "Bretagne"), "c")
    pha = organisation_key(org("URPS pharmaciens de Bretagne", "PROFESSIONALS", "Bretagne"), "c")
    assert med != pha
    ids = organisation_ids([med, pha])
    assert len(set(ids.values())) == 2


def test_bodies_without_place_stay_within_their_contract() -> None:
    a = organisation_key(org("La CAF", "CAF", None), "reims-2018")
    b = organisation_key(org("La CAF", "CAF", None), "rennes-2025")
    assert a != b
    ids = organisation_ids([a, b])
    assert ids[a] != ids[b]
    assert all(i.startswith("caf-caf-") for i in ids.values())


def test_ids_are_stable_whatever_the_order() -> None:
    keys = [
        organisation_key(org("ARS Bretagne", "ARS", "Bretagne"), "c"),
        organisation_key(org("CPAM", "CPAM", None), "c"),
        organisation_key(org("Mutualité", "MUTUALITE", "Bretagne"), "c"),
    ]
    assert organisation_ids(keys) == organisation_ids(list(reversed(keys)))
