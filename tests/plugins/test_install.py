"""A separate package adds an extractor by being installed, and removes it by leaving.

This test really runs ``pip install`` of a throwaway package with an entry point into
the project's environment, then the CLI in fresh processes, then ``pip uninstall``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
PACKAGE = "cls-extractor-throwaway-probe"

MODULE = """
from typing import ClassVar
from extractors.api import TerritoryExtractor


class ProbeExtractor(TerritoryExtractor):
    name: ClassVar[str] = "throwaway_probe"
    version: ClassVar[str] = "3.1.4"
    territories: ClassVar[tuple[str, ...]] = ("Villeneuve-sur-Probe",)

    def extract(self, doc):
        at = doc.text.find("Villeneuve-sur-Probe")
        yield self.finding(doc, "lead_body", "Syndicat de la Probe", at, at + 20, "probe")
"""

PYPROJECT = f'''
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "{PACKAGE}"
version = "0.0.1"

[project.entry-points."cls_pipeline.extractors"]
throwaway_probe = "throwaway_probe:ProbeExtractor"

[tool.setuptools]
packages = ["throwaway_probe"]
'''


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, cwd=cwd, check=False)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return _run(str(BIN / "cls-pipeline"), *args)


@pytest.mark.slow
def test_installed_plugin_is_listed_used_and_removed(tmp_path: Path) -> None:
    source = tmp_path / "pkg"
    (source / "throwaway_probe").mkdir(parents=True)
    (source / "throwaway_probe" / "__init__.py").write_text(MODULE, "utf-8")
    (source / "pyproject.toml").write_text(PYPROJECT, "utf-8")
    matching = tmp_path / "match.txt"
    matching.write_text("Le CLS de Villeneuve-sur-Probe 2024-2028 a été signé.\n", "utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Le CLS de Rennes 2024-2028 a été signé.\n", "utf-8")

    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
    installed = _run(*pip, "--no-build-isolation", str(source))
    if installed.returncode != 0:
        installed = _run(*pip, str(source))
    assert installed.returncode == 0, installed.stderr
    try:
        listing = _cli("extractors", "list")
        assert listing.returncode == 0, listing.stderr
        assert "throwaway_probe" in listing.stdout
        assert "3.1.4" in listing.stdout
        assert PACKAGE in listing.stdout
        extracted = _cli("extract", str(matching), str(other))
        assert extracted.returncode == 0, extracted.stderr
        records = {r["id"]: r for r in map(json.loads, extracted.stdout.splitlines())}
        assert records["match"]["lead_body"] == "Syndicat de la Probe"
        assert records["match"]["evidence"]["lead_body"]["extractor"] == "throwaway_probe"
        assert records["other"]["lead_body"] != "Syndicat de la Probe"
    finally:
        removed = _run(sys.executable, "-m", "pip", "uninstall", "--yes", "--quiet", PACKAGE)
    assert removed.returncode == 0, removed.stderr
    assert "throwaway_probe" not in _cli("extractors", "list").stdout
