"""The one URL parser and the private-address guard: every form a hostile page may use.

Parsing is checked on literal URLs; the guard against the real resolver (``localhost``)
and a real second server on 127.0.0.1, which a crafted redirect must not reach.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import httpclient
from pipeline.ingest.httpclient import HttpClient
from pipeline.ingest.netguard import BadURL, RefusedURL, check_url
from pipeline.ingest.policy import FetchPolicy
from pipeline.ingest.weburl import parse_web_url

from .conftest import FixtureServer, redirect, static
from .hostile_servers import secret_server

SECRET = b"%PDF-1.4 loopback-only secret"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:8000\\@public.example/x.pdf", "backslash"),
        ("http://public.example\\x.pdf", "backslash"),
        ("http://user:pass@public.example/x.pdf", "user-info"),
        ("http://127.0.0.1:8000@public.example/x.pdf", "user-info"),
        ("http://public.example/x\n.pdf", "control characters"),
        ("http://public.example/\x00x.pdf", "control characters"),
        ("http://pub\tlic.example/", "control characters"),
        ("http://[::1/x", "malformed"),
        ("http://public.example:99999/", "malformed|out of range"),
        ("http://public.example:0/", "out of range"),
        ("http:///x.pdf", "without a host"),
        ("http://exa mple.org/", "malformed"),
        ("http://exa_\u00a0mple.org/", "malformed"),
        ("http://[zz::1]/", "malformed"),
    ],
)
def test_ambiguous_or_malformed_urls_are_one_clear_refusal(url: str, reason: str) -> None:
    with pytest.raises(BadURL, match=reason):
        parse_web_url(url)


@pytest.mark.parametrize(
    ("url", "host", "port", "canonical"),
    [
        ("HTTP://Example.ORG/a b.pdf#p2", "example.org", 80, "http://example.org/a%20b.pdf"),
        ("https://example.org:8443/x?y=1", "example.org", 8443, "https://example.org:8443/x?y=1"),
        ("http://[::FFFF:7F00:1]:81/", "::ffff:7f00:1", 81, "http://[::ffff:7f00:1]:81/"),
        ("http://santé.example/", "xn--sant-epa.example", 80, "http://xn--sant-epa.example/"),
    ],
)
def test_a_url_parses_into_the_host_and_port_the_connection_uses(
    url: str, host: str, port: int, canonical: str
) -> None:
    parsed = parse_web_url(url)
    assert (parsed.host, parsed.port, parsed.url) == (host, port, canonical)
    again = parse_web_url(parsed.url)  # what the HTTP library parses names the same host
    assert (again.host, again.port) == (host, port)


def test_other_schemes_are_refused_not_malformed() -> None:
    for url in ("file:///etc/passwd", "ftp://example.org/x", "gopher://127.0.0.1:70/"):
        with pytest.raises(RefusedURL, match="only http and https"):
            parse_web_url(url)


# Thirteen literal spellings of non-public addresses, and names that resolve to one.
PRIVATE_FORMS = [
    ("http://127.0.0.1/", "loopback"),
    ("http://127.1/", "loopback"),
    ("http://0177.0.0.1/", "loopback"),
    ("http://0x7f000001/", "loopback"),
    ("http://2130706433/", "loopback"),
    ("http://[::1]/", "loopback"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://0.0.0.0/", "private"),
    ("http://10.0.0.1/", "private"),
    ("http://172.16.5.4/", "private"),
    ("http://192.168.1.1/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[fe80::1]/", "link-local"),
    ("http://[fc00::1]/", "private"),
    ("http://100.64.0.1/", "private"),
    ("http://localhost/", "loopback"),
    ("http://LOCALHOST:8080/", "loopback"),
]
WRAPPED_FORMS = [
    ("http://[64:ff9b::7f00:1]/", "loopback"),  # NAT64 of 127.0.0.1
    ("http://[64:ff9b::a9fe:a9fe]/", "link-local"),  # NAT64 of 169.254.169.254
    ("http://[64:ff9b:1::a00:1]/", "private"),  # local-use NAT64 prefix
    ("http://[2002:7f00:1::]/", "loopback"),  # 6to4 of 127.0.0.1
    ("http://[2002:c0a8:101::1]/", "private"),  # 6to4 of 192.168.1.1
    ("http://[::7f00:1]/", "loopback"),  # IPv4-compatible form
]


@pytest.mark.parametrize(("url", "kind"), PRIVATE_FORMS + WRAPPED_FORMS)
def test_every_form_of_a_private_address_is_refused_for_links(url: str, kind: str) -> None:
    with pytest.raises(RefusedURL, match=kind):
        check_url(url, allow_private=False)
    assert check_url(url, allow_private=True).host  # the user may allow them


@pytest.mark.parametrize(
    "url", ["http://[2001:4860:4860::8888]/", "http://[64:ff9b::808:808]/", "http://8.8.8.8/"]
)
def test_public_addresses_and_their_wrapped_forms_pass(url: str) -> None:
    assert check_url(url, allow_private=False).url == url


def _strict(policy: FetchPolicy, tmp_path: Path) -> HttpClient:
    fields = {name: getattr(policy, name) for name in policy.__dataclass_fields__}
    return HttpClient(FetchPolicy(**{**fields, "allow_private_links": False}))


def test_a_backslash_redirect_cannot_reach_another_local_server(
    server: FixtureServer, policy: FetchPolicy, tmp_path: Path
) -> None:
    with secret_server(SECRET) as (port, hits):
        target = f"http://127.0.0.1:{port}\\@public.example/contrat-local-de-sante.pdf"
        url = server.add("/guard/to-secret", redirect(target))
        client = _strict(policy, tmp_path)
        try:
            with pytest.raises(BadURL, match="backslash"):
                client.get(url, trusted=True)
        finally:
            client.close()
        assert sum(hits.values()) == 0


def test_the_connected_address_is_checked_even_when_the_url_check_is_fooled(
    server: FixtureServer, policy: FetchPolicy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name whose DNS answer changes between the check and the connection is simulated
    by a URL check that lets everything through: the socket's own address still counts."""
    url = server.add("/guard/rebound.pdf", static(SECRET, "application/pdf"))
    monkeypatch.setattr(httpclient, "check_url", lambda u, allow_private: parse_web_url(u))
    client = _strict(policy, tmp_path)
    try:
        with pytest.raises(RefusedURL, match="connection reached a loopback address"):
            client.get(url, trusted=False)
    finally:
        client.close()
    assert server.hits["/guard/rebound.pdf"] == 0


@pytest.mark.parametrize(
    "location",
    ["http://[::1/x", "http://127.0.0.1:99999/x", "http://u@127.0.0.1/x", "file:///etc/passwd"],
)
def test_a_bad_redirect_is_one_refusal_not_a_crash(
    server: FixtureServer, policy: FetchPolicy, tmp_path: Path, location: str
) -> None:
    url = server.add(f"/guard/bad-redirect-{abs(hash(location))}", redirect(location))
    client = HttpClient(policy)
    try:
        with pytest.raises(RefusedURL):
            client.get(url, trusted=True)
    finally:
        client.close()


def test_redirect_to_link_local_from_a_trusted_page_is_refused(
    server: FixtureServer, policy: FetchPolicy, tmp_path: Path
) -> None:
    url = server.add("/guard/to-metadata", redirect("http://[fe80::a9fe:a9fe]/meta-data/"))
    client = _strict(policy, tmp_path)
    try:
        with pytest.raises(RefusedURL, match="link-local"):
            client.get(url, trusted=True)
    finally:
        client.close()
