"""The rows of each table, from merged contracts and read documents.

What: one function per group of tables (contracts and their child tables, organisations,
documents, evidence). Values become typed cells here: ISO strings become ``date`` objects,
an amendment's "ISO date or year" becomes a date and a year; a value that cannot be read is
left null and reported as an ``errors`` row of stage ``normalise``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from pipeline import __version__
from pipeline.model import Action, Amendment, Organisation
from pipeline.tables.geo_link import GEO_VINTAGE, GeoLink, link_place, region_code_of
from pipeline.tables.merge import Merged
from pipeline.tables.orgs import OrgKey, organisation_ids, organisation_key
from pipeline.tables.prefer import source_class
from pipeline.tables.rowset import Contract, Doc, TableRows
from pipeline.tables.schema import EVIDENCE_FIELDS
from pipeline.tables.values import as_text, date_and_year, iso_date, page_date

DateReport = Callable[[str, object], date | None]
"""Reads an ISO date of a contract field, reporting one it cannot read."""


def contract_rows(out: TableRows, contracts: list[Contract], sources: dict[str, str]) -> None:
    """Rows of ``contracts``, ``conflicts`` and the child tables taken from one document.

    ``sources`` maps document ids to their path or URL, for ``errors`` rows.
    """
    for c in contracts:
        report = _date_reader(out, c, sources)
        _contract_row(out, c, report)
        _list_rows(out, c, report)


def _contract_row(out: TableRows, c: Contract, report: DateReport) -> None:
    """The ``contracts`` row of one contract."""
    cid, v = c.contract_id, c.merged.values
    amendments: list[Amendment] = v["amendments"]
    latest = _latest(amendments)
    latest_to = date_and_year(latest.extends_to) if latest else (None, None)
    geo = _geo(c)
    out.add(
        "contracts",
        contract_id=cid,
        territory=v["territory"],
        lead_body=v["lead_body"],
        generation=v["generation"],
        period_start=v["period_start"],
        period_end=v["period_end"],
        signed_on=report("signed_on", v["signed_on"]),
        n_amendments=len(amendments),
        latest_amendment_signed_on=iso_date(latest.signed_on) if latest else None,
        latest_amendment_extends_to=latest_to[0],
        latest_amendment_extends_to_year=latest_to[1],
        n_axes=v["n_axes"],
        n_actions=v["n_actions"],
        n_signatories=v["n_signatories"],
        n_documents=len(c.cluster.members),
        n_conflicts=len(c.merged.conflicts),
        geo_level=geo.level,
        geo_match=geo.match,
        insee_code=geo.insee_code,
        epci_siren=geo.epci_siren,
        departement_code=geo.departement_code,
        region_code=geo.region_code,
        geo_vintage=GEO_VINTAGE,
    )


def _list_rows(out: TableRows, c: Contract, report: DateReport) -> None:
    """The rows of one contract's lists: ARS regions, axes, actions, amendments, conflicts."""
    cid, v, src = c.contract_id, c.merged.values, c.merged.sources
    amendments: list[Amendment] = v["amendments"]
    for no, region in enumerate(v["ars_regions"], start=1):
        out.add(
            "contract_ars_regions",
            contract_id=cid,
            region_no=no,
            ars_region=region,
            region_code=region_code_of(region),
            document_id=src["ars_regions"],
        )
    for no, title in enumerate(v["axes"], start=1):
        out.add("axes", contract_id=cid, axis_no=no, title=title, document_id=src["axes"])
    actions: list[Action] = v["actions"]
    for no, action in enumerate(actions, start=1):
        out.add(
            "actions",
            contract_id=cid,
            action_no=no,
            axis_no=action.axis,
            number=action.number,
            title=action.title,
            pilot=action.pilot,
            pilot_type=action.pilot_type,
            partners=" ; ".join(action.partners) or None,
            public=action.public,
            start_year=action.start,
            end_year=action.end,
            budget_eur=action.budget_eur,
            budget_per_year=action.budget_per_year if action.budget_eur is not None else None,
            indicators=" ; ".join(action.indicators) or None,
            document_id=src["actions"],
        )
    for no, am in enumerate(amendments, start=1):
        extends = date_and_year(am.extends_to)
        if am.extends_to is not None and extends == (None, None):
            report("amendments.extends_to", am.extends_to)
        out.add(
            "amendments",
            contract_id=cid,
            amendment_no=no,
            signed_on=report("amendments.signed_on", am.signed_on),
            extends_to=extends[0],
            extends_to_year=extends[1],
            document_id=src["amendments"],
        )
    for conflict in c.merged.conflicts:
        out.add(
            "conflicts",
            contract_id=cid,
            field=conflict.field,
            chosen_value=conflict.chosen_value,
            chosen_document_id=conflict.chosen_document_id,
            other_value=conflict.other_value,
            other_document_id=conflict.other_document_id,
        )


def _date_reader(out: TableRows, contract: Contract, sources: dict[str, str]) -> DateReport:
    """A function reading an ISO date of a contract field, reporting one it cannot read."""

    def read(field: str, value: object) -> date | None:
        day = iso_date(value)
        if value is not None and day is None:
            doc_id = contract.merged.sources[field.split(".")[0]]
            message = f"{contract.contract_id}: unreadable {field} {value!r} left empty"
            out.error(sources[doc_id], "normalise", message, doc_id)
        return day

    return read


