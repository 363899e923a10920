"""The project's bytecode, compiled before timing whole commands.

An installed package has its modules compiled (pip does it); a checkout run with
``PYTHONDONTWRITEBYTECODE`` set (as some sandboxes and CI images do) compiles every
module of the project from source at each start, some 15 ms per process of a command
that users would not pay. The benchmarks compile them once first, so that they time
what a user runs.
"""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compile_project() -> None:
    """Write the bytecode of ``pipeline`` and ``extractors`` (quietly; idempotent)."""
    for package in ("pipeline", "extractors"):
        compileall.compile_dir(ROOT / package, quiet=1)
