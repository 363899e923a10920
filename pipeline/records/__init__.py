"""Records that ``pipeline.model`` re-exports but that a light path imports alone.

What: ``document`` (``Block``, ``Document``). Why: the isolated PDF reader builds only the
records it sends back, not the thirteen of ``pipeline.model`` (see ``document``).
"""
