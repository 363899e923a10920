"""One run at a time per output folder: a lock file beside it, held for the whole run.

What: ``output_lock(out_dir)`` takes an exclusive, non-blocking ``flock`` on
``<parent>/.<name>.lock`` (the folder itself is replaced whole when the tables are
written, so the lock cannot live inside it), writes the holder's process id and start
time into it, and removes it when the run ends. A second run on the same folder gets
``OutputBusy`` at once, naming the holder, instead of racing it (last writer wins).

Why: two batches started on one ``--out`` (a cron job and a user, two terminals) would
both fetch and extract for minutes and then overwrite each other's tables. A lock taken
at the start costs nothing and says what is going on; the kernel releases it when its
holder dies, even by SIGKILL, so a stale file never blocks the next run.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import ClsError


class OutputBusy(ClsError, RuntimeError):
    """Another run holds the lock of this output folder."""


def lock_path(out_dir: Path) -> Path:
    """Where the lock of ``out_dir`` lives: a hidden file beside it."""
    target = Path(os.path.realpath(out_dir))
    return target.parent / f".{target.name}.lock"


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold the lock of ``out_dir`` for the body (see the module docstring)."""
    path = lock_path(out_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = _acquire(path)
    try:
        os.ftruncate(fd, 0)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        os.write(fd, f"pid {os.getpid()}, started {stamp}\n".encode())
        yield
    finally:
        path.unlink(missing_ok=True)
        os.close(fd)


def _acquire(path: Path) -> int:
    """The descriptor of the locked file; OutputBusy when another process holds it.

    The file is removed at the end of each run, so after locking we check that the path
    still names the file we locked (another run may have removed it meanwhile)."""
    import fcntl  # POSIX, as the folder swap of ``write`` is

    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            raise OutputBusy(
                f"another cls-pipeline run is writing {path.parent / path.name[1:-5]} "
                f"({holder}; lock {path}); wait for it to end or choose another --out"
            ) from None
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)


def _holder(fd: int) -> str:
    """What the lock file says about its holder."""
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text or "process unknown"
