"""Real human speech (LibriVox, JFK — see data/human/SOURCES.md) through the real Whisper base model:
the word error rate stays within bounds, and every word has a timing inside the recording."""

from __future__ import annotations

from pathlib import Path

import pytest

from valmis.speech.audio import load_audio
from valmis.speech.metrics import word_error_rate
from valmis.speech.model import whisper_base_dir
from valmis.speech.transcriber import WhisperTranscriber

HUMAN = Path(__file__).parent / "data" / "human"
CLIPS = sorted(p.stem for p in HUMAN.glob("*.wav"))


@pytest.fixture(scope="module")
def transcriber(tmp_path_factory: pytest.TempPathFactory) -> WhisperTranscriber:
    # The joined model in the run's shared folder, as the other speech tests use it: joined once a run.
    return WhisperTranscriber(whisper_base_dir(tmp_path_factory.getbasetemp() / "whisper-cache"))


@pytest.fixture(scope="module")
def results(transcriber: WhisperTranscriber) -> dict[str, tuple[str, str, float]]:
    out = {}
    for clip in CLIPS:
        audio = load_audio(HUMAN / f"{clip}.wav")
        transcript = transcriber.transcribe(audio, "en")
        reference = (HUMAN / f"{clip}.txt").read_text(encoding="utf-8").strip()
        out[clip] = (reference, transcript.text, audio.seconds)
        assert all(0 <= w.start <= w.end <= audio.seconds + 0.5 for w in transcript.words), clip
    return out


def test_there_are_six_real_recordings() -> None:
    assert len(CLIPS) == 6


def test_clean_read_english_is_recognised_within_5_percent_word_errors(results) -> None:  # type: ignore[no-untyped-def]
    references = " ".join(r for r, _, _ in results.values())
    hypotheses = " ".join(h for _, h, _ in results.values())
    assert word_error_rate(references, hypotheses) <= 0.05, hypotheses


def test_no_clip_is_far_off(results) -> None:  # type: ignore[no-untyped-def]
    for clip, (reference, hypothesis, _) in results.items():
        assert word_error_rate(reference, hypothesis) <= 0.2, (clip, hypothesis)
