"""Day-precise dates in French (extractors/generic/dates.py: find_dates, complete_year).

Only a day with its month is a date ("5 ans", "décembre 2021", "2023-2028", phone numbers
and fiche numbers are not); a year-less date takes the year that fits the publication
date and its weekday.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest

from extractors.generic.dates import complete_year, dateline_date, find_dates, issue_month_end
from pipeline.text.plain import read_text


def _id(value: object) -> str | None:
    """An ASCII test id for a French phrase (other values keep pytest's default id)."""
    if not isinstance(value, str):
        return None
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())[:8]) or "empty"


# (day, month, year or None, weekday 0=lundi or None)
Parts = tuple[int, int, int | None, int | None]

FOUND = [
    ("Le contrat a été signé le 11 juillet 2017.", [(11, 7, 2017, None)]),
    ("Signature le 1er mars 2022 en mairie.", [(1, 3, 2022, None)]),
    ("Le mardi 28 janvier, l'ARS et les communautés ont signé.", [(28, 1, None, 1)]),
    ("Jeudi 25 avril 2019, à Langeac.", [(25, 4, 2019, 3)]),
    ("Signé à Dinan le 14/01/2020.", [(14, 1, 2020, None)]),
    ("02.10.2019", [(2, 10, 2019, None)]),
    ("prolongé jusqu'au 31/12/2025", [(31, 12, 2025, None)]),
    ("Réunion du 12 févr. 2024 à 14 h.", [(12, 2, 2024, None)]),
    ("le 3 août 2023", [(3, 8, 2023, None)]),
    ("le 3 aout 2023", [(3, 8, 2023, None)]),
    ("le 12 septembre dernier", [(12, 9, None, None)]),
    ("le 20 DÉCEMBRE 2024", [(20, 12, 2024, None)]),
    (
        "Délibérations des 14 décembre 2017 et 18 décembre 2017.",
        [(14, 12, 2017, None), (18, 12, 2017, None)],
    ),
    ("Ateliers du 1er au 3 juin 2023.", [(3, 6, 2023, None)]),
    # Not day-precise dates.
    ("Le contrat est conclu pour 5 ans.", []),
    ("Il court sur 5 ans à compter de 2023.", []),
    ("Le contrat a été signé en décembre 2021.", []),
    ("Contrat local de santé 2023-2028", []),
    ("Fiche-action 2.3 : développer la télémédecine", []),
    ("Contact : 05 36 49 20 14", []),
    ("Le territoire compte 37 000 habitants.", []),
    ("Une enveloppe de 10 000 € par an.", []),
    ("le 32 janvier 2020", []),
    ("version 1.2.3 du document", []),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=_id)
def test_find_dates(text: str, expected: list[Parts]) -> None:
    got = [(m.day, m.month, m.year, m.weekday) for m in find_dates(text)]
    assert got == expected


def test_find_dates_offsets() -> None:
    text = "Signé le 11 juillet 2017."
    (mention,) = find_dates(text, offset=100)
    assert text[mention.start - 100 : mention.end - 100] == "11 juillet 2017"


COMPLETED = [
    pytest.param(
        "mardi 28 janvier", [], date(2025, 2, 7), date(2025, 1, 28), id="before-publication"
    ),
    pytest.param("mercredi 2 octobre", [], date(2019, 10, 2), date(2019, 10, 2), id="same-day"),
    pytest.param(
        "jeudi 14 décembre", [], date(2024, 1, 15), date(2023, 12, 14), id="previous-year"
    ),
    pytest.param("lundi 3 juillet", [2023, 2028], None, date(2023, 7, 3), id="from-contract-years"),
    pytest.param(
        "vendredi 28 janvier", [2022], date(2025, 2, 7), date(2022, 1, 28), id="weekday-picks"
    ),
    pytest.param("3 juillet", [], date(2024, 5, 10), date(2023, 7, 3), id="not-after-publication"),
    pytest.param("29 février", [], date(2025, 3, 1), date(2024, 2, 29), id="leap-day"),
    pytest.param("28 janvier 2020", [2025], date(2025, 2, 7), date(2020, 1, 28), id="has-year"),
    pytest.param("samedi 28 janvier", [], date(2025, 2, 7), None, id="no-year-fits-weekday"),
]


@pytest.mark.parametrize(("text", "candidates", "before", "expected"), COMPLETED)
def test_complete_year(
    text: str, candidates: list[int], before: date | None, expected: date | None
) -> None:
    (mention,) = find_dates(text)
    assert complete_year(mention, candidates, before) == expected


DATELINES = [
    pytest.param(
        "L'ÉCHO DU BOCAGE – samedi 12 avril 2025 – Édition de l'Orne",
        date(2025, 4, 12),
        id="masthead",
    ),
    pytest.param("Pays de Vire | 3 février 2024 | Santé", date(2024, 2, 3), id="bars"),
    pytest.param(
        "Signature du contrat le 3 février 2024 à Vire", None, id="sentence-is-no-dateline"
    ),
    pytest.param("Bulletin – février 2024", None, id="month-is-no-day"),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_dateline_date(text: str, expected: date | None) -> None:
    assert dateline_date(text) == expected


ISSUES = [
    pytest.param(
        "Le Trait d'union n° 12 – mars 2021 – Commune\nÉdito", date(2021, 3, 31), id="issue"
    ),
    pytest.param("Le Mag · décembre 2023\nÉdito", date(2023, 12, 31), id="december"),
    pytest.param("Le contrat signé en mars 2021\nÉdito", None, id="sentence-is-no-issue"),
]


@pytest.mark.parametrize(("text", "expected"), ISSUES)
def test_issue_month_end(text: str, expected: date | None) -> None:
    assert issue_month_end(read_text(text, "t", "t")) == expected


def _matched_names(items: list[tuple[object, object]]) -> list[str]:
    """Every string a pattern of literals, classes of letters and alternatives matches."""
    from re import _constants as sre  # type: ignore[attr-defined]

    out = [""]
    for op, av in items:
        if op is sre.LITERAL:
            alternatives = [chr(av)]  # type: ignore[arg-type]
        elif op is sre.IN:
            assert all(o is sre.LITERAL for o, _ in av), av  # type: ignore[attr-defined]
            alternatives = [chr(a) for _, a in av]  # type: ignore[attr-defined]
        elif op is sre.BRANCH:
            alternatives = [s for b in av[1] for s in _matched_names(b)]  # type: ignore[index]
        else:
            assert op is sre.SUBPATTERN, op
            alternatives = _matched_names(av[3])  # type: ignore[index]
        out = [a + b for a in out for b in alternatives]
    return out


def test_month_numbers_are_dateparsers() -> None:
    """The month table answers as dateparser does, for every month name the patterns match."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    import dateparser

    from extractors.generic import dates

    names = {n.lower().rstrip(".") for n in _matched_names(list(sre_parse.parse(dates._MONTH)))}
    assert names == set(dates._MONTH_NUMBERS)
    for name in sorted(names):
        parsed = dateparser.parse(
            f"1 {name} 2000",
            languages=["fr"],
            settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY"},
        )
        assert parsed is not None and parsed.month == dates._MONTH_NUMBERS[name], name
