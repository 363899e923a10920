"""``cls-pipeline report``: one self-contained HTML page over a run's tables."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.argument("tables_dir", metavar="DIR", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write.  [default: DIR/report.html]",
)
def report(tables_dir: Path, out_file: Path | None) -> None:
    """Write a self-contained HTML report of the tables a run wrote to DIR.

    Row counts, per-field coverage, errors and warnings, and plots (timeline, signatories,
    axes and actions), in one file that opens offline. It reads only the published
    tables (datapackage.json and its CSV files).

    \b
    Example:
      cls-pipeline report data/processed
      cls-pipeline report data/processed --out /tmp/run-report.html
    """
    from pipeline.report import NoTablesError, TablesError, write_report

    try:
        path = write_report(tables_dir, out_file)
    except NoTablesError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    except (TablesError, OSError) as exc:
        raise click.ClickException(f"cannot write the report: {exc}") from exc
    click.echo(f"report written to {path}")
