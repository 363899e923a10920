"""Batch pipeline from French Contrats Locaux de Santé publications to tables."""

__version__ = "0.1.0"
