"""Store: schema, Alembic migrations, reads and writes (SQLite default, any SQLAlchemy URL)."""

from parley.store.db import Store

__all__ = ["Store"]
