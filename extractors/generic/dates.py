"""Dates in French text: find date spans by rule, parse them with dateparser.

dateparser is only ever given the short span a rule found (never a whole text, where it
would read "5 ans" as a date), with strict settings; a year-less date ("mardi 28
janvier") is completed from context and checked against its weekday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache

from extractors import vocab
from pipeline.model import Document

_WEEKDAYS = vocab.entries("dates", "weekdays")
_MONTH = vocab.alternation(vocab.words("dates", "months", bounded=False))
_WEEKDAY = vocab.alternation(vocab.words("dates", "weekdays", bounded=False))
DATE_RE = re.compile(
    rf"(?:(?P<wd>{_WEEKDAY})\s+)?(?P<day>1er|\d{{1,2}})\s+(?P<month>{_MONTH})(?![\w])"
    rf"(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
    rf"|(?<![\d/.])(?P<nd>\d{{1,2}})[/.](?P<nm>\d{{1,2}})[/.](?P<ny>(?:19|20)\d\d)(?![\d/]|\.\d)",
    re.IGNORECASE,
)
MONTH_YEAR_RE = re.compile(rf"(?<![\w])(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in the text: its span and parts (year may be missing)."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None

    def resolve(self, year: int) -> date | None:
        """The date in a given year, or None when impossible."""
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


@cache
def _dateparser_month(name: str) -> int | None:
    import dateparser

    parsed = dateparser.parse(
        f"1 {name} 2000",
        languages=["fr"],
        settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY"},
    )
    return parsed.month if parsed else None


def month_number(name: str) -> int | None:
    """The number (1-12) of a French month name or abbreviation ("février", "févr."),
    or None."""
    return _dateparser_month(name.lower().rstrip("."))


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Every day-precise date mention of a text (numeric or written).

    The signature and amendment extractors read every sentence's dates, so the dates
    of a text are found once (``_dates``, a bounded cache) and shifted.
    """
    found = _dates(text)
    if not offset:
        return list(found)
    return [replace(d, start=d.start + offset, end=d.end + offset) for d in found]


@lru_cache(maxsize=16384)
def _dates(text: str) -> tuple[DateMention, ...]:
    """``find_dates`` at offset 0, cached: sixteen thousand sentences, a few MiB."""
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text):
        year: int | None
        weekday: int | None
        if m.group("nd"):
            day, month, year = int(m.group("nd")), int(m.group("nm")), int(m.group("ny"))
            weekday = None
        else:
            day = 1 if m.group("day").lower() == "1er" else int(m.group("day"))
            month_num = _dateparser_month(m.group("month").lower().rstrip("."))
            if month_num is None:
                continue
            month = month_num
            year = int(m.group("year")) if m.group("year") else None
            weekday = _WEEKDAYS.index(m.group("wd").lower()) if m.group("wd") else None
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        out.append(DateMention(m.start(), m.end(), day, month, year, weekday))
    return tuple(out)


def complete_year(mention: DateMention, candidates: list[int], before: date | None) -> date | None:
    """Give a year-less date the candidate year that fits its weekday and the context.

    A date stated without a year in a publication is usually at or before the
    publication date, and its weekday, when written, must agree.
    """
    if mention.year is not None:
        return mention.resolve(mention.year)
    years = list(dict.fromkeys(candidates))
    if before is not None:
        years = [before.year, before.year - 1, *years]
    best: date | None = None
    for year in years:
        day = mention.resolve(year)
        if day is None:
            continue
        if mention.weekday is not None and day.weekday() != mention.weekday:
            continue
        if before is not None and day > before:
            continue
        if best is None or (before is not None and day > best):
            best = day
        if before is None:
            return day
    return best


def page_date(doc: Document) -> date | None:
    """The publication date of the page: metadata, a date line near the top, or None."""
    for key in ("published", "modified"):
        raw = doc.metadata.get(key)
        if raw:
            iso = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", raw)
            if iso:
                return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            found = [d for d in find_dates(raw) if d.year]
            if found and (day := found[0].resolve(found[0].year or 0)):
                return day
    for block in doc.blocks[:15]:
        if len(block.text) > 60:
            continue
        found = [d for d in find_dates(block.text) if d.year]
        if found and (day := found[0].resolve(found[0].year or 0)):
            return day
    return None
