"""Generic French extractors, one module per field family."""

VERSION = "0.4.0"
