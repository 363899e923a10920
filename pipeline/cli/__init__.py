"""The ``cls-pipeline`` command: a thin layer over the library, one module per command.

The group (``group``) only names the commands; each lives in its own module
(``extract``, ``text``, ``fetch``, ``run``, ``evaluate``, ``report``, ``review``,
``extractors``, ``watch``) with its options (shared ones in ``options``) and turns
library errors into one-line messages (``errors``). A command's module is imported only
when that command runs (or when ``--help`` lists them), so that ``text`` does not pay
for the imports of ``run`` or ``watch``; heavy libraries (spaCy, pandas) are imported
inside the commands that need them. ``cls-pipeline text`` on a PDF starts the isolated
PDF reader before any of this, click included, is imported: the reader's start then
overlaps the command's own. ``cli`` (the group) is looked up lazily for that reason.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.cli.group import COMMANDS, cli

__all__ = ["COMMANDS", "cli", "main"]


def __getattr__(name: str) -> Any:
    """``cli`` and ``COMMANDS``, imported with click when first asked for."""
    if name in ("cli", "COMMANDS"):
        from pipeline.cli import group

        return getattr(group, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the console script."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) >= 2 and args[0] == "text":
        from pipeline.text.pdfstart import prestart_for

        if prestart_for(args[1:]) and len(args) == 2 and argv is None:
            from pipeline.cli.textrun import exit_now, run_plain

            code = run_plain(args[1])  # a local PDF, no option: nothing for click to do
            if code is not None:
                exit_now(code)
    from pipeline.cli.group import cli

    return cli(args=args, prog_name="cls-pipeline")
