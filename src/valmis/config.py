"""Settings: zero configuration by default, every value overridable by a `VALMIS_*` variable."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("valmis", appauthor=False))


class Settings(BaseSettings):
    """Every setting Valmis reads. Documented in README.md ("Settings"); a test keeps them in step."""

    model_config = SettingsConfigDict(env_prefix="VALMIS_", extra="ignore")

    data_dir: Path = Field(
        default_factory=default_data_dir, description="Where the database and user files live."
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default: SQLite file `valmis.db` in the data directory."
    )
    host: str = Field(default="127.0.0.1", description="Address `valmis serve` listens on.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `valmis serve` listens on.")
    content_dir: Path | None = Field(
        default=None,
        description="A content pack folder of your own (see docs/content-format.md); default: built-in.",
    )
    cache_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_cache_dir("valmis", appauthor=False)),
        description="Where computed data is kept (the question bank's vectors); safe to delete.",
    )
    meaning: bool = Field(
        default=True,
        description="Judge answers by meaning with the bundled embedding model (0 = words only).",
    )
    whisper_model: Path | None = Field(
        default=None,
        description="A bigger Whisper model folder of your own (CTranslate2 format); default: the bundled base.",
    )
    default_lang: str = Field(
        default="en", pattern="^(en|fi)$", description="UI language before the user picks one."
    )

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'valmis.db'}"

    def ensure_data_dir(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
