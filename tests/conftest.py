"""Shared test helpers: a real SQLite file per test, the real app, the real coach."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from valmis.config import Settings
from valmis.practice.coach import Coach


def pytest_configure(config: pytest.Config) -> None:
    """One cache of the bank's vectors for the whole run (built once, ~30 s), also for the CLI
    commands the tests start, and never the user's own cache."""
    if "VALMIS_CACHE_DIR" not in os.environ:
        os.environ["VALMIS_CACHE_DIR"] = tempfile.mkdtemp(prefix="valmis-test-cache-")


@pytest.fixture(scope="session")
def coach() -> Coach:
    """One coach for the whole run, with the real meaning model: it is pure and safe to share."""
    from valmis.embedder import load_embedder

    return Coach(embedder=load_embedder(), cache_dir=Path(os.environ["VALMIS_CACHE_DIR"]))


@pytest.fixture(scope="session")
def word_coach() -> Coach:
    """A coach that judges by words only, as on a machine without the meaning model."""
    return Coach()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def client(settings: Settings, coach: Coach) -> Iterator[TestClient]:
    from valmis.web.app import create_app

    app = create_app(settings, coach=coach, immediate_jobs=True)
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


def speak(text: str, path: Path, *, voice: str = "en-us", rate: int = 140) -> Path:
    """Synthetic speech from espeak-ng (installed by `make test`): fails in CI when missing, else skips."""
    from valmis.speech.synthetic import espeak, espeak_available

    if not espeak_available():
        if os.environ.get("CI"):
            pytest.fail("espeak-ng is not installed: `make test` installs it")
        pytest.skip("espeak-ng is not installed")
    return espeak(text, path, voice=voice, rate=rate)


def speak_finnish(text: str, path: Path) -> Path:
    """Finnish speech from Festival's Finnish voice; fails in CI when missing, else skips."""
    from valmis.speech.synthetic import festival_available, festival_finnish

    if not festival_available():
        if os.environ.get("CI"):
            pytest.fail("festival is not installed: `make test` installs festival and festvox-suopuhe-lj")
        pytest.skip("festival is not installed")
    return festival_finnish(text, path)
