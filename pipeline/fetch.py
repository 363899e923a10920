"""Load the bytes of a source: read a local file or fetch an http(s) URL."""

from __future__ import annotations

import urllib.request
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__
from pipeline.sources import Source

USER_AGENT = f"cls-pipeline/{__version__} (+https://example.invalid/cls-pipeline; research bot)"
MAX_BYTES = 60 * 1024 * 1024
TIMEOUT_S = 30.0


class FetchError(RuntimeError):
    """A source whose bytes could not be obtained."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """Bytes of a source with what the transport said about them."""

    source: Source
    data: bytes
    final_url: str | None = None
    content_type: str | None = None


def load(source: Source) -> Fetched:
    """Return the bytes of a source, raising FetchError with a one-line reason."""
    if not source.is_url:
        try:
            return Fetched(source, Path(source.location).read_bytes())
        except OSError as exc:
            raise FetchError(f"cannot read file: {exc.strerror or exc}") from exc
    request = urllib.request.Request(source.location, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            data = response.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise FetchError(f"response larger than {MAX_BYTES} bytes")
            return Fetched(source, data, response.geturl(), response.headers.get_content_type())
    except FetchError:
        raise
    except Exception as exc:
        raise FetchError(f"fetch failed: {exc}") from exc
