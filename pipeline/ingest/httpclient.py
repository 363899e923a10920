"""A polite, bounded HTTP client for publications: the transport of the ingest stage.

What: ``HttpClient.get`` fetches one URL with a project User-Agent, connect/read
time-outs, retries with exponential back-off on connection errors, 429 and 5xx
(urllib3's ``Retry``, honouring ``Retry-After``), a bounded number of redirects
followed one hop at a time (each hop checked against robots.txt and the private-address
guard), a delay between two requests to the same host, and a maximum body size
enforced while streaming (the download stops as soon as it is exceeded).

Caching is ``requests-cache`` (SQLite file beside the raw store): every response that
carries a validator (ETag or Last-Modified) is kept and *always* revalidated with a
conditional request, so an unchanged document costs a 304 and no body; responses
without validators are not cached and are downloaded again.

Why: pages of local authorities are slow, sometimes broken, and not ours to hammer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError, InvalidHeader, NewConnectionError
from urllib3.util.retry import Retry

from pipeline.errors import ClsError
from pipeline.ingest.connguard import POOL_CLASSES, DeadlinePassed, guarded, remaining_seconds
from pipeline.ingest.netguard import BadURL, RefusedURL, check_url
from pipeline.ingest.policy import ROBOTS_TOKEN, FetchPolicy
from pipeline.ingest.reachability import NetworkWatch
from pipeline.ingest.robots import RobotsAnswer, RobotsRules
from pipeline.ingest.weburl import parse_web_url

ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5"
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_RETRY_AFTER_S = 60.0
MAX_CRAWL_DELAY_S = 30.0
_CHUNK = 64 * 1024
NOT_TRIED = "not tried: the network is unreachable (the first hosts all failed to connect)"


class HttpError(ClsError, RuntimeError):
    """A URL that could not be fetched; the message is one line for the errors table,
    ``status`` the HTTP status when the server answered (404, 503...)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class NetworkUnreachable(HttpError):
    """Not tried: the first hosts of the run all failed to connect (``reachability``)."""


@dataclass(frozen=True, slots=True)
class HttpResult:
    """A successful answer: the body and what the server said about it."""

    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # 304 to our conditional request: body from the HTTP cache


class _CappedRetry(Retry):
    """urllib3's Retry with ``Retry-After`` capped at a minute, ignored when unreadable,
    and a failure at once when it would outlast the response's deadline: one server can
    neither stall the batch nor stop its retries with a garbage header."""

    def get_retry_after(self, response: Any) -> float | None:
        """The server's Retry-After in seconds, at most MAX_RETRY_AFTER_S."""
        try:
            value = super().get_retry_after(response)
        except InvalidHeader:
            return None  # "soon" or another unreadable value: the usual back-off applies
        if value is None:
            return None
        value = min(value, MAX_RETRY_AFTER_S)
        left = remaining_seconds()
        if left is not None and value >= left:  # waiting would only reach the deadline
            raise DeadlinePassed(
                f"HTTP {response.status}: the server asks to retry after {value:g}s, "
                "past the deadline per response (--max-seconds)"
            )
        return value


class _BoundedAdapter(HTTPAdapter):
    """Reads every body right away, in chunks, within a size and a time budget.

    Reading here, below the cache layer, means an oversized or endless body is cut off
    before anything (cache or raw store) keeps it.
    """

    def __init__(self, policy: FetchPolicy) -> None:
        retry = _CappedRetry(
            total=policy.retries,
            connect=policy.retries,
            read=policy.retries,
            status=policy.retries,
            other=0,
            redirect=False,
            status_forcelist=RETRY_STATUSES,
            allowed_methods=frozenset({"GET", "HEAD"}),
            backoff_factor=policy.backoff_s,
            raise_on_status=False,
        )
        self.policy = policy
        super().__init__(max_retries=retry)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """The pool manager, with connections that check their address (``connguard``)."""
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = POOL_CLASSES

    def send(
        self, request: requests.PreparedRequest, *args: Any, **kwargs: Any
    ) -> requests.Response:
        """Send, then read the whole body under the policy's limits."""
        kwargs["stream"] = True
        response = super().send(request, *args, **kwargs)
        try:
            response._content = self._read_body(response)
        except BaseException:
            response.close()
            raise
        response._content_consumed = True  # type: ignore[attr-defined]
        response.close()
        return response

    def _read_body(self, response: requests.Response) -> bytes:
        limit = self.policy.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise HttpError(f"response too large: {int(declared)} bytes declared, limit {limit}")
        deadline = time.monotonic() + self.policy.max_seconds
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise HttpError(f"response too large: more than {limit} bytes")
            if time.monotonic() > deadline:
                raise HttpError(f"download slower than {self.policy.max_seconds:.0f}s, stopped")
            chunks.append(chunk)
        return b"".join(chunks)


