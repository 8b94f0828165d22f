"""Spoken answers on the web: the recording is saved first, transcribed, corrected, then judged."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.conftest import onboard, speak


@pytest.fixture(scope="module")
def spoken_wav(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    text = "Yes, night shifts are fine for me. I worked the US shift for one year and I never missed a day."
    return speak(text, tmp_path_factory.mktemp("web-audio") / "answer.wav").read_bytes()


def _offhand(client: TestClient) -> str:
    return client.post("/practice/start", data={"mode": "offhand"}).url.path


def test_a_recorded_answer_is_transcribed_corrected_and_judged(
    client: TestClient, spoken_wav: bytes, settings
) -> None:  # type: ignore[no-untyped-def]
    onboard(client)
    session_path = _offhand(client)
    session_id = session_path.rsplit("/", 1)[1]
    response = client.post(
        "/recordings",
        data={"session_id": session_id},
        files={"audio": ("answer.wav", spoken_wav, "audio/wav")},
    )
    assert response.url.path.startswith("/recordings/")
    assert "Check the transcript" in response.text
    saved = list((settings.data_dir / "recordings").glob("*.wav"))
    assert len(saved) == 1 and saved[0].read_bytes() == spoken_wav
    corrected = (
        "Yes, night shifts are fine for me. I worked the US shift for one year and never missed a day."
    )
    feedback = client.post(f"{response.url.path}/answer", data={"transcript": corrected})
    assert feedback.url.path.startswith("/attempts/")
    assert "How you spoke" in feedback.text
    assert "words a minute" in feedback.text
    audio = client.get(f"{response.url.path}/audio")
    assert audio.status_code == 200 and audio.content == spoken_wav


def test_a_file_that_is_not_audio_is_kept_and_explained(client: TestClient, settings) -> None:  # type: ignore[no-untyped-def]
    onboard(client)
    session_id = _offhand(client).rsplit("/", 1)[1]
    response = client.post(
        "/recordings",
        data={"session_id": session_id},
        files={"audio": ("answer.wav", b"not really a recording at all", "audio/wav")},
    )
    assert "not a sound recording" in response.text
    assert "Try the transcription again" in response.text
    assert len(list((settings.data_dir / "recordings").glob("*.wav"))) == 1


def test_an_unaccepted_file_type_is_refused_and_nothing_is_stored(client: TestClient, settings) -> None:  # type: ignore[no-untyped-def]
    onboard(client)
    session_id = _offhand(client).rsplit("/", 1)[1]
    response = client.post(
        "/recordings", data={"session_id": session_id}, files={"audio": ("notes.txt", b"hello", "text/plain")}
    )
    assert response.status_code == 400
    assert "not accepted" in response.text
    assert (
        not list(Path(settings.data_dir / "recordings").glob("*"))
        if (settings.data_dir / "recordings").exists()
        else True
    )


def test_an_unknown_recording_is_a_404(client: TestClient) -> None:
    onboard(client)
    assert client.get("/recordings/999").status_code == 404


def test_deleting_everything_removes_the_recordings_too(
    client: TestClient, spoken_wav: bytes, settings
) -> None:  # type: ignore[no-untyped-def]
    onboard(client)
    session_id = _offhand(client).rsplit("/", 1)[1]
    client.post(
        "/recordings", data={"session_id": session_id}, files={"audio": ("a.wav", spoken_wav, "audio/wav")}
    )
    assert client.get("/data/export").json()["recordings"][0]["status"] == "transcribed"
    client.post("/data/delete", data={"confirm": "yes"})
    assert list((settings.data_dir / "recordings").glob("*.wav")) == []
    assert client.get("/data/export").json()["recordings"] == []
