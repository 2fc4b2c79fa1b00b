"""Reads and writes of analyses. SQLite file by default (WAL mode), any SQLAlchemy URL otherwise."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from parley.errors import StoreError
from parley.model import ArticleAnalysis, Failure
from parley.store.schema import (
    ArticleRow,
    ContradictionRow,
    DictionaryRow,
    EventRow,
    FailureRow,
    MentionRow,
    QuoteRow,
    StoryArticleRow,
    StoryFactRow,
)


class Store:
    """The database behind Parley: migrated on open, one transaction per article."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine: Engine = create_engine(url, future=True)
        except (SQLAlchemyError, ImportError, ValueError) as e:
            raise StoreError(f"cannot open database {url!r}: {e}. Use a SQLAlchemy URL such as sqlite:///parley.db or postgresql+psycopg://user@host/db") from e
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        self.migrate()

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision."""
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(resources.files("parley.store") / "migrations"))
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except SQLAlchemyError as e:
            raise StoreError(f"cannot migrate database {self.url!r}: {e}") from e

    def session(self) -> Session:
        return self._session()

    # -- writes ---------------------------------------------------------------------------
    def is_current(self, article_id: str, content_hash: str) -> bool:
        """True when this exact article (same text, metadata, analyzer) is already stored."""
        with self.session() as s:
            row = s.get(ArticleRow, article_id)
            return row is not None and row.content_hash == content_hash

    def save(self, analysis: ArticleAnalysis) -> None:
        """Write one article's analysis in one transaction, replacing an older one."""
        art = analysis.article
        record = analysis.to_dict()
        try:
            with self.session() as s, s.begin():
                for table in (MentionRow, EventRow, QuoteRow):
                    s.execute(delete(table).where(table.article_id == art.id))
                s.execute(delete(ArticleRow).where(ArticleRow.id == art.id))
                s.add(
                    ArticleRow(
                        id=art.id,
                        content_hash=analysis.content_hash,
                        title=art.title,
                        outlet=art.outlet,
                        url=art.url,
                        published=art.published,
                        source=art.source,
                        text=art.text,
                        analysis=json.dumps(record, ensure_ascii=False),
                        story_id=analysis.story,
                        analyzed_at=datetime.now(UTC).replace(tzinfo=None),
                    )
                )
                s.flush()
                # bulk inserts: far fewer round trips than one ORM object per row
                for table, rows in ((MentionRow, _mention_rows(analysis)), (EventRow, _event_rows(analysis)), (QuoteRow, _quote_rows(analysis))):
                    if rows:
                        s.execute(insert(table), rows)
        except SQLAlchemyError as e:
            raise StoreError(f"cannot store article {art.id!r}: {e}") from e

    def record_failure(self, failure: Failure) -> None:
        try:
            with self.session() as s, s.begin():
                s.add(
                    FailureRow(
                        source=failure.source,
                        line=failure.line,
                        article_id=failure.article_id,
                        reason=failure.reason,
                        created_at=datetime.now(UTC).replace(tzinfo=None),
                    )
                )
        except SQLAlchemyError as e:
            raise StoreError(f"cannot record the failure of {failure.source}: {e}") from e

    def set_stories(self, story_of: dict[str, str]) -> None:
        """Assign story ids to articles (and into their stored --out records)."""
        with self.session() as s, s.begin():
            for aid, sid in story_of.items():
                row = s.get(ArticleRow, aid)
                if row is None:
                    continue
                rec = json.loads(row.analysis)
                rec["story"] = sid
                row.story_id = sid
                row.analysis = json.dumps(rec, ensure_ascii=False)

    def set_statements(self, statement_of: dict[tuple[str, int, int], str]) -> None:
        """Assign statement ids to quotes, keyed by (article id, start, end)."""
        with self.session() as s, s.begin():
            by_article: dict[str, list[tuple[int, int, str]]] = {}
            for (aid, a, b), sid in statement_of.items():
                by_article.setdefault(aid, []).append((a, b, sid))
                s.execute(update(QuoteRow).where(QuoteRow.article_id == aid, QuoteRow.start == a, QuoteRow.end == b).values(statement_id=sid))
            for aid, items in by_article.items():
                row = s.get(ArticleRow, aid)
                if row is None:
                    continue
                rec = json.loads(row.analysis)
                lookup = {(a, b): sid for a, b, sid in items}
                for q in rec.get("quotes", []):
                    q["statement"] = lookup.get(tuple(q["span"]), q.get("statement"))
                row.analysis = json.dumps(rec, ensure_ascii=False)

    def save_dictionary(self, name: str, suffix: str, content: str, entries: int) -> None:
        with self.session() as s, s.begin():
            s.merge(DictionaryRow(name=name, suffix=suffix, content=content, entries=entries, imported_at=datetime.now(UTC).replace(tzinfo=None)))

    def dictionaries(self) -> list[tuple[str, str, str]]:
        """(name, suffix, content) of imported user dictionaries, oldest first."""
        with self.session() as s:
            return [(r.name, r.suffix, r.content) for r in s.scalars(select(DictionaryRow).order_by(DictionaryRow.imported_at))]

    # -- reads ----------------------------------------------------------------------------
    def records(self) -> Iterator[dict[str, Any]]:
        """The stored --out records, ordered by publication date then id."""
        with self.session() as s:
            for row in s.scalars(select(ArticleRow).order_by(ArticleRow.published, ArticleRow.id)):
                yield json.loads(row.analysis)

    def record(self, article_id: str) -> dict[str, Any] | None:
        with self.session() as s:
            row = s.get(ArticleRow, article_id)
            return json.loads(row.analysis) if row is not None else None

    def article_texts(self) -> dict[str, tuple[str, str, str]]:
        """id -> (text, outlet, published iso) for the cross-article stage."""
        with self.session() as s:
            return {r.id: (r.text, r.outlet, r.published.isoformat() if r.published else "") for r in s.scalars(select(ArticleRow))}

    def learned_actors(self) -> list[tuple[str, str, str, str]]:
        """(name, code, the words that said so, article id) of every identity an article
        stated for someone the knowledge base lacks ("Latvian Foreign Minister X")."""
        with self.session() as s:
            rows = s.execute(
                select(MentionRow.name, MentionRow.code, MentionRow.text, MentionRow.article_id)
                .where(MentionRow.rule.like("title.apposition%"))
                .order_by(MentionRow.name, MentionRow.article_id)
            )
            return [(r[0], r[1], r[2], r[3]) for r in rows]

    def failures(self) -> list[Failure]:
        with self.session() as s:
            return [
                Failure(source=r.source, reason=r.reason, article_id=r.article_id, line=r.line) for r in s.scalars(select(FailureRow).order_by(FailureRow.id))
            ]

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            return {
                name: int(s.scalar(select(func.count()).select_from(table)) or 0)
                for name, table in (("articles", ArticleRow), ("events", EventRow), ("quotes", QuoteRow), ("mentions", MentionRow), ("errors", FailureRow))
            }

    # -- the cross-article stage ---------------------------------------------------------
    def save_cross_article(self, *, articles: list[dict[str, Any]], facts: list[dict[str, Any]], contradictions: list[dict[str, Any]]) -> None:
        """Replace the cross-article results (story articles, aligned facts, contradictions) in one transaction."""
        try:
            with self.session() as s, s.begin():
                for table in (StoryArticleRow, StoryFactRow, ContradictionRow):
                    s.execute(delete(table))
                s.add_all(StoryArticleRow(**a) for a in articles)
                s.add_all(
                    StoryFactRow(
                        id=f["id"],
                        story_id=f["story"],
                        kind=f["kind"],
                        label=f["label"],
                        status=f["status"],
                        date=date.fromisoformat(f["date"]) if f.get("date") else None,
                        n_articles=f["n_articles"],
                        n_sources=f["n_sources"],
                        detail=json.dumps(f, ensure_ascii=False),
                    )
                    for f in facts
                )
                s.add_all(
                    ContradictionRow(
                        story_id=c["story_id"],
                        kind=c["kind"],
                        key=c["key"],
                        a_article=c["a"]["article"],
                        a_start=c["a"]["span"][0],
                        a_end=c["a"]["span"][1],
                        a_text=c["a"]["text"],
                        b_article=c["b"]["article"],
                        b_start=c["b"]["span"][0],
                        b_end=c["b"]["span"][1],
                        b_text=c["b"]["text"],
                    )
                    for c in contradictions
                )
        except SQLAlchemyError as e:
            raise StoreError(f"cannot store the cross-article results: {e}") from e

    def story_articles(self) -> list[dict[str, Any]]:
        """Each article's story, the original it copies (if any) and its independent-source key."""
        with self.session() as s:
            return [
                {"article_id": r.article_id, "story_id": r.story_id, "original_id": r.original_id, "source_key": r.source_key}
                for r in s.scalars(select(StoryArticleRow).order_by(StoryArticleRow.article_id))
            ]

    def story_facts(self, story_id: str | None = None) -> list[dict[str, Any]]:
        """Aligned events and statements (as stored JSON), of one story or all, by date."""
        q = select(StoryFactRow).order_by(StoryFactRow.date, StoryFactRow.id)
        if story_id is not None:
            q = q.where(StoryFactRow.story_id == story_id)
        with self.session() as s:
            return [json.loads(r.detail) for r in s.scalars(q)]

    def story_contradictions(self, story_id: str | None = None) -> list[dict[str, Any]]:
        """Contradictions between articles, of one story or all."""
        q = select(ContradictionRow).order_by(ContradictionRow.id)
        if story_id is not None:
            q = q.where(ContradictionRow.story_id == story_id)
        with self.session() as s:
            return [
                {
                    "story_id": r.story_id,
                    "kind": r.kind,
                    "key": r.key,
                    "a": {"article": r.a_article, "span": [r.a_start, r.a_end], "text": r.a_text},
                    "b": {"article": r.b_article, "span": [r.b_start, r.b_end], "text": r.b_text},
                }
                for r in s.scalars(q)
            ]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _mention_rows(a: ArticleAnalysis) -> list[dict[str, Any]]:
    return [
        dict(
            article_id=a.article.id,
            sentence=m.sentence,
            start=m.start,
            end=m.end,
            text=m.text,
            name=m.actor.name,
            code=m.actor.code,
            country=m.actor.country,
            sector=",".join(m.actor.sector),
            source=m.actor.source,
            rule=m.rule,
        )
        for m in a.mentions
    ]


