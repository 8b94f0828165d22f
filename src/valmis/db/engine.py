"""Engine and sessions: SQLite (WAL, foreign keys, a busy timeout) by default, any SQLAlchemy URL otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from valmis.db.errors import DB_ERRORS, DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=5000")
            try:
                cur.execute("PRAGMA journal_mode=WAL")
            except Exception:  # a read-only file cannot switch journal mode; reads still work
                pass
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str) -> Config:
    from alembic.config import Config  # alembic is only needed to migrate; keep the CLI start quick

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, also in its `file:…?uri=true` form; None for memory or a server."""
    if not url.startswith("sqlite:///"):
        return None
    name = url.removeprefix("sqlite:///")
    if name.startswith("file:"):
        name = name.removeprefix("file:").split("?", 1)[0]
    if not name or name == ":memory:":
        return None
    return Path(name)


def upgrade(url: str) -> None:
    """Bring the schema to the newest migration; a read-only or locked file gets a plain message."""
    path = sqlite_file(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create the folder for the database {path.parent}: {exc}") from exc
    from alembic import command

    try:
        command.upgrade(alembic_config(url), "head")
    except Exception as exc:
        raise DatabaseError(explain_db_error(exc, url)) from exc


def db_error_kind(exc: BaseException) -> str:
    """What went wrong, in one word: readonly, locked, unopenable, not_a_database or other."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return "readonly"
    if "locked" in text:
        return "locked"
    if "unable to open" in text:
        return "unopenable"
    if "not a database" in text or "malformed" in text:
        return "not_a_database"
    return "other"


def explain_db_error(exc: BaseException, url: str) -> str:
    where = url.removeprefix("sqlite:///")
    return DB_ERRORS[db_error_kind(exc)].format(where=where, error=exc)
