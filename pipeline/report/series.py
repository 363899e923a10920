"""The data behind the report's plots, computed from the published tables.

What: ``timeline`` (one row per contract: its period as a span of years, its signature
and its amendments as marks), ``signatories`` (signatory organisations counted by type
and by the region of the contract's ARS) and ``axes_actions`` (the stated numbers of axes
and actions per contract). Each is plain data; ``plots`` draws it.

Why: keeping the joins apart from the drawing lets the tests check the figures' numbers
without parsing SVG, and the notebook makes the same joins in SQL for researchers.
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from pipeline.report.load import Row, RunTables, date_of, int_of, text_of

MarkKind = Literal["signed", "amendment", "extension"]

MAX_REGIONS: Final = 8
"""Regions drawn in their own colour; the others are summed as ``OTHER_REGIONS``."""
OTHER_REGIONS: Final = "other regions"
NO_ARS: Final = "no ARS named"
UNNAMED_ARS: Final = "ARS region not named"


@dataclass(frozen=True, slots=True)
class Mark:
    """A dated event on a contract's line: ``at`` is a fractional year (2017.53)."""

    at: float
    kind: MarkKind
    label: str


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One contract on the timeline: its period ``[start, end)`` in fractional years."""

    contract_id: str
    label: str
    start: float | None
    end: float | None
    marks: tuple[Mark, ...]


@dataclass(frozen=True, slots=True)
class Timeline:
    """The rows to draw and how many contracts had nothing to place in time."""

    rows: tuple[TimelineRow, ...]
    undated: int


@dataclass(frozen=True, slots=True)
class StackedBars:
    """Counts per category (a bar) and series (a segment of the bar)."""

    categories: tuple[str, ...]
    series: tuple[str, ...]
    values: dict[tuple[str, str], int]

    def total(self, category: str) -> int:
        """The length of one bar."""
        return sum(self.values.get((category, s), 0) for s in self.series)


@dataclass(frozen=True, slots=True)
class GroupedBars:
    """Several values per label (one bar each); ``None`` when the value is unknown."""

    labels: tuple[str, ...]
    series: tuple[str, ...]
    values: tuple[tuple[int | None, ...], ...]


def year_fraction(day: date) -> float:
    """``day`` as a fractional year: 1 January is ``year + 0``."""
    length = 366 if calendar.isleap(day.year) else 365
    return day.year + (day.timetuple().tm_yday - 1) / length


def contract_label(row: Row) -> str:
    """A short human label: territory, generation and period (``Reims · CLS 2 · 2018–2022``)."""
    parts = [text_of(row, "territory") or str(row["contract_id"])]
    generation = int_of(row, "generation")
    if generation is not None:
        parts.append(f"CLS {generation}")
    start, end = int_of(row, "period_start"), int_of(row, "period_end")
    if start is not None or end is not None:
        parts.append(f"{start or '?'}–{end or '?'}")
    return " · ".join(parts)


def _amendment_mark(row: Row) -> Mark | None:
    """Where an amendment goes: its signature, else the date or year it extends to."""
    number = int_of(row, "amendment_no")
    signed, extends = date_of(row, "signed_on"), date_of(row, "extends_to")
    year = int_of(row, "extends_to_year")
    target = extends.isoformat() if extends else (str(year) if year else None)
    suffix = f", extends to {target}" if target else ""
    if signed is not None:
        return Mark(
            year_fraction(signed), "amendment", f"amendment {number} signed {signed}{suffix}"
        )
    if extends is not None:
        return Mark(year_fraction(extends), "extension", f"amendment {number}{suffix}")
    if year is not None:
        return Mark(year + 1.0, "extension", f"amendment {number}{suffix}")
    return None


def _span(start: int | None, end: int | None) -> tuple[float, float] | None:
    """A period of years as ``[1 January of start, 1 January after end)``; a period with
    one known end is drawn as that single year."""
    if start is None:
        return None if end is None else (float(end), float(end + 1))
    return float(start), float((end if end is not None else start) + 1)


def timeline(run: RunTables) -> Timeline:
    """Every contract with a period or a dated event, by territory then start year."""
    amendments: dict[str, list[Mark]] = defaultdict(list)
    for row in run.rows("amendments"):
        mark = _amendment_mark(row)
        if mark is not None:
            amendments[str(row["contract_id"])].append(mark)
    rows, undated = [], 0
    for row in run.rows("contracts"):
        contract_id = str(row["contract_id"])
        marks = list(amendments.get(contract_id, []))
        signed = date_of(row, "signed_on")
        if signed is not None:
            marks.append(Mark(year_fraction(signed), "signed", f"signed {signed}"))
        span = _span(int_of(row, "period_start"), int_of(row, "period_end"))
        if span is None and not marks:
            undated += 1
            continue
        rows.append(
            TimelineRow(
                contract_id=contract_id,
                label=contract_label(row),
                start=span[0] if span else None,
                end=span[1] if span else None,
                marks=tuple(sorted(marks, key=lambda m: (m.at, m.kind))),
            )
        )
    rows.sort(key=lambda r: (r.label.casefold(), r.start or 0.0, r.contract_id))
    return Timeline(tuple(rows), undated)


def _contract_regions(run: RunTables) -> dict[str, str]:
    """The ARS region(s) of each contract, joined with `` / `` when several."""
    regions: dict[str, list[str]] = defaultdict(list)
    for row in sorted(run.rows("contract_ars_regions"), key=lambda r: int_of(r, "region_no") or 0):
        name = text_of(row, "ars_region")
        regions[str(row["contract_id"])].append(UNNAMED_ARS if name in (None, "?") else str(name))
    return {cid: " / ".join(dict.fromkeys(names)) for cid, names in regions.items()}


def signatories(run: RunTables) -> StackedBars:
    """Signatory organisations counted by type (bars) and the contract's ARS region
    (segments); the smaller regions beyond ``MAX_REGIONS`` are summed together."""
    types = {
        str(r["organisation_id"]): text_of(r, "type") or "OTHER" for r in run.rows("organisations")
    }
    regions = _contract_regions(run)
    counts: Counter[tuple[str, str]] = Counter()
    for row in run.rows("contract_organisations"):
        if text_of(row, "role") != "signatory":
            continue
        kind = types.get(str(row["organisation_id"]), "OTHER")
        counts[(kind, regions.get(str(row["contract_id"]), NO_ARS))] += 1
    by_region: Counter[str] = Counter()
    for (_, region), n in counts.items():
        by_region[region] += n
    ranked = sorted(by_region, key=lambda r: (-by_region[r], r))
    kept = set(ranked[:MAX_REGIONS]) if len(ranked) > MAX_REGIONS + 1 else set(ranked)
    values: Counter[tuple[str, str]] = Counter()
    for (kind, region), n in counts.items():
        values[(kind, region if region in kept else OTHER_REGIONS)] += n
    series = [r for r in ranked if r in kept] + ([OTHER_REGIONS] if len(kept) < len(ranked) else [])
    by_type: Counter[str] = Counter()
    for (kind, _), n in values.items():
        by_type[kind] += n
    categories = sorted(by_type, key=lambda t: (-by_type[t], t))
    return StackedBars(tuple(categories), tuple(series), dict(values))


def axes_actions(run: RunTables) -> GroupedBars:
    """The stated numbers of axes and actions of each contract, in timeline order."""
    rows = sorted(
        run.rows("contracts"), key=lambda r: (contract_label(r).casefold(), str(r["contract_id"]))
    )
    return GroupedBars(
        labels=tuple(contract_label(r) for r in rows),
        series=("axes", "actions"),
        values=tuple((int_of(r, "n_axes"), int_of(r, "n_actions")) for r in rows),
    )
