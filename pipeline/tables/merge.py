"""Merge the records of one contract's documents field by field, keeping disagreements.

What: for each field, the contract takes the value of the most trusted document that states
it (members come sorted by ``prefer.preference_key``). A list field (ARS regions, axes,
organisations, amendments, actions) is taken whole from one document, so that its order and
numbering stay coherent. Every other document stating a different value gives a
``Conflict``.

Why: researchers need one row per contract, and need to see where the sources disagree
(a press article's "2018-2020" against the signed contract's "2018-2022").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from pipeline.model import SCALAR_FIELDS, Amendment, Organisation
from pipeline.tables.identity import Member
from pipeline.tables.values import as_text, fold

MERGED_LIST_FIELDS: Final = ("ars_regions", "axes", "organisations", "amendments", "actions")


@dataclass(frozen=True, slots=True)
class Conflict:
    """One document's value that differs from the value the contract took."""

    field: str
    chosen_value: str
    chosen_document_id: str
    other_value: str
    other_document_id: str


@dataclass(slots=True)
class Merged:
    """A contract's values, the document each came from, and the disagreements."""

    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)


def _org_key(org: Organisation) -> tuple[str, str, str]:
    return (org.type, fold(org.place) if org.place else "", org.role)


def _amendment_key(am: Amendment) -> tuple[str, str]:
    return (str(am.signed_on or ""), str(am.extends_to or ""))


# How two values of a field are compared: what is equal under these keys is no conflict.
_COMPARE: Final[dict[str, Callable[[Any], Any]]] = {
    "ars_regions": lambda v: sorted({fold(x) for x in v}),
    "axes": lambda v: [fold(x) for x in v],
    "organisations": lambda v: sorted(_org_key(o) for o in v),
    "amendments": lambda v: sorted(_amendment_key(a) for a in v),
    "actions": lambda v: [(a.number, fold(a.title or "")) for a in v],
}


def _comparable(name: str, value: Any) -> Any:
    if name in _COMPARE:
        return _COMPARE[name](value)
    return fold(value) if isinstance(value, str) else value


def _stated(value: Any) -> bool:
    return value is not None and value != [] and value != ""


def merge(members: Sequence[Member]) -> Merged:
    """Merge the records of one contract (members most trusted first)."""
    merged = Merged()
    for name in (*SCALAR_FIELDS, *MERGED_LIST_FIELDS):
        stating = [(m.document_id, getattr(m.record, name)) for m in members]
        stating = [(doc, value) for doc, value in stating if _stated(value)]
        if not stating:
            merged.values[name] = [] if name in MERGED_LIST_FIELDS else None
            continue
        chosen_doc, chosen = stating[0]
        merged.values[name] = chosen
        merged.sources[name] = chosen_doc
        key = _comparable(name, chosen)
        for doc, value in stating[1:]:
            if _comparable(name, value) != key:
                merged.conflicts.append(
                    Conflict(name, as_text(chosen), chosen_doc, as_text(value), doc)
                )
    return merged
