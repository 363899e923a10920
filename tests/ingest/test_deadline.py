"""A wall-clock deadline per response, enforced while reading: servers on 127.0.0.1
that trickle their headers or their body a byte at a time, each byte well within the
socket time-out, are cut within the deadline plus 10 %, through the client and through
every command that fetches (``fetch``, ``run``, ``watch``, ``extract``, ``text``)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import cli
from pipeline.ingest.httpclient import HttpClient, HttpError
from pipeline.ingest.policy import FetchPolicy

from .conftest import FixtureServer, page, static
from .hostile_servers import RawServer, raw_server, reset_mid_body, trickle_body, trickle_headers
from .test_catalogue_run import entry, write_catalogue

DEADLINE_S = 1.5
LIMIT_S = DEADLINE_S * 1.1
QUICK = ["--timeout", "1", "--retries", "1", "--delay", "0", "--max-seconds", str(DEADLINE_S)]


@pytest.fixture
def trickler() -> Iterator[RawServer]:
    scripts = {
        "/headers.pdf": trickle_headers,
        "/body.pdf": trickle_body,
        "/reset.pdf": reset_mid_body,
    }
    with raw_server(scripts) as server:
        yield server


def _client(policy: FetchPolicy) -> HttpClient:
    fields = {name: getattr(policy, name) for name in policy.__dataclass_fields__}
    return HttpClient(FetchPolicy(**{**fields, "max_seconds": DEADLINE_S, "timeout_s": 1.0}))


@pytest.mark.parametrize("path", ["/headers.pdf", "/body.pdf"])
def test_a_trickling_server_is_cut_at_the_deadline(
    trickler: RawServer, policy: FetchPolicy, path: str
) -> None:
    client = _client(policy)
    started = time.monotonic()
    try:
        with pytest.raises(HttpError, match=r"no complete answer within 1\.5s"):
            client.get(trickler.url(path), trusted=True)
    finally:
        client.close()
    assert DEADLINE_S * 0.9 <= time.monotonic() - started <= LIMIT_S


def test_a_reset_connection_is_one_clear_error(trickler: RawServer, policy: FetchPolicy) -> None:
    client = _client(policy)
    try:
        with pytest.raises(HttpError, match=r"body cut short|connection"):
            client.get(trickler.url("/reset.pdf"), trusted=True)
    finally:
        client.close()


def _timed(args: list[str]) -> tuple[Result, float]:
    started = time.monotonic()
    result = CliRunner().invoke(cli, args)
    return result, time.monotonic() - started


def test_fetch_command_cuts_a_trickle_and_keeps_the_good_url(
    tmp_path: Path, trickler: RawServer, server: FixtureServer
) -> None:
    good = server.add("/deadline/good.html", static(page("CLS", "Bonville"), "text/html"))
    args = ["fetch", trickler.url("/body.pdf"), good, "--raw-dir", str(tmp_path / "raw")]
    result, seconds = _timed([*args, *QUICK])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"error {trickler.url('/body.pdf')}: no complete answer within")
    assert lines[1].startswith(f"ok {good} ") and lines[1].endswith(" html")
    assert seconds <= LIMIT_S + 1.0  # the good page and two robots.txt take well under 1 s
    assert (tmp_path / "raw" / "manifest.jsonl").exists()


def test_run_cuts_a_trickle_into_one_error_row(tmp_path: Path, trickler: RawServer) -> None:
    sources = tmp_path / "sources.txt"
    sources.write_text(trickler.url("/headers.pdf") + "\n", encoding="utf-8")
    args = ["run", str(sources), "--out", str(tmp_path / "out"), "--raw-dir", str(tmp_path)]
    result, seconds = _timed([*args, *QUICK])
    assert result.exit_code == 1
    assert "no complete answer within 1.5s" in (tmp_path / "out" / "errors.csv").read_text()
    assert seconds <= LIMIT_S + 2.0  # plus writing the tables


def test_watch_cuts_a_trickle(tmp_path: Path, trickler: RawServer) -> None:
    catalogue = write_catalogue(tmp_path / "c.csv", [entry(trickler.url("/body.pdf"), "T")])
    args = ["watch", "--catalogue", str(catalogue), "--out", str(tmp_path / "w")]
    result, seconds = _timed([*args, "--raw-dir", str(tmp_path / "raw"), *QUICK])
    assert result.exit_code == 0, result.output
    assert "no complete answer" in (tmp_path / "w" / "watch.csv").read_text()
    assert seconds <= LIMIT_S + 1.0


@pytest.mark.parametrize("command", ["extract", "text"])
def test_extract_and_text_take_max_seconds(trickler: RawServer, command: str) -> None:
    result, seconds = _timed([command, trickler.url("/body.pdf"), "--max-seconds", "1.5"])
    assert result.exit_code == 1
    assert "no complete answer within 1.5s" in result.output
    assert seconds <= LIMIT_S + 2.5  # plus the default 2 s pause after robots.txt
