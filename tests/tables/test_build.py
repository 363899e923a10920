"""The normaliser on records built directly: one contract per CLS, keys that hold."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from conftest import MakeOutcome

from pipeline.model import Action, Amendment, ErrorRow, Organisation
from pipeline.process import Outcome
from pipeline.sources import Source
from pipeline.tables import TABLES, build_tables
from pipeline.tables.rowset import Tables

ARS = Organisation("ARS Grand Est", "ARS", "Grand Est", "signatory")
CAF = Organisation("La Caisse d'Allocations Familiales", "CAF", None, "signatory")
VILLE = Organisation("La Ville de Reims", "COMMUNE", "Reims", "signatory")


def corpus(outcome: MakeOutcome) -> list[Outcome]:
    """A web page and a press article about Reims' second CLS, and Rennes' contract."""
    return [
        outcome(
            "reims-page",
            "html",
            territory="Reims",
            lead_body="Ville de Reims",
            ars_regions=["Grand Est"],
            generation=2,
            period_start=2018,
            period_end=2022,
            amendments=[Amendment("2022-03-10", None)],
            n_axes=2,
            axes=["Environnement favorable à la santé", "Accès aux soins"],
            n_signatories=3,
            organisations=[VILLE, ARS, CAF],
            metadata={"title": "CLS de Reims", "published": "14/03/2022"},
            evidence={
                "period_start": {
                    "snippet": "Il couvre donc les années 2018 à 2022",
                    "start": 120,
                    "end": 157,
                    "page": None,
                    "extractor": "period",
                    "rule": "years_range",
                    "confidence": 0.9,
                },
                "axes": [
                    {"snippet": "Axe 1", "start": 1, "end": 5, "page": None, "extractor": "axes"},
                    None,
                ],
            },
        ),
        outcome(
            "reims-presse",
            "txt",
            territory="Ville de Reims",
            ars_regions=["Grand Est"],
            generation=2,
            period_start=2018,
            period_end=2020,
            n_signatories=9,
            n_actions=27,
            actions=[Action("1.1", "Prévenir les addictions", 1), Action("2.1", None, None)],
        ),
        outcome(
            "rennes-2025",
            "txt",
            territory="Rennes Métropole",
            lead_body="Rennes Métropole",
            ars_regions=["?"],
            period_start=2025,
            period_end=2030,
            organisations=[Organisation("ARS Bretagne", "ARS", "Bretagne", "signatory"), CAF],
        ),
    ]


def by_key(tables: Tables, table: str, key: str) -> dict[Any, dict[str, Any]]:
    return {row[key]: row for row in tables[table]}


def assert_keys_hold(tables: Tables) -> None:
    """Every row has exactly the schema's columns, primary keys are unique and not null,
    foreign keys point to existing rows."""
    for table in TABLES:
        rows = tables[table.name]
        for row in rows:
            assert list(row) == table.column_names
            for c in table.columns:
                if c.required:
                    assert row[c.name] is not None, (table.name, c.name)
                if c.enum and row[c.name] is not None:
                    assert row[c.name] in c.enum, (table.name, c.name, row[c.name])
        pks = [tuple(r[k] for k in table.primary_key) for r in rows]
        assert len(pks) == len(set(pks)), table.name
        for fk in table.foreign_keys:
            targets = {tuple(r[k] for k in fk.ref_columns) for r in tables[fk.table]}
            for row in rows:
                value = tuple(row[k] for k in fk.columns)
                if None not in value:
                    assert value in targets, (table.name, fk.columns, value)


def test_one_contract_per_cls(outcome: MakeOutcome) -> None:
    tables = build_tables(corpus(outcome))
    assert_keys_hold(tables)
    contracts = by_key(tables, "contracts", "contract_id")
    assert sorted(contracts) == ["reims-51454-2018", "rennes-metropole-243500139-2025"]
    docs = by_key(tables, "documents", "document_id")
    assert docs["reims-page"]["contract_id"] == docs["reims-presse"]["contract_id"]
    assert (docs["reims-page"]["preference"], docs["reims-presse"]["preference"]) == (1, 2)
    reims = contracts["reims-51454-2018"]
    assert reims["n_documents"] == 2
    assert reims["period_end"] == 2022  # the web page wins over the press article
    assert reims["n_signatories"] == 3
    assert reims["n_actions"] == 27  # stated by the press article only
    assert reims["latest_amendment_signed_on"] == date(2022, 3, 10)
    assert (reims["insee_code"], reims["epci_siren"], reims["geo_match"]) == (
        "51454",
        "200067213",
        "commune_name",
    )
    assert docs["reims-page"]["published_on"] == date(2022, 3, 14)


def test_disagreements_are_kept_in_conflicts_and_evidence(outcome: MakeOutcome) -> None:
    tables = build_tables(corpus(outcome))
    conflicts = {
        (r["field"], r["chosen_value"], r["other_value"], r["other_document_id"])
        for r in tables["conflicts"]
    }
    assert ("period_end", "2022", "2020", "reims-presse") in conflicts
    assert ("n_signatories", "3", "9", "reims-presse") in conflicts
    assert by_key(tables, "contracts", "contract_id")["reims-51454-2018"]["n_conflicts"] == len(
        [r for r in tables["conflicts"] if r["contract_id"] == "reims-51454-2018"]
    )
    ends = {
        (r["document_id"], r["value"], r["chosen"])
        for r in tables["evidence"]
        if r["field"] == "period_end"
    }
    assert ends == {
        ("reims-page", "2022", True),
        ("reims-presse", "2020", False),
        ("rennes-2025", "2030", True),
    }


def test_evidence_carries_spans_and_extractor(outcome: MakeOutcome) -> None:
    tables = build_tables(corpus(outcome))
    rows = {(r["document_id"], r["field"], r["item_no"]): r for r in tables["evidence"]}
    start = rows[("reims-page", "period_start", 0)]
    assert (start["char_start"], start["char_end"], start["extractor"], start["rule"]) == (
        120,
        157,
        "period",
        "years_range",
    )
    assert start["extractor_version"]
    assert start["confidence"] == 0.9
    axis2 = rows[("reims-page", "axes", 2)]
    assert axis2["value"] == "Accès aux soins"
    assert axis2["snippet"] is None  # no evidence given for that item: the value is still kept


def test_child_tables(outcome: MakeOutcome) -> None:
    tables = build_tables(corpus(outcome))
    axes = [(r["axis_no"], r["title"]) for r in tables["axes"]]
    assert axes == [(1, "Environnement favorable à la santé"), (2, "Accès aux soins")]
    actions = [(r["action_no"], r["number"], r["axis_no"]) for r in tables["actions"]]
    assert actions == [(1, "1.1", 1), (2, "2.1", None)]
    regions = {
        (r["contract_id"], r["ars_region"], r["region_code"])
        for r in tables["contract_ars_regions"]
    }
    assert regions == {
        ("reims-51454-2018", "Grand Est", "44"),
        ("rennes-metropole-243500139-2025", "?", None),
    }
    orgs = by_key(tables, "organisations", "organisation_id")
    assert orgs["ars-grand-est"]["place_code"] == "44"
    cafs = [o for o in orgs.values() if o["type"] == "CAF"]
    assert sorted(o["scope_contract_id"] for o in cafs) == [
        "reims-51454-2018",
        "rennes-metropole-243500139-2025",
    ]
    roles = {(r["contract_id"], r["organisation_id"]) for r in tables["contract_organisations"]}
    assert ("reims-51454-2018", "commune-reims") in roles


def test_output_does_not_depend_on_input_order(outcome: MakeOutcome) -> None:
    outcomes = corpus(outcome)
    expected = build_tables(outcomes)
    for seed in range(3):
        shuffled = outcomes[:]
        random.Random(seed).shuffle(shuffled)
        assert build_tables(shuffled) == expected


def test_documents_not_linked_say_why(outcome: MakeOutcome) -> None:
    outcomes = [
        outcome("cls1", territory="Reims", period_start=2012, period_end=2016),
        outcome("cls2", territory="Reims", period_start=2018, period_end=2022),
        outcome("vague", "txt", territory="Reims"),
        outcome("no-territory", period_start=2018),
        outcome("hors-sujet", is_cls=False),
    ]
    failed = Outcome(
        Source("https://example.invalid/x.pdf"),
        errors=[ErrorRow("https://example.invalid/x.pdf", "fetch", "HTTP 404")],
    )
    no_record = outcome("broken")
    no_record.record = None
    no_record.errors.append(ErrorRow(no_record.source.location, "extract", "ValueError: boom"))
    tables = build_tables([*outcomes, failed, no_record])
    assert_keys_hold(tables)
    matches = {r["document_id"]: r["contract_match"] for r in tables["documents"]}
    assert matches == {
        "cls1": "territory+period",
        "cls2": "territory+period",
        "vague": "ambiguous",
        "no-territory": "no_territory",
        "hors-sujet": "not_cls",
        "broken": "no_record",
    }
    errors = {(r["stage"], r["document_id"]) for r in tables["errors"]}
    assert errors == {("normalise", "vague"), ("fetch", None), ("extract", "broken")}


def test_territory_hint_of_the_sources_file_fills_a_missing_territory(
    outcome: MakeOutcome,
) -> None:
    tables = build_tables([outcome("page", hint="Reims"), outcome("other", hint="Reims")])
    assert [r["contract_id"] for r in tables["contracts"]] == ["reims-51454-undated"]
    ev = [r for r in tables["evidence"] if r["field"] == "territory"]
    assert {r["extractor"] for r in ev} == {"sources"}


def test_extracted_territory_wins_over_the_hint(outcome: MakeOutcome) -> None:
    tables = build_tables([outcome("page", hint="Reims", territory="Rennes Métropole")])
    assert tables["contracts"][0]["territory"] == "Rennes Métropole"


def test_same_file_name_in_two_folders_gives_two_documents(outcome: MakeOutcome) -> None:
    tables = build_tables(
        [
            outcome("cls", source="a/cls.html", territory="Reims", period_start=2018),
            outcome("cls", source="b/cls.html", territory="Reims", period_start=2018),
        ]
    )
    ids = [r["document_id"] for r in tables["documents"]]
    assert len(set(ids)) == 2
    assert all(i.startswith("cls-") for i in ids)
    assert tables["contracts"][0]["n_documents"] == 2


def test_unreadable_dates_are_left_empty_and_reported(outcome: MakeOutcome) -> None:
    tables = build_tables(
        [
            outcome(
                "page",
                territory="Reims",
                signed_on="2022-02-30",
                amendments=[Amendment("pas une date", "fin 2025")],
                metadata={"published": "un jour"},
            )
        ]
    )
    assert tables["contracts"][0]["signed_on"] is None
    messages = sorted(r["message"] for r in tables["errors"])
    assert len(messages) == 4
    assert all("unreadable" in m for m in messages)
    assert [r["error_no"] for r in tables["errors"]] == [1, 2, 3, 4]


def test_warnings_of_documents_are_rows(outcome: MakeOutcome) -> None:
    o = outcome("scan", "pdf", territory="Reims")
    assert o.document is not None
    o.document.warnings.append("page 2: no text layer")
    tables = build_tables([o])
    assert [(r["stage"], r["message"]) for r in tables["errors"]] == [
        ("warning", "page 2: no text layer")
    ]
