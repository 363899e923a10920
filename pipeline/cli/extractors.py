"""``cls-pipeline extractors``: list the registered extractors, scaffold a new one."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
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
