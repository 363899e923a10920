"""A document that yields no text, or only its fallback reading, is a warning row of
the errors table, end to end: ``cls-pipeline run`` on real files, ``errors.csv`` and
``errors.parquet`` read back."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from reportlab.pdfgen import canvas

from pipeline.cli import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maintext"


def _blank_pdf(path: Path) -> None:
    """A one-page PDF with a drawing and no text layer (nor image to read by OCR)."""
    page = canvas.Canvas(str(path))
    page.rect(100, 100, 200, 300)
    page.save()


@pytest.fixture
def published(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("all-furniture.html", "menus-only.html", "teasers-first.html"):
        shutil.copy(FIXTURES / name, folder / name)
    _blank_pdf(folder / "blank.pdf")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["run", str(folder), "--out", str(out), "--raw-dir", str(tmp_path / "raw")]
    )
    assert result.exit_code == 0, result.output
    return out


def _warnings(rows: list[dict[str, object]]) -> dict[str, str]:
    return {Path(str(r["source"])).name: str(r["message"]) for r in rows if r["stage"] == "warning"}


@pytest.mark.slow
def test_no_text_and_the_fallback_reading_are_warning_rows(published: Path) -> None:
    with (published / "errors.csv").open(encoding="utf-8") as f:
        from_csv = _warnings(list(csv.DictReader(f)))
    from_parquet = _warnings(pq.read_table(published / "errors.parquet").to_pylist())
    assert from_csv == from_parquet
    assert "whole visible text is kept" in from_csv["all-furniture.html"]
    assert from_csv["menus-only.html"] == "no text found in the document: nothing to extract"
    assert from_csv["blank.pdf"].startswith("no text found (no text layer")
    assert "teasers-first.html" not in from_csv  # a page read well says nothing
