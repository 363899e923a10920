"""A real HTTP server on 127.0.0.1 for the ingest tests, with the team's fixture documents.

The server runs in a thread for the whole test session; each test registers the routes it
needs under its own path prefix, so tests do not see each other's hit counters. Routes
are plain functions of (handler, hit number), which keeps every fault readable: a 404, a
500 then 200, a slow answer, a body cut short, a redirect loop, an oversized body, a
wrong content type, a robots.txt rule, a Windows-1252 page.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline.ingest.policy import FetchPolicy

Route = Callable[[BaseHTTPRequestHandler, int], None]

LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)
LAST_MODIFIED_AT = parsedate_to_datetime(LAST_MODIFIED)
ROBOTS_TXT = b"User-agent: *\nDisallow: /private/\n\nUser-agent: other-bot\nDisallow: /\n"


def send(
    handler: BaseHTTPRequestHandler,
    body: bytes,
    content_type: str | None,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> None:
    """Answer with a complete body and its length."""
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def static(
    body: bytes, content_type: str | None, *, etag: bool = True, last_modified: bool = True
) -> Route:
    """A document with validators, answering 304 to a matching conditional request."""
    tag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'

    def route(handler: BaseHTTPRequestHandler, hit: int) -> None:
        headers = {}
        if etag:
            headers["ETag"] = tag
        if last_modified:
            headers["Last-Modified"] = LAST_MODIFIED
        if_none_match = handler.headers.get("If-None-Match")
        if_modified = handler.headers.get("If-Modified-Since")
        if etag and if_none_match == tag:
            return send(handler, b"", None, 304, headers)
        unchanged = if_modified and parsedate_to_datetime(if_modified) >= LAST_MODIFIED_AT
        if last_modified and unchanged and not if_none_match:
            return send(handler, b"", None, 304, headers)
        send(handler, body, content_type, 200, headers)

    return route


def status(code: int) -> Route:
    """Always the same error status."""
    return lambda h, hit: send(h, f"error {code}".encode(), "text/plain", code)


def fail_first(code: int, then: Route, failures: int = 1) -> Route:
    """An error status for the first hits, then the real answer."""

    def route(handler: BaseHTTPRequestHandler, hit: int) -> None:
        if hit <= failures:
            return send(handler, b"try again", "text/plain", code)
        then(handler, hit)

    return route


def slow(seconds: float, then: Route) -> Route:
    """Waits before answering at all (longer than the client's time-out)."""

    def route(handler: BaseHTTPRequestHandler, hit: int) -> None:
        time.sleep(seconds)
        then(handler, hit)

    return route


def cut_short(body: bytes, announced: int) -> Route:
    """Announces more bytes than it sends, then closes the connection."""

    def route(handler: BaseHTTPRequestHandler, hit: int) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/pdf")
        handler.send_header("Content-Length", str(announced))
        handler.end_headers()
        handler.wfile.write(body)
        handler.wfile.flush()
        handler.close_connection = True

    return route


def chunked(body: bytes, content_type: str) -> Route:
    """A body without Content-Length (chunked), so only streaming can limit it."""

    def route(handler: BaseHTTPRequestHandler, hit: int) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        for start in range(0, len(body), 65536):
            piece = body[start : start + 65536]
            handler.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        handler.wfile.write(b"0\r\n\r\n")

    return route


def redirect(location: str, code: int = 302) -> Route:
    """A redirect to another path or URL."""
    return lambda h, hit: send(h, b"", None, code, {"Location": location})


@dataclass
class FixtureServer:
    """The running server: register routes, build URLs, read hit counts."""

    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?")[0]
        with self.lock:
            self.hits[path] += 1
            hit = self.hits[path]
        route = self.routes.get(path)
        if route is None:
            send(handler, b"<html><body>Page introuvable</body></html>", "text/html", 404)
        else:
            route(handler, hit)


@pytest.fixture(scope="session")
def server() -> Iterator[FixtureServer]:
    """One HTTP server on 127.0.0.1 for the session, robots.txt included."""
    state = FixtureServer()
    state.routes["/robots.txt"] = static(ROBOTS_TXT, "text/plain")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                state.dispatch(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # clients that time out or give up reset connections: expected here

    httpd = Server(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def policy() -> FetchPolicy:
    """Fast limits for tests: 1 s time-out, one quick retry, no per-host delay."""
    return FetchPolicy(
        timeout_s=1.0,
        max_bytes=200_000,
        max_seconds=5.0,
        retries=1,
        backoff_s=0.01,
        host_delay_s=0.0,
        allow_private_links=True,
    )


# --- fixture documents -------------------------------------------------------------

PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{title}</title></head>
<body><main>
<h1>{title}</h1>
<p>Le contrat local de santé du {territory} a été signé le 12 mars 2021 par l'Agence
régionale de santé, la préfecture et la communauté de communes, pour la période
2021-2025. Il compte quatre axes et vingt fiches actions.</p>
<ul><li>Axe 1 : accès aux soins</li><li>Axe 2 : prévention</li></ul>
{links}
</main></body></html>
"""


def page(title: str, territory: str, links: str = "") -> bytes:
    """A small CLS web page in UTF-8."""
    return PAGE_TEMPLATE.format(title=title, territory=territory, links=links).encode("utf-8")


CP1252_PAGE = (
    "<html><head><title>Contrat local de santé – Épinal</title></head><body><main>"
    "<h1>Contrat local de santé d’Épinal</h1>"
    "<p>La ville, l’Agence régionale de santé et la préfecture ont signé le contrat "
    "local de santé ; il œuvre pour l’accès aux soins, la santé mentale et la "
    "prévention. Les élèves, les aînés et les personnes âgées sont concernés à "
    "Épinal comme à Golbey, où la maison de santé a ouvert en février.</p>"
    "</main></body></html>"
).encode("cp1252")


def make_pdf(lines: list[str]) -> bytes:
    """A small valid PDF with a text layer (reportlab)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    y = 800
    for line in lines:
        pdf.drawString(60, y, line)
        y -= 18
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


CONTRACT_LINES = [
    "Contrat local de sante du Pays de Test 2021-2025",
    "Entre l'Agence regionale de sante et la communaute de communes du Pays de Test.",
    "Article 1 - Axes strategiques",
    "Axe 1 : acces aux soins",
    "Axe 2 : prevention et promotion de la sante",
    "Fait a Testville, le 12 mars 2021",
]


@pytest.fixture(scope="session")
def contract_pdf() -> bytes:
    """The fixture contract as PDF bytes."""
    return make_pdf(CONTRACT_LINES)


@pytest.fixture
def corpus_dir(tmp_path: Path, contract_pdf: bytes) -> Path:
    """The fixture documents as local files (the same bytes the server serves)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "pays-de-test.html").write_bytes(page("CLS du Pays de Test", "Pays de Test"))
    (folder / "epinal.html").write_bytes(CP1252_PAGE)
    (folder / "contrat-pays-de-test.pdf").write_bytes(contract_pdf)
    (folder / "breve.txt").write_text(
        "Signature du contrat local de santé de Breveville\n"
        "Le CLS de Breveville a été signé le 3 avril 2022.\n",
        encoding="utf-8",
    )
    return folder
