"""Database errors a user can act on, importable without loading SQLAlchemy or Alembic."""


class DatabaseError(Exception):
    """The database cannot be opened or written; the message says why and what to do."""
