"""Progress of a batch on stderr: a bar on a terminal, plain periodic lines elsewhere.

What: ``Progress`` counts documents done (extracted, skipped because unchanged, failed)
and pages. On a terminal it draws a tqdm bar with counts, rate and ETA; otherwise (a
log file, CI, a pipe) it writes one line every ``every_s`` seconds, never more often,
so a short batch prints nothing but its summary. The total grows as pages lead to
discovered documents.

Why: a batch of several hundred 200-page contracts runs for minutes to hours; the
analyst should see that it moves and when it will end, and a log should stay readable.
tqdm is imported only when a bar is drawn.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any, TextIO


class Progress:
    """Counts of a running batch, shown on ``stream`` (see the module docstring)."""

    def __init__(
        self,
        total: int,
        *,
        stream: TextIO | None = None,
        bar: bool | None = None,
        every_s: float = 10.0,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.done = 0
        self.skipped = 0
        self.failed = 0
        self.pages = 0
        self.every_s = every_s
        self._started = time.monotonic()
        self._last_line = self._started
        self._bar: Any = None
        if bar if bar is not None else _is_terminal(self.stream):
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, unit="doc", file=self.stream, dynamic_ncols=True, smoothing=0.1
            )

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def add_total(self, count: int) -> None:
        """More documents joined the batch (discovered on its pages)."""
        self.total += count
        if self._bar is not None:
            self._bar.total = self.total
            self._bar.refresh()

    def document_done(self, *, skipped: bool, failed: bool, pages: int) -> None:
        """One document is finished (extracted, or skipped because it is unchanged)."""
        self.done += 1
        self.skipped += skipped
        self.failed += failed
        self.pages += pages
        if self._bar is not None:
            self._bar.set_postfix(
                skipped=self.skipped, failed=self.failed, pages=self.pages, refresh=False
            )
            self._bar.update(1)
            return
        now = time.monotonic()
        if now - self._last_line >= self.every_s:
            self._last_line = now
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        """The plain progress line: counts, rate and estimated time left."""
        elapsed = max((now or time.monotonic()) - self._started, 1e-9)
        rate = self.done / elapsed
        left = self.total - self.done
        eta = _duration(left / rate) if rate > 0 else "?"
        return (
            f"progress: {self.done}/{self.total} documents ({self.skipped} skipped, "
            f"{self.failed} failed), {self.pages} pages, {rate:.2f} documents/s, ETA {eta}"
        )

    def close(self) -> None:
        """Remove the bar (the run's summary follows)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
