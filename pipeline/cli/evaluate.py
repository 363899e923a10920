"""``cls-pipeline evaluate``: predictions scored against gold records (SCHEMA.md)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.cli.errors import fail_usage


@click.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--pred",
    "pred_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Predictions as JSON Lines; without it, the documents beside the gold "
    "files are extracted.",
)
@click.option("-v", "--verbose", is_flag=True, help="List every mismatch.")
def evaluate(gold_dir: Path, pred_file: Path | None, verbose: bool) -> None:
    """Score predictions against the gold records of GOLD_DIR (per SCHEMA.md).

    \b
    Example:
      cls-pipeline evaluate ../shared/corpus/seeds
      cls-pipeline evaluate ../shared/corpus/dev --pred dev.jsonl
    """
    from pipeline.evaluate.score import evaluate as score_all
    from pipeline.evaluate.score import format_score

    golds = [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.gold.json"))
    ]
    if not golds:
        fail_usage(f"{gold_dir}: no *.gold.json files")
    preds: dict[str, dict[str, object]] = {}
    if pred_file is not None:
        for line in pred_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                preds[str(rec["id"])] = rec
    else:
        from pipeline.batch.stages import process_source
        from pipeline.model import Source
        from pipeline.text import SUFFIX_KINDS

        for gold in golds:
            for suffix in SUFFIX_KINDS:
                path = gold_dir / f"{gold['id']}{suffix}"
                if path.exists():
                    outcome = process_source(Source(str(path)))
                    if outcome.record is not None:
                        preds[str(gold["id"])] = outcome.record.to_dict()
                    for error in outcome.errors:
                        click.echo(f"error: {error.source}: {error.message}", err=True)
                    break
    click.echo(format_score(score_all(golds, preds), verbose=verbose))
