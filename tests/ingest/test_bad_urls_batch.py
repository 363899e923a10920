"""Malformed URLs from pages and redirects end neither `run` nor `watch`: each is one
error row (or one failed watch row) and the good documents are kept."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli

from .conftest import FixtureServer, page, redirect, static
from .test_batch import FAST, read_tables
from .test_catalogue_run import entry, write_catalogue

BAD_LINK = '<a href="http://[::1/contrat-local-de-sante.pdf">Contrat local de santé (PDF)</a>'


def _bad_site(server: FixtureServer) -> list[str]:
    """Three pages: one redirecting to a malformed URL, one linking to one, one good."""
    return [
        server.add("/badurl/moved.html", redirect("http://[::1/x")),
        server.add("/badurl/links.html", static(page("CLS", "Liensville", BAD_LINK), "text/html")),
        server.add("/badurl/good.html", static(page("CLS de Bonville", "Bonville"), "text/html")),
    ]


def test_a_malformed_redirect_or_link_is_one_error_row_and_the_run_goes_on(
    tmp_path: Path, server: FixtureServer
) -> None:
    sources = tmp_path / "sources.txt"
    sources.write_text("\n".join(_bad_site(server)) + "\n", encoding="utf-8")
    args = ["run", str(sources), "--out", str(tmp_path / "out"), "--raw-dir", str(tmp_path)]
    result = CliRunner().invoke(cli, [*args, *FAST, "--allow-private-links"])

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    tables = read_tables(tmp_path / "out")
    read = sorted(d["document_id"].rsplit("-", 1)[-1] for d in tables["documents"])
    assert read == ["good", "links"]
    messages = [e["message"] for e in tables["errors"] if e["stage"] == "fetch"]
    assert len(messages) == 2
    assert any("malformed redirect" in m for m in messages)
    assert any("malformed URL" in m for m in messages)


def test_watch_reports_a_malformed_url_as_a_failure_without_a_traceback(
    tmp_path: Path, server: FixtureServer
) -> None:
    urls = _bad_site(server)
    catalogue = write_catalogue(
        tmp_path / "catalogue.csv", [entry(u, f"T{i}") for i, u in enumerate(urls)]
    )
    args = ["watch", "--catalogue", str(catalogue), "--out", str(tmp_path / "w")]
    result = CliRunner().invoke(
        cli, [*args, "--raw-dir", str(tmp_path / "raw"), *FAST, "--allow-private-links"]
    )

    assert result.exit_code == 0, result.output
    with (tmp_path / "w" / "watch.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    failed = [r["url"] for r in rows if r["fetch"] == "failed"]
    assert sorted(failed) == sorted([urls[0], "http://[::1/contrat-local-de-sante.pdf"])
