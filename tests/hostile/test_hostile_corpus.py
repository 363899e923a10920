"""The whole batch over hostile and broken inputs beside good documents.

Every bad input ends as one clear error row (or a warning) and the rest of the batch
completes; memory and time stay within the limits of ``pipeline.limits``; a run killed
while writing leaves the previous tables as they were. One batch run serves all the
checks of the first test (the corpus: ``corpus.py``).
"""

from __future__ import annotations

import csv
import hashlib
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile_corpus import BAD, GOOD, SEEDS, Case
from runner import Measured, measured_run, paused_run

from pipeline.limits import MIB, PDF_MEMORY_LIMIT_BYTES

pytestmark = pytest.mark.slow

MAX_MB = 4  # download limit of the run: the endless body is cut there
RUN_SECONDS = 60  # the whole corpus (measured: about 5 s)
RUN_MEMORY = (
    768 * MIB
)  # the batch process (about 250 MiB alone; ru_maxrss of an xdist worker also holds its earlier tests, up to ~600 MiB)


@dataclass(frozen=True)
class HostileRun:
    """The corpus, where each case was written, and the finished run."""

    paths: dict[str, Path]
    out: Path
    raw: Path
    endless: str
    good_url: str
    run: Measured


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, server: str) -> HostileRun:
    """Write the corpus and run the batch over it once."""
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "corpus"
    folder.mkdir()
    paths: dict[str, Path] = {}
    for case in [*GOOD, *BAD]:
        path = folder / f"{case.name}{case.suffix}"
        path.write_bytes(case.write(path))
        paths[case.name] = path
    endless, good_url = f"{server}/endless", f"{server}/lunel-cls.html"
    sources = base / "sources.csv"
    with sources.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "id"])
        writer.writerows([str(path), name] for name, path in paths.items())
        writer.writerows([[endless, "endless"], [good_url, "lunel-url"]])
    out, raw = base / "out", base / "raw"
    args = ["run", str(sources), "--out", str(out), "--raw-dir", str(raw)]
    args += ["--delay", "0", "--retries", "0", "--timeout", "10", "--max-mb", str(MAX_MB)]
    run = measured_run(args, base / "measures.json")
    return HostileRun(paths, out, raw, endless, good_url, run)


def test_each_bad_input_has_its_error_row(hostile: HostileRun) -> None:
    errors = _rows(hostile.out / "errors.csv")
    for case in BAD:
        assert case.error is not None
        source = str(hostile.paths[case.name])
        rows = [(r["stage"], r["message"]) for r in errors if r["source"] == source]
        assert len(rows) == 1, (case.name, rows)
        stage, message = rows[0]
        assert stage == case.error[0], case.name
        assert message.startswith(case.error[1]), (case.name, message)
        assert "\n" not in message
    endless = [(r["stage"], r["message"]) for r in errors if r["source"] == hostile.endless]
    assert endless == [("fetch", f"response too large: more than {MAX_MB * MIB} bytes")]


def test_limits_are_stated_in_the_messages(hostile: HostileRun) -> None:
    errors = {r["source"]: r["message"] for r in _rows(hostile.out / "errors.csv")}
    bomb = errors[str(hostile.paths["inflates-4gib"])]
    assert bomb.endswith(f"(memory limit {PDF_MEMORY_LIMIT_BYTES // MIB} MiB)")
    assert "(limit 2000)" in errors[str(hostile.paths["pages-3000"])]
    assert "(limit 10 MiB)" in errors[str(hostile.paths["huge-50mb"])]


def test_every_good_document_has_its_record(hostile: HostileRun) -> None:
    documents = {r["document_id"]: r for r in _rows(hostile.out / "documents.csv")}
    for case in GOOD:
        assert case.name in documents, case.name
        assert documents[case.name]["is_cls"] == str(case.is_cls).lower(), case.name
    assert documents["lunel-url"]["is_cls"] == "true"
    bad = {case.name for case in BAD} | {"endless"}
    assert not bad & set(documents)


