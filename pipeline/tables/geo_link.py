"""Link territory and place names to official codes, or say that they cannot be linked.

What: ``link_territory`` turns a territory name ("Reims", "Rennes Métropole", "Pays de
Brocéliande") into the official codes of the unit it names (INSEE commune code, SIREN of the
EPCI, département and région codes) with ``geo_match`` telling how; ``link_place`` does the
same for an organisation's place qualifier.

Why: researchers join the tables with INSEE and health data by code. The linker never
guesses: a name borne by several units (four communes "Saint-Denis", the commune and the CC
"Saint-Flour") is ``ambiguous`` unless the region of the contract's ARS leaves exactly one;
a name no unit bears is ``unmatched``. Hand-written aliases come first (``aliases.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Final

from pipeline import geo
from pipeline.tables.aliases import aliases_by_key
from pipeline.tables.values import fold_name

GEO_VINTAGE: Final = f"{geo.VINTAGE.package}@{geo.VINTAGE.version}"
"""The value of the ``geo_vintage`` column."""

_COMMUNE_PREFIXES: Final = ("ville de ", "ville d ", "commune de ", "commune d ", "mairie de ")
_TYPE_LEVELS: Final = {
    "ARS": ("region",),
    "REGION": ("region",),
    "DEPARTEMENT": ("departement",),
    "COMMUNE": ("commune",),
    "CCAS": ("commune",),
}

Unit = tuple[str, str]
"""An official unit as (level, code): ("commune", "51454"), ("epci", "243500139")..."""


@dataclass(frozen=True, slots=True)
class GeoLink:
    """The official codes of a territory and how they were found."""

    match: str
    key: str
    level: str | None = None
    insee_code: str | None = None
    epci_siren: str | None = None
    departement_code: str | None = None
    region_code: str | None = None


def link_territory(name: str, ars_regions: Iterable[str] = ()) -> GeoLink:
    """Link a territory name; ``ars_regions`` (names) may tell homonyms apart.

    ``key`` identifies the territory for grouping documents: ``level:code`` when the name
    is the unit, else ``name:`` and the folded name.
    """
    return _link(name, tuple(sorted(set(ars_regions))))


@cache
def _link(name: str, ars_regions: tuple[str, ...]) -> GeoLink:
    name_key = f"name:{fold_name(_strip_commune_prefix(geo.normalise_name(name))[1])}"
    alias = aliases_by_key().get(geo.normalise_name(name))
    if alias is not None:
        unit = (alias.level, alias.code)
        if alias.relation == "is":
            return _codes(unit, "alias", _unit_key(unit))
        return _codes(unit, "alias_within", name_key)
    found = candidates(name)
    match_suffix = ""
    if len(found) > 1:
        regions = {code for code in map(region_code_of, ars_regions) if code}
        in_region = [u for u in found if regions & _regions_of(u)]
        if regions and len(in_region) == 1:
            found, match_suffix = in_region, "+ars_region"
    if len(found) == 1:
        unit = found[0]
        return _codes(unit, f"{unit[0]}_name{match_suffix}", _unit_key(unit))
    return GeoLink("ambiguous" if found else "unmatched", name_key)


def candidates(name: str) -> list[Unit]:
    """Every official unit bearing this name, sorted; "Ville de X" looks for communes only."""
    is_commune, bare = _strip_commune_prefix(geo.normalise_name(name))
    units: list[Unit] = [("commune", c.insee) for c in geo.communes_by_name(bare)]
    if not is_commune:
        units += [("epci", e.siren) for e in geo.epcis_by_name(name)]
        dep = geo.departement_by_name(name)
        region = geo.region_by_name(name)
        units += [("departement", dep.code)] if dep else []
        units += [("region", region.code)] if region else []
    return sorted(units)


def link_place(place: str | None, org_type: str) -> Unit | None:
    """The official unit an organisation's place names, when exactly one fits its type.

    An ARS or région looks among régions, a département among départements, a commune or
    CCAS among communes; other types accept any level but only a single candidate.
    """
    if not place:
        return None
    levels = _TYPE_LEVELS.get(org_type)
    found = [u for u in candidates(place) if levels is None or u[0] in levels]
    return found[0] if len(found) == 1 else None


def region_code_of(name: str) -> str | None:
    """INSEE code of a région from its official name ("Grand Est" -> "44"), else None."""
    region = geo.region_by_name(name)
    return region.code if region else None


def _strip_commune_prefix(key: str) -> tuple[bool, str]:
    for prefix in _COMMUNE_PREFIXES:
        if key.startswith(prefix):
            return True, key[len(prefix) :]
    return False, key


def _unit_key(unit: Unit) -> str:
    return f"{unit[0]}:{unit[1]}"


def _regions_of(unit: Unit) -> set[str]:
    level, code = unit
    if level == "commune":
        commune = geo.commune_by_insee(code)
        return {commune.region_code} if commune else set()
    if level == "epci":
        epci = geo.epci_by_siren(code)
        return set(epci.region_codes) if epci else set()
    if level == "departement":
        dep = geo.departement_by_code(code)
        return {dep.region_code} if dep else set()
    return {code}


def _codes(unit: Unit, match: str, key: str) -> GeoLink:
    """The codes of a unit at its level and the levels above it (when single-valued)."""
    level, code = unit
    if level == "commune":
        commune = geo.commune_by_insee(code)
        if commune is None:
            raise LookupError(f"unknown INSEE code {code}")
        return GeoLink(
            match,
            key,
            level,
            insee_code=commune.insee,
            epci_siren=commune.epci_siren,
            departement_code=commune.departement_code,
            region_code=commune.region_code,
        )
    if level == "epci":
        epci = geo.epci_by_siren(code)
        if epci is None:
            raise LookupError(f"unknown EPCI SIREN {code}")
        deps, regions = epci.departement_codes, epci.region_codes
        return GeoLink(
            match,
            key,
            level,
            epci_siren=epci.siren,
            departement_code=deps[0] if len(deps) == 1 else None,
            region_code=regions[0] if len(regions) == 1 else None,
        )
    if level == "departement":
        dep = geo.departement_by_code(code)
        if dep is None:
            raise LookupError(f"unknown département code {code}")
        return GeoLink(match, key, level, departement_code=dep.code, region_code=dep.region_code)
    if geo.region_by_code(code) is None:
        raise LookupError(f"unknown région code {code}")
    return GeoLink(match, key, level, region_code=code)
