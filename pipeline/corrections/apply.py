"""Corrections put into records: the analyst's value replaces the extracted one.

What: ``check`` says whether a correction can be applied (known field, item key where a
list needs one, a value of the field's type); ``apply_to_record`` gives a document's
record with its corrections in it, each corrected value's evidence marked
``provenance: analyst`` with the extracted value kept as ``original``;
``apply_to_gold`` does the same to a gold record (SCHEMA.md form), for ``evaluate``.

Why: corrections are applied where records become rows, so the tables, the conflicts and
the contract a document joins all follow the analyst; the kept extraction results are
never changed, so removing a correction gives back the extracted value. Values are
checked the way the record types them (years as integers, dates as ISO days, an
organisation as its JSON object) so that a typo cannot put a wrong type in a column.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import Any, Final

from pipeline.corrections import Correction, CorrectionsError
from pipeline.model import (
    LIST_FIELDS,
    ORG_TYPES,
    SCALAR_FIELDS,
    Action,
    Amendment,
    CLSRecord,
    Organisation,
)

INT_FIELDS: Final = ("generation", "period_start", "period_end", "n_axes", "n_actions")
INT_FIELDS_ALL: Final = (*INT_FIELDS, "n_signatories")
ITEM_FIELDS: Final = (*LIST_FIELDS, "actions")
FIELDS: Final = (*SCALAR_FIELDS, *ITEM_FIELDS)
"""Every field a correction may name (the fields of ``evidence``)."""

_ITEM_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "organisations": ("name", "type", "place", "role"),
    "amendments": ("signed_on", "extends_to"),
    "actions": ("number", "title", "axis"),
}


def check(correction: Correction) -> None:
    """Raise ``CorrectionsError`` (one line) when the correction cannot be applied."""
    name = correction.field
    if name not in FIELDS:
        raise CorrectionsError(f"unknown field {name!r}")
    if name in ITEM_FIELDS:
        if correction.item_key and not _is_position(correction.item_key):
            raise CorrectionsError(f"{name}: item_key must be a position from 1")
        if not correction.item_key and correction.action != "not_stated":
            raise CorrectionsError(f"{name}: a list field needs the item's item_key")
    elif correction.item_key:
        raise CorrectionsError(f"{name}: item_key is for list fields only")
    if correction.action != "not_stated":
        parse_value(name, correction.value)


def _is_position(text: str) -> bool:
    return text.isdigit() and int(text) >= 1


def parse_value(name: str, text: str) -> Any:
    """A correction's value in the record's JSON form; ``CorrectionsError`` when not valid.

    Years and counts are integers, ``signed_on`` an ISO day, territory, lead body, ARS
    region and axis a non-blank text; an organisation, amendment or action is the JSON
    object ``evidence.value`` shows (an action may also be given as its title alone).
    """
    value = text.strip()
    if not value:
        raise CorrectionsError(f"{name}: an empty value (use 'not stated' instead)")
    if name in INT_FIELDS_ALL:
        if not value.isdigit():
            raise CorrectionsError(f"{name}: {value!r} is not a whole number")
        return int(value)
    if name == "signed_on":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError as exc:
            raise CorrectionsError(f"signed_on: {value!r} is not a date YYYY-MM-DD") from exc
    if name in _ITEM_KEYS:
        return _parse_object(name, value)
    return " ".join(value.split())


def _parse_object(name: str, text: str) -> dict[str, Any]:
    """An organisation, amendment or action given as a JSON object (an action: or a title)."""
    if name == "actions" and not text.startswith("{"):
        return {"number": None, "title": " ".join(text.split()), "axis": None}
    try:
        found = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorrectionsError(f"{name}: not a JSON object ({exc.msg})") from exc
    keys = _ITEM_KEYS[name]
    if not isinstance(found, dict) or not set(found) <= set(keys):
        raise CorrectionsError(f"{name}: a JSON object with keys {', '.join(keys)}")
    item = {key: found.get(key) for key in keys}
    if name == "organisations":
        if item["type"] not in ORG_TYPES or item["role"] not in ("signatory", "partner"):
            raise CorrectionsError(
                "organisations: type must be one of ORG_TYPES, role signatory or partner"
            )
        if not isinstance(item["name"], str) or not item["name"].strip():
            raise CorrectionsError("organisations: a name is needed")
    if name == "actions" and not isinstance(item["axis"], int | None):
        raise CorrectionsError("actions: axis must be a position or null")
    return item


def _as_dict(found: Any) -> dict[str, Any] | None:
    """A piece of evidence as a plain dictionary (an ``Evidence`` or a dict), else None."""
    if hasattr(found, "to_dict"):
        return dict(found.to_dict())
    return dict(found) if isinstance(found, dict) else None


def _marked(evidence: Any, original: Any, correction: Correction) -> dict[str, Any]:
    """The evidence of a value the analyst set: where it was read, if it was, and by whom."""
    out = _as_dict(evidence) or {}
    out.update(provenance="analyst", original=original, note=correction.note or None)
    return out


def _scalar(value: Any, evidence: Any, correction: Correction) -> tuple[Any, Any]:
    if correction.action == "not_stated":
        return None, None
    return parse_value(correction.field, correction.value), _marked(evidence, value, correction)


def _items(
    values: list[Any], evidence: Any, corrections: list[Correction]
) -> tuple[list[Any], list[Any]]:
    """A list field after its item corrections: replaced, then appended, then removed."""
    found = evidence if isinstance(evidence, list) else []
    slots = [[v, found[i] if i < len(found) else None] for i, v in enumerate(values)]
    if any(c.item_key == "" for c in corrections):
        slots = []  # the whole list marked not stated
    removed: set[int] = set()
    for c in sorted((c for c in corrections if c.item_key), key=lambda c: int(c.item_key)):
        index = int(c.item_key) - 1
        if c.action == "not_stated":
            removed.add(index)
        elif index < len(slots):
            old = slots[index][0]
            slots[index] = [parse_value(c.field, c.value), _marked(slots[index][1], old, c)]
        else:
            slots.append([parse_value(c.field, c.value), _marked(None, None, c)])
    kept = [s for i, s in enumerate(slots) if i not in removed]
    return [s[0] for s in kept], [s[1] for s in kept]


def _by_field(corrections: Iterable[Correction]) -> dict[str, list[Correction]]:
    out: dict[str, list[Correction]] = {}
    for c in corrections:
        out.setdefault(c.field, []).append(c)
    return out


def apply_to_gold(gold: dict[str, Any], corrections: Iterable[Correction]) -> dict[str, Any]:
    """A gold record (SCHEMA.md form) with the corrections of its document in it."""
    out = dict(gold)
    for name, group in _by_field(corrections).items():
        if name in ITEM_FIELDS:
            out[name] = _items(list(out.get(name) or []), None, group)[0]
        else:
            out[name] = _scalar(out.get(name), None, group[-1])[0]
    return out


_TYPED: Final[dict[str, Callable[..., Any]]] = {
    "organisations": Organisation,
    "amendments": Amendment,
    "actions": Action,
}


def _plain(name: str, value: Any) -> Any:
    """A record field in its JSON form (dataclass items as dictionaries)."""
    if name in _TYPED:
        return [item.to_dict() for item in value]
    return list(value) if isinstance(value, list) else value


def apply_to_record(record: CLSRecord, corrections: Iterable[Correction]) -> CLSRecord:
    """The record with the corrections of its document in it (the record is not changed).

    Each corrected value's evidence keeps where the extracted value was read and gains
    ``provenance`` ("analyst"), ``original`` (the extracted value, None when there was
    none) and ``note``; a value marked not stated is removed with its evidence.
    """
    evidence = dict(record.evidence)
    changes: dict[str, Any] = {}
    for name, group in _by_field(corrections).items():
        old = _plain(name, getattr(record, name))
        if name in ITEM_FIELDS:
            value, found = _items(old, evidence.get(name), group)
            value = [_TYPED[name](**v) for v in value] if name in _TYPED else value
        else:
            value, found = _scalar(old, evidence.get(name), group[-1])
        changes[name] = value
        if found in (None, []):
            evidence.pop(name, None)
        else:
            evidence[name] = found
    return replace(record, **changes, evidence=evidence)
