"""The first pass over a long PDF's pages shared with a forked helper, on another core.

What: ``split_point`` says where to cut a document's pages (None: read them alone), and
``fork_work`` runs a function in a forked copy of the reader process and hands its
pickled result back through a pipe (``Pending.result``; None when the helper failed,
and the caller reads those pages itself). ``enable`` switches this on for the process
(the reader that ``cls-pipeline text`` forks early: one document, a user waiting).

Why: most of a long document's reading is pdfium building each page's text and the
lines read from it, page by page, independently; the second core of the machine is idle
meanwhile. A fork costs a millisecond and inherits the open document, so the helper
starts reading at once. A batch does not split (its workers already fill the cores),
nor does a short document (the fork and the copy of the lines would cost more than
they save), nor a busy machine (``idle_core``). The helper dies with the reader (``PR_SET_PDEATHSIG``), so a reader killed
at its time limit leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pickle
import signal
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

MIN_PAGES = 24  # below this, one process reads the whole document
_PR_SET_PDEATHSIG = 1
_enabled = False


def enable(on: bool = True) -> None:
    """Let this process share long documents' first pass with a forked helper."""
    global _enabled
    _enabled = on


def split_point(page_count: int) -> int | None:
    """The first page index the helper reads, or None to read the document alone."""
    if not _enabled or page_count < MIN_PAGES or not hasattr(os, "fork"):
        return None
    return page_count // 2 if idle_core() else None


def idle_core() -> bool:
    """True when a core of this process's is idle now: fewer tasks are running on the
    machine (this one included, ``/proc/loadavg``) than it has cores. On a busy
    machine the helper would only take a core from others, and the fork and the copy
    of the lines would cost this document some 15 % more work for nothing."""
    try:
        cores = len(os.sched_getaffinity(0))
        with open("/proc/loadavg", encoding="ascii") as stream:
            running = int(stream.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError, AttributeError):
        return False
    return cores >= 2 and running < cores


class Pending(Generic[T]):
    """The helper's answer, read when the caller has done its own part."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid = pid
        self.fd = fd

    def result(self) -> T | None:
        """The helper's result, or None when it failed (crashed, killed, raised)."""
        with os.fdopen(self.fd, "rb") as stream:
            payload = stream.read()
        _, status = os.waitpid(self.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0 or not payload:
            return None
        value: T = pickle.loads(payload)
        return value


def fork_work(work: Callable[[], T]) -> Pending[T] | None:
    """Run ``work`` in a forked helper; None when no helper could be started."""
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the helper: never returns into the caller's code
        code = 1
        try:
            os.close(read_end)
            parent = os.getppid()
            _die_with_parent()
            if os.getppid() != parent:  # the reader died before the request was made
                os._exit(1)
            payload = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as stream:
                stream.write(payload)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return Pending(pid, read_end)


def _die_with_parent() -> None:
    """Ask Linux to kill this helper when the reader that forked it dies."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
