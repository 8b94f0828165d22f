"""Database errors a user can act on, importable without loading SQLAlchemy or Alembic."""

from valmis.i18n import N_


class DatabaseError(Exception):
    """The database cannot be opened or written; the message says why and what to do."""


# By kind (see `engine.db_error_kind`); translated where they are shown.
DB_ERRORS = {
    "readonly": N_(
        "The database {where} is read-only. Make it writable, or set VALMIS_DATABASE_URL to another file."
    ),
    "locked": N_("The database {where} is locked by another program. Close it and try again."),
    "unopenable": N_("The database {where} cannot be opened. Check the folder exists and is writable."),
    "not_a_database": N_(
        "The file {where} is not a Valmis database (or is damaged). Move it aside and start again."
    ),
    "other": N_("The database {where} could not be used: {error}"),
}
