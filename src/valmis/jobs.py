"""Background work through Huey: SQLite storage in the data folder and a consumer inside `valmis serve`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from huey import SqliteHuey
from huey.consumer import Consumer
from sqlalchemy.orm import Session, sessionmaker

from valmis.practice.recordings import transcribe_recording, unfinished
from valmis.speech.transcriber import Transcriber

POLL_SECONDS = 0.5


class EmbeddedConsumer(Consumer):  # type: ignore[misc]
    """A consumer running in the web server's process: uvicorn owns the signals, the app stops it."""

    def _set_signal_handlers(self) -> None:
        pass


class Jobs:
    """The queue and its tasks, made at run time for one data folder (nothing happens at import)."""

    def __init__(
        self,
        data_dir: Path,
        sessions: sessionmaker[Session],
        transcriber: Callable[[], Transcriber],
        *,
        immediate: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self._sessions = sessions
        self._transcriber = transcriber
        self.huey = SqliteHuey("valmis", filename=str(data_dir / "jobs.db"), immediate=immediate)
        self.transcribe = self.huey.task(retries=1, retry_delay=2, name="transcribe_recording")(
            self._transcribe
        )
        self._consumer: EmbeddedConsumer | None = None

    def _transcribe(self, recording_id: int) -> None:
        with self._sessions() as db:
            transcribe_recording(db, recording_id, self._transcriber(), self.data_dir)

    def start(self) -> None:
        """Start one worker thread, and queue again whatever a killed process left unfinished."""
        if self.huey.immediate:
            return
        # Polling the SQLite queue costs next to nothing: look twice a second at most, not Huey's
        # default of up to every 10 s when idle, so a recording starts transcribing at once.
        self._consumer = EmbeddedConsumer(
            self.huey, workers=1, worker_type="thread", periodic=False, max_delay=POLL_SECONDS
        )
        self._consumer.start()
        with self._sessions() as db:
            for recording_id in unfinished(db):
                self.transcribe(recording_id)

    def stop(self) -> None:
        if self._consumer is not None:
            self._consumer.stop(graceful=True)
            self._consumer = None
