"""How the commands report failures: one line each, tracebacks only with ``--debug``.

What: ``debug_logging`` sends the stages' debug messages (the tracebacks of documents
that failed, of PDFs the isolated reader could not read) to stderr; ``reported`` turns
an unexpected exception of a command into one ``error:`` line and exit status 1 (with
``--debug``, the traceback), and Ctrl-C into a line saying the previous tables are
intact (status 130); ``failure_lines`` lists the documents of a run that failed, from
its ``errors`` table.

Why: an analyst running a batch over hundreds of publications needs to know which
files failed and why, in a form ``grep`` can read, not a page of traceback; a developer
asks for the traceback with ``--debug``. Exit statuses: 0 every document was
processed, 1 some failed (or the run itself did), 2 a usage error (click), 130
interrupted.
"""

from __future__ import annotations

import csv
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click

FAILURE_STAGES = ("sources", "fetch", "text", "extract")
MAX_LISTED = 100
_LOGGERS = ("pipeline", "extractors")


def debug_logging() -> None:
    """Show the pipeline's debug messages (tracebacks included) on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("debug: %(name)s: %(message)s"))
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)


@contextmanager
def reported(debug: bool, what: str, note: str = "") -> Iterator[None]:
    """Run a command body; an unexpected failure becomes one line naming ``what`` failed,
    followed by ``note`` (what is left as it was)."""
    tail = f"; {note}" if note else ""
    try:
        yield
    except (click.ClickException, click.exceptions.Exit, SystemExit):
        raise
    except KeyboardInterrupt:
        click.echo(f"interrupted: {what} stopped{tail}", err=True)
        sys.exit(130)
    except Exception as exc:
        if debug:
            raise
        message = " ".join(str(exc).split()) or type(exc).__name__
        click.echo(
            f"error: {what} failed: {type(exc).__name__}: {message}{tail} "
            "(--debug shows the traceback)",
            err=True,
        )
        sys.exit(1)


def failure_lines(out_dir: Path, limit: int = MAX_LISTED) -> list[str]:
    """One ``error: SOURCE: STAGE: MESSAGE`` line per failure of the run written to
    ``out_dir`` (its ``errors.csv``), at most ``limit`` and a line saying how many more."""
    path = out_dir / "errors.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return failure_lines_of(list(csv.DictReader(handle)), path, limit)


def failure_lines_of(
    errors: list[dict[str, Any]], path: Path, limit: int = MAX_LISTED
) -> list[str]:
    """The lines of ``failure_lines`` from rows of the ``errors`` table (kept in ``path``)."""
    rows = [r for r in errors if r.get("stage") in FAILURE_STAGES]
    lines = [f"error: {r['source']}: {r['stage']}: {r['message']}" for r in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"error: … and {len(rows) - limit} more in {path}")
    return lines


def fail_usage(message: str) -> NoReturn:
    """Stop the command as a usage error (exit 2) with a one-line message."""
    raise click.UsageError(message)
