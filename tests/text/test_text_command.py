"""The ``cls-pipeline text`` command and what importing the text stage pulls in."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from pdfmaker import page_break_pdf

from pipeline.cli import cli


def test_text_command_prints_kind_page_and_text(tmp_path: Path) -> None:
    path = tmp_path / "contract.pdf"
    path.write_bytes(page_break_pdf())
    result = CliRunner().invoke(cli, ["text", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split(None, 2) == ["heading1", "p1", "Article 1 – Engagements"]


def test_text_command_json_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title></head><body><main><h1>Titre</h1>"
        "<p class='date'>Publié le 12/03/2024</p><p>" + "Du contenu. " * 30 + "</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["text", "--meta", "--json", str(path)])
    assert result.exit_code == 0, result.output
    first, *blocks = [json.loads(line) for line in result.output.splitlines()]
    assert first == {
        "metadata": {
            "published": "2024-03-12",
            "dateline": "Publié le 12/03/2024",
            "headline": "Titre",
            "title": "T",
            "language": "fr",
        }
    }
    assert blocks[0]["kind"] == "heading"
    assert blocks[0]["level"] == 1
    assert set(blocks[0]) == {"kind", "zone", "page", "level", "start", "end", "ocr", "text"}


def test_text_command_json_gives_each_block_its_zone(tmp_path: Path) -> None:
    path = tmp_path / "contrat.txt"
    path.write_text(
        "Contrat local de santé du Pays de Dinan 2023-2027\n\n"
        "Historique\n\nLe premier contrat couvrait les années 2015-2019.\n\n"
        "Article 3 - Durée\n\nLe présent contrat est conclu pour cinq ans.\n\n"
        "Fait à Dinan, le 4 mai 2023.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["text", "--json", str(path)])
    assert result.exit_code == 0, result.output
    zones = {b["text"][:14]: b["zone"] for b in map(json.loads, result.output.splitlines())}
    assert zones["Le premier con"] == "history"
    assert zones["Le présent con"] == "duration"
    assert zones["Fait à Dinan, "] == "signature"


def test_importing_the_text_stage_stays_light() -> None:
    code = (
        "import sys, pipeline.text, pipeline.text.pdf, pipeline.text.html, pipeline.text.plain\n"
        "heavy = [m for m in ('spacy', 'pandas', 'pdfplumber') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def _command(*args: str) -> subprocess.CompletedProcess[str]:
    """``cls-pipeline ARGS`` as a user runs it (``main`` from the console script)."""
    code = "import sys; from pipeline.cli import main; sys.argv[0] = 'cls-pipeline'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )


def test_text_without_click_prints_what_click_prints(tmp_path: Path) -> None:
    """``text PDF`` with no option skips click (``pipeline.cli.textrun``); an option makes
    click run it: both print the same blocks, warnings and exit status, also for a PDF
    that cannot be read."""
    good = tmp_path / "contract.pdf"
    good.write_bytes(page_break_pdf())
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 cut short")
    codes = []
    for path in (good, broken):
        plain = _command("text", str(path))
        with_click = _command("text", "--max-seconds", "30", str(path))
        assert plain.stdout == with_click.stdout
        assert plain.stderr == with_click.stderr
        assert plain.returncode == with_click.returncode
        codes.append(plain.returncode)
    assert codes == [0, 1]


def test_text_without_click_imports_no_click(tmp_path: Path) -> None:
    path = tmp_path / "contract.pdf"
    path.write_bytes(page_break_pdf())
    code = (
        "import sys, atexit, os\n"
        "from pipeline.cli import textrun\n"
        "code = textrun.run_plain(sys.argv[1])\n"
        "print('click' in sys.modules, 'pipeline.model' in sys.modules, code, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    assert result.stderr.strip().splitlines()[-1] == "False False 0"
    assert "Article 2 – Suite" in result.stdout
