from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from valmis.db.engine import make_engine, upgrade
from valmis.db.models import Base


def test_upgrade_creates_the_tables_in_a_new_folder(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'valmis.db'}"
    upgrade(url)
    engine = make_engine(url)
    assert {"profiles", "practice_sessions", "attempts"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_the_migrations_match_the_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'valmis.db'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_twice_is_harmless(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'valmis.db'}"
    upgrade(url)
    upgrade(url)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'valmis.db'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_a_sqlite_uri_names_its_file_without_the_uri_parts(tmp_path: Path) -> None:
    from valmis.db.engine import sqlite_file

    assert sqlite_file(f"sqlite:///file:{tmp_path}/v.db?mode=ro&uri=true") == tmp_path / "v.db"
    assert sqlite_file(f"sqlite:///{tmp_path}/v.db") == tmp_path / "v.db"
    assert sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file("postgresql+psycopg://u@h/db") is None
