"""Typed records passed between the stages: documents, blocks, evidence, CLS records.

Every stage takes and returns these dataclasses; unknown fields are errors (dataclasses
reject unexpected keyword arguments), so a typo cannot silently add a column.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "caption", "line"]
DocKind = Literal["html", "pdf", "txt"]
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
class Block:
    """A typed piece of a document's text: where it sits and what it is.

    ``start``/``end`` are character offsets into ``Document.text`` so that any value found
    in the block can point back to its exact span.
    """

    kind: BlockKind
    text: str
    start: int
    end: int
    page: int | None = None
    level: int | None = None
    ocr: bool = False


@dataclass(slots=True)
class Document:
    """The text of one publication as a list of blocks, plus page-level metadata.

    ``text`` is the blocks' texts joined by newlines; offsets of blocks refer to it.
    ``metadata`` holds page facts that are not contract facts (title, publication and
    update dates), kept apart so extractors do not mistake them for signature dates.
    """

    id: str
    source: str
    kind: DocKind
    blocks: list[Block]
    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None
    sha256: str | None = None

    def block_at(self, offset: int) -> Block | None:
        """Return the block containing a character offset, if any."""
        lo, hi = 0, len(self.blocks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            b = self.blocks[mid]
            if offset < b.start:
                hi = mid - 1
            elif offset > b.end:
                lo = mid + 1
            else:
                return b
        return None

    def page_at(self, offset: int) -> int | None:
        """Return the page number holding a character offset (None for pageless formats)."""
        block = self.block_at(offset)
        return block.page if block else None


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
        """Plain dictionary for JSON output."""
        return asdict(self)


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
    """A fiche action of the contract: its number as written ("2.3"), title and axis.

    ``axis`` is the 1-based position of the action's axis in ``CLSRecord.axes`` when the
    document says which axis the action belongs to; it is not derived from ``number``.
    """

    number: str | None
    title: str | None
    axis: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain dictionary (not part of the gold format)."""
        return {"number": self.number, "title": self.title, "axis": self.axis}


@dataclass(frozen=True, slots=True)
class Finding:
    """One value for one record field, with the evidence that supports it."""

    field: str
    value: Any
    evidence: Evidence


@dataclass(slots=True)
class CLSRecord:
    """The CLS record of one document (see ``shared/corpus/SCHEMA.md``).

    ``actions`` is an extension of the gold format: filled when a document lists its fiches
    actions, written to the ``actions`` table, but not one of the schema keys of ``to_dict``.
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
        out["evidence"] = self.evidence
        return out


@dataclass(frozen=True, slots=True)
class ErrorRow:
    """A failure of one source at one stage; the batch records it and goes on."""

    source: str
    stage: str
    message: str
