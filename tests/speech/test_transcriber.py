"""Transcribing with the real Whisper base model on speech made by espeak-ng."""

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from valmis.speech import SpeechUnavailable
from valmis.speech.audio import SAMPLE_RATE, LoadedAudio, load_audio
from valmis.speech.metrics import char_error_rate, word_error_rate, words_of
from valmis.speech.model import whisper_base_dir
from valmis.speech.transcriber import (
    NullTranscriber,
    Transcript,
    WhisperTranscriber,
    make_transcriber,
)

ENGLISH = "I have worked in customer service for three years and I enjoy helping people solve their problems."
# espeak-ng's Finnish is hard for Whisper base (~70 % word errors in MODELS.md, ~10 % character errors
# on this sentence); Festival's Finnish voice (festvox-suopuhe-lj) does clearly better, but espeak-ng
# is the one every CI image has.
FINNISH = "Olen työskennellyt asiakaspalvelussa kolme vuotta ja pidän ihmisten auttamisesta."
BEFORE_PAUSE = "First I listened carefully to the customer."
AFTER_PAUSE = "Then I checked the order and fixed it."


wer = word_error_rate
cer = char_error_rate


def test_the_scoring_helpers_count_errors_as_expected() -> None:
    assert wer("Hello, World!", "hello world") == 0
    assert wer("a b c d", "a x c") == 0.5
    assert cer("asiakas palvelu", "asiakaspalvelu") == 0


@pytest.fixture(scope="session")
def speech_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("espeak-ng") is None:
        message = "espeak-ng makes the test speech: apt-get install espeak-ng"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return tmp_path_factory.mktemp("speech")


def speak(speech_dir: Path, text: str, voice: str = "en-us") -> LoadedAudio:
    path = speech_dir / f"{abs(hash((text, voice)))}.wav"
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", "150", "-w", str(path), text], check=True, capture_output=True
    )
    return load_audio(path)  # 22.05 kHz from espeak-ng, resampled to 16 kHz here


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The joined base model, in the cache test_model.py also uses, so a run joins it once."""
    cache = tmp_path_factory.getbasetemp() / "whisper-cache"
    yield whisper_base_dir(cache)
    shutil.rmtree(cache, ignore_errors=True)  # pytest keeps the last runs' temp dirs: not 145 MB each


@pytest.fixture(scope="session")
def transcriber(model_dir: Path) -> WhisperTranscriber:
    return WhisperTranscriber(model_dir, threads=2)


@pytest.fixture(scope="session")
def english(speech_dir: Path, transcriber: WhisperTranscriber) -> Transcript:
    return transcriber.transcribe(speak(speech_dir, ENGLISH), "en")


def test_an_english_sentence_comes_back_with_at_most_15_percent_word_errors(english: Transcript) -> None:
    assert wer(ENGLISH, english.text) <= 0.15, english.text
    assert english.language == "en"
    assert english.seconds == pytest.approx(6.3, abs=1.5)
    assert wer(ENGLISH, " ".join(w.text for w in english.words)) <= 0.15


def test_recognised_words_have_increasing_times_and_confidences_between_0_and_1(
    english: Transcript,
) -> None:
    starts = [w.start for w in english.words]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)
    assert all(w.start <= w.end <= english.seconds + 0.1 for w in english.words)
    assert all(0 <= w.confidence <= 1 for w in english.words)
    assert all(type(w.start) is float and type(w.confidence) is float for w in english.words)


def test_finnish_speech_comes_back_in_finnish_with_at_most_60_percent_character_errors(
    speech_dir: Path, transcriber: WhisperTranscriber
) -> None:
    transcript = transcriber.transcribe(speak(speech_dir, FINNISH, "fi"), "fi")
    assert transcript.language == "fi"
    assert transcript.words
    assert cer(FINNISH, transcript.text) <= 0.60, transcript.text


def test_a_three_second_silence_shows_as_a_gap_between_the_recognised_words(
    speech_dir: Path, transcriber: WhisperTranscriber
) -> None:
    first, second = speak(speech_dir, BEFORE_PAUSE), speak(speech_dir, AFTER_PAUSE)
    samples = np.concatenate([first.samples, np.zeros(3 * SAMPLE_RATE, np.float32), second.samples])
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    joined = LoadedAudio(samples, samples.size / SAMPLE_RATE, rms)

    words = transcriber.transcribe(joined, "en").words
    before, after = max(pairwise(words), key=lambda pair: pair[1].start - pair[0].end)
    assert after.start - before.end >= 2.5
    assert words_of(before.text) == ["customer"]
    # Whisper starts a word after a silence a little early, so the gap is measured a bit short of
    # the silence plus espeak-ng's own trailing and leading quiet (3.5 s in all); hence ≥ 2.5.
    assert before.end <= first.seconds < after.start


def test_two_threads_asking_at_once_load_the_model_once(
    speech_dir: Path, model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import faster_whisper

    real = faster_whisper.WhisperModel
    loads: list[str] = []

    def counting(path: str, **kwargs: object) -> object:
        loads.append(path)
        return real(path, **kwargs)

    monkeypatch.setattr(faster_whisper, "WhisperModel", counting)
    fresh = WhisperTranscriber(model_dir)
    audio = speak(speech_dir, "Hello, thank you for calling.")
    start = threading.Barrier(2)
    texts: list[str] = []

    def work() -> None:
        start.wait()
        texts.append(fresh.transcribe(audio, "en").text)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert loads == [str(model_dir)]
    assert len(texts) == 2


def test_nothing_is_loaded_until_the_first_transcription(tmp_path: Path) -> None:
    not_a_model = WhisperTranscriber(tmp_path)  # an empty folder: fine until it is used
    audio = LoadedAudio(np.full(SAMPLE_RATE, 0.1, np.float32), 1.0, 0.1)
    with pytest.raises(SpeechUnavailable, match="could not be loaded"):
        not_a_model.transcribe(audio, "en")


def test_importing_the_speech_modules_loads_no_speech_library() -> None:
    code = (
        "import sys, valmis.speech.model, valmis.speech.audio, valmis.speech.transcriber; "
        "print([m for m in ('faster_whisper', 'ctranslate2', 'av') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"


def test_a_language_other_than_english_or_finnish_is_refused_before_loading(tmp_path: Path) -> None:
    audio = LoadedAudio(np.full(SAMPLE_RATE, 0.1, np.float32), 1.0, 0.1)
    with pytest.raises(ValueError, match="unsupported language 'sv'"):
        WhisperTranscriber(tmp_path / "nowhere").transcribe(audio, "sv")


def test_without_a_model_the_null_transcriber_says_speech_is_not_installed() -> None:
    transcriber = make_transcriber(None)
    assert isinstance(transcriber, NullTranscriber)
    audio = LoadedAudio(np.full(SAMPLE_RATE, 0.1, np.float32), 1.0, 0.1)
    with pytest.raises(SpeechUnavailable, match="speech recognition is not installed"):
        transcriber.transcribe(audio, "en")


def test_with_a_model_folder_the_transcriber_is_whisper_named_after_it(tmp_path: Path) -> None:
    transcriber = make_transcriber(tmp_path / "whisper-base")
    assert isinstance(transcriber, WhisperTranscriber)
    assert transcriber.name == "faster-whisper/whisper-base/int8"
