"""``evaluate --corrections``: the scores follow the analysts' corrections."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.corrections import Correction, append_correction

HEADER = "document_id,contract_id,field,item_key,action,value,note,time\n"


def gold_and_pred(tmp_path: Path) -> tuple[Path, Path]:
    """One gold file and predictions that agree with it, plus a document without gold."""
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {"id": "d1", "territory": "Reims", "period_start": 2018, "period_end": 2022, "axes": []}
    (gold_dir / "d1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    other = {"id": "d2", "territory": "Brest", "period_start": 2019, "evidence": {}}
    pred.write_text(json.dumps(gold) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    return gold_dir, pred


def fix(doc: str, field: str, value: str) -> Correction:
    return Correction(doc, "", field, "", "correct", value, "", "2026-12-04T10:00:00Z")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["evaluate", *args])
    return result.exit_code, result.stdout, result.stderr


def test_a_correction_changes_the_gold_and_so_the_score(tmp_path: Path) -> None:
    gold_dir, pred = gold_and_pred(tmp_path)
    code, out, _ = run(str(gold_dir), "--pred", str(pred))
    assert (code, out.splitlines()[-1]) == (0, "micro P=1.000 R=1.000 F1=1.000")
    corrections = tmp_path / "corrections.csv"
    append_correction(corrections, fix("d1", "period_end", "2024"))
    code, out, _ = run(str(gold_dir), "--pred", str(pred), "--corrections", str(corrections), "-v")
    assert code == 0
    assert "d1: period_end: gold=2024 pred=2022" in out
    assert out.splitlines()[-1] != "micro P=1.000 R=1.000 F1=1.000"


def test_a_reviewed_document_without_gold_file_becomes_gold(tmp_path: Path) -> None:
    gold_dir, pred = gold_and_pred(tmp_path)
    corrections = tmp_path / "corrections.csv"
    append_correction(corrections, fix("d2", "period_start", "2020"))
    code, out, _ = run(str(gold_dir), "--pred", str(pred), "--corrections", str(corrections), "-v")
    assert code == 0
    assert "d2: period_start: gold=2020 pred=2019" in out


def test_unusable_corrections_are_named_and_a_foreign_file_refused(tmp_path: Path) -> None:
    gold_dir, pred = gold_and_pred(tmp_path)
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(
        HEADER + "zz,,territory,,correct,X,,t\nd1,,period_end,,correct,abc,,t\n", encoding="utf-8"
    )
    code, _, err = run(str(gold_dir), "--pred", str(pred), "--corrections", str(corrections))
    assert code == 0
    assert "line 2: no gold file nor prediction for 'zz': not used" in err
    assert "line 3: period_end: 'abc' is not a whole number: not used" in err
    corrections.write_text("a,b\n", encoding="utf-8")
    code, _, err = run(str(gold_dir), "--pred", str(pred), "--corrections", str(corrections))
    assert code == 2 and "not a corrections file" in err
