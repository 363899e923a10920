"""The watch report: a table (CSV and Parquet, with its schema) and a short summary.

What: ``write_report`` writes ``watch.csv``, ``watch.parquet`` and ``datapackage.json``
(Frictionless Table Schema: column types, null value, a SHA-256 per file) into the out
directory, each staged in a temporary folder and renamed into place; ``summary`` is the
text printed at the end: counts per change, the fetch counters, and the rows that call
for a look (at most ``MAX_LISTED``).

Why: the table is for filtering and joining (``change``, ``found_on``), the summary for
the e-mail a scheduled run sends. Parquet is written by pyarrow from the CSV bytes, so
both files hold the same table and the watch never imports pandas.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import tempfile
from dataclasses import astuple
from pathlib import Path

from pipeline.watch.changes import CHANGE_ORDER, Change
from pipeline.watch.run import WatchResult

# Column, Table Schema type, description.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("change", "string", "new, new_link, changed, relinked, failed, gone or unchanged"),
    ("url", "string", "the URL asked for"),
    ("found_on", "string", "the catalogue page a discovered document was linked from"),
    ("territory", "string", "the catalogue's territory, or the territory a link names"),
    ("kind", "string", "pdf, html or txt"),
    ("fetch", "string", "downloaded, not_modified (304), failed or not_fetched"),
    ("http_status", "integer", "HTTP status of the answer (304: not modified)"),
    ("sha256", "string", "SHA-256 of the body in the raw store"),
    ("previous_sha256", "string", "SHA-256 of the last good copy the previous watch kept"),
    ("first_seen", "string", "when a watch first asked for the URL (ISO 8601, UTC)"),
    ("error", "string", "why nothing came back"),
)
MAX_LISTED = 20
FILES = ("watch.csv", "watch.parquet", "datapackage.json")


def write_report(changes: list[Change], out_dir: Path) -> list[Path]:
    """Write the report files into ``out_dir``, each replaced whole."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out_dir, prefix=".staging-"))
    try:
        table = _csv_bytes(changes)
        (staging / "watch.csv").write_bytes(table)
        _write_parquet(table, staging / "watch.parquet")
        (staging / "datapackage.json").write_text(_datapackage(staging), encoding="utf-8")
        for name in FILES:
            os.replace(staging / name, out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out_dir / name for name in FILES]


def summary(result: WatchResult, out_dir: Path) -> str:
    """Counts per change, fetch counters, the rows worth a look, where the report is."""
    checked = len(result.changes) - result.count("gone")
    counts = ", ".join(f"{result.count(kind)} {kind}" for kind in CHANGE_ORDER)
    lines = [
        f"watch: {checked} URLs checked in {result.seconds:.1f}s: {counts}",
        result.counters.describe(),
    ]
    notable = [c for c in result.changes if c.change != "unchanged"]
    for change in notable[:MAX_LISTED]:
        reason = f"  ({change.error})" if change.error else ""
        lines.append(f"  {change.change:<9} {change.url}{reason}")
    if len(notable) > MAX_LISTED:
        lines.append(f"  ... and {len(notable) - MAX_LISTED} more in watch.csv")
    lines.append(f"report written to {out_dir}/ ({', '.join(FILES[:2])})")
    return "\n".join(lines)


def _csv_bytes(changes: list[Change]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([name for name, _, _ in COLUMNS])
    for change in changes:
        writer.writerow(["" if v is None else v for v in astuple(change)])
    return buffer.getvalue().encode("utf-8")


def _write_parquet(csv_bytes: bytes, path: Path) -> None:
    """The CSV table as Parquet with the declared column types (empty cells are null).

    Read back from the CSV bytes by pyarrow's CSV reader: building arrays from Python
    objects (``pyarrow.array``) would import pandas just to check for pandas inputs.
    """
    import pyarrow as pa
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "integer": pa.int64()}
    options = pa_csv.ConvertOptions(
        column_types={name: types[kind] for name, kind, _ in COLUMNS},
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    table = pa_csv.read_csv(io.BytesIO(csv_bytes), convert_options=options)
    pq.write_table(table, path)


def _datapackage(folder: Path) -> str:
    """The Frictionless descriptor of the two table files."""
    schema = {
        "fields": [
            {"name": name, "type": kind, "description": text} for name, kind, text in COLUMNS
        ],
        "missingValues": [""],
    }
    resources = [
        {
            "name": f"watch-{suffix}",
            "path": f"watch.{suffix}",
            "format": suffix,
            "hash": "sha256:"
            + hashlib.sha256((folder / f"watch.{suffix}").read_bytes()).hexdigest(),
            "schema": schema,
        }
        for suffix in ("csv", "parquet")
    ]
    package = {
        "name": "cls-pipeline-watch",
        "profile": "tabular-data-package",
        "resources": resources,
    }
    return json.dumps(package, ensure_ascii=False, indent=1) + "\n"
