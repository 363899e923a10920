"""The same tables whichever executor ran: in process, a process pool, or Dask.

The reference is an in-process run over the corpus; a pool of two worker processes
and a Dask ``LocalCluster`` of two worker processes must write the same bytes (CSV,
Parquet, datapackage.json). The rest checks how the batch treats what comes back.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.batch.plan import BatchError, BatchPlan, submission_order
from pipeline.batch.resultstore import ResultStore, current_fingerprint
from pipeline.batch.worker import TaskResult, analyse
from pipeline.ingest.fetch import Ingestor
from pipeline.ingest.sources import Source, resolve_batch

from .conftest import result_files, run, table_bytes


@pytest.mark.slow
def test_two_worker_processes_write_the_same_tables(
    corpus: Path, reference: dict[str, bytes], tmp_path: Path
) -> None:
    result = run(corpus, tmp_path / "out", tmp_path / "raw", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "2 worker processes; peak memory per worker" in result.output
    assert table_bytes(tmp_path / "out") == reference


@pytest.mark.slow
def test_a_dask_cluster_writes_the_same_tables(
    corpus: Path, reference: dict[str, bytes], tmp_path: Path
) -> None:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        result = run(
            corpus, tmp_path / "out", tmp_path / "raw", "--executor", "dask", "--scheduler", address
        )
    assert result.exit_code == 0, result.output
    assert f"2 worker threads on the Dask scheduler {address}" in result.output
    assert table_bytes(tmp_path / "out") == reference


@pytest.mark.slow
def test_dask_without_a_scheduler_starts_a_local_cluster(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.batch.executors import dask_cluster

    monkeypatch.setattr(dask_cluster, "SCATTER_BYTES", 0)  # every document scattered first
    inline = run(small_corpus, tmp_path / "out1", tmp_path / "raw1")
    dask = run(small_corpus, tmp_path / "out2", tmp_path / "raw2", "--executor", "dask")
    assert dask.exit_code == inline.exit_code == 0, dask.output
    assert "1 worker thread on a local Dask cluster" in dask.output
    assert table_bytes(tmp_path / "out2") == table_bytes(tmp_path / "out1")


def test_a_scheduler_needs_the_dask_executor(small_corpus: Path, tmp_path: Path) -> None:
    result = run(small_corpus, tmp_path / "out", tmp_path / "raw", "--scheduler", "tcp://x:8786")
    assert result.exit_code == 2
    assert "--scheduler needs --executor dask" in result.output


def test_without_dask_installed_the_error_says_what_to_install(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = run(small_corpus, tmp_path / "out", tmp_path / "raw", "--executor", "dask")
    assert result.exit_code == 1
    assert "pip install 'cls-pipeline[dask]'" in result.output


def plan_over(folder: Path, raw: Path) -> BatchPlan:
    sources = resolve_batch(str(folder))
    return BatchPlan(sources, Ingestor(), ResultStore(raw / "results"), current_fingerprint())


def test_a_worker_with_other_extractors_stops_the_batch(small_corpus: Path, tmp_path: Path) -> None:
    plan = plan_over(small_corpus, tmp_path)
    task = next(plan.tasks())
    result = replace(analyse(task), fingerprint="0123456789abcdef", worker="far:1")
    with pytest.raises(BatchError, match="worker far:1 runs other extractors"):
        plan.complete(result)
    assert result_files(tmp_path) == []


def test_a_lost_document_is_an_error_row_and_is_not_kept(
    small_corpus: Path, tmp_path: Path
) -> None:
    plan = plan_over(small_corpus, tmp_path)
    for task in plan.tasks():
        if task.index == 0:
            plan.complete(TaskResult(task.index, None, lost="a worker process died"))
        else:
            plan.complete(analyse(task))
    outcomes = plan.outcomes()
    lost = [o for o in outcomes if o.errors]
    assert len(lost) == 1 and lost[0].document is None
    assert lost[0].errors[0].stage == "extract"
    assert lost[0].errors[0].message == "a worker process died"
    assert plan.stats.lost == 1
    assert len(result_files(tmp_path)) == len(outcomes) - 1


def test_outcomes_keep_the_batch_order_whatever_the_completion_order(
    small_corpus: Path, tmp_path: Path
) -> None:
    plan = plan_over(small_corpus, tmp_path)
    for task in reversed(list(plan.tasks())):
        plan.complete(analyse(task))
    sources = [o.source for o in plan.outcomes()]
    assert sources == resolve_batch(str(small_corpus))


def test_local_files_are_handed_out_largest_first(tmp_path: Path) -> None:
    for name, size in (("a.txt", 10), ("b.txt", 300), ("c.txt", 20)):
        (tmp_path / name).write_bytes(b"x" * size)
    sources = [
        Source("https://example.org/1"),
        Source(str(tmp_path / "a.txt")),
        Source(str(tmp_path / "b.txt")),
        Source("https://example.org/2"),
        Source(str(tmp_path / "c.txt")),
        Source(str(tmp_path / "missing.txt")),
    ]
    assert submission_order(sources) == [2, 4, 1, 5, 0, 3]


def test_the_batch_imports_no_dask_tqdm_or_spacy() -> None:
    code = (
        "import sys, pipeline.cli, pipeline.batch.run, pipeline.batch.executors, pipeline.batch.executors.local; "
        "heavy = sorted(m for m in ('dask', 'distributed', 'tqdm', 'spacy') if m in sys.modules); "
        "print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
