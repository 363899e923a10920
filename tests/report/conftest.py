"""Fixtures of the report tests: the small run of ``reporthelpers`` as a tables folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reporthelpers import small_tables

from pipeline.tables import write_tables


@pytest.fixture(scope="session")
def small_run_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small run's tables, written once per session (do not modify)."""
    folder = tmp_path_factory.mktemp("small-run") / "tables"
    write_tables(small_tables(), folder)
    return folder


@pytest.fixture
def small_run(small_run_once: Path, tmp_path: Path) -> Path:
    """A copy of the small run's tables that a test may change."""
    return Path(shutil.copytree(small_run_once, tmp_path / "tables"))
