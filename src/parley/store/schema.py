"""The database schema (SQLAlchemy 2 declarative). Changes go through Alembic migrations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[str] = mapped_column(String(512), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    outlet: Mapped[str] = mapped_column(String(256), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    analysis: Mapped[str] = mapped_column(Text)  # the --out record as JSON
    story_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    analyzed_at: Mapped[datetime] = mapped_column(DateTime)


class MentionRow(Base):
    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(String(256), index=True)
    code: Mapped[str] = mapped_column(String(32), default="")
    country: Mapped[str] = mapped_column(String(3), default="")
    sector: Mapped[str] = mapped_column(String(64), default="")
    source: Mapped[str] = mapped_column(String(16), default="kb")
    rule: Mapped[str] = mapped_column(String(64))


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    source_name: Mapped[str] = mapped_column(String(256), default="")
    source_code: Mapped[str] = mapped_column(String(32), default="")
    target_name: Mapped[str] = mapped_column(String(256), default="")
    target_code: Mapped[str] = mapped_column(String(32), default="")
    cameo: Mapped[str] = mapped_column(String(8), index=True)
    goldstein: Mapped[float] = mapped_column(Float)
    quad_class: Mapped[int] = mapped_column(Integer)
    plover_type: Mapped[str | None] = mapped_column(String(16), nullable=True)
    plover_mode: Mapped[str | None] = mapped_column(String(32), nullable=True)
    plover_context: Mapped[str | None] = mapped_column(String(32), nullable=True)
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    modality: Mapped[str] = mapped_column(String(16), default="asserted")
    date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    confidence: Mapped[float] = mapped_column(Float)
    rule: Mapped[str] = mapped_column(String(128))


class QuoteRow(Base):
    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    speaker_name: Mapped[str] = mapped_column(String(256), default="", index=True)
    speaker_code: Mapped[str] = mapped_column(String(32), default="")
    verb: Mapped[str | None] = mapped_column(String(32), nullable=True)
    direct: Mapped[bool] = mapped_column(Boolean)
    rule: Mapped[str] = mapped_column(String(64))
    statement_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)


class FailureRow(Base):
    __tablename__ = "errors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer, nullable=True)
    article_id: Mapped[str | None] = mapped_column(String(512), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class DictionaryRow(Base):
    """A user actor dictionary kept in the store (its entries win over built-in ones)."""

    __tablename__ = "dictionaries"
    name: Mapped[str] = mapped_column(String(256), primary_key=True)
    suffix: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)
    entries: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime)


Index("ix_events_dyad", EventRow.source_code, EventRow.target_code)


# -- the cross-article stage (migration 0003) ---------------------------------------------
class StoryArticleRow(Base):
    """An article's place across sources: its story, the original it copies, its source key."""

    __tablename__ = "story_articles"
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    story_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    original_id: Mapped[str | None] = mapped_column(String(512), nullable=True)
    source_key: Mapped[str] = mapped_column(String(512))


class StoryFactRow(Base):
    """An aligned event or statement: status, counts and its mentions (JSON)."""

    __tablename__ = "story_facts"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    story_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    n_articles: Mapped[int] = mapped_column(Integer)
    n_sources: Mapped[int] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text)  # the fact as JSON (mentions, contradictions)


class ContradictionRow(Base):
    """Two passages of two articles of a story that cannot both be true."""

    __tablename__ = "story_contradictions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(128))
    a_article: Mapped[str] = mapped_column(String(512))
    a_start: Mapped[int] = mapped_column(Integer)
    a_end: Mapped[int] = mapped_column(Integer)
    a_text: Mapped[str] = mapped_column(Text)
    b_article: Mapped[str] = mapped_column(String(512))
    b_start: Mapped[int] = mapped_column(Integer)
    b_end: Mapped[int] = mapped_column(Integer)
    b_text: Mapped[str] = mapped_column(Text)
