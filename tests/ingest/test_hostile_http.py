"""What hostile or broken servers on 127.0.0.1 get from the client: retries that honour
a readable Retry-After and ignore a garbage one, decompression bombs and endless bodies
cut at the size limit, redirects to other schemes refused, robots.txt faults handled as
RFC 9309 says, and legacy or UTF-16 pages decoded right."""

from __future__ import annotations

import gzip
import re
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from pipeline.batch.stages import read_source
from pipeline.ingest.fetch import Ingestor
from pipeline.ingest.httpclient import HttpClient, HttpError
from pipeline.ingest.netguard import RefusedURL
from pipeline.ingest.policy import FetchPolicy
from pipeline.model import Source

from .conftest import (
    CP1252_PAGE,
    FixtureServer,
    Route,
    chunked,
    page,
    redirect,
    send,
    slow,
    static,
    status,
)
from .hostile_servers import own_site


def _with(policy: FetchPolicy, **changes: object) -> FetchPolicy:
    fields = {name: getattr(policy, name) for name in policy.__dataclass_fields__}
    return FetchPolicy(**{**fields, **changes})  # type: ignore[arg-type]


@pytest.fixture
def client(policy: FetchPolicy) -> Iterator[HttpClient]:
    http = HttpClient(policy)
    yield http
    http.close()


def retry_after(code: int, value: str, then: Route) -> Route:
    """The first answer is ``code`` with ``Retry-After: value``, then the real one."""

    def route(handler: BaseHTTPRequestHandler, hit: int) -> None:
        if hit == 1:
            return send(handler, b"busy", "text/plain", code, {"Retry-After": value})
        then(handler, hit)

    return route


def test_a_garbage_retry_after_is_ignored_and_the_retry_happens(
    server: FixtureServer, client: HttpClient
) -> None:
    url = server.add("/hostile/soon", retry_after(503, "soon", static(b"ok", "text/plain")))
    assert client.get(url, trusted=True).body == b"ok"
    assert server.hits["/hostile/soon"] == 2


@pytest.mark.parametrize("code", [500, 503])
def test_a_readable_retry_after_is_honoured(
    server: FixtureServer, client: HttpClient, code: int
) -> None:
    url = server.add(f"/hostile/after-{code}", retry_after(code, "1", static(b"ok", "text/plain")))
    started = time.monotonic()
    assert client.get(url, trusted=True).body == b"ok"
    assert time.monotonic() - started >= 0.9


def test_a_retry_after_of_an_hour_costs_no_more_than_the_deadline(
    server: FixtureServer, policy: FetchPolicy
) -> None:
    url = server.add("/hostile/hour", retry_after(503, "3600", static(b"ok", "text/plain")))
    client = HttpClient(_with(policy, max_seconds=1.5))
    started = time.monotonic()
    try:
        with pytest.raises(HttpError, match=r"HTTP 503: .* retry after 60s, past the deadline"):
            client.get(url, trusted=True)
    finally:
        client.close()
    assert time.monotonic() - started <= 1.65
    assert server.hits["/hostile/hour"] == 1


def _bomb(encoding: str) -> Route:
    zeros = b"\0" * 20_000_000
    body = gzip.compress(zeros) if encoding == "gzip" else zlib.compress(zeros)

    def route(handler: BaseHTTPRequestHandler, hit: int) -> None:
        send(handler, body, "text/plain", 200, {"Content-Encoding": encoding})

    return route


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_decompression_bomb_is_cut_at_the_size_limit(
    server: FixtureServer, client: HttpClient, encoding: str
) -> None:
    url = server.add(f"/hostile/bomb-{encoding}", _bomb(encoding))
    with pytest.raises(HttpError, match="too large: more than 200000 bytes"):
        client.get(url, trusted=True)


def test_an_endless_body_is_cut_at_the_size_limit(
    server: FixtureServer, client: HttpClient
) -> None:
    url = server.add("/hostile/endless", chunked(b"<p>sant\xc3\xa9</p>" * 100_000, "text/html"))
    with pytest.raises(HttpError, match="too large: more than"):
        client.get(url, trusted=True)


@pytest.mark.parametrize(
    "location", ["file:///etc/passwd", "ftp://127.0.0.1/x.pdf", "gopher://127.0.0.1:70/_x"]
)
def test_a_redirect_to_another_scheme_is_refused(
    server: FixtureServer, client: HttpClient, location: str
) -> None:
    url = server.add(f"/hostile/to-{location.split(':')[0]}", redirect(location))
    with pytest.raises(RefusedURL, match="only http and https"):
        client.get(url, trusted=True)


DOC = static(b"%PDF-1.4 doc", "application/pdf")


@pytest.mark.parametrize(
    ("robots", "outcome"),
    [
        (status(500), "unreachable (HTTP 500)"),
        (status(429), "unreachable (HTTP 429)"),
        (slow(1.6, static(b"", "text/plain")), "read time-out"),
        (redirect("http://169.254.169.254/robots.txt"), "link-local"),
        (status(404), None),  # no rules: everything allowed
        (static(b"\xff\xfe\x00garbage\x00", "text/plain"), None),  # unreadable rules: none
    ],
)
def test_robots_txt_faults(policy: FetchPolicy, robots: Route, outcome: str | None) -> None:
    with own_site({"/robots.txt": robots, "/doc.pdf": DOC}) as site:
        client = HttpClient(_with(policy, allow_private_links=False))
        try:
            if outcome is None:
                assert client.get(site.url("/doc.pdf"), trusted=True).body == b"%PDF-1.4 doc"
            else:
                with pytest.raises(RefusedURL, match=re.escape(outcome)):
                    client.get(site.url("/doc.pdf"), trusted=True)
                assert site.hits["/doc.pdf"] == 0
        finally:
            client.close()


UTF16_PAGE = page("Contrat local de santé de Sète", "Sète").decode("utf-8")


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (CP1252_PAGE, "text/html", "Contrat local de santé d’Épinal"),
        (CP1252_PAGE, "text/html; charset=utf-8", "Contrat local de santé d’Épinal"),
        (UTF16_PAGE.encode("utf-16"), "text/html", "Contrat local de santé de Sète"),
        (
            UTF16_PAGE.encode("utf-16"),
            "text/html; charset=utf-16",
            "Contrat local de santé de Sète",
        ),
    ],
)
def test_legacy_and_utf16_pages_are_decoded(
    server: FixtureServer,
    policy: FetchPolicy,
    tmp_path: Path,
    body: bytes,
    content_type: str,
    expected: str,
) -> None:
    path = f"/hostile/page-{abs(hash((body, content_type)))}.php"
    url = server.add(path, static(body, content_type))
    with Ingestor(tmp_path / "raw", policy) as ingestor:
        outcome = read_source(Source(url), ingestor)
    assert outcome.document is not None, outcome.errors
    assert expected in outcome.document.text
    assert "\ufffd" not in outcome.document.text
