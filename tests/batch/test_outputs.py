"""What a run does to its ``--out`` folder: all tables or the previous ones, never a
user's files, and one run at a time.

Each test runs ``cls-pipeline run`` (in this process, or as a child process for the lock)
over real files and reads the written CSV, Parquet and DuckDB files back.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import duckdb

from pipeline.tables.write import output_names

from .conftest import FIXTURES, command, run, table_bytes


def test_corpus2_writes_every_table(tmp_path: Path) -> None:
    """The team's second corpus used to end on a DuckDB CHECK constraint with no table."""
    result = run(FIXTURES / "corpus2", tmp_path / "out", tmp_path / "raw")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == output_names()
    db = duckdb.connect(str(tmp_path / "out" / "cls.duckdb"), read_only=True)
    assert db.sql("SELECT count(*) FROM contracts").fetchall() == [(20,)]
    levels = {r[0] for r in db.sql("SELECT DISTINCT place_level FROM organisations").fetchall()}
    assert "epci" in levels


def _previous_run(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FIXTURES / "seeds" / "reims-cls2.txt", docs / "reims-cls2.txt")
    first = run(docs, tmp_path / "out", tmp_path / "raw")
    assert first.exit_code == 0, first.output
    return tmp_path / "out", table_bytes(tmp_path / "out")


def test_an_input_without_sources_is_a_usage_error_leaving_the_tables(tmp_path: Path) -> None:
    out, before = _previous_run(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(empty, out, tmp_path / "raw")
    assert result.exit_code == 2
    assert "no source to read" in result.output
    assert table_bytes(out) == before


def test_a_run_that_reads_nothing_keeps_the_previous_tables(tmp_path: Path) -> None:
    out, before = _previous_run(tmp_path)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "a.pdf").write_bytes(b"%PDF-1.4\nthe rest is lost")
    (broken / "b.txt").write_bytes(b"")
    result = run(broken, out, tmp_path / "raw")
    assert result.exit_code == 1
    assert "no document could be read" in result.output
    assert "kept as they were" in result.output
    assert f"error: {broken / 'a.pdf'}: text: not a readable PDF" in result.output
    assert table_bytes(out) == before


def test_a_users_files_in_out_survive_a_run(tmp_path: Path) -> None:
    out, _ = _previous_run(tmp_path)
    (out / "budget-2025.csv").write_text("poste,montant\nprévention,1200\n", encoding="utf-8")
    db = duckdb.connect(str(out / "analysis.duckdb"))
    db.execute("CREATE TABLE t AS SELECT 1 AS one")
    db.close()
    inode = (out / "budget-2025.csv").stat().st_ino
    again = run(tmp_path / "docs", out, tmp_path / "raw")
    assert again.exit_code == 0, again.output
    assert (out / "budget-2025.csv").stat().st_ino == inode
    assert duckdb.connect(str(out / "analysis.duckdb")).sql("SELECT one FROM t").fetchall() == [
        (1,)
    ]


def test_a_second_run_on_the_same_out_stops_with_a_message(tmp_path: Path) -> None:
    """A run paused before its swap holds the lock; another run on that folder is refused
    at once, the first one then finishes normally."""
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FIXTURES / "seeds" / "reims-cls2.txt", docs / "reims-cls2.txt")
    env = {**os.environ, "CLS_TEST_PAUSE_BEFORE_SWAP": "30"}
    first = subprocess.Popen(
        command(docs, tmp_path / "out", tmp_path / "raw"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(".out.staging-*")) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert list(tmp_path.glob(".out.staging-*")), "the first run never staged its tables"
        second = run(docs, tmp_path / "out", tmp_path / "raw2")
        assert second.exit_code == 1
        assert "another cls-pipeline run is writing" in second.output
        assert f"pid {first.pid}" in second.output
    finally:
        first.kill()
        first.wait()
    third = run(docs, tmp_path / "out", tmp_path / "raw")
    assert third.exit_code == 0, third.output
    assert not (tmp_path / ".out.lock").exists()


def test_the_summary_gives_the_run_process_and_worker_peaks(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("reims-cls2.txt",):
        shutil.copy(FIXTURES / "seeds" / name, docs / name)
    result = run(docs, tmp_path / "out", tmp_path / "raw")
    assert re.search(r"peak memory per worker \d+ MiB \(run process \d+ MiB\)", result.output)


def test_odd_file_names_and_bad_lines_are_one_row_each(tmp_path: Path) -> None:
    """A Latin-1 file name and a 300-character name in a list used to end the run with no
    table (UnicodeEncodeError, File name too long); a .docx went unmentioned."""
    docs = tmp_path / "docs"
    docs.mkdir()
    seed = (FIXTURES / "seeds" / "reims-cls2.txt").read_bytes()
    (docs / "reims-cls2.txt").write_bytes(seed)
    with open(os.path.join(os.fsencode(docs), b"caf\xe9-lyon.txt"), "wb") as handle:
        handle.write(seed)
    (docs / "fiches.docx").write_bytes(b"PK\x03\x04")
    listing = tmp_path / "sources.txt"
    listing.write_text(f"docs\n{'x' * 300}.html\n", encoding="utf-8")
    result = run(listing, tmp_path / "out", tmp_path / "raw")
    assert result.exit_code == 1
    assert "error: 2 of 3 documents failed" in result.output
    db = duckdb.connect(str(tmp_path / "out" / "cls.duckdb"), read_only=True)
    assert db.sql("SELECT document_id FROM documents").fetchall() == [("reims-cls2",)]
    rows = db.sql("SELECT source, stage, message FROM errors ORDER BY source").fetchall()
    assert rows == [
        (str(docs / "caf\\xe9-lyon.txt"), "sources", "file name is not valid UTF-8"),
        (
            str(docs / "fiches.docx"),
            "warning",
            ".docx files are not read (supported: .htm, .html, .pdf, .text, .txt)",
        ),
        (
            f"{listing}:2",
            "sources",
            f"{'x' * 200}: file name of 305 bytes is too long (limit 255)",  # line cut at 200
        ),
    ]
