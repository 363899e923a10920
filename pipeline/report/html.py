"""The report page: one HTML file with its style and plots inline, nothing to fetch.

What: ``render(run)`` assembles the sections (figures at a glance, tables' row counts,
field coverage, plots, fiches actions per axis with their pilots by type, errors and warnings, documents, conflicts, and which contract
misses which field) into a single page.

Why: analysts open the report from a mail or a shared drive, offline; a page that needs
no script, font or stylesheet from elsewhere shows the same everywhere. Long lists are
cut with a note that names the CSV to read instead, so a large run stays a light page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from html import escape
from typing import Final

from pipeline import __version__
from pipeline.report.actions import section as actions_section
from pipeline.report.coverage import FIELD_RULES, contract_fields, field_coverage
from pipeline.report.load import RunTables
from pipeline.report.plots import grouped_bars_svg, stacked_bars_svg, timeline_svg
from pipeline.report.series import GroupedBars, axes_actions, signatories, timeline
from pipeline.report.summary import problems, table_counts, tally

MAX_PLOTTED: Final = 300
"""Contracts drawn in the per-contract plots; beyond, the plots say how many are left out."""
MAX_LISTED: Final = 1000
"""Rows of the errors and per-contract tables; beyond, the page points to the CSV."""

STYLE: Final = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;margin:0 auto;
max-width:1000px;padding:0 16px 48px;line-height:1.4}
h1{margin:24px 0 4px}h2{margin-top:36px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#666;margin:0 0 12px}nav a{margin-right:12px}
.figures{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0}
.figures li{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:90px}
.figures b{display:block;font-size:1.6em}.figures .bad b{color:#c0392b}
table{border-collapse:collapse;margin:8px 0;font-size:14px}
th,td{border-bottom:1px solid #eee;padding:4px 10px;text-align:left;vertical-align:top}
th{background:#f6f6f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
.gauge{display:inline-block;width:120px;height:10px;background:#eee;margin-right:6px}
.gauge span{display:block;height:10px;background:#4e79a7}
td.yes{color:#2e7d32;text-align:center}td.no{color:#c0392b;background:#fdf1f0;text-align:center}
.matrix th.f{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal;white-space:nowrap}
figure{margin:16px 0 28px}figure svg{max-width:100%;height:auto}
figcaption{color:#555;font-size:14px;margin-top:4px}.note{color:#666;font-style:italic}
code{background:#f3f3f3;padding:0 3px;border-radius:3px}
"""


