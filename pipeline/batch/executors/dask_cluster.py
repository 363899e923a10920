"""The batch on a Dask distributed cluster: one document per task, process workers.

What: ``DaskExecutor`` connects a ``dask.distributed.Client`` to the scheduler at
``--scheduler`` (``tcp://host:8786``), or starts a ``LocalCluster`` of worker processes
(one thread each) when no address (or ``local``) is given, and submits
``pipeline.batch.worker.analyse`` once per document, at most two tasks per worker thread in
flight. Bytes above 1 MiB are scattered to the cluster first rather than sent inside
the task. The workers need cls-pipeline installed, with the same extractors: the
parent checks each result's extractor fingerprint against its own.

Why: the scheduler already knows how to place tasks, restart lost workers and retry;
the batch keeps fetching, result files and tables in the parent, so workers need no
shared file system.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from pipeline.batch.executors import ExecutorError
from pipeline.batch.executors.local import lost
from pipeline.batch.worker import Task, TaskResult, analyse

SCATTER_BYTES = 1024 * 1024


def analyse_scattered(task: Task, data: bytes) -> TaskResult:
    """``analyse`` for a task whose bytes were scattered to the cluster beforehand."""
    return analyse(replace(task, data=data))


class DaskExecutor:
    """Tasks on a Dask cluster (see the module docstring)."""

    def __init__(self, scheduler: str | None, workers: int) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ExecutorError(
                "the dask executor needs dask.distributed: pip install 'cls-pipeline[dask]'"
            ) from exc
        self._cluster: Any = None
        try:
            if scheduler in (None, "", "local"):
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client: Any = Client(self._cluster)
                where = "a local Dask cluster"
            else:
                self._client = Client(scheduler, timeout="30s")
                where = f"the Dask scheduler {scheduler}"
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ExecutorError(f"cannot start or reach Dask: {exc}") from exc
        threads = sum(w["nthreads"] for w in self._client.scheduler_info()["workers"].values())
        self.window = max(2, 2 * threads)
        self.description = f"{threads} worker thread{'' if threads == 1 else 's'} on {where}"

    def run(self, tasks: Iterator[Task]) -> Iterator[TaskResult]:
        """Keep the cluster fed from ``tasks``; yield results as they complete."""
        from distributed import as_completed

        running = as_completed()
        by_key: dict[str, Task] = {}

        def submit() -> bool:
            task = next(tasks, None)
            if task is None:
                return False
            if len(task.data) > SCATTER_BYTES:
                data = self._client.scatter(task.data, hash=False)
                future = self._client.submit(
                    analyse_scattered, replace(task, data=b""), data, pure=False
                )
            else:
                future = self._client.submit(analyse, task, pure=False)
            by_key[future.key] = task
            running.add(future)
            return True

        while len(by_key) < self.window and submit():
            pass
        for future in running:
            task = by_key.pop(future.key)
            try:
                yield future.result()
            except Exception as exc:  # a worker lost for good (KilledWorker), a cancellation
                yield lost(task, f"Dask: {type(exc).__name__}: {exc}")
            finally:
                future.release()
            submit()

    def close(self) -> None:
        """Disconnect; stop the local cluster if this executor started one."""
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
