"""Remove outputs and execution counts from notebooks before committing them.

Usage: ``python scripts/strip_notebooks.py [NOTEBOOK...]`` (default: ``notebooks/*.ipynb``).

Why: notebooks are stored without outputs (a test checks it), so that diffs show code
and text only, and no output computed from an old run pretends to describe the tables.
The test executes them instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat


def strip(path: Path) -> bool:
    """Strip one notebook in place; return whether it changed."""
    notebook = nbformat.read(path, as_version=4)
    changed = False
    for cell in notebook.cells:
        if "execution" in cell.metadata:  # timings nbclient records
            del cell.metadata["execution"]
            changed = True
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None):
            cell.outputs = []
            cell.execution_count = None
            changed = True
    if changed:
        nbformat.write(notebook, path)
    return changed


def main(args: list[str]) -> None:
    """Strip the notebooks named, or every notebook of ``notebooks/``."""
    root = Path(__file__).resolve().parent.parent
    paths = [Path(a) for a in args] or sorted((root / "notebooks").glob("*.ipynb"))
    for path in paths:
        print(f"{path}: {'stripped' if strip(path) else 'clean'}")


if __name__ == "__main__":
    main(sys.argv[1:])
