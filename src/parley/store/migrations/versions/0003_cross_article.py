"""cross-article results: story articles (reprints, sources), aligned facts, contradictions

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_articles",
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("story_id", sa.String(64), nullable=True, index=True),
        sa.Column("original_id", sa.String(512), nullable=True),
        sa.Column("source_key", sa.String(512), nullable=False),
    )
    op.create_table(
        "story_facts",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("story_id", sa.String(64), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("date", sa.Date, nullable=True),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_table(
        "story_contradictions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("story_id", sa.String(64), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key", sa.String(128), nullable=False),
        sa.Column("a_article", sa.String(512), nullable=False),
        sa.Column("a_start", sa.Integer, nullable=False),
        sa.Column("a_end", sa.Integer, nullable=False),
        sa.Column("a_text", sa.Text, nullable=False),
        sa.Column("b_article", sa.String(512), nullable=False),
        sa.Column("b_start", sa.Integer, nullable=False),
        sa.Column("b_end", sa.Integer, nullable=False),
        sa.Column("b_text", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("story_contradictions")
    op.drop_table("story_facts")
    op.drop_table("story_articles")
