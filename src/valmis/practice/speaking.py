"""Spoken answers: transcribe a recording, then coach both what was said and how it was said."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from valmis.analysis.delivery import Delivery, analyse_delivery
from valmis.analysis.findings import Feedback
from valmis.practice.coach import Coach, Resolved
from valmis.speech.audio import load_audio
from valmis.speech.model import resolve_model_dir
from valmis.speech.transcriber import Transcriber, Transcript, make_transcriber

SPEAKING_WPM = 140  # a calm phone pace, to turn a question's target in words into seconds


@cache
def default_transcriber(model: Path | None, cache_dir: Path) -> Transcriber:
    """One transcriber per process and model; the model itself loads on first use."""
    return make_transcriber(resolve_model_dir(str(model) if model else None, cache_dir))


def transcribe_file(path: Path, lang: str, transcriber: Transcriber) -> Transcript:
    """Decode (refusing what is not usable audio, with a reason) and transcribe in the user's language."""
    return transcriber.transcribe(load_audio(path), lang)


@dataclass(frozen=True)
class SpokenFeedback:
    transcript: Transcript
    feedback: Feedback
    delivery: Delivery


def target_seconds(resolved: Resolved) -> tuple[int, int]:
    rubric = resolved.rubric
    return round(rubric.min_words * 60 / SPEAKING_WPM), round(rubric.max_words * 60 / SPEAKING_WPM)


def spoken_feedback(coach: Coach, resolved: Resolved, transcript: Transcript, lang: str) -> SpokenFeedback:
    """Content feedback on the transcript, exactly as for a typed answer, plus delivery coaching."""
    feedback = coach.analyse(transcript.text, resolved, lang)
    delivery = analyse_delivery(
        transcript.words, transcript.language, target_seconds=target_seconds(resolved)
    )
    return SpokenFeedback(transcript, feedback, delivery)
