"""Transcribing while the candidate speaks: the recording arrives in chunks, and each stretch of
audio is transcribed as soon as there is enough of it. Only the words that end well before the newest
audio are kept (the last ones may still be under way); the audio after the last kept word waits for
the next step. When the candidate stops, only the last few seconds are left to transcribe."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from valmis.analysis.delivery import Word
from valmis.speech.audio import SAMPLE_RATE, SILENCE_RMS, LoadedAudio
from valmis.speech.transcriber import Transcriber, Transcript

# Transcribe once this much new audio waits: Whisper reads better with more context, and each cut
# costs a little accuracy (measured: 15 s kept real speech within one point of WER of the whole).
STEP_SECONDS = 15.0
# Words ending within this much of the newest audio are not kept yet: the word may go on, and
# Whisper reads a word better with what follows it.
HOLD_SECONDS = 2.0
# A stretch this long with no word to keep (music, a long silence) is passed over anyway.
MAX_PENDING_SECONDS = 28.0
CONTEXT_WORDS = 40
CLAUSE_ENDS = frozenset(".?!,;:")

Samples = npt.NDArray[np.float32]


def decode_growing(path: Path) -> Samples:
    """The audio of a recording still being written (a browser's WebM, chunk by chunk), as 16 kHz
    mono; a chunk cut mid-frame at the end is simply not there yet."""
    from faster_whisper.audio import decode_audio

    return np.asarray(decode_audio(str(path), sampling_rate=SAMPLE_RATE), dtype=np.float32)


@dataclass
class LiveTranscript:
    """The transcript so far of one recording, and how much of its audio that covers."""

    lang: str
    done: int = 0  # samples covered by the kept words
    words: list[Word] = field(default_factory=list)
    steps: int = 0

    def advance(self, samples: Samples, transcriber: Transcriber, *, final: bool = False) -> bool:
        """Transcribe the new audio (all of it when `final`); False when there was not enough yet."""
        end = samples.size
        pending = (end - self.done) / SAMPLE_RATE
        if end <= self.done or (not final and pending < STEP_SECONDS):
            return False
        piece = samples[self.done : end]
        offset = self.done / SAMPLE_RATE
        rms = float(np.sqrt(np.mean(np.square(piece, dtype=np.float64))))
        if rms < SILENCE_RMS:  # silence: Whisper would invent words for it
            if final or pending >= MAX_PENDING_SECONDS:
                self.done = end
            return final
        audio = LoadedAudio(samples=piece, seconds=piece.size / SAMPLE_RATE, rms=rms)
        # The words kept so far, as context: a part that starts mid-sentence is read as its continuation.
        context = join_words(w.text for w in self.words[-CONTEXT_WORDS:])
        found = transcriber.transcribe(audio, self.lang, context=context).words
        self.steps += 1
        if final:
            keep, next_start = list(found), None
        else:
            horizon = audio.seconds - HOLD_SECONDS
            settled = [w for w in found if w.end <= horizon]
            # Stop at the end of a sentence or clause when there is one: the next part starts cleanly.
            ends = [i for i, w in enumerate(settled) if w.text[-1:] in CLAUSE_ENDS]
            keep = settled[: ends[-1] + 1] if ends else settled
            rest = found[len(keep) :]
            next_start = rest[0].start if rest else None
            if not keep:
                if pending >= MAX_PENDING_SECONDS:
                    self.done = end - int(HOLD_SECONDS * SAMPLE_RATE)
                    return True
                return False
        self.words.extend(Word(w.text, w.start + offset, w.end + offset, w.confidence) for w in keep)
        if final:
            self.done = end
        else:
            # Resume between the last kept word and the next one (or just after the kept word).
            last_end = keep[-1].end
            resume = (last_end + next_start) / 2 if next_start is not None else last_end + 0.05
            self.done += int(min(resume, audio.seconds) * SAMPLE_RATE)
        return True

    def transcript(self, seconds: float) -> Transcript:
        return Transcript(join_words(w.text for w in self.words), self.lang, tuple(self.words), seconds)


def join_words(words: Iterable[str]) -> str:
    """Whisper's words as text: a piece that starts with a hyphen or apostrophe ("-disposed", "'s")
    continues the word before it."""
    out = ""
    for word in words:
        if out and not word[:1].isalnum() and word[:1] not in '"(“‘[':
            out += word
        else:
            out += (" " if out else "") + word
    return out
