"""Records that ``pipeline.model`` re-exports but that a light path imports alone.

What: ``document`` (``Block``, ``Document``), ``source`` (``Source``, ``Outcome``,
``ErrorRow``...). Why: the isolated PDF reader builds only the records it sends back,
and ``cls-pipeline text`` only these, not the thirteen of ``pipeline.model`` (see
``document``, ``source``).
"""