def _table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], css_class: str = "", raw: bool = False
) -> str:
    """An HTML table; cells are escaped unless ``raw`` (cells then hold markup)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(cell if raw else f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    attr = f' class="{css_class}"' if css_class else ""
    return f"<table{attr}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _tally_table(title: str, counts: list[tuple[str, int]], css_class: str, empty: str) -> str:
    """A two-column table of a tally, or the ``empty`` note when there is nothing."""
    if not counts:
        return f'<p class="note">{escape(empty)}</p>'
    rows = [(f"<td>{escape(k)}</td>", f'<td class="n">{n}</td>') for k, n in counts]
    return _table((title, "rows"), rows, css_class, raw=True)


def _more(shown: int, total: int, where: str) -> str:
    """A note when a list was cut."""
    if shown >= total:
        return ""
    return f'<p class="note">{shown} of {total} shown; all are in <code>{escape(where)}</code>.</p>'


def _header(run: RunTables) -> str:
    counts = dict(table_counts(run))
    found = problems(run)
    n_warn = sum(1 for p in found if p.is_warning)
    figures = [
        ("contracts", counts["contracts"], ""),
        ("documents", counts["documents"], ""),
        ("failures", len(found) - n_warn, "bad" if len(found) > n_warn else ""),
        ("warnings", n_warn, ""),
        ("conflicts", counts["conflicts"], ""),
    ]
    items = "".join(
        f'<li class="{cls}" data-figure="{name}"><b>{n}</b>{name}</li>' for name, n, cls in figures
    )
    version = f" version {escape(run.version)}" if run.version else ""
    return (
        "<header><h1>Run report</h1>"
        f'<p class="meta">Tables in <code>{escape(str(run.folder))}</code>: '
        f"{escape(run.title)}{version}. Report by cls-pipeline {escape(__version__)}.</p>"
        f'<ul class="figures">{items}</ul>'
        '<nav><a href="#coverage">Coverage</a><a href="#plots">Plots</a>'
        '<a href="#actions">Actions</a><a href="#problems">Errors and warnings</a><a href="#tables">Tables</a>'
        '<a href="#documents">Documents</a><a href="#contracts">Contracts</a></nav></header>'
    )


def _tables_section(run: RunTables) -> str:
    rows = [
        (f"<td><code>{escape(name)}</code></td>", f'<td class="n">{n}</td>')
        for name, n in table_counts(run)
    ]
    return (
        '<section id="tables"><h2>Tables</h2>'
        "<p>Rows written per table (CSV, Parquet and DuckDB hold the same rows).</p>"
        + _table(("table", "rows"), rows, "counts", raw=True)
        + "</section>"
    )


def _coverage_section(run: RunTables) -> str:
    rows = []
    for item in field_coverage(run):
        percent = round(100 * item.share)
        rows.append(
            (
                f'<td data-field="{escape(item.field)}">{escape(item.field)}</td>',
                f"<td>{escape(item.source)}</td>",
                f'<td class="n count">{item.count}</td>',
                f'<td class="n">{item.total}</td>',
                f'<td class="share"><span class="gauge"><span style="width:{percent}%"></span>'
                f"</span>{percent}%</td>",
            )
        )
    return (
        '<section id="coverage"><h2>Field coverage</h2>'
        "<p>How many contracts have each field. Scalar fields are read from "
        "<code>contracts</code>; list fields count the contracts with at least one row in "
        "their table. A contract without amendments may simply have none.</p>"
        + _table(
            ("field", "read from", "contracts with it", "of", "share"), rows, "coverage", raw=True
        )
        + "</section>"
    )


def _plots_section(run: RunTables) -> str:
    line = timeline(run)
    shown_line = replace(line, rows=line.rows[:MAX_PLOTTED])
    bars = axes_actions(run)
    shown_bars = GroupedBars(bars.labels[:MAX_PLOTTED], bars.series, bars.values[:MAX_PLOTTED])
    figures = [
        (
            "timeline",
            "Timeline of contracts by territory",
            timeline_svg(shown_line),
            "Each contract's period (from <code>contracts.period_start</code> to "
            "<code>period_end</code>, extensions included), its signature date and its "
            "amendments (signature, or the date it extends the contract to). Hover a mark for "
            "its exact value."
            + (
                f" {line.undated} contract(s) with neither a period nor a date are not shown."
                if line.undated
                else ""
            )
            + _more(len(shown_line.rows), len(line.rows), "contracts.csv"),
        ),
        (
            "signatories",
            "Signatories by type and region",
            stacked_bars_svg(
                signatories(run),
                "Signatories by type and region",
                "plot signatories",
                "signatories",
            ),
            "Signatory organisations (<code>contract_organisations</code>, role "
            "<code>signatory</code>) by <code>organisations.type</code>, coloured by the region "
            "of the contract's ARS (<code>contract_ars_regions</code>).",
        ),
        (
            "axes-actions",
            "Axes and actions per contract",
            grouped_bars_svg(
                shown_bars, "Axes and actions per contract", "plot axes-actions", "number stated"
            ),
            "The numbers of axes and actions each contract states "
            "(<code>contracts.n_axes</code>, <code>contracts.n_actions</code>)."
            + _more(len(shown_bars.labels), len(bars.labels), "contracts.csv"),
        ),
    ]
    body = "".join(
        f'<figure id="{name}"><h3>{escape(title)}</h3>{svg}<figcaption>{caption}</figcaption>'
        "</figure>"
        for name, title, svg, caption in figures
    )
    return f'<section id="plots"><h2>Plots</h2>{body}</section>'


def _problems_section(run: RunTables) -> str:
    found = problems(run)
    if not found:
        body = '<p class="note">No errors and no warnings: every source was read.</p>'
    else:
        stages = _tally_table("stage", tally(run.rows("errors"), "stage"), "stages", "")
        rows = [
            (
                p.stage,
                "warning" if p.is_warning else "failure",
                p.source,
                p.document_id or "",
                p.message,
            )
            for p in found[:MAX_LISTED]
        ]
        body = (
            stages
            + _table(("stage", "kind", "source", "document", "message"), rows, "problems")
            + _more(min(len(found), MAX_LISTED), len(found), "errors.csv")
        )
    return (
        '<section id="problems"><h2>Errors and warnings</h2>'
        "<p>Rows of <code>errors</code>: a failure (fetch, text, extract, normalise) means "
        "a source gave no record; a warning (stage <code>warning</code>) means it was read "
        "but something looked wrong.</p>" + body + "</section>"
    )


def _documents_section(run: RunTables) -> str:
    documents = run.rows("documents")
    return (
        '<section id="documents"><h2>Documents and conflicts</h2>'
        "<p>How documents were linked to contracts (<code>documents.contract_match</code>): "
        "<code>ambiguous</code>, <code>no_territory</code>, <code>not_cls</code> and "
        "<code>no_record</code> documents are in no contract.</p>"
        + _tally_table(
            "contract_match", tally(documents, "contract_match"), "matches", "No document."
        )
        + _tally_table("source_class", tally(documents, "source_class"), "classes", "No document.")
        + "<p>Fields on which a contract's documents disagree (<code>conflicts</code>; "
        "the most trusted document's value was kept).</p>"
        + _tally_table(
            "field",
            tally(run.rows("conflicts"), "field"),
            "conflicts",
            "No conflict: the documents of each contract agree.",
        )
        + "</section>"
    )


def _contracts_section(run: RunTables) -> str:
    per_contract = contract_fields(run)
    headers = "".join(f'<th class="f">{escape(rule.field)}</th>' for rule in FIELD_RULES)
    rows = []
    for item in per_contract[:MAX_LISTED]:
        cells = "".join(
            '<td class="yes">✓</td>' if has else '<td class="no">–</td>' for has in item.has
        )
        rows.append(
            f'<tr data-contract="{escape(item.contract_id)}"><td><code>'
            f"{escape(item.contract_id)}</code><br>{escape(item.territory)}</td>{cells}</tr>"
        )
    return (
        '<section id="contracts"><h2>Contracts: which field is missing</h2>'
        '<p>✓ the contract has the field, – it does not (see "Field coverage").</p>'
        f'<table class="matrix"><thead><tr><th>contract</th>{headers}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
        + _more(min(len(per_contract), MAX_LISTED), len(per_contract), "contracts.csv")
        + "</section>"
    )


def render(run: RunTables) -> str:
    """The whole report page for the tables of one run."""
    sections = (
        _header(run),
        _coverage_section(run),
        _plots_section(run),
        actions_section(run, MAX_LISTED),
        _problems_section(run),
        _tables_section(run),
        _documents_section(run),
        _contracts_section(run),
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>CLS run report: {escape(str(run.folder))}</title>"
        f"<style>{STYLE}</style></head><body>" + "".join(sections) + "</body></html>\n"
    )
