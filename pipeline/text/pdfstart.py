"""The isolated PDF reader started early: before a command's imports, not after.

What: ``spawn`` starts the reader's child process (``pipeline.text.pdfchild``);
``prestart_for`` does so when one of a command's arguments is a local PDF, and keeps
the process for ``pipeline.text.isolate``, which takes it (``take``) instead of starting
its own when the first PDF comes.

Why: the child needs a hundred milliseconds to start Python and import pypdfium2 and
the reader; started first, that runs beside the parent's own start (the command line,
the ingest stage) instead of after it. This module imports only the standard library
(and the text stage's package, which the parent imports anyway).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_early: dict[int, subprocess.Popen[bytes]] = {}  # memory limit -> child started early
_OFF = {"off", "0", "no", "false"}


def spawn(memory_bytes: int) -> subprocess.Popen[bytes]:
    """Start a reader child with the given address-space limit (0: none)."""
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


def take(memory_bytes: int) -> subprocess.Popen[bytes] | None:
    """The child started early for this limit, still running, or None."""
    proc = _early.pop(memory_bytes, None)
    if proc is not None and proc.poll() is not None:
        return None
    return proc


def _is_pdf(arg: str) -> bool:
    try:
        with open(arg, "rb") as handle:
            return handle.read(1024).lstrip().startswith(b"%PDF")
    except OSError:
        return False


def prestart_for(args: list[str]) -> bool:
    """Start the reader now when an argument is a local PDF and isolation is on."""
    if os.environ.get("CLS_PDF_ISOLATION", "on").strip().lower() in _OFF:
        return False
    if not any(not arg.startswith("-") and _is_pdf(arg) for arg in args):
        return False
    from pipeline.limits import PDF_MEMORY_LIMIT_BYTES

    if PDF_MEMORY_LIMIT_BYTES not in _early:
        _early[PDF_MEMORY_LIMIT_BYTES] = spawn(PDF_MEMORY_LIMIT_BYTES)
    return True
