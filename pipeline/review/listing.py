"""The contracts list: filters with counts, then one row per contract kept.

What: ``contracts_page`` renders the filter form (each option with the number of
contracts it would show) and the table of the contracts the filters keep: territory,
region, period, generation, documents, conflicts, missing fields and lowest confidence,
each contract linking to its page.
"""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.review.filters import FILTERS, Facets, lowest_confidence, missing_fields
from pipeline.review.layout import page, table
from pipeline.review.markup import esc, link, path_of
from pipeline.review.view import RunView

LABELS = {
    "region": "Region",
    "year": "Period covers",
    "generation": "Generation",
    "missing": "Field missing",
    "conflict": "Field in conflict",
    "confidence": "Confidence",
}


def _filter_form(facets: Facets) -> str:
    """The filters as selects, each option with its count; a button for browsers without JS."""
    parts = ['<form class="filters" method="get" action="/">']
    for name in FILTERS:
        options = ['<option value="">all</option>']
        for o in facets.options(name):
            selected = " selected" if o.selected else ""
            options.append(
                f'<option value="{esc(o.value)}"{selected}>{esc(o.label)} ({o.count})</option>'
            )
        parts.append(
            f'<label>{esc(LABELS[name])}<select name="{esc(name)}" id="filter-{esc(name)}">'
            + "".join(options)
            + "</select></label>"
        )
    parts.append('<button type="submit">Filter</button> <a href="/">clear</a></form>')
    return "".join(parts)


def contracts_page(view: RunView, query: Mapping[str, str]) -> str:
    """The whole contracts page for a query string's filters."""
    facets = Facets(view, query)
    kept = facets.kept()
    total = len(view.tables["contracts"])
    rows = []
    for c in kept:
        missing = missing_fields(view, c)
        low = lowest_confidence(view, c)
        rows.append(
            {
                "contract": str(c["contract_id"]),
                "territory": c.get("territory"),
                "region": c.get("region_code"),
                "period": f"{c.get('period_start') or '?'}–{c.get('period_end') or '?'}",
                "generation": c.get("generation"),
                "documents": c.get("n_documents"),
                "conflicts": c.get("n_conflicts"),
                "missing fields": f"{len(missing)}: {', '.join(missing)}" if missing else "0",
                "lowest confidence": f"{low:.2f}" if low is not None else "",
            }
        )
    cells = {"contract": lambda r: link(path_of("contract", r["contract"]), r["contract"])}
    body = (
        _filter_form(facets)
        + f'<p class="count" id="count">{len(kept)} of {total} contracts</p>'
        + table(rows, ["contract"], cells, css="contracts")
    )
    return page("Contracts", body)
