"""Telling an unreachable network from an unreachable host, early.

What: ``NetworkWatch`` is told of every request's fate. Until some host has answered
anything (even a 404), each host whose connection failed (no route, refused, name not
resolved, connect time-out) is counted; when ``threshold`` distinct hosts have failed
that way and none has answered, the network is declared unreachable and ``check``
refuses every later request at once, with one message naming the hosts tried.
Once any host has answered, the watch never trips: later failures are the hosts'.

Why: without a network, each URL costs its robots.txt and its page, each retried with
back-off (about 6 s a host): a national run of 220 URLs spent 18 minutes failing one by
one, with no word that the machine itself was offline. Counting hosts, not requests,
keeps one dead site (its robots.txt, its page, its redirects) from passing for a dead
network; requiring that no host has answered keeps a working network from ever
being taken for a dead one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_THRESHOLD = 3


@dataclass(slots=True)
class NetworkWatch:
    """What the requests of one run say of the network (see the module docstring)."""

    threshold: int = DEFAULT_THRESHOLD
    failed_hosts: list[str] = field(default_factory=list)
    answered: bool = False

    @property
    def unreachable(self) -> bool:
        """True once the first ``threshold`` hosts all failed to connect."""
        return not self.answered and len(self.failed_hosts) >= self.threshold > 0

    def answer(self) -> None:
        """Some host answered: the network works."""
        self.answered = True

    def connect_failed(self, host: str) -> None:
        """A host could not be connected to."""
        if not self.answered and host not in self.failed_hosts:
            self.failed_hosts.append(host)

    def message(self) -> str:
        """The one line that says the network is unreachable and what follows."""
        tried = ", ".join(self.failed_hosts[: self.threshold])
        return (
            f"network unreachable: the first {self.threshold} hosts ({tried}) could not be "
            "connected to; the remaining web sources are not tried (--offline reads the raw store)"
        )
