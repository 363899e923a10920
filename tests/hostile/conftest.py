"""Fixtures of the hostile-input tests: the PDF makers of tests/text on the path, and a
server whose answers never end."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "text"))  # hostilepdf, pdfmaker

GOOD_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>CLS de Lunel</title></head>"
    "<body><main><h1>Contrat local de santé de Lunel</h1><p>Le contrat local de santé "
    "de Lunel a été signé le 4 mai 2022 par l'ARS Occitanie et la Ville de Lunel pour la "
    "période 2022-2026. Il porte trois axes et douze actions.</p></main></body></html>"
).encode()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            chunk = b"<p>" + b"Contrat local de sant\xc3\xa9 " * 2000 + b"</p>\n"
            with contextlib.suppress(OSError):  # the client hangs up at its limit
                self.wfile.write(b"<html><body>")
                while True:
                    self.wfile.write(chunk)
        elif self.path == "/lunel-cls.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(GOOD_PAGE)))
            self.end_headers()
            self.wfile.write(GOOD_PAGE)
        else:
            self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:
        """Silent."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Base URL of a server on 127.0.0.1: ``/endless`` never ends, ``/lunel-cls.html``
    is a good page, anything else (robots.txt) is a 404."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
