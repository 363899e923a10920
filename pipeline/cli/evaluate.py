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

    Documents with a NAME.actions.json gold also have their fiches actions scored: an
    "actions" line (matching P/R/F1, then the accuracy of each field over matched
    actions) before the headline micro line, which does not count them.

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
    report = format_score(score_all(golds, preds), verbose=verbose).split("\n")
    action_golds = _action_golds(gold_dir, golds)
    if action_golds:
        from pipeline.evaluate.actions import evaluate_actions, format_actions

        # before the last line, which stays the headline ``micro …``
        report[-1:-1] = format_actions(evaluate_actions(action_golds, preds), verbose=verbose)
    click.echo("\n".join(report))


def _action_golds(
    gold_dir: Path, golds: list[dict[str, object]]
) -> list[tuple[str, list[dict[str, object]]]]:
    """The ``NAME.actions.json`` golds beside the gold records, in their order."""
    out: list[tuple[str, list[dict[str, object]]]] = []
    for gold in golds:
        path = gold_dir / f"{gold['id']}.actions.json"
        if path.exists():
            out.append((str(gold["id"]), json.loads(path.read_text(encoding="utf-8"))))
    return out


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
