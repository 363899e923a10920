"""Fixtures of the text tests: the generated test contract, read once per session."""

from __future__ import annotations

import pytest
from pdfmaker import contract_pdf

from pipeline.model import Document
from pipeline.text import read_bytes


@pytest.fixture(scope="session")
def contract_bytes() -> bytes:
    """The generated contract (tests/text/pdfmaker.py), with its scanned page."""
    return contract_pdf()


@pytest.fixture(scope="session")
def contract(contract_bytes: bytes) -> Document:
    """The generated contract read by the pipeline (OCR runs when Tesseract is here)."""
    return read_bytes(contract_bytes, "contract", "contract.pdf", "pdf")
