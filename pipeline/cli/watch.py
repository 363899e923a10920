"""The ``cls-pipeline watch`` command: a thin layer over ``pipeline.watch``.

Kept apart from ``pipeline.cli`` so that the command that schedules well has an owner
of its own; it imports neither spaCy nor pandas.
"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.options import catalogue_option, fetch_options, raw_dir_option
from pipeline.ingest.policy import FetchPolicy


@click.command()
@catalogue_option("The catalogue to watch.", optional_value=False)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data/processed/watch"),
    show_default=True,
    help="Where watch.csv, watch.parquet and datapackage.json go.",
)
@raw_dir_option
@fetch_options
def watch(catalogue: Path, out_dir: Path, raw_dir: Path, policy: FetchPolicy) -> None:
    """Re-fetch the catalogue and report what is new or changed since the last watch.

    Every catalogue URL, and every document or territory page its pages link to, is
    fetched with a conditional request (an unchanged document answers 304 and is not
    downloaded again), kept in --raw-dir like `run` does, and compared with what the
    previous watch saw (--raw-dir/watch-state.json): new documents, new links, changed
    bytes, failures and URLs gone. The table goes to --out, a summary to stdout; the
    exit status is 0 whatever the servers answered.

    \b
    Example:
      cls-pipeline watch
      cls-pipeline watch --catalogue data/sources/catalogue.csv --out data/processed/watch
    """
    from pipeline.errors import SourceError
    from pipeline.ingest.manifest import ManifestError
    from pipeline.watch.report import summary, write_report
    from pipeline.watch.run import run_watch
    from pipeline.watch.state import StateError

    try:
        result = run_watch(catalogue, raw_dir, policy)
    except SourceError as exc:
        raise click.UsageError(str(exc)) from exc
    except (ManifestError, StateError) as exc:
        raise click.ClickException(f"cannot read the previous state: {exc}") from exc
    write_report(result.changes, out_dir)
    result.save()
    click.echo(summary(result, out_dir))
