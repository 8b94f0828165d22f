"""Settings: zero configuration, and every setting documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from valmis.config import Settings

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_setting_is_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"`VALMIS_{name.upper()}`" in text, name


def test_the_default_database_is_sqlite_in_the_data_dir(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert settings.resolved_database_url() == f"sqlite:///{tmp_path / 'valmis.db'}"


def test_a_database_url_from_the_environment_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VALMIS_DATABASE_URL", "postgresql://valmis@localhost/valmis")
    assert Settings().resolved_database_url() == "postgresql://valmis@localhost/valmis"


def test_a_bad_setting_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VALMIS_PORT", "not-a-port")
    with pytest.raises(ValueError, match="port"):
        Settings()
