"""NLP: the spaCy pipeline, loaded once, and date helpers."""

from parley.nlp.dates import resolve_date
from parley.nlp.pipeline import DEFAULT_MODEL, LIGHT_MODEL, load_nlp

__all__ = ["DEFAULT_MODEL", "LIGHT_MODEL", "load_nlp", "resolve_date"]
