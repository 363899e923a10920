"""A long PDF's first pass shared with a forked helper: the same Document either way."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from pdfmaker import contract_pdf

from pipeline.text import pdfsplit
from pipeline.text.pdf import read_pdf

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


@pytest.fixture
def splitting(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Splitting on, as if a core were idle."""
    monkeypatch.setattr(pdfsplit, "idle_core", lambda: True)
    pdfsplit.enable()
    yield
    pdfsplit.enable(False)


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return contract_pdf(30, scanned_page=False)


def test_split_reading_gives_the_same_document(long_pdf: bytes, splitting: None) -> None:
    pdfsplit.enable(False)
    alone = read_pdf(long_pdf, "c", "c.pdf")
    pdfsplit.enable()
    assert alone.pages is not None and alone.pages >= pdfsplit.MIN_PAGES
    assert pdfsplit.split_point(alone.pages) == alone.pages // 2
    shared = read_pdf(long_pdf, "c", "c.pdf")
    assert shared.blocks == alone.blocks
    assert shared.warnings == alone.warnings
    assert shared.metadata == alone.metadata


def test_a_failed_helper_leaves_its_pages_to_the_reader(
    long_pdf: bytes, splitting: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A helper that dies (here: raises) answers None; the reader reads its pages."""

    def broken() -> object:
        raise RuntimeError("helper lost")

    real = pdfsplit.fork_work
    monkeypatch.setattr(
        "pipeline.text.pdf.fork_work",
        lambda work: real(broken),  # type: ignore[arg-type,return-value]
    )
    pdfsplit.enable(False)
    alone = read_pdf(long_pdf, "c", "c.pdf")
    pdfsplit.enable()
    assert read_pdf(long_pdf, "c", "c.pdf").blocks == alone.blocks


def test_short_documents_and_busy_machines_are_read_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    pdfsplit.enable()
    try:
        monkeypatch.setattr(pdfsplit, "idle_core", lambda: True)
        assert pdfsplit.split_point(pdfsplit.MIN_PAGES - 1) is None
        monkeypatch.setattr(pdfsplit, "idle_core", lambda: False)
        assert pdfsplit.split_point(200) is None
    finally:
        pdfsplit.enable(False)
    monkeypatch.setattr(pdfsplit, "idle_core", lambda: True)
    assert pdfsplit.split_point(200) is None  # not enabled: a batch worker's reader
