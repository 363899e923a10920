"""The contract page: every field with its value, evidence, lost candidates and a form.

What: ``contract_page`` renders, for one contract, its facts and documents; then each
field of the record: the value the contract took, its confidence and provenance, the
document text around the evidence span (in ``<mark>``, with the page), the candidates
that lost (every ``chosen = false`` evidence row of the contract's documents) and a form
to correct, accept or mark "not stated"; list fields item by item, with a form to add an
item. Then the organisations (type, place, role, official code), the actions grouped by
axis and the corrections already recorded for the contract.

Why: the analyst judges a value against the words it was read from, and sees what the
other documents (or the resolver's other candidates) said, on one page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pipeline.corrections import CorrectionsError, read_corrections
from pipeline.report.load import Row
from pipeline.review.filters import LIST_TABLES
from pipeline.review.layout import page, table
from pipeline.review.markup import esc, excerpt, link, path_of, valid_span
from pipeline.review.texts import TextSource
from pipeline.review.view import RunView
from pipeline.tables.schema import EVIDENCE_FIELDS

SHOWN_KEYS: Final = frozenset(
    {
        "document_id",
        "field",
        "item_no",
        "contract_id",
        "value",
        "chosen",
        "page",
        "char_start",
        "char_end",
        "snippet",
        "extractor",
        "extractor_version",
        "rule",
        "confidence",
        "provenance",
        "original_value",
    }
)
"""Evidence columns the candidate card shows in its own way; any other is listed as is."""


@dataclass(frozen=True, slots=True)
class Context:
    """What the pages read: the run, the texts, the corrections file, the form token."""

    view: RunView
    texts: TextSource
    corrections: Path
    token: str


def evidence_anchor(row: Row) -> str:
    """The id of an evidence span on the document page."""
    return f"ev-{row['field']}-{row['item_no']}"


def _span_html(ctx: Context, row: Row) -> str:
    """The document text around the evidence span, marked, with its page; or the snippet."""
    doc_row = ctx.view.documents.get(str(row["document_id"]))
    found = ctx.texts.get(doc_row) if doc_row is not None else None
    doc = found.document if found is not None else None
    span = valid_span(doc.text, row.get("char_start"), row.get("char_end")) if doc else None
    if doc is None or span is None:
        why = found.problem if found is not None and found.problem else "no span in the text"
        snippet = esc(row.get("snippet")) or "<em>no evidence text</em>"
        return f'<div class="excerpt nospan">{snippet}</div><p class="meta">({esc(why)})</p>'
    page_no = row.get("page") or doc.page_at(span[0])
    where = f"page {page_no}" if page_no else "no page (web page or text)"
    full = path_of("document", row["document_id"]) + "#" + evidence_anchor(row)
    return (
        f'<div class="excerpt">{excerpt(doc.text, span, str(row["field"]))}</div>'
        f'<p class="meta"><span class="pageno">{esc(where)}</span>, characters '
        f"{span[0]}–{span[1]} · {link(full, 'in the whole text')}</p>"
    )


def _meta(row: Row) -> str:
    """Confidence, provenance, extractor and rule of an evidence row, and any other column."""
    parts = [f"document {link(path_of('document', row['document_id']), row['document_id'])}"]
    if row.get("confidence") is not None:
        parts.append(f'confidence <span class="confidence">{esc(row["confidence"])}</span>')
    provenance = row.get("provenance") or "extractor"
    parts.append(f'provenance <span class="provenance {esc(provenance)}">{esc(provenance)}</span>')
    if row.get("original_value") is not None:
        parts.append(f"extracted value {esc(row['original_value'])}")
    if row.get("extractor"):
        version = f"@{row['extractor_version']}" if row.get("extractor_version") else ""
        parts.append(f"{esc(row['extractor'])}{esc(version)} rule {esc(row.get('rule'))}")
    extras = [f"{esc(k)} {esc(v)}" for k, v in row.items() if k not in SHOWN_KEYS and v is not None]
    return '<p class="meta">' + " · ".join(parts + extras) + "</p>"


def _candidate(ctx: Context, row: Row) -> str:
    """One value read from one document, with where it was read."""
    state = "chosen" if row["chosen"] else "lost"
    label = "taken by the contract" if row["chosen"] else "not taken (candidate)"
    return (
        f'<div class="candidate {state}" data-document="{esc(row["document_id"])}">'
        f'<p><span class="value">{esc(row["value"])}</span> — {label}</p>'
        f"{_meta(row)}{_span_html(ctx, row)}</div>"
    )


def _form(ctx: Context, cid: str, doc_id: str, name: str, item: str, shown: object) -> str:
    """The form recording a correction, an acceptance or a "not stated" of one value."""
    hidden = {
        "token": ctx.token,
        "document_id": doc_id,
        "contract_id": cid,
        "field": name,
        "item_key": item,
        "shown": "" if shown is None else str(shown),
    }
    inputs = "".join(
        f'<input type="hidden" name="{k}" value="{esc(v)}">' for k, v in hidden.items()
    )
    accept = "" if shown is None else '<button name="action" value="accept">Accept</button>'
    return (
        f'<form class="correct" method="post" action="/correct" data-field="{esc(name)}" '
        f'data-item="{esc(item)}">{inputs}'
        f'<input name="value" aria-label="value" value="{esc(shown)}">'
        '<input name="note" aria-label="note" placeholder="note (optional)">'
        '<button name="action" value="correct">Correct</button>'
        f'{accept}<button name="action" value="not_stated">Not stated</button></form>'
    )


def _scalar(ctx: Context, contract: Row, name: str, rows: list[Row]) -> str:
    cid = str(contract["contract_id"])
    value = contract.get(name) if name in contract else None
    chosen = [r for r in rows if r["chosen"]]
    if value is None and chosen:
        value = chosen[0]["value"]
    shown = f'<span class="value">{esc(value)}</span>' if value is not None else _missing()
    doc_id = str(chosen[0]["document_id"]) if chosen else ctx.view.preferred_document(cid)
    cards = "".join(_candidate(ctx, r) for r in rows)
    return f"<p>{shown}</p>{_form(ctx, cid, doc_id or '', name, '', value)}{cards}"


def _missing() -> str:
    return '<span class="missing">not stated in any document</span>'


def _items(ctx: Context, contract: Row, name: str, rows: list[Row]) -> str:
    cid = str(contract["contract_id"])
    chosen = sorted((r for r in rows if r["chosen"]), key=lambda r: int(str(r["item_no"] or 0)))
    doc_id = str(chosen[0]["document_id"]) if chosen else ctx.view.preferred_document(cid) or ""
    parts = [] if chosen else [f"<p>{_missing()}</p>"]
    for r in chosen:
        item = str(r["item_no"])
        parts.append(
            f'<div class="item" id="{esc(name)}-{esc(item)}"><h4>item {esc(item)}</h4>'
            f"{_form(ctx, cid, doc_id, name, item, r['value'])}{_candidate(ctx, r)}</div>"
        )
    parts.append(f"<h4>add an item</h4>{_form(ctx, cid, doc_id, name, str(len(chosen) + 1), None)}")
    lost = [r for r in rows if not r["chosen"]]
    if lost:
        parts.append("<h4>candidates from other documents</h4>")
        parts += [_candidate(ctx, r) for r in lost]
    return "".join(parts)


def _field(ctx: Context, contract: Row, name: str) -> str:
    cid = str(contract["contract_id"])
    rows = ctx.view.evidence_of(cid, name)
    inner = (
        _items(ctx, contract, name, rows)
        if name in LIST_TABLES
        else _scalar(ctx, contract, name, rows)
    )
    conflicts = [r for r in ctx.view.of_contract(cid, "conflicts") if r["field"] == name]
    if conflicts:
        inner += "<h4>documents disagree</h4>" + table(
            conflicts,
            ["chosen_value", "chosen_document_id", "other_value", "other_document_id"],
            skip=("contract_id", "field"),
        )
    return f'<section class="field" id="field-{esc(name)}"><h3>{esc(name)}</h3>{inner}</section>'


def _facts(ctx: Context, contract: Row) -> str:
    """The contract's row (every column, one per line) and its documents."""
    cid = str(contract["contract_id"])
    facts = "".join(
        f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in contract.items() if v is not None
    )
    docs = ctx.view.of_contract(cid, "documents")
    doc_cells = {
        "document_id": lambda r: link(path_of("document", r["document_id"]), r["document_id"])
    }
    first = ["preference", "document_id", "kind", "source", "title"]
    listed = table(docs, first, doc_cells, skip=("contract_id", "sha256"), css="documents")
    return f'<table class="facts">{facts}</table><h2>Documents</h2>{listed}'


