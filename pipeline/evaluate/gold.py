"""Gold records with the analysts' corrections in them: reviewed documents become gold.

What: ``corrected_golds`` replaces the values of gold records by the corrections of
their documents (a correction's ``document_id`` is the gold record's ``id``); a corrected
document that has no gold file gets as gold its predicted record with its corrections,
so that an analyst's review scores the next extraction.

Why: a correction says what the document states; scoring against it measures the
extractors on the documents analysts have checked, without writing gold files by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.corrections import Correction, CorrectionsError, CorrectionsFile, latest
from pipeline.corrections.apply import apply_to_gold, check

_NOT_GOLD = ("evidence", "actions", "source", "is_cls")


def corrected_golds(
    golds: list[dict[str, Any]],
    preds: Mapping[str, Mapping[str, Any]],
    corrections: CorrectionsFile,
) -> tuple[list[dict[str, Any]], list[str]]:
    """The gold records with corrections applied, and one line per correction not used."""
    skipped = [f"line {p.line}: {p.message}" for p in corrections.problems]
    by_doc: dict[str, list[Correction]] = {}
    for c in latest(corrections.rows).values():
        try:
            check(c)
        except CorrectionsError as exc:
            skipped.append(f"line {c.line}: {exc}")
            continue
        by_doc.setdefault(c.document_id, []).append(c)
    out = [apply_to_gold(g, by_doc.pop(str(g["id"]), [])) for g in golds]
    for doc_id in sorted(by_doc):
        if doc_id in preds:
            pred = {k: v for k, v in preds[doc_id].items() if k not in _NOT_GOLD}
            out.append(apply_to_gold(pred, by_doc[doc_id]))
        else:
            lines = ", ".join(str(c.line) for c in by_doc[doc_id])
            skipped.append(f"line {lines}: no gold file nor prediction for {doc_id!r}")
    return out, skipped
