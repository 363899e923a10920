"""What the pool's fork server loads once, before it forks the worker processes.

What: importing this module imports the extractors (their patterns are compiled at
import) and builds the place-name index of the official geography (35,000 names, about
half a second), nothing else: no spaCy model, no pandas, no thread.

Why: a forked worker inherits the fork server's memory, so each worker starts with
these ready instead of building them again; with two workers that is about a second of
CPU less per batch, on batches whose documents take a second or two each. Loading the
spaCy model here too would be shared the same way, but the model may start threads, and
forking a process with threads is unsafe, so it stays lazy in each worker.
"""

from __future__ import annotations

import extractors.assemble  # noqa: F401  (compiles the generic extractors' patterns)
from extractors import places

places.lookup("Paris")  # builds and caches the place-name index
