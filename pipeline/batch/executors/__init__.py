"""Where the documents of a batch are read and extracted: in process, a pool, or Dask.

What: an ``Executor`` takes the batch's tasks lazily (``pipeline.batch.worker.Task``: the bytes
the parent loaded) and yields their results as they complete, keeping only a few tasks
in flight so the parent holds few documents' bytes at a time. ``open_executor`` builds
the one the options name:

- ``local`` with one worker: in this process (no pool, nothing to start);
- ``local`` with N workers: a ``ProcessPoolExecutor`` of N processes (``forkserver``
  where available, else ``spawn``: safe with the parent's threads);
- ``dask``: a Dask distributed cluster at ``--scheduler``, or a ``LocalCluster`` of N
  worker processes; dask is imported only then.

Why: one document per task, whatever runs it, and results put back in batch order by
the caller, so the tables are byte-identical whichever executor ran.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, Protocol

from pipeline.batch.worker import Task, TaskResult
from pipeline.errors import ClsError

ExecutorName = Literal["local", "dask"]


class ExecutorError(ClsError, RuntimeError):
    """An executor that cannot start (Dask missing, scheduler unreachable)."""


@dataclass(frozen=True, slots=True)
class ExecOptions:
    """How the batch runs: ``workers`` processes, on ``executor``, at ``scheduler``."""

    workers: int = 1
    executor: ExecutorName = "local"
    scheduler: str | None = None


class Executor(Protocol):
    """Runs tasks; yields one result per task, in completion order."""

    @property
    def description(self) -> str:
        """What runs the tasks, for the summary ("2 worker processes")."""
        ...

    def run(self, tasks: Iterator[Task]) -> Iterator[TaskResult]:
        """Results of the tasks as they complete; ``tasks`` is read only as room frees up."""
        ...

    def close(self) -> None:
        """Stop the workers (and the cluster this executor started)."""
        ...


def open_executor(options: ExecOptions) -> Executor:
    """The executor the options name (see the module docstring)."""
    if options.executor == "dask":
        from pipeline.batch.executors.dask_cluster import DaskExecutor

        return DaskExecutor(options.scheduler, options.workers)
    from pipeline.batch.executors.local import InlineExecutor, PoolExecutor

    if options.workers <= 1:
        return InlineExecutor()
    return PoolExecutor(options.workers)
