"""``cls-pipeline text``: the typed blocks the text stage reads from one document."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from pipeline.cli.errors import fail_usage
from pipeline.cli.options import max_seconds_option
from pipeline.errors import SourceError
from pipeline.ingest.policy import FetchPolicy

if TYPE_CHECKING:
    from pipeline.model import Document


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
    from pipeline.batch.stages import read_source
    from pipeline.ingest.fetch import Ingestor
    from pipeline.ingest.sources import resolve_inputs

    try:
        sources = resolve_inputs([input_])
    except SourceError as exc:
        fail_usage(str(exc))
        return
    if len(sources) != 1:
        fail_usage(f"{input_}: give exactly one document")
    with Ingestor(policy=policy) as ingestor:
        outcome = read_source(sources[0], ingestor)
    for error in outcome.errors:
        click.echo(f"error: {error.source}: {error.stage}: {error.message}", err=True)
    if outcome.document is None:
        sys.exit(1)
    doc = outcome.document
    out = _printed(doc, as_json, meta)
    if out:
        click.echo("\n".join(out))
    for warning in doc.warnings:
        click.echo(f"warning: {warning}", err=True)


def _printed(doc: Document, as_json: bool, meta: bool) -> list[str]:
    """The lines ``text`` prints, built first and printed at once (a 200-page contract
    has a thousand blocks; one flushed echo each would cost more than building them)."""
    out: list[str] = []
    if meta:
        if as_json:
            out.append(json.dumps({"metadata": doc.metadata}, ensure_ascii=False))
        else:
            for key, value in doc.metadata.items():
                out.append(f"{'meta':<11} {key:<5} {value}")
    zones = _zones(doc) if as_json else []
    for index, block in enumerate(doc.blocks):
        if as_json:
            out.append(
                json.dumps(
                    {
                        "kind": block.kind,
                        "zone": zones[index],
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
            out.append(f"{kind:<11} p{page:<4} {block.text}")
    return out


def _zones(doc: Document) -> list[str]:
    """The zone of every block, as the extractors' resolver weighs it (``extractors.zones``;
    light: word lists, no NLP)."""
    from extractors.zones import classify

    return classify(doc)
