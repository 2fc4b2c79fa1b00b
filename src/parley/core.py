"""The Parley instance: settings + pipeline + store, with the CLI and API as thin faces."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from parley.config import Settings
from parley.errors import InputError, ParleyError
from parley.ingest.readers import read_paths
from parley.model import Article, ArticleAnalysis, Failure
from parley.pipeline import Pipeline, analyze_batch, content_hash
from parley.store.db import Store


@dataclass(slots=True)
class RunResult:
    """What one `analyze` run did."""

    analyzed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    words: int = 0

    @property
    def processed(self) -> int:
        return len(self.analyzed) + len(self.unchanged)


class Parley:
    """One core object: the CLI, the HTTP API and the Spark job go through it."""

    def __init__(self, settings: Settings | None = None, *, pipeline: Pipeline | None = None) -> None:
        self.settings = settings or Settings()
        self._pipeline = pipeline
        self._store: Store | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            from parley.actors.dictionaries import add_dictionary_text
            from parley.actors.kb import load_builtin

            kb = load_builtin()
            for name, suffix, content in self.store.dictionaries():
                add_dictionary_text(kb, content, suffix=suffix, origin=f"store:{name}")
            for path in self.settings.dictionaries:
                from parley.actors.dictionaries import load_user_dictionary

                load_user_dictionary(kb, path)
            self._pipeline = Pipeline(self.settings, kb=kb)
        return self._pipeline

    def import_dictionary(self, path: Path) -> int:
        """Check a user dictionary file and keep it in the store for every later run."""
        from parley.actors.dictionaries import add_dictionary_text
        from parley.actors.kb import KnowledgeBase

        content = read_text_file(path)
        n = add_dictionary_text(KnowledgeBase(), content, suffix=path.suffix.lower(), origin=str(path))
        if n == 0:
            raise InputError("no dictionary entries found; see the README for the formats", source=str(path))
        self.store.save_dictionary(path.name, path.suffix.lower(), content, n)
        return n

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.settings.db)
        return self._store

    def analyze_paths(
        self, paths: Iterable[str], *, out: IO[str] | None = None, progress: Callable[[int], None] | None = None, force: bool = False
    ) -> RunResult:
        """Read, analyse and store every article under `paths`; failures are recorded, not raised."""
        result = RunResult()
        articles = self._accepted(read_paths(paths, max_bytes=self.settings.max_bytes), result, force=force)
        for article, outcome in analyze_batch(articles, self.pipeline):
            if isinstance(outcome, Exception):
                reason = f"analysis failed ({type(outcome).__name__}: {outcome})"
                self._fail(result, Failure(source=article.source or article.id, reason=reason, article_id=article.id))
            else:
                self.store.save(outcome)
                result.analyzed.append(article.id)
                result.words += len(article.text.split())
            if progress is not None:
                progress(1)
        if result.processed:
            self.link()
        if out is not None:
            ids = set(result.analyzed) | set(result.unchanged)
            for rec in self.store.records():
                if rec["id"] in ids:
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return result

    def _accepted(self, items: Iterable[Article | Failure], result: RunResult, *, force: bool) -> Iterable[Article]:
        seen: set[str] = set()
        for item in items:
            if isinstance(item, Failure):
                self._fail(result, item)
                continue
            if item.id in seen:
                self._fail(
                    result, Failure(source=item.source, reason=f"duplicate article id {item.id!r} in this batch; ids must be unique", article_id=item.id)
                )
                continue
            seen.add(item.id)
            if not force and self.store.is_current(item.id, content_hash(item)):
                result.unchanged.append(item.id)
                continue
            yield item

    def _fail(self, result: RunResult, failure: Failure) -> None:
        result.failures.append(failure)
        self.store.record_failure(failure)

    def analyze_article(self, article: Article) -> ArticleAnalysis:
        """Analyse one article without storing it."""
        from parley.pipeline import analyze

        return analyze(article, self.pipeline)

    def link(self) -> None:
        """The cross-article stage: stories and statements over everything stored."""
        from parley.stories.linker import link_store

        link_store(self.store)

    def records(self) -> list[dict[str, Any]]:
        return list(self.store.records())


def read_text_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read ({e})", source=str(path)) from e


__all__ = ["Parley", "ParleyError", "RunResult"]
