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
@click.option(
    "--corrections",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An analysts' corrections file (cls-pipeline review): gold values are replaced by "
    "the corrected ones; a corrected document without a gold file (with --pred) is scored "
    "against its prediction with its corrections.",
)
@click.option("-v", "--verbose", is_flag=True, help="List every mismatch.")
def evaluate(
    gold_dir: Path, pred_file: Path | None, corrections: Path | None, verbose: bool
) -> None:
    """Score predictions against the gold records of GOLD_DIR (per SCHEMA.md).

    \b
    Example:
      cls-pipeline evaluate ../shared/corpus/seeds
      cls-pipeline evaluate ../shared/corpus/dev --pred dev.jsonl
      cls-pipeline evaluate ../shared/corpus/seeds --corrections data/corrections.csv
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
    if corrections is not None:
        golds = _with_corrections(golds, preds, corrections)
    click.echo(format_score(score_all(golds, preds), verbose=verbose))


def _with_corrections(
    golds: list[dict[str, object]], preds: dict[str, dict[str, object]], path: Path
) -> list[dict[str, object]]:
    """The gold records with the corrections of ``path``; unused rows named on stderr."""
    from pipeline.corrections import CorrectionsError, load
    from pipeline.evaluate.gold import corrected_golds

    try:
        found = load(path)
    except CorrectionsError as exc:
        fail_usage(str(exc))
    fixed, skipped = corrected_golds(golds, preds, found)
    for line in skipped:
        click.echo(f"warning: {path}: {line}: not used", err=True)
    return fixed
