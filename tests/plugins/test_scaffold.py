"""``extractors new`` writes a package whose generated golden test passes as generated."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli


def test_scaffold_passes_its_own_test(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extractors", "new", "Pays de Test", "--dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    package = tmp_path / "cls-extractor-pays-de-test"
    assert (package / "pays_de_test" / "patterns.toml").exists()
    assert (package / "pays_de_test" / "golden" / "expected.json").exists()
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=package,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def test_scaffold_refuses_an_existing_folder(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["extractors", "new", "dup", "--dir", str(tmp_path)]).exit_code == 0
    again = runner.invoke(cli, ["extractors", "new", "dup", "--dir", str(tmp_path)])
    assert again.exit_code == 2
    assert "already exists" in again.output
