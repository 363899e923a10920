"""The national catalogue of CLS publications (``data/sources/catalogue.csv``) as sources.

What: ``parse_catalogue`` reads the catalogue into ``CatalogueEntry`` records with
declared columns; a missing or unknown column, an unknown page or territory kind, a URL
that is not http(s) or a duplicate URL is a ``CatalogueError`` naming the line.
``catalogue_sources`` turns the entries into batch sources: the URL, the territory as
hint, and, for pages that list many CLS (``ars_listing``, ``departement_listing``), the
area whose territories their links may name (``Listing``). ``url_key`` is the form under
which two spellings of one address count as the same URL.

Why: the catalogue is the input of the national run (``run --catalogue``) and of the
watch; one reader keeps both, and the catalogue's own test, on the same columns.
Checking the codes against the official geography is the test's job, not the reader's:
a run should not refuse a catalogue because a SIREN went stale.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, fields
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

from pipeline.errors import SourceError
from pipeline.model import Listing, Source

DEFAULT_CATALOGUE = Path("data/sources/catalogue.csv")
PAGE_KINDS = frozenset(
    {
        "collectivity_page",
        "ars_page",
        "ars_listing",
        "departement_listing",
        "press",
        "pdf_contract",
        "other",
    }
)
LISTING_KINDS = frozenset({"ars_listing", "departement_listing"})
TERRITORY_KINDS = frozenset({"commune", "epci", "pays", "departement", "region", "other"})


class CatalogueError(SourceError):
    """A catalogue this version cannot read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One catalogued page: where it is, which territory it is about, what kind it is.

    Codes are INSEE/SIREN codes as text (empty when not applicable, see
    ``data/sources/README.md``).
    """

    url: str
    territory: str
    territory_kind: str
    commune_insee: str
    epci_siren: str
    departement_code: str
    region_code: str
    page_kind: str
    catalogued_on: str
    found_via: str

    @property
    def is_listing(self) -> bool:
        """True for pages that list many CLS: discovery follows them to the territories."""
        return self.page_kind in LISTING_KINDS

    def source(self) -> Source:
        """The batch source of this entry."""
        listing = None
        if self.is_listing:
            listing = Listing(self.region_code, self.departement_code or None)
        return Source(self.url, self.territory or None, listing=listing)


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(CatalogueEntry))


def url_key(url: str) -> str:
    """The comparison form of a URL: no fragment, scheme, ``www.`` or trailing slash.

    Host letters are lower-cased; path and query are kept as written (servers may tell
    case apart), so only spellings that surely name the same page compare equal.
    """
    parts = urlsplit(urldefrag(url.strip()).url)
    host = parts.netloc.lower()
    host = host[4:] if host.startswith("www.") else host
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


def read_catalogue(path: Path) -> list[CatalogueEntry]:
    """The entries of a catalogue file, in file order."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CatalogueError(f"{path}: {exc.strerror or exc}") from exc
    return parse_catalogue(text, str(path))


def parse_catalogue(text: str, name: str = "catalogue") -> list[CatalogueEntry]:
    """Parse catalogue CSV text; ``name`` prefixes error messages."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in COLUMNS if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    if missing or unknown:
        raise CatalogueError(
            f"{name}: catalogue columns differ (missing {missing}, unknown {unknown})"
        )
    entries: list[CatalogueEntry] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        entry = CatalogueEntry(**{c: (row[c] or "").strip() for c in COLUMNS})
        problem = _problem(entry)
        if problem:
            raise CatalogueError(f"{name}:{line}: {problem}")
        key = url_key(entry.url)
        if key in seen:
            raise CatalogueError(f"{name}:{line}: same URL as line {seen[key]}: {entry.url}")
        seen[key] = line
        entries.append(entry)
    return entries


def catalogue_sources(entries: list[CatalogueEntry]) -> list[Source]:
    """Batch sources for catalogue entries, in catalogue order."""
    return [entry.source() for entry in entries]


def _problem(entry: CatalogueEntry) -> str | None:
    """What makes an entry unusable, or None."""
    if urlsplit(entry.url).scheme.lower() not in ("http", "https"):
        return f"not an http(s) URL: {entry.url!r}"
    if entry.page_kind not in PAGE_KINDS:
        return f"unknown page_kind {entry.page_kind!r}"
    if entry.territory_kind not in TERRITORY_KINDS:
        return f"unknown territory_kind {entry.territory_kind!r}"
    if not entry.region_code:
        return "region_code is empty"
    return None
