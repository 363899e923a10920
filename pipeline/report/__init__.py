"""A self-contained HTML report of a run, from its published tables only.

``build_report(folder)`` returns the page; ``write_report(folder, out)`` writes it (by
default to ``folder/report.html``). The report reads ``datapackage.json`` and the CSV
files it lists, with the standard library: importing this package loads neither spaCy nor
pandas, pyarrow, DuckDB or a plotting library, so ``cls-pipeline report`` starts fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from pipeline.report.html import render
from pipeline.report.load import NoTablesError, TablesError, load_run

REPORT_NAME: Final = "report.html"

__all__ = ["REPORT_NAME", "NoTablesError", "TablesError", "build_report", "write_report"]


def build_report(folder: Path) -> str:
    """The HTML report of the tables in ``folder``."""
    return render(load_run(folder))


def write_report(folder: Path, out: Path | None = None) -> Path:
    """Write the report of ``folder``'s tables to ``out`` (default ``folder/report.html``)
    and return its path."""
    page = build_report(folder)
    target = out if out is not None else folder / REPORT_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    return target
