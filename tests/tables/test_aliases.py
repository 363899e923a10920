"""The hand-written aliases agree with the generated official geography.

``pipeline/geo/aliases.csv`` is kept apart from the generated ``pipeline/geo/data/``;
these tests fail when an alias points to a code the generated data does not hold, or when
an alias contradicts what the official data says about the same name.
"""

from __future__ import annotations

import pytest

from pipeline import geo
from pipeline.tables.aliases import AliasError, GeoAlias, aliases, read_aliases
from pipeline.tables.geo_link import candidates

ALIASES = aliases()


def exists(level: str, code: str) -> bool:
    """Whether the generated data holds this unit."""
    lookups = {
        "commune": geo.commune_by_insee,
        "epci": geo.epci_by_siren,
        "departement": geo.departement_by_code,
        "region": geo.region_by_code,
    }
    return lookups[level](code) is not None


def test_there_are_aliases() -> None:
    assert len(ALIASES) >= 5


@pytest.mark.parametrize("alias", ALIASES, ids=lambda a: a.name)
def test_alias_points_to_an_existing_code(alias: GeoAlias) -> None:
    assert exists(alias.level, alias.code), f"{alias.name}: no {alias.level} {alias.code}"


@pytest.mark.parametrize("alias", ALIASES, ids=lambda a: a.name)
def test_alias_agrees_with_official_names(alias: GeoAlias) -> None:
    """An alias of relation 'is' for a name that official units also bear must choose one of
    them (it settles an ambiguity, it does not contradict the data)."""
    found = candidates(alias.name)
    if alias.relation == "is" and found:
        assert (alias.level, alias.code) in found


@pytest.mark.parametrize("alias", ALIASES, ids=lambda a: a.name)
def test_alias_says_why(alias: GeoAlias) -> None:
    assert alias.comment


def test_codes_named_in_comments_exist() -> None:
    """SIREN numbers cited in comments (members of a Pays) are real EPCI."""
    import re

    for alias in ALIASES:
        for siren in re.findall(r"\b\d{9}\b", alias.comment):
            assert geo.epci_by_siren(siren) is not None, (alias.name, siren)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,level,code,relation,comment\nX,canton,1,is,c\n", "unknown level"),
        ("name,level,code,relation,comment\nX,commune,51454,near,c\n", "relation"),
        (
            "name,level,code,relation,comment\nX,commune,51454,is,c\nx,commune,51454,is,c\n",
            "duplicate",
        ),
    ],
)
def test_malformed_alias_lines_are_errors(text: str, message: str) -> None:
    with pytest.raises(AliasError, match=message):
        read_aliases(text)
