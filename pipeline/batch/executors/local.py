"""Executors on this machine: in the parent process, or a pool of worker processes.

The pool starts its processes with ``forkserver`` where the platform has it (else
``spawn``): the parent may run threads (progress bar, HTTP), and forking a threaded
process is unsafe. The fork server imports the stages once (``pipeline.batch.worker``), so
each worker starts warm. A worker that dies (killed, out of memory) breaks the pool:
the documents it held become error rows, a new pool takes the rest, and the next run
reads those documents again (their results were not kept).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from pipeline.batch.worker import Task, TaskResult, analyse, init_worker


class InlineExecutor:
    """One worker: every task in this process, one after the other."""

    description = "1 worker (in process)"

    def run(self, tasks: Iterator[Task]) -> Iterator[TaskResult]:
        """Analyse each task as it comes."""
        for task in tasks:
            yield analyse(task)

    def close(self) -> None:
        """Nothing to stop."""


class PoolExecutor:
    """``workers`` processes, at most ``2 × workers`` tasks in flight."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.window = 2 * workers
        self.description = f"{workers} worker processes"
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if context.get_start_method() == "forkserver":
            context.set_forkserver_preload(["pipeline.batch.worker", "pipeline.batch.preload"])
        return ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=init_worker, initargs=(os.getpid(),)
        )

    def run(self, tasks: Iterator[Task]) -> Iterator[TaskResult]:
        """Keep the pool fed from ``tasks``; yield results as they complete."""
        pending: dict[Future[TaskResult], Task] = {}
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.window:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                else:
                    pending[self._submit(task)] = task
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for future in sorted(done, key=lambda f: pending[f].index):
                task = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken = True
                    yield lost(task, "a worker process died while this document was in the pool")
                except Exception as exc:  # e.g. a result that cannot be sent back
                    yield lost(task, f"{type(exc).__name__}: {exc}")
            if broken:
                self._restart()

    def _submit(self, task: Task) -> Future[TaskResult]:
        if self._pool is None:
            self._pool = self._start()
        try:
            return self._pool.submit(analyse, task)
        except BrokenProcessPool:
            self._restart()
            return self._submit(task)

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None

    def close(self) -> None:
        """Stop the pool, cancelling what was not started (Ctrl-C, an error)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def lost(task: Task, why: str) -> TaskResult:
    """The result of a task whose worker did not send one back."""
    return TaskResult(index=task.index, payload=None, lost=why)
