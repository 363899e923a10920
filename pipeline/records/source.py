"""The records of one source's path through the stages: where it is, what came of it.

What: ``Source`` (a publication to read), ``Listing``, ``Link``, ``ErrorRow`` and
``Outcome`` (what processing one source produced), with ``url_slug``; ``pipeline.model``
re-exports them with the other stages' records.

Why apart (as ``document``): ``cls-pipeline text`` needs these and the Document, not
the CLS record's eight other dataclasses and their vocabularies; building them cost the
command line some forty million instructions, a tenth of its own work on a short PDF.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from pipeline.records.cls import CLSRecord
    from pipeline.records.document import Document

_URL = re.compile(r"^https?://", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ErrorRow:
    """A failure of one source at one stage; the batch records it and goes on."""

    source: str
    stage: str
    message: str


@dataclass(frozen=True, slots=True)
class Listing:
    """The area of a page that lists many CLS (an ARS or département page).

    Such a page is a source of sources: discovery follows its links to the territories'
    own CLS pages and documents, and the area (the département when the page has one,
    else the région) says which territory names its links may carry.
    """

    region_code: str
    departement_code: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """One publication to read: a local path or an http(s) URL, with optional hints.

    ``document_id`` names the document when the sources file gives an ``id`` (so that a
    URL and a local copy of the same publication get the same id); ``found_on`` is the
    page a discovered document was linked from (None for sources the user listed);
    ``listing`` is set for catalogue pages that list many CLS (see ``Listing``).
    """

    location: str
    territory: str | None = None
    document_id: str | None = None
    found_on: str | None = None
    listing: Listing | None = None

    @property
    def is_url(self) -> bool:
        """True when the source is fetched over HTTP."""
        return bool(_URL.match(self.location))

    @property
    def doc_id(self) -> str:
        """The record id: the given id, the file name without extension, or a URL slug."""
        if self.document_id:
            return self.document_id
        if self.is_url:
            return url_slug(self.location)
        return Path(self.location).stem


@dataclass(frozen=True, slots=True)
class Link:
    """A link found on a page: absolute URL (no fragment), its text, and the official
    name of the territory it names, when a listing page's link names one."""

    url: str
    text: str
    territory: str | None = None


@dataclass(slots=True)
class Outcome:
    """What processing one source produced: a document and record, or error rows."""

    source: Source
    document: Document | None = None
    record: CLSRecord | None = None
    errors: list[ErrorRow] = field(default_factory=list)
    raw_sha256: str | None = None
    final_url: str | None = None
    links: tuple[Link, ...] = ()
    fetched_at: str | None = None
    territories_applied: tuple[str, ...] = ()  # the territory plug-ins that read it


def url_slug(url: str) -> str:
    """A readable, filesystem-safe id for a URL (host and path, ASCII, dashes)."""
    try:
        parts = urlsplit(url)
        raw = f"{parts.netloc}{parts.path}".rstrip("/")
        if parts.query:
            raw += "-" + parts.query
    except ValueError:  # a malformed URL from a page still needs an id for its error row
        raw = url.split("://", 1)[-1]
    raw = re.sub(r"\.(?:html?|pdf|php|aspx?)$", "", raw, flags=re.IGNORECASE)
    ascii_text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    return slug[:120] or "document"
