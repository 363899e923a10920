"""``cls-pipeline review``: a local web page where an analyst checks values and corrects them.

The modules, from data to page: ``view`` (the published tables of a run, indexed per
contract, read generically so new columns and rows show without code changes),
``texts`` (each document's text, read again from its kept bytes through the text stage,
so evidence offsets point into it), ``filters`` (the contracts list's filters and
counts), ``markup`` (escaping and the ``<mark>`` of an evidence span), ``listing``,
``contract`` and ``document`` (the pages), ``corrections`` (a posted correction checked
and appended to the corrections file) and ``server`` (the standard library HTTP server,
bound to 127.0.0.1).
"""

from __future__ import annotations

from pipeline.review.server import PortTaken, ReviewServer

__all__ = ["PortTaken", "ReviewServer"]
