"""How long a trickling server holds one fetch: the figure behind ``--max-seconds``.

Starts servers on 127.0.0.1 that send one byte every ``--pause`` seconds, in the headers
or in a body that announced its length, then runs a command against each in a child
process and prints the wall time until it ended (or ``not cut`` when the child was still
waiting at ``--cap`` seconds and was killed). Not a timed test: figures only.

    .venv/bin/python bench/deadline_bench.py                       # fetch, --max-seconds 2
    .venv/bin/python bench/deadline_bench.py --max-seconds 5 --command extract
    cd /tmp/old && /path/to/.venv/bin/python /path/to/bench/deadline_bench.py \
        --command extract --no-option --cap 30

The child runs ``python -m pipeline`` from the current folder, so running from the root
of an older checkout (``git archive COMMIT | tar -x -C /tmp/old``) measures that code;
``--no-option`` leaves ``--max-seconds`` out (for a checkout that predates it).
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import subprocess
import sys
import threading
import time

HEADERS = b"HTTP/1.1 200 OK\r\nX-Slow: "
BODY = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


def serve(pause: float) -> int:
    """A server whose /headers and /body trickle; every other path is a quick 404."""
    listener = socket.create_server(("127.0.0.1", 0))

    def answer(conn: socket.socket) -> None:
        with contextlib.suppress(OSError), conn:
            head = b""
            while b"\r\n\r\n" not in head:
                data = conn.recv(4096)
                if not data:
                    return
                head += data
            path = head.split(b" ", 2)[1]
            start = {b"/headers": HEADERS, b"/body": BODY}.get(path)
            if start is None:
                conn.sendall(NOT_FOUND)
                return
            conn.sendall(start)
            while True:
                conn.sendall(b"x")
                time.sleep(pause)

    def accept() -> None:
        while True:
            conn, _ = listener.accept()
            threading.Thread(target=answer, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return int(listener.getsockname()[1])


def measure(args: argparse.Namespace, url: str) -> str:
    """Seconds until the command ended, or ``not cut`` at the cap."""
    command = [sys.executable, "-m", "pipeline", args.command, url]
    if args.command == "fetch":
        command += ["--raw-dir", args.raw_dir, "--delay", "0"]
    if not args.no_option:
        command += ["--max-seconds", str(args.max_seconds)]
    started = time.monotonic()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=args.cap)
    except subprocess.TimeoutExpired:
        return f"not cut: still waiting at {args.cap:g}s (killed)"
    seconds = time.monotonic() - started
    said = [line for line in (done.stdout + done.stderr).splitlines() if "error" in line]
    return f"{seconds:.2f}s (process start included), exit {done.returncode}: " + (
        said[0] if said else "no error"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--command", default="fetch", choices=["fetch", "extract", "text"])
    parser.add_argument("--max-seconds", type=float, default=2.0)
    parser.add_argument("--pause", type=float, default=0.5)
    parser.add_argument("--cap", type=float, default=20.0)
    parser.add_argument("--raw-dir", default="/tmp/cls-deadline-bench-raw")
    parser.add_argument("--no-option", action="store_true")
    args = parser.parse_args()
    port = serve(args.pause)
    deadline = "internal" if args.no_option else f"{args.max_seconds:g}s"
    for kind in ("headers", "body"):
        url = f"http://127.0.0.1:{port}/{kind}"
        print(
            f"{args.command}, {kind} trickled 1 byte/{args.pause:g}s, deadline {deadline}: "
            f"{measure(args, url)}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
