"""The data dictionary (``docs/data-dictionary.md``), rendered from ``schema``.

What: every table and column with its type, whether it is always filled, its meaning and
an example, plus the conventions shared by all files. ``scripts/build_data_dictionary.py``
writes it; a test fails when the committed file differs from this rendering, so the
dictionary cannot drift from the tables.
"""

from __future__ import annotations

from pipeline.tables.schema import TABLES, TableSchema

INTRO = """\
# Data dictionary

<!-- Generated from pipeline/tables/schema.py by scripts/build_data_dictionary.py;
     edit the schema, then rerun the script. A test checks this file is current. -->

`cls-pipeline run SOURCES --out DIR` writes these tables into `DIR` (by default
`data/processed/`):

- `<table>.csv`: UTF-8 (no BOM), comma-separated, `\\n` line endings, header row, one value
  per cell. A missing value is an empty cell. Dates are ISO `YYYY-MM-DD`, times
  `YYYY-MM-DDTHH:MM:SSZ` (UTC), booleans `true`/`false`. List values (ARS regions, axes,
  organisations, amendments, actions) have their own tables. A text cell that a
  spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
  carriage return, and is not a plain number such as `-1.5`) is written with a single
  quote before it (`'=1+1 Prévention`, `'@etalab/…`), and a text that starts with a quote
  before such a character gets one more; strip that one quote to get the value back.
  Parquet and DuckDB keep the raw value.
- `<table>.parquet`: the same columns, types and rows (dates as `date32`, integers as
  `int64`).
- `cls.duckdb`: a DuckDB database with every table, its primary and foreign keys, checks
  of closed vocabularies and the descriptions below as comments.
- `datapackage.json`: a Frictionless Data Package: a Table Schema per CSV file (types,
  required and enum constraints, primary and foreign keys, `missingValues`) and the
  SHA-256 hash and size of every CSV and Parquet file. Check it with
  `frictionless validate DIR/datapackage.json`.

Rows are sorted by primary key. Two runs on the same inputs give byte-identical CSV,
Parquet and `datapackage.json` files; the DuckDB file holds the same tables and rows but
its bytes may differ (DuckDB does not promise a stable layout), so it has no hash in the
package. The folder is replaced whole at the end of a run: an interrupted run leaves the
previous tables in place.

## How contracts are built

Each document (web page, press article, PDF) gives one record. Records about the same
territory (same official unit, or same name when no unit is found) with compatible
periods and generations are one contract: a web page and a press article about the same
CLS become one `contracts` row; a new CLS of the same territory is another row. A record
without a period joins the only contract of its territory; when several could fit it is
left unlinked (`documents.contract_match` = `ambiguous`) rather than guessed.

Each field of a contract takes the value of the most trusted document that states it:
a PDF (the signed contract) before a web page before a text (press article); then the
more complete record. The period's end is the exception: the latest year stated wins, as
extensions only move it later. List fields are taken whole from one document. Every value of every
document stays in `evidence` (`chosen` marks the ones used) and every disagreement is a
row of `conflicts`.

Territories are linked to the official geography of
`@etalab/decoupage-administratif` (the version is in `contracts.geo_vintage`) through
hand-written aliases (`pipeline/geo/aliases.csv`) first, then official names. A
name borne by several units is `ambiguous` unless the region of the contract's ARS
leaves one; no code is ever guessed.

## Tables

| table | one row per | primary key |
|---|---|---|
"""


def _overview(table: TableSchema) -> str:
    first_sentence = table.description.split(". ")[0].rstrip(".")
    return f"| [`{table.name}`](#{table.name}) | {first_sentence} | {_keys(table.primary_key)} |"


def _keys(columns: tuple[str, ...]) -> str:
    return ", ".join(f"`{c}`" for c in columns)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_table(table: TableSchema) -> str:
    """The section of one table."""
    lines = [f"## {table.name}", "", table.description, ""]
    lines.append(f"Primary key: {_keys(table.primary_key)}.")
    for fk in table.foreign_keys:
        lines.append(f"Foreign key: {_keys(fk.columns)} → `{fk.table}` ({_keys(fk.ref_columns)}).")
    lines += ["", "| column | type | filled | description | example |", "|---|---|---|---|---|"]
    for c in table.columns:
        filled = "always" if c.required else "when known"
        values = f" One of: {', '.join(f'`{v}`' for v in c.enum)}." if c.enum else ""
        lines.append(
            f"| `{c.name}` | {c.type} | {filled} | {_cell(c.description)}{_cell(values)} "
            f"| `{_cell(c.example)}` |"
        )
    return "\n".join(lines) + "\n"


def render_markdown() -> str:
    """The whole data dictionary."""
    parts = [INTRO + "\n".join(_overview(t) for t in TABLES) + "\n"]
    parts += [render_table(t) for t in TABLES]
    return "\n".join(parts)
