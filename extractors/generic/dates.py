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
from extractors.gate import TextCheck
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


# dateparser's answers for the month names the vocabulary's patterns match, lower case
# without the abbreviation's point (tests/extractors/test_dates.py checks each against
# dateparser and that none is missing): its first call costs a third of a second in every
# process, for these. Any other name is still asked of dateparser.
_MONTH_NUMBERS = {
    **dict.fromkeys(("janvier", "janv"), 1),
    **dict.fromkeys(("février", "fevrier", "févr", "fevr", "fév", "fev"), 2),
    "mars": 3,
    **dict.fromkeys(("avril", "avr"), 4),
    "mai": 5,
    "juin": 6,
    **dict.fromkeys(("juillet", "juil"), 7),
    **dict.fromkeys(("août", "aout"), 8),
    **dict.fromkeys(("septembre", "sept"), 9),
    **dict.fromkeys(("octobre", "oct"), 10),
    **dict.fromkeys(("novembre", "nov"), 11),
    **dict.fromkeys(("décembre", "decembre", "déc", "dec"), 12),
}


@cache
def _dateparser_month(name: str) -> int | None:
    known = _MONTH_NUMBERS.get(name)
    if known is not None:
        return known
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
    if not TextCheck(text).may_match(DATE_RE):
        return ()  # no digit: no date (extractors.gate)
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


_SEGMENT_CUT = re.compile(r"\s+[-–—|·•]\s+")
_DATELINE_MAX = 120
"""A masthead or dateline longer than this is a sentence, not a line of segments."""


def _segments(text: str) -> list[str]:
    """The segments of a masthead or dateline, cut at dashes, bars and middle dots
    ("LE JOURNAL – lundi 3 juin 2024 – Édition de l'Ain")."""
    if len(text) > _DATELINE_MAX:
        return []
    return [s.strip(" ,") for s in _SEGMENT_CUT.split(text.strip())]


def _whole(match: re.Match[str] | DateMention | None, segment: str) -> bool:
    if match is None:
        return False
    start, end = (match.start, match.end) if isinstance(match, DateMention) else match.span()
    return not segment[:start].strip() and not segment[end:].strip(" .")


def dateline_date(text: str) -> date | None:
    """The day a newspaper's masthead or a dateline states as one of its segments ("LE
    COURRIER DU VAL – mardi 4 mars 2025 – Édition du Nord"): a press article's own date,
    written apart from its sentences."""
    for segment in _segments(text):
        found = [d for d in find_dates(segment) if d.year]
        if len(found) == 1 and _whole(found[0], segment):
            return found[0].resolve(found[0].year or 0)
    return None


def issue_month_end(doc: Document) -> date | None:
    """The last day of the month a periodical's issue is dated by ("Le Mag n° 12 – mars
    2021" in its title or masthead): a bulletin, a magazine or a newsletter is dated by
    its month, and what it reports happened before that month ended."""
    lines = [doc.metadata.get("title", "")] + [b.text for b in doc.blocks[:5]]
    for line in lines:
        for segment in _segments(line):
            found = MONTH_YEAR_RE.search(segment)
            if found is None or not _whole(found, segment):
                continue
            month = month_number(found.group("month"))
            if month is None:
                continue
            year = int(found.group("year"))
            after = date(year + (month == 12), month % 12 + 1, 1)
            return date.fromordinal(after.toordinal() - 1)
    return None


def page_date(doc: Document) -> date | None:
    """The publication date of the page: metadata, a date line near the top (or a
    segment of a masthead, ``dateline_date``), or None."""
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
    for block in doc.blocks[:3]:
        if day := dateline_date(block.text):
            return day
    return None
