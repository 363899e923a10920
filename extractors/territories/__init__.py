"""Territory and site extractors built on ``extractors.api.TerritoryExtractor``."""