def build_session(policy: FetchPolicy, cache_path: Path | None) -> requests.Session:
    """A requests session with our adapter, headers and (optionally) the HTTP cache."""
    session: requests.Session
    if cache_path is None:
        session = requests.Session()
    else:
        from requests_cache import EXPIRE_IMMEDIATELY, CachedSession

        cache_path.parent.mkdir(parents=True, exist_ok=True)
        session = CachedSession(
            str(cache_path),
            backend="sqlite",
            expire_after=EXPIRE_IMMEDIATELY,  # keep validatable responses, always revalidate
            allowable_codes=(200,),
            cache_control=False,
            stale_if_error=False,
        )
    adapter = _BoundedAdapter(policy)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update(
        {"User-Agent": policy.user_agent, "Accept": ACCEPT, "Accept-Language": "fr,en;q=0.5"}
    )
    return session


@dataclass(slots=True)
class _HostClock:
    """When each host was last requested, to keep the per-host delay."""

    last: dict[str, float] = field(default_factory=dict)

    def wait(self, host: str, delay: float) -> None:
        """Sleep until ``delay`` seconds have passed since the host's last request."""
        previous = self.last.get(host)
        if previous is not None:
            pause = previous + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)

    def done(self, host: str) -> None:
        """Note that a request to the host just ended."""
        self.last[host] = time.monotonic()


class HttpClient:
    """Fetches URLs politely; one instance per run (it keeps robots.txt and host clocks)."""

    def __init__(self, policy: FetchPolicy, cache_path: Path | None = None) -> None:
        self.policy = policy
        self.session = build_session(policy, cache_path)
        self.robots = RobotsRules(ROBOTS_TOKEN, self._fetch_robots)
        self._clock = _HostClock()
        self._private_ok = policy.allow_private_links  # of the hop whose robots.txt is read
        self.network = NetworkWatch(policy.unreachable_after)

    def close(self) -> None:
        """Release connections and the cache file."""
        self.session.close()

    def get(self, url: str, *, trusted: bool) -> HttpResult:
        """Fetch a URL, following redirects. ``trusted``: the user listed this URL.

        Every hop is parsed and checked (``netguard.check_url``) before it is requested,
        and its connection again on the address it reached (``connguard``). Raises
        RefusedURL (robots.txt, scheme, malformed URL, private address) or HttpError.
        """
        origin = parse_web_url(url).origin
        current = url
        seen: set[str] = set()
        for _ in range(self.policy.max_redirects + 1):
            private_ok = self.policy.allow_private_links or (
                trusted and parse_web_url(current).origin == origin
            )
            target = check_url(current, allow_private=private_ok)
            if target.url in seen:
                raise HttpError(f"redirect loop: {current}")
            seen.add(target.url)
            self._private_ok = private_ok
            self.robots.check(target.url)
            response = self._request(target.url, private_ok)
            location = response.headers.get("Location")
            if response.is_redirect and location:
                current = _redirect_target(target.url, location)
                continue
            if not 200 <= response.status_code < 300:
                raise HttpError(_status_message(response, self.policy), response.status_code)
            return _result(url, target.url, response)
        raise HttpError(f"more than {self.policy.max_redirects} redirects")

    def _request(self, url: str, private_ok: bool) -> requests.Response:
        """One GET without following redirects, after the host's delay, within the
        policy's deadline (connect, headers and body)."""
        if self.network.unreachable:
            raise NetworkUnreachable(NOT_TRIED)
        where = parse_web_url(url)
        host = where.origin
        delay = self.policy.host_delay_s
        crawl_delay = self.robots.crawl_delay(url) if not url.endswith("/robots.txt") else None
        if crawl_delay:
            delay = max(delay, min(crawl_delay, MAX_CRAWL_DELAY_S))
        self._clock.wait(host, delay)
        limit = self.policy.max_seconds
        wait = min(self.policy.timeout_s, limit)
        try:
            with guarded(private_ok, limit) as deadline:
                try:
                    response = self.session.get(url, allow_redirects=False, timeout=(wait, wait))
                    self.network.answer()
                    if deadline is not None and deadline.expired:  # an answer cut at the deadline
                        raise HttpError(_deadline_message(limit))
                    return response
                except (requests.RequestException, HttpError, DeadlinePassed) as exc:
                    if isinstance(exc, DeadlinePassed):
                        raise HttpError(str(exc)) from exc
                    if deadline is not None and deadline.expired:
                        raise HttpError(_deadline_message(limit)) from exc
                    if isinstance(exc, HttpError):
                        raise
                    if _failed_to_connect(exc):
                        self.network.connect_failed(where.host)
                    raise HttpError(_transport_message(exc, self.policy)) from exc
                except RefusedURL:
                    raise
                except ValueError as exc:  # requests reads a malformed Location eagerly
                    raise BadURL(f"malformed redirect from {url}") from exc
        finally:
            self._clock.done(host)

    def _fetch_robots(self, robots_url: str) -> RobotsAnswer:
        """GET a robots.txt (redirects followed on the guard's terms, no robots check)."""
        current = robots_url
        origin = parse_web_url(robots_url).origin
        private_ok = self._private_ok
        try:
            for _ in range(self.policy.max_redirects + 1):
                response = self._request(current, private_ok)
                location = response.headers.get("Location")
                if not (response.is_redirect and location):
                    return RobotsAnswer(response.status_code, response.content)
                current = _redirect_target(current, location)
                same_host = parse_web_url(current).origin == origin
                private_ok = self.policy.allow_private_links or (same_host and private_ok)
                current = check_url(current, allow_private=private_ok).url
        except NetworkUnreachable:
            raise
        except (HttpError, RefusedURL) as exc:
            return RobotsAnswer(None, failure=str(exc))
        return RobotsAnswer(None, failure="too many redirects")


