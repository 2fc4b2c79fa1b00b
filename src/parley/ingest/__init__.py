"""Ingest: read inputs into Articles and repair their text."""

from parley.ingest.normalize import NormalizedText, normalize
from parley.ingest.readers import read_file, read_paths, read_text

__all__ = ["NormalizedText", "normalize", "read_file", "read_paths", "read_text"]
