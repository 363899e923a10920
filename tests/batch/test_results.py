"""A document's result as JSON and back: nothing the tables need is lost on the way."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.batch.results import DocResult, ResultFormatError, dump, load
from pipeline.batch.stages import Outcome, process_source
from pipeline.ingest.sources import resolve_batch
from pipeline.model import ErrorRow
from pipeline.tables import build_tables


@pytest.fixture(scope="module")
def outcomes(small_corpus: Path) -> list[Outcome]:
    return [process_source(source) for source in resolve_batch(str(small_corpus))]


def round_trip(outcome: Outcome) -> Outcome:
    kept = load(dump(DocResult(outcome.document, outcome.record, outcome.errors)))
    return replace(outcome, document=kept.document, record=kept.record, errors=kept.errors)


def test_a_result_comes_back_equal_but_for_the_text(outcomes: list[Outcome]) -> None:
    for outcome in outcomes:
        assert outcome.document is not None and outcome.record is not None
        back = round_trip(outcome)
        assert back.record == outcome.record
        assert back.document == replace(outcome.document, blocks=[], text="")
        assert back.document is not None and back.document.pages == outcome.document.pages


def test_tables_from_kept_results_equal_tables_from_fresh_ones(outcomes: list[Outcome]) -> None:
    assert build_tables([round_trip(o) for o in outcomes]) == build_tables(outcomes)


def test_the_same_result_gives_the_same_bytes(outcomes: list[Outcome]) -> None:
    first = outcomes[0]
    result = DocResult(first.document, first.record, first.errors)
    assert dump(result) == dump(load(dump(result)))


def test_errors_without_a_document_are_kept() -> None:
    result = DocResult(None, None, [ErrorRow("a.pdf", "text", "not a PDF file")])
    assert load(dump(result)) == result


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"{not json",
        b"[]",
        json.dumps({"format": 0, "document": None, "record": None, "errors": []}).encode(),
        json.dumps(
            {"format": 1, "document": None, "record": {"id": "x", "colour": "red"}, "errors": []}
        ).encode(),
        json.dumps({"format": 1, "document": None, "record": None}).encode(),
    ],
    ids=["empty", "not-json", "not-an-object", "other-format", "unknown-field", "missing-key"],
)
def test_what_is_not_a_result_is_refused(raw: bytes) -> None:
    with pytest.raises(ResultFormatError):
        load(raw)
