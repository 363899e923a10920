"""Run every benchmark of bench/ and print its figures."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_text  # bench/ is a folder of scripts, not a package
import isolation_bench


def main() -> None:
    """Run the benchmarks one after the other."""
    bench_text.main([])
    isolation_bench.main([])


if __name__ == "__main__":
    main()
