"""What changed between two watches: one row per URL, and the state to keep.

What: ``compare`` takes the previous ``WatchState`` and what this watch observed for each
URL (``Observation``) and returns one ``Change`` per URL and the next state. A change is:

- ``new``: a catalogue URL that gives a document for the first time;
- ``new_link``: a document discovered on a catalogue page (a new PDF link, a territory's
  page found on a listing) that the previous watch did not see;
- ``changed``: its bytes differ from the last good copy (a different SHA-256);
- ``relinked``: a page whose bytes differ only by links to documents that appeared
  (``new_link`` rows) or disappeared (``gone`` rows) on it (``pipeline.watch.relink``);
- ``unchanged``: the same bytes (a 304, or the same body downloaded again);
- ``failed``: nothing came back this time (HTTP error, refusal, unreadable type);
  ``previous_sha256`` says whether it used to work;
- ``gone``: seen by the previous watch, not asked for by this one (taken out of the
  catalogue, or no longer linked from its page). It is dropped from the next state.

Why: an analyst scheduling the watch wants the few rows that call for a look, and the
same rows from the same two states (no clock or order in the decision).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from pipeline.watch.state import Seen, WatchState

ChangeKind = Literal["new", "new_link", "changed", "relinked", "failed", "gone", "unchanged"]
CHANGE_ORDER: tuple[ChangeKind, ...] = (
    "new",
    "new_link",
    "changed",
    "relinked",
    "failed",
    "gone",
    "unchanged",
)
_CHANGED_BYTES = frozenset({"new", "new_link", "changed", "relinked"})
FetchOutcome = Literal["downloaded", "not_modified", "failed", "not_fetched"]


@dataclass(frozen=True, slots=True)
class Observation:
    """What this watch got for one URL."""

    url: str
    found_on: str | None
    territory: str | None
    fetch: FetchOutcome
    kind: str | None = None
    sha256: str | None = None
    status: int | None = None
    error: str | None = None
    final_url: str | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """One row of the watch report."""

    change: ChangeKind
    url: str
    found_on: str | None
    territory: str | None
    kind: str | None
    fetch: FetchOutcome
    http_status: int | None
    sha256: str | None
    previous_sha256: str | None
    first_seen: str | None
    error: str | None


def classify(previous: Seen | None, seen: Observation) -> ChangeKind:
    """The change of one observed URL against what the previous watch kept."""
    if seen.sha256 is None:
        return "failed"
    if previous is None or previous.sha256 is None:
        return "new_link" if seen.found_on else "new"
    return "unchanged" if previous.sha256 == seen.sha256 else "changed"


# Whether a page's new bytes differ from its last good copy only by anchors to these URLs.
OnlyLinks = Callable[[Observation, Seen, set[str]], bool]


def compare(
    previous: WatchState,
    observations: Iterable[Observation],
    now: str,
    catalogue: str | None = None,
    only_links: OnlyLinks | None = None,
) -> tuple[list[Change], WatchState]:
    """The changes since ``previous`` (sorted by change, then URL) and the next state.

    ``only_links`` tells a ``relinked`` page from a ``changed`` one; without it every page
    whose bytes differ is ``changed``.
    """
    observed = {seen.url: seen for seen in observations}
    kinds = {url: classify(previous.documents.get(url), seen) for url, seen in observed.items()}
    gone = {url: before for url, before in previous.documents.items() if url not in observed}
    moved_links: dict[str, set[str]] = {}
    for url, seen in observed.items():
        if kinds[url] == "new_link" and seen.found_on:
            moved_links.setdefault(seen.found_on, set()).add(url)
    for url, before in gone.items():
        if before.found_on:
            moved_links.setdefault(before.found_on, set()).add(url)
    if only_links is not None:
        for page, links in moved_links.items():
            changed = kinds.get(page) == "changed"
            if changed and only_links(observed[page], previous.documents[page], links):
                kinds[page] = "relinked"
    changes = [
        _row(kinds[url], seen, previous.documents.get(url), now) for url, seen in observed.items()
    ]
    changes.extend(_gone_row(url, before) for url, before in gone.items())
    changes.sort(key=lambda c: (CHANGE_ORDER.index(c.change), c.url))
    documents = {
        url: _next(kinds[url], seen, previous.documents.get(url), now)
        for url, seen in observed.items()
    }
    return changes, WatchState(now, catalogue, documents)


def _row(kind: ChangeKind, seen: Observation, before: Seen | None, now: str) -> Change:
    return Change(
        change=kind,
        url=seen.url,
        found_on=seen.found_on,
        territory=seen.territory,
        kind=seen.kind or (before.kind if before else None),
        fetch=seen.fetch,
        http_status=seen.status,
        sha256=seen.sha256,
        previous_sha256=before.sha256 if before else None,
        first_seen=before.first_seen if before else now,
        error=seen.error,
    )


def _gone_row(url: str, before: Seen) -> Change:
    return Change(
        change="gone",
        url=url,
        found_on=before.found_on,
        territory=None,
        kind=before.kind,
        fetch="not_fetched",
        http_status=None,
        sha256=None,
        previous_sha256=before.sha256,
        first_seen=before.first_seen,
        error=None,
    )


def _next(kind: ChangeKind, seen: Observation, before: Seen | None, now: str) -> Seen:
    """What the next watch should know of a URL observed now."""
    return Seen(
        sha256=seen.sha256 or (before.sha256 if before else None),
        kind=seen.kind or (before.kind if before else None),
        found_on=seen.found_on,
        first_seen=before.first_seen if before else now,
        last_changed=now if kind in _CHANGED_BYTES else _last(before),
        error=seen.error,
    )


def _last(before: Seen | None) -> str | None:
    return before.last_changed if before else None
