"""Recordings in: decode any common audio file to 16 kHz mono, refusing with a reason what is unusable."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
import numpy.typing as npt

from valmis.speech import SpeechUnavailable

if TYPE_CHECKING:
    from av.container import InputContainer

AudioProblem = Literal["not_audio", "corrupt", "too_long", "empty", "silence"]

AUDIO_EXTENSIONS = ("wav", "mp3", "m4a", "ogg", "webm", "flac")
SAMPLE_RATE = 16_000  # what Whisper listens at
# Interview answers are a few minutes long; 20 minutes bounds memory (77 MB of samples) and the wait
# (several minutes on two cores) while leaving room for a whole mock interview in one recording.
MAX_SECONDS = 20 * 60
# −60 dBFS over the whole recording. A muted or unplugged microphone gives digital zeros or hiss
# around −70 dBFS; quiet speech in a quiet room, pauses included, stays above −45 dBFS. Whisper
# "hears" words in near-silence, so such a recording is refused instead of transcribed.
SILENCE_RMS = 10 ** (-60 / 20)
# A container that states its length but decodes this much shorter was cut off in transfer.
_CUT_SHORT = 0.9
_CUT_SHORT_MIN_SECONDS = 1.0
# A WAV whose data chunk size is 0 or near 2³¹–2³² was written while streaming: its length is unknown.
_WAV_SIZE_UNKNOWN = 0x7FFF_0000

_MESSAGES = {
    "not_audio": "This file is not a sound recording. Use one of: {extensions}.",
    "corrupt": "The recording is damaged or cut short and cannot be played. Please record it again.",
    "too_long": "The recording is {seconds} long; the limit is {limit}. Please record a shorter answer.",
    "empty": "The recording is empty.",
    "silence": "The recording is silent. Check that the microphone is on and not muted, then record again.",
}


class AudioError(Exception):
    """A recording that cannot be transcribed: `code` names why, the message says it in plain English."""

    def __init__(self, code: AudioProblem, **params: float) -> None:
        self.code: AudioProblem = code
        self.params: dict[str, float] = params
        super().__init__(
            _MESSAGES[code].format(
                extensions=", ".join(AUDIO_EXTENSIONS),
                **{key: _duration(value) for key, value in params.items()},
            )
        )


@dataclass(frozen=True, eq=False)
class LoadedAudio:
    """A decoded recording: read-only float32 mono samples at 16 kHz, its length and loudness (RMS)."""

    samples: npt.NDArray[np.float32] = field(repr=False)
    seconds: float
    rms: float


def load_audio(path: Path) -> LoadedAudio:
    """Decode `path` for Whisper.

    1. An empty file, or one that is not a known sound format, is refused before decoding.
    2. The stated length is checked against MAX_SECONDS before decoding (a 2-hour file is refused in
       milliseconds); a WAV promising more sound than it holds is refused as cut short.
    3. Decode with PyAV through faster-whisper, resampling to 16 kHz mono.
    4. Check what came out: nothing, too long, shorter than stated, or silent.
    """
    try:
        import av
        from faster_whisper.audio import decode_audio
    except ImportError as exc:
        raise SpeechUnavailable(f"speech recognition is not installed ({exc.name} is missing)") from exc

    with path.open("rb") as f:
        head = f.read(64)
    if not head:
        raise AudioError("empty")
    looks_like_audio = _looks_like_audio(head)
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioError("not_audio")
            stated = _stated_seconds(container)
            is_mp3 = container.format.name == "mp3"
            known = stated if stated is not None else _demuxed_seconds(container, MAX_SECONDS)
    except av.error.FFmpegError as exc:
        raise AudioError("corrupt" if looks_like_audio else "not_audio") from exc
    if known > MAX_SECONDS:
        raise AudioError("too_long", seconds=known, limit=MAX_SECONDS)
    if _wav_cut_short(path, head):
        raise AudioError("corrupt")

    try:
        samples = np.asarray(decode_audio(str(path), sampling_rate=SAMPLE_RATE), dtype=np.float32)
    except (av.error.FFmpegError, ValueError) as exc:
        raise AudioError("corrupt") from exc
    seconds = samples.size / SAMPLE_RATE
    if samples.size == 0:
        raise AudioError("empty")
    if seconds > MAX_SECONDS:
        raise AudioError("too_long", seconds=seconds, limit=MAX_SECONDS)
    # An MP3 without a length header has its length guessed from the first frame's bitrate, which
    # can be far off for variable bitrate: only trust stated lengths from other formats.
    if (
        stated is not None
        and not is_mp3
        and seconds < stated * _CUT_SHORT
        and stated - seconds > _CUT_SHORT_MIN_SECONDS
    ):
        raise AudioError("corrupt")
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    if rms < SILENCE_RMS:
        raise AudioError("silence")
    samples.flags.writeable = False
    return LoadedAudio(samples=samples, seconds=seconds, rms=rms)


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} seconds"
    return f"{seconds / 60:.1f}".removesuffix(".0") + " minutes"


def _looks_like_audio(head: bytes) -> bool:
    """Whether the first bytes are those of a sound format: then a failure to open means damage."""
    return (
        (head[:4] == b"RIFF" and head[8:12] == b"WAVE")
        or head[:3] == b"ID3"  # MP3 with tags
        or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)  # MP3 frame sync
        or head[:4] in (b"OggS", b"fLaC", b"\x1a\x45\xdf\xa3")  # Ogg, FLAC, WebM/Matroska
        or head[4:8] == b"ftyp"  # M4A/MP4
    )


def _stated_seconds(container: InputContainer) -> float | None:
    """The length the file's header states, if any (a browser's WebM recording often states none)."""
    import av

    if container.duration:
        return container.duration / av.time_base
    stream = container.streams.audio[0]
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return None


def _demuxed_seconds(container: InputContainer, limit: float) -> float:
    """The length from the packets' timestamps, read without decoding and only until past `limit`."""
    stream = container.streams.audio[0]
    end = 0.0
    for packet in container.demux(stream):
        if packet.pts is not None and packet.time_base is not None:
            end = max(end, float((packet.pts + (packet.duration or 0)) * packet.time_base))
            if end > limit:
                break
    return end


def _wav_cut_short(path: Path, head: bytes) -> bool:
    """Whether a WAV file's data chunk promises more bytes than the file holds.

    FFmpeg quietly plays what is there, so an upload cut off halfway would otherwise be coached as
    an answer that stopped mid-sentence.
    """
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return False
    file_size = path.stat().st_size
    with path.open("rb") as f:
        f.seek(12)
        for _ in range(64):  # a WAV has a handful of chunks; stop on garbage
            chunk = f.read(8)
            if len(chunk) < 8:
                return True  # the file ends before the sound starts
            chunk_id, size = chunk[:4], int.from_bytes(chunk[4:], "little")
            if chunk_id == b"data":
                if size == 0 or size >= _WAV_SIZE_UNKNOWN:
                    return False
                # Writers round and pad sizes by a few bytes; a cut upload loses far more than 1 %.
                return file_size - f.tell() < size * 0.99
            f.seek(size + (size & 1), 1)  # chunks are padded to an even length
    return False
