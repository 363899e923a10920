"""What ``cls-pipeline text`` does, without click; and its path that skips click.

What: ``read_one`` loads and reads one source, ``report`` prints what the command
prints (errors, the blocks, warnings) through a given ``echo`` and says the exit
status; the click command (``pipeline.cli.text``) is these two calls. ``run_plain``
runs ``cls-pipeline text INPUT`` (no option) with neither click nor the command's
options imported, and ``exit_now`` ends the process after it without the interpreter's
teardown; ``pipeline.cli.main`` takes this path for a local PDF.

Why: the command line's own work is paid on top of the PDF reader's on a loaded
machine and after it on an idle one: importing click and the command's options costs
some eighty million instructions, the interpreter's teardown (every module and object
freed one by one) some thirty, together about a sixth of the whole command on a
ten-page PDF. With no option there is nothing for click to parse. Whatever click would
do differently goes to click: an input that is not exactly one document (its usage
error), a stream that is not UTF-8 (click re-encodes), text holding escape sequences
(click strips them from output that is not a terminal).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from pipeline.ingest.policy import FetchPolicy
    from pipeline.records.document import Document
    from pipeline.records.source import Outcome, Source

Echo = Callable[..., None]


def read_one(source: Source, policy: FetchPolicy) -> Outcome:
    """Load and read one source into an outcome (its Document or its errors)."""
    from pipeline.batch.stages import read_source
    from pipeline.ingest.fetch import Ingestor

    with Ingestor(policy=policy) as ingestor:
        return read_source(source, ingestor)


def report(outcome: Outcome, as_json: bool, meta: bool, echo: Echo) -> int:
    """Print the outcome's errors (stderr), its blocks, its warnings (stderr); the exit
    status (1: no document)."""
    for error in outcome.errors:
        echo(f"error: {error.source}: {error.stage}: {error.message}", err=True)
    if outcome.document is None:
        return 1
    doc = outcome.document
    out = printed(doc, as_json, meta)
    if out:
        echo("\n".join(out))
    for warning in doc.warnings:
        echo(f"warning: {warning}", err=True)
    return 0


def printed(doc: Document, as_json: bool, meta: bool) -> list[str]:
    """The lines ``text`` prints, built first and printed at once (a 200-page contract
    has a thousand blocks; one flushed echo each would cost more than building them)."""
    out: list[str] = []
    if as_json:
        import json
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


def run_plain(input_: str) -> int | None:
    """``cls-pipeline text INPUT`` without click: the exit status, or None (nothing
    done, nothing printed) when click must run the command instead."""
    if not (_utf8(sys.stdout) and _utf8(sys.stderr)):
        return None
    from pipeline.errors import SourceError
    from pipeline.ingest.policy import FetchPolicy
    from pipeline.ingest.sources import resolve_inputs

    try:
        sources = resolve_inputs([input_])
    except SourceError:
        return None
    if len(sources) != 1:
        return None
    try:
        return report(read_one(sources[0], FetchPolicy()), False, False, _echo)
    except KeyboardInterrupt:  # as click's main says it
        _echo("Aborted!", err=True)
        return 1
    except BrokenPipeError:  # output piped into a command that stopped reading (head)
        return 1


def _utf8(stream: object) -> bool:
    encoding = str(getattr(stream, "encoding", "") or "").lower().replace("-", "")
    return encoding in ("utf8", "utf_8")


def _echo(message: str, err: bool = False) -> None:
    """``click.echo`` of a line, without click unless the text holds an escape sequence."""
    if "\x1b" in message:
        import click

        click.echo(message, err=err)
        return
    stream = sys.stderr if err else sys.stdout
    stream.write(message + "\n")
    stream.flush()


def exit_now(code: int) -> NoReturn:
    """End the process after ``run_plain``: flush the output, stop and reap the PDF
    reader (its CPU time and memory stay accounted to this command), skip the rest of
    the interpreter's teardown."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    isolate = sys.modules.get("pipeline.text.isolate")
    if isolate is not None:
        isolate.default_pool().close()
    from pipeline.text.pdfstart import stop_early

    stop_early()
    os._exit(code)
