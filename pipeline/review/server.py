"""The review web server: standard library ``http.server``, bound to 127.0.0.1 only.

What: ``ReviewApp`` answers requests (contracts list, contract page, document page, the
stylesheet and script, and the ``POST /correct`` of a correction) from a run's tables;
``ReviewServer`` serves it on ``127.0.0.1:PORT`` with one thread per request, and raises
``PortTaken`` when the port is in use.

Why the standard library: a few server-rendered pages and one form need no framework,
and nothing more to install or keep up to date. Safety: the server listens on loopback
only and answers only requests naming it in their ``Host`` header (a web page cannot
reach it through DNS rebinding); a correction needs the token of the page that shows the
form and, when the browser sends one, an ``Origin`` of the server itself (another site
cannot post corrections); every page is sent with a Content-Security-Policy allowing only
the server's own stylesheet and script, on top of the escaping of every string. The
only file written is the corrections file.
"""

from __future__ import annotations

import errno
import secrets
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from pathlib import Path
from typing import Final
from urllib.parse import parse_qs, quote, unquote, urlsplit

from pipeline.errors import ClsError
from pipeline.review.contract import Context, contract_page
from pipeline.review.document import document_page
from pipeline.review.layout import notice, page
from pipeline.review.listing import contracts_page
from pipeline.review.record import FormError, record_correction
from pipeline.review.texts import TextSource
from pipeline.review.view import RunView

HOST: Final = "127.0.0.1"
MAX_FORM_BYTES: Final = 64 * 1024
STATIC: Final = {"review.css": "text/css; charset=utf-8", "review.js": "text/javascript"}
HEADERS: Final = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; script-src 'self'; "
    "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # no-referrer would make a form's Origin "null"
    "Cache-Control": "no-store",
}


class PortTaken(ClsError, OSError):
    """The port asked for is in use on 127.0.0.1."""


@dataclass(frozen=True, slots=True)
class Response:
    """What the server sends back: status, body, type and, for a redirect, where to."""

    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None


def _html(status: int, text: str) -> Response:
    return Response(status, text.encode("utf-8"))


class ReviewApp:
    """The pages of one run folder and the corrections file they append to."""

    def __init__(self, out_dir: Path, corrections: Path, raw_dir: Path, base: Path) -> None:
        self.out_dir = out_dir
        self.corrections = corrections
        self.token = secrets.token_urlsafe(24)
        self.texts = TextSource(raw_dir, base)
        self._view = RunView.load(out_dir)
        self._stamp = self._package_stamp()
        self._lock = threading.Lock()

    def _package_stamp(self) -> float:
        try:
            return (self.out_dir / "datapackage.json").stat().st_mtime
        except OSError:
            return 0.0

    def context(self) -> Context:
        """The run as it is now: the tables are read again when a run replaced them."""
        with self._lock:
            stamp = self._package_stamp()
            if stamp != self._stamp:
                self._view, self._stamp = RunView.load(self.out_dir), stamp
            return Context(self._view, self.texts, self.corrections, self.token)

    def get(self, target: str) -> Response:
        """The answer to a GET of ``target`` (path and query)."""
        parts = urlsplit(target)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        segments = [unquote(s) for s in parts.path.split("/")[1:]]
        ctx = self.context()
        if parts.path == "/":
            return _html(200, contracts_page(ctx.view, query))
        if len(segments) == 2 and segments[0] == "static" and segments[1] in STATIC:
            data = files("pipeline.review").joinpath("static", segments[1]).read_bytes()
            return Response(200, data, STATIC[segments[1]])
        found = None
        if len(segments) == 2 and segments[0] == "contract":
            found = contract_page(ctx, segments[1], _saved_notice(query, ctx))
        elif len(segments) == 2 and segments[0] == "document":
            found = document_page(ctx, segments[1])
        if found is None:
            return _html(404, page("Not found", "<p>No such page in this run.</p>"))
        return _html(200, found)

    def post(self, target: str, form: dict[str, str]) -> Response:
        """The answer to a POST: ``/correct`` records a correction, then shows the contract."""
        if urlsplit(target).path != "/correct":
            return _html(404, page("Not found", "<p>No such form.</p>"))
        if not secrets.compare_digest(form.get("token", ""), self.token):
            return _html(403, page("Refused", "<p>This form is not from this review page.</p>"))
        ctx = self.context()
        cid = form.get("contract_id", "")
        try:
            c = record_correction(ctx.view, form, self.corrections)
        except FormError as exc:
            shown = contract_page(ctx, cid, notice(f"not recorded: {exc}", "error"))
            return _html(400, shown or page("Not recorded", notice(str(exc), "error")))
        query = f"saved={quote(c.field)}&item={quote(c.item_key)}&action={quote(c.action)}"
        return Response(303, location=f"/contract/{quote(cid, safe='')}?{query}#field-{c.field}")


def _saved_notice(query: dict[str, str], ctx: Context) -> str:
    if "saved" not in query:
        return ""
    item = f" item {query.get('item')}" if query.get("item") else ""
    return notice(
        f"Recorded ({query.get('action', '')}): {query['saved']}{item} in {ctx.corrections}; "
        f"the next cls-pipeline run … --corrections {ctx.corrections} applies it."
    )


def _handler(app: ReviewApp, port: int) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to the app and to the names of this server."""
    hosts = {f"{HOST}:{port}", f"localhost:{port}"}
    origins = {f"http://{h}" for h in hosts}

    class Handler(BaseHTTPRequestHandler):
        server_version = "cls-pipeline-review"

        def do_GET(self) -> None:
            if self._host_ok():
                self._send(app.get(self.path))

        def do_POST(self) -> None:
            if not self._host_ok():
                return
            origin = self.headers.get("Origin")
            length = int(self.headers.get("Content-Length") or 0)
            if origin is not None and origin not in origins:
                self._send(_html(403, page("Refused", "<p>Posted from another site.</p>")))
            elif length > MAX_FORM_BYTES:
                self._send(_html(413, page("Refused", "<p>Form too large.</p>")))
            else:
                body = self.rfile.read(length).decode("utf-8", errors="replace")
                form = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
                self._send(app.post(self.path, form))

        def _host_ok(self) -> bool:
            if self.headers.get("Host") in hosts:
                return True
            self._send(_html(421, page("Refused", "<p>Unknown host name.</p>")))
            return False

        def _send(self, response: Response) -> None:
            self.send_response(response.status)
            for name, value in HEADERS.items():
                self.send_header(name, value)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            if response.location:
                self.send_header("Location", response.location)
            self.end_headers()
            self.wfile.write(response.body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the terminal shows the URL once; requests are not logged

    return Handler


class ReviewServer:
    """``ReviewApp`` served on 127.0.0.1 (``port`` 0: any free port)."""

    def __init__(self, app: ReviewApp, port: int) -> None:
        self.app = app
        try:
            self.httpd = ThreadingHTTPServer((HOST, port), _handler(app, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise PortTaken(
                    f"port {port} on {HOST} is already in use; choose another with --port"
                ) from exc
            raise
        self.port = int(self.httpd.server_address[1])
        if port == 0:
            self.httpd.RequestHandlerClass = _handler(app, self.port)
        self.httpd.daemon_threads = True

    @property
    def url(self) -> str:
        """The address to open in a browser."""
        return f"http://{HOST}:{self.port}/"

    def serve_forever(self) -> None:
        """Answer requests until ``shutdown`` (from another thread) or Ctrl-C."""
        self.httpd.serve_forever()

    def shutdown(self) -> None:
        """Stop ``serve_forever`` and close the socket."""
        self.httpd.shutdown()
        self.httpd.server_close()
