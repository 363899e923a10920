"""Shared fixtures: paths of the corpora and the repository."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def no_reader_left_early() -> Iterator[None]:
    """A command run in process (``main([...])`` on a PDF) starts its PDF reader early and
    leaves it for the next read of the process: stopped after each test, so that a later
    test never takes another test's reader."""
    yield
    from pipeline.text import pdfstart

    pdfstart.stop_early()


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The seed corpus with gold records, copied into the tests."""
    return FIXTURES / "seeds"


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tables of the bundled sample corpus, written once per session by the real
    command (``cls-pipeline run data/raw/samples --out DIR``) in a separate process.

    Notebooks and the report are checked against these, so they follow the published
    tables as they change. Loads spaCy: tests using it are marked ``slow``.
    """
    base = tmp_path_factory.mktemp("sample-run")
    out = base / "tables"
    command = [sys.executable, "-m", "pipeline", "run", "data/raw/samples"]
    command += ["--out", str(out), "--raw-dir", str(base / "raw")]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"cls-pipeline run failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return out
