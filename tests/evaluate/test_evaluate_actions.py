"""Actions scoring: matching by number then title, per-field accuracy, the CLI line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.evaluate.actions import ActionScore, format_actions, match_actions, score_actions


def _action(number: str | None, title: str, **fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "number": number,
        "title": title,
        "axis": 1,
        "pilot": "CPAM de la Marne",
        "partners": ["MSA", "communes du territoire"],
        "public": "Jeunes",
        "start": 2024,
        "end": 2027,
    }
    base.update(fields)
    return base


def test_match_by_number_then_by_title() -> None:
    gold = [_action("1.1", "Prévenir les addictions"), _action(None, "Former les proches aidants")]
    pred = [_action(None, "Former les proches-aidants"), _action("1.1", "Autre titre")]
    assert match_actions(gold, pred) == [(0, 1), (1, 0)]


def test_field_accuracy_over_matched_actions() -> None:
    gold = [_action("1.1", "Prévenir les addictions"), _action("1.2", "Dépister les cancers")]
    pred = [
        _action("1.1", "Prévenir les addictions", pilot="CPAM de la Marne (Reims)", end=2028),
        _action("3.9", "Un titre sans rapport"),
    ]
    score = ActionScore()
    score_actions("doc", gold, pred, score)
    assert (score.counts.tp, score.counts.fp, score.counts.fn) == (1, 1, 1)
    assert score.accuracy("pilot") == 1.0  # one name contained in the other
    assert score.accuracy("end") == 0.0
    line = format_actions(score)[0]
    assert line.startswith("actions P=0.500 R=0.500 F1=0.500")
    assert "end=0.000" in line


def test_cli_prints_actions_line_before_micro(tmp_path: Path) -> None:
    gold = {"id": "doc", "territory": "Reims", "n_actions": 2}
    (tmp_path / "doc.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    actions = [_action("1.1", "Prévenir les addictions"), _action("1.2", "Dépister")]
    (tmp_path / "doc.actions.json").write_text(json.dumps(actions), encoding="utf-8")
    pred = {"id": "doc", "territory": "Reims", "n_actions": 2, "actions": actions[:1]}
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text(json.dumps(pred) + "\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["evaluate", str(tmp_path), "--pred", str(pred_file)])
    assert out.exit_code == 0, out.output
    lines = out.output.strip().splitlines()
    assert lines[-1].startswith("micro P=1.000")
    assert lines[-2].startswith("actions P=1.000 R=0.500 F1=0.667 tp=1 fp=0 fn=1 docs=1")
