"""Merging one contract's records: preference, lists taken whole, disagreements kept."""

from __future__ import annotations

from pipeline.model import Amendment, CLSRecord, Organisation
from pipeline.tables.geo_link import link_territory
from pipeline.tables.identity import Member
from pipeline.tables.merge import merge
from pipeline.tables.prefer import completeness, preference_key, source_class


def member(doc_id: str, kind: str, **kw: object) -> Member:
    record = CLSRecord(id=doc_id, territory="Reims", **kw)  # type: ignore[arg-type]
    return Member(doc_id, record, link_territory("Reims"), preference_key(kind, record, doc_id))


def ordered(*members: Member) -> list[Member]:
    return sorted(members, key=lambda m: m.preference)


def test_source_classes_and_their_order() -> None:
    assert [source_class(k) for k in ("pdf", "html", "txt")] == [
        "contract_pdf",
        "web_page",
        "text",
    ]
    record = CLSRecord(id="x")
    keys = [preference_key(k, record, "x") for k in ("txt", "pdf", "html")]
    assert sorted(keys) == [keys[1], keys[2], keys[0]]


def test_more_complete_record_first_within_a_class() -> None:
    thin = CLSRecord(id="thin", territory="Reims")
    rich = CLSRecord(id="rich", territory="Reims", period_start=2018, axes=["A"])
    assert completeness(rich) == 3
    assert preference_key("html", rich, "rich") < preference_key("html", thin, "thin")


def test_signed_contract_wins_over_page_over_press_and_conflicts_are_kept() -> None:
    members = ordered(
        member("presse", "txt", period_start=2018, period_end=2020, n_actions=30),
        member("page", "html", period_start=2018, period_end=2022),
        member("pdf", "pdf", period_start=2018, period_end=2023, signed_on="2018-06-01"),
    )
    merged = merge(members)
    assert merged.values["period_end"] == 2023
    assert merged.sources["period_end"] == "pdf"
    assert merged.values["n_actions"] == 30  # only the press article states it
    assert merged.sources["n_actions"] == "presse"
    conflicts = {(c.field, c.other_document_id, c.other_value) for c in merged.conflicts}
    assert conflicts == {("period_end", "page", "2022"), ("period_end", "presse", "2020")}


def test_strings_differing_only_in_case_accents_or_punctuation_agree() -> None:
    merged = merge(
        ordered(
            member("a", "html", lead_body="Ville de Reims"),
            member("b", "txt", lead_body="ville de REIMS."),
        )
    )
    assert merged.conflicts == []


def test_lists_are_taken_whole_from_one_document() -> None:
    caf = Organisation("CAF de la Marne", "CAF", "Marne", "signatory")
    ars = Organisation("ARS Grand Est", "ARS", "Grand Est", "signatory")
    merged = merge(
        ordered(
            member("page", "html", organisations=[ars, caf], axes=["Axe A", "Axe B"]),
            member("presse", "txt", organisations=[ars], axes=[]),
        )
    )
    assert merged.values["organisations"] == [ars, caf]
    assert merged.sources["axes"] == "page"
    assert [c.field for c in merged.conflicts] == ["organisations"]
    assert merged.conflicts[0].chosen_value.startswith('[{"name": "CAF de la Marne"')
    assert merged.conflicts[0].other_value == "[]"  # the article names no one the page lacks


def test_equal_lists_in_another_order_or_case_are_no_conflict() -> None:
    merged = merge(
        ordered(
            member("a", "html", ars_regions=["Grand Est"], amendments=[Amendment(None, 2024)]),
            member("b", "txt", ars_regions=["grand est"], amendments=[Amendment(None, 2024)]),
        )
    )
    assert merged.conflicts == []


def test_unstated_fields_are_null_or_empty() -> None:
    merged = merge([member("a", "html")])
    assert merged.values["signed_on"] is None
    assert merged.values["axes"] == []
    assert "axes" not in merged.sources


def test_latest_period_end_wins_as_extensions_only_move_it_later() -> None:
    merged = merge(
        ordered(
            member("contrat", "pdf", period_start=2017, period_end=2020),
            member("page", "html", period_start=2017, period_end=2022),
            member("presse", "txt", period_start=2017, period_end=2022),
        )
    )
    assert (merged.values["period_end"], merged.sources["period_end"]) == (2022, "page")
    assert [(c.field, c.other_value, c.other_document_id) for c in merged.conflicts] == [
        ("period_end", "2020", "contrat")
    ]


def test_list_conflicts_show_only_the_items_that_differ() -> None:
    ars = Organisation("ARS Grand Est", "ARS", "Grand Est", "signatory")
    caf = Organisation("CAF de la Marne", "CAF", "Marne", "signatory")
    cpam = Organisation("CPAM de la Marne", "CPAM", "Marne", "partner")
    merged = merge(
        ordered(
            member("page", "html", organisations=[ars, caf]),
            member("presse", "txt", organisations=[ars, cpam]),
        )
    )
    (conflict,) = merged.conflicts
    assert '"CAF de la Marne"' in conflict.chosen_value
    assert "ARS" not in conflict.chosen_value
    assert '"CPAM de la Marne"' in conflict.other_value


def test_axes_in_another_order_are_a_conflict_shown_whole() -> None:
    merged = merge(
        ordered(
            member("page", "html", axes=["A", "B"]),
            member("presse", "txt", axes=["B", "A"]),
        )
    )
    (conflict,) = merged.conflicts
    assert (conflict.chosen_value, conflict.other_value) == ('["A", "B"]', '["B", "A"]')
