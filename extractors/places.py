"""Place names: recognise a place qualifier and write it in its usual spelling.

Official names come from the generated geography (pipeline/geo/data); the aliases
met in publications ("Paca", former regions) come from extractors/vocab/places.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors import vocab
from pipeline import geo

_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_MAX_TOKENS = 7


@dataclass(frozen=True, slots=True)
class Place:
    """A recognised place: its usual name and its kind."""

    name: str
    kind: str  # region | former_region | departement | commune
    length: int  # characters consumed in the text


@cache
def _names() -> dict[str, tuple[str, str]]:
    """Normalised name → (usual name, kind), regions first, then departments, communes."""
    table: dict[str, tuple[str, str]] = {}
    for commune in geo.communes():
        table.setdefault(geo.normalise_name(commune.name), (commune.name, "commune"))
    data = vocab.load("places")
    for alias, official in data["former_regions"].items():
        table[geo.normalise_name(alias)] = (official, "former_region")
    for dep in geo.departements():
        if dep.zone != "com" or dep.code in ("975", "977", "978"):
            table[geo.normalise_name(dep.name)] = (dep.name, "departement")
    for alias, official in data["departement_aliases"].items():
        table[geo.normalise_name(alias)] = (official, "departement")
    for region in geo.regions():
        table[geo.normalise_name(region.name)] = (region.name, "region")
    for alias, official in data["region_aliases"].items():
        table[geo.normalise_name(alias)] = (official, "region")
    return table


def lookup(name: str) -> tuple[str, str] | None:
    """(usual name, kind) of a place name, or None."""
    return _names().get(geo.normalise_name(name))


def match_place(text: str) -> Place | None:
    """The longest known place name at the start of a text ("Côtes d'Armor ;" → Côtes-d'Armor)."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text[:120])]
    if not spans or (not text[:1].isupper() and not text[:1].isdigit()):
        return None
    table = _names()
    for n in range(min(_MAX_TOKENS, len(spans)), 0, -1):
        end = spans[n - 1][1]
        candidate = text[:end]
        if not candidate[-1:].isalnum():
            continue
        hit = table.get(geo.normalise_name(candidate))
        if hit:
            return Place(hit[0], hit[1], end)
    return None


def departement_by_number(code: str) -> str | None:
    """The department name for its number ("35" → Ille-et-Vilaine)."""
    dep = geo.departement_by_code(code) if re.fullmatch(r"\d{2,3}|2[AB]", code) else None
    return dep.name if dep else None


def region_of(name: str) -> str | None:
    """The official region (or kept former-area) name for a region name or alias."""
    hit = lookup(name)
    if hit and hit[1] in ("region", "former_region"):
        return hit[0]
    return None
