"""Publication and update dates of a web page, kept as metadata (not contract dates).

A page says when it was published or updated in its ``<meta>`` tags, in ``<time>``
elements, or in a date line or byline ("02.10.2019", "Mis à jour le 18/05/2018",
"Par Hélène Roux · Langogne, mardi 30 avril 2019"). Those dates go to
``Document.metadata`` as ISO dates (``published``, ``modified``) and their lines leave
the text, so that an extractor looking for a signature date does not take them for
one. A date inside a sentence of the article is never taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.text.words import load_vocab, vocab_alternation

if TYPE_CHECKING:
    from pipeline.text.dom import Element

_META_NAMES = {
    "published": (
        "article:published_time",
        "datePublished",
        "date",
        "dc.date",
        "DC.date.issued",
        "dcterms.created",
    ),
    "modified": ("article:modified_time", "dateModified", "last-modified", "dcterms.modified"),
}


@dataclass(frozen=True)
class _DatePatterns:
    date: re.Pattern[str]
    updated: re.Pattern[str]
    published: re.Pattern[str]
    months: dict[str, int]


@cache
def _patterns() -> _DatePatterns:
    dates = load_vocab("chrome")["dates"]
    months = {name: i for i, name in enumerate(dates["months"], 1)}
    month_names = "|".join(sorted(months, key=len, reverse=True))
    date = re.compile(
        r"(?P<iso>(?P<y1>\d{4})-(?P<m1>\d{2})-(?P<d1>\d{2}))"
        r"|(?P<num>\b(?P<d2>\d{1,2})[/.\-](?P<m2>\d{1,2})[/.\-](?P<y2>\d{4})\b)"
        rf"|(?P<txt>\b(?P<d3>\d{{1,2}})(?:er)?\s+(?P<m3>{month_names})\s+(?P<y3>\d{{4}})\b)",
        re.IGNORECASE,
    )
    updated = re.compile("|".join(re.escape(w) for w in dates["updated"]), re.IGNORECASE)
    published = re.compile("|".join(re.escape(w) for w in dates["published"]), re.IGNORECASE)
    return _DatePatterns(date, updated, published, months)


def _iso(match: re.Match[str], months: dict[str, int]) -> str | None:
    """The ISO form of a date match, or None when it is not a valid calendar date."""
    if match.group("iso"):
        year, month, day = int(match["y1"]), int(match["m1"]), int(match["d1"])
    elif match.group("num"):
        year, month, day = int(match["y2"]), int(match["m2"]), int(match["d2"])
    else:
        year, month, day = int(match["y3"]), months[match["m3"].lower()], int(match["d3"])
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def dates_in_line(text: str) -> dict[str, str]:
    """The ISO dates of a date line, as ``published`` or ``modified`` by the words before."""
    patterns = _patterns()
    found: dict[str, str] = {}
    last = 0
    for match in patterns.date.finditer(text):
        iso = _iso(match, patterns.months)
        if iso is None:
            continue
        before = text[last : match.start()]
        key = "modified" if patterns.updated.search(before) else "published"
        found.setdefault(key, iso)
        last = match.end()
    return found


def is_date_line(text: str) -> bool:
    """True for a short line that is only a page date ("02.10.2019", "Publié le …")."""
    line = " ".join(text.split())
    if len(line) > 60 or not dates_in_line(line):
        return False
    rest = _patterns().date.sub("", line)
    rest = _patterns().updated.sub("", rest)
    rest = _patterns().published.sub("", rest)
    return not _around_date().sub("", rest).strip()


@cache
def _around_date() -> re.Pattern[str]:
    """Signs and the words left around a page's date (``[dates] around_date``)."""
    words = vocab_alternation("chrome", "dates", "around_date")
    return re.compile(rf"[\W\d_]|\b(?:{words})\b", re.IGNORECASE)


def meta_contents(root: Element) -> dict[str, str]:
    """The content of every ``<meta>`` by its ``property`` or ``name`` (the first wins),
    read in one pass over the page."""
    found: dict[str, str] = {}
    for tag in root.iter("meta"):
        if not tag.get("content"):
            continue
        for attr in ("property", "name"):
            key = tag.get(attr)
            if key:
                found.setdefault(str(key).lower(), str(tag.get("content")))
    return found


def meta_dates(root: Element, contents: dict[str, str] | None = None) -> dict[str, str]:
    """Dates from ``<meta>`` tags, in ISO form when they can be read."""
    metas = meta_contents(root) if contents is None else contents
    found: dict[str, str] = {}
    for key, names in _META_NAMES.items():
        value = next((metas[n.lower()] for n in names if n.lower() in metas), None)
        if value:
            found[key] = dates_in_line(value).get("published", value)
    return found


def time_dates(tag: Element) -> dict[str, str]:
    """Dates of the ``<time>`` elements under a tag (their datetime, else their text)."""
    found: dict[str, str] = {}
    for time_tag in tag.iterdescendants("time"):
        text = " ".join(s.strip() for s in time_tag.itertext() if s.strip())
        value = str(time_tag.get("datetime") or text)
        for key, iso in dates_in_line(value).items():
            found.setdefault(key, iso)
    return found


@cache
def _byline() -> re.Pattern[str]:
    """ "Par" and a person's first and last names, at a line's start or after a separator."""
    by = vocab_alternation("chrome", "dates", "byline")
    return re.compile(rf"(?:^|[·—–\-|,]\s*)(?i:{by})\s+[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý]")


def is_dateline_text(text: str) -> bool:
    """True for a date line or a byline with a date ("Par X · Ville, 30 avril 2019")."""
    line = " ".join(text.split())
    if is_date_line(line):
        return True
    if len(line.split()) > 16 or not dates_in_line(line):
        return False
    return bool(_byline().search(line)) or _opens_with_page_date(line)


_NEAR = 6  # characters between "Publié" and its date ("Publié le 2 mars 2020")


def _opens_with_page_date(line: str) -> bool:
    """A short line opening with a publication or update word and its date ("Publié le 2
    mars 2020 par la rédaction | Temps de lecture : 3 min"): the page's date line, whatever
    follows it on the line."""
    patterns = _patterns()
    word = patterns.published.match(line) or patterns.updated.match(line)
    if word is None:
        return False
    found = patterns.date.search(line, word.end())
    return found is not None and found.start() - word.end() <= _NEAR
