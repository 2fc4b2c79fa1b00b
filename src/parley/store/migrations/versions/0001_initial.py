"""initial schema: articles, mentions, events, quotes, errors

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("outlet", sa.String(256), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("analysis", sa.Text, nullable=False),
        sa.Column("story_id", sa.String(64), nullable=True, index=True),
        sa.Column("analyzed_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("name", sa.String(256), nullable=False, index=True),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("country", sa.String(3), nullable=False),
        sa.Column("sector", sa.String(64), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("rule", sa.String(64), nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source_name", sa.String(256), nullable=False),
        sa.Column("source_code", sa.String(32), nullable=False),
        sa.Column("target_name", sa.String(256), nullable=False),
        sa.Column("target_code", sa.String(32), nullable=False),
        sa.Column("cameo", sa.String(8), nullable=False, index=True),
        sa.Column("goldstein", sa.Float, nullable=False),
        sa.Column("quad_class", sa.Integer, nullable=False),
        sa.Column("plover_type", sa.String(16), nullable=True),
        sa.Column("plover_mode", sa.String(32), nullable=True),
        sa.Column("plover_context", sa.String(32), nullable=True),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("date", sa.Date, nullable=True, index=True),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("rule", sa.String(128), nullable=False),
    )
    op.create_index("ix_events_dyad", "events", ["source_code", "target_code"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("speaker_name", sa.String(256), nullable=False, index=True),
        sa.Column("speaker_code", sa.String(32), nullable=False),
        sa.Column("verb", sa.String(32), nullable=True),
        sa.Column("direct", sa.Boolean, nullable=False),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("statement_id", sa.String(64), nullable=True, index=True),
    )
    op.create_table(
        "errors",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("line", sa.Integer, nullable=True),
        sa.Column("article_id", sa.String(512), nullable=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("errors", "quotes", "events", "mentions", "articles"):
        op.drop_table(table)
