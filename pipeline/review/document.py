"""The document page: the whole text as the run read it, every evidence span marked.

What: ``document_page`` shows a document's facts and its text (re-read by ``texts``),
each value's span in a ``<mark>`` whose id the contract page links to, and a line where
each PDF page starts; when the text cannot be read again it says why and lists the
snippets.
"""

from __future__ import annotations

from pipeline.review.contract import Context, evidence_anchor
from pipeline.review.layout import page, table
from pipeline.review.markup import Span, esc, link, marked_text, page_starts, path_of, valid_span


def document_page(ctx: Context, doc_id: str) -> str | None:
    """The page of one document (None when the run has no such document)."""
    row = ctx.view.documents.get(doc_id)
    if row is None:
        return None
    evidence = ctx.view.evidence_by_document.get(doc_id, [])
    facts = table([row], ["document_id", "source", "kind"], css="facts")
    cid = row.get("contract_id")
    back = f"<p>{link(path_of('contract', cid), f'contract {cid}')}</p>" if cid else ""
    found = ctx.texts.get(row)
    if found.document is None:
        listed = table(evidence, ["field", "item_no", "value", "snippet"], skip=("document_id",))
        body = f'<p class="missing">{esc(found.problem)}</p>{listed}'
        return page(f"Document {doc_id}", back + facts + body)
    text = found.document.text
    spans = []
    for r in evidence:
        span = valid_span(text, r.get("char_start"), r.get("char_end"))
        if span is not None:
            label = f"{r['field']} {r['item_no']}: {r['value']}"
            spans.append(Span(span[0], span[1], evidence_anchor(r), label))
    marked = marked_text(text, spans, page_starts(found.document))
    body = f'<h2>Text</h2><div class="fulltext" id="text">{marked}</div>'
    return page(f"Document {doc_id}", back + facts + body)
