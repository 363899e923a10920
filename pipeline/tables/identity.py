"""Decide which documents describe the same contract, and name each contract.

The rule:

* **Territory.** Documents about the same territory share a key: the official unit when
  the name is linked (``commune:51454`` for "Reims" and "Ville de Reims"), else the folded
  name ("pays de broceliande"). An ambiguous name ("Saint-Denis") takes the unit that other
  documents of the batch with the same name were linked to, when there is exactly one.
* **Period and generation.** Two records are the same contract when their generations do
  not differ and their periods are compatible: same first year, or same last year (an
  extension moves the end), or periods overlapping by more than a boundary year (a contract
  for 2018-2022 and the next one for 2022-2026 are two contracts).
* **Order.** Records stating a period are grouped first, then records stating only a
  generation, then records stating neither. Each record joins the contract it is compatible
  with; a record compatible with no contract of its territory starts a new one (a new CLS of
  the same territory); a record compatible with several is left unlinked as ``ambiguous``
  rather than guessed. So a record with no period joins the only contract of its territory.

Identifiers derive from the territory and the first year of the period (``reims-51454-2018``),
never from row order, so that they stay the same between runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline import geo
from pipeline.model import CLSRecord
from pipeline.tables.geo_link import GeoLink
from pipeline.tables.values import fold_name, slug


@dataclass(slots=True)
class Member:
    """A document with a CLS record and a territory, ready to be grouped."""

    document_id: str
    record: CLSRecord
    link: GeoLink
    preference: tuple[int, int, str]
    key: str = ""
    match: str = ""

    def __post_init__(self) -> None:
        self.key = self.key or self.link.key


@dataclass(slots=True)
class Cluster:
    """The documents of one contract, most trusted first."""

    key: str
    members: list[Member] = field(default_factory=list)

    def accepts(self, member: Member) -> bool:
        """Whether a record is compatible with every record already in the contract."""
        return all(compatible(member.record, m.record) for m in self.members)


@dataclass(slots=True)
class Grouping:
    """Contracts found, and the documents left unlinked because several contracts fit."""

    clusters: list[Cluster]
    ambiguous: dict[str, str]  # document id -> why


def has_period(record: CLSRecord) -> bool:
    """Whether a record states any year of its period."""
    return record.period_start is not None or record.period_end is not None


def compatible(a: CLSRecord, b: CLSRecord) -> bool:
    """Whether two records can describe the same contract (see the module docstring)."""
    if a.generation is not None and b.generation is not None and a.generation != b.generation:
        return False
    if not has_period(a) or not has_period(b):
        return True
    if a.period_start is not None and a.period_start == b.period_start:
        return True
    if a.period_end is not None and a.period_end == b.period_end:
        return True
    (start_a, end_a), (start_b, end_b) = _span(a), _span(b)
    return min(end_a, end_b) - max(start_a, start_b) > 0


def _span(record: CLSRecord) -> tuple[int, int]:
    years = [y for y in (record.period_start, record.period_end) if y is not None]
    return min(years), max(years)


def resolve_keys(members: Iterable[Member]) -> None:
    """Give an ambiguous territory the unit its namesakes in the batch were linked to.

    "Saint-Denis" with an ARS Île-de-France is commune 93066; a press article saying only
    "Saint-Denis" joins it when no other "Saint-Denis" of the batch was linked elsewhere.
    """
    members = list(members)
    linked: dict[str, set[str]] = {}
    for m in members:
        if not m.key.startswith("name:") and m.record.territory:
            linked.setdefault(fold_name(m.record.territory), set()).add(m.key)
    for m in members:
        if m.link.match == "ambiguous" and m.record.territory:
            keys = linked.get(fold_name(m.record.territory), set())
            if len(keys) == 1:
                m.key = next(iter(keys))


def group(members: Iterable[Member]) -> Grouping:
    """Group members into contracts (see the module docstring for the rule)."""
    ordered = sorted(members, key=lambda m: m.preference)
    resolve_keys(ordered)
    by_key: dict[str, list[Cluster]] = {}
    ambiguous: dict[str, str] = {}
    phases = (
        ("territory+period", [m for m in ordered if has_period(m.record)]),
        (
            "territory+generation",
            [m for m in ordered if not has_period(m.record) and m.record.generation is not None],
        ),
        (
            "territory_only",
            [m for m in ordered if not has_period(m.record) and m.record.generation is None],
        ),
    )
    for match, phase in phases:
        for member in phase:
            member.match = match
            clusters = by_key.setdefault(member.key, [])
            fits = [c for c in clusters if c.accepts(member)]
            if len(fits) > 1 and member.record.generation is not None:
                same = [c for c in fits if _has_generation(c, member.record.generation)]
                fits = same if len(same) == 1 else fits
            if not fits:
                clusters.append(Cluster(member.key, [member]))
            elif len(fits) == 1:
                fits[0].members.append(member)
            else:
                ambiguous[member.document_id] = _ambiguity(member, fits)
    clusters = [c for cs in by_key.values() for c in cs]
    for cluster in clusters:
        cluster.members.sort(key=lambda m: m.preference)
    return Grouping(clusters, ambiguous)


def _has_generation(cluster: Cluster, generation: int) -> bool:
    return any(m.record.generation == generation for m in cluster.members)


def _ambiguity(member: Member, fits: list[Cluster]) -> str:
    periods = ", ".join(sorted({_describe_period(c) for c in fits}))
    return (
        f"several contracts of territory {member.record.territory!r} fit this document "
        f"({periods}); not linked"
    )


def _describe_period(cluster: Cluster) -> str:
    first = cluster.members[0].record
    return (
        f"{first.period_start or '?'}-{first.period_end or '?'} (documents {len(cluster.members)})"
    )


def territory_slug(key: str) -> str:
    """The territory part of a contract id: official name and code, or the folded name."""
    kind, _, value = key.partition(":")
    if kind == "name":
        return slug(value)
    return f"{slug(official_name(kind, value))}-{value}"


def official_name(level: str, code: str) -> str:
    """The official name of a unit, or its code when unknown."""
    unit: geo.Commune | geo.Epci | geo.Departement | geo.Region | None
    if level == "commune":
        unit = geo.commune_by_insee(code)
    elif level == "epci":
        unit = geo.epci_by_siren(code)
    elif level == "departement":
        unit = geo.departement_by_code(code)
    else:
        unit = geo.region_by_code(code)
    return unit.name if unit is not None else code


def contract_ids(bases: list[tuple[str, list[str]]]) -> list[str]:
    """Unique ids from (base id, member document ids) pairs, in the same order.

    Bases that collide get ``-2``, ``-3``... in the order of their sorted member ids, so the
    result depends on the contracts only, not on the order of the input.
    """
    ranked = sorted(range(len(bases)), key=lambda i: (bases[i][0], sorted(bases[i][1])))
    seen: dict[str, int] = {}
    out = [""] * len(bases)
    for i in ranked:
        base = bases[i][0]
        seen[base] = seen.get(base, 0) + 1
        out[i] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return out


def base_id(key: str, period_start: int | None, generation: int | None) -> str:
    """``<territory>-<first year>``, else ``-g<generation>``, else ``-undated``."""
    if period_start is not None:
        suffix = str(period_start)
    elif generation is not None:
        suffix = f"g{generation}"
    else:
        suffix = "undated"
    return f"{territory_slug(key)}-{suffix}"
