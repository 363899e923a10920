"""Tests for the committed geography tables (pipeline/geo/data) and their loader.

The tables are built by scripts/build_geography.py from the @etalab/decoupage-administratif npm
package; when GEO_SOURCE_DIR points at an installed copy of it, the build is also checked to be
reproducible byte for byte.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # lets the tests run without installing the project
    sys.path.insert(0, str(ROOT))

from pipeline import geo  # noqa: E402

GEO_DIR = ROOT / "pipeline" / "geo" / "data"
CSV_FILES = ("regions.csv", "departements.csv", "epci.csv", "communes.csv")
GEO_SOURCE_DIR = os.environ.get("GEO_SOURCE_DIR", "")


def read_rows(name: str) -> list[dict[str, str]]:
    """Parse one committed CSV file."""
    content = (GEO_DIR / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(content, newline="")))


def duplicates(values: list[str]) -> list[str]:
    """Return the values that occur more than once."""
    return [value for value, count in Counter(values).items() if count > 1]


# --- the files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CSV_FILES)
def test_csv_parses_and_is_sorted_utf8_lf(name: str) -> None:
    raw = (GEO_DIR / name).read_bytes()
    assert b"\r" not in raw
    assert raw.endswith(b"\n")
    rows = read_rows(name)
    assert rows
    first_column = next(iter(rows[0]))
    keys = [row[first_column] for row in rows]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("regions.csv", "code"),
        ("departements.csv", "code"),
        ("epci.csv", "siren"),
        ("communes.csv", "insee"),
    ],
)
def test_codes_are_unique(name: str, column: str) -> None:
    assert duplicates([row[column] for row in read_rows(name)]) == []


def test_communes_file_is_compact() -> None:
    assert (GEO_DIR / "communes.csv").stat().st_size <= 2_600_000


def test_every_departement_region_exists() -> None:
    regions = {row["code"] for row in read_rows("regions.csv")}
    missing = [r["code"] for r in read_rows("departements.csv") if r["region_code"] not in regions]
    assert missing == []


def test_every_commune_departement_exists() -> None:
    departements = {row["code"] for row in read_rows("departements.csv")}
    missing = [
        c["insee"] for c in read_rows("communes.csv") if c["departement_code"] not in departements
    ]
    assert missing == []


def test_every_commune_epci_exists() -> None:
    sirens = {row["siren"] for row in read_rows("epci.csv")}
    missing = [
        c["insee"]
        for c in read_rows("communes.csv")
        if c["epci_siren"] and c["epci_siren"] not in sirens
    ]
    assert missing == []


def test_every_epci_has_members_and_known_departements() -> None:
    members = Counter(c["epci_siren"] for c in read_rows("communes.csv") if c["epci_siren"])
    departements = {row["code"] for row in read_rows("departements.csv")}
    for epci in read_rows("epci.csv"):
        assert members[epci["siren"]] > 0, epci["name"]
        assert set(epci["departement_codes"].split(";")) <= departements, epci["name"]


def test_vintage() -> None:
    assert geo.VINTAGE.package == "@etalab/decoupage-administratif"
    assert geo.VINTAGE.version
    assert geo.vintage() == geo.VINTAGE


# --- the loader -----------------------------------------------------------------------------------


def test_normalise_name() -> None:
    assert geo.normalise_name("Saint-Étienne") == "saint etienne"
    assert geo.normalise_name("  ST  ETIENNE ") == "saint etienne"
    assert geo.normalise_name("Provence-Alpes-Côte d’Azur") == "provence alpes cote d azur"
    assert geo.normalise_name("Cœuvres-et-Valsery") == "coeuvres et valsery"
    assert geo.normalise_name("Ste-Marie") == "sainte marie"


def test_departement_by_code_forms() -> None:
    ille = geo.departement_by_code("35")
    assert ille is not None
    assert ille.name == "Ille-et-Vilaine"
    assert ille.region_code == "53"
    assert geo.departement_by_code(35) == ille
    assert geo.departement_by_code(" 35 ") == ille
    assert geo.departement_by_code(1) == geo.departement_by_code("01")
    assert geo.departement_by_code("99") is None


def test_region_of_ille_et_vilaine_is_bretagne() -> None:
    region = geo.region_by_code("53")
    assert region is not None
    assert region.name == "Bretagne"
    assert geo.region_by_name("bretagne") == region


def test_overseas_and_corse() -> None:
    guadeloupe = geo.departement_by_code(971)
    assert guadeloupe is not None
    assert guadeloupe.name == "Guadeloupe"
    region = geo.region_by_code(guadeloupe.region_code)
    assert region is not None
    assert region.name == "Guadeloupe"
    corse_du_sud = geo.departement_by_code("2a")
    assert corse_du_sud is not None
    assert corse_du_sud.name == "Corse-du-Sud"
    assert corse_du_sud == geo.departement_by_code("2A")
    reunion = geo.region_by_name("la reunion")
    assert reunion is not None
    assert reunion.zone == "drom"


def test_region_by_name_is_insensitive_but_has_no_aliases() -> None:
    paca = geo.region_by_name("PROVENCE ALPES COTE D'AZUR")
    assert paca is not None
    assert paca.name == "Provence-Alpes-Côte d'Azur"
    assert geo.region_by_name("Île-de-France") == geo.region_by_name("ile de france")
    assert geo.region_by_name("Paca") is None
    assert geo.region_by_name("PACA") is None


def test_departement_by_name() -> None:
    ille = geo.departement_by_name("ille et vilaine")
    assert ille is not None
    assert ille.code == "35"
    assert geo.departement_by_name("Côtes-d'Armor") == geo.departement_by_code("22")


def test_communes_by_name() -> None:
    reims = geo.communes_by_name("Reims")
    assert [c.insee for c in reims] == ["51454"]
    assert reims[0].departement_code == "51"
    assert reims[0].epci_siren is not None
    assert geo.commune_by_insee("51454") == reims[0]


def test_communes_by_name_returns_homonyms_and_filters_by_departement() -> None:
    homonyms = geo.communes_by_name("Saint-Denis")
    assert len(homonyms) > 1
    assert [c.insee for c in homonyms] == sorted(c.insee for c in homonyms)
    in_93 = geo.communes_by_name("st denis", dep=93)
    assert [c.departement_code for c in in_93] == ["93"]
    assert geo.communes_by_name("Nowhere-sur-Rien") == ()


def test_commune_by_insee() -> None:
    ajaccio = geo.commune_by_insee("2A004")
    assert ajaccio is not None
    assert ajaccio.name == "Ajaccio"
    assert ajaccio.region_code == "94"
    assert geo.commune_by_insee(1001) == geo.commune_by_insee("01001")
    assert geo.commune_by_insee("00000") is None


def test_big_cities_are_single_communes() -> None:
    for insee, name in [("75056", "Paris"), ("69123", "Lyon"), ("13055", "Marseille")]:
        commune = geo.commune_by_insee(insee)
        assert commune is not None
        assert commune.name == name
        assert commune.epci_siren is not None
    assert geo.commune_by_insee("75101") is None  # municipal arrondissements are left out


def test_epci_by_name() -> None:
    rennes = geo.epci_by_name("Rennes Métropole")
    assert rennes is not None
    assert rennes.type == "METRO"
    assert rennes.departement_codes == ("35",)
    assert geo.epci_by_siren(rennes.siren) == rennes
    rennes_commune = geo.communes_by_name("Rennes", dep=35)
    assert [c.epci_siren for c in rennes_commune] == [rennes.siren]


def test_epci_by_name_tolerates_long_and_short_forms() -> None:
    short = geo.epci_by_name("CC du Pays de Nay")
    assert short is not None
    assert geo.epci_by_name("Communauté de communes du Pays de Nay") == short
    assert geo.epci_by_name("communaute de communes du pays de nay") == short
    assert geo.epci_by_name("CC Pays de Nay") == short
    reims = geo.epci_by_name("Communauté urbaine du Grand Reims")
    assert reims is not None
    assert reims.type == "CU"
    avignon = geo.epci_by_name("Communauté d'agglomération du Grand Avignon")
    assert avignon is not None
    assert avignon.region_codes == ("76", "93")


def test_epci_by_name_ambiguity() -> None:
    assert geo.epci_by_name("CC des Quatre Rivières") is None
    assert len(geo.epcis_by_name("CC des Quatre Rivières")) == 2
    chosen = geo.epci_by_name("CC des Quatre Rivières", dep=70)
    assert chosen is not None
    assert chosen.departement_codes == ("70",)


def test_lyon_metropole() -> None:
    lyon = geo.epci_by_name("Métropole de Lyon")
    assert lyon is not None
    assert lyon.type == "MET69"


def test_results_are_frozen() -> None:
    region = geo.region_by_code("53")
    assert region is not None
    with pytest.raises(AttributeError):
        region.name = "x"  # type: ignore[misc]


# --- reproducibility ------------------------------------------------------------------------------


@pytest.mark.skipif(
    not GEO_SOURCE_DIR,
    reason="set GEO_SOURCE_DIR to an installed @etalab/decoupage-administratif "
    "(node_modules/@etalab/decoupage-administratif) to check the rebuild",
)
def test_rebuild_from_source_is_byte_identical(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build_geography.py"),
            GEO_SOURCE_DIR,
            "--out",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    committed = sorted(path.name for path in GEO_DIR.iterdir() if path.is_file())
    assert sorted(path.name for path in tmp_path.iterdir()) == committed
    for name in committed:
        assert (tmp_path / name).read_bytes() == (GEO_DIR / name).read_bytes(), name
