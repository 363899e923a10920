"""``cls-pipeline run``: the batch over sources or the catalogue, tables written whole."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.errors import debug_logging, fail_usage, failure_lines_of, reported
from pipeline.cli.options import catalogue_option, fetch_options, raw_dir_option
from pipeline.errors import SourceError
from pipeline.ingest.policy import FetchPolicy

if TYPE_CHECKING:
    from pipeline.batch.executors import ExecOptions
    from pipeline.batch.run import IngestOptions, Summary


@click.command()
@click.argument("sources", required=False)
@catalogue_option(
    "The national run: read the catalogue (data/sources/catalogue.csv when no PATH is "
    "given) instead of SOURCES.",
    optional_value=True,
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data/processed"),
    show_default=True,
    help="Where tables go.",
)
@raw_dir_option
@click.option("--offline", is_flag=True, help="Read URLs from the raw store only; no network.")
@click.option(
    "--discover/--no-discover",
    default=True,
    show_default=True,
    help="Also fetch the contract documents (PDF) that listed pages link to, and the CLS "
    "pages and documents that catalogue listing pages link to.",
)
@fetch_options
@click.option(
    "--follow-symlinks",
    is_flag=True,
    help="Also read symbolic links that lead out of an input folder (by default each "
    "is skipped with a warning row).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes reading and extracting documents (fetching stays in this process); "
    "with --executor dask and no --scheduler, the size of the local cluster.",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this machine; dask: a Dask distributed cluster "
    "(pip install 'cls-pipeline[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler address (tcp://host:8786); 'local' or none starts a local cluster.",
)
@click.option(
    "--full",
    "--force",
    "full",
    is_flag=True,
    help="Read and extract every document again instead of skipping unchanged ones "
    "(a document is skipped only when its bytes and every code and data file that reads "
    "it are unchanged).",
)
@click.option(
    "--corrections",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An analysts' corrections file (written by cls-pipeline review): its values "
    "replace the extracted ones, with provenance 'analyst' and the original kept.",
)
@click.option("--debug", is_flag=True, help="Show tracebacks of failures.")
def run(
    sources: str | None,
    catalogue: Path | None,
    out_dir: Path,
    raw_dir: Path,
    offline: bool,
    discover: bool,
    policy: FetchPolicy,
    follow_symlinks: bool,
    workers: int,
    executor: str,
    scheduler: str | None,
    full: bool,
    corrections: Path | None,
    debug: bool,
) -> None:
    """Run the batch over SOURCES (or the --catalogue) and write the tables to --out.

    SOURCES is a directory, a text file with one path or URL per line, or a CSV with a
    ``source`` (or ``url``) column and optional ``territory`` and ``id`` columns; a CSV
    with the catalogue's columns is read as a catalogue, whose listing pages (ARS and
    département pages) are followed to the territories' CLS pages and documents.
    URLs are fetched politely (robots.txt, User-Agent, per-host delay), kept in
    --raw-dir and revalidated on the next run; --offline reads them back from there.
    Each document's result is kept in --raw-dir/results: a re-run skips documents whose
    bytes did not change, nor the code, vocabularies, geography, plug-ins and spaCy model
    that read them; --force reads everything again; a killed run resumes.

    Exit status: 0 when every document was processed, 1 when some failed (one line
    each on stderr, one row each in errors.csv), 2 on a usage error. The tables are
    replaced whole at the end, or not at all.

    \b
    Example:
      cls-pipeline run data/raw/samples --out data/processed
      cls-pipeline run --catalogue --out data/processed --workers 4
      cls-pipeline run data/sources/catalogue.csv --offline
      cls-pipeline run corpus/ --executor dask --scheduler tcp://10.0.0.5:8786
      cls-pipeline run data/raw/samples --corrections data/corrections.csv
    """
    _check_usage(sources, catalogue, scheduler, executor)
    if debug:
        debug_logging()
    from pipeline.batch.executors import ExecOptions
    from pipeline.batch.run import IngestOptions

    spec = str(catalogue) if catalogue is not None else str(sources)
    options = IngestOptions(
        policy=policy, offline=offline, discover=discover, follow_symlinks=follow_symlinks
    )
    execution = ExecOptions(
        workers=workers, executor="dask" if executor == "dask" else "local", scheduler=scheduler
    )
    where = (spec, out_dir, raw_dir, options, execution)
    summary = _run(*where, reuse=not full, debug=debug, corrections=corrections)
    click.echo(summary.describe())
    if summary.failed:
        _report_failures(summary, out_dir)
        sys.exit(1)


def _check_usage(
    sources: str | None, catalogue: Path | None, scheduler: str | None, executor: str
) -> None:
    """Usage errors (exit 2) that click's options alone cannot express."""
    if (sources is None) == (catalogue is None):
        fail_usage("give SOURCES or --catalogue (one of them)")
    if scheduler is not None and executor != "dask":
        fail_usage("--scheduler needs --executor dask")


def _run(
    spec: str,
    out_dir: Path,
    raw_dir: Path,
    options: IngestOptions,
    execution: ExecOptions,
    *,
    reuse: bool,
    debug: bool,
    corrections: Path | None = None,
) -> Summary:
    """The batch, its foreseen failures turned into one-line messages."""
    from pipeline.batch.executors import ExecutorError
    from pipeline.batch.plan import BatchError
    from pipeline.batch.run import run_batch
    from pipeline.corrections import CorrectionsError
    from pipeline.ingest.manifest import ManifestError
    from pipeline.tables.lock import OutputBusy

    with reported(debug, "run", f"the tables in {out_dir} are left as they were"):
        try:
            return run_batch(
                spec, out_dir, raw_dir, options, execution, reuse=reuse, corrections=corrections
            )
        except (SourceError, CorrectionsError) as exc:
            fail_usage(str(exc))
        except ManifestError as exc:
            raise click.ClickException(f"cannot read the manifest: {exc}") from exc
        except (ExecutorError, BatchError, OutputBusy) as exc:
            raise click.ClickException(str(exc)) from exc


def _report_failures(summary: Summary, out_dir: Path) -> None:
    """One line per failed document on stderr, then how many failed."""
    for line in failure_lines_of(summary.errors, out_dir / "errors.csv"):
        click.echo(line, err=True)
    where = (
        "not written: the previous tables are kept"
        if summary.kept_previous
        else f"one row each in {out_dir / 'errors.csv'}"
    )
    click.echo(
        f"error: {summary.failed} of {summary.documents} documents failed ({where})", err=True
    )
