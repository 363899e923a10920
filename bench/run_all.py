"""Run every benchmark of bench/ and print its figures (placeholder until benchmarks land)."""

from __future__ import annotations


def main() -> None:
    """Print the benchmarks available."""
    print("no benchmark yet")


if __name__ == "__main__":
    main()
