"""`cls-pipeline run` over URLs of the local server: same tables as from paths, a second
run that downloads nothing unchanged, an offline run from the store, and every fault as
one error row while the rest of the batch goes on."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import cli
from pipeline.tables import TABLES

from .conftest import (
    CP1252_PAGE,
    FixtureServer,
    cut_short,
    fail_first,
    page,
    redirect,
    slow,
    static,
    status,
)

FAST = ["--timeout", "1", "--retries", "1", "--delay", "0", "--max-mb", "0.2"]
# Columns that name where a document came from, legitimately different between runs.
LOCATION_COLUMNS = {"documents": {"source", "final_url", "fetched_at"}, "errors": {"source"}}


def run(sources: Path, out: Path, raw: Path, *extra: str) -> Result:
    """Invoke `cls-pipeline run` in-process with fast network settings."""
    args = ["run", str(sources), "--out", str(out), "--raw-dir", str(raw), *FAST, *extra]
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def read_tables(folder: Path) -> dict[str, list[dict[str, str]]]:
    """Every CSV table, without the columns that name a document's location."""
    tables = {}
    for name in (t.name for t in TABLES):
        with (folder / f"{name}.csv").open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        drop = LOCATION_COLUMNS.get(name, set())
        tables[name] = [{k: v for k, v in row.items() if k not in drop} for row in rows]
    return tables


