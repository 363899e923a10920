"""Cell values: ISO dates, years, comparison keys and text forms of record values.

What: small pure functions the normaliser uses to turn record values (ISO strings, years,
dataclasses) into typed cells and to compare values across documents.

Why: one value per cell, one type per column. An amendment's ``extends_to`` is an ISO date
or a year in the record; the tables split it into a date column and a year column. A string
that is not a valid date becomes null (and an ``errors`` row), never a wrong date.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any, Final

from pipeline.textnorm import plain_words

_YEAR: Final = re.compile(r"^\d{4}$")
_ISO_PREFIX: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_NUMERIC_DMY: Final = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ARTICLES: Final = frozenset({"le", "la", "les", "l"})


def iso_date(value: object) -> date | None:
    """The date of an ISO ``YYYY-MM-DD`` string (time part ignored), else ``None``."""
    if not isinstance(value, str):
        return None
    match = _ISO_PREFIX.match(value.strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def date_and_year(value: object) -> tuple[date | None, int | None]:
    """Split "ISO date or year" into (date or None, year or None): 2022 -> (None, 2022)."""
    if isinstance(value, bool) or value is None:
        return None, None
    if isinstance(value, int):
        return None, value if 1000 <= value <= 9999 else None
    if isinstance(value, str) and _YEAR.match(value.strip()):
        return None, int(value.strip())
    day = iso_date(value)
    return day, day.year if day else None


def page_date(raw: str | None) -> date | None:
    """A web page's publication or update date from its raw metadata string.

    ISO forms ("2022-03-10T09:00:00+01:00") and numeric day-first forms ("10/03/2022",
    "10.03.2022") are read here; written French forms ("10 mars 2022") go to dateparser,
    which knows the month names. Anything else gives ``None``.
    """
    if not raw or not raw.strip():
        return None
    text = raw.strip()
    found = iso_date(text)
    if found:
        return found
    match = _NUMERIC_DMY.match(text)
    if match:
        try:
            return date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return None
    return _parse_french_date(text)


def _parse_french_date(text: str) -> date | None:
    """Full, absolute French dates only (day, month and year written). Relative phrases
    ("hier", "il y a 2 jours") give ``None``: their date would depend on the day of the run."""
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["fr"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "DATE_ORDER": "DMY",
            "PARSERS": ["absolute-time"],
        },
    )
    return parsed.date() if parsed else None


def fold(value: object) -> str:
    """Case-, accent- and punctuation-insensitive form used to compare values."""
    return plain_words(value)


def fold_name(value: str) -> str:
    """``fold`` without leading articles: "L'Agence régionale" -> "agence regionale"."""
    tokens = fold(value).split()
    while len(tokens) > 1 and tokens[0] in _ARTICLES:
        tokens.pop(0)
    return " ".join(tokens)


def slug(value: str, limit: int = 48) -> str:
    """A lowercase ASCII slug with dashes, cut at a word boundary within ``limit``."""
    words = fold(value).split()
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or (words[0][:limit] if words else "x")


def as_text(value: Any) -> str:
    """The text of a value for the ``evidence``/``conflicts`` value columns.

    Strings as they are, numbers in digits, dataclasses with ``to_dict`` and dicts as JSON
    objects, lists as JSON arrays (keys sorted, non-ASCII kept).
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True)


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
