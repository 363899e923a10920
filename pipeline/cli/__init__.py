"""The ``cls-pipeline`` command: a thin layer over the library, one module per command.

The group here only names the commands; each lives in its own module (``extract``,
``text``, ``fetch``, ``run``, ``evaluate``, ``report``, ``review``, ``extractors``,
``watch``) with its options (shared ones in ``options``) and turns library errors into one-line messages
(``errors``). A command's module is imported only when that command runs (or when
``--help`` lists them), so that ``text`` does not pay for the imports of ``run`` or
``watch``; heavy libraries (spaCy, pandas) are imported inside the commands that need
them. ``cls-pipeline text`` on a PDF starts the isolated PDF reader before any of this
is imported, so that the reader's start overlaps the command's own.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from pipeline import __version__

__all__ = ["COMMANDS", "cli", "main"]

# command name -> module of pipeline.cli that defines it (under the same name)
COMMANDS = {
    "extract": "extract",
    "text": "text",
    "fetch": "fetch",
    "run": "run",
    "evaluate": "evaluate",
    "report": "report",
    "review": "review",
    "extractors": "extractors",
    "watch": "watch",
}


class _LazyGroup(click.Group):
    """A group whose commands are imported when they are looked up."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMANDS.get(cmd_name)
        if module is None:
            return None
        command: click.Command = getattr(
            importlib.import_module(f"pipeline.cli.{module}"), cmd_name
        )
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cls-pipeline")
def cli() -> None:
    """Turn French Contrats Locaux de Santé publications into structured data."""


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the console script."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) >= 2 and args[0] == "text":
        from pipeline.text.pdfstart import prestart_for

        prestart_for(args[1:])
    return cli(args=args, prog_name="cls-pipeline")
