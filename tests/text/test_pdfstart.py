"""The PDF reader started early: only for a local PDF, and taken by the first read."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import page_break_pdf

from pipeline.limits import PDF_MEMORY_LIMIT_BYTES
from pipeline.text import isolate, pdfstart


def test_started_for_a_pdf_and_taken_by_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(isolate.ISOLATION_ENV, raising=False)
    path = tmp_path / "a.pdf"
    path.write_bytes(page_break_pdf())
    assert pdfstart.prestart_for(["--json", str(path)])
    early = pdfstart._early[PDF_MEMORY_LIMIT_BYTES]
    reader = isolate.PdfReader()
    try:
        doc = reader.read(path.read_bytes(), "a", str(path))
        assert reader._proc is early
        assert pdfstart.take(PDF_MEMORY_LIMIT_BYTES) is None
    finally:
        reader.close()
    assert doc.pages == 2
    assert reader.stats.starts == 1


def test_not_started_for_other_files_or_without_isolation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>%PDF dans le texte</p></body></html>", encoding="utf-8")
    monkeypatch.delenv(isolate.ISOLATION_ENV, raising=False)
    assert not pdfstart.prestart_for([str(page), str(tmp_path / "absent.pdf")])
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(page_break_pdf())
    monkeypatch.setenv(isolate.ISOLATION_ENV, "off")
    assert not pdfstart.prestart_for([str(pdf)])
    assert pdfstart.take(PDF_MEMORY_LIMIT_BYTES) is None


def test_a_child_that_died_before_it_was_taken_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(isolate.ISOLATION_ENV, raising=False)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(page_break_pdf())
    assert pdfstart.prestart_for([str(pdf)])
    early = pdfstart._early[PDF_MEMORY_LIMIT_BYTES]
    early.kill()
    early.wait()
    for stream in (early.stdin, early.stdout):
        if stream is not None:
            stream.close()
    assert pdfstart.take(PDF_MEMORY_LIMIT_BYTES) is None
