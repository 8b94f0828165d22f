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


def _webm(wav: Path, out: Path) -> bytes:
    """Opus in WebM, as Chromium's MediaRecorder sends it."""
    import av

    with av.open(str(wav)) as source, av.open(str(out), "w", format="webm") as sink:
        stream = sink.add_stream("libopus", rate=48000)
        stream.layout = "mono"
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48000)
        for frame in source.decode(audio=0):
            for part in resampler.resample(frame):
                for packet in stream.encode(part):
                    sink.mux(packet)
        for packet in stream.encode(None):
            sink.mux(packet)
    return out.read_bytes()


def test_a_recording_sent_in_chunks_while_speaking_is_transcribed_as_it_arrives(
    client: TestClient, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Yes, night shifts are fine for me. I worked the US shift for one year and I never missed a day. "
        "I sleep in the afternoon and my family keeps the house quiet. I also keep a fixed routine on my "
        "days off, so I stay fresh for the customers at night."
    )
    webm = _webm(speak(text, tmp_path / "long.wav"), tmp_path / "long.webm")
    onboard(client)
    session_id = _offhand(client).rsplit("/", 1)[1]
    started = client.post("/recordings/live", data={"session_id": session_id}).json()
    size = len(webm) // 12 + 1
    for i in range(0, len(webm), size):
        assert client.post(started["chunk_url"], content=webm[i : i + size]).status_code == 204
    live_files = list((settings.data_dir / "recordings" / "live").glob("*.webm"))
    assert len(live_files) == 1 and live_files[0].read_bytes() == webm  # saved as it came
    queued: list[int] = []
    monkeypatch.setattr(client.app.state.jobs, "transcribe", queued.append)  # type: ignore[attr-defined]
    response = client.post(
        "/recordings",
        data={"session_id": session_id, "live_token": started["token"]},
        files={"audio": ("answer.webm", webm, "audio/webm")},
    )
    assert queued == []  # finished from the live transcript, not queued again
    assert "night shifts" in response.text.lower()
    assert not list((settings.data_dir / "recordings" / "live").glob("*.webm"))


def test_an_unknown_live_recording_is_a_404_and_the_upload_still_works(
    client: TestClient, spoken_wav: bytes
) -> None:
    onboard(client)
    assert client.post("/recordings/live/nope", content=b"x").status_code == 404
    session_id = _offhand(client).rsplit("/", 1)[1]
    response = client.post(
        "/recordings",
        data={"session_id": session_id, "live_token": "nope"},
        files={"audio": ("answer.wav", spoken_wav, "audio/wav")},
    )
    assert response.url.path.startswith("/recordings/")
    assert "Check the transcript" in response.text
