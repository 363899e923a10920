"""robots.txt: fetched once per host and run, obeyed for every request to that host.

What: ``RobotsRules`` keeps a parsed robots.txt (``protego``, the parser of Scrapy, which
understands wildcards, ``Allow`` precedence and ``Crawl-delay``) per scheme and host,
and refuses the URLs it disallows for our User-Agent.

Why: the issue asks for a well-behaved crawler. Unavailability follows RFC 9309: a 4xx
answer means no rules (everything allowed); a 5xx, 429 or network failure means the
rules are unknown, so the whole host is treated as disallowed for this run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from pipeline.ingest.netguard import RefusedURL

MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309 asks parsers to read at least 500 KiB


@dataclass(frozen=True, slots=True)
class RobotsAnswer:
    """What fetching a robots.txt gave: a status and body, or a failure reason."""

    status: int | None
    body: bytes = b""
    failure: str | None = None


@dataclass(frozen=True, slots=True)
class _HostRules:
    parser: Protego | None  # None: no rules, everything allowed
    unreachable: str | None = None  # reason when the host is treated as disallowed


class RobotsRules:
    """The robots.txt rules of every host met in a run; ``fetch`` gets a robots.txt URL."""

    def __init__(self, user_agent: str, fetch: Callable[[str], RobotsAnswer]) -> None:
        self.user_agent = user_agent
        self._fetch = fetch
        self._hosts: dict[str, _HostRules] = {}

    def check(self, url: str) -> None:
        """Raise RefusedURL when robots.txt forbids the URL (or could not be read)."""
        rules = self._rules(url)
        if rules.unreachable:
            raise RefusedURL(f"not fetched: {rules.unreachable}")
        if rules.parser is not None and not rules.parser.can_fetch(url, self.user_agent):
            raise RefusedURL(f"disallowed by {_robots_url(url)}")

    def crawl_delay(self, url: str) -> float | None:
        """The Crawl-delay the host asks of us, if any."""
        parser = self._rules(url).parser
        return parser.crawl_delay(self.user_agent) if parser is not None else None

    def _rules(self, url: str) -> _HostRules:
        parts = urlsplit(url)
        key = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if key not in self._hosts:
            self._hosts[key] = self._load(_robots_url(url))
        return self._hosts[key]

    def _load(self, robots_url: str) -> _HostRules:
        answer = self._fetch(robots_url)
        status = answer.status
        if answer.failure or status is None:
            return _HostRules(None, f"{robots_url} unreachable ({answer.failure})")
        if status == 429 or status >= 500:
            return _HostRules(None, f"{robots_url} unreachable (HTTP {status})")
        if status >= 400:
            return _HostRules(None)
        text = answer.body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        return _HostRules(Protego.parse(text))


def _robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"
