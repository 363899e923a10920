"""One document's task, run in whatever process reads it: the parent, a pool or Dask.

What: ``analyse(task)`` reads the bytes the parent loaded into a Document and extracts
its record (``pipeline.batch.stages``, exactly as a single-process run does), and returns
the serialised result with what the parent reports: pages, the worker's extractor
fingerprint, its process id and peak memory. A task that carries a kept result and the
names of plug-ins to ask (``Task.ask``) is only read: when none of them applies, the
kept result comes back with this run's plug-ins noted, nothing extracted.
``init_worker`` prepares a pool process.

Why: fetching stays in the parent (it is I/O and holds per-host politeness state, the
HTTP cache and the manifest); reading and extracting are CPU work and go to workers,
which need nothing but the bytes: no shared file system, so the same task runs on a
Dask cluster. The spaCy model is loaded lazily, at most once per worker process
(``extractors.nlp.model`` is cached), and only if a document needs it.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.batch.results import DocResult, dump, load
from pipeline.batch.stages import extract_into, read_loaded
from pipeline.model import Outcome, Source


@dataclass(frozen=True, slots=True)
class Task:
    """A loaded document to read and extract; ``index`` is its place in the batch."""

    index: int
    source: Source
    data: bytes
    kind: str
    charset: str | None = None
    kept: bytes | None = None  # a kept result, standing unless a plug-in of ``ask`` applies
    ask: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TaskResult:
    """What a worker sends back: ``payload`` (``pipeline.batch.results.dump``) or ``lost``.

    ``peak_rss`` (bytes) and ``cpu_seconds`` are the worker process's figures so far.

    ``lost`` says why no result came back (the worker process died); such a document
    becomes an error row and is read again on the next run.
    """

    index: int
    payload: bytes | None
    pages: int = 0
    fingerprint: str = ""
    worker: str = ""
    peak_rss: int = 0
    cpu_seconds: float = 0.0
    seconds: float = 0.0
    lost: str | None = None
    rechecked: bool = False  # the kept result stood: no new plug-in applied


def analyse(task: Task) -> TaskResult:
    """Read and extract one document; every failure of the stages is an error row."""
    from pipeline.batch.resultstore import current_fingerprint, territory_uses

    started = time.monotonic()
    fingerprint = current_fingerprint()
    outcome = Outcome(task.source)
    read_loaded(outcome, task.data, task.kind, task.charset)
    result = _still_kept(task, outcome) if task.kept is not None else None
    rechecked = result is not None
    if result is None:
        extract_into(outcome)
        result = DocResult(outcome.document, outcome.record, outcome.errors)
        result.territories = territory_uses(fingerprint, set(outcome.territories_applied))
    else:
        applied = {name for name, _, read in result.territories if read}
        result.territories = territory_uses(fingerprint, applied)
    return TaskResult(
        index=task.index,
        payload=dump(result),
        pages=result.pages,
        fingerprint=fingerprint.whole,
        worker=f"{os.uname().nodename}:{os.getpid()}",
        peak_rss=peak_rss(),
        cpu_seconds=time.process_time(),
        seconds=time.monotonic() - started,
        rechecked=rechecked,
    )


def _still_kept(task: Task, outcome: Outcome) -> DocResult | None:
    """The task's kept result when none of the plug-ins to ask applies to the document
    just read; None when one does (or the document could not be read)."""
    from extractors import territories_applying

    if task.kept is None or outcome.document is None:
        return None
    if territories_applying(outcome.document, task.ask):
        return None
    return load(task.kept)


def worker_fingerprint() -> str:
    """This process's extractor fingerprint, checked by the parent against its own.

    Not cached: extractors registered or bumped in-process (tests, notebooks) count.
    """
    from pipeline.batch.resultstore import current_fingerprint

    return current_fingerprint().whole


def peak_rss() -> int:
    """This process's peak resident memory in bytes (0 where unknown)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def init_worker(parent: int) -> None:
    """Prepare a pool process: leave Ctrl-C to the parent, die with it, import the stages.

    ``parent`` is the batch's process. A pool process whose batch was killed (SIGKILL
    leaves no chance to stop the pool) notices within a second and exits, so a killed
    run leaves no orphan busy reading. (The pool's own parent is the fork server, which
    lives as long as its children: it cannot be the one watched.)
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    warm_up()


def warm_up() -> None:
    """Import the text and extract stages and load the registry (not the spaCy model)."""
    for module in ("extractors.assemble", "pipeline.text.html", "pipeline.text.pdf"):
        importlib.import_module(module)
    worker_fingerprint()


def _exit_with(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if not process_alive(parent):
            os._exit(1)


def process_alive(pid: int) -> bool:
    """True while process ``pid`` runs (a zombie, dead but not yet waited for, is not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True  # no /proc: a live pid is all we can tell
    return stat.rsplit(")", 1)[-1].split()[:1] not in (["Z"], ["X"])