def _latest(amendments: list[Amendment]) -> Amendment | None:
    """The amendment with the latest date (signature or extension); the last one on ties."""
    if not amendments:
        return None
    keyed = [
        (max(str(a.signed_on or ""), str(a.extends_to or "")), i) for i, a in enumerate(amendments)
    ]
    return amendments[max(keyed)[1]]


def _geo(contract: Contract) -> GeoLink:
    """The link of the contract's territory: from a member linked to the contract's key."""
    members = contract.cluster.members
    linked = [m for m in members if m.link.key == contract.cluster.key]
    return (linked or members)[0].link


def organisation_rows(out: TableRows, contracts: list[Contract]) -> None:
    """Rows of ``organisations`` and ``contract_organisations``."""
    named: list[tuple[str, OrgKey, Organisation, int, str]] = []
    for c in contracts:
        orgs: list[Organisation] = c.merged.values["organisations"]
        for no, org in enumerate(orgs, start=1):
            doc = c.merged.sources["organisations"]
            named.append((c.contract_id, organisation_key(org, c.contract_id), org, no, doc))
    ids = organisation_ids(key for _, key, _, _, _ in named)
    first: dict[OrgKey, Organisation] = {}
    linked: set[tuple[str, str]] = set()
    for cid, key, org, no, doc in named:
        first.setdefault(key, org)
        if (cid, ids[key]) in linked:
            continue
        linked.add((cid, ids[key]))
        out.add(
            "contract_organisations",
            contract_id=cid,
            organisation_id=ids[key],
            role=org.role,
            name_as_written=org.name,
            list_no=no,
            document_id=doc,
        )
    for key, org in first.items():
        unit = link_place(org.place, org.type)
        out.add(
            "organisations",
            organisation_id=ids[key],
            name=org.name,
            type=org.type,
            place=org.place,
            place_level=unit[0] if unit else None,
            place_code=unit[1] if unit else None,
            scope_contract_id=key[3] if len(key) == 4 else None,
        )


def document_row(out: TableRows, d: Doc, fetched_at: datetime | None) -> None:
    """The ``documents`` row of a read document."""
    doc, meta = d.document, d.document.metadata
    dates: dict[str, date | None] = {}
    for key in ("published", "modified"):
        dates[key] = page_date(meta.get(key))
        if meta.get(key) and dates[key] is None:
            message = f"unreadable {key} date {meta[key]!r} left empty"
            out.error(doc.source, "normalise", message, d.document_id)
    out.add(
        "documents",
        document_id=d.document_id,
        source=doc.source,
        final_url=d.outcome.final_url,
        kind=doc.kind,
        source_class=source_class(doc.kind),
        sha256=doc.sha256,
        pages=doc.pages,
        title=meta.get("title") or None,
        published_on=dates["published"],
        modified_on=dates["modified"],
        fetched_at=fetched_at,
        found_on=d.outcome.source.found_on,
        is_cls=d.record.is_cls if d.record is not None else None,
        contract_id=d.contract_id,
        contract_match=d.match,
        preference=d.preference,
    )


def evidence_rows(out: TableRows, d: Doc, merged: Merged | None) -> None:
    """One ``evidence`` row per value of the document's record (list items one by one)."""
    record = d.record
    if record is None:
        return
    for name in EVIDENCE_FIELDS:
        value = getattr(record, name)
        chosen = merged is not None and merged.sources.get(name) == d.document_id
        found = record.evidence.get(name)
        if isinstance(value, list):
            items = found if isinstance(found, list) else []
            for no, item in enumerate(value, start=1):
                ev = items[no - 1] if no <= len(items) else None
                if isinstance(item, Action):  # its fields' evidence is the row's, not its value
                    item = {k: v for k, v in item.to_dict().items() if k != "evidence"}
                _evidence_row(out, d, name, no, item, chosen, ev)
        elif value is not None:
            _evidence_row(out, d, name, 0, value, chosen, found)


def _evidence_row(
    out: TableRows, d: Doc, name: str, no: int, value: Any, chosen: bool, found: Any
) -> None:
    ev: dict[str, Any] = found.to_dict() if hasattr(found, "to_dict") else found or {}
    if not isinstance(ev, dict):
        ev = {}
    extractor = _text(ev.get("extractor"))
    version = _text(ev.get("version"))
    if extractor and "@" in extractor and version is None:
        extractor, version = extractor.split("@", 1)
    confidence = ev.get("confidence")
    out.add(
        "evidence",
        document_id=d.document_id,
        field=name,
        item_no=no,
        contract_id=d.contract_id,
        value=as_text(value),
        chosen=chosen,
        page=_int(ev.get("page")),
        char_start=_int(ev.get("start")),
        char_end=_int(ev.get("end")),
        snippet=_text(ev.get("snippet")),
        extractor=extractor,
        extractor_version=version or (__version__ if extractor else None),
        rule=_text(ev.get("rule")),
        confidence=float(confidence) if isinstance(confidence, int | float) else None,
        provenance=_provenance(ev, extractor),
        original_value=as_text(ev["original"]) if ev.get("original") is not None else None,
    )


def _provenance(ev: dict[str, Any], extractor: str | None) -> str:
    """Who set a value: the analyst (a correction), the sources file or an extractor."""
    if ev.get("provenance") == "analyst":
        return "analyst"
    return "sources" if extractor == "sources" else "extractor"


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
