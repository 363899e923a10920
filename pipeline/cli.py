"""The ``cls-pipeline`` command: a thin layer over the library.

Heavy libraries (spaCy, pandas) are imported inside the commands that need them, so
that ``--help`` or ``text`` start fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline import __version__
from pipeline.cli_watch import watch
from pipeline.clierrors import debug_logging, failure_lines, reported
from pipeline.cliopts import catalogue_option, fetch_options, raw_dir_option
from pipeline.policy import FetchPolicy
from pipeline.sources import SourceError


def _fail_usage(message: str) -> None:
    raise click.UsageError(message)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cls-pipeline")
def cli() -> None:
    """Turn French Contrats Locaux de Santé publications into structured data."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--debug", is_flag=True, help="Show tracebacks of failures.")
def extract(inputs: tuple[str, ...], debug: bool) -> None:
    """Print one JSON record per document (JSON Lines) with its evidence.

    INPUT is a .txt, .html/.htm or .pdf file, a directory (searched recursively) or an
    http(s) URL.

    \b
    Example:
      cls-pipeline extract ../shared/corpus/seeds > seeds.jsonl
    """
    from pipeline.fetch import Ingestor
    from pipeline.process import process_source
    from pipeline.sources import resolve_inputs

    if debug:
        debug_logging()
    try:
        sources = resolve_inputs(list(inputs))
    except SourceError as exc:
        _fail_usage(str(exc))
        return
    failed = 0
    with reported(debug, "extract"), Ingestor() as ingestor:
        for source in sources:
            outcome = process_source(source, ingestor)
            if outcome.record is not None:
                click.echo(json.dumps(outcome.record.to_dict(), ensure_ascii=False))
            failed += bool(outcome.errors)
            for error in outcome.errors:
                click.echo(f"error: {error.source}: {error.stage}: {error.message}", err=True)
    if failed:
        click.echo(f"{failed} of {len(sources)} documents failed", err=True)
        sys.exit(1)


