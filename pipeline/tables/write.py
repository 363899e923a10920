"""Write every table in every format, then move the whole folder into place.

What: ``write_tables`` renders each table as CSV and Parquet, builds the DuckDB database
and ``datapackage.json``, all inside a staging folder beside ``out_dir``; only when every
file is complete does the staging folder replace ``out_dir`` (two renames on the same
file system). The run owns only the files it writes and those its previous
``datapackage.json`` lists; every other entry of ``out_dir`` (a user's ``budget-2025.csv``
or ``analysis.duckdb``, ``report.html``, notes) is carried over as a hard link, never
copied or deleted, and an output whose bytes did not change keeps its file (its links).

Why: an interrupted run (crash, Ctrl-C, a failing writer) must leave the previous tables
intact and consistent with each other. Between the two renames ``out_dir`` is briefly
missing; if the process dies exactly there, the next write (or ``recover``) puts the
previous folder back first. One writer per folder at a time: the parent folder is locked
(``flock``) while writing.
"""

from __future__ import annotations

import json
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


def owned_names(target: Path) -> set[str]:
    """The entries of ``target`` a run owns: every file it writes, and every file the
    previous run's ``datapackage.json`` lists (a table since dropped is not kept)."""
    names = set(output_names()) | {f"{DUCKDB_NAME}.wal"}
    try:
        previous = json.loads((target / DATAPACKAGE_NAME).read_bytes())
        listed = [r.get("path") for r in previous.get("resources", [])]
    except (OSError, ValueError, AttributeError):
        return names
    return names | {p for p in listed if isinstance(p, str) and "/" not in p}


def _carry_over(target: Path, staging: Path) -> None:
    """Bring into ``staging`` what ``target`` holds and the run does not own (a user's
    ``budget-2025.csv``, ``analysis.duckdb``, ``report.html``, notes), as hard links:
    the same files, not copies. An output whose bytes did not change is linked too."""
    if not target.is_dir():
        return
    owned = owned_names(target)
    for entry in sorted(target.iterdir()):
        if entry.name not in owned:
            _link_tree(entry, staging / entry.name)
    _keep_unchanged(target, staging)


def _link_tree(source: Path, dest: Path) -> None:
    """Recreate ``source`` at ``dest``: folders made anew, symlinks copied, files linked."""
    if source.is_symlink():
        os.symlink(os.readlink(source), dest)
    elif source.is_dir():
        dest.mkdir()
        shutil.copystat(source, dest)
        for child in sorted(source.iterdir()):
            _link_tree(child, dest / child.name)
    else:
        try:
            os.link(source, dest, follow_symlinks=False)
        except OSError:  # a file system without hard links, or one refusing them
            shutil.copy2(source, dest, follow_symlinks=False)


def _keep_unchanged(target: Path, staging: Path) -> None:
    """Replace each new output identical to the previous one by a link to it (no needless
    rewrite); the database too when every table file is unchanged."""
    same = True
    for name in output_names():
        new, old = staging / name, target / name
        if name == DUCKDB_NAME or not new.is_file():
            continue
        if old.is_file() and not old.is_symlink() and _same_bytes(old, new):
            _relink(old, new)
        else:
            same = False
    old_db = target / DUCKDB_NAME
    if same and old_db.is_file() and not (target / f"{DUCKDB_NAME}.wal").exists():
        _relink(old_db, staging / DUCKDB_NAME)


def _same_bytes(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()


def _relink(old: Path, new: Path) -> None:
    """Make ``new`` a hard link to ``old`` (left as it is when linking is refused)."""
    tmp = new.with_name(f".link-{new.name}")
    try:
        os.link(old, tmp)
    except OSError:
        return
    os.replace(tmp, new)


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
