"""Fixtures of the review tests: a small run written from real files (``reviewhelpers``)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from reviewhelpers import Served, serving, write_run


@pytest.fixture(scope="session")
def small_run_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small run's tables and files, written once (tests must not change them)."""
    return write_run(tmp_path_factory.mktemp("review-run"))


@pytest.fixture
def small_run(small_run_once: Path, tmp_path: Path) -> Path:
    """A copy of the small run's tables that a test may change (its files stay shared)."""
    return Path(shutil.copytree(small_run_once, tmp_path / "tables"))


@pytest.fixture
def served(small_run: Path, tmp_path: Path) -> Iterator[Served]:
    """A review server over the small run; corrections go to ``tmp_path/corrections.csv``."""
    with serving(small_run, tmp_path / "raw", tmp_path / "corrections.csv", tmp_path) as s:
        yield s
