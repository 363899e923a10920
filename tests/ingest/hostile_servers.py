"""Servers on 127.0.0.1 that misbehave below HTTP: they trickle, reset, or hide a secret.

``RawServer`` answers each connection with a script written against the socket (so a
test can send one header byte every 0.2 s, or reset a connection half-way through a
body); ``secret_server`` is a second, ordinary server on another port, holding what a
hostile page must not be able to reach.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .conftest import FixtureServer, Route

Script = Callable[[socket.socket], None]
TRICKLE_PAUSE_S = 0.2
TRICKLE_FOR_S = (
    8.0  # then the server gives up, so that a client without a deadline fails, not hangs
)


def trickle_headers(sock: socket.socket) -> None:
    """A status line, then one header byte every TRICKLE_PAUSE_S, for TRICKLE_FOR_S."""
    sock.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    _trickle(sock, b"a")


def trickle_body(sock: socket.socket) -> None:
    """Complete headers announcing a large body, then one body byte every pause."""
    sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n")
    _trickle(sock, b"x")


def _trickle(sock: socket.socket, byte: bytes) -> None:
    """One byte every TRICKLE_PAUSE_S, for TRICKLE_FOR_S at most."""
    ends = time.monotonic() + TRICKLE_FOR_S
    while time.monotonic() < ends:
        sock.sendall(byte)
        time.sleep(TRICKLE_PAUSE_S)


def not_found(sock: socket.socket) -> None:
    """A quick 404 (the answer to robots.txt and to unknown paths)."""
    sock.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


def reset_mid_body(sock: socket.socket) -> None:
    """Announce 100 kB, send 1 kB, then reset the connection (RST, not FIN)."""
    sock.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: 100000\r\n\r\n"
        + b"%PDF-1.4 " * 100
    )
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


class RawServer:
    """A socket server on 127.0.0.1: the path of each request picks its script."""

    def __init__(self, scripts: dict[str, Script]) -> None:
        self.scripts = {"/robots.txt": not_found, **scripts}
        self.hits: Counter[str] = Counter()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self._listener.close()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = self._listener.accept()
                threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError), conn:
            head = b""
            while b"\r\n\r\n" not in head:
                data = conn.recv(4096)
                if not data:
                    return
                head += data
            path = head.split(b" ", 2)[1].decode("ascii", "replace")
            self.hits[path] += 1
            script = self.scripts.get(path, not_found)
            script(conn)


@contextlib.contextmanager
def raw_server(scripts: dict[str, Script]) -> Iterator[RawServer]:
    """A RawServer for the length of a test."""
    server = RawServer(scripts)
    try:
        yield server
    finally:
        server.close()


@contextlib.contextmanager
def secret_server(body: bytes) -> Iterator[tuple[int, Counter[str]]]:
    """An ordinary server on another port answering every path with ``body``; yields
    its port and the hits per path."""
    hits: Counter[str] = Counter()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits[self.path] += 1
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Silent."""

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield httpd.server_address[1], hits
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextlib.contextmanager
def own_site(routes: dict[str, Route]) -> Iterator[FixtureServer]:
    """A FixtureServer of its own port (so with its own robots.txt) for one test."""
    state = FixtureServer(routes=dict(routes))

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            with contextlib.suppress(OSError):
                state.dispatch(self)

        def log_message(self, format: str, *args: object) -> None:
            """Silent."""

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
