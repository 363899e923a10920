"""The frame of every review page: head, title, navigation, and small HTML builders.

What: ``page`` wraps a page's body in the document (stylesheet and script served by the
server itself, no outside resource); ``table`` builds a table of escaped cells from
rows, with the columns given first and any other column of the rows after them.

Why: one frame keeps pages alike and the Content-Security-Policy simple (``'self'``
only); building tables from whatever columns the rows have shows new columns as they
appear in the published tables.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from pipeline.review.markup import esc, link

Cell = Callable[[Mapping[str, object]], str]


def page(title: str, body: str, notice: str = "") -> str:
    """A whole HTML page: ``title`` escaped, ``body`` and ``notice`` already HTML."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · cls-pipeline review</title>"
        '<link rel="stylesheet" href="/static/review.css">'
        '<script src="/static/review.js" defer></script></head><body>'
        f"<header><nav>{link('/', 'Contracts')}</nav><h1>{esc(title)}</h1></header>"
        f"{notice}<main>{body}</main></body></html>\n"
    )


def notice(text: str, kind: str = "saved") -> str:
    """A one-line message at the top of a page (``saved`` or ``error``)."""
    return f'<p class="notice {esc(kind)}" role="status">{esc(text)}</p>' if text else ""


def table(
    rows: Sequence[Mapping[str, object]],
    first: Sequence[str],
    cells: Mapping[str, Cell] | None = None,
    skip: Sequence[str] = (),
    css: str = "",
) -> str:
    """A table of ``rows``: the ``first`` columns, then every other column the rows have
    (minus ``skip``); ``cells`` gives the HTML of some columns, the others are escaped."""
    cells = cells or {}
    columns = list(first)
    for row in rows:
        columns += [c for c in row if c not in columns and c not in skip]
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{cells[c](row) if c in cells else esc(_shown(row.get(c)))}</td>" for c in columns
        )
        + "</tr>"
        for row in rows
    )
    return f'<table class="{esc(css)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _shown(value: object) -> object:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value
