"""What every connection of the HTTP client obeys: the address it reached, a deadline.

What: ``guarded(allow_private, seconds)`` opens the scope of one request. Inside it, the
connections of the client's pools (``GuardedHTTPConnection``, ``GuardedHTTPSConnection``)
check the address their socket is connected to, new or reused, with the private-address
guard before a byte is sent, and hand the socket to the request's ``Deadline``, whose
timer shuts it down when the wall-clock budget is spent, whatever the server is doing:
trickling headers, trickling a body that announced its length, or sleeping.

Why: a check of the URL before the request sees what DNS answered then, not what the
socket reached (a name that changes its answer, a parser that reads the host otherwise);
and socket time-outs bound each read, not the whole answer: one byte every five seconds
never trips a 30 s time-out. The check and the timer sit on the socket itself.

Connections through a proxy are not checked (the proxy resolves the names) and the time
to resolve a name is bounded by the system resolver only (documented limits).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from pipeline.errors import ClsError
from pipeline.ingest.netguard import address_refusal
from pipeline.ingest.weburl import RefusedURL


class DeadlinePassed(ClsError, RuntimeError):
    """The request's wall-clock budget was spent before a new attempt could start."""


@dataclass(slots=True)
class Deadline:
    """A wall-clock budget for one request: when it is spent, its sockets are shut."""

    seconds: float
    expired: bool = False
    _sockets: list[socket.socket] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _timer: threading.Timer | None = None
    _ends: float = 0.0

    def start(self) -> None:
        """Start the timer (a daemon thread that sleeps until the deadline)."""
        self._ends = time.monotonic() + self.seconds
        self._timer = threading.Timer(self.seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        """Seconds left before the deadline (0 once it has passed)."""
        return 0.0 if self.expired else max(0.0, self._ends - time.monotonic())

    def cancel(self) -> None:
        """Stop the timer: the request is over."""
        if self._timer is not None:
            self._timer.cancel()

    def watch(self, sock: socket.socket) -> None:
        """Shut this socket at the deadline (at once if it has passed)."""
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


@dataclass(frozen=True, slots=True)
class _Scope:
    allow_private: bool
    deadline: Deadline | None


_SCOPE: ContextVar[_Scope | None] = ContextVar("cls_pipeline_connection_scope", default=None)


@contextlib.contextmanager
def guarded(allow_private: bool, seconds: float | None = None) -> Iterator[Deadline | None]:
    """The scope of one request: connections checked, sockets shut after ``seconds``."""
    deadline = Deadline(seconds) if seconds is not None else None
    token = _SCOPE.set(_Scope(allow_private, deadline))
    if deadline is not None:
        deadline.start()
    try:
        yield deadline
    finally:
        if deadline is not None:
            deadline.cancel()
        _SCOPE.reset(token)


def remaining_seconds() -> float | None:
    """Seconds left in the current request's budget (None outside a request)."""
    scope = _SCOPE.get()
    return scope.deadline.remaining() if scope and scope.deadline else None


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _admit(sock: socket.socket) -> None:
    """Check the connected address and put the socket under the deadline.

    Outside a request scope, private addresses are refused (the safe default).
    """
    scope = _SCOPE.get()
    if scope is not None and scope.deadline is not None:
        scope.deadline.watch(sock)
        if scope.deadline.expired:
            raise DeadlinePassed(
                f"no complete answer within {scope.deadline.seconds:g}s "
                "(deadline per response, --max-seconds)"
            )
    if scope is not None and scope.allow_private:
        return
    try:
        peer = str(sock.getpeername()[0])
    except (OSError, IndexError):
        return  # not connected: the request fails on its own
    refusal = address_refusal(peer)
    if refusal:
        raise RefusedURL(
            f"not followed: the connection reached {refusal}; use --allow-private-links to allow it"
        )


class _Checked:
    """The two hooks shared by the plain and TLS connections."""

    sock: socket.socket | None

    def _admitted(self, sock: socket.socket) -> socket.socket:
        try:
            _admit(sock)
        except RefusedURL:
            sock.close()
            raise
        return sock

    def _readmit(self) -> None:
        """A kept-alive connection is checked again for this request."""
        if self.sock is not None:
            _admit(self.sock)


class GuardedHTTPConnection(_Checked, HTTPConnection):
    """An HTTP connection whose socket is checked and watched (see the module)."""

    def _new_conn(self) -> socket.socket:
        return self._admitted(super()._new_conn())

    def request(self, *args: Any, **kwargs: Any) -> None:
        self._readmit()
        super().request(*args, **kwargs)


class GuardedHTTPSConnection(_Checked, HTTPSConnection):
    """An HTTPS connection whose socket is checked and watched (see the module)."""

    def _new_conn(self) -> socket.socket:
        return self._admitted(super()._new_conn())

    def request(self, *args: Any, **kwargs: Any) -> None:
        self._readmit()
        super().request(*args, **kwargs)


class GuardedHTTPPool(HTTPConnectionPool):
    """A pool of guarded HTTP connections."""

    ConnectionCls = GuardedHTTPConnection


class GuardedHTTPSPool(HTTPSConnectionPool):
    """A pool of guarded HTTPS connections."""

    ConnectionCls = GuardedHTTPSConnection


POOL_CLASSES: dict[str, type[HTTPConnectionPool]] = {
    "http": GuardedHTTPPool,
    "https": GuardedHTTPSPool,
}
