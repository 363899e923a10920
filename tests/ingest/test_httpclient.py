"""The HTTP client against a real server on 127.0.0.1: limits, retries, robots, caching."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.ingest.httpclient import HttpClient, HttpError
from pipeline.ingest.netguard import RefusedURL
from pipeline.ingest.policy import FetchPolicy

from .conftest import (
    FixtureServer,
    chunked,
    cut_short,
    fail_first,
    page,
    redirect,
    slow,
    static,
    status,
)


@pytest.fixture
def client(policy: FetchPolicy, tmp_path: Path) -> Iterator[HttpClient]:
    http = HttpClient(policy, tmp_path / "http-cache.sqlite")
    yield http
    http.close()


@pytest.mark.parametrize(("etag", "last_modified"), [(True, True), (True, False), (False, True)])
def test_unchanged_document_is_revalidated_not_downloaded(
    server: FixtureServer, client: HttpClient, contract_pdf: bytes, etag: bool, last_modified: bool
) -> None:
    path = f"/http/validators-{etag}-{last_modified}.pdf"
    url = server.add(
        path, static(contract_pdf, "application/pdf", etag=etag, last_modified=last_modified)
    )
    first = client.get(url, trusted=True)
    second = client.get(url, trusted=True)
    assert (first.not_modified, second.not_modified) == (False, True)
    assert first.body == second.body == contract_pdf
    assert server.hits[path] == 2


def test_document_without_validators_is_downloaded_again(
    server: FixtureServer, client: HttpClient
) -> None:
    url = server.add(
        "/http/plain.html", static(page("a", "b"), "text/html", etag=False, last_modified=False)
    )
    assert not client.get(url, trusted=True).not_modified
    assert not client.get(url, trusted=True).not_modified


def test_user_agent_names_the_project(server: FixtureServer, client: HttpClient) -> None:
    seen: list[str] = []

    def route(handler, hit):  # type: ignore[no-untyped-def]
        seen.append(handler.headers["User-Agent"])
        static(b"ok", "text/plain")(handler, hit)

    client.get(server.add("/http/ua", route), trusted=True)
    assert seen[0].startswith("cls-pipeline/")


def test_500_then_200_is_retried(server: FixtureServer, client: HttpClient) -> None:
    url = server.add("/http/flaky", fail_first(500, static(b"ok now", "text/plain")))
    assert client.get(url, trusted=True).body == b"ok now"
    assert server.hits["/http/flaky"] == 2


def test_redirect_is_followed_and_final_url_kept(server: FixtureServer, client: HttpClient) -> None:
    server.add("/http/new.html", static(page("a", "b"), "text/html"))
    url = server.add("/http/old.html", redirect("/http/new.html", 301))
    result = client.get(url, trusted=True)
    assert result.final_url == server.url("/http/new.html")
    assert result.url == url


@pytest.mark.parametrize(
    ("path", "route", "message"),
    [
        ("/http/404", None, "HTTP 404"),
        ("/http/always-500", status(500), "HTTP 500"),
        ("/http/slow", slow(1.6, static(b"late", "text/plain")), "read time-out"),
        ("/http/cut.pdf", cut_short(b"%PDF-1.4 short", 50_000), "body cut short"),
        ("/http/loop-a", redirect("/http/loop-b"), "redirect loop"),
        (
            "/http/huge.txt",
            static(b"x" * 300_000, "text/plain"),
            "too large: 300000 bytes declared",
        ),
        ("/http/huge-chunked.txt", chunked(b"x" * 300_000, "text/plain"), "too large: more than"),
    ],
)
def test_faults_raise_one_clear_error(
    server: FixtureServer,
    client: HttpClient,
    path: str,
    route,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    server.add("/http/loop-b", redirect("/http/loop-a"))
    url = server.add(path, route) if route else server.url(path)
    with pytest.raises(HttpError, match=message):
        client.get(url, trusted=True)


def test_robots_txt_disallow_is_refused(server: FixtureServer, client: HttpClient) -> None:
    url = server.add("/private/cls.html", static(page("a", "b"), "text/html"))
    with pytest.raises(RefusedURL, match=r"robots\.txt"):
        client.get(url, trusted=True)
    assert server.hits["/private/cls.html"] == 0


def test_private_address_refused_for_links_unless_allowed(
    server: FixtureServer, policy: FetchPolicy, tmp_path: Path
) -> None:
    url = server.add("/http/linked.pdf", static(b"%PDF-1.4", "application/pdf"))
    strict = HttpClient(FetchPolicy(**{**_fields(policy), "allow_private_links": False}))
    try:
        assert strict.get(url, trusted=True).body == b"%PDF-1.4"  # the user listed it
        with pytest.raises(RefusedURL, match="loopback"):
            strict.get(url, trusted=False)  # a link found in a page
    finally:
        strict.close()


def test_redirect_to_another_private_host_is_refused(
    server: FixtureServer, policy: FetchPolicy
) -> None:
    url = server.add("/http/to-metadata", redirect("http://169.254.169.254/latest/meta-data/"))
    strict = HttpClient(FetchPolicy(**{**_fields(policy), "allow_private_links": False}))
    try:
        with pytest.raises(RefusedURL, match="link-local"):
            strict.get(url, trusted=True)
    finally:
        strict.close()


def test_other_schemes_are_refused(client: HttpClient) -> None:
    with pytest.raises(RefusedURL, match="only http and https"):
        client.get("file:///etc/passwd", trusted=True)


def _fields(policy: FetchPolicy) -> dict[str, object]:
    return {name: getattr(policy, name) for name in policy.__dataclass_fields__}


def test_per_host_delay_spaces_requests(server: FixtureServer, policy: FetchPolicy) -> None:
    times: list[float] = []

    def route(handler, hit):  # type: ignore[no-untyped-def]
        times.append(time.monotonic())
        static(b"ok", "text/plain")(handler, hit)

    polite = HttpClient(FetchPolicy(**{**_fields(policy), "host_delay_s": 0.3}))
    try:
        for name in ("a", "b", "c"):
            polite.get(server.add(f"/http/delay-{name}", route), trusted=True)
    finally:
        polite.close()
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.29


def test_a_cached_document_that_now_fails_is_an_error_not_a_stale_copy(
    server: FixtureServer, client: HttpClient
) -> None:
    good = static(b"%PDF-1.4 first", "application/pdf")

    def route(handler, hit):  # type: ignore[no-untyped-def]
        (good if hit == 1 else status(503))(handler, hit)

    url = server.add("/http/gone-bad.pdf", route)
    assert client.get(url, trusted=True).body == b"%PDF-1.4 first"
    with pytest.raises(HttpError, match=r"HTTP 503 .*after 1 retries"):
        client.get(url, trusted=True)
