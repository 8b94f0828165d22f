"""The tables: the user's profile, practice sessions and every attempt with its stored feedback."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Profile(Base):
    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    ui_lang: Mapped[str] = mapped_column(String(5), default="en")
    practice_lang: Mapped[str] = mapped_column(String(5), default="en")
    process: Mapped[str] = mapped_column(String(20), default="voice")
    market: Mapped[str] = mapped_column(String(20), default="international")
    level: Mapped[str] = mapped_column(String(20), default="fresher")
    onboarded: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class PracticeSession(Base):
    __tablename__ = "practice_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    mode: Mapped[str] = mapped_column(String(20))  # category | track | mixed | offhand | single
    lang: Mapped[str] = mapped_column(String(5))
    category: Mapped[str | None] = mapped_column(String(40), nullable=True)
    question_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    attempts: Mapped[list[Attempt]] = relationship(back_populates="session")


class Attempt(Base):
    __tablename__ = "attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("practice_sessions.id", ondelete="SET NULL"), nullable=True, index=True
    )
    question_id: Mapped[str | None] = mapped_column(String(80), nullable=True, index=True)
    question_text: Mapped[str] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)
    lang: Mapped[str] = mapped_column(String(5))
    answer_text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="saved")  # saved | analysed | failed
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    feedback: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    rubric: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    think_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    answer_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    previous_attempt_id: Mapped[int | None] = mapped_column(
        ForeignKey("attempts.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    analysed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    recording_id: Mapped[int | None] = mapped_column(
        ForeignKey("recordings.id", ondelete="SET NULL"), nullable=True
    )
    delivery: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

    session: Mapped[PracticeSession | None] = relationship(back_populates="attempts")


class Recording(Base):
    """A spoken answer: the file is saved before anything else, then transcribed in the background."""

    __tablename__ = "recordings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("practice_sessions.id", ondelete="SET NULL"), nullable=True
    )
    question_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    question_text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(5))
    path: Mapped[str] = mapped_column(Text)  # relative to the data folder
    content_type: Mapped[str] = mapped_column(String(100), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(
        String(20), default="saved"
    )  # saved | transcribing | transcribed | failed
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    transcript: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    transcribed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Resume(Base):
    """An uploaded résumé: the file as sent, its text, and the last check of it."""

    __tablename__ = "resumes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255), default="")
    kind: Mapped[str] = mapped_column(String(10))  # pdf | docx | txt | text
    size: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str | None] = mapped_column(Text, nullable=True)  # the original, relative to the data folder
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(5))
    track: Mapped[str] = mapped_column(String(20))
    document: Mapped[dict[str, Any]] = mapped_column(JSON)  # lines with layout, as read
    status: Mapped[str] = mapped_column(String(20), default="saved")  # saved | checked | failed
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    check: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class JobPosting(Base):
    """A job the user wants: the posting's text and what it asks for, as corrected by the user."""

    __tablename__ = "job_postings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(5))
    requirements: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    corrected: Mapped[bool] = mapped_column(default=False)
    research: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # checklist item -> the user's notes
    pitch: Mapped[str | None] = mapped_column(Text, nullable=True)  # the self-introduction for this job
    pitch_lang: Mapped[str | None] = mapped_column(String(5), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
