"""Commands that write no tables do not load the table libraries."""

from __future__ import annotations

import subprocess
import sys


def test_cli_and_tables_import_without_pyarrow_duckdb_or_pandas() -> None:
    code = (
        "import sys, pipeline.cli, pipeline.batch.run, pipeline.tables; "
        "heavy = sorted(m for m in ('pandas', 'pyarrow', 'duckdb', 'frictionless') "
        "if m in sys.modules); print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
