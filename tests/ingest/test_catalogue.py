"""The national catalogue itself (data/sources/catalogue.csv): its file format, its URLs,
its coverage of every région, and every territory code checked against the official
geography (pipeline/geo/data) and against the other codes of its row.

Each test gathers every offending row, so that one failure lists all the rows to fix.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline import geo
from pipeline.ingest.catalogue import (
    COLUMNS,
    LISTING_KINDS,
    CatalogueEntry,
    CatalogueError,
    parse_catalogue,
    read_catalogue,
    url_key,
)

CATALOGUE = Path(__file__).resolve().parents[2] / "data" / "sources" / "catalogue.csv"
MIN_ENTRIES = 150
# The 18 régions of France: 13 in metropolitan France, 5 overseas (DROM).
REGION_CODES = frozenset(
    {"01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75"}
    | {"76", "84", "93", "94"}
)
# Overseas collectivités that INSEE attaches to no région, and the région whose ARS
# covers them: the catalogue files them under that région (ARS Guadeloupe, Saint-Martin
# et Saint-Barthélemy signs their CLS).
ARS_REGION_OF_COLLECTIVITE = {"977": "01", "978": "01"}
# Only a page about a whole région may leave departement_code empty.
REGION_WIDE_PAGE_KINDS = frozenset({"ars_listing", "ars_page"})
# Communes renamed or merged since the page was written: name on the page -> official.
RENAMED_COMMUNES = {
    "Saint-Ouen": "Saint-Ouen-sur-Seine",
    "Évry et Courcouronnes": "Évry-Courcouronnes",
}
# Words that name no EPCI in particular, ignored when comparing EPCI names.
GENERIC_NAME_WORDS = frozenset(
    [
        "communaute",
        "communautes",
        "communes",
        "commune",
        "agglomeration",
        "agglo",
        "metropole",
        "urbaine",
        "pays",
        "grand",
        "territoire",
        "cc",
        "ca",
        "cu",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "et",
        "sur",
        "en",
    ]
)


@pytest.fixture(scope="module")
def entries() -> list[CatalogueEntry]:
    """The catalogue as the pipeline reads it."""
    return read_catalogue(CATALOGUE)


def offenders(entries: list[CatalogueEntry], problem: dict[str, str | None]) -> list[str]:
    """'url: problem' for each entry whose problem is not None (problem keyed by URL)."""
    return [f"{e.url}: {problem[e.url]}" for e in entries if problem.get(e.url)]


# --- the file -----------------------------------------------------------------------


def test_file_is_utf8_lf_with_the_exact_header() -> None:
    raw = CATALOGUE.read_bytes()
    assert b"\r" not in raw and raw.endswith(b"\n")
    header = raw.decode("utf-8").splitlines()[0]
    assert tuple(header.split(",")) == COLUMNS


def test_parses_with_enough_entries_sorted_by_region_then_url(
    entries: list[CatalogueEntry],
) -> None:
    assert len(entries) >= MIN_ENTRIES
    order = [(e.region_code, e.url) for e in entries]
    assert order == sorted(order)


def test_every_url_is_http_and_unique_also_once_normalised(entries: list[CatalogueEntry]) -> None:
    bad = [e.url for e in entries if not re.match(r"https?://[^/\s]+", e.url) or " " in e.url]
    assert bad == []
    raw = Counter(e.url for e in entries)
    assert [u for u, n in raw.items() if n > 1] == []
    keys = Counter(url_key(e.url) for e in entries)
    assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("https://www.ville.fr/cls/", "https://www.ville.fr/cls"),
        ("https://www.ville.fr/cls#signature", "https://www.ville.fr/cls"),
        ("http://ville.fr/cls", "https://www.ville.fr/cls"),
        ("https://WWW.Ville.FR/cls?id=3", "https://ville.fr/cls?id=3"),
    ],
)
def test_url_key_treats_these_spellings_as_one_url(first: str, second: str) -> None:
    assert url_key(first) == url_key(second)


def test_a_duplicate_url_is_refused_with_its_line() -> None:
    row = "https://ville.fr/cls,Ville,commune,,,35,53,press,2026-11-25,search:pages"
    text = ",".join(COLUMNS) + f"\n{row}\n{row.replace('https://', 'https://www.')}/\n"
    with pytest.raises(CatalogueError, match=r":3: same URL as line 2"):
        parse_catalogue(text)


def test_every_date_is_iso_and_every_row_says_how_it_was_found(
    entries: list[CatalogueEntry],
) -> None:
    assert [e.url for e in entries if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.catalogued_on)] == []
    assert [e.url for e in entries if not e.found_via] == []


# --- coverage -----------------------------------------------------------------------


def test_every_region_of_france_is_present_and_no_other(entries: list[CatalogueEntry]) -> None:
    official = {r.code for r in geo.regions() if r.zone in ("metro", "drom")}
    assert official == REGION_CODES
    assert {e.region_code for e in entries} == REGION_CODES


def test_listing_pages_are_present(entries: list[CatalogueEntry]) -> None:
    assert any(e.page_kind in LISTING_KINDS for e in entries)


# --- codes against the official geography ----------------------------------------------


def test_codes_exist_in_the_geography(entries: list[CatalogueEntry]) -> None:
    problem: dict[str, str | None] = {}
    for e in entries:
        missing = [
            label
            for label, code, found in (
                ("commune_insee", e.commune_insee, geo.commune_by_insee),
                ("epci_siren", e.epci_siren, geo.epci_by_siren),
                ("departement_code", e.departement_code, geo.departement_by_code),
                ("region_code", e.region_code, geo.region_by_code),
            )
            if code and found(code) is None
        ]
        problem[e.url] = f"unknown {', '.join(missing)}" if missing else None
    assert offenders(entries, problem) == []


def test_codes_agree_with_each_other(entries: list[CatalogueEntry]) -> None:
    """A commune lies in the given département, EPCI and région; an EPCI covers the given
    département and région; a département lies in the given région."""
    problem: dict[str, str | None] = {}
    for e in entries:
        found: list[str] = []
        commune = geo.commune_by_insee(e.commune_insee) if e.commune_insee else None
        if commune is not None:
            if e.departement_code and commune.departement_code != e.departement_code:
                found.append(f"commune {commune.name} is in {commune.departement_code}")
            if e.epci_siren and commune.epci_siren != e.epci_siren:
                found.append(f"commune {commune.name} belongs to EPCI {commune.epci_siren}")
        epci = geo.epci_by_siren(e.epci_siren) if e.epci_siren else None
        if epci is not None:
            if e.departement_code and e.departement_code not in epci.departement_codes:
                found.append(f"EPCI {epci.name} covers {epci.departement_codes}")
            if e.region_code not in epci.region_codes:
                found.append(f"EPCI {epci.name} lies in régions {epci.region_codes}")
        departement = geo.departement_by_code(e.departement_code) if e.departement_code else None
        if departement is not None:
            expected = ARS_REGION_OF_COLLECTIVITE.get(departement.code, departement.region_code)
            if e.region_code != expected:
                found.append(f"{departement.name} belongs to région {expected}")
        problem[e.url] = "; ".join(found) or None
    assert offenders(entries, problem) == []


def test_an_empty_departement_is_allowed_only_for_region_wide_ars_pages(
    entries: list[CatalogueEntry],
) -> None:
    """Every page is about a place in one département, except an ARS page (listing or
    news) about its whole région: territory_kind ``region``, page_kind ``ars_listing``
    or ``ars_page``. A page about two territories in two départements is filed under
    its région when it is an ARS page about the région, otherwise it is not catalogued."""
    problem: dict[str, str | None] = {
        e.url: f"empty departement_code on a {e.page_kind} page about a {e.territory_kind}"
        if not e.departement_code
        and not (e.territory_kind == "region" and e.page_kind in REGION_WIDE_PAGE_KINDS)
        else None
        for e in entries
    }
    assert offenders(entries, problem) == []


def test_territory_kinds_carry_their_codes(entries: list[CatalogueEntry]) -> None:
    """commune_insee only on commune rows, epci_siren only on EPCI rows; a région-wide row
    names no commune or EPCI."""
    problem: dict[str, str | None] = {}
    for e in entries:
        if e.commune_insee and e.territory_kind != "commune":
            problem[e.url] = f"commune_insee on a {e.territory_kind} row"
        elif e.epci_siren and e.territory_kind != "epci":
            problem[e.url] = f"epci_siren on a {e.territory_kind} row"
    assert offenders(entries, problem) == []


def test_codes_name_the_territory_of_the_row(entries: list[CatalogueEntry]) -> None:
    """The commune of commune_insee is the one the row names (or its current name); the
    EPCI of epci_siren shares a distinctive word with the row's territory."""
    problem: dict[str, str | None] = {}
    for e in entries:
        if e.commune_insee:
            commune = geo.commune_by_insee(e.commune_insee)
            named = geo.normalise_name(RENAMED_COMMUNES.get(e.territory, e.territory))
            if commune is not None and geo.normalise_name(commune.name) not in named:
                problem[e.url] = f"commune {commune.name} is not {e.territory!r}"
        if e.epci_siren:
            epci = geo.epci_by_siren(e.epci_siren)
            if epci is not None and not distinctive_words(epci.name) & distinctive_words(
                e.territory
            ):
                problem[e.url] = f"EPCI {epci.name} is not {e.territory!r}"
    assert offenders(entries, problem) == []


def distinctive_words(name: str) -> set[str]:
    """The words of a name that tell one territory from another."""
    words = set(geo.normalise_name(name).split()) - GENERIC_NAME_WORDS
    return {w for w in words if len(w) >= 3}


def test_catalogue_columns_are_exactly_what_the_readme_documents() -> None:
    readme = (CATALOGUE.parent / "README.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| `(\w+)` \|", readme, flags=re.MULTILINE)
    assert tuple(documented) == COLUMNS


def test_csv_module_and_reader_agree(entries: list[CatalogueEntry]) -> None:
    rows = list(csv.DictReader(io.StringIO(CATALOGUE.read_text(encoding="utf-8"), newline="")))
    assert [r["url"] for r in rows] == [e.url for e in entries]
