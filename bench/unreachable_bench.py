"""How long a batch of web sources takes to fail when the network is unreachable.

Writes a sources list of ``--urls`` URLs on distinct hosts that cannot be connected to
(``--hosts invalid``: names under the reserved ``.invalid`` domain, which no resolver
answers, as on a machine without DNS; ``--hosts closed``: loopback addresses with
nothing listening, as on a machine without a route), runs ``cls-pipeline fetch`` on it in
a child process with the default network settings and prints the wall time, the time
per URL and how many were tried. Figures only, not a test.

    .venv/bin/python bench/unreachable_bench.py
    .venv/bin/python bench/unreachable_bench.py --urls 220 --hosts closed
    cd /tmp/old && /path/to/.venv/bin/python /path/to/bench/unreachable_bench.py --urls 10

The child runs ``python -m pipeline`` from the current folder, so running from the root
of an older checkout measures that code.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _urls(count: int, hosts: str) -> list[str]:
    if hosts == "invalid":
        return [f"https://commune-{n}.invalid/cls.html" for n in range(count)]
    port = _closed_port()
    return [f"http://127.0.{n // 250}.{n % 250 + 2}:{port}/cls.html" for n in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--urls", type=int, default=220)
    parser.add_argument("--hosts", choices=("invalid", "closed"), default="invalid")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.txt"
        listing.write_text("\n".join(_urls(args.urls, args.hosts)) + "\n", encoding="utf-8")
        command = [sys.executable, "-m", "pipeline", "fetch", str(listing)]
        command += ["--raw-dir", str(Path(tmp) / "raw"), "--allow-private-links"]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
    lines = done.stdout.splitlines()
    tried = sum("not tried" not in line for line in lines if line.startswith("error "))
    print(
        f"{args.urls} URLs ({args.hosts} hosts): {seconds:.1f} s in all, "
        f"{seconds / args.urls * 1000:.0f} ms per URL, {tried} tried, exit {done.returncode}"
    )
    for line in done.stderr.splitlines():
        if "network" in line:
            print(f"  said: {line}")


if __name__ == "__main__":
    main()
