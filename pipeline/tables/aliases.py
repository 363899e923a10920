"""Hand-written territory aliases (``pipeline/geo/aliases.csv``).

What: names that the official geography cannot resolve by itself, each pointing to one
official unit (``level`` + ``code``) with a ``relation``: ``is`` (the territory is that unit:
"Strasbourg Eurométropole" is EPCI 246700488) or ``within`` (the territory lies inside it:
the Pays de Brocéliande, a syndicat mixte of three EPCI, lies in département 35).

Why apart from ``pipeline/geo/data/``: that folder is generated from the official
``@etalab/decoupage-administratif`` package and rebuilt byte for byte; these lines are
decisions of the team, each with a comment saying why. A test checks that every alias
points to a code that exists in the generated data.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Final, Literal

from pipeline.errors import ClsError
from pipeline.geo import normalise_name

ALIAS_LEVELS: Final = ("commune", "epci", "departement", "region")
Relation = Literal["is", "within"]


class AliasError(ClsError, ValueError):
    """A malformed line of the alias file (unknown level or relation, duplicate name)."""


@dataclass(frozen=True, slots=True)
class GeoAlias:
    """A hand-written name for an official unit, or for a territory inside one."""

    name: str
    level: str
    code: str
    relation: Relation
    comment: str


def read_aliases(text: str) -> tuple[GeoAlias, ...]:
    """Parse the alias CSV text; raises ``AliasError`` on a malformed line."""
    out: list[GeoAlias] = []
    seen: set[str] = set()
    for line_no, row in enumerate(csv.DictReader(io.StringIO(text, newline="")), start=2):
        name, level, relation = row["name"].strip(), row["level"].strip(), row["relation"].strip()
        if level not in ALIAS_LEVELS:
            raise AliasError(f"line {line_no}: unknown level {level!r}")
        if relation not in ("is", "within"):
            raise AliasError(f"line {line_no}: relation must be 'is' or 'within'")
        key = normalise_name(name)
        if key in seen:
            raise AliasError(f"line {line_no}: duplicate alias {name!r}")
        seen.add(key)
        rel: Relation = "is" if relation == "is" else "within"
        out.append(GeoAlias(name, level, row["code"].strip(), rel, row["comment"].strip()))
    return tuple(out)


@cache
def aliases() -> tuple[GeoAlias, ...]:
    """The aliases shipped in ``pipeline/geo/aliases.csv``."""
    text = files("pipeline.geo").joinpath("aliases.csv").read_text(encoding="utf-8")
    return read_aliases(text)


@cache
def aliases_by_key() -> Mapping[str, GeoAlias]:
    """Aliases keyed by ``normalise_name`` of their name."""
    return MappingProxyType({normalise_name(a.name): a for a in aliases()})
