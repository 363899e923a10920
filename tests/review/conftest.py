"""Fixtures of the review tests: a small run written from real files (``reviewhelpers``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from reviewhelpers import Served, serving, write_run


@pytest.fixture
def small_run(tmp_path: Path) -> Path:
    """The tables of the small run (its files beside them, in ``tmp_path``)."""
    return write_run(tmp_path)


@pytest.fixture
def served(small_run: Path, tmp_path: Path) -> Iterator[Served]:
    """A review server over the small run; corrections go to ``tmp_path/corrections.csv``."""
    with serving(small_run, tmp_path / "raw", tmp_path / "corrections.csv", tmp_path) as s:
        yield s
