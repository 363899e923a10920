"""French number words (extractors/generic/numbers.py: parse_number).

A count in a CLS publication is written in digits or in words ("trente-quatre actions",
"vingt et une fiches"); anything that is not a whole number expression gives None.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from extractors.generic.numbers import parse_number


def _id(value: object) -> str | None:
    """An ASCII test id for a French phrase (other values keep pytest's default id)."""
    if not isinstance(value, str):
        return None
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())[:8]) or "empty"


NUMBERS = [
    ("27", 27),
    ("  8 ", 8),
    ("2024", 2024),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("Treize", 13),
    ("DOUZE", 12),
    ("seize", 16),
    ("dix-sept", 17),
    ("dix-neuf", 19),
    ("vingt", 20),
    ("vingt et un", 21),
    ("vingt-et-un", 21),
    ("vingt et une", 21),
    ("vingt-deux", 22),
    ("trente-quatre", 34),
    ("quarante-deux", 42),
    ("cinquante", 50),
    ("cinquante-neuf", 59),
    ("soixante", 60),
    ("soixante-dix", 70),
    ("soixante et onze", 71),
    ("soixante-quinze", 75),
    ("quatre-vingts", 80),
    ("quatre-vingt-deux", 82),
    ("quatre-vingt-dix-neuf", 99),
    ("cent", 100),
    ("cent dix", 110),
    ("deux cents", 200),
    ("trois cent cinquante", 350),
    ("mille", 1000),
    ("deux mille vingt-quatre", 2024),
    # Not whole-number expressions.
    ("", None),
    ("vingtaine", None),
    ("une vingtaine", None),
    ("dixième", None),
    ("troisième", None),
    ("5e", None),
    ("2.3", None),
    ("trois ans", None),
    ("et", None),
    ("actions", None),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS, ids=_id)
def test_parse_number(text: str, expected: int | None) -> None:
    assert parse_number(text) == expected
