"""From the outcomes of a batch to the rows of every table.

The steps, each in its own module: documents get unique ids; records about a territory are
linked to official codes (``geo_link``) and grouped into contracts (``identity``); each
contract's fields are merged from its documents (``merge``, in the order of ``prefer``);
organisations get their identity (``orgs``); the analysts' corrections, when given, go
into the records before all that (``corrected``). Rows are plain dictionaries whose keys are
exactly the columns of ``schema``, sorted by primary key, so the files are the same on
every run whatever the order of the input.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime

from pipeline.corrections import CorrectionsFile
from pipeline.model import CLSRecord, Document, Outcome
from pipeline.tables import identity, rows
from pipeline.tables.corrected import apply_corrections
from pipeline.tables.geo_link import link_territory
from pipeline.tables.identity import Member
from pipeline.tables.merge import merge
from pipeline.tables.prefer import preference_key
from pipeline.tables.rowset import Contract, Doc, TableRows, Tables


def build_tables(outcomes: Iterable[Outcome], corrections: CorrectionsFile | None = None) -> Tables:
    """Rows of every table from the outcomes of a batch (see the module docstring).

    ``corrections``: the analysts' corrections, put into the records first (``corrected``).
    """
    out = TableRows()
    outcomes = list(outcomes)
    docs = read_documents(outcomes, out)
    if corrections is not None:
        apply_corrections(docs, corrections, out)
    contracts = group_contracts(docs, out)
    rows.contract_rows(out, contracts, {d.document_id: d.document.source for d in docs})
    rows.organisation_rows(out, contracts)
    merged_by_id = {c.contract_id: c.merged for c in contracts}
    for d in docs:
        rows.document_row(out, d, fetched_at(d.outcome))
        rows.evidence_rows(out, d, merged_by_id.get(d.contract_id or ""))
    for outcome in outcomes:
        if outcome.document is None:
            for e in outcome.errors:
                out.error(e.source, e.stage, e.message, None)
    return out.finish()


def read_documents(outcomes: list[Outcome], out: TableRows) -> list[Doc]:
    """The read documents with unique ids; their outcomes' errors and warnings become rows.

    A document's id is its file name or URL slug; when two sources give the same one, each
    gets a short hash of its source appended. A source listed twice is kept once.
    """
    read: list[tuple[Outcome, Document]] = []
    seen: set[str] = set()
    for o in outcomes:
        if o.document is None:
            continue
        if o.document.source in seen:
            out.error(o.document.source, "normalise", "source listed twice: read once", None)
            continue
        seen.add(o.document.source)
        read.append((o, o.document))
    counts: dict[str, int] = {}
    for _, doc in read:
        counts[doc.id] = counts.get(doc.id, 0) + 1
    docs: list[Doc] = []
    for outcome, doc in read:
        doc_id = doc.id
        if counts[doc_id] > 1:
            doc_id = f"{doc_id}-{hashlib.sha256(doc.source.encode()).hexdigest()[:8]}"
        record = outcome.record
        if record is not None:
            record = with_territory_hint(record, outcome.source.territory)
        docs.append(Doc(doc_id, outcome, doc, record))
        for e in outcome.errors:
            out.error(e.source, e.stage, e.message, doc_id)
        for warning in doc.warnings:
            out.error(doc.source, "warning", warning, doc_id)
    return docs


def with_territory_hint(record: CLSRecord, territory: str | None) -> CLSRecord:
    """Fill a record's missing territory from the ``territory`` column of the sources CSV.

    The extracted territory, when there is one, is kept; the hint gets its own evidence.
    """
    if (record.territory or "").strip() or not territory:
        return record
    evidence = dict(record.evidence)
    evidence["territory"] = {
        "snippet": territory,
        "start": None,
        "end": None,
        "page": None,
        "extractor": "sources",
        "rule": "territory column of the sources file",
        "confidence": 1.0,
    }
    return replace(record, territory=territory, evidence=evidence)


def group_contracts(docs: list[Doc], out: TableRows) -> list[Contract]:
    """Group the documents into contracts, merge them and name them; mark every document.

    A document left out says why in ``match``: not a CLS, no territory, or ambiguous (with an
    ``errors`` row of stage ``normalise``).
    """
    members: list[Member] = []
    for d in docs:
        if d.record is None:
            continue
        territory = (d.record.territory or "").strip()
        if not d.record.is_cls:
            d.match = "not_cls"
        elif not territory:
            d.match = "no_territory"
        else:
            link = link_territory(territory, d.record.ars_regions)
            pref = preference_key(d.document.kind, d.record, d.document_id)
            members.append(Member(d.document_id, d.record, link, pref))
    grouping = identity.group(members)
    by_id = {d.document_id: d for d in docs}
    for doc_id, why in sorted(grouping.ambiguous.items()):
        by_id[doc_id].match = "ambiguous"
        out.error(by_id[doc_id].document.source, "normalise", why, doc_id)
    merged = [merge(c.members) for c in grouping.clusters]
    bases = [
        (
            identity.base_id(c.key, m.values["period_start"], m.values["generation"]),
            [x.document_id for x in c.members],
        )
        for c, m in zip(grouping.clusters, merged, strict=True)
    ]
    ids = identity.contract_ids(bases)
    contracts = sorted(
        (Contract(cid, c, m) for cid, c, m in zip(ids, grouping.clusters, merged, strict=True)),
        key=lambda c: c.contract_id,
    )
    for contract in contracts:
        for rank, member in enumerate(contract.cluster.members, start=1):
            d = by_id[member.document_id]
            d.contract_id, d.match, d.preference = contract.contract_id, member.match, rank
    return contracts


def fetched_at(outcome: Outcome) -> datetime | None:
    """The fetch time when the outcome carries one (``fetched_at``), UTC, to the second.

    The fetch stage gives the time these bytes were first downloaded (stable across
    revalidating re-runs); local files have none.
    """
    value = getattr(outcome, "fetched_at", None)
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0)
