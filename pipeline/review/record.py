"""A correction posted by the review page: checked, then appended to the corrections file.

What: ``record_correction`` turns a posted form into a ``Correction`` (the document must
belong to the run, the field and value must be ones ``run --corrections`` can apply) and
appends it; an accepted value is the one the page showed. ``FormError`` carries the
one-line reason a form was refused.

Why: a correction written is a correction the next run applies; refusing bad ones here,
with the reason on the page, keeps the file free of rows the run would reject.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

from pipeline.corrections import (
    ACTIONS,
    Correction,
    CorrectionsError,
    append_correction,
    now_utc,
)
from pipeline.corrections.apply import check
from pipeline.errors import ClsError
from pipeline.review.view import RunView

_WRITING = threading.Lock()


class FormError(ClsError, ValueError):
    """A posted correction that cannot be recorded (one line for the page)."""


def correction_of(view: RunView, form: Mapping[str, str]) -> Correction:
    """The correction a form asks for; ``FormError`` when it cannot be recorded."""
    doc_id = form.get("document_id", "")
    if doc_id not in view.documents:
        raise FormError(f"no document {doc_id!r} in this run")
    action = next((a for a in ACTIONS if a == form.get("action")), None)
    if action is None:
        raise FormError(f"unknown action {form.get('action', '')!r}")
    value = form.get("shown", "") if action == "accept" else form.get("value", "")
    correction = Correction(
        document_id=doc_id,
        contract_id=form.get("contract_id", ""),
        field=form.get("field", ""),
        item_key=form.get("item_key", ""),
        action=action,
        value="" if action == "not_stated" else value.strip(),
        note=" ".join(form.get("note", "").split()),
        time=now_utc(),
    )
    try:
        check(correction)
    except CorrectionsError as exc:
        raise FormError(str(exc)) from exc
    return correction


def record_correction(view: RunView, form: Mapping[str, str], path: Path) -> Correction:
    """Check the posted form and append its correction to ``path``."""
    correction = correction_of(view, form)
    with _WRITING:
        try:
            append_correction(path, correction)
        except (CorrectionsError, OSError) as exc:
            raise FormError(f"cannot write {path}: {exc}") from exc
    return correction
