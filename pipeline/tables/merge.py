"""Merge the records of one contract's documents field by field, keeping disagreements.

What: for each field, the contract takes the value of the most trusted document that states
it (members come sorted by ``prefer.preference_key``), except ``period_end``, which takes the
latest year stated (``prefer.LATEST_WINS``). A list field (ARS regions, axes, organisations,
amendments, actions) is taken whole from one document, so that its order and numbering stay
coherent. Every other document stating a different value gives a ``Conflict``; for a list
field the conflict shows only the items that differ.

Why: researchers need one row per contract, and need to see where the sources disagree
(a press article's "2018-2020" against the signed contract's "2018-2022").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from pipeline.model import SCALAR_FIELDS, Action, Amendment, Organisation
from pipeline.tables.identity import Member
from pipeline.tables.prefer import LATEST_WINS
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


def _action_key(action: Action) -> tuple[str, str]:
    return (action.number or "", fold(action.title or ""))


# How the items of a list field are compared: items equal under these keys agree.
_ITEM_KEY: Final[dict[str, Callable[[Any], Any]]] = {
    "ars_regions": fold,
    "axes": fold,
    "organisations": _org_key,
    "amendments": _amendment_key,
    "actions": _action_key,
}
_UNORDERED: Final = frozenset({"ars_regions", "organisations", "amendments"})


def _comparable(name: str, value: Any) -> Any:
    """The form under which two values of a field agree when equal."""
    if name in _ITEM_KEY:
        keys = [_ITEM_KEY[name](item) for item in value]
        return sorted(set(keys) if name == "ars_regions" else keys) if name in _UNORDERED else keys
    return fold(value) if isinstance(value, str) else value


def _list_difference(name: str, chosen: list[Any], other: list[Any]) -> tuple[str, str]:
    """The items only in the chosen list and only in the other (as JSON arrays).

    When both lists hold the same items in another order, both lists are shown whole.
    """
    key = _ITEM_KEY[name]
    only_chosen = _minus(chosen, other, key)
    only_other = _minus(other, chosen, key)
    if not only_chosen and not only_other:
        return as_text(chosen), as_text(other)
    return as_text(only_chosen), as_text(only_other)


def _minus(items: list[Any], others: list[Any], key: Callable[[Any], Any]) -> list[Any]:
    """Items of ``items`` not matched one-to-one by an item of ``others``."""
    left = Counter(key(o) for o in others)
    out = []
    for item in items:
        k = key(item)
        if left[k]:
            left[k] -= 1
        else:
            out.append(item)
    return out


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
        if name in LATEST_WINS:
            stating.sort(key=lambda pair: -pair[1])  # stable: preference breaks ties
        chosen_doc, chosen = stating[0]
        merged.values[name] = chosen
        merged.sources[name] = chosen_doc
        key = _comparable(name, chosen)
        for doc, value in stating[1:]:
            if _comparable(name, value) == key:
                continue
            if name in _ITEM_KEY:
                shown, other = _list_difference(name, chosen, value)
            else:
                shown, other = as_text(chosen), as_text(value)
            merged.conflicts.append(Conflict(name, shown, chosen_doc, other, doc))
    return merged
