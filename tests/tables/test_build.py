"""The normaliser on records built directly: one contract per CLS, keys that hold."""

from __future__ import annotations

import random
from datetime import date

from tablehelpers import MakeOutcome, assert_keys_hold, by_key, corpus

from pipeline.model import Amendment, ErrorRow, Outcome, Source
from pipeline.tables import build_tables


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
        outcome("blank", territory="  ", period_start=2018),
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
        "blank": "no_territory",
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


def test_a_source_listed_twice_is_one_document(outcome: MakeOutcome) -> None:
    twice = [outcome("cls", territory="Reims"), outcome("cls", territory="Reims")]
    tables = build_tables(twice)
    assert [r["document_id"] for r in tables["documents"]] == ["cls"]
    assert [r["message"] for r in tables["errors"]] == ["source listed twice: read once"]
