"""The watch's comparison as a table: (what the last watch kept, what came back) ->
change; the next state; a page that differs only by links (pipeline.watch.relink)."""

from __future__ import annotations

import pytest

from pipeline.watch.changes import Observation, classify, compare
from pipeline.watch.relink import differs_only_by_links
from pipeline.watch.state import Seen, WatchState

PAGE = "https://ville.fr/cls"
EARLIER = "2026-01-01T00:00:00+00:00"
NOW = "2026-02-01T00:00:00+00:00"


def seen(sha256: str | None, error: str | None = None) -> Seen:
    return Seen(sha256, "html", None, EARLIER, EARLIER, error)


def got(sha256: str | None, found_on: str | None = None, url: str = PAGE) -> Observation:
    fetch = "downloaded" if sha256 else "failed"
    return Observation(url, found_on, None, fetch, "html" if sha256 else None, sha256)


@pytest.mark.parametrize(
    ("before", "now", "expected"),
    [
        (None, got("a"), "new"),
        (None, got("a", found_on="https://ars.fr/x"), "new_link"),
        (seen(None, "HTTP 500"), got("a"), "new"),  # first good copy after failures
        (seen("a"), got("a"), "unchanged"),
        (seen("a"), got("b"), "changed"),
        (seen("a"), got(None), "failed"),
        (None, got(None), "failed"),
        (seen(None, "HTTP 404"), got(None), "failed"),
    ],
)
def test_change_table(before: Seen | None, now: Observation, expected: str) -> None:
    assert classify(before, now) == expected


def test_next_state_keeps_the_last_good_copy_and_drops_what_is_gone() -> None:
    previous = WatchState(EARLIER, "c.csv", {PAGE: seen("a"), "https://ville.fr/old": seen("z")})
    failed = Observation(PAGE, None, None, "failed", error="HTTP 503")
    changes, state = compare(previous, [failed], NOW, "c.csv")
    assert [(c.change, c.url) for c in changes] == [
        ("failed", PAGE),
        ("gone", "https://ville.fr/old"),
    ]
    assert state.documents == {PAGE: Seen("a", "html", None, EARLIER, EARLIER, "HTTP 503")}
    assert state.checked_at == NOW


def test_a_page_that_only_gained_a_link_is_relinked_when_the_check_says_so() -> None:
    pdf = "https://ville.fr/cls.pdf"
    previous = WatchState(EARLIER, None, {PAGE: seen("a")})
    observed = [got("b"), Observation(pdf, PAGE, None, "downloaded", "pdf", "p")]
    asked: list[set[str]] = []

    def only_links(page: Observation, before: Seen, links: set[str]) -> bool:
        asked.append(links)
        return True

    changes, state = compare(previous, observed, NOW, only_links=only_links)
    assert [(c.change, c.url) for c in changes] == [("new_link", pdf), ("relinked", PAGE)]
    assert asked == [{pdf}]
    assert state.documents[PAGE].last_changed == NOW
    without_check, _ = compare(previous, observed, NOW)
    assert [c.change for c in without_check] == ["new_link", "changed"]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ('<p>Le CLS.</p><a href="/cls.pdf">Contrat (PDF)</a>', True),
        ('<p>Le CLS.</p><a href="https://ville.fr/cls.pdf#p1">Contrat</a>', True),
        ('<p>Le CLS est signé.</p><a href="/cls.pdf">Contrat (PDF)</a>', False),
        ('<p>Le CLS.</p><a href="/autre.pdf">Autre</a>', False),
    ],
)
def test_differs_only_by_links(after: str, expected: bool) -> None:
    before = b"<html><body><p>Le CLS.</p></body></html>"
    markup = f"<html><body>{after}</body></html>".encode()
    assert differs_only_by_links(before, markup, PAGE, {"https://ville.fr/cls.pdf"}) is expected
