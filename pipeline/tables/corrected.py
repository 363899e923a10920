"""The analysts' corrections put into the documents' records before they become rows.

What: ``apply_corrections`` takes the last correction of each value from a corrections
file (``pipeline.corrections``), puts those that can be applied into the records of the
documents they name, and turns every other one into an ``errors`` row (stage
``normalise``, the file as source) saying why it was not applied.

Why: applied before documents are grouped into contracts, a corrected territory, period
or generation links the document to the right contract, and the merge, conflicts and
evidence rows all show the analyst's value; a correction that no longer fits the run (a
document gone, a value of the wrong type) is reported and the batch goes on.
"""

from __future__ import annotations

from pipeline.corrections import Correction, CorrectionsError, CorrectionsFile, latest
from pipeline.corrections.apply import apply_to_record, check
from pipeline.tables.rowset import Doc, TableRows


def apply_corrections(docs: list[Doc], corrections: CorrectionsFile, out: TableRows) -> int:
    """Correct the records of ``docs`` in place; the number of corrections applied."""
    for problem in corrections.problems:
        _not_applied(out, corrections, problem.line, problem.message)
    by_document: dict[str, list[Correction]] = {}
    for correction in latest(corrections.rows).values():
        try:
            check(correction)
        except CorrectionsError as exc:
            _not_applied(out, corrections, correction.line, str(exc))
            continue
        by_document.setdefault(correction.document_id, []).append(correction)
    applied = 0
    for d in docs:
        group = by_document.pop(d.document_id, [])
        if group and d.record is None:
            for c in group:
                _not_applied(out, corrections, c.line, f"{d.document_id}: no record was read")
        elif group and d.record is not None:
            d.record = apply_to_record(d.record, group)
            applied += len(group)
    for doc_id, group in sorted(by_document.items()):
        for c in group:
            _not_applied(out, corrections, c.line, f"no document {doc_id!r} in this run")
    return applied


def _not_applied(out: TableRows, corrections: CorrectionsFile, line: int, why: str) -> None:
    out.error(corrections.path, "normalise", f"line {line}: {why}: correction not applied", None)
