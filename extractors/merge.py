"""Apply an extractor's findings over a record: its values replace those of the fields
it fills, and the evidence follows the value."""

from __future__ import annotations

from pipeline.model import Amendment, CLSRecord, Finding, Organisation


def _org_key(org: Organisation) -> str:
    from extractors.generic.parties import org_key

    return org_key(org.type, org.place, org.name)


def apply_findings(record: CLSRecord, findings: list[Finding]) -> None:
    """Merge findings into a record (scalars and whole lists replaced, items merged)."""
    for finding in findings:
        ev = finding.evidence.to_dict()
        field, value = finding.field, finding.value
        if field == "organisations" and isinstance(value, Organisation):
            _merge_org(record, value, ev)
        elif field == "amendments" and isinstance(value, Amendment):
            if value not in record.amendments:
                record.amendments.append(value)
                record.evidence.setdefault("amendments", []).append(ev)
        elif field in ("axes", "ars_regions"):
            setattr(record, field, list(value))
            record.evidence[field] = [ev] * len(value)
            if field == "axes" and not any(f.field == "n_axes" for f in findings):
                record.n_axes = len(value)
                record.evidence["n_axes"] = ev
        elif hasattr(record, field) and field not in ("id", "evidence", "source"):
            setattr(record, field, value)
            record.evidence[field] = ev
        else:
            raise ValueError(f"unknown field {field!r} in a finding of {ev.get('extractor')}")


def _merge_org(record: CLSRecord, org: Organisation, ev: dict[str, object]) -> None:
    evidence = record.evidence.setdefault("organisations", [])
    key = _org_key(org)
    for i, existing in enumerate(record.organisations):
        if _org_key(existing) == key:
            record.organisations[i] = org
            if i < len(evidence):
                evidence[i] = ev
            return
    record.organisations.append(org)
    evidence.append(ev)
