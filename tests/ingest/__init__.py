"""Tests of the ingest stage: fetching, raw store, manifest, discovery."""
