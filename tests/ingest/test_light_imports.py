"""Commands that need no NLP and no network stay light: no spaCy, pandas or HTTP stack."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHECK = """
import sys
from click.testing import CliRunner
from pipeline.cli import cli
result = CliRunner().invoke(cli, ["text", sys.argv[1]])
heavy = ("spacy", "pandas", "requests", "requests_cache", "protego")
print(result.exit_code, *sorted(m for m in heavy if m in sys.modules))
"""


def test_text_on_a_file_imports_no_nlp_and_no_http(seeds_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK, str(seeds_dir / "reims-cls2.txt")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["0"]