def test_warnings_are_rows(hostile: HostileRun) -> None:
    warnings = [r for r in _rows(hostile.out / "errors.csv") if r["stage"] == "warning"]
    for case in GOOD:
        if case.warning is not None:
            mine = [r["message"] for r in warnings if r["document_id"] == case.name]
            assert any(m.startswith(case.warning) for m in mine), (case.name, mine)


@pytest.mark.parametrize("name", [c.name for c in GOOD if not c.is_cls])
def test_documents_not_about_a_cls_make_no_contract(hostile: HostileRun, name: str) -> None:
    documents = {r["document_id"]: r for r in _rows(hostile.out / "documents.csv")}
    assert documents[name]["contract_match"] == "not_cls"
    assert documents[name]["contract_id"] == ""
    contracts = _rows(hostile.out / "contracts.csv")
    assert contracts  # the good documents made contracts
    assert all(name not in str(row) for row in contracts)


def test_exit_status_and_one_line_per_failure(hostile: HostileRun) -> None:
    run = hostile.run
    failed = len(BAD) + 1  # and the endless URL
    total = len(GOOD) + len(BAD) + 2
    assert run.code == 1
    lines = run.stderr.splitlines()
    assert lines[-1] == (
        f"error: {failed} of {total} documents failed "
        f"(one row each in {hostile.out / 'errors.csv'})"
    )
    assert "Traceback" not in run.stderr
    for case in BAD:
        assert sum(f": {hostile.paths[case.name]}: " in f" {line}" for line in lines) == 1


def test_memory_and_time_stayed_within_the_limits(hostile: HostileRun) -> None:
    run = hostile.run
    print(
        f"\nhostile corpus: {run.seconds:.1f} s, batch process peak "
        f"{run.self_peak / MIB:.0f} MiB, PDF reader peak {run.children_peak / MIB:.0f} MiB"
    )
    assert run.children_peak <= PDF_MEMORY_LIMIT_BYTES
    assert run.self_peak <= RUN_MEMORY
    assert run.seconds <= RUN_SECONDS


def test_raw_store_holds_only_whole_files(hostile: HostileRun) -> None:
    objects = [p for p in (hostile.raw / "objects").rglob("*") if p.is_file()]
    assert objects  # the good page was kept
    for path in objects:
        assert not path.name.startswith(".tmp-")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name
        assert path.stat().st_size <= MAX_MB * MIB  # nothing of the endless body


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _kill_at(point: str, args: list[str], marker: Path) -> None:
    child = paused_run(args, marker, point)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert child.poll() is None, f"the run ended before {point}"
            assert time.monotonic() < deadline, f"the run never reached {point}"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL


def test_previous_tables_survive_a_run_killed_while_writing(
    hostile: HostileRun, tmp_path: Path
) -> None:
    before = _snapshot(hostile.out)
    assert "contracts.csv" in before
    small = tmp_path / "small"
    small.mkdir()
    for name in ("reims-cls2.txt", "rennes-2025.txt"):
        (small / name).write_bytes((SEEDS / name).read_bytes())
    args = ["run", str(small), "--out", str(hostile.out), "--raw-dir", str(tmp_path / "raw")]
    parent = hostile.out.parent
    for point in ("staging", "swap"):
        _kill_at(point, args, tmp_path / f"{point}.marker")
        assert _snapshot(hostile.out) == before, point
        assert list(parent.glob(f".{hostile.out.name}.staging-*"))  # what the kill left
    done = measured_run(args, tmp_path / "measures.json")
    assert done.code == 0, done.stderr
    after = _snapshot(hostile.out)
    assert after != before
    assert not list(parent.glob(f".{hostile.out.name}.*"))  # leftovers cleaned
    documents = {r["document_id"] for r in _rows(hostile.out / "documents.csv")}
    assert documents == {"reims-cls2", "rennes-2025"}


def test_corpus_has_every_kind_of_input() -> None:
    names = {c.name for c in [*GOOD, *BAD]}
    assert len(names) == len(GOOD) + len(BAD)
    assert all(isinstance(c, Case) for c in [*GOOD, *BAD])
