"""The filters of the contracts list, and how many contracts each choice would show.

What: five filters read from the page's query string: ``region`` (INSEE code of the
région), ``year`` (contracts whose period covers it), ``generation``, ``missing`` (a field
the contract lacks), ``conflict`` (a field its documents disagree on, or any) and
``confidence`` (a value chosen with a confidence below the threshold, not yet reviewed
by an analyst). ``Facets`` gives each filter's options with counts: the contracts the
option would show given the other filters set.

Why: an analyst starts from what needs a look (missing fields, conflicts, low
confidence) in their region and period; counts say where the work is before opening a
contract.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

from pipeline.geo import region_by_code
from pipeline.report.load import Row
from pipeline.review.view import RunView
from pipeline.tables.schema import EVIDENCE_FIELDS

FILTERS: Final = ("region", "year", "generation", "missing", "conflict", "confidence")
CONFIDENCE_STEPS: Final = ("0.5", "0.7", "0.9")
LIST_TABLES: Final[Mapping[str, str]] = {
    "ars_regions": "contract_ars_regions",
    "axes": "axes",
    "actions": "actions",
    "amendments": "amendments",
    "organisations": "contract_organisations",
}
"""Where a contract's list field lives (a scalar field is a column of ``contracts``)."""

Test = Callable[[Row], bool]


@dataclass(frozen=True, slots=True)
class Option:
    """One choice of a filter: its query value, its label and how many it would show."""

    value: str
    label: str
    count: int
    selected: bool


def missing_fields(view: RunView, contract: Row) -> list[str]:
    """The fields of the record the contract has no value for."""
    cid = str(contract["contract_id"])
    out = []
    for name in EVIDENCE_FIELDS:
        if name in LIST_TABLES:
            if not view.of_contract(cid, LIST_TABLES[name]):
                out.append(name)
        elif contract.get(name) is None:
            out.append(name)
    return out


def lowest_confidence(view: RunView, contract: Row) -> float | None:
    """The lowest confidence of a chosen extracted value (analysts' values left out)."""
    found = [
        float(value)
        for r in view.of_contract(str(contract["contract_id"]), "evidence")
        if r["chosen"] and r.get("provenance") != "analyst"
        if isinstance(value := r.get("confidence"), int | float)
    ]
    return min(found) if found else None


def _covers(contract: Row, year: int) -> bool:
    start, end = contract.get("period_start"), contract.get("period_end")
    if not isinstance(start, int):
        return False
    return start <= year <= (end if isinstance(end, int) else start)


def _test(view: RunView, name: str, value: str) -> Test:
    """The predicate of one filter's value."""
    if name == "region":
        return lambda c: str(c.get("region_code") or "") == value
    if name == "year":
        return lambda c: value.isdigit() and _covers(c, int(value))
    if name == "generation":
        return lambda c: str(c.get("generation") or "none") == value
    if name == "missing":
        return lambda c: value in missing_fields(view, c)
    if name == "conflict":
        return lambda c: any(
            value in ("any", r["field"])
            for r in view.of_contract(str(c["contract_id"]), "conflicts")
        )
    threshold = float(value) if value in CONFIDENCE_STEPS else 0.0
    return lambda c: (low := lowest_confidence(view, c)) is not None and low < threshold


def _choices(view: RunView, name: str) -> list[tuple[str, str]]:
    """Every value a filter can take on this run, with its label."""
    contracts = view.tables["contracts"]
    if name == "region":
        codes = sorted({str(c["region_code"]) for c in contracts if c.get("region_code")})
        return [(code, _region_label(code)) for code in codes]
    if name == "year":
        years = [y for c in contracts for y in (c.get("period_start"), c.get("period_end"))]
        ints = [y for y in years if isinstance(y, int)]
        return [(str(y), str(y)) for y in range(min(ints), max(ints) + 1)] if ints else []
    if name == "generation":
        found = sorted({str(c.get("generation") or "none") for c in contracts})
        return [(g, "not stated" if g == "none" else g) for g in found]
    if name in ("missing", "conflict"):
        fields = [(f, f) for f in EVIDENCE_FIELDS]
        return [("any", "any field"), *fields] if name == "conflict" else fields
    return [(step, f"below {step}") for step in CONFIDENCE_STEPS]


def _region_label(code: str) -> str:
    region = region_by_code(code)
    return f"{region.name} ({code})" if region is not None else code


class Facets:
    """The filters set by a query, the contracts they keep and every option's count."""

    def __init__(self, view: RunView, query: Mapping[str, str]) -> None:
        self.view = view
        self.active = {k: v for k, v in query.items() if k in FILTERS and v}
        self.tests = {k: _test(view, k, v) for k, v in self.active.items()}

    def kept(self, skip: str | None = None) -> list[Row]:
        """The contracts every active filter (but ``skip``) keeps, in id order."""
        tests = [t for name, t in self.tests.items() if name != skip]
        return [c for c in self.view.tables["contracts"] if all(t(c) for t in tests)]

    def options(self, name: str) -> list[Option]:
        """The choices of one filter, each with the number of contracts it would show."""
        base = self.kept(skip=name)
        out = []
        for value, label in _choices(self.view, name):
            test = _test(self.view, name, value)
            count = sum(1 for c in base if test(c))
            out.append(Option(value, label, count, self.active.get(name) == value))
        return out
