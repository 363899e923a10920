"""Write every table in every format, then move the whole folder into place.

What: ``write_tables`` renders each table as CSV and Parquet, builds the DuckDB database
and ``datapackage.json``, all inside a staging folder beside ``out_dir``; only when every
file is complete does the staging folder replace ``out_dir`` (two renames on the same
file system). Files of ``out_dir`` that are not outputs (``.gitkeep``, notes) are carried
over; outputs of an older run (``*.csv``, ``*.parquet``, ``*.duckdb``, ``datapackage.json``)
are not, so no stale table survives.

Why: an interrupted run (crash, Ctrl-C, a failing writer) must leave the previous tables
intact and consistent with each other. Between the two renames ``out_dir`` is briefly
missing; if the process dies exactly there, the next write (or ``recover``) puts the
previous folder back first. One writer per folder at a time: the parent folder is locked
(``flock``) while writing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from pipeline.tables.datapackage import descriptor_bytes
from pipeline.tables.formats import arrow_table, csv_bytes, write_parquet
from pipeline.tables.rowset import Tables
from pipeline.tables.schema import TABLES

DUCKDB_NAME: Final = "cls.duckdb"
DATAPACKAGE_NAME: Final = "datapackage.json"
OUTPUT_SUFFIXES: Final = (".csv", ".parquet", ".duckdb", ".duckdb.wal")


def output_names() -> list[str]:
    """Every file name ``write_tables`` writes."""
    names = [f"{t.name}{ext}" for t in TABLES for ext in (".csv", ".parquet")]
    return sorted([*names, DUCKDB_NAME, DATAPACKAGE_NAME])


def write_files(tables: Tables, folder: Path) -> None:
    """Write every output file into ``folder`` (which must be empty)."""
    files: dict[str, bytes] = {}
    arrow = {}
    for table in TABLES:
        rows = tables.get(table.name, [])
        files[f"{table.name}.csv"] = csv_bytes(table, rows)
        (folder / f"{table.name}.csv").write_bytes(files[f"{table.name}.csv"])
        arrow[table.name] = arrow_table(table, rows)
        write_parquet(arrow[table.name], folder / f"{table.name}.parquet")
        files[f"{table.name}.parquet"] = (folder / f"{table.name}.parquet").read_bytes()
    from pipeline.tables.duck import write_duckdb

    write_duckdb(arrow, folder / DUCKDB_NAME)
    (folder / DATAPACKAGE_NAME).write_bytes(descriptor_bytes(files))


def write_tables(tables: Tables, out_dir: Path) -> list[Path]:
    """Write all tables into ``out_dir``, replacing its previous outputs whole.

    Returns the paths written, sorted.
    """
    target = Path(os.path.realpath(out_dir))
    target.parent.mkdir(parents=True, exist_ok=True)
    with _locked(target.parent):
        recover(target)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=target.parent))
        try:
            os.chmod(staging, _folder_mode(target))
            write_files(tables, staging)
            _carry_over(target, staging)
            _pause_for_tests()
            _swap(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return [target / name for name in output_names()]


def _pause_for_tests() -> None:
    """Wait between staging and swap when ``CLS_TEST_PAUSE_BEFORE_SWAP`` (seconds) is set,
    so that a test can kill a run while it writes; unset in normal use."""
    pause = os.environ.get("CLS_TEST_PAUSE_BEFORE_SWAP")
    if pause:
        import time

        time.sleep(float(pause))


def recover(target: Path) -> None:
    """Undo an interrupted swap: put the latest previous folder back when ``target`` is
    missing; remove leftovers (staging and older previous folders)."""
    leftovers = sorted(
        target.parent.glob(f".{target.name}.previous-*"), key=lambda p: p.stat().st_mtime
    )
    if not target.exists() and leftovers:
        os.rename(leftovers.pop(), target)
    for path in [*leftovers, *target.parent.glob(f".{target.name}.staging-*")]:
        shutil.rmtree(path, ignore_errors=True)


def _swap(staging: Path, target: Path) -> None:
    """Move ``staging`` to ``target``; the previous ``target`` is deleted afterwards."""
    if not target.exists():
        os.rename(staging, target)
        return
    previous = Path(tempfile.mkdtemp(prefix=f".{target.name}.previous-", dir=target.parent))
    os.rmdir(previous)
    os.rename(target, previous)
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(previous, target)
        raise
    shutil.rmtree(previous, ignore_errors=True)


def _carry_over(target: Path, staging: Path) -> None:
    """Copy into ``staging`` the entries of ``target`` that are not table outputs."""
    if not target.is_dir():
        return
    for entry in sorted(target.iterdir()):
        if entry.name == DATAPACKAGE_NAME or entry.name.endswith(OUTPUT_SUFFIXES):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, staging / entry.name, symlinks=True)
        else:
            shutil.copy2(entry, staging / entry.name, follow_symlinks=False)


def _folder_mode(target: Path) -> int:
    """The previous folder's permissions, else rwxr-xr-x less the umask."""
    if target.is_dir():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o777 & ~umask


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on a folder (one writer at a time; POSIX only, a no-op
    where ``fcntl`` does not exist)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
