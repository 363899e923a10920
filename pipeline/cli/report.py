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
@click.option(
    "--force",
    is_flag=True,
    help="Replace the --out file even when it is not a report written by this command.",
)
def report(tables_dir: Path, out_file: Path | None, force: bool) -> None:
    """Write a self-contained HTML report of the tables a run wrote to DIR.

    Row counts, per-field coverage, errors and warnings, and plots (timeline, signatories,
    axes and actions), in one file that opens offline. It reads only the published
    tables (datapackage.json and its CSV files). An earlier report at the same place is
    replaced (the message says so); any other existing file is left alone unless --force.

    \b
    Example:
      cls-pipeline report data/processed
      cls-pipeline report data/processed --out /tmp/run-report.html
    """
    from pipeline.report import REPORT_NAME, NoTablesError, TablesError, write_report

    target = out_file if out_file is not None else tables_dir / REPORT_NAME
    replacing = _check_target(target, force)
    try:
        path = write_report(tables_dir, out_file)
    except NoTablesError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    except (TablesError, OSError) as exc:
        raise click.ClickException(f"cannot write the report: {exc}") from exc
    click.echo(f"report written to {path}" + (f" ({replacing})" if replacing else ""))


REPORT_MARK = b"<title>CLS run report: "


def _check_target(target: Path, force: bool) -> str:
    """What writing ``target`` replaces ("" for nothing); a file that is not one of our
    reports stops the command (exit 1) unless ``force``."""
    if not target.exists():
        return ""
    if target.is_dir():
        raise click.ClickException(f"{target} is a folder; give a file name to --out")
    try:
        with target.open("rb") as handle:
            ours = REPORT_MARK in handle.read(4096)
    except OSError:
        ours = False
    if ours:
        return "replacing the previous report"
    if not force:
        raise click.ClickException(
            f"{target} exists and is not a cls-pipeline report; --force replaces it"
        )
    return f"replacing {target.name} (--force)"
