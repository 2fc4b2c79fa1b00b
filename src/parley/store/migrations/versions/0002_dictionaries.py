"""user actor dictionaries kept in the store

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dictionaries",
        sa.Column("name", sa.String(256), primary_key=True),
        sa.Column("suffix", sa.String(16), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("entries", sa.Integer, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("dictionaries")
