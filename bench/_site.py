"""Helpers of the benchmarks that serve generated contracts on 127.0.0.1."""

from __future__ import annotations

import functools
import io
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def text_pdf(title: str, pages: int) -> bytes:
    """A PDF of ``pages`` pages of 40 lines of text each, byte-stable (invariant)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for number in range(1, pages + 1):
        for line in range(40):
            pdf.drawString(50, 800 - 18 * line, f"{title} - page {number} - ligne {line} " * 2)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def serve(folder: Path) -> ThreadingHTTPServer:
    """Serve a folder with the standard library's file server (Last-Modified and 304,
    no ETag, as many real sites) in a daemon thread; the caller shuts it down."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
    SimpleHTTPRequestHandler.log_message = lambda *a: None  # type: ignore[method-assign]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd
