"""The fiches-actions fixtures are what ``scripts/make_actions_fixtures.py`` writes.

The PDFs, pages and golds are committed; this test rebuilds them into a temporary folder
with the script and compares the bytes, so that the script and the files cannot drift.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="reportlab (a dev extra) builds the fixtures")


def test_committed_fixtures_are_the_scripts_output(root: Path, tmp_path: Path) -> None:
    script = root / "scripts" / "make_actions_fixtures.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True)
    built = sorted(tmp_path.iterdir())
    assert len(built) == 18
    for path in built:
        committed = root / "tests" / "fixtures" / "actions" / path.name
        assert committed.exists(), f"{path.name} is not committed"
        assert committed.read_bytes() == path.read_bytes(), f"{path.name} differs"


def test_each_gold_lists_numbered_fiches(root: Path) -> None:
    for path in sorted((root / "tests" / "fixtures" / "actions").glob("*.actions.json")):
        actions = json.loads(path.read_text("utf-8"))
        assert len(actions) >= 3
        assert all(a["number"] and a["title"] and a["axis"] for a in actions)
