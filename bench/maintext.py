"""Main-text benchmark on scrapinghub's public article-extraction benchmark.

    python bench/maintext.py [--data DIR] [--variant NAME ...] [--limit N] [--worst K]

DIR (or the environment variable ``AEB_DIR``, default ``/tmp/aeb``) is a local copy of
``github:scrapinghub/article-extraction-benchmark``: its ``html/*.html.gz`` pages and
its ``ground-truth.json``. Without it the script says so and exits 0. For each
variant it prints F1, precision, recall, the pages under 0.5 and seconds per page:

- ``ours``: ``pipeline.text.html.read_html`` as the batch runs it (the vote of
  ``htmlmain``): the article's body, its blocks joined by newlines;
- ``ours-text``: the same document's whole text, headline included;
- ``own``: our own scoring of the main element alone (``htmlscore``);
- ``traf-choice``: our blocks, kept when trafilatura's text holds them;
- ``trafilatura``: ``trafilatura.extract`` alone, for comparison.

The body is the document's text without its headline (the ``h1`` title that opens it,
``metadata["headline"]``): the benchmark's gold is schema.org's ``articleBody``, which
leaves the headline out, as trafilatura's text does (its title goes to its metadata).
The reader keeps the headline as the first block, since a CLS page's title often names
the territory and the period; ``ours-text`` shows what it costs on this benchmark.

The metric is the benchmark's own, restated here: word tokens (``\\w+``), shingles of
four consecutive tokens counted as multisets; per page true positives, false positives
and false negatives are normalised by their sum so that every page weighs the same;
precision and recall are the means over pages, F1 is the harmonic mean of the two
means. A page "under 0.5" has its own shingle F1 below 0.5.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_TOKEN = re.compile(r"\w+")
_SHINGLE = 4


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    count = max(1, len(tokens) - _SHINGLE + 1)
    return Counter(tuple(tokens[i : i + _SHINGLE]) for i in range(count) if tokens[i:])


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page's shingles."""
    gold, got = _shingles(true), _shingles(pred)
    tp = float(sum((gold & got).values()))
    fp = float(sum((got - gold).values()))
    fn = float(sum((gold - got).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


@dataclass
class Score:
    """The figures of one variant over the pages."""

    counts: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self) -> dict[str, float]:
        rows = list(self.counts.values())
        precisions = [_precision(*r) for r in rows if r[0] + r[1] > 0]
        recalls = [_recall(*r) for r in rows if r[0] + r[2] > 0]
        p = sum(precisions) / len(precisions) if precisions else 0.0
        r = sum(recalls) / len(recalls) if recalls else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "f1": f1,
            "precision": p,
            "recall": r,
            "under_half": float(sum(1 for c in rows if page_f1(c) < 0.5)),
            "seconds_per_page": self.seconds / max(1, len(rows)),
        }


def page_f1(counts: tuple[float, float, float]) -> float:
    p, r = _precision(*counts), _recall(*counts)
    return 2 * p * r / (p + r) if p + r else 0.0


def _ours(selector: str, headline: bool = False) -> Callable[[bytes], str]:
    def extract(markup: bytes) -> str:
        from pipeline.text.html import read_html

        doc = read_html(markup, "bench", "bench.html", selector)
        blocks = doc.blocks
        if not headline and blocks and doc.metadata.get("headline") == blocks[0].text:
            blocks = blocks[1:]
        return "\n".join(b.text for b in blocks)

    return extract


def _trafilatura(markup: bytes) -> str:
    import trafilatura

    return trafilatura.extract(markup) or ""


VARIANTS: dict[str, Callable[[bytes], str]] = {
    "ours": _ours("vote"),
    "ours-text": _ours("vote", headline=True),
    "own": _ours("own"),
    "traf-choice": _ours("trafilatura"),
    "trafilatura": _trafilatura,
}


def load(data: Path, limit: int | None) -> list[tuple[str, bytes, str]]:
    """(key, html bytes, gold body) of every page of the benchmark copy."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        path = data / "html" / f"{key}.html.gz"
        pages.append((key, gzip.decompress(path.read_bytes()), truth[key].get("articleBody", "")))
    return pages[:limit] if limit else pages


def run(name: str, pages: list[tuple[str, bytes, str]]) -> Score:
    """Score one variant; the clock counts the extraction only."""
    extract = VARIANTS[name]
    extract(pages[0][1])  # imports and vocabularies loaded before the clock starts
    score = Score()
    for key, markup, gold in pages:
        start = time.perf_counter()
        text = extract(markup)
        score.seconds += time.perf_counter() - start
        score.counts[key] = page_counts(gold, text)
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AEB_DIR", "/tmp/aeb")))
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS))
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--worst", type=int, default=0, help="list the K worst pages")
    args = parser.parse_args()
    if not (args.data / "ground-truth.json").is_file():
        print(f"benchmark copy not found in {args.data} (set --data or AEB_DIR): skipped")
        return 0
    pages = load(args.data, args.limit)
    print(f"{len(pages)} pages from {args.data}")
    print(f"{'variant':<14} {'F1':>6} {'P':>6} {'R':>6} {'<0.5':>5} {'s/page':>8}")
    for name in args.variant or ["ours", "trafilatura"]:
        score = run(name, pages)
        s = score.summary()
        print(
            f"{name:<14} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f} "
            f"{int(s['under_half']):5d} {s['seconds_per_page']:8.4f}"
        )
        worst = sorted(score.counts.items(), key=lambda kv: page_f1(kv[1]))[: args.worst]
        for key, counts in worst:
            print(f"    {page_f1(counts):.3f}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
