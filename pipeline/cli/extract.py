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
@click.option("--debug", is_flag=True, help="Show tracebacks of failures.")
def extract(inputs: tuple[str, ...], policy: FetchPolicy, debug: bool) -> None:
    """Print one JSON record per document (JSON Lines) with its evidence.

    INPUT is a .txt, .html/.htm or .pdf file, a directory (searched recursively) or an
    http(s) URL.

    \b
    Example:
      cls-pipeline extract ../shared/corpus/seeds > seeds.jsonl
    """
    from pipeline.batch.stages import process_source
    from pipeline.ingest.fetch import Ingestor
    from pipeline.ingest.sources import resolve_inputs

    if debug:
        debug_logging()
    try:
        sources = resolve_inputs(list(inputs))
    except SourceError as exc:
        fail_usage(str(exc))
        return
    failed = 0
    with reported(debug, "extract"), Ingestor(policy=policy) as ingestor:
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
