"""Shared test helpers: a real SQLite file per test, the real app, the real coach."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from valmis.config import Settings
from valmis.practice.coach import Coach


@pytest.fixture(scope="session")
def coach() -> Coach:
    """One coach for the whole run: lemmatizers and indexes are pure and safe to share."""
    return Coach()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def client(settings: Settings, coach: Coach) -> Iterator[TestClient]:
    from valmis.web.app import create_app

    app = create_app(settings, coach=coach)
    with TestClient(app) as test_client:
        yield test_client
    app.state.engine.dispose()


def onboard(
    client: TestClient,
    *,
    ui_lang: str = "en",
    practice_lang: str = "en",
    process: str = "voice",
    market: str = "international",
    level: str = "fresher",
) -> None:
    response = client.post(
        "/welcome",
        data={
            "ui_lang": ui_lang,
            "practice_lang": practice_lang,
            "process": process,
            "market": market,
            "level": level,
        },
    )
    assert response.status_code == 200
