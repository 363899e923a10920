"""Snapshot the text of every PDF of the corpora, to compare before and after a change.

    python scripts/text_snapshot.py OUT_DIR [--compare OTHER_DIR] [ROOT ...]

Reads each ``*.pdf`` under the roots (default: ``/work/shared/corpus`` and
``tests/fixtures``) in this process and writes one file per PDF: its blocks as
``kind page level text`` lines, then its warnings. With ``--compare``, prints which
documents differ from the snapshot in OTHER_DIR and how many of their blocks changed.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ROOTS = [Path("/work/shared/corpus"), ROOT / "tests" / "fixtures"]


def snapshot(path: Path) -> str:
    """The blocks and warnings of one PDF as text."""
    from pipeline.text import read_bytes

    try:
        doc = read_bytes(path.read_bytes(), path.stem, str(path), "pdf")
    except Exception as exc:  # a snapshot records failures too
        return f"error {type(exc).__name__}: {exc}\n"
    lines = [f"{b.kind}\t{b.page}\t{b.level}\t{b.text}" for b in doc.blocks]
    lines += [f"warning\t{w}" for w in doc.warnings]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the snapshots; with --compare, print the differences."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("roots", nargs="*", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args(argv)
    os.environ.setdefault("CLS_PDF_ISOLATION", "off")
    args.out.mkdir(parents=True, exist_ok=True)
    changed = 0
    pdfs = sorted(p for root in args.roots or DEFAULT_ROOTS for p in root.rglob("*.pdf"))
    for path in pdfs:
        name = str(path).replace("/", "_") + ".txt"
        text = snapshot(path)
        (args.out / name).write_text(text, encoding="utf-8")
        if args.compare is None:
            continue
        before = (args.compare / name).read_text(encoding="utf-8").splitlines()
        after = text.splitlines()
        if before != after:
            changed += 1
            diff = [d for d in difflib.unified_diff(before, after, lineterm="", n=0)]
            print(f"{path}: {len(diff)} diff lines")
            for line in diff[:40]:
                print("   ", line[:200])
    print(f"{len(pdfs)} PDFs, {changed} changed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
