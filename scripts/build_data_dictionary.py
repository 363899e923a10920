"""Write docs/data-dictionary.md from the table declarations in pipeline/tables/schema.py.

Usage::

    python scripts/build_data_dictionary.py [--check]

``--check`` writes nothing and exits 1 when the committed file is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # lets the script run without installing the project
    sys.path.insert(0, str(ROOT))

from pipeline.tables.dictionary import render_markdown  # noqa: E402

TARGET = ROOT / "docs" / "data-dictionary.md"


def main() -> int:
    """Write (or check) the data dictionary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args()
    text = render_markdown()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python scripts/build_data_dictionary.py")
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
