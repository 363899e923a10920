"""Official French geography (régions, départements, EPCI, communes) with name/code lookups.

What: typed, read-only access to the CSV tables in ``pipeline/geo/data/``, which
``scripts/build_geography.py`` builds from the ``@etalab/decoupage-administratif`` npm package
(see ``VINTAGE`` for the exact version). Lookups by code are exact; lookups by name compare
``normalise_name`` forms, so case, accents, hyphens, apostrophes and "St"/"Saint" don't matter.

Why: extractors turn free-text territory names found in "Contrats Locaux de Santé" publications
into official codes. Tables are loaded lazily on first use and cached (``functools.cache``);
the caches hold immutable objects only (frozen dataclasses, tuples, read-only mappings).

Name lookups know no aliases: "Provence-Alpes-Cote-d'Azur" finds the région, "PACA" does not;
alias tables belong to the callers.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Final, TypeVar

from pipeline.textnorm import plain_words

__all__ = [
    "VINTAGE",
    "Commune",
    "Departement",
    "Epci",
    "Region",
    "Vintage",
    "commune_by_insee",
    "communes",
    "communes_by_name",
    "departement_by_code",
    "departement_by_name",
    "departements",
    "epci_by_name",
    "epci_by_siren",
    "epcis",
    "epcis_by_name",
    "normalise_departement_code",
    "normalise_epci_name",
    "normalise_name",
    "region_by_code",
    "region_by_name",
    "regions",
    "vintage",
]

_PACKAGE: Final = "pipeline.geo"
_DATA_DIR: Final = ("data",)

K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Region:
    """A région (or, for overseas collectivités, the collectivity itself; see ``zone``)."""

    code: str
    name: str
    chef_lieu: str | None
    zone: str  # "metro", "drom" or "com"


@dataclass(frozen=True, slots=True)
class Departement:
    """A département ("01".."95", "2A", "2B", "971".."976"; COM such as "987" too)."""

    code: str
    name: str
    region_code: str
    chef_lieu: str | None
    zone: str


@dataclass(frozen=True, slots=True)
class Commune:
    """A current commune (no communes déléguées/associées, no municipal arrondissements)."""

    insee: str
    name: str
    departement_code: str
    region_code: str
    epci_siren: str | None
    population: int | None


@dataclass(frozen=True, slots=True)
class Epci:
    """An EPCI à fiscalité propre; ``type`` is the source's: CC, CA, CU, METRO or MET69."""

    siren: str
    name: str
    type: str
    departement_codes: tuple[str, ...]
    region_codes: tuple[str, ...]
    population: int | None  # population municipale
    population_totale: int | None


@dataclass(frozen=True, slots=True)
class Vintage:
    """Which release of the source package the committed tables were built from."""

    package: str
    version: str
    millesime: str | None


# --- name normalisation -------------------------------------------------------------------------