def _redirect_target(current: str, location: str) -> str:
    """The absolute URL a redirect leads to; BadURL when it cannot be read."""
    try:
        return urldefrag(urljoin(current, location.strip())).url
    except ValueError as exc:
        raise BadURL(f"malformed redirect from {current}") from exc


def _result(url: str, final_url: str, response: requests.Response) -> HttpResult:
    """The successful answer to a request."""
    return HttpResult(
        url=url,
        final_url=final_url,
        status=response.status_code,
        body=response.content,
        content_type=response.headers.get("Content-Type"),
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
        not_modified=bool(getattr(response, "revalidated", False)),
    )


def _failed_to_connect(exc: requests.RequestException) -> bool:
    """True when no connection was made (no route, refused, unknown name, connect
    time-out), as opposed to a host that answered badly."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    if not isinstance(exc, requests.exceptions.ConnectionError) or not exc.args:
        return False
    reason = getattr(exc.args[0], "reason", exc.args[0])
    return isinstance(reason, NewConnectionError | ConnectTimeoutError)


def _deadline_message(seconds: float) -> str:
    return f"no complete answer within {seconds:g}s (deadline per response, --max-seconds)"


def _status_message(response: requests.Response, policy: FetchPolicy) -> str:
    reason = f" {response.reason}" if response.reason else ""
    retried = response.status_code in RETRY_STATUSES and policy.retries > 0
    after = f" (after {policy.retries} retries)" if retried else ""
    return f"HTTP {response.status_code}{reason}{after}"


def _transport_message(exc: requests.RequestException, policy: FetchPolicy) -> str:
    """A one-line reason for a transport failure, without urllib3's nested reprs."""
    text = str(exc)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return f"connection timed out after {policy.timeout_s:g}s"
    if isinstance(exc, requests.exceptions.ReadTimeout) or "Read timed out" in text:
        return f"no answer within {policy.timeout_s:g}s (read time-out)"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return "body cut short: connection closed before the announced length"
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return "body could not be decompressed"
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
        return f"invalid URL: {text}"
    if isinstance(exc, requests.exceptions.ConnectionError):
        for marker in ("Connection refused", "Name or service not known", "No route to host"):
            if marker in text:
                return f"connection failed: {marker.lower()}"
        return "connection failed"
    return f"{type(exc).__name__}: {text}"
