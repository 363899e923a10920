"""The limits of the HTTP client, in a module light enough for the CLI to import.

Defaults suit a batch over public sites (patient time-outs, a 2 s pause between two
requests to one host); tests shrink them, analysts rarely need to change them.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline import __version__
from pipeline.ingest.reachability import DEFAULT_THRESHOLD
from pipeline.limits import MAX_DOWNLOAD_BYTES

ROBOTS_TOKEN = "cls-pipeline"
USER_AGENT = (
    f"{ROBOTS_TOKEN}/{__version__} (Contrats Locaux de Sante research crawler; "
    "+https://example.invalid/cls-pipeline)"
)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """The limits of the client. Tests shrink them; analysts rarely need to."""

    timeout_s: float = 30.0
    max_bytes: int = MAX_DOWNLOAD_BYTES
    max_seconds: float = 300.0
    max_redirects: int = 5
    retries: int = 3
    backoff_s: float = 1.0
    host_delay_s: float = 2.0
    allow_private_links: bool = False
    unreachable_after: int = DEFAULT_THRESHOLD  # hosts failing to connect before giving up
    user_agent: str = USER_AGENT