def _event_rows(a: ArticleAnalysis) -> list[dict[str, Any]]:
    return [
        dict(
            article_id=a.article.id,
            sentence=e.sentence,
            start=e.start,
            end=e.end,
            text=e.text,
            source_name=e.source.actor.name if e.source else "",
            source_code=e.source.actor.code if e.source else "",
            target_name=e.target.actor.name if e.target else "",
            target_code=e.target.actor.code if e.target else "",
            cameo=e.cameo,
            goldstein=e.goldstein,
            quad_class=e.quad_class,
            plover_type=e.plover.type,
            plover_mode=e.plover.mode,
            plover_context=e.plover.context,
            negated=e.negated,
            modality=e.modality,
            date=e.date,
            confidence=e.confidence,
            rule=e.rule,
        )
        for e in a.events
    ]


def _quote_rows(a: ArticleAnalysis) -> list[dict[str, Any]]:
    return [
        dict(
            article_id=a.article.id,
            sentence=q.sentence,
            start=q.start,
            end=q.end,
            quote=q.quote,
            speaker_name=q.speaker.actor.name if q.speaker else "",
            speaker_code=q.speaker.actor.code if q.speaker else "",
            verb=q.verb,
            direct=q.direct,
            rule=q.rule,
            statement_id=q.statement,
        )
        for q in a.quotes
    ]
