"""The notebooks: stored without outputs, and executed against the sample corpus' tables.

The tables come from ``cls-pipeline run data/raw/samples`` in this session, and the
notebook reads them through ``CLS_TABLES`` from a scratch working folder, so it follows
the published tables as they change. A warning printed by a cell (a deprecation of
pandas, DuckDB or matplotlib) fails the test too: it is tomorrow's error.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
EXPLORE = NOTEBOOKS / "explore_cls.ipynb"


def outputs(notebook: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.name)
def test_notebooks_are_stored_without_outputs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert outputs(notebook) == [], "strip them: python scripts/strip_notebooks.py"
    assert all(cell.execution_count is None for cell in code)
    assert not any("execution" in cell.metadata for cell in notebook.cells)


@pytest.mark.slow
def test_explore_notebook_runs_on_the_sample_tables(
    sample_run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLS_TABLES", str(sample_run))
    notebook = nbformat.read(EXPLORE, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()
    produced = outputs(notebook)
    images = [o for o in produced if "image/png" in o.get("data", {})]
    assert len(images) == 3  # timeline, signatories, axes and actions
    printed = "".join(o.text for o in produced if o.output_type == "stream" and o.name == "stdout")
    assert f"Tables read from {sample_run.resolve()}" in printed
    assert "chosen '" in printed and "«" in printed  # a value and its evidence sentence
    warnings = [o.text for o in produced if o.output_type == "stream" and o.name == "stderr"]
    assert warnings == []
