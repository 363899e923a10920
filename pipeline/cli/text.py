"""``cls-pipeline text``: the typed blocks the text stage reads from one document."""

from __future__ import annotations

import sys

import click

from pipeline.cli.errors import fail_usage
from pipeline.cli.options import max_seconds_option
from pipeline.errors import SourceError
from pipeline.ingest.policy import FetchPolicy


@click.command()
@click.argument("input_", metavar="INPUT")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="One JSON object per block, with the zone the extractors see it in (cover, toc, "
    "history, duration, parties, fiche, signature, annex, glossary, teaser, furniture, "
    "body).",
)
@click.option(
    "--meta",
    is_flag=True,
    help="First print the page metadata (title, publication and update dates, site "
    "name, masthead logo, publisher, author).",
)
@max_seconds_option
def text(input_: str, as_json: bool, meta: bool, policy: FetchPolicy) -> None:
    """Print the text blocks extracted from one document (kind, page, text).

    Warnings (such as scanned PDF pages that could not be read) go to stderr.

    \b
    Example:
      cls-pipeline text data/raw/samples/reims-cls2.html
      cls-pipeline text --meta --json ../shared/corpus/dev/d14-tregor-goelo.pdf
    """
    from pipeline.cli.textrun import read_one, report
    from pipeline.ingest.sources import resolve_inputs

    try:
        sources = resolve_inputs([input_])
    except SourceError as exc:
        fail_usage(str(exc))
        return
    if len(sources) != 1:
        fail_usage(f"{input_}: give exactly one document")
    code = report(read_one(sources[0], policy), as_json, meta, click.echo)
    if code:
        sys.exit(code)
