"""Errors of text extraction that mean "this input cannot be read", not a crash."""

from __future__ import annotations


class UnsupportedInput(ValueError):
    """The bytes are not a format the pipeline reads, or not a readable file of it."""
