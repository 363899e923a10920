"""Which URLs the crawler may request: http(s) only, and no private networks for links.

What: ``check_url`` refuses other schemes, and, unless private targets are allowed,
hosts that are or resolve to loopback, private, link-local or otherwise non-public
addresses.

Why: links and redirects come from pages we do not control. Followed blindly, a page
could make the batch request ``http://127.0.0.1:...`` or a cloud metadata address
(``169.254.169.254``) from the analyst's machine. URLs the user lists are trusted; what
pages point to is not, unless the user says so (``--allow-private-links``).

The check resolves the name before the request; a DNS answer that changes between the
check and the connection is not caught (documented limitation).
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from pipeline.errors import ClsError

ALLOWED_SCHEMES = ("http", "https")


class RefusedURL(ClsError, ValueError):
    """A URL the crawler will not request, with the reason as message."""


def check_url(url: str, *, allow_private: bool) -> None:
    """Raise RefusedURL when the URL's scheme or address is not allowed."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise RefusedURL(f"only http and https URLs are fetched, not {parts.scheme or 'a path'}")
    host = parts.hostname
    if not host:
        raise RefusedURL("URL without a host")
    if allow_private:
        return
    for address in _addresses(host, parts.port):
        kind = _non_public_kind(address)
        if kind:
            raise RefusedURL(
                f"not followed: {host} is a {kind} address ({address}); "
                "use --allow-private-links to allow it"
            )


def _addresses(host: str, port: int | None) -> list[str]:
    """The IP addresses of a host (the literal itself for an IP); none when unresolvable."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port or 80, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []  # the request itself will fail with a clear connection error
    return sorted({str(info[4][0]) for info in infos})


def _non_public_kind(text: str) -> str | None:
    """'loopback', 'link-local' or 'private' for a non-public address, else None."""
    address = ipaddress.ip_address(text.split("%")[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if not address.is_global or address.is_multicast:
        return "private"
    return None
