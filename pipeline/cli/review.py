"""``cls-pipeline review``: a local web page to check a run's values and correct them."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.errors import fail_usage
from pipeline.cli.options import raw_dir_option


@click.command()
@click.argument("out_dir", metavar="OUT_DIR", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8765,
    show_default=True,
    help="Port on 127.0.0.1 (0: any free port, printed at start).",
)
@click.option(
    "--corrections",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The corrections file rows are appended to (created on the first correction).  "
    "[default: corrections.csv beside OUT_DIR]",
)
@raw_dir_option
def review(out_dir: Path, port: int, corrections: Path | None, raw_dir: Path) -> None:
    """Serve a review page of the tables in OUT_DIR on http://127.0.0.1:PORT/.

    A contracts list with filters and counts; per contract every field with its value,
    confidence, the candidates that lost and the document text with the evidence span
    marked; organisations, actions per axis. Correct, accept or mark "not stated": one
    row is appended to the corrections file per decision, which
    `cls-pipeline run ... --corrections FILE` applies. Listens on 127.0.0.1 only and
    writes nothing but the corrections file. Ctrl-C stops it.

    \b
    Example:
      cls-pipeline review data/processed
      cls-pipeline review data/processed --port 8800 --corrections data/corrections.csv
    """
    from pipeline.corrections import CorrectionsError, read_corrections
    from pipeline.report.load import NoTablesError, TablesError
    from pipeline.review.server import PortTaken, ReviewApp, ReviewServer

    corrections = corrections or out_dir.parent / "corrections.csv"
    if not corrections.parent.is_dir():
        fail_usage(f"{corrections.parent}: no such folder for the corrections file")
    try:
        read_corrections(corrections)
        app = ReviewApp(out_dir, corrections, raw_dir, Path.cwd())
    except (CorrectionsError, NoTablesError) as exc:
        fail_usage(str(exc))
    except TablesError as exc:
        raise click.ClickException(f"cannot read the tables: {exc}") from exc
    try:
        server = ReviewServer(app, port)
    except PortTaken as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"review: {server.url} (Ctrl-C stops); corrections go to {corrections}")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("review stopped")
    finally:
        server.httpd.server_close()
