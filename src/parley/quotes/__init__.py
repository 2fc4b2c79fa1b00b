"""Quotes: quotation marks, reported speech, speakers, and matching across articles."""

from parley.quotes.extractor import SPEECH_VERBS, extract_quotes, subject_of
from parley.quotes.marks import quote_spans

__all__ = ["SPEECH_VERBS", "extract_quotes", "quote_spans", "subject_of"]