@cli.command()
@click.argument("input_", metavar="INPUT")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per block.")
@click.option(
    "--meta",
    is_flag=True,
    help="First print the page metadata (title, publication and update dates).",
)
def text(input_: str, as_json: bool, meta: bool) -> None:
    """Print the text blocks extracted from one document (kind, page, text).

    Warnings (such as scanned PDF pages that could not be read) go to stderr.

    \b
    Example:
      cls-pipeline text data/raw/samples/reims-cls2.html
      cls-pipeline text --meta --json ../shared/corpus/dev/d14-tregor-goelo.pdf
    """
    from pipeline.process import read_source
    from pipeline.sources import resolve_inputs

    try:
        sources = resolve_inputs([input_])
    except SourceError as exc:
        _fail_usage(str(exc))
        return
    if len(sources) != 1:
        _fail_usage(f"{input_}: give exactly one document")
    outcome = read_source(sources[0])
    for error in outcome.errors:
        click.echo(f"error: {error.source}: {error.stage}: {error.message}", err=True)
    if outcome.document is None:
        sys.exit(1)
    doc = outcome.document
    if meta:
        if as_json:
            click.echo(json.dumps({"metadata": doc.metadata}, ensure_ascii=False))
        else:
            for key, value in doc.metadata.items():
                click.echo(f"{'meta':<11} {key:<5} {value}")
    for block in doc.blocks:
        if as_json:
            click.echo(
                json.dumps(
                    {
                        "kind": block.kind,
                        "page": block.page,
                        "level": block.level,
                        "start": block.start,
                        "end": block.end,
                        "ocr": block.ocr,
                        "text": block.text,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            page = "-" if block.page is None else str(block.page)
            kind = block.kind + (str(block.level) if block.level else "")
            click.echo(f"{kind:<11} p{page:<4} {block.text}")
    for warning in doc.warnings:
        click.echo(f"warning: {warning}", err=True)


@cli.command()
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
    is_flag=True,
    help="Read and extract every document again instead of skipping unchanged ones.",
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
    workers: int,
    executor: str,
    scheduler: str | None,
    full: bool,
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
    bytes and extractor versions did not change, and a killed run resumes.

    Exit status: 0 when every document was processed, 1 when some failed (one line
    each on stderr, one row each in errors.csv), 2 on a usage error. The tables are
    replaced whole at the end, or not at all.

    \b
    Example:
      cls-pipeline run data/raw/samples --out data/processed
      cls-pipeline run --catalogue --out data/processed --workers 4
      cls-pipeline run data/sources/catalogue.csv --offline
      cls-pipeline run corpus/ --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from pipeline.batch import IngestOptions, run_batch
    from pipeline.batchplan import BatchError
    from pipeline.executors import ExecOptions, ExecutorError
    from pipeline.manifest import ManifestError

    if (sources is None) == (catalogue is None):
        _fail_usage("give SOURCES or --catalogue (one of them)")
    if debug:
        debug_logging()
    if scheduler is not None and executor != "dask":
        _fail_usage("--scheduler needs --executor dask")
    spec = str(catalogue) if catalogue is not None else str(sources)
    options = IngestOptions(policy=policy, offline=offline, discover=discover)
    execution = ExecOptions(
        workers=workers, executor="dask" if executor == "dask" else "local", scheduler=scheduler
    )
    with reported(debug, "run", f"the tables in {out_dir} are left as they were"):
        try:
            summary = run_batch(spec, out_dir, raw_dir, options, execution, reuse=not full)
        except SourceError as exc:
            _fail_usage(str(exc))
            return
        except ManifestError as exc:
            raise click.ClickException(f"cannot read the manifest: {exc}") from exc
        except (ExecutorError, BatchError) as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(summary.describe())
    if summary.failed:
        for line in failure_lines(out_dir):
            click.echo(line, err=True)
        click.echo(
            f"error: {summary.failed} of {summary.documents} documents failed "
            f"(one row each in {out_dir / 'errors.csv'})",
            err=True,
        )
        sys.exit(1)


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--pred",
    "pred_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Predictions as JSON Lines; without it, the documents beside the gold "
    "files are extracted.",
)
@click.option("-v", "--verbose", is_flag=True, help="List every mismatch.")
def evaluate(gold_dir: Path, pred_file: Path | None, verbose: bool) -> None:
    """Score predictions against the gold records of GOLD_DIR (per SCHEMA.md).

    \b
    Example:
      cls-pipeline evaluate ../shared/corpus/seeds
      cls-pipeline evaluate ../shared/corpus/dev --pred dev.jsonl
    """
    from pipeline.evaluate import evaluate as score_all
    from pipeline.evaluate import format_score

    golds = [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.gold.json"))
    ]
    if not golds:
        _fail_usage(f"{gold_dir}: no *.gold.json files")
    preds: dict[str, dict[str, object]] = {}
    if pred_file is not None:
        for line in pred_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                preds[str(rec["id"])] = rec
    else:
        from pipeline.process import process_source
        from pipeline.sources import Source
        from pipeline.text import SUFFIX_KINDS

        for gold in golds:
            for suffix in SUFFIX_KINDS:
                path = gold_dir / f"{gold['id']}{suffix}"
                if path.exists():
                    outcome = process_source(Source(str(path)))
                    if outcome.record is not None:
                        preds[str(gold["id"])] = outcome.record.to_dict()
                    for error in outcome.errors:
                        click.echo(f"error: {error.source}: {error.message}", err=True)
                    break
    click.echo(format_score(score_all(golds, preds), verbose=verbose))


@cli.command()
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


@cli.group()
def extractors() -> None:
    """Inspect and create extractors (built-in and installed plug-ins)."""


@extractors.command("list")
def extractors_list() -> None:
    """Show every loaded extractor with its version, kind and where it comes from.

    \b
    Example:
      cls-pipeline extractors list
    """
    from extractors.registry import BadExtractorError, DuplicateExtractorError, default_registry

    try:
        registered = default_registry().all()
    except (DuplicateExtractorError, BadExtractorError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{'name':<24} {'version':<9} {'kind':<10} origin")
    for item in registered:
        click.echo(f"{item.name:<24} {item.version:<9} {item.kind:<10} {item.origin}")


@extractors.command("new")
@click.argument("name")
@click.option(
    "--dir",
    "parent",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Where the package folder goes.",
)
def extractors_new(name: str, parent: Path) -> None:
    """Write a working territory-extractor package NAME (module, patterns, golden test).

    \b
    Example:
      cls-pipeline extractors new pays_de_lorient --dir plugins
      cd plugins/cls-extractor-pays-de-lorient && python -m pytest tests && pip install -e .
    """
    from extractors.scaffold import ScaffoldError, write_skeleton

    try:
        target = write_skeleton(name, parent)
    except ScaffoldError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(f"wrote {target}")
    click.echo(f"next: cd {target} && python -m pytest tests && pip install -e .")


cli.add_command(watch)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="cls-pipeline")
