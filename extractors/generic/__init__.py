"""Generic French extractors, one module per field family."""
