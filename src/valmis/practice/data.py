"""The user's own data: export all of it as JSON, or delete all of it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from valmis.db.models import Attempt, JobPosting, PracticeSession, Profile, Recording, Resume

EXPORT_VERSION = 1


def _iso(value: datetime | None) -> str | None:
    return value.replace(tzinfo=UTC).isoformat() if value else None


def export_all(db: Session) -> dict[str, Any]:
    """Everything Valmis stores about its user, in one JSON-ready object."""
    profiles = list(db.scalars(select(Profile).order_by(Profile.id)))
    sessions = list(db.scalars(select(PracticeSession).order_by(PracticeSession.id)))
    attempts = list(db.scalars(select(Attempt).order_by(Attempt.id)))
    recordings = list(db.scalars(select(Recording).order_by(Recording.id)))
    resumes = list(db.scalars(select(Resume).order_by(Resume.id)))
    jobs = list(db.scalars(select(JobPosting).order_by(JobPosting.id)))
    return {
        "valmis_export": EXPORT_VERSION,
        "exported_at": _iso(datetime.now(UTC).replace(tzinfo=None)),
        "profiles": [
            {
                "id": p.id,
                "ui_lang": p.ui_lang,
                "practice_lang": p.practice_lang,
                "process": p.process,
                "market": p.market,
                "level": p.level,
                "created_at": _iso(p.created_at),
            }
            for p in profiles
        ],
        "sessions": [
            {
                "id": s.id,
                "mode": s.mode,
                "lang": s.lang,
                "category": s.category,
                "question_ids": s.question_ids,
                "position": s.position,
                "created_at": _iso(s.created_at),
                "finished_at": _iso(s.finished_at),
            }
            for s in sessions
        ],
        "attempts": [
            {
                "id": a.id,
                "session_id": a.session_id,
                "question_id": a.question_id,
                "question_text": a.question_text,
                "category": a.category,
                "lang": a.lang,
                "answer_text": a.answer_text,
                "status": a.status,
                "score": a.score,
                "feedback": a.feedback,
                "rubric": a.rubric,
                "think_seconds": a.think_seconds,
                "answer_seconds": a.answer_seconds,
                "previous_attempt_id": a.previous_attempt_id,
                "created_at": _iso(a.created_at),
            }
            for a in attempts
        ],
        "recordings": [
            {
                "id": r.id,
                "question_text": r.question_text,
                "lang": r.lang,
                "file": r.path,
                "status": r.status,
                "transcript": r.transcript,
                "created_at": _iso(r.created_at),
            }
            for r in recordings
        ],
        "resumes": [
            {
                "id": r.id,
                "filename": r.filename,
                "file": r.path,
                "kind": r.kind,
                "lang": r.lang,
                "track": r.track,
                "text": r.text,
                "score": r.score,
                "check": r.check,
                "created_at": _iso(r.created_at),
            }
            for r in resumes
        ],
        "job_postings": [
            {
                "id": j.id,
                "title": j.title,
                "company": j.company,
                "lang": j.lang,
                "text": j.text,
                "requirements": j.requirements,
                "research": j.research,
                "pitch": j.pitch,
                "created_at": _iso(j.created_at),
            }
            for j in jobs
        ],
    }


def delete_all(db: Session, data_dir: Path | None = None) -> int:
    """Delete every attempt, recording and résumé (with their files), job posting, session and profile;
    returns how many answers."""
    count = len(list(db.scalars(select(Attempt.id))))
    if data_dir is not None:
        for path in db.scalars(select(Recording.path)):
            (data_dir / path).unlink(missing_ok=True)
        for stored in db.scalars(select(Resume.path)):
            if stored:
                (data_dir / stored).unlink(missing_ok=True)
    db.execute(delete(Attempt))
    db.execute(delete(Resume))
    db.execute(delete(JobPosting))
    db.execute(delete(Recording))
    db.execute(delete(PracticeSession))
    db.execute(delete(Profile))
    db.commit()
    return count
