"""Evaluation: predictions scored against gold records, field by field (``score``)."""
