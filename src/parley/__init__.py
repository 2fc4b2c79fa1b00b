"""Parley: news reports in, source-attributed events, quotes and stories out."""

from parley.config import Settings
from parley.core import Parley, RunResult
from parley.errors import ConfigError, InputError, KnowledgeError, ParleyError, StoreError
from parley.model import Actor, Article, ArticleAnalysis, Event, Mention, Quote, Sentence
from parley.pipeline import Pipeline, analyze, analyze_batch

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "ArticleAnalysis",
    "ConfigError",
    "Event",
    "InputError",
    "KnowledgeError",
    "Mention",
    "Parley",
    "ParleyError",
    "Pipeline",
    "Quote",
    "RunResult",
    "Sentence",
    "Settings",
    "StoreError",
    "analyze",
    "analyze_batch",
]