def _organisations(ctx: Context, cid: str) -> str:
    rows = []
    for link_row in ctx.view.of_contract(cid, "contract_organisations"):
        org = ctx.view.organisations.get(str(link_row["organisation_id"]), {})
        rows.append({**org, **link_row, "official code": org.get("place_code")})
    rows.sort(key=lambda r: int(str(r.get("list_no") or 0)))
    first = ["list_no", "name_as_written", "type", "place", "place_level", "official code", "role"]
    return "<h2>Organisations</h2>" + table(
        rows, first, skip=("contract_id", "place_code"), css="organisations"
    )


def _actions(ctx: Context, cid: str) -> str:
    axes = sorted(ctx.view.of_contract(cid, "axes"), key=lambda r: int(str(r["axis_no"])))
    actions = ctx.view.of_contract(cid, "actions")
    parts = ["<h2>Actions per axis</h2>"]
    groups = [(a.get("axis_no"), f"Axis {a['axis_no']}: {a.get('title')}") for a in axes]
    known = {a.get("axis_no") for a in axes}
    groups.append((None, "Actions without an axis"))
    for axis_no, title in groups:
        mine = [
            r
            for r in actions
            if r.get("axis_no") == axis_no or (axis_no is None and r.get("axis_no") not in known)
        ]
        if axis_no is None and not mine:
            continue
        body = (
            table(mine, ["action_no", "number", "title"], skip=("contract_id", "axis_no"))
            if mine
            else "<p>no action listed</p>"
        )
        parts.append(f'<section class="axis"><h3>{esc(title)}</h3>{body}</section>')
    return "".join(parts)


