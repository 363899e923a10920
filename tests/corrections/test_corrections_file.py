"""The corrections file: appended row by row, read back, checked and applied to records."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.corrections import (
    COLUMNS,
    Correction,
    CorrectionsError,
    append_correction,
    latest,
    read_corrections,
)
from pipeline.corrections.apply import apply_to_gold, apply_to_record, check, parse_value
from pipeline.model import Action, CLSRecord, Evidence, Organisation


def fix(
    field: str, value: str = "", action: str = "correct", item: str = "", **kw: str
) -> Correction:
    """A correction of document ``d1``."""
    return Correction(
        document_id=kw.get("doc", "d1"),
        contract_id="c1",
        field=field,
        item_key=item,
        action=action,  # type: ignore[arg-type]
        value=value,
        note=kw.get("note", ""),
        time="2026-12-04T10:00:00Z",
    )


def test_rows_are_appended_and_earlier_bytes_never_change(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    append_correction(path, fix("period_end", "2022", note='dit "2022", p. 3\nvoir annexe'))
    first = path.read_bytes()
    append_correction(path, fix("territory", "Reims"))
    assert path.read_bytes().startswith(first)
    assert path.read_text(encoding="utf-8").splitlines()[0] == ",".join(COLUMNS)
    rows, problems = read_corrections(path)
    assert problems == []
    assert [(r.field, r.value, r.line) for r in rows] == [
        ("period_end", "2022", 2),
        ("territory", "Reims", 4),
    ]
    assert rows[0].note == 'dit "2022", p. 3\nvoir annexe'


def test_a_missing_file_has_no_corrections_and_a_foreign_file_is_refused(tmp_path: Path) -> None:
    assert read_corrections(tmp_path / "none.csv") == ([], [])
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match="header must be document_id,contract_id"):
        read_corrections(other)


def test_unusable_rows_are_named_by_line_and_the_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        ",".join(COLUMNS) + "\n"
        "d1,c1,territory,,erase,x,,t\n"
        "d1,c1,territory,,correct,Reims,,t\n"
        ",c1,territory,,correct,Reims,,t\n"
        "d1,c1\n",
        encoding="utf-8",
    )
    rows, problems = read_corrections(path)
    assert [r.line for r in rows] == [3]
    assert [(p.line, p.message) for p in problems] == [
        (2, "unknown action 'erase' (one of correct, accept, not_stated)"),
        (4, "document_id and field are required"),
        (5, "2 cells for 8 columns"),
    ]


def test_the_last_word_on_a_value_wins() -> None:
    rows = [fix("territory", "A"), fix("period_end", "2020"), fix("territory", "B")]
    kept = latest(rows)
    assert [c.value for c in kept.values()] == ["2020", "B"]


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("period_start", " 2018 ", 2018),
        ("n_signatories", "12", 12),
        ("signed_on", "2017-07-11", "2017-07-11"),
        ("territory", "  Pays   de Redon ", "Pays de Redon"),
        ("axes", "Santé mentale", "Santé mentale"),
        (
            "actions",
            "Prévenir les addictions",
            {"number": None, "title": "Prévenir les addictions", "axis": None},
        ),
        (
            "organisations",
            '{"name": "CAF de la Marne", "type": "CAF", "place": "Marne", "role": "partner"}',
            {"name": "CAF de la Marne", "type": "CAF", "place": "Marne", "role": "partner"},
        ),
        (
            "amendments",
            '{"signed_on": "2022-03-10"}',
            {"signed_on": "2022-03-10", "extends_to": None},
        ),
    ],
)
def test_values_are_read_as_the_record_types_them(field: str, text: str, expected: object) -> None:
    assert parse_value(field, text) == expected


@pytest.mark.parametrize(
    ("correction", "message"),
    [
        (fix("period_start", "deux mille"), "not a whole number"),
        (fix("signed_on", "11/07/2017"), "not a date YYYY-MM-DD"),
        (fix("territory", "   "), "an empty value"),
        (fix("colour", "red"), "unknown field 'colour'"),
        (fix("axes", "Santé"), "needs the item's item_key"),
        (fix("axes", "Santé", item="0"), "item_key must be a position"),
        (fix("territory", "Reims", item="1"), "for list fields only"),
        (
            fix(
                "organisations",
                '{"name": "X", "type": "BANK", "place": null, "role": "partner"}',
                item="1",
            ),
            "type must be",
        ),
        (fix("organisations", "[1]", item="1"), "a JSON object with keys"),
    ],
)
def test_a_correction_that_cannot_apply_says_why(correction: Correction, message: str) -> None:
    with pytest.raises(CorrectionsError, match=message):
        check(correction)


def test_not_stated_needs_no_value() -> None:
    check(fix("lead_body", action="not_stated"))
    check(fix("axes", action="not_stated"))


def record() -> CLSRecord:
    ev = Evidence(
        "Les années 2018 à 2020", 10, 32, 2, "generic.period", "years_range", 0.9, "0.4.0"
    )
    return CLSRecord(
        id="d1",
        territory="Reims",
        period_start=2018,
        period_end=2020,
        lead_body="Ville de Reims",
        axes=["Axe A", "Axe B", "Axe C"],
        organisations=[Organisation("ARS Grand Est", "ARS", "Grand Est", "signatory")],
        actions=[Action("1.1", "Agir", 1)],
        evidence={
            "period_end": ev,
            "lead_body": ev.to_dict(),
            "axes": [
                {"snippet": "A", "start": 1, "end": 2},
                None,
                {"snippet": "C", "start": 5, "end": 6},
            ],
        },
    )


def test_a_corrected_scalar_keeps_its_original_and_where_it_was_read() -> None:
    before = record()
    after = apply_to_record(
        before, [fix("period_end", "2022", note="p. 3"), fix("lead_body", action="not_stated")]
    )
    assert (after.period_end, after.lead_body) == (2022, None)
    ev = after.evidence["period_end"]
    assert ev["provenance"] == "analyst" and ev["original"] == 2020 and ev["note"] == "p. 3"
    assert (ev["start"], ev["end"], ev["snippet"]) == (10, 32, "Les années 2018 à 2020")
    assert "lead_body" not in after.evidence
    assert (before.period_end, before.lead_body) == (2020, "Ville de Reims")  # not changed


def test_list_items_are_replaced_added_and_removed_with_their_evidence() -> None:
    after = apply_to_record(
        record(),
        [
            fix("axes", "Axe B corrigé", item="2"),
            fix("axes", action="not_stated", item="1"),
            fix("axes", "Axe D", item="4"),
            fix("actions", '{"number": "1.1", "title": "Agir ensemble", "axis": 1}', item="1"),
            fix(
                "organisations",
                '{"name": "CAF", "type": "CAF", "place": null, "role": "partner"}',
                item="2",
            ),
        ],
    )
    assert after.axes == ["Axe B corrigé", "Axe C", "Axe D"]
    axes_ev = after.evidence["axes"]
    assert axes_ev[0]["original"] == "Axe B" and axes_ev[0]["provenance"] == "analyst"
    assert axes_ev[1] == {"snippet": "C", "start": 5, "end": 6}
    assert axes_ev[2]["original"] is None
    assert after.actions == [Action("1.1", "Agir ensemble", 1)]
    assert after.organisations[1] == Organisation("CAF", "CAF", None, "partner")


def test_a_whole_list_marked_not_stated_is_emptied() -> None:
    after = apply_to_record(record(), [fix("axes", action="not_stated")])
    assert after.axes == [] and "axes" not in after.evidence


def test_gold_records_take_corrections_in_their_own_form() -> None:
    gold = {"id": "d1", "period_end": 2020, "organisations": [], "axes": ["A"]}
    fixed = apply_to_gold(
        gold,
        [
            fix("period_end", "2022"),
            fix(
                "organisations",
                '{"name": "CAF", "type": "CAF", "place": null, "role": "partner"}',
                item="1",
            ),
            fix("axes", action="not_stated", item="1"),
        ],
    )
    assert fixed == {
        "id": "d1",
        "period_end": 2022,
        "organisations": [{"name": "CAF", "type": "CAF", "place": None, "role": "partner"}],
        "axes": [],
    }
    assert gold["period_end"] == 2020
