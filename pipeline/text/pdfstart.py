"""The isolated PDF reader started early: before a command's imports, not after.

What: ``spawn`` starts the reader's child process (``pipeline.text.pdfchild``) as a new
interpreter; ``fork_reader`` forks it from this process instead, which must have no
other thread yet. ``prestart_for`` does the latter when one of a command's arguments is
a local PDF, and keeps the process for ``pipeline.text.isolate``, which takes it
(``take``) instead of starting its own when the first PDF comes.

Why: a new interpreter needs some forty milliseconds to start Python and its site
packages before importing pypdfium2 and the reader; a fork of a command line that has
imported only this module costs a millisecond, and the child's imports then run beside
the parent's own (the command line, the ingest stage) on another core instead of after
them. Forking is safe only while the parent is single-threaded (a lock held by another
thread would stay held in the child), hence the check, with ``spawn`` as the fallback.
This module imports only the standard library (and the text stage's package, which the
parent imports anyway); just before the fork, ``prestart_for`` imports what both
processes go on to import (``_SHARED``: dataclasses, pickle, tomllib, the Document
record, the layout words): once in the parent rather than once in each, it costs the
reader's start nothing (it would import them next) and saves the machine some ninety
million instructions per command, which a loaded machine pays in time.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import subprocess

_early: dict[int, ReaderProcess] = {}  # memory limit -> child started early
# imported by both the reader (pipeline.text.pdf, pdfchild) and the command line
# (pipeline.text.isolate, language, the ingest stage): imported once, before the fork
_SHARED = (
    "csv",
    "datetime",
    "subprocess",
    "pipeline.records.document",
    "pipeline.text.pdfchild",
    "pipeline.text.words",
)
_OFF = {"off", "0", "no", "false"}


class ReaderProcess(Protocol):
    """What ``pipeline.text.isolate`` uses of a reader child (``subprocess.Popen``'s
    names, so that a spawned child is one as it is)."""

    returncode: int | None

    @property
    def pid(self) -> int: ...

    @property
    def stdin(self) -> IO[bytes] | None: ...

    @property
    def stdout(self) -> IO[bytes] | None: ...

    def poll(self) -> int | None: ...

    def wait(self, timeout: float | None = None) -> int: ...

    def kill(self) -> None: ...


class ForkedReader:
    """A reader child forked from this process, with ``Popen``'s names for its pipes
    and its end (``returncode`` is set by whoever reaps it: ``poll``, ``wait`` or
    ``isolate._reap``)."""

    def __init__(self, pid: int, stdin: IO[bytes], stdout: IO[bytes]) -> None:
        self.pid = pid
        self.stdin: IO[bytes] | None = stdin
        self.stdout: IO[bytes] | None = stdout
        self.returncode: int | None = None

    def poll(self) -> int | None:
        """The exit code when the child has ended (reaping it), else None."""
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere (os.wait4 in isolate._reap)
                return self.returncode if self.returncode is not None else -1
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the end of the child; ``subprocess.TimeoutExpired`` past ``timeout``."""
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.0005
        while (code := self.poll()) is None:
            if deadline is not None and time.monotonic() >= deadline:
                import subprocess

                raise subprocess.TimeoutExpired(f"reader {self.pid}", timeout or 0.0)
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
        return code

    def kill(self) -> None:
        """Kill the child (nothing when it has ended)."""
        if self.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)


def spawn(memory_bytes: int) -> subprocess.Popen[bytes]:
    """Start a reader child with the given address-space limit (0: none)."""
    import subprocess

    package_root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline.text.pdfchild", str(memory_bytes)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        close_fds=True,
    )


def can_fork() -> bool:
    """True where a reader can be forked: POSIX, and no other thread in this process."""
    return hasattr(os, "fork") and threading.active_count() == 1


def fork_reader(memory_bytes: int) -> ForkedReader:
    """Fork a reader child with the given address-space limit (0: none).

    Only while this process is single-threaded (``can_fork``). The child never returns
    into the caller's code: it serves requests, then leaves with ``os._exit``.
    """
    requests_read, requests_write = os.pipe()
    answers_read, answers_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            os.close(requests_write)
            os.close(answers_read)
            _serve_forked(memory_bytes, requests_read, answers_write)
            code = 0
        finally:
            os._exit(code)
    os.close(requests_read)
    os.close(answers_write)
    return ForkedReader(pid, os.fdopen(requests_write, "wb"), os.fdopen(answers_read, "rb"))


def _serve_forked(memory_bytes: int, requests_fd: int, answers_fd: int) -> None:
    """The forked child's life: output to /dev/null (a library's prints cannot reach the
    parent's terminal or corrupt a frame), default signals, then the reader's loop."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    from pipeline.text import pdfsplit
    from pipeline.text.pdfchild import run

    pdfsplit.enable()  # one document, a user waiting: a long one is read on two cores

    run(memory_bytes, os.fdopen(requests_fd, "rb"), os.fdopen(answers_fd, "wb"))


def take(memory_bytes: int) -> ReaderProcess | None:
    """The child started early for this limit, still running, or None."""
    proc = _early.pop(memory_bytes, None)
    if proc is not None and proc.poll() is not None:
        return None
    return proc


def stop_early() -> None:
    """Stop and reap the children started early and never taken (at the command's end)."""
    while _early:
        _, proc = _early.popitem()
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        try:
            proc.wait(timeout=2)
        except Exception:  # subprocess.TimeoutExpired, without importing subprocess
            proc.kill()
            proc.wait()


def _is_pdf(arg: str) -> bool:
    try:
        with open(arg, "rb") as handle:
            return handle.read(1024).lstrip().startswith(b"%PDF")
    except OSError:
        return False


def prestart_for(args: list[str]) -> bool:
    """Start the reader now when an argument is a local PDF and isolation is on: forked
    when this process has no other thread, else spawned."""
    if os.environ.get("CLS_PDF_ISOLATION", "on").strip().lower() in _OFF:
        return False
    if not any(not arg.startswith("-") and _is_pdf(arg) for arg in args):
        return False
    from pipeline.limits import PDF_MEMORY_LIMIT_BYTES

    if PDF_MEMORY_LIMIT_BYTES not in _early:
        if can_fork():
            for name in _SHARED:
                importlib.import_module(name)
            _early[PDF_MEMORY_LIMIT_BYTES] = fork_reader(PDF_MEMORY_LIMIT_BYTES)
        else:
            _early[PDF_MEMORY_LIMIT_BYTES] = spawn(PDF_MEMORY_LIMIT_BYTES)
    return True
