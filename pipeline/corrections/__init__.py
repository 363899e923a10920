"""The analysts' corrections file: one CSV row per correction, appended, never rewritten.

What: ``COLUMNS`` are the file's documented columns; ``read_corrections`` reads a file
into ``Correction`` rows (a row it cannot use becomes a ``Problem`` naming its line, the
others are kept); ``append_correction`` adds one row at the end, writing the header when
the file is new; ``latest`` keeps the last word of an analyst on each value.
``pipeline.corrections.apply`` puts them into records (``run``) and gold records
(``evaluate``).

Why: a correction is data, not an edit of a table the next run overwrites. Kept apart in
an append-only file it survives every run, it shows who changed what and when, and it can
be replayed on any later run or read as gold. It lives in the core because three stages
read it: evaluation, the tables and the review server.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal

from pipeline.errors import ClsError

COLUMNS: Final = (
    "document_id",
    "contract_id",
    "field",
    "item_key",
    "action",
    "value",
    "note",
    "time",
)
"""The header of a corrections file, in order (README, "Reviewing a run")."""

Action = Literal["correct", "accept", "not_stated"]
ACTIONS: Final[tuple[Action, ...]] = ("correct", "accept", "not_stated")
MAX_CELL_CHARS: Final = 5000
"""Longest value or note kept; a longer one is refused (a title is a few hundred)."""


class CorrectionsError(ClsError, ValueError):
    """A corrections file that cannot be read at all (not CSV, wrong header) or a
    correction that cannot be written (bad field, action or value)."""


@dataclass(frozen=True, slots=True)
class Correction:
    """One analyst's decision on one value of one document.

    ``document_id`` names the document whose value is corrected (the one the contract took
    the value from, or its most trusted document when none stated it); ``contract_id`` is
    the contract the analyst was looking at, for reading. ``item_key`` is the position
    (from 1) of the item in a list field, as ``evidence.item_no``; empty for a scalar
    field. ``action``: ``correct`` (``value`` is the right value), ``accept`` (the value
    shown, ``value``, is right) or ``not_stated`` (the document does not state it).
    ``line`` is the row's line in the file (0 before it is written).
    """

    document_id: str
    contract_id: str
    field: str
    item_key: str
    action: Action
    value: str
    note: str
    time: str
    line: int = 0

    def key(self) -> tuple[str, str, str]:
        """What the correction is about: a later row with the same key supersedes it."""
        return (self.document_id, self.field, self.item_key)

    def cells(self) -> list[str]:
        """The row's cells in ``COLUMNS`` order."""
        return [getattr(self, name) for name in COLUMNS]


@dataclass(frozen=True, slots=True)
class Problem:
    """A row of the file that was not used, and why (one line)."""

    line: int
    message: str


def now_utc() -> str:
    """The current time, UTC, to the second, as the ``time`` column writes it."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class CorrectionsFile:
    """A corrections file as read: where it is, its usable rows and the rows left out."""

    path: str
    rows: list[Correction]
    problems: list[Problem]


def load(path: Path) -> CorrectionsFile:
    """Read a corrections file (``read_corrections``) with its path, for the batch."""
    rows, problems = read_corrections(path)
    return CorrectionsFile(str(path), rows, problems)


def read_corrections(path: Path) -> tuple[list[Correction], list[Problem]]:
    """The usable rows of a corrections file, in file order, and the rows left out.

    A missing file has no corrections. Raises ``CorrectionsError`` when the file cannot be
    read or its header is not ``COLUMNS``.
    """
    if not path.exists():
        return [], []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = _numbered_rows(csv.reader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CorrectionsError(f"{path}: cannot read the corrections file ({exc})") from exc
    if not rows:
        return [], []
    if tuple(rows[0][1]) != COLUMNS:
        raise CorrectionsError(
            f"{path}: not a corrections file: the header must be {','.join(COLUMNS)}"
        )
    found: list[Correction] = []
    problems: list[Problem] = []
    for line, cells in rows[1:]:
        if not any(cell.strip() for cell in cells):
            continue
        try:
            found.append(_correction(cells, line))
        except CorrectionsError as exc:
            problems.append(Problem(line, str(exc)))
    return found, problems


def _numbered_rows(reader: Any) -> list[tuple[int, list[str]]]:
    """Each CSV row with the line of the file it starts on (a quoted cell may hold newlines)."""
    out: list[tuple[int, list[str]]] = []
    start = 1
    for cells in reader:
        out.append((start, cells))
        start = reader.line_num + 1
    return out


def _correction(cells: list[str], line: int) -> Correction:
    """One row as a Correction; CorrectionsError when it lacks what applying needs."""
    if len(cells) != len(COLUMNS):
        raise CorrectionsError(f"{len(cells)} cells for {len(COLUMNS)} columns")
    values = dict(zip(COLUMNS, cells, strict=True))
    action = values["action"].strip()
    if action not in ACTIONS:
        raise CorrectionsError(f"unknown action {action!r} (one of {', '.join(ACTIONS)})")
    if not values["document_id"].strip() or not values["field"].strip():
        raise CorrectionsError("document_id and field are required")
    return Correction(
        document_id=values["document_id"].strip(),
        contract_id=values["contract_id"].strip(),
        field=values["field"].strip(),
        item_key=values["item_key"].strip(),
        action=action,  # checked against ACTIONS above
        value=values["value"],
        note=values["note"],
        time=values["time"].strip(),
        line=line,
    )


def append_correction(path: Path, correction: Correction) -> None:
    """Add one row at the end of the file (the header first when the file is new or empty).

    The file is opened for appending only, so rows already written are never touched; the
    row is flushed to disk before returning, so an acknowledged correction survives a crash.
    """
    for text in (correction.value, correction.note):
        if len(text) > MAX_CELL_CHARS:
            raise CorrectionsError(f"a value or note of more than {MAX_CELL_CHARS} characters")
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if handle.tell() == 0:
            writer.writerow(COLUMNS)
        writer.writerow(correction.cells())
        handle.flush()
        os.fsync(handle.fileno())


def latest(corrections: Iterable[Correction]) -> dict[tuple[str, str, str], Correction]:
    """The last correction of each value (document, field, item): later rows win."""
    out: dict[tuple[str, str, str], Correction] = {}
    for correction in corrections:
        out.pop(correction.key(), None)  # re-inserted last: keeps file order of last words
        out[correction.key()] = correction
    return out
