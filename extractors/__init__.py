"""French extractors: from a Document's text to a CLS record with evidence."""

from __future__ import annotations

from pipeline.model import CLSRecord, Document


def extract_record(doc: Document) -> CLSRecord:
    """The record of a document: the generic extractors, then every territory extractor
    that applies to it, whose findings take precedence for the fields they fill."""
    return extract_with_territories(doc)[0]


def extract_with_territories(doc: Document) -> tuple[CLSRecord, tuple[str, ...]]:
    """``extract_record``'s record and the names of the territory extractors that read
    the document (the batch keeps them, to know what an edited plug-in affects)."""
    from extractors.assemble import assemble
    from extractors.merge import apply_findings
    from extractors.registry import default_registry

    record = assemble(doc)
    applied = []
    for registered in default_registry().territorial():
        if registered.extractor.applies_to(doc):
            applied.append(registered.name)
            apply_findings(record, list(registered.extractor.extract(doc)))
    return record, tuple(applied)


def territories_applying(doc: Document, names: tuple[str, ...]) -> tuple[str, ...]:
    """Which of the named territory extractors (those still registered) apply to ``doc``."""
    from extractors.registry import default_registry

    wanted = set(names)
    return tuple(
        r.name
        for r in default_registry().territorial()
        if r.name in wanted and r.extractor.applies_to(doc)
    )


def explain(doc: Document) -> dict[str, dict[str, object]]:
    """Why each resolved field has its value: for every field chosen by the resolver
    (period, generation, signature date, territory, lead body, counts …), the chosen
    candidate and every rejected one, heaviest first, each with its zone, score, weight
    and evidence (``extractors.resolve``). A territory plug-in may still replace the
    value; the record's evidence then names it."""
    from extractors.assemble import assemble
    from extractors.context import DocContext

    ctx = DocContext.of(doc)
    assemble(doc, ctx)
    out: dict[str, dict[str, object]] = {}
    for name, resolution in ctx.resolutions.items():
        chosen = resolution.chosen.explain() if resolution.chosen is not None else None
        out[name] = {
            "chosen": chosen,
            "rejected": [w.explain() for w in resolution.rejected],
        }
    return out
