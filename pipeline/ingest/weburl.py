"""The one parser of web addresses: a URL from outside becomes the exact host and port
the connection will use, or one clear error.

What: ``parse_web_url`` refuses what no honest link needs and parsers disagree on
(backslashes, user-info before an ``@``, control characters, a malformed host or port,
a scheme other than http/https) and returns a ``WebURL``: scheme, host (lower case,
IDNA-encoded, an IPv6 literal without its brackets), port (the scheme's default when
none is given) and the canonical URL that is handed to the HTTP library. It parses with
urllib3's ``parse_url``, the parser the connection itself uses, and the canonical URL
parses back to the same host and port, so what is checked is what is connected to.

Why: ``http://127.0.0.1:8000\\@public.example/x.pdf`` reads as host ``public.example``
to ``urllib.parse`` and as ``127.0.0.1`` to urllib3; a guard that checks one reading
while the request uses the other is no guard. Pages we do not control supply links and
redirects; a malformed one (``http://[::1/x``, port 99999) must be one error row, never
an exception that ends the batch.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from pipeline.errors import ClsError

ALLOWED_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_HOST_NAME = re.compile(
    r"^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.?$"
)
_MAX_HOST = 253


class RefusedURL(ClsError, ValueError):
    """A URL the crawler will not request, with the reason as message."""


class BadURL(RefusedURL):
    """A URL that is malformed or ambiguous (parsers would not agree on its host)."""


@dataclass(frozen=True, slots=True)
class WebURL:
    """A checked http(s) URL: where the connection goes, and the URL to request."""

    scheme: str
    host: str  # lower case, ASCII (IDNA); an IPv6 literal without brackets
    port: int
    url: str  # canonical form, without fragment, handed to the HTTP library

    @property
    def origin(self) -> str:
        """``scheme://host:port``: the key of robots.txt rules and host clocks."""
        return f"{self.scheme}://{self.netloc}"

    @property
    def netloc(self) -> str:
        """Host and port as written in a URL (IPv6 literals in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def parse_web_url(url: str) -> WebURL:
    """The checked form of an http(s) URL; BadURL or RefusedURL with a one-line reason."""
    # imported here: a command reading local files does not pay for urllib3
    from urllib3.exceptions import LocationParseError
    from urllib3.util import parse_url

    _refuse_ambiguous(url)
    try:
        parts = parse_url(url.strip())
    except (LocationParseError, ValueError) as exc:
        raise BadURL(f"malformed URL: {_shown(url)}") from exc
    scheme = (parts.scheme or "").lower()
    if scheme not in ALLOWED_SCHEMES:
        raise RefusedURL(f"only http and https URLs are fetched, not {scheme or 'a path'}")
    if parts.auth is not None:
        raise BadURL(f"URL with user-info before '@' refused: {_shown(url)}")
    host = _checked_host(parts.host or "", url)
    port = parts.port if parts.port is not None else DEFAULT_PORTS[scheme]
    if not 0 < port < 65536:
        raise BadURL(f"URL with port {port} out of range: {_shown(url)}")
    checked = WebURL(scheme, host, port, "")
    path = parts.path or "/"
    query = f"?{parts.query}" if parts.query is not None else ""
    netloc = checked.netloc if parts.port is not None else checked.netloc.rsplit(":", 1)[0]
    return WebURL(scheme, host, port, f"{scheme}://{netloc}{path}{query}")


def _refuse_ambiguous(url: str) -> None:
    """Refuse the characters that make parsers disagree on where the host ends."""
    if "\\" in url:
        raise BadURL(f"URL with a backslash refused: {_shown(url)}")
    if _CONTROL.search(url):
        raise BadURL(f"URL with control characters refused: {_shown(url)}")


def _checked_host(raw: str, url: str) -> str:
    """The host in canonical form: an IP literal, or an ASCII (IDNA) host name."""
    if not raw:
        raise BadURL(f"URL without a host: {_shown(url)}")
    if raw.startswith("["):
        try:
            return str(ipaddress.IPv6Address(raw.strip("[]")))
        except ValueError as exc:
            raise BadURL(f"malformed IPv6 address in URL: {_shown(url)}") from exc
    try:
        host = raw.encode("idna").decode("ascii").lower()
    except UnicodeError as exc:
        raise BadURL(f"malformed host name in URL: {_shown(url)}") from exc
    if len(host) > _MAX_HOST or not _HOST_NAME.match(host):
        raise BadURL(f"malformed host name in URL: {_shown(url)}")
    return host


def _shown(url: str, limit: int = 120) -> str:
    """The URL as it can appear in a one-line message (controls escaped, cut)."""
    text = url.encode("unicode_escape").decode("ascii")
    return text if len(text) <= limit else text[: limit - 1] + "…"
