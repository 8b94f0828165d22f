"""Recorded answers: save the file first, transcribe it (in the background), then judge the
transcript the user has checked, with delivery coaching from the word timings."""

from __future__ import annotations

import os
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from valmis.analysis.delivery import Word, analyse_delivery
from valmis.db.models import Attempt, PracticeSession, Profile, Recording
from valmis.practice import attempts as uc
from valmis.practice.coach import Coach
from valmis.practice.live import LiveRecordings
from valmis.practice.speaking import target_seconds
from valmis.speech import SpeechUnavailable
from valmis.speech.audio import AUDIO_EXTENSIONS, AudioError, load_audio
from valmis.speech.transcriber import Transcriber, Transcript

MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # 20 minutes of compressed speech fits well inside this
RECORDINGS = "recordings"


class RecordingRejected(ValueError):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class RecordingNotFound(LookupError):
    pass


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _extension(filename: str, content_type: str) -> str:
    ext = Path(filename or "").suffix.lower().lstrip(".")
    if ext in AUDIO_EXTENSIONS:
        return ext
    for candidate in AUDIO_EXTENSIONS:  # browsers send "audio/webm;codecs=opus" and a blob name
        if candidate in (content_type or ""):
            return candidate
    return ""


def save_recording(
    db: Session,
    profile: Profile,
    data_dir: Path,
    stream: BinaryIO,
    *,
    filename: str,
    content_type: str,
    question_id: str | None,
    question_text: str,
    lang: str,
    session: PracticeSession | None = None,
) -> Recording:
    """Write the upload to disk (temporary name, then rename) and record it, before anything else."""
    ext = _extension(filename, content_type)
    if not ext:
        raise RecordingRejected("type", allowed=", ".join(AUDIO_EXTENSIONS))
    folder = data_dir / RECORDINGS
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{uuid.uuid4().hex}.{ext}"
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := stream.read(1024 * 1024):
                size += len(chunk)
                if size > MAX_UPLOAD_BYTES:
                    raise RecordingRejected("too_big", limit=MAX_UPLOAD_BYTES // (1024 * 1024))
                out.write(chunk)
        if size == 0:
            raise RecordingRejected("empty")
        os.replace(tmp, folder / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    recording = Recording(
        profile_id=profile.id,
        session_id=session.id if session else None,
        question_id=question_id,
        question_text=question_text,
        lang=lang,
        path=f"{RECORDINGS}/{name}",
        content_type=content_type[:100],
        size=size,
    )
    db.add(recording)
    db.commit()
    return recording


def get_recording(db: Session, profile: Profile, recording_id: int) -> Recording:
    recording = db.get(Recording, recording_id)
    if recording is None or recording.profile_id != profile.id:
        raise RecordingNotFound(recording_id)
    return recording


def transcribe_recording(
    db: Session, recording_id: int, transcriber: Transcriber, data_dir: Path
) -> Recording:
    """Transcribe a saved recording; a problem is stored on it (and can be retried), never raised."""
    recording = db.get(Recording, recording_id)
    if recording is None:
        raise RecordingNotFound(recording_id)
    recording.status, recording.error = "transcribing", None
    db.commit()
    try:
        transcript = transcriber.transcribe(load_audio(data_dir / recording.path), recording.lang)
    except AudioError as exc:
        recording.status, recording.error = "failed", f"audio:{exc.code}"
    except SpeechUnavailable as exc:
        recording.status, recording.error = "failed", f"unavailable:{exc}"
    except Exception as exc:  # a crash in the recogniser must leave the recording retryable
        recording.status, recording.error = "failed", f"error:{type(exc).__name__}: {exc}"
    else:
        _store(recording, transcript)
    db.commit()
    return recording


def _store(recording: Recording, transcript: Transcript) -> None:
    recording.transcript = {
        "text": transcript.text,
        "language": transcript.language,
        "seconds": transcript.seconds,
        "words": [[w.text, w.start, w.end, w.confidence] for w in transcript.words],
    }
    recording.status, recording.transcribed_at, recording.error = "transcribed", _now(), None


def finish_live(db: Session, recording: Recording, live: LiveRecordings, token: str, data_dir: Path) -> bool:
    """Complete the transcript made while the candidate spoke; False when the recording must be
    transcribed whole instead (in the background, which also reports any problem with the audio)."""
    try:
        audio = load_audio(data_dir / recording.path)
    except (AudioError, SpeechUnavailable):
        live.discard(token)
        return False
    transcript = live.finish(token, audio)
    if transcript is None:
        return False
    _store(recording, transcript)
    db.commit()
    return True


def words_of(recording: Recording) -> tuple[Word, ...]:
    data = recording.transcript or {}
    return tuple(Word(str(t), float(s), float(e), float(c)) for t, s, e, c in data.get("words", []))


def unfinished(db: Session) -> list[int]:
    """Recordings a killed process left untranscribed: to queue again at start."""
    rows = db.scalars(select(Recording.id).where(Recording.status.in_(("saved", "transcribing"))))
    return list(rows)


def submit_spoken(db: Session, coach: Coach, profile: Profile, recording: Recording, text: str) -> Attempt:
    """Judge the transcript as the user corrected it; delivery comes from the recognised timings."""
    if recording.question_id and coach.bank(recording.lang).get(recording.question_id):
        resolved = coach.resolve_id(recording.question_id, recording.lang)
    else:
        resolved = coach.resolve_text(recording.question_text, recording.lang)
    session = db.get(PracticeSession, recording.session_id) if recording.session_id else None
    attempt = uc.submit_answer(db, coach, profile, resolved, text, recording.lang, session=session)
    delivery = analyse_delivery(words_of(recording), recording.lang, target_seconds=target_seconds(resolved))
    attempt.recording_id = recording.id
    attempt.answer_seconds = delivery.speaking_seconds
    attempt.delivery = {
        "wpm": delivery.wpm,
        "pace": delivery.pace,
        "speaking_seconds": delivery.speaking_seconds,
        "fillers": [[f.word, f.start, f.end] for f in delivery.fillers],
        "long_pauses": [[p.start, p.end] for p in delivery.long_pauses],
        "suspected_dropped_fillers": len(delivery.suspected_dropped_fillers),
        "findings": [
            {"code": f.code, "params": dict(f.params), "start": f.start, "end": f.end}
            for f in delivery.findings
        ],
    }
    db.commit()
    return attempt