def manifest_lines(raw: Path) -> list[dict[str, object]]:
    lines = (raw / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def write_csv(path: Path, rows: list[tuple[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "id"])
        writer.writerows(rows)
    return path


@pytest.fixture
def served(server: FixtureServer, corpus_dir: Path) -> dict[str, str]:
    """The fixture corpus on the server, each file under a URL that hides its type."""
    files = {p.stem: p.read_bytes() for p in corpus_dir.iterdir()}
    return {
        "pays-de-test": server.add(
            "/same/pays-de-test.php", static(files["pays-de-test"], "text/html; charset=utf-8")
        ),
        "epinal": server.add("/same/epinal.php", static(files["epinal"], "text/html")),
        "contrat-pays-de-test": server.add(
            "/same/download", static(files["contrat-pays-de-test"], "application/octet-stream")
        ),
        "breve": server.add(
            "/same/breve",
            static(files["breve"], "text/plain; charset=utf-8", etag=False, last_modified=False),
        ),
    }


@pytest.mark.slow
def test_urls_give_the_same_tables_as_paths_then_revalidate_then_offline(
    tmp_path: Path, server: FixtureServer, corpus_dir: Path, served: dict[str, str]
) -> None:
    by_path = write_csv(
        tmp_path / "paths.csv", [(str(p), p.stem) for p in sorted(corpus_dir.iterdir())]
    )
    by_url = write_csv(tmp_path / "urls.csv", [(url, key) for key, url in served.items()])
    raw = tmp_path / "raw"

    from_paths = run(by_path, tmp_path / "out-paths", raw)
    assert from_paths.exit_code == 0, from_paths.output
    first = run(by_url, tmp_path / "out-1", raw, "--allow-private-links")
    assert first.exit_code == 0, first.output
    assert "fetch: 4 downloaded (4 new or changed), 0 not modified" in first.output
    expected = read_tables(tmp_path / "out-paths")
    assert read_tables(tmp_path / "out-1") == expected
    assert len(expected["documents"]) == 4
    epinal = next(d for d in expected["documents"] if d["document_id"] == "epinal")
    assert epinal["title"] == "Contrat local de santé – Épinal"

    hits_before = sum(server.hits[p] for p in ("/same/download", "/same/epinal.php"))
    second = run(by_url, tmp_path / "out-2", raw, "--allow-private-links")
    assert second.exit_code == 0, second.output
    # Three documents carry validators and answer 304; the text without them comes again
    # but is recognised as unchanged.
    assert "fetch: 1 downloaded (0 new or changed), 3 not modified" in second.output
    assert read_tables(tmp_path / "out-2") == expected
    outcomes = [line["outcome"] for line in manifest_lines(raw)]
    assert outcomes.count("downloaded") == 5 and outcomes.count("not_modified") == 3
    assert sum(server.hits[p] for p in ("/same/download", "/same/epinal.php")) == hits_before + 2

    hits = sum(server.hits.values())
    offline = run(by_url, tmp_path / "out-3", raw, "--offline")
    assert offline.exit_code == 0, offline.output
    assert "0 downloaded (0 new or changed), 0 not modified, 4 from store" in offline.output
    assert sum(server.hits.values()) == hits  # no request at all
    assert read_tables(tmp_path / "out-3") == expected
    # The fetch time is when the bytes were first downloaded: re-runs do not move it.
    first_docs = (tmp_path / "out-1" / "documents.csv").read_bytes()
    assert (tmp_path / "out-2" / "documents.csv").read_bytes() == first_docs
    assert (tmp_path / "out-3" / "documents.csv").read_bytes() == first_docs
    with (tmp_path / "out-1" / "documents.csv").open(encoding="utf-8") as handle:
        assert all(row["fetched_at"] for row in csv.DictReader(handle))


@pytest.mark.slow
def test_every_fault_is_one_error_row_and_the_batch_goes_on(
    tmp_path: Path, server: FixtureServer, contract_pdf: bytes
) -> None:
    links = (
        '<p><a href="/faults/docs/contrat.pdf">Télécharger le contrat local de santé (PDF)</a>'
        ' <a href="/faults/docs/menu.pdf">Menu de la cantine (PDF)</a></p>'
    )
    server.add("/faults/docs/contrat.pdf", static(contract_pdf, "application/pdf"))
    server.add("/faults/docs/menu.pdf", static(contract_pdf, "application/pdf"))
    server.add("/faults/loop-b", redirect("/faults/loop-a"))
    good = {
        server.add(
            "/faults/page.html", static(page("CLS de Testville", "Testville", links), "text/html")
        ),
        server.add(
            "/faults/flaky.html", fail_first(500, static(page("Flaky", "Flaky"), "text/html"))
        ),
        server.add("/faults/epinal.php", static(CP1252_PAGE, "text/html")),
    }
    faults = {
        server.url("/faults/missing.html"): "HTTP 404 Not Found",
        server.add("/faults/always-500", status(500)): "HTTP 500",
        server.add("/faults/slow.html", slow(1.6, static(b"<html>late</html>", "text/html"))): (
            "read time-out"
        ),
        server.add("/faults/cut.pdf", cut_short(contract_pdf[:200], len(contract_pdf))): (
            "body cut short"
        ),
        server.add("/faults/loop-a", redirect("/faults/loop-b")): "redirect loop",
        server.add("/faults/huge.pdf", static(b"%PDF-1.4 " + b"0" * 300_000, "application/pdf")): (
            "response too large"
        ),
        server.add("/faults/image.pdf", static(b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")): (
            "unsupported content type image/png"
        ),
        server.add("/private/cls.html", static(page("Privé", "Privé"), "text/html")): (
            "disallowed by"
        ),
    }
    sources = tmp_path / "sources.txt"
    sources.write_text("\n".join(sorted(good | set(faults))) + "\n", encoding="utf-8")
    out, raw = tmp_path / "out", tmp_path / "raw"

    result = run(sources, out, raw, "--allow-private-links")

    assert result.exit_code == 1, result.output
    tables = read_tables(out)
    with (out / "errors.csv").open(encoding="utf-8") as handle:
        errors = [row for row in csv.DictReader(handle) if row["stage"] != "warning"]
    assert sorted(e["source"] for e in errors) == sorted(faults)
    for error in errors:
        assert faults[error["source"]] in error["message"], error
        assert error["stage"] == "fetch"
    documents = {d["document_id"]: d for d in tables["documents"]}
    discovered = server.url("/faults/docs/contrat.pdf")
    assert len(documents) == len(good) + 1
    found = [d for d in documents.values() if d["found_on"]]
    assert [(d["kind"], d["found_on"]) for d in found] == [("pdf", server.url("/faults/page.html"))]
    assert server.hits["/faults/docs/menu.pdf"] == 0
    assert server.hits["/private/cls.html"] == 0
    assert any(d["title"] == "Contrat local de santé – Épinal" for d in documents.values())
    assert "1 discovered" in result.output
    manifest = {line["url"]: line for line in manifest_lines(raw)}
    assert manifest[discovered]["found_on"] == server.url("/faults/page.html")
    assert manifest[server.url("/private/cls.html")]["outcome"] == "refused"
    assert manifest[server.url("/faults/epinal.php")]["charset"] == "cp1252"

    offline = run(sources, tmp_path / "out-offline", raw, "--offline")
    assert offline.exit_code == 1
    assert read_tables(tmp_path / "out-offline") == tables


def test_links_to_private_addresses_are_not_followed_without_the_option(
    tmp_path: Path, server: FixtureServer, contract_pdf: bytes
) -> None:
    link = '<a href="/strict/cls.pdf">Contrat local de santé (PDF)</a>'
    page_url = server.add(
        "/strict/page.html", static(page("CLS", "Strictville", link), "text/html")
    )
    server.add("/strict/cls.pdf", static(contract_pdf, "application/pdf"))
    sources = tmp_path / "sources.txt"
    sources.write_text(page_url + "\n", encoding="utf-8")

    result = run(sources, tmp_path / "out", tmp_path / "raw")

    assert result.exit_code == 1
    tables = read_tables(tmp_path / "out")
    assert [d["document_id"] for d in tables["documents"]] == [
        "127-0-0-1-" + str(server.port) + "-strict-page"
    ]
    assert len(tables["errors"]) == 1
    assert "loopback" in tables["errors"][0]["message"]
    assert "--allow-private-links" in tables["errors"][0]["message"]
    assert server.hits["/strict/cls.pdf"] == 0


def test_no_discover_fetches_only_the_listed_pages(
    tmp_path: Path, server: FixtureServer, contract_pdf: bytes
) -> None:
    link = '<a href="/nodisc/cls.pdf">Contrat local de santé (PDF)</a>'
    page_url = server.add("/nodisc/page.html", static(page("CLS", "Nodisc", link), "text/html"))
    server.add("/nodisc/cls.pdf", static(contract_pdf, "application/pdf"))
    sources = tmp_path / "sources.txt"
    sources.write_text(page_url + "\n", encoding="utf-8")

    result = run(
        sources, tmp_path / "out", tmp_path / "raw", "--allow-private-links", "--no-discover"
    )

    assert result.exit_code == 0, result.output
    assert server.hits["/nodisc/cls.pdf"] == 0


def test_offline_without_a_stored_copy_is_an_error_row(tmp_path: Path) -> None:
    sources = tmp_path / "sources.txt"
    sources.write_text("https://never-fetched.example/cls.html\n", encoding="utf-8")
    result = run(sources, tmp_path / "out", tmp_path / "raw", "--offline")
    assert result.exit_code == 1
    errors = read_tables(tmp_path / "out")["errors"]
    assert [e["message"] for e in errors] == ["offline: not in the raw store (never fetched)"]


def test_unreadable_manifest_is_a_one_line_error(tmp_path: Path, corpus_dir: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "manifest.jsonl").write_text('{"url": "u", "outcome": "failed", "colour": 1}\n')
    result = run(corpus_dir, tmp_path / "out", raw)
    assert result.exit_code == 1
    assert "cannot read the manifest" in result.output and "colour" in result.output
