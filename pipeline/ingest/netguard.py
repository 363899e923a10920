"""Which URLs the crawler may request: http(s) only, and no private networks for links.

What: ``check_url`` parses a URL once (``pipeline.ingest.weburl``: the host and port the
connection will use) and, unless private targets are allowed, refuses hosts that are or
resolve to loopback, private, link-local or otherwise non-public addresses, including
such addresses wrapped in IPv6 forms (IPv4-mapped ``::ffff:``, IPv4-compatible ``::``,
NAT64 ``64:ff9b::/96`` and ``64:ff9b:1::/48``, 6to4 ``2002::/16``). ``address_refusal``
is the same judgement on one address, which the HTTP client applies again to the
address each connection actually reached (``pipeline.ingest.connguard``).

Why: links and redirects come from pages we do not control. Followed blindly, a page
could make the batch request ``http://127.0.0.1:...`` or a cloud metadata address
(``169.254.169.254``) from the analyst's machine. URLs the user lists are trusted; what
pages point to is not, unless the user says so (``--allow-private-links``). The check
before the request resolves the name; the check on the connected socket catches a DNS
answer that changed in between.
"""

from __future__ import annotations

import ipaddress
import socket

from pipeline.ingest.weburl import ALLOWED_SCHEMES, BadURL, RefusedURL, WebURL, parse_web_url

__all__ = ["ALLOWED_SCHEMES", "BadURL", "RefusedURL", "address_refusal", "check_url"]

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_ALLOW_HINT = "use --allow-private-links to allow it"


def check_url(url: str, *, allow_private: bool) -> WebURL:
    """The parsed URL; RefusedURL when its scheme, form or address is not allowed."""
    target = parse_web_url(url)
    if allow_private:
        return target
    for address in _addresses(target.host, target.port):
        refusal = address_refusal(address)
        if refusal:
            raise RefusedURL(f"not followed: {target.host} is {refusal}; {_ALLOW_HINT}")
    return target


def address_refusal(address: str) -> str | None:
    """Why an address may not be requested ("a loopback address (127.0.0.1)"), or None."""
    kind = _non_public_kind(address)
    return f"a {kind} address ({address})" if kind else None


def _addresses(host: str, port: int) -> list[str]:
    """The IP addresses of a host (the literal itself for an IP); none when unresolvable."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []  # the request itself will fail with a clear connection error
    return sorted({str(info[4][0]) for info in infos})


def _non_public_kind(text: str) -> str | None:
    """'loopback', 'link-local' or 'private' for a non-public address, else None."""
    address = ipaddress.ip_address(text.split("%")[0])
    if isinstance(address, ipaddress.IPv6Address):
        if address in _NAT64_LOCAL:
            return "private (local NAT64)"
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            kind = _non_public_kind(str(embedded))
            return f"{kind} (wrapped in IPv6)" if kind else None
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if not address.is_global or address.is_multicast:
        return "private"
    return None


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 form carries (mapped, compatible, NAT64, 6to4), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None
