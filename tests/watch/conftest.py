"""The local HTTP server, fetch policy and contract PDF of the ingest tests, shared here."""

from tests.ingest.conftest import contract_pdf, policy, server

__all__ = ["contract_pdf", "policy", "server"]
