"""`cls-pipeline watch` against the local server: the first watch reports everything as
new; after the server changes one page and adds a PDF link on another, the second reports
exactly that (one changed page, one new PDF, the page that gained the link as
``relinked``), and the unchanged documents answer 304 and are not downloaded again."""

from __future__ import annotations

import csv
import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import cli
from pipeline.ingest.policy import FetchPolicy
from pipeline.watch.run import run_watch
from pipeline.watch.state import STATE_NAME, load_state
from tests.ingest.conftest import FixtureServer, Route, page, static, status
from tests.ingest.test_batch import FAST
from tests.ingest.test_catalogue_run import entry, write_catalogue

Statuses = list[tuple[str, int]]


def logged(route: Route, log: Statuses) -> Route:
    """The route, noting the status of every answer it sends."""

    def answer(handler: BaseHTTPRequestHandler, hit: int) -> None:
        send_response = handler.send_response

        def noting(code: int, message: str | None = None) -> None:
            log.append((handler.path, code))
            send_response(code, message)

        handler.send_response = noting  # type: ignore[method-assign]
        route(handler, hit)

    return answer


def watch(catalogue: Path, out: Path, raw: Path) -> Result:
    args = ["watch", "--catalogue", str(catalogue), "--out", str(out), "--raw-dir", str(raw)]
    return CliRunner().invoke(cli, [*args, *FAST, "--allow-private-links"], catch_exceptions=False)