_TOKEN_ALIASES: Final = MappingProxyType(
    {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
)


def normalise_name(name: str) -> str:
    """Return a comparison key for a place name.

    Lowercases, strips accents, expands ligatures, turns every non-alphanumeric character
    (hyphens, apostrophes, dots, commas...) into a space, collapses spaces and spells the
    abbreviations "St"/"Ste" as "saint"/"sainte": "Saint-Étienne", "ST ETIENNE" and
    "st-etienne" all give "saint etienne".
    """
    return " ".join(_TOKEN_ALIASES.get(token, token) for token in plain_words(name).split())


_EPCI_PREFIXES: Final = (
    ("communaute de communes ", "cc "),
    ("communaute d agglomeration ", "ca "),
    ("communaute urbaine ", "cu "),
)
_EPCI_TYPE_TOKENS: Final = frozenset({"cc", "ca", "cu"})
_LEADING_WORDS: Final = frozenset({"la", "le", "les", "l", "de", "du", "des", "d"})
_PARENTHESES: Final = re.compile(r"\([^)]*\)")


def normalise_epci_name(name: str) -> str:
    """Return the comparison key of an EPCI name: ``normalise_name`` form, parenthesised
    acronyms removed, and "Communauté de communes/d'agglomération/urbaine" shortened to
    "cc"/"ca"/"cu" as in the source ("Communauté de communes du Pays de Nay" -> "cc du pays de
    nay")."""
    key = normalise_name(_PARENTHESES.sub(" ", name))
    key = _strip_leading_words(key, frozenset({"la", "le", "l"}))
    for long_form, short_form in _EPCI_PREFIXES:
        if key.startswith(long_form):
            return short_form + key[len(long_form) :]
    return key


def _strip_leading_words(key: str, words: frozenset[str]) -> str:
    """Drop the leading tokens of ``key`` that are in ``words``."""
    tokens = key.split()
    while tokens and tokens[0] in words:
        tokens.pop(0)
    return " ".join(tokens)


def _epci_loose_key(key: str) -> str:
    """Drop the type token (cc/ca/cu) and leading articles from a ``normalise_epci_name`` key."""
    return _strip_leading_words(_strip_leading_words(key, _EPCI_TYPE_TOKENS), _LEADING_WORDS)


def _epci_type_of_key(key: str) -> str | None:
    """Return "CC"/"CA"/"CU" when a ``normalise_epci_name`` key starts with such a token."""
    first = key.split(" ", 1)[0]
    return first.upper() if first in _EPCI_TYPE_TOKENS else None


def normalise_departement_code(code: str | int) -> str:
    """Return the canonical form of a département code: 35 -> "35", "2a" -> "2A", 1 -> "01"."""
    value = str(code).strip().upper()
    return value.zfill(2) if value.isdigit() and len(value) < 2 else value


def _normalise_insee(code: str | int) -> str:
    """Return the canonical form of an INSEE commune code (5 characters, e.g. 1001 -> "01001")."""
    value = str(code).strip().upper()
    return value.zfill(5) if value.isdigit() else value


# --- loading --------------------------------------------------------------------------------------


def _read_text(name: str) -> str:
    """Read a data file shipped in ``pipeline/geo/data/``."""
    return files(_PACKAGE).joinpath(*_DATA_DIR, name).read_text(encoding="utf-8")


def _read_csv(name: str) -> tuple[dict[str, str], ...]:
    """Parse one of the geography CSV files into rows keyed by column name."""
    return tuple(csv.DictReader(io.StringIO(_read_text(name), newline="")))


def _optional(value: str | None) -> str | None:
    """Map an empty or missing cell to ``None``."""
    return value or None


def _optional_int(value: str | None) -> int | None:
    """Map a numeric cell to ``int`` and an empty or missing one to ``None``."""
    return int(value) if value else None


def _codes(value: str) -> tuple[str, ...]:
    """Split a ";"-joined list of codes."""
    return tuple(value.split(";")) if value else ()


def _index(items: Iterable[V], key: Callable[[V], K]) -> Mapping[K, V]:
    """Build a read-only mapping from unique keys to items."""
    return MappingProxyType({key(item): item for item in items})


def _group(items: Iterable[V], key: Callable[[V], K]) -> Mapping[K, tuple[V, ...]]:
    """Build a read-only mapping from keys to all the items sharing that key, in input order."""
    groups: dict[K, list[V]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return MappingProxyType({k: tuple(v) for k, v in groups.items()})


@cache
def vintage() -> Vintage:
    """Return the source package name, version and millésime of the committed tables."""
    meta = json.loads(_read_text("meta.json"))
    return Vintage(package=meta["package"], version=meta["version"], millesime=meta["millesime"])


@cache
def regions() -> tuple[Region, ...]:
    """Return every région (and overseas collectivity), sorted by code."""
    return tuple(
        Region(r["code"], r["name"], _optional(r.get("chef_lieu")), r.get("zone", ""))
        for r in _read_csv("regions.csv")
    )


@cache
def departements() -> tuple[Departement, ...]:
    """Return every département, sorted by code."""
    return tuple(
        Departement(
            r["code"], r["name"], r["region_code"], _optional(r.get("chef_lieu")), r.get("zone", "")
        )
        for r in _read_csv("departements.csv")
    )


@cache
def epcis() -> tuple[Epci, ...]:
    """Return every EPCI à fiscalité propre, sorted by SIREN."""
    return tuple(
        Epci(
            siren=r["siren"],
            name=r["name"],
            type=r["type"],
            departement_codes=_codes(r["departement_codes"]),
            region_codes=_codes(r["region_codes"]),
            population=_optional_int(r.get("population")),
            population_totale=_optional_int(r.get("population_totale")),
        )
        for r in _read_csv("epci.csv")
    )


@cache
def communes() -> tuple[Commune, ...]:
    """Return every current commune, sorted by INSEE code."""
    return tuple(
        Commune(
            insee=r["insee"],
            name=r["name"],
            departement_code=r["departement_code"],
            region_code=r.get("region_code") or r["departement_code"],
            epci_siren=_optional(r.get("epci_siren")),
            population=_optional_int(r.get("population")),
        )
        for r in _read_csv("communes.csv")
    )


@cache
def _regions_by_code() -> Mapping[str, Region]:
    return _index(regions(), lambda r: r.code)


@cache
def _regions_by_name() -> Mapping[str, Region]:
    return _index(regions(), lambda r: normalise_name(r.name))


@cache
def _departements_by_code() -> Mapping[str, Departement]:
    return _index(departements(), lambda d: d.code)


@cache
def _departements_by_name() -> Mapping[str, Departement]:
    return _index(departements(), lambda d: normalise_name(d.name))


@cache
def _communes_by_insee() -> Mapping[str, Commune]:
    return _index(communes(), lambda c: c.insee)


@cache
def _communes_by_name() -> Mapping[str, tuple[Commune, ...]]:
    return _group(communes(), lambda c: normalise_name(c.name))


@cache
def _epcis_by_siren() -> Mapping[str, Epci]:
    return _index(epcis(), lambda e: e.siren)


@cache
def _epcis_by_key() -> Mapping[str, tuple[Epci, ...]]:
    return _group(epcis(), lambda e: normalise_epci_name(e.name))


@cache
def _epcis_by_loose_key() -> Mapping[str, tuple[Epci, ...]]:
    return _group(epcis(), lambda e: _epci_loose_key(normalise_epci_name(e.name)))


# --- public lookups -------------------------------------------------------------------------------


def region_by_code(code: str | int) -> Region | None:
    """Return the région with this code ("53", "01", "975"...), or ``None``."""
    return _regions_by_code().get(normalise_departement_code(code))


def region_by_name(name: str) -> Region | None:
    """Return the région with this official name (compared with ``normalise_name``), or ``None``.

    Only official names match: "Provence-Alpes-Côte d'Azur" does, the alias "PACA" does not.
    """
    return _regions_by_name().get(normalise_name(name))


def departement_by_code(code: str | int) -> Departement | None:
    """Return the département with this code ("35", 35, "2A", "2a", "971", 971), or ``None``."""
    return _departements_by_code().get(normalise_departement_code(code))


def departement_by_name(name: str) -> Departement | None:
    """Return the département with this official name ("Ille et Vilaine" works), or ``None``."""
    return _departements_by_name().get(normalise_name(name))


def commune_by_insee(code: str | int) -> Commune | None:
    """Return the current commune with this INSEE code ("51454", "2A004"), or ``None``."""
    return _communes_by_insee().get(_normalise_insee(code))


def communes_by_name(name: str, dep: str | int | None = None) -> tuple[Commune, ...]:
    """Return every current commune with this name (homonyms included), sorted by INSEE code.

    ``dep`` restricts the result to one département (any form ``departement_by_code`` accepts).
    """
    found = _communes_by_name().get(normalise_name(name), ())
    if dep is None:
        return found
    dep_code = normalise_departement_code(dep)
    return tuple(c for c in found if c.departement_code == dep_code)


def epci_by_siren(siren: str | int) -> Epci | None:
    """Return the EPCI with this SIREN, or ``None``."""
    return _epcis_by_siren().get(str(siren).strip())


def epcis_by_name(name: str, dep: str | int | None = None) -> tuple[Epci, ...]:
    """Return the EPCI matching a name, sorted by SIREN (several when names collide).

    Names are compared with ``normalise_epci_name``, so "Communauté de communes du Pays de Nay"
    finds "CC du Pays de Nay". When nothing matches exactly, the names are compared again without
    the CC/CA/CU prefix and leading articles ("Pays de Nay", "CC Pays de Nay"), preferring EPCI
    of the type the query names, if any. ``dep`` keeps only EPCI present in that département.
    """
    key = normalise_epci_name(name)
    found = _epcis_by_key().get(key) or _loose_matches(key)
    if dep is None:
        return found
    dep_code = normalise_departement_code(dep)
    return tuple(e for e in found if dep_code in e.departement_codes)


def _loose_matches(key: str) -> tuple[Epci, ...]:
    """Match a key without its type prefix, keeping the queried type when that leaves any."""
    found = _epcis_by_loose_key().get(_epci_loose_key(key), ())
    wanted = _epci_type_of_key(key)
    same_type = tuple(e for e in found if e.type == wanted)
    return same_type or found


def epci_by_name(name: str, dep: str | int | None = None) -> Epci | None:
    """Return the single EPCI matching a name (see ``epcis_by_name``), ``None`` if none or
    ambiguous (e.g. two "CC des Quatre Rivières": pass ``dep`` to choose)."""
    found = epcis_by_name(name, dep)
    return found[0] if len(found) == 1 else None


VINTAGE: Final[Vintage] = vintage()
"""Source of the committed tables (package, version, millésime); read from ``meta.json``."""
