"""``cls-pipeline extract --explain``: why the period, generation and signature won."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli

PAGE = """Contrat local de santé de Lannion-Trégor Communauté 2024-2028

Le deuxième contrat local de santé de Lannion-Trégor Communauté a été signé le 3 avril 2024 pour la période 2024-2028.

Les contrats précédents

Le premier contrat local de santé couvrait les années 2017-2021.
"""


def test_explain_shows_the_chosen_and_the_rejected_candidates(tmp_path: Path) -> None:
    page = tmp_path / "lannion.txt"
    page.write_text(PAGE, encoding="utf-8")
    plain = CliRunner().invoke(cli, ["extract", str(page)])
    result = CliRunner().invoke(cli, ["extract", "--explain", str(page)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert "explain" not in json.loads(plain.output.splitlines()[0])
    period = record["explain"]["period"]
    assert (
        period["chosen"]["value"]
        == [2024, 2028]
        == [
            record["period_start"],
            record["period_end"],
        ]
    )
    earlier = [c for c in period["rejected"] if c["value"] == [2017, 2021]]
    assert earlier and earlier[0]["zone"] == "history"
    assert earlier[0]["weight"] < period["chosen"]["weight"]
    assert record["explain"]["signed_on"]["chosen"]["value"] == "2024-04-03"
    assert record["explain"]["generation"]["chosen"]["value"] == 2