def _recorded(ctx: Context, cid: str) -> str:
    docs = {str(r["document_id"]) for r in ctx.view.of_contract(cid, "documents")}
    try:
        rows, _ = read_corrections(ctx.corrections)
    except CorrectionsError as exc:
        return f'<h2>Corrections recorded</h2><p class="missing">{esc(exc)}</p>'
    mine = [
        {
            k: getattr(c, k)
            for k in ("time", "document_id", "field", "item_key", "action", "value", "note")
        }
        for c in rows
        if c.contract_id == cid or c.document_id in docs
    ]
    intro = (
        f"<p>In {esc(ctx.corrections)}; the next <code>cls-pipeline run … --corrections "
        f"{esc(ctx.corrections)}</code> puts them in the tables.</p>"
    )
    listed = (
        table(
            mine,
            ["time", "document_id", "field", "item_key", "action", "value", "note"],
            css="recorded",
        )
        if mine
        else "<p>none yet</p>"
    )
    return f'<h2 id="recorded">Corrections recorded</h2>{intro}{listed}'


def contract_page(ctx: Context, cid: str, notice_html: str = "") -> str | None:
    """The page of one contract (None when the run has no such contract)."""
    contract = ctx.view.contracts.get(cid)
    if contract is None:
        return None
    fields = "".join(_field(ctx, contract, name) for name in EVIDENCE_FIELDS)
    body = (
        _facts(ctx, contract)
        + f"<h2>Fields</h2>{fields}"
        + _organisations(ctx, cid)
        + _actions(ctx, cid)
        + _recorded(ctx, cid)
    )
    return page(f"{contract.get('territory')} · {cid}", body, notice_html)
