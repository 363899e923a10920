"""Writing the tables: every format, byte-identical re-runs, safe replacement of a folder."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.tables import TABLES, write_tables
from pipeline.tables import write as write_module
from pipeline.tables.formats import arrow_schema, csv_cell
from pipeline.tables.rowset import Tables
from pipeline.tables.write import DATAPACKAGE_NAME, DUCKDB_NAME, output_names, recover

HASHED = [n for n in output_names() if n != DUCKDB_NAME]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_writes_every_table_in_every_format(sample_tables: Tables, tmp_path: Path) -> None:
    written = write_tables(sample_tables, tmp_path / "out")
    assert sorted(p.name for p in written) == output_names()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == output_names()
    for table in TABLES:
        assert (tmp_path / "out" / f"{table.name}.csv").exists()
        assert (tmp_path / "out" / f"{table.name}.parquet").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging left behind


def test_two_writes_are_byte_identical(sample_tables: Tables, tmp_path: Path) -> None:
    write_tables(sample_tables, tmp_path / "a")
    first = snapshot(tmp_path / "a")
    write_tables(sample_tables, tmp_path / "a")
    write_tables(sample_tables, tmp_path / "b")
    for name in HASHED:
        assert snapshot(tmp_path / "a")[name] == first[name], name
        assert snapshot(tmp_path / "b")[name] == first[name], name


def test_csv_is_utf8_lf_iso_with_one_value_per_cell(sample_tables: Tables, tmp_path: Path) -> None:
    write_tables(sample_tables, tmp_path)
    raw = (tmp_path / "contracts.csv").read_bytes()
    assert b"\r" not in raw
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert list(rows[0]) == TABLES[0].column_names
    reims = next(r for r in rows if r["contract_id"] == "reims-51454-2018")
    assert reims["latest_amendment_signed_on"] == "2022-03-10"
    assert reims["signed_on"] == ""
    evidence = (tmp_path / "evidence.csv").read_text(encoding="utf-8")
    assert ",true," in evidence and ",false," in evidence


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("", ""),
        (True, "true"),
        (date(2017, 7, 11), "2017-07-11"),
        (0.9, "0.9"),
        (3, "3"),
    ],
)
def test_csv_cell(value: object, text: str) -> None:
    assert csv_cell(value) == text


def test_parquet_reads_back_with_the_schema_types(sample_tables: Tables, tmp_path: Path) -> None:
    write_tables(sample_tables, tmp_path)
    for table in TABLES:
        data = pq.read_table(tmp_path / f"{table.name}.parquet")
        assert data.schema.equals(arrow_schema(table), check_metadata=False), table.name
        assert data.num_rows == len(sample_tables[table.name])
        with (tmp_path / f"{table.name}.csv").open(encoding="utf-8", newline="") as handle:
            csv_rows = list(csv.DictReader(handle))
        for parquet_row, csv_row in zip(data.to_pylist(), csv_rows, strict=True):
            assert {k: csv_cell(v) for k, v in parquet_row.items()} == csv_row
    contracts = pq.read_table(tmp_path / "contracts.parquet")
    assert contracts.schema.field("signed_on").type == pa.date32()
    meta = pq.read_metadata(tmp_path / "contracts.parquet")
    assert meta.num_row_groups == 1


def test_interrupted_write_leaves_previous_tables_intact(
    sample_tables: Tables, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "processed"
    write_tables(sample_tables, out)
    (out / ".gitkeep").write_text("")
    before = snapshot(out)

    def crash(*args: object) -> None:
        raise KeyboardInterrupt

    import pipeline.tables.duck

    monkeypatch.setattr(pipeline.tables.duck, "write_duckdb", crash)
    emptied = {name: [] for name in sample_tables}
    with pytest.raises(KeyboardInterrupt):
        write_tables(emptied, out)
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["processed"]


def test_failed_swap_puts_the_previous_folder_back(
    sample_tables: Tables, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "processed"
    write_tables(sample_tables, out)
    before = snapshot(out)
    real_rename = write_module.os.rename
    calls: list[str] = []

    def rename(src: str | Path, dst: str | Path) -> None:
        calls.append(Path(src).name)
        if Path(src).name.startswith(".processed.staging-"):
            raise OSError("disk full")
        real_rename(src, dst)

    monkeypatch.setattr(write_module.os, "rename", rename)
    with pytest.raises(OSError, match="disk full"):
        write_tables({name: [] for name in sample_tables}, out)
    assert snapshot(out) == before
    assert len(calls) == 3  # out -> previous, staging -> out (fails), previous -> out


def test_recover_after_a_crash_between_the_two_renames(
    sample_tables: Tables, tmp_path: Path
) -> None:
    out = tmp_path / "processed"
    write_tables(sample_tables, out)
    before = snapshot(out)
    out.rename(tmp_path / ".processed.previous-abc")
    (tmp_path / ".processed.staging-def").mkdir()
    recover(out)
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["processed"]


def test_other_files_are_kept_and_stale_outputs_dropped(
    sample_tables: Tables, tmp_path: Path
) -> None:
    """Entries the run does not own stay; a table the previous datapackage listed and the
    schema no longer has is dropped with it."""
    out = tmp_path / "processed"
    out.mkdir()
    (out / ".gitkeep").write_text("")
    (out / "NOTES.md").write_text("mine")
    (out / "notebooks").mkdir()
    (out / "notebooks" / "a.ipynb").write_text("{}")
    (out / "old_table.csv").write_text("x\n")
    (out / "old_table.parquet").write_bytes(b"PAR1")
    listed = [{"name": "old_table", "path": "old_table.csv"}, {"path": "old_table.parquet"}]
    (out / DATAPACKAGE_NAME).write_text(json.dumps({"resources": listed}))
    write_tables(sample_tables, out)
    names = {p.name for p in out.iterdir()}
    assert {".gitkeep", "NOTES.md", "notebooks"} <= names
    assert "old_table.csv" not in names and "old_table.parquet" not in names
    assert (out / "notebooks" / "a.ipynb").read_text() == "{}"
    assert DATAPACKAGE_NAME in names


def test_a_users_tables_beside_the_outputs_are_kept_as_the_same_files(
    sample_tables: Tables, tmp_path: Path
) -> None:
    """A ``budget-2025.csv`` or ``analysis.duckdb`` of the user's is neither deleted nor
    copied: after two runs it is the same file (inode), its other hard link intact."""
    out = tmp_path / "processed"
    write_tables(sample_tables, out)
    (out / "budget-2025.csv").write_text("poste,montant\nprévention,1200\n")
    user_db = duckdb.connect(str(out / "analysis.duckdb"))
    user_db.execute("CREATE TABLE notes AS SELECT 42 AS answer")
    user_db.close()
    os.link(out / "budget-2025.csv", tmp_path / "budget-link.csv")
    (out / "analyses").mkdir()
    (out / "analyses" / "q1.sql").write_text("select 1;")
    inodes = {n: (out / n).stat().st_ino for n in ("budget-2025.csv", "analysis.duckdb")}
    for _ in range(2):
        write_tables(sample_tables, out)
    assert {n: (out / n).stat().st_ino for n in inodes} == inodes
    assert (out / "budget-2025.csv").stat().st_nlink == 2
    assert (tmp_path / "budget-link.csv").read_text().endswith("1200\n")
    assert (out / "analyses" / "q1.sql").read_text() == "select 1;"
    db = duckdb.connect(str(out / "analysis.duckdb"), read_only=True)
    assert db.sql("SELECT answer FROM notes").fetchall() == [(42,)]


def test_unchanged_outputs_keep_their_files(sample_tables: Tables, tmp_path: Path) -> None:
    """Identical tables are not rewritten (same inodes, database included); a changed
    table gets a new file, and the database with it."""
    out = tmp_path / "processed"
    write_tables(sample_tables, out)
    before = {n: (out / n).stat().st_ino for n in output_names()}
    write_tables(sample_tables, out)
    assert {n: (out / n).stat().st_ino for n in output_names()} == before
    changed = {**sample_tables, "axes": sample_tables["axes"][:-1]}
    write_tables(changed, out)
    after = {n: (out / n).stat().st_ino for n in output_names()}
    assert after["axes.csv"] != before["axes.csv"]
    assert after[DUCKDB_NAME] != before[DUCKDB_NAME]
    assert after["contracts.csv"] == before["contracts.csv"]


def test_folder_permissions_are_kept(sample_tables: Tables, tmp_path: Path) -> None:
    out = tmp_path / "processed"
    out.mkdir(mode=0o750)
    out.chmod(0o750)
    write_tables(sample_tables, out)
    assert out.stat().st_mode & 0o777 == 0o750


def test_fetch_time_is_written_in_utc(tmp_path: Path) -> None:
    from dataclasses import dataclass
    from datetime import datetime, timedelta, timezone

    from tablehelpers import make_outcome

    from pipeline.model import Outcome
    from pipeline.tables import build_tables

    @dataclass(slots=True)
    class FetchedOutcome(Outcome):  # as the fetch stage will record it
        fetched_at: datetime | None = None

    base = make_outcome("page", territory="Reims")
    paris = timezone(timedelta(hours=1))
    fetched = FetchedOutcome(
        base.source,
        base.document,
        base.record,
        fetched_at=datetime(2025, 2, 1, 11, 15, 7, 5, paris),
    )
    write_tables(build_tables([fetched]), tmp_path)
    rows = list(csv.DictReader((tmp_path / "documents.csv").open(encoding="utf-8")))
    assert rows[0]["fetched_at"] == "2025-02-01T10:15:07Z"
    value = pq.read_table(tmp_path / "documents.parquet").column("fetched_at")[0].as_py()
    assert value.isoformat() == "2025-02-01T10:15:07+00:00"
