"""Cell values: dates, years, folded strings and slugs, as tables of (input, expected)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.model import Amendment, Organisation
from pipeline.tables.values import (
    as_text,
    date_and_year,
    fold,
    fold_name,
    iso_date,
    page_date,
    slug,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-07-11", date(2017, 7, 11)),
        ("2017-07-11T10:00:00+02:00", date(2017, 7, 11)),
        ("2022-02-30", None),
        ("11/07/2017", None),
        ("2017", None),
        (2017, None),
        (None, None),
    ],
)
def test_iso_date(value: object, expected: date | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-07-11", (date(2022, 7, 11), 2022)),
        (2025, (None, 2025)),
        ("2025", (None, 2025)),
        (None, (None, None)),
        ("fin 2025", (None, None)),
        (True, (None, None)),
    ],
)
def test_date_and_year(value: object, expected: tuple[date | None, int | None]) -> None:
    assert date_and_year(value) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022-03-10T09:00:00+01:00", date(2022, 3, 10)),
        ("10/03/2022", date(2022, 3, 10)),
        ("10.03.2022", date(2022, 3, 10)),
        ("10 mars 2022", date(2022, 3, 10)),
        ("1er février 2025", date(2025, 2, 1)),
        ("mardi 10 mars 2022", date(2022, 3, 10)),
        ("mars 2022", None),
        ("hier", None),
        ("il y a 2 jours", None),
        ("un jour", None),
        ("31/02/2022", None),
        ("", None),
        (None, None),
    ],
)
def test_page_date(raw: str | None, expected: date | None) -> None:
    assert page_date(raw) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ville de Reims", "ville de reims"),
        ("L’Agence Régionale de Santé", "l agence regionale de sante"),
        ("Île-de-France", "ile de france"),
    ],
)
def test_fold(value: str, expected: str) -> None:
    assert fold(value) == expected


def test_fold_name_drops_leading_articles_only() -> None:
    assert fold_name("L'Agence Régionale de Santé") == "agence regionale de sante"
    assert fold_name("La") == "la"


@pytest.mark.parametrize(
    ("value", "limit", "expected"),
    [
        ("Pays de Brocéliande", 48, "pays-de-broceliande"),
        ("Communauté de communes du Pays de Craon", 20, "communaute-de"),
        ("Anticonstitutionnellement", 10, "anticonsti"),
        ("", 10, "x"),
    ],
)
def test_slug(value: str, limit: int, expected: str) -> None:
    assert slug(value, limit) == expected


def test_as_text_is_plain_for_scalars_and_json_for_objects() -> None:
    assert as_text("Reims") == "Reims"
    assert as_text(2018) == "2018"
    assert (
        as_text(Amendment("2022-03-10", 2024)) == '{"extends_to": 2024, "signed_on": "2022-03-10"}'
    )
    org = Organisation("ARS Grand Est", "ARS", "Grand Est", "signatory")
    assert as_text([org]).startswith('[{"name": "ARS Grand Est"')
