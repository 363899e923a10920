"""Per-field coverage: how many contracts have each field of the CLS record.

What: ``field_coverage(run)`` counts, for every field an analyst asks about (territory,
lead body, ARS regions, generation, period, signature date, amendments, axes, actions,
signatories, organisations, official codes), the contracts that have it;
``contract_fields(run)`` gives the same facts per contract, so the report can show which
contract misses what.

Why: a run's tables look complete whatever the extractors missed, because a missing value
is an empty cell. Coverage is the figure that tells a good run from a poor one, and the
per-contract view says where to look. Scalar fields are read from ``contracts``; list
fields count the contracts with at least one row in their table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from pipeline.report.load import Row, RunTables, text_of

UNLINKED_GEO: Final = frozenset({"unmatched", "ambiguous"})


@dataclass(frozen=True, slots=True)
class FieldRule:
    """How to tell whether a contract has one field, and where the answer comes from."""

    field: str
    source: str
    has: Callable[[Row, frozenset[str]], bool]
    """Called with the contract row and the ids of contracts listed in ``table``."""
    table: str | None = None


@dataclass(frozen=True, slots=True)
class FieldCoverage:
    """How many of ``total`` contracts have ``field``."""

    field: str
    source: str
    count: int
    total: int

    @property
    def share(self) -> float:
        """The covered fraction (0 when there are no contracts)."""
        return self.count / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class ContractFields:
    """One contract and, per field of ``FIELD_RULES``, whether it has it."""

    contract_id: str
    territory: str
    has: tuple[bool, ...]


def _column(name: str) -> FieldRule:
    """A scalar field read from the ``contracts`` column of the same name."""
    return FieldRule(name, f"contracts.{name}", lambda row, _: text_of(row, name) is not None)


def _listed(field: str, table: str) -> FieldRule:
    """A list field: the contract has at least one row in ``table``."""
    return FieldRule(
        field,
        f"rows of {table}",
        lambda row, listed: str(row["contract_id"]) in listed,
        table=table,
    )


def _linked(row: Row, _: frozenset[str]) -> bool:
    return (text_of(row, "geo_match") or "unmatched") not in UNLINKED_GEO


FIELD_RULES: Final[tuple[FieldRule, ...]] = (
    _column("territory"),
    _column("lead_body"),
    _listed("ars_regions", "contract_ars_regions"),
    _column("generation"),
    _column("period_start"),
    _column("period_end"),
    _column("signed_on"),
    _listed("amendments", "amendments"),
    _column("n_axes"),
    _listed("axes", "axes"),
    _column("n_actions"),
    _listed("actions", "actions"),
    _column("n_signatories"),
    _listed("organisations", "contract_organisations"),
    FieldRule("official codes", "contracts.geo_match (linked, not ambiguous)", _linked),
)
"""The fields of the coverage table, in the order of the CLS record."""


def contract_fields(run: RunTables) -> list[ContractFields]:
    """Per contract (in table order), which fields of ``FIELD_RULES`` it has."""
    listed = {
        rule.table: frozenset(str(r["contract_id"]) for r in run.rows(rule.table))
        for rule in FIELD_RULES
        if rule.table is not None
    }
    out = []
    for row in run.rows("contracts"):
        has = tuple(
            rule.has(row, listed[rule.table] if rule.table else frozenset()) for rule in FIELD_RULES
        )
        out.append(ContractFields(str(row["contract_id"]), text_of(row, "territory") or "", has))
    return out


def field_coverage(run: RunTables) -> list[FieldCoverage]:
    """How many contracts have each field of ``FIELD_RULES``."""
    per_contract = contract_fields(run)
    return [
        FieldCoverage(
            rule.field,
            rule.source,
            sum(1 for c in per_contract if c.has[i]),
            len(per_contract),
        )
        for i, rule in enumerate(FIELD_RULES)
    ]
