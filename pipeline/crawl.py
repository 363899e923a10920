"""The walk of a run over its sources: each listed source, then what its pages link to.

What: ``crawl`` visits the sources in order, then the links the visits returned, each
URL once and one level deep: a discovered source carries the page it was found on and a
territory hint (the territory the link names, else the page's), and its own links are
not followed. The batch visits to extract records, the watch to compare bytes.

Why: the batch and the watch must agree on which documents a catalogue leads to, or the
watch would report links the batch never reads.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from pipeline.discover import Link
from pipeline.fetch import FetchCounters
from pipeline.sources import Source

Visit = Callable[[Source], tuple[Link, ...]]


def crawl(sources: Iterable[Source], visit: Visit, counters: FetchCounters) -> None:
    """Visit every source, then every new link of the listed ones (counted as discovered)."""
    queue = deque(sources)
    seen = {s.location for s in queue}
    while queue:
        source = queue.popleft()
        links = visit(source)
        if source.found_on is not None:
            continue  # one level: what discovered documents link to is not followed
        for link in links:
            if link.url not in seen:
                seen.add(link.url)
                counters.discovered += 1
                territory = link.territory or source.territory
                queue.append(Source(link.url, territory, found_on=source.location))
