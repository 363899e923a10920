"""``cls-pipeline report DIR``: where it writes, its exit statuses, and what it imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli


def test_report_goes_to_dir_by_default(small_run: Path) -> None:
    result = CliRunner().invoke(cli, ["report", str(small_run)])
    assert result.exit_code == 0, result.output
    assert result.output == f"report written to {small_run / 'report.html'}\n"
    assert (small_run / "report.html").read_text(encoding="utf-8").startswith("<!doctype html>")


def test_report_out_writes_that_file(small_run: Path, tmp_path: Path) -> None:
    target = tmp_path / "reports" / "run.html"
    result = CliRunner().invoke(cli, ["report", str(small_run), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.is_file()
    assert not (small_run / "report.html").exists()


def test_a_folder_without_tables_exits_2_with_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'nothing'}: no tables here")


def test_unreadable_tables_exit_1_with_the_reason(small_run: Path) -> None:
    (small_run / "contracts.csv").write_text("id\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(small_run)])
    assert result.exit_code == 1
    assert "contracts.csv: header does not match" in result.stderr


CHECK = """
import sys
from click.testing import CliRunner
from pipeline.cli import cli
result = CliRunner().invoke(cli, ["report", sys.argv[1]])
heavy = ("spacy", "thinc", "pandas", "pyarrow", "duckdb", "matplotlib", "numpy", "requests")
print(result.exit_code, *sorted(m for m in heavy if m in sys.modules))
"""


def test_report_loads_no_nlp_no_dataframes_and_no_plotting_library(small_run: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK, str(small_run)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["0"]


def test_report_out_refuses_to_replace_another_file_without_force(
    small_run: Path, tmp_path: Path
) -> None:
    target = tmp_path / "notes.html"
    target.write_text("<html><body>my notes</body></html>", encoding="utf-8")
    refused = CliRunner().invoke(cli, ["report", str(small_run), "--out", str(target)])
    assert refused.exit_code == 1
    assert "exists and is not a cls-pipeline report; --force replaces it" in refused.output
    assert target.read_text(encoding="utf-8") == "<html><body>my notes</body></html>"
    forced = CliRunner().invoke(cli, ["report", str(small_run), "--out", str(target), "--force"])
    assert forced.exit_code == 0, forced.output
    assert "replacing notes.html (--force)" in forced.output
    again = CliRunner().invoke(cli, ["report", str(small_run), "--out", str(target)])
    assert again.exit_code == 0, again.output
    assert again.output == f"report written to {target} (replacing the previous report)\n"
