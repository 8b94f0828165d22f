"""Decoding recordings: any common format to 16 kHz mono, and a plain reason for what cannot be used."""

import wave
from pathlib import Path

import numpy as np
import pytest

from valmis.speech import audio
from valmis.speech.audio import SAMPLE_RATE, AudioError, load_audio


def tone(seconds: float, *, rate: int = SAMPLE_RATE, level: float = 0.3) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    return (level * np.sqrt(2) * np.sin(2 * np.pi * 440 * t)).astype(np.float32)  # RMS = level


def write_wav(path: Path, samples: np.ndarray, *, rate: int = SAMPLE_RATE, channels: int = 1) -> Path:
    pcm = np.clip(samples * 32767, -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.repeat(pcm, channels).tobytes())
    return path


def problem(path: Path) -> str:
    with pytest.raises(AudioError) as caught:
        load_audio(path)
    assert str(caught.value)  # always a message to show
    return caught.value.code


def test_a_stereo_44_khz_recording_comes_back_as_16_khz_mono_with_its_length_and_loudness(
    tmp_path: Path,
) -> None:
    loaded = load_audio(write_wav(tmp_path / "a.wav", tone(2.0, rate=44_100), rate=44_100, channels=2))
    assert loaded.samples.dtype == np.float32
    assert loaded.samples.ndim == 1
    assert loaded.seconds == pytest.approx(2.0, abs=0.01)
    assert loaded.samples.size == pytest.approx(2 * SAMPLE_RATE, abs=160)
    assert loaded.rms == pytest.approx(0.3, abs=0.01)
    assert not loaded.samples.flags.writeable


def test_a_text_file_named_wav_is_not_audio(tmp_path: Path) -> None:
    path = tmp_path / "notes.wav"
    path.write_text("Tell me about yourself.\n" * 20)
    assert problem(path) == "not_audio"


def test_a_wav_cut_off_in_its_sound_is_corrupt(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "a.wav", tone(3.0))
    path.write_bytes(path.read_bytes()[:20_000])  # a third of a second of the promised three
    assert problem(path) == "corrupt"


def test_a_wav_cut_off_in_its_header_is_corrupt(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "a.wav", tone(1.0))
    path.write_bytes(path.read_bytes()[:30])
    assert problem(path) == "corrupt"


def test_an_empty_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    path.touch()
    assert problem(path) == "empty"


def test_a_wav_with_no_sound_in_it_is_empty(tmp_path: Path) -> None:
    assert problem(write_wav(tmp_path / "a.wav", np.zeros(0, dtype=np.float32))) == "empty"


def test_three_seconds_of_digital_zeros_are_silence(tmp_path: Path) -> None:
    assert problem(write_wav(tmp_path / "a.wav", np.zeros(3 * SAMPLE_RATE, dtype=np.float32))) == "silence"


def test_quiet_speech_level_is_not_taken_for_silence(tmp_path: Path) -> None:
    quiet = write_wav(tmp_path / "a.wav", tone(3.0, level=0.005))  # −46 dBFS
    assert load_audio(quiet).rms == pytest.approx(0.005, rel=0.05)


def test_a_recording_over_the_limit_is_refused_from_its_header_without_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import faster_whisper.audio

    def no_decoding(*args: object, **kwargs: object) -> None:
        raise AssertionError("decoded a recording that was already known to be too long")

    monkeypatch.setattr(audio, "MAX_SECONDS", 2)
    monkeypatch.setattr(faster_whisper.audio, "decode_audio", no_decoding)
    with pytest.raises(AudioError) as caught:
        load_audio(write_wav(tmp_path / "a.wav", tone(3.0)))
    assert caught.value.code == "too_long"
    assert caught.value.params == {"seconds": pytest.approx(3.0), "limit": 2}
    assert str(caught.value).startswith("The recording is 3 seconds long; the limit is 2 seconds.")


def test_the_limit_is_twenty_minutes() -> None:
    assert audio.MAX_SECONDS == 20 * 60
    assert "The recording is 21.5 minutes long; the limit is 20 minutes." in str(
        AudioError("too_long", seconds=21.5 * 60, limit=20 * 60)
    )


def encode(path: Path, samples: np.ndarray, codec: str, rate: int) -> Path:
    """Write `samples` (16 kHz) with PyAV's own encoders, as a browser or a phone app would."""
    import av

    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=rate, layout="mono")
        frame = av.AudioFrame.from_ndarray(
            (samples * 32767).astype(np.int16)[None, :], format="s16", layout="mono"
        )
        frame.sample_rate = SAMPLE_RATE
        for resampled in av.AudioResampler(stream.format.name, "mono", rate).resample(frame):
            out.mux(stream.encode(resampled))
        out.mux(stream.encode(None))
    return path


@pytest.mark.parametrize(
    ("ext", "codec", "rate"),
    [
        ("flac", "flac", 16_000),
        ("mp3", "libmp3lame", 16_000),
        ("m4a", "aac", 16_000),
        ("ogg", "libopus", 48_000),
        ("webm", "libopus", 48_000),
    ],
)
def test_every_accepted_format_decodes_to_the_same_length(
    tmp_path: Path, ext: str, codec: str, rate: int
) -> None:
    assert ext in audio.AUDIO_EXTENSIONS
    loaded = load_audio(encode(tmp_path / f"a.{ext}", tone(2.0), codec, rate))
    # Lossy encoders add up to a few frames of padding (AAC: ~0.1 s at 16 kHz).
    assert loaded.seconds == pytest.approx(2.0, abs=0.15)
    assert loaded.rms == pytest.approx(0.3, abs=0.03)


def test_a_flac_cut_off_halfway_is_corrupt(tmp_path: Path) -> None:
    path = encode(tmp_path / "a.flac", tone(4.0), "flac", 16_000)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert problem(path) == "corrupt"
