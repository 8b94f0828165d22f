"""Live recordings: chunks saved to disk as they arrive and transcribed in the background while the
candidate is still speaking, so the transcript is ready moments after they stop.

A live recording is a file in `recordings/live/` and a transcript in memory. When the candidate sends
the recording, it is stored as any upload is (`save_recording`) and `finish` transcribes only what the
live transcript has not yet covered. If anything is off (a restarted server, a redo, a mismatch), the
upload is simply transcribed whole in the background, as before.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from valmis.speech.audio import LoadedAudio
from valmis.speech.live import LiveTranscript, decode_growing
from valmis.speech.transcriber import Transcriber, Transcript

LIVE = "recordings/live"
MAX_LIVE_BYTES = 50 * 1024 * 1024
STALE_SECONDS = 6 * 3600  # a live file nobody sent (the tab was closed) is removed after this


class LiveNotFound(LookupError):
    pass


@dataclass
class _Live:
    path: Path
    lang: str
    transcript: LiveTranscript
    started: float = field(default_factory=time.monotonic)
    size: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)  # one transcription step at a time
    worker: threading.Thread | None = None
    wanted: bool = False  # new audio arrived while a step was running
    failed: bool = False


class LiveRecordings:
    def __init__(self, data_dir: Path, transcriber: Callable[[], Transcriber] | None = None) -> None:
        """`transcriber` makes the process's transcriber (once, on first use)."""
        self.folder = data_dir / LIVE
        self._make_transcriber = transcriber
        self._made: Transcriber | None = None
        self._live: dict[str, _Live] = {}
        self._lock = threading.Lock()

    @property
    def _transcriber(self) -> Transcriber | None:
        if self._made is None and self._make_transcriber is not None:
            self._made = self._make_transcriber()
        return self._made

    def start(self, lang: str) -> str:
        self._forget_stale()
        self.folder.mkdir(parents=True, exist_ok=True)
        token = uuid.uuid4().hex
        live = _Live(self.folder / f"{token}.webm", lang, LiveTranscript(lang))
        live.path.touch()
        with self._lock:
            self._live[token] = live
        return token

    def _get(self, token: str) -> _Live:
        with self._lock:
            live = self._live.get(token)
        if live is None:
            raise LiveNotFound(token)
        return live

    def add_chunk(self, token: str, data: bytes) -> None:
        """Append a chunk to the file (saved before anything else), then transcribe in the background."""
        live = self._get(token)
        if live.size + len(data) > MAX_LIVE_BYTES:
            raise ValueError("the live recording is too large")
        with live.path.open("ab") as out:
            out.write(data)
        live.size += len(data)
        self._kick(live)

    def _kick(self, live: _Live) -> None:
        if self._transcriber is None or live.failed:
            return
        live.wanted = True
        if live.worker is None or not live.worker.is_alive():
            live.worker = threading.Thread(target=self._work, args=(live,), name="valmis-live", daemon=True)
            live.worker.start()

    def _work(self, live: _Live) -> None:
        transcriber = self._transcriber
        assert transcriber is not None
        while live.wanted:
            live.wanted = False
            with live.lock:
                try:
                    samples = decode_growing(live.path)
                    while live.transcript.advance(samples, transcriber):
                        pass
                except Exception:
                    live.failed = True
                    return

    def finish(self, token: str, audio: LoadedAudio) -> Transcript | None:
        """The transcript of the sent recording, using what was transcribed live; None when the live
        transcript cannot be used (then the caller transcribes the upload whole)."""
        try:
            live = self._get(token)
        except LiveNotFound:
            return None
        try:
            transcriber = self._transcriber
            if transcriber is None or live.failed or live.transcript.done > audio.samples.size:
                return None
            if live.worker is not None:
                live.wanted = False
                live.worker.join(timeout=120)
            with live.lock:
                live.transcript.advance(audio.samples, transcriber, final=True)
                return live.transcript.transcript(audio.seconds)
        except Exception:
            return None
        finally:
            self.discard(token)

    def discard(self, token: str) -> None:
        with self._lock:
            live = self._live.pop(token, None)
        if live is not None:
            live.path.unlink(missing_ok=True)

    def _forget_stale(self) -> None:
        now = time.monotonic()
        with self._lock:
            stale = [t for t, live in self._live.items() if now - live.started > STALE_SECONDS]
        for token in stale:
            self.discard(token)
        if self.folder.is_dir():
            for path in self.folder.glob("*.webm"):
                if time.time() - path.stat().st_mtime > STALE_SECONDS:
                    path.unlink(missing_ok=True)
