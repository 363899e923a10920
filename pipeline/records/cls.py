"""The CLS record and its parts: evidence, organisations, amendments, actions, findings.

What: ``CLSRecord`` (one contract's fields) and the records it holds, with the field
lists the tables are built from; ``pipeline.model`` re-exports them.

Why apart: see ``pipeline.records`` (a light path builds none of them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

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
