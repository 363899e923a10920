"""The run at a glance: row counts, errors and warnings, how documents were linked.

What: small tallies over the published tables, each a list of ``(label, count)`` pairs
in a stable order, plus the errors table's rows split into failures and warnings.

Why: an analyst first asks how much a run produced and what went wrong; these are the
answers, computed from the tables alone so that the report agrees with what was
published.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Final

from pipeline.report.load import TABLE_NAMES, Row, RunTables, text_of

WARNING_STAGE: Final = "warning"
"""The ``errors.stage`` of warnings (the document was read; something looked wrong)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One row of the ``errors`` table."""

    stage: str
    source: str
    document_id: str | None
    message: str

    @property
    def is_warning(self) -> bool:
        """Warnings do not stop a document from being read; failures do."""
        return self.stage == WARNING_STAGE


def table_counts(run: RunTables) -> list[tuple[str, int]]:
    """Rows per published table, in the data dictionary's order."""
    return [(name, len(run.rows(name))) for name in TABLE_NAMES]


def problems(run: RunTables) -> list[Problem]:
    """Every ``errors`` row, failures first, then by stage and source."""
    items = [
        Problem(
            stage=text_of(row, "stage") or "?",
            source=text_of(row, "source") or "",
            document_id=text_of(row, "document_id"),
            message=text_of(row, "message") or "",
        )
        for row in run.rows("errors")
    ]
    return sorted(items, key=lambda p: (p.is_warning, p.stage, p.source))


def tally(rows: list[Row], column: str, missing: str = "(none)") -> list[tuple[str, int]]:
    """How many rows have each value of ``column``, most frequent first."""
    counts = Counter(text_of(row, column) or missing for row in rows)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
