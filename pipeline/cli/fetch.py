"""``cls-pipeline fetch``: download sources into the raw store, nothing else.

What: every URL of SOURCES is fetched under the same rules as ``run`` (robots.txt, the
private-address guard, size and time limits, the HTTP cache), kept in --raw-dir by
content hash and noted in its manifest; one line per source says what happened. No
text is read, nothing is extracted, no link is followed.

Why: an analyst fills or refreshes the raw store ahead of a run (``run --offline``
reads it back), or checks one server's answer, without the cost of the whole batch.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.errors import fail_usage, reported
from pipeline.cli.options import fetch_options, raw_dir_option
from pipeline.errors import SourceError, UnsupportedInput
from pipeline.ingest.policy import FetchPolicy
from pipeline.model import Source


@click.command()
@click.argument("sources", nargs=-1, required=True)
@raw_dir_option
@fetch_options
def fetch(sources: tuple[str, ...], raw_dir: Path, policy: FetchPolicy) -> None:
    """Fetch SOURCES into --raw-dir and print one line per source.

    A SOURCE is an http(s) URL, or a file listing URLs (one per line, or a CSV with a
    ``source`` or ``url`` column). Each line is ``ok URL sha256 bytes kind`` (``cached``
    instead of ``ok`` when the server answered 304) or ``error URL: reason``. Exit
    status: 0 when every URL was fetched, 1 when some failed, 2 on a usage error.

    \b
    Example:
      cls-pipeline fetch https://www.example.fr/cls.pdf
      cls-pipeline fetch urls.txt --raw-dir data/raw --max-seconds 60
    """
    from pipeline.ingest.fetch import FetchError, Ingestor

    urls = _urls(sources)
    failed = 0
    with reported(False, "fetch"), Ingestor(raw_dir, policy) as ingestor:
        for source in urls:
            try:
                got = ingestor.load(source)
            except (FetchError, UnsupportedInput) as exc:
                failed += 1
                click.echo(f"error {source.location}: {exc}")
                continue
            state = "cached" if got.not_modified else "ok"
            click.echo(f"{state} {source.location} {got.sha256} {len(got.data)} {got.kind}")
        network = ingestor.counters.network
    if network is not None:
        click.echo(network, err=True)
    if failed:
        click.echo(f"{failed} of {len(urls)} sources failed", err=True)
        sys.exit(1)


def _urls(sources: tuple[str, ...]) -> list[Source]:
    """The URL sources of the arguments; a local document is a usage error."""
    from pipeline.ingest.sources import resolve_batch, resolve_inputs

    found: list[Source] = []
    try:
        for item in sources:
            path = Path(item)
            found.extend(resolve_batch(item) if path.is_file() else resolve_inputs([item]))
    except SourceError as exc:
        fail_usage(str(exc))
    local = [s.location for s in found if not s.is_url]
    if local:
        fail_usage(f"{local[0]}: fetch takes URLs (or files listing URLs), not documents")
    return found
