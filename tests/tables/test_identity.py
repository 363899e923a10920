"""Which records describe the same contract, and the contracts' stable identifiers."""

from __future__ import annotations

import random

import pytest

from pipeline.model import CLSRecord
from pipeline.tables.geo_link import link_territory
from pipeline.tables.identity import Member, base_id, compatible, contract_ids, group
from pipeline.tables.prefer import preference_key


def rec(
    start: int | None = None, end: int | None = None, gen: int | None = None, **kw: object
) -> CLSRecord:
    return CLSRecord(id="x", period_start=start, period_end=end, generation=gen, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (rec(2018, 2022), rec(2018, 2022), True),
        (rec(2018, 2020), rec(2018, 2022), True),  # extension moves the end
        (rec(2017, 2022), rec(2018, 2022), True),  # same end
        (rec(2018, 2022), rec(2019, 2023), True),  # overlap of several years
        (rec(2018, 2022), rec(2022, 2026), False),  # successive contracts share a year
        (rec(2018, 2022), rec(2023, 2028), False),
        (rec(2018), rec(2018, 2022), True),
        (rec(2018), rec(2023), False),
        (rec(None, 2022), rec(2018, 2022), True),
        (rec(2018, 2022, 2), rec(2018, 2022, 3), False),  # generations differ
        (rec(gen=2), rec(2018, 2022, 2), True),
        (rec(), rec(2018, 2022), True),  # no period: compatible, decided by the grouping
        (rec(gen=1), rec(gen=2), False),
    ],
)
def test_compatible(a: CLSRecord, b: CLSRecord, same: bool) -> None:
    assert compatible(a, b) is same
    assert compatible(b, a) is same


def member(doc_id: str, territory: str, kind: str = "html", **kw: object) -> Member:
    record = CLSRecord(id=doc_id, territory=territory, **kw)  # type: ignore[arg-type]
    link = link_territory(territory, record.ars_regions)
    return Member(doc_id, record, link, preference_key(kind, record, doc_id))


def clusters_of(members: list[Member]) -> list[list[str]]:
    grouping = group(members)
    return sorted(sorted(m.document_id for m in c.members) for c in grouping.clusters)


def test_page_and_press_article_of_one_contract_are_one_contract() -> None:
    members = [
        member("page", "Reims", period_start=2018, period_end=2022, generation=2),
        member("presse", "Ville de Reims", "txt", period_start=2018, period_end=2020),
    ]
    assert clusters_of(members) == [["page", "presse"]]


def test_new_contract_of_the_same_territory_is_another_contract() -> None:
    members = [
        member("cls2", "Reims", period_start=2018, period_end=2022, generation=2),
        member("cls3", "Reims", period_start=2023, period_end=2028, generation=3),
        member("cls3-presse", "Reims", "txt", generation=3),
    ]
    assert clusters_of(members) == [["cls2"], ["cls3", "cls3-presse"]]


def test_record_without_period_joins_the_only_contract_of_its_territory() -> None:
    members = [
        member("pdf", "Pays de Brocéliande", "pdf", period_start=2017, period_end=2022),
        member("brief", "Pays de Brocéliande", "txt"),
    ]
    grouping = group(members)
    assert clusters_of(members) == [["brief", "pdf"]]
    assert grouping.ambiguous == {}
    assert {m.document_id: m.match for c in grouping.clusters for m in c.members} == {
        "pdf": "territory+period",
        "brief": "territory_only",
    }


def test_record_without_period_is_not_guessed_between_two_contracts() -> None:
    members = [
        member("cls1", "Reims", period_start=2012, period_end=2016),
        member("cls2", "Reims", period_start=2018, period_end=2022),
        member("vague", "Reims", "txt"),
    ]
    grouping = group(members)
    assert clusters_of(members) == [["cls1"], ["cls2"]]
    assert list(grouping.ambiguous) == ["vague"]
    assert "several contracts" in grouping.ambiguous["vague"]


def test_generation_picks_among_contracts_of_a_territory() -> None:
    members = [
        member("cls1", "Reims", period_start=2012, period_end=2016, generation=1),
        member("cls2", "Reims", period_start=2018, period_end=2022, generation=2),
        member("second", "Reims", "txt", generation=2),
    ]
    assert clusters_of(members) == [["cls1"], ["cls2", "second"]]


def test_different_territories_are_different_contracts() -> None:
    members = [
        member("reims", "Reims", period_start=2018, period_end=2022),
        member("rennes", "Rennes Métropole", period_start=2018, period_end=2022),
    ]
    assert clusters_of(members) == [["reims"], ["rennes"]]


def test_ambiguous_name_joins_its_linked_namesake() -> None:
    members = [
        member("ville", "Saint-Denis", ars_regions=["Île-de-France"], period_start=2019),
        member("presse", "Saint-Denis", "txt", period_start=2019, period_end=2022),
    ]
    assert clusters_of(members) == [["presse", "ville"]]
    assert {m.key for m in members} == {"commune:93066"}


def test_grouping_does_not_depend_on_input_order() -> None:
    members = [
        member("a", "Reims", period_start=2018, period_end=2022),
        member("b", "Reims", "txt", period_start=2018, period_end=2020),
        member("c", "Reims", "pdf", period_start=2023),
        member("d", "Reims", "txt", generation=3, period_start=2023),
    ]
    expected = clusters_of(members)
    for seed in range(5):
        shuffled = members[:]
        random.Random(seed).shuffle(shuffled)
        assert clusters_of(shuffled) == expected


@pytest.mark.parametrize(
    ("key", "start", "gen", "expected"),
    [
        ("commune:51454", 2018, 2, "reims-51454-2018"),
        ("epci:243500139", None, 3, "rennes-metropole-243500139-g3"),
        ("name:pays de broceliande", None, None, "pays-de-broceliande-undated"),
    ],
)
def test_base_id(key: str, start: int | None, gen: int | None, expected: str) -> None:
    assert base_id(key, start, gen) == expected


def test_contract_ids_separate_collisions_by_content_not_order() -> None:
    bases = [("x-2018", ["b"]), ("x-2018", ["a"]), ("y-2019", ["c"])]
    assert contract_ids(bases) == ["x-2018-2", "x-2018", "y-2019"]
    assert contract_ids(bases[::-1]) == ["y-2019", "x-2018", "x-2018-2"]
