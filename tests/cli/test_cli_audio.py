"""Spoken answers from the terminal: `valmis transcribe` and `valmis feedback --audio`, with real audio."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import speak
from typer.testing import CliRunner

from valmis.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = "Yes, I am comfortable with night shifts. In my last job I worked the US shift for one year."
    return speak(text, tmp_path_factory.mktemp("audio") / "answer.wav")


def test_transcribe_json_has_text_language_and_timed_words(spoken: Path) -> None:
    result = runner.invoke(app, ["transcribe", str(spoken), "--lang", "en", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["language"] == "en"
    assert "shift" in out["text"].lower()
    starts = [w["start"] for w in out["words"]]
    assert starts == sorted(starts) and len(starts) >= 12
    assert all(0.0 <= w["confidence"] <= 1.0 and w["end"] >= w["start"] for w in out["words"])


def test_feedback_from_audio_adds_transcript_words_and_delivery(spoken: Path) -> None:
    result = runner.invoke(
        app, ["feedback", "--audio", str(spoken), "--question-id", "night-shifts", "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["score"] == sum(p["points"] for p in out["parts"])
    assert out["transcript"] and out["words"]
    delivery = out["delivery"]
    assert delivery["wpm"] > 60
    assert isinstance(delivery["long_pauses"], list) and isinstance(delivery["fillers"], list)
    assert all({"code", "text", "start", "end"} <= set(f) for f in delivery["findings"])


def test_a_file_that_is_not_audio_is_refused_plainly(tmp_path: Path) -> None:
    fake = tmp_path / "answer.wav"
    fake.write_text("this is a text file, not a recording")
    result = runner.invoke(app, ["transcribe", str(fake)])
    assert result.exit_code == 1
    assert "not a sound recording" in result.stderr


def test_silence_is_refused_plainly(tmp_path: Path) -> None:
    import wave

    silent = tmp_path / "silence.wav"
    with wave.open(str(silent), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\x00\x00" * 16000 * 3)
    result = runner.invoke(app, ["feedback", "--audio", str(silent), "--question-id", "night-shifts"])
    assert result.exit_code == 1
    assert "silen" in result.stderr.lower()
