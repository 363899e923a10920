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
from collections.abc import Callable, Iterable, Iterator

from pipeline.ingest.fetch import FetchCounters
from pipeline.model import Link, Source

Visit = Callable[[Source], tuple[Link, ...]]


def crawl(sources: Iterable[Source], visit: Visit, counters: FetchCounters) -> None:
    """Visit every source, then every new link of the listed ones (counted as discovered)."""
    queue = deque(sources)
    seen = {s.location for s in queue}
    while queue:
        source = queue.popleft()
        links = visit(source)
        queue.extend(discovered(source, links, seen, counters))


def discovered(
    page: Source, links: Iterable[Link], seen: set[str], counters: FetchCounters
) -> Iterator[Source]:
    """The new sources a visited page leads to, in link order, each URL once (``seen`` is
    updated): none for a discovered page, since discovery goes one level deep."""
    if page.found_on is not None:
        return
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            counters.discovered += 1
            yield Source(link.url, link.territory or page.territory, found_on=page.location)
