"""Content-addressed store of raw bytes: each distinct body kept once under its hash."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class RawStore:
    """Bytes written once under ``objects/<2 hex>/<sha256>``, atomically: written to a
    temporary name in the same folder, synced, then renamed, so a final name never holds
    a partial file (a killed run leaves at most a stray ``.tmp-*`` file, which no reader
    looks at)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        """Where the bytes with this hash live."""
        return self.root / "objects" / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        """Store bytes (no-op when already present) and return their SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())  # the bytes are on disk before they get their name
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, sha256: str) -> bytes:
        """The stored bytes for a hash."""
        return self.path_for(sha256).read_bytes()
