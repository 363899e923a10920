"""The one family of errors the pipeline raises on purpose.

What: ``ClsError`` is the base of every error class of ``pipeline`` and ``extractors``;
each stage's errors derive from it (and, where callers relied on it before, from the
built-in class they were, such as ``ValueError``). ``UnsupportedInput`` is the error of
bytes that cannot be read, shared by the ingest and text stages.

Why: a caller (the CLI, a notebook, a plug-in's test) can tell a foreseen failure, with
a message meant for a user, from a bug with ``except ClsError``; and a new stage's
errors have one obvious place to start from.
"""

from __future__ import annotations


class ClsError(Exception):
    """A failure the pipeline foresaw: its message is one line for the user."""


class UnsupportedInput(ClsError, ValueError):
    """The bytes are not a format the pipeline reads, or not a readable file of it."""


class SourceError(ClsError, ValueError):
    """A source argument that cannot be resolved (missing path, unsupported scheme)."""
