"""Symbolic links in an input folder: those leaving it are not read unless asked, and
every link skipped is a warning row (``run``) or a warning line (``extract``)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.ingest.sources import resolve_sources

SECRET_WORD = "Zanzibarvoile"
PAGE = (
    "Contrat local de santé de {name}\n"
    "Le contrat local de santé de {name} a été signé le 4 mai 2022 par l'ARS et la ville.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """input/ with a page, and links: out to a secret file and a secret folder, inside
    to the page and to a sub-folder, and one dangling."""
    outside = tmp_path / "outside"
    (outside / "docs").mkdir(parents=True)
    (outside / "secret.txt").write_text(PAGE.format(name=SECRET_WORD), encoding="utf-8")
    (outside / "docs" / "other.txt").write_text(PAGE.format(name=SECRET_WORD), encoding="utf-8")
    root = tmp_path / "input"
    (root / "sub").mkdir(parents=True)
    (root / "lunel.txt").write_text(PAGE.format(name="Lunel"), encoding="utf-8")
    (root / "sub" / "sete.txt").write_text(PAGE.format(name="Sète"), encoding="utf-8")
    (root / "leak.txt").symlink_to(outside / "secret.txt")
    (root / "leakdir").symlink_to(outside / "docs", target_is_directory=True)
    (root / "again").symlink_to(root / "sub", target_is_directory=True)
    (root / "alias.txt").symlink_to(root / "lunel.txt")
    (root / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    return root


def test_links_leaving_the_folder_are_skipped_with_a_reason(folder: Path) -> None:
    found = resolve_sources(str(folder))
    assert [Path(s.location).name for s in found.sources] == ["alias.txt", "lunel.txt", "sete.txt"]
    reasons = {Path(row.source).name: row.message for row in found.skipped}
    assert set(reasons) == {"leak.txt", "leakdir", "again", "gone.txt"}
    assert "leaving the input folder" in reasons["leak.txt"]
    assert "leaving the input folder" in reasons["leakdir"]
    assert "already read" in reasons["again"]
    assert "dangling" in reasons["gone.txt"]
    assert {row.stage for row in found.skipped} == {"warning"}


def test_follow_symlinks_reads_them(folder: Path) -> None:
    found = resolve_sources(str(folder), follow_symlinks=True)
    names = sorted(Path(s.location).name for s in found.sources)
    assert names == ["alias.txt", "leak.txt", "lunel.txt", "other.txt", "sete.txt"]
    assert {Path(row.source).name for row in found.skipped} == {"again", "gone.txt"}


def _all_cells(out: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("*.csv")))


def test_run_does_not_publish_a_linked_secret_and_warns(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["run", str(folder), "--out", str(out), "--raw-dir", str(tmp_path / "raw")]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert SECRET_WORD not in _all_cells(out)
    with (out / "errors.csv").open(encoding="utf-8", newline="") as handle:
        warnings = [r for r in csv.DictReader(handle) if r["stage"] == "warning"]
    skipped = {Path(r["source"]).name for r in warnings if "symbolic link" in r["message"]}
    assert skipped == {"leak.txt", "leakdir", "again", "gone.txt"}

    followed = tmp_path / "followed"
    args = ["run", str(folder), "--out", str(followed), "--raw-dir", str(tmp_path / "raw2")]
    result = CliRunner().invoke(cli, [*args, "--follow-symlinks"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert SECRET_WORD in _all_cells(followed)


def test_extract_warns_about_each_skipped_link(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(folder)])
    assert result.exit_code == 0, result.output
    assert SECRET_WORD not in result.stdout
    warned = [line for line in result.stderr.splitlines() if "symbolic link" in line]
    assert len(warned) == 4
