"""The comparison form of a value, shared by extraction and evaluation.

What: ``norm_text`` folds case, accents and punctuation away and keeps words split on
single spaces.

Why: an extractor deciding that two mentions name one body and the evaluation deciding
that a prediction matches its gold must agree on what "the same words" means; one
function at the bottom of the layers, importable by every stage, keeps them agreeing.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any


def norm_text(value: Any) -> str:
    """Case-, accent- and punctuation-insensitive form of a value."""
    text = re.sub(r"[^\w]+|_", " ", str(value))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())
