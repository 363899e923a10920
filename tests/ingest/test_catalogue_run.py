"""`cls-pipeline run --catalogue`: the national catalogue read as a sources file (its
URLs, territories passed on, listing pages marked), the default path, and the same tables
as `run CATALOGUE.csv`."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import cli
from pipeline.ingest.catalogue import COLUMNS, DEFAULT_CATALOGUE, read_catalogue
from pipeline.ingest.sources import resolve_batch
from pipeline.model import Listing

from .conftest import FixtureServer, page, static
from .test_batch import FAST, read_tables

ROOT = Path(__file__).resolve().parents[2]


def write_catalogue(path: Path, rows: list[dict[str, str]]) -> Path:
    """A catalogue file with the real columns; missing cells are empty."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in COLUMNS})
    return path


def entry(
    url: str, territory: str, page_kind: str = "collectivity_page", **codes: str
) -> dict[str, str]:
    """One catalogue row for a commune of Ille-et-Vilaine unless told otherwise."""
    return {
        "url": url,
        "territory": territory,
        "territory_kind": codes.pop("territory_kind", "commune"),
        "departement_code": codes.pop("departement_code", "35"),
        "region_code": codes.pop("region_code", "53"),
        "page_kind": page_kind,
        "catalogued_on": "2026-11-25",
        "found_via": "test",
        **codes,
    }


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, [*args, *FAST], catch_exceptions=False)


def test_the_shipped_catalogue_reads_as_sources_with_territories_and_listings() -> None:
    path = ROOT / DEFAULT_CATALOGUE
    entries = read_catalogue(path)
    sources = resolve_batch(str(path))
    assert [s.location for s in sources] == [e.url for e in entries]
    assert [s.territory for s in sources] == [e.territory for e in entries]
    listings = {s.location: s.listing for s in sources if s.listing is not None}
    assert set(listings) == {e.url for e in entries if e.is_listing}
    assert len(listings) >= 10
    brittany = "https://www.bretagne.ars.sante.fr/contrats-locaux-ou-territoriaux-de-sante"
    assert listings[brittany] == Listing("53", None)
    seine_saint_denis = next(e for e in entries if e.page_kind == "departement_listing")
    assert listings[seine_saint_denis.url] == Listing("11", "93")


def test_run_catalogue_uses_the_default_path_and_equals_run_with_the_file(
    tmp_path: Path, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = server.add("/cat/rennes.html", static(page("CLS de Rennes", "Rennes"), "text/html"))
    second = server.add("/cat/vitre.html", static(page("CLS de Vitré", "Vitré"), "text/html"))
    monkeypatch.chdir(tmp_path)
    write_catalogue(
        tmp_path / DEFAULT_CATALOGUE,
        [entry(first, "Rennes", commune_insee="35238"), entry(second, "Vitré")],
    )

    by_flag = invoke("run", "--catalogue", "--out", "out-flag", "--raw-dir", "raw")
    assert by_flag.exit_code == 0, by_flag.output
    assert "2 documents read" in by_flag.output
    by_path = invoke("run", "--catalogue", str(DEFAULT_CATALOGUE), "--out", "out-path")
    by_file = invoke("run", str(DEFAULT_CATALOGUE), "--out", "out-file", "--raw-dir", "raw")
    assert by_path.exit_code == by_file.exit_code == 0
    tables = read_tables(tmp_path / "out-flag")
    assert len(tables["documents"]) == 2
    assert read_tables(tmp_path / "out-path") == tables == read_tables(tmp_path / "out-file")


@pytest.mark.parametrize(
    "args",
    [["run"], ["run", "somewhere", "--catalogue", "data/sources/catalogue.csv"]],
    ids=["neither", "both"],
)
def test_sources_or_catalogue_exactly_one(args: list[str]) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "give SOURCES or --catalogue" in result.output


def test_a_catalogue_with_a_bad_row_is_a_usage_error_naming_the_line(tmp_path: Path) -> None:
    path = write_catalogue(
        tmp_path / "catalogue.csv",
        [entry("https://ville.fr/cls", "Ville"), entry("ftp://ville.fr/cls.pdf", "Ville")],
    )
    result = CliRunner().invoke(cli, ["run", "--catalogue", str(path), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "catalogue.csv:3: not an http(s) URL" in result.output
