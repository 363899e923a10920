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


WATCH = """
import sys
from click.testing import CliRunner
from pipeline.cli import cli
args = ["watch", "--catalogue", sys.argv[1], "--out", sys.argv[2], "--raw-dir", sys.argv[3]]
fast = ["--retries", "0", "--timeout", "1", "--delay", "0"]
result = CliRunner().invoke(cli, args + fast)
heavy = ("spacy", "pandas", "extractors.nlp", "pdfplumber", "pypdfium2")
print(result.exit_code, *sorted(m for m in heavy if m in sys.modules))
"""


def test_watch_imports_no_nlp_and_no_pandas(tmp_path: Path) -> None:
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_text(
        "url,territory,territory_kind,commune_insee,epci_siren,departement_code,"
        "region_code,page_kind,catalogued_on,found_via\n"
        "http://127.0.0.1:9/cls.html,Rennes,commune,35238,,35,53,press,2026-11-25,test\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", WATCH, str(catalogue), str(tmp_path / "out"), str(tmp_path / "raw")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["0"]
    assert (tmp_path / "out" / "watch.csv").read_text(encoding="utf-8").count("\nfailed,") == 1


FETCH = """
import sys
from click.testing import CliRunner
from pipeline.cli import cli
args = ["fetch", "http://127.0.0.1:9/cls.pdf", "--raw-dir", sys.argv[1]]
result = CliRunner().invoke(cli, args + ["--retries", "0", "--timeout", "1", "--delay", "0"])
heavy = ("spacy", "pandas", "extractors.nlp", "pdfplumber", "pypdfium2", "bs4")
print(result.exit_code, *sorted(m for m in heavy if m in sys.modules))
print(result.stdout)
"""


def test_fetch_imports_no_nlp_no_pandas_and_no_text_stage(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", FETCH, str(tmp_path / "raw")],
        capture_output=True,
        text=True,
        check=True,
    )
    status, output = done.stdout.split("\n", 1)
    assert status.split() == ["1"]
    assert output.startswith("error http://127.0.0.1:9/cls.pdf: ")
    assert "connection refused" in output


PDF_CHECK = """
import sys
from pipeline.cli import main
from pipeline.text import isolate
try:
    main(["text", sys.argv[1]])
except SystemExit as exc:
    code = exc.code
heavy = ("spacy", "pandas", "requests", "urllib3", "pdfplumber", "pipeline.discover.links",
         "pipeline.cli.run", "pipeline.cli.watch", "pipeline.cli.review", "pipeline.cli.report")
starts = sum(r.stats.starts for r in isolate.default_pool()._idle)
print("exit", code, "starts", starts, *sorted(m for m in heavy if m in sys.modules))
"""


def test_text_on_a_pdf_starts_the_reader_early_and_imports_only_what_it_needs(
    tmp_path: Path,
) -> None:
    """The command's other modules, the HTTP stack and the table reader stay out; the
    PDF reader started before the imports is the one that reads (one start)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "text"))
    from pdfmaker import page_break_pdf

    path = tmp_path / "contract.pdf"
    path.write_bytes(page_break_pdf())
    done = subprocess.run(
        [sys.executable, "-c", PDF_CHECK, str(path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[-1].split() == ["exit", "0", "starts", "1"]
    assert "Article 1" in done.stdout
