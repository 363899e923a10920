"""The ``cls-pipeline`` group: names the commands, imports one when it is looked up.

Kept apart from ``pipeline.cli`` so that ``main`` can start the PDF reader before click
and the command modules are imported (see ``pipeline.cli``).
"""

from __future__ import annotations

import importlib

import click

from pipeline import __version__

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
