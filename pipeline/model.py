"""Typed records passed between the stages: documents, blocks, evidence, CLS records.

Every stage takes and returns these dataclasses; unknown fields are errors (dataclasses
reject unexpected keyword arguments), so a typo cannot silently add a column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pipeline.records.document import Block as Block
from pipeline.records.document import BlockKind as BlockKind
from pipeline.records.document import DocKind as DocKind
from pipeline.records.document import Document as Document

Role = Literal["signatory", "partner"]

ORG_TYPES: tuple[str, ...] = (
    "ARS",
    "PREFECTURE",
    "EDUCATION_NATIONALE",
    "REGION",
    "DEPARTEMENT",
    "COMMUNE",
    "EPCI",
    "CCAS",
    "CPAM",
    "CAF",
    "MSA",
    "CARSAT",
    "HOSPITAL",
    "MUTUALITE",
    "PROFESSIONALS",
    "ASSOCIATION",
    "OTHER",
)

SCALAR_FIELDS: tuple[str, ...] = (
    "territory",
    "lead_body",
    "generation",
    "period_start",
    "period_end",
    "signed_on",
    "n_axes",
    "n_actions",
    "n_signatories",
)
LIST_FIELDS: tuple[str, ...] = ("ars_regions", "axes", "organisations", "amendments")
_URL = re.compile(r"^https?://", re.IGNORECASE)

RECORD_FIELDS: tuple[str, ...] = (
    "id",
    "territory",
    "lead_body",
    "ars_regions",
    "generation",
    "period_start",
    "period_end",
    "signed_on",
    "amendments",
    "n_axes",
    "axes",
    "n_actions",
    "n_signatories",
    "organisations",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value was read: the snippet, its span in the document text, the page,
    and which extractor and rule produced it with what confidence."""

    snippet: str
    start: int
    end: int
    page: int | None
    extractor: str
    rule: str
    confidence: float = 1.0
    version: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain dictionary for JSON output (fields in declaration order)."""
        return {
            "snippet": self.snippet,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "extractor": self.extractor,
            "rule": self.rule,
            "confidence": self.confidence,
            "version": self.version,
        }


@dataclass(frozen=True, slots=True)
class Organisation:
    """An institution that signs the contract or is named as its partner."""

    name: str
    type: str
    place: str | None
    role: Role

    def to_dict(self) -> dict[str, Any]:
        """Plain dictionary in the gold format."""
        return {"name": self.name, "type": self.type, "place": self.place, "role": self.role}


@dataclass(frozen=True, slots=True)
class Amendment:
    """An avenant or extension of the contract with its dates (ISO date or year)."""

    signed_on: str | None
    extends_to: str | int | None

    def to_dict(self) -> dict[str, Any]:
        """Plain dictionary in the gold format."""
        return {"signed_on": self.signed_on, "extends_to": self.extends_to}


@dataclass(frozen=True, slots=True)
class Action:
    """A fiche action of the contract: number as written ("2.3"), title, axis and fields.

    ``axis`` is the 1-based position of the action's axis in ``CLSRecord.axes`` when the
    document says which axis the action belongs to; it is not derived from ``number``.
    ``start``/``end`` are the first and last years of its calendar; ``budget_eur`` its
    budget in euros, ``budget_per_year`` True when the amount is "par an". ``evidence``
    maps each field read to its evidence (``Evidence.to_dict``); ``pilot_type`` is the
    organisation type (``ORG_TYPES``) of the pilot when its name says it.
    """

    number: str | None
    title: str | None
    axis: int | None = None
    pilot: str | None = None
    partners: tuple[str, ...] = ()
    public: str | None = None
    start: int | None = None
    end: int | None = None
    budget_eur: float | None = None
    budget_per_year: bool = False
    indicators: tuple[str, ...] = ()
    pilot_type: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        # JSON round trips (cached results, corrections) give lists; the record keeps tuples
        object.__setattr__(self, "partners", tuple(self.partners))
        object.__setattr__(self, "indicators", tuple(self.indicators))

    def to_dict(self) -> dict[str, Any]:
        """Plain dictionary: the keys of SCHEMA.md's actions, budget, indicators, evidence."""
        return {
            "number": self.number,
            "title": self.title,
            "axis": self.axis,
            "pilot": self.pilot,
            "partners": list(self.partners),
            "public": self.public,
            "start": self.start,
            "end": self.end,
            "budget_eur": self.budget_eur,
            "budget_per_year": self.budget_per_year,
            "indicators": list(self.indicators),
            "pilot_type": self.pilot_type,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """One value for one record field, with the evidence that supports it."""

    field: str
    value: Any
    evidence: Evidence


@dataclass(slots=True)
class CLSRecord:
    """The CLS record of one document (see ``shared/corpus/SCHEMA.md``).

    ``actions`` is the list of SCHEMA.md's section "Fiches actions": filled when a document
    presents its fiches actions, written to the ``actions`` table, kept apart from the
    headline gold keys (``NAME.actions.json`` holds its gold).
    """

    id: str
    territory: str | None = None
    lead_body: str | None = None
    ars_regions: list[str] = field(default_factory=list)
    generation: int | None = None
    period_start: int | None = None
    period_end: int | None = None
    signed_on: str | None = None
    amendments: list[Amendment] = field(default_factory=list)
    n_axes: int | None = None
    axes: list[str] = field(default_factory=list)
    n_actions: int | None = None
    n_signatories: int | None = None
    organisations: list[Organisation] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    evidence: dict[str, Any] = field(default_factory=dict)
    source: str | None = None
    is_cls: bool = True

    def to_dict(self) -> dict[str, Any]:
        """The record as the JSON object of the CLI contract (schema keys + evidence)."""
        out: dict[str, Any] = {}
        for name in RECORD_FIELDS:
            value = getattr(self, name)
            if name == "organisations":
                value = [o.to_dict() for o in value]
            elif name == "amendments":
                value = [a.to_dict() for a in value]
            out[name] = value
        out["actions"] = [a.to_dict() for a in self.actions]
        out["evidence"] = self.evidence
        return out


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
