"""An unreachable network is told from unreachable hosts, early, and said once.

The dead hosts are loopback addresses with nothing listening (127.0.0.2, .3, …): each
connection is refused at once, as on a machine without a route. The live host is the
fixture server on 127.0.0.1, whose hit counter shows whether a source was tried.
"""

from __future__ import annotations

import csv
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.ingest.httpclient import HttpClient, HttpError, NetworkUnreachable
from pipeline.ingest.netguard import RefusedURL
from pipeline.ingest.policy import FetchPolicy
from pipeline.ingest.reachability import NetworkWatch

from .conftest import FixtureServer, page, static


def _closed_port() -> int:
    """A port with nothing listening on 127.0.0.1 (and so on every 127.0.0.x)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _dead(host_number: int, port: int, name: str = "cls.html") -> str:
    return f"http://127.0.0.{host_number}:{port}/{name}"


def test_watch_trips_after_distinct_hosts_only_while_none_answered() -> None:
    watch = NetworkWatch(threshold=3)
    for host in ("a.fr", "a.fr", "b.fr"):
        watch.connect_failed(host)
    assert not watch.unreachable  # one host failing twice is one host
    watch.connect_failed("c.fr")
    assert watch.unreachable
    assert "(a.fr, b.fr, c.fr)" in watch.message()

    working = NetworkWatch(threshold=3)
    working.answer()
    for host in ("a.fr", "b.fr", "c.fr", "d.fr"):
        working.connect_failed(host)
    assert not working.unreachable


def test_client_gives_up_after_three_dead_hosts(server: FixtureServer, policy: FetchPolicy) -> None:
    live = server.add("/unreachable/client.html", static(page("CLS", "Testville"), "text/html"))
    port = _closed_port()
    client = HttpClient(policy)
    try:
        for number in (2, 3, 4):
            with pytest.raises((HttpError, RefusedURL), match="connection failed") as caught:
                client.get(_dead(number, port), trusted=True)
            assert not isinstance(caught.value, NetworkUnreachable)
        with pytest.raises(NetworkUnreachable, match="not tried"):
            client.get(live, trusted=True)
    finally:
        client.close()
    assert server.hits["/unreachable/client.html"] == 0


def test_a_network_that_answered_once_is_never_declared_dead(
    server: FixtureServer, policy: FetchPolicy
) -> None:
    live = server.add("/unreachable/first.html", static(page("CLS", "Testville"), "text/html"))
    port = _closed_port()
    client = HttpClient(policy)
    try:
        assert client.get(live, trusted=True).status == 200
        for number in (2, 3, 4, 5):
            with pytest.raises((HttpError, RefusedURL), match="connection failed") as caught:
                client.get(_dead(number, port), trusted=True)
            assert not isinstance(caught.value, NetworkUnreachable)
    finally:
        client.close()


def test_batch_fails_the_remaining_web_sources_fast_with_one_row_each(
    tmp_path: Path, server: FixtureServer
) -> None:
    port = _closed_port()
    dead = [_dead(number, port, f"cls-{number}.html") for number in range(2, 8)]
    live = server.add("/unreachable/batch.html", static(page("CLS", "Testville"), "text/html"))
    sources = tmp_path / "sources.txt"
    sources.write_text("\n".join([*dead, live]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(sources), "--out", str(out), "--raw-dir", str(tmp_path / "raw")]
    fast = ["--timeout", "1", "--retries", "1", "--delay", "0", "--allow-private-links"]
    result = CliRunner().invoke(cli, [*args, *fast, "--workers", "1"])

    assert result.exit_code == 1, result.output
    assert result.output.count("network unreachable") == 1
    assert "(127.0.0.2, 127.0.0.3, 127.0.0.4)" in result.output
    assert "4 not tried" in result.output
    with (out / "errors.csv").open(encoding="utf-8") as handle:
        rows = {row["source"]: row["message"] for row in csv.DictReader(handle)}
    assert sorted(rows) == sorted([*dead, live])
    assert all("connection failed" in rows[url] for url in dead[:3])
    assert all(rows[url].startswith("not tried") for url in [*dead[3:], live])
    assert server.hits["/unreachable/batch.html"] == 0
