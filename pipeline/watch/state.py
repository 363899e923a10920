"""What the last watch saw: one small JSON file beside the raw store, replaced whole.

What: ``data/raw/watch-state.json`` maps every URL the last watch asked for to the
SHA-256 of its last good copy, its kind, the page it was found on, when it was first
seen and last changed, and the error of the last attempt when it failed. ``load_state``
reads it (an unknown or missing field is a ``StateError``); ``save_state`` writes it to a
temporary file and renames it over the old one, so a crash leaves the previous state
whole, and with sorted keys, so the same state gives the same bytes.

Why: the manifest is a log of every fetch by any command; the watch needs the picture
left by the previous *watch* to say what is new, and one that cannot be half written.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from pipeline.errors import ClsError

STATE_NAME = "watch-state.json"
STATE_FORMAT = 1


class StateError(ClsError, ValueError):
    """A state file this version cannot read."""


@dataclass(frozen=True, slots=True)
class Seen:
    """What the watch knows of one URL.

    ``sha256`` is the last good copy's (kept while the URL fails); ``error`` is the
    reason of the last attempt, None when it succeeded. Dates are ISO 8601 UTC.
    """

    sha256: str | None
    kind: str | None
    found_on: str | None
    first_seen: str
    last_changed: str | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class WatchState:
    """The state left by one watch: when it ran, over which catalogue, and each URL."""

    checked_at: str | None
    catalogue: str | None
    documents: dict[str, Seen]

    @classmethod
    def empty(cls) -> WatchState:
        """The state before the first watch."""
        return cls(None, None, {})


def load_state(path: Path) -> WatchState:
    """The state in a file; the empty state when there is none yet."""
    if not path.exists():
        return WatchState.empty()
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise StateError(f"{path}: {exc}") from exc
    if not isinstance(raw, dict) or raw.get("format") != STATE_FORMAT:
        raise StateError(f"{path}: not a watch state of format {STATE_FORMAT}")
    names = {f.name for f in fields(Seen)}
    documents: dict[str, Seen] = {}
    for url, record in (raw.get("documents") or {}).items():
        if not isinstance(record, dict) or set(record) - names:
            raise StateError(f"{path}: {url}: unknown fields {sorted(set(record) - names)}")
        try:
            documents[url] = Seen(**record)
        except TypeError as exc:
            raise StateError(f"{path}: {url}: {exc}") from exc
    return WatchState(raw.get("checked_at"), raw.get("catalogue"), documents)


def save_state(state: WatchState, path: Path) -> None:
    """Write the state atomically (temporary file in the same folder, then rename)."""
    payload = {
        "format": STATE_FORMAT,
        "checked_at": state.checked_at,
        "catalogue": state.catalogue,
        "documents": {url: asdict(seen) for url, seen in sorted(state.documents.items())},
    }
    text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    write_atomic(path, text.encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    """Replace a file with new bytes so that readers see the old or the new file whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
