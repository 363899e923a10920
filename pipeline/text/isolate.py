"""PDFs are read in a child process with a time and a memory limit.

What: ``read_pdf`` hands the bytes to a long-lived child process
(``pipeline.text.pdfchild``, started on the first PDF and reused for the next ones)
and waits at most ``PDF_TIME_LIMIT_S`` for the Document; the child's address space is
capped at ``PDF_MEMORY_LIMIT_BYTES``. A child that runs out of time is killed, one that
dies (pdfium aborts when an allocation fails) is reaped; either way the document gets
one ``UnsupportedInput`` whose message states the limit, and the next PDF starts a
fresh child. The child is also replaced after ``PDF_CHILD_MAX_DOCUMENTS`` documents,
so that memory pdfium keeps does not pile up over a long batch.

Isolation is on by default; ``CLS_PDF_ISOLATION=off`` reads PDFs in the calling
process (for workers that are isolated already, or to debug the reader). The page limit
applies either way (``pipeline.text.pdf``). Each process (a batch worker, a Dask
worker) gets its own children; threads take turns on idle ones or start their own.

Why: one decompression bomb or endless page must not take the batch down, nor its
memory, nor its time; and a normal PDF should pay little for that (one process start
per batch, then a copy of its bytes and of the Document through a pipe).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import pickle
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pipeline.errors import UnsupportedInput
from pipeline.limits import MIB, PDF_CHILD_MAX_DOCUMENTS, PDF_MEMORY_LIMIT_BYTES, PDF_TIME_LIMIT_S
from pipeline.records.document import Document
from pipeline.text.pdfchild import Answer, unpack_document, write_frame
from pipeline.text.pdfstart import ReaderProcess, spawn, take

ISOLATION_ENV = "CLS_PDF_ISOLATION"
_OFF = {"off", "0", "no", "false"}
_log = logging.getLogger(__name__)


def isolation_enabled() -> bool:
    """False when ``CLS_PDF_ISOLATION`` is ``off`` (or 0, no, false)."""
    return os.environ.get(ISOLATION_ENV, "on").strip().lower() not in _OFF


@dataclass(frozen=True, slots=True)
class ReaderLimits:
    """Time for one PDF (seconds) and address space of the child (bytes, 0: none)."""

    seconds: float = PDF_TIME_LIMIT_S
    memory_bytes: int = PDF_MEMORY_LIMIT_BYTES


@dataclass(slots=True)
class ReaderStats:
    """What a reader did, for benchmarks and tests."""

    documents: int = 0
    starts: int = 0
    failures: int = 0
    child_peak_rss: int = 0


class ReaderFailed(UnsupportedInput):
    """The child could not read the PDF within its limits (killed, crashed, no memory)."""


class PdfReader:
    """One child process reading PDFs one at a time (not thread-safe: see ReaderPool)."""

    def __init__(self, limits: ReaderLimits | None = None) -> None:
        self.limits = limits or ReaderLimits()
        self.stats = ReaderStats()
        self._proc: ReaderProcess | None = None
        self._served = 0

    def read(
        self, data: bytes, doc_id: str, source: str, meanwhile: Callable[[], object] | None = None
    ) -> Document:
        """The Document of a PDF, or UnsupportedInput / ReaderFailed saying why not.

        ``meanwhile`` is work of the caller's that does not need the Document (loading
        what will judge it), done while the child reads instead of after; its errors
        are the caller's to meet again, not this read's (the answer is still read).
        """
        self.stats.documents += 1
        request = pickle.dumps((data, doc_id, source), protocol=pickle.HIGHEST_PROTOCOL)
        deadline = time.monotonic() + self.limits.seconds
        try:
            proc = self._send(request)
            if proc.stdout is None:  # pragma: no cover - always a pipe
                raise RuntimeError("PDF reader started without pipes")
            if meanwhile is not None:
                with contextlib.suppress(Exception):  # the caller meets it again later
                    meanwhile()
            frame = _read_frame(proc.stdout.fileno(), deadline)
        except TimeoutError:
            self._fail()
            raise ReaderFailed(
                f"PDF reading stopped after {self.limits.seconds:g} s (time limit)"
            ) from None
        except (EOFError, OSError) as exc:
            if self._proc is None:  # the child could not even be started
                raise ReaderFailed(f"PDF reader could not be started: {exc}") from exc
            raise ReaderFailed(self._died()) from None
        reply: Answer = pickle.loads(frame)
        return self._result(reply)

    def _send(self, request: bytes) -> ReaderProcess:
        """Send a request. A child found dead before it read anything is replaced once:
        it died of an earlier document or was killed from outside, not of this one."""
        proc = self._child()
        try:
            _write(proc, request)
        except BrokenPipeError:
            self._proc = None
            _reap(proc)
            proc = self._child()
            _write(proc, request)  # a second failure is this document's
        self._served += 1
        return proc

    def _result(self, reply: Answer) -> Document:
        status, peak = reply[0], int(reply[-1])
        self.stats.child_peak_rss = max(self.stats.child_peak_rss, peak)
        if self._served >= PDF_CHILD_MAX_DOCUMENTS:
            self.close()
        if status == "ok":
            document = unpack_document(reply[1])
            return document
        if status == "unsupported":
            raise UnsupportedInput(str(reply[1]))
        self._fail()
        if status == "memory":
            raise ReaderFailed(
                f"PDF reading ran out of memory (limit {self.limits.memory_bytes // MIB} MiB)"
            )
        _log.debug("PDF reader failed:\n%s", reply[2])
        raise ReaderFailed(str(reply[1]))

    def _child(self) -> ReaderProcess:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        self._proc = None
        self._served = 0
        self.stats.starts += 1
        self._proc = take(self.limits.memory_bytes) or spawn(self.limits.memory_bytes)
        return self._proc

    def _fail(self) -> None:
        """Kill and reap the child after a failure; the next PDF starts a new one."""
        self.stats.failures += 1
        proc, self._proc = self._proc, None
        if proc is not None:
            _reap(proc)

    def _died(self) -> str:
        """Reap a child that closed its pipe and say how it ended."""
        self.stats.failures += 1
        proc, self._proc = self._proc, None
        if proc is None:  # pragma: no cover - callers check
            return "PDF reader stopped"
        status, peak = _reap(proc)
        self.stats.child_peak_rss = max(self.stats.child_peak_rss, peak)
        limit = self.limits.memory_bytes // MIB
        return (
            f"PDF reader crashed ({_how(status)}) after using {peak / MIB:.0f} MiB "
            f"(memory limit {limit} MiB)"
        )

    def close(self) -> None:
        """Stop the child: close its input, give it a moment, then kill it."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        try:
            proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def _how(status: int) -> str:
    """How a process ended, from its exit code (negative: the signal that killed it)."""
    if status >= 0:
        return f"exit status {status}"
    try:
        return f"signal {signal.Signals(-status).name}"
    except ValueError:
        return f"signal {-status}"