def report(out: Path) -> dict[str, list[str]]:
    """The URLs of watch.csv per change, with the fetch outcome of each row."""
    rows: dict[str, list[str]] = {}
    with (out / "watch.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows.setdefault(row["change"], []).append(row["url"])
    return rows


class Site:
    """Four catalogue URLs on the local server: three pages and a contract PDF."""

    def __init__(self, server: FixtureServer, prefix: str, pdf: bytes) -> None:
        self.server, self.prefix, self.pdf = server, prefix, pdf
        self.log: Statuses = []

    def add(self, path: str, route: Route) -> str:
        return self.server.add(self.prefix + path, logged(route, self.log))

    def html(self, path: str, title: str, links: str = "") -> str:
        return self.add(path, static(page(title, title.split()[-1], links), "text/html"))

    def url(self, path: str) -> str:
        return self.server.url(self.prefix + path)

    def statuses(self) -> dict[str, int]:
        """The status of each path's last answer, then forget the log."""
        last = {path.removeprefix(self.prefix): code for path, code in self.log}
        self.log.clear()
        return last


@pytest.fixture
def site(server: FixtureServer, contract_pdf: bytes) -> Site:
    site = Site(server, "/watch", contract_pdf)
    site.html("/a.html", "CLS de Aville", '<a href="/watch/docs/cls-a.pdf">Contrat (PDF)</a>')
    site.html("/b.html", "CLS de Beeville")
    site.html("/c.html", "CLS de Ceeville")
    site.add("/d.pdf", static(contract_pdf, "application/pdf"))
    site.add("/docs/cls-a.pdf", static(contract_pdf, "application/pdf"))
    return site


@pytest.fixture
def catalogue(tmp_path: Path, site: Site) -> Path:
    rows = [entry(site.url(p), p[1]) for p in ("/a.html", "/b.html", "/c.html")]
    rows.append(entry(site.url("/d.pdf"), "d", "pdf_contract"))
    return write_catalogue(tmp_path / "catalogue.csv", rows)


@pytest.mark.slow
def test_a_changed_page_and_a_new_pdf_are_reported_and_nothing_else_downloaded(
    tmp_path: Path, site: Site, catalogue: Path
) -> None:
    raw = tmp_path / "raw"
    first = watch(catalogue, tmp_path / "out-1", raw)
    assert first.exit_code == 0, first.output
    assert report(tmp_path / "out-1") == {
        "new": sorted(site.url(p) for p in ("/a.html", "/b.html", "/c.html", "/d.pdf")),
        "new_link": [site.url("/docs/cls-a.pdf")],
    }
    assert "4 new, 1 new_link, 0 changed, 0 relinked, 0 failed, 0 gone, 0 unchanged" in (
        first.output
    )
    assert set(site.statuses().values()) == {200}

    # The server changes page b and adds a PDF link on page c.
    site.html("/b.html", "CLS de Beeville, second contrat signé")
    avenant = '<a href="/watch/docs/avenant-c.pdf">Avenant n°1 au contrat local de santé</a>'
    site.html("/c.html", "CLS de Ceeville", avenant)
    site.add("/docs/avenant-c.pdf", static(site.pdf + b"\n% avenant", "application/pdf"))

    second = watch(catalogue, tmp_path / "out-2", raw)
    assert second.exit_code == 0, second.output
    assert report(tmp_path / "out-2") == {
        "changed": [site.url("/b.html")],
        "new_link": [site.url("/docs/avenant-c.pdf")],
        "relinked": [site.url("/c.html")],
        "unchanged": sorted(site.url(p) for p in ("/a.html", "/d.pdf", "/docs/cls-a.pdf")),
    }
    assert "  changed   " + site.url("/b.html") in second.output
    assert "1 new_link, 1 changed, 1 relinked" in second.output
    # The unchanged documents were asked with a conditional request and answered 304.
    assert site.statuses() == {
        "/a.html": 304,
        "/d.pdf": 304,
        "/docs/cls-a.pdf": 304,
        "/b.html": 200,
        "/c.html": 200,
        "/docs/avenant-c.pdf": 200,
    }
    with (tmp_path / "out-2" / "watch.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    fetched = {row["url"]: row["fetch"] for row in rows}
    statuses = {row["url"]: row["http_status"] for row in rows}
    assert fetched[site.url("/d.pdf")] == "not_modified"
    assert fetched[site.url("/b.html")] == "downloaded"
    assert statuses[site.url("/d.pdf")] == "304" and statuses[site.url("/b.html")] == "200"

    third = watch(catalogue, tmp_path / "out-3", raw)
    assert third.exit_code == 0
    assert list(report(tmp_path / "out-3")) == ["unchanged"]
    assert set(site.statuses().values()) == {304}


def test_failed_and_gone_documents_and_the_state_file(
    tmp_path: Path, site: Site, catalogue: Path
) -> None:
    raw = tmp_path / "raw"
    assert watch(catalogue, tmp_path / "out-1", raw).exit_code == 0
    state = load_state(raw / STATE_NAME)
    assert sorted(state.documents) == sorted(
        site.url(p) for p in ("/a.html", "/b.html", "/c.html", "/d.pdf", "/docs/cls-a.pdf")
    )
    pdf = state.documents[site.url("/docs/cls-a.pdf")]
    assert (pdf.kind, pdf.found_on, pdf.error) == ("pdf", site.url("/a.html"), None)

    site.add("/d.pdf", status(404))  # the contract is taken down
    site.html("/a.html", "CLS de Aville")  # the page no longer links its PDF
    result = watch(catalogue, tmp_path / "out-2", raw)

    assert result.exit_code == 0, result.output  # failures are reported, not fatal
    rows = report(tmp_path / "out-2")
    assert rows["failed"] == [site.url("/d.pdf")]
    assert rows["gone"] == [site.url("/docs/cls-a.pdf")]
    # The page's only change is the link that went away: relinked, not changed.
    assert rows["relinked"] == [site.url("/a.html")] and "changed" not in rows
    assert "HTTP 404" in result.output
    with (tmp_path / "out-2" / "watch.csv").open(encoding="utf-8") as handle:
        statuses = {r["url"]: r["http_status"] for r in csv.DictReader(handle)}
    assert statuses[site.url("/d.pdf")] == "404"  # the server's answer, not an empty cell
    manifest = [json.loads(x) for x in (raw / "manifest.jsonl").read_text().splitlines()]
    assert [e["status"] for e in manifest if e["url"] == site.url("/d.pdf")][-1] == 404
    after = load_state(raw / STATE_NAME)
    assert site.url("/docs/cls-a.pdf") not in after.documents
    kept = after.documents[site.url("/d.pdf")]
    assert kept.sha256 == state.documents[site.url("/d.pdf")].sha256  # last good copy kept
    assert kept.error == "HTTP 404 Not Found"


def test_report_files_and_a_deterministic_state(
    tmp_path: Path, site: Site, catalogue: Path
) -> None:
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    watch(catalogue, tmp_path / "out-1", raw)
    first = json.loads((raw / STATE_NAME).read_text(encoding="utf-8"))
    watch(catalogue, tmp_path / "out-2", raw)
    second = json.loads((raw / STATE_NAME).read_text(encoding="utf-8"))
    assert second["documents"] == first["documents"]
    assert list(raw.glob(f".{STATE_NAME}*")) == []  # no temporary file left behind

    out = tmp_path / "out-2"
    table = pq.read_table(out / "watch.parquet").to_pylist()
    with (out / "watch.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["url"] for r in table] == [r["url"] for r in rows]
    assert all(isinstance(r["http_status"], int) for r in table)
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    fields = [f["name"] for f in package["resources"][0]["schema"]["fields"]]
    assert fields == list(rows[0])


def test_the_state_is_saved_only_after_the_report(
    tmp_path: Path, site: Site, catalogue: Path, policy: FetchPolicy
) -> None:
    raw = tmp_path / "raw"
    result = run_watch(catalogue, raw, policy)
    assert not (raw / STATE_NAME).exists()
    result.save()
    assert (raw / STATE_NAME).exists()


def test_an_unreadable_state_is_a_one_line_error(tmp_path: Path, catalogue: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / STATE_NAME).write_text('{"format": 1, "documents": {"u": {"colour": 1}}}')
    result = watch(catalogue, tmp_path / "out", raw)
    assert result.exit_code == 1
    assert "cannot read the previous state" in result.output and "colour" in result.output
