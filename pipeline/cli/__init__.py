"""The ``cls-pipeline`` command: a thin layer over the library, one module per command.

The group here only names the commands; each lives in its own module (``extract``,
``text``, ``fetch``, ``run``, ``evaluate``, ``report``, ``review``, ``extractors``,
``watch``) with its options (shared ones in ``options``) and turns library errors into one-line messages
(``errors``). Heavy libraries (spaCy, pandas) are imported inside the commands that need
them, so that ``--help`` or ``text`` start fast.
"""

from __future__ import annotations

import click

from pipeline import __version__
from pipeline.cli.evaluate import evaluate
from pipeline.cli.extract import extract
from pipeline.cli.extractors import extractors
from pipeline.cli.fetch import fetch
from pipeline.cli.report import report
from pipeline.cli.review import review
from pipeline.cli.run import run
from pipeline.cli.text import text
from pipeline.cli.watch import watch

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cls-pipeline")
def cli() -> None:
    """Turn French Contrats Locaux de Santé publications into structured data."""


for _command in (extract, text, fetch, run, evaluate, report, review, extractors, watch):
    cli.add_command(_command)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="cls-pipeline")