def _write(proc: ReaderProcess, request: bytes) -> None:
    if proc.stdin is None:  # pragma: no cover - always a pipe
        raise RuntimeError("PDF reader started without pipes")
    write_frame(proc.stdin, request)


def _reap(proc: ReaderProcess) -> tuple[int, int]:
    """Kill (when still running) and wait for a child; its exit code (negative: signal)
    and peak RSS. A child that already died keeps its own exit status: a signal sent to
    a dead process changes nothing."""
    peak = 0
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGKILL)
    try:
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = int(usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024))
    except ChildProcessError:  # already reaped
        proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
    return int(proc.returncode or 0), peak


def _read_frame(fd: int, deadline: float) -> bytes:
    """One frame from the child before the deadline (TimeoutError, EOFError)."""
    head = _read_exact(fd, 8, deadline)
    size = int.from_bytes(head, "big")
    return _read_exact(fd, size, deadline)


def _read_exact(fd: int, size: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            raise TimeoutError
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class ReaderPool:
    """Idle readers of this process, shared by its threads; each read takes one.

    A forked process does not use its parent's readers (their pipes belong to the
    parent): it starts its own.
    """

    def __init__(self, limits: ReaderLimits | None = None) -> None:
        self.limits = limits or ReaderLimits()
        self._lock = threading.Lock()
        self._idle: list[PdfReader] = []
        self._pid = os.getpid()

    def read(
        self, data: bytes, doc_id: str, source: str, meanwhile: Callable[[], object] | None = None
    ) -> Document:
        """Read a PDF with an idle reader (or a new one); see ``PdfReader.read``."""
        reader = self._take()
        try:
            return reader.read(data, doc_id, source, meanwhile)
        finally:
            self._give_back(reader)

    def _take(self) -> PdfReader:
        with self._lock:
            if self._pid != os.getpid():
                self._idle, self._pid = [], os.getpid()
            return self._idle.pop() if self._idle else PdfReader(self.limits)

    def _give_back(self, reader: PdfReader) -> None:
        with self._lock:
            if self._pid == os.getpid():
                self._idle.append(reader)

    def close(self) -> None:
        """Stop every idle child (at exit)."""
        with self._lock:
            readers, self._idle = self._idle, []
            mine = self._pid == os.getpid()
        if mine:
            for reader in readers:
                reader.close()


@cache
def default_pool() -> ReaderPool:
    """This process's readers with the default limits, stopped at exit."""
    pool = ReaderPool()
    atexit.register(pool.close)
    return pool


def read_pdf(
    data: bytes, doc_id: str, source: str, meanwhile: Callable[[], object] | None = None
) -> Document:
    """Read a PDF isolated (or in this process when ``CLS_PDF_ISOLATION=off``);
    ``meanwhile`` runs while the child reads (see ``PdfReader.read``)."""
    if not isolation_enabled():
        from pipeline.text.pdf import read_pdf as read_here

        if meanwhile is not None:
            meanwhile()
        return read_here(data, doc_id, source)
    return default_pool().read(data, doc_id, source, meanwhile)
