"""``cls-pipeline extract``: one JSON record per document, with its evidence."""

from __future__ import annotations

import json
import sys

import click

from pipeline.cli.errors import debug_logging, fail_usage, reported
from pipeline.cli.options import max_seconds_option
from pipeline.errors import SourceError
from pipeline.ingest.policy import FetchPolicy


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@max_seconds_option
@click.option(
    "--follow-symlinks",
    is_flag=True,
    help="Also read symbolic links that lead out of an input folder (by default each "
    "is skipped with a warning).",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Add to each record an 'explain' object: for each field chosen by the resolver "
    "(period, generation, signature date, territory, lead body, counts), the chosen "
    "candidate and the rejected ones with their zone, score, weight and evidence.",
)
@click.option("--debug", is_flag=True, help="Show tracebacks of failures.")
def extract(
    inputs: tuple[str, ...],
    policy: FetchPolicy,
    follow_symlinks: bool,
    explain: bool,
    debug: bool,
) -> None:
    """Print one JSON record per document (JSON Lines) with its evidence.

    INPUT is a .txt, .html/.htm or .pdf file, a directory (searched recursively) or an
    http(s) URL.

    \b
    Example:
      cls-pipeline extract ../shared/corpus/seeds > seeds.jsonl
      cls-pipeline extract --explain data/raw/samples/reims-cls2.html
    """
    from pipeline.batch.stages import process_source
    from pipeline.ingest.fetch import Ingestor
    from pipeline.ingest.sources import collect_inputs

    if debug:
        debug_logging()
    try:
        resolved = collect_inputs(list(inputs), follow_symlinks=follow_symlinks)
    except SourceError as exc:
        fail_usage(str(exc))
        return
    sources = resolved.sources
    for skipped in resolved.skipped:
        click.echo(f"warning: {skipped.source}: {skipped.message}", err=True)
    failed = 0
    with reported(debug, "extract"), Ingestor(policy=policy) as ingestor:
        for source in sources:
            outcome = process_source(source, ingestor)
            if outcome.record is not None:
                record = outcome.record.to_dict()
                if explain and outcome.document is not None:
                    from extractors import explain as why

                    record["explain"] = why(outcome.document)
                click.echo(json.dumps(record, ensure_ascii=False))
            failed += bool(outcome.errors)
            for error in outcome.errors:
                click.echo(f"error: {error.source}: {error.stage}: {error.message}", err=True)
    if failed:
        click.echo(f"{failed} of {len(sources)} documents failed", err=True)
        sys.exit(1)
