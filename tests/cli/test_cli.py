"""The command-line contract: commands, exit statuses and output shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.model import RECORD_FIELDS


def test_extract_prints_one_record_per_seed(seeds_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["id"] for r in records) == ["broceliande-2017", "reims-cls2", "rennes-2025"]
    for record in records:
        assert set(RECORD_FIELDS) <= set(record)
        assert isinstance(record["evidence"], dict)


def test_extract_missing_path_is_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.html")])
    assert result.exit_code == 2


def test_extract_bad_file_exits_1_and_keeps_others(tmp_path: Path, seeds_dir: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    good = tmp_path / "reims.txt"
    good.write_text((seeds_dir / "reims-cls2.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["reims"]
    assert "empty.html" in result.stderr


def test_evaluate_last_line_is_micro(seeds_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1].startswith("micro P=")


def test_python_m_pipeline_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "extract" in done.stdout


def test_scorer_folds_case_accents_and_punctuation() -> None:
    from pipeline.evaluate.score import norm_text, same_string

    assert norm_text("L’Agence Régionale") == "l agence regionale"
    assert same_string("Agence Régionale de Santé", "L’Agence régionale de santé")
    assert same_string("Sud Charente", "Pays Sud Charente")
    assert not same_string("Reims", "Rennes Métropole")


def test_a_page_without_the_acronym_is_still_a_cls() -> None:
    from extractors import extract_record
    from pipeline.text.plain import read_text

    page = "Le Contrat Local de Santé de la Ville de Reims a été signé le 3 mars 2021."
    assert extract_record(read_text(page, "p", "p")).is_cls
    assert not extract_record(read_text("Le marché de Noël ouvre le 3 décembre.", "q", "q")).is_cls
