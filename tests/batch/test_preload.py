"""The fork server's preload: the extractors and the place index, and nothing that
makes forking unsafe or heavy (spaCy, pandas, threads)."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import json, sys, threading
import pipeline.batch.preload
from extractors import places
print(json.dumps({
    "spacy": "spacy" in sys.modules,
    "pandas": "pandas" in sys.modules,
    "threads": threading.active_count(),
    "assemble": "extractors.assemble" in sys.modules,
    "index": places._names.cache_info().currsize,
}))
"""


def test_the_preload_builds_the_place_index_without_spacy_pandas_or_threads() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout
    probe = json.loads(out.strip().splitlines()[-1])
    assert probe == {
        "spacy": False,
        "pandas": False,
        "threads": 1,
        "assemble": True,
        "index": 1,
    }
