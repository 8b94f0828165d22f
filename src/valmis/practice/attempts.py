"""Submitting an answer: store it first, then analyse it; a failed analysis can be run again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from valmis.analysis.findings import Feedback
from valmis.analysis.inputs import MAX_QUESTION_CHARS, InputProblem, check_text
from valmis.db.models import Attempt, PracticeSession, Profile
from valmis.practice.coach import Coach, Resolved
from valmis.practice.serialize import feedback_from_dict, feedback_to_dict


class AnswerRejected(ValueError):
    def __init__(self, problem: InputProblem, field: str = "answer") -> None:
        super().__init__(f"{field}: {problem.code}")
        self.problem = problem
        self.field = field


class AttemptNotFound(LookupError):
    pass


class StorageUnavailable(RuntimeError):
    """The answer could not be stored (database locked or read-only); the caller keeps the text."""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def resolve(
    coach: Coach,
    lang: str,
    *,
    question_id: str | None = None,
    question_text: str | None = None,
    as_new: bool = False,
) -> Resolved:
    """The rubric for a bank id or for pasted text; pasted text is checked like an answer. `as_new`:
    pasted text is judged as none of the bank's questions, with its kind's general rubric."""
    if question_id:
        return coach.resolve_id(question_id, lang)
    problem = check_text(question_text, limit=MAX_QUESTION_CHARS)
    if problem:
        raise AnswerRejected(problem, "question")
    assert question_text is not None
    return coach.resolve_text(question_text, lang, as_new=as_new)


def submit_answer(
    db: Session,
    coach: Coach,
    profile: Profile,
    resolved: Resolved,
    answer: str,
    lang: str,
    *,
    session: PracticeSession | None = None,
    previous: Attempt | None = None,
    think_seconds: float | None = None,
    answer_seconds: float | None = None,
) -> Attempt:
    """1. refuse what cannot be an answer; 2. store it; 3. analyse; 4. store the feedback or the error."""
    problem = check_text(answer)
    if problem:
        raise AnswerRejected(problem)
    attempt = Attempt(
        profile_id=profile.id,
        session_id=session.id if session else None,
        question_id=resolved.question_id,
        question_text=resolved.question_text,
        category=resolved.category,
        lang=lang,
        answer_text=answer,
        status="saved",
        rubric=resolved.describe(),
        think_seconds=think_seconds,
        answer_seconds=answer_seconds,
        previous_attempt_id=previous.id if previous else None,
    )
    db.add(attempt)
    try:
        db.commit()
    except OperationalError as exc:
        db.rollback()
        raise StorageUnavailable(str(exc.orig)) from exc
    analyse_attempt(db, coach, attempt, resolved)
    return attempt


def analyse_attempt(db: Session, coach: Coach, attempt: Attempt, resolved: Resolved | None = None) -> Attempt:
    """Run (or re-run) the analysis of a stored attempt. A failure is stored, not raised."""
    try:
        if resolved is None:
            resolved = resolved_for(coach, attempt)
        fb = coach.analyse(attempt.answer_text, resolved, attempt.lang)
    except Exception as exc:  # any analysis bug must leave the stored answer intact and retryable
        attempt.status = "failed"
        attempt.error = f"{type(exc).__name__}: {exc}"
        db.commit()
        return attempt
    attempt.feedback = feedback_to_dict(fb)
    attempt.score = fb.score
    attempt.status = "analysed"
    attempt.error = None
    attempt.analysed_at = _now()
    db.commit()
    return attempt


def resolved_for(coach: Coach, attempt: Attempt) -> Resolved:
    if (attempt.rubric or {}).get("as_new"):
        return coach.resolve_text(attempt.question_text, attempt.lang, as_new=True)
    if attempt.question_id and coach.bank(attempt.lang).get(attempt.question_id):
        resolved = coach.resolve_id(attempt.question_id, attempt.lang)
        if attempt.question_text != resolved.question_text:
            return coach.resolve_text(attempt.question_text, attempt.lang)
        return resolved
    return coach.resolve_text(attempt.question_text, attempt.lang)


def judge_as_new(db: Session, coach: Coach, attempt: Attempt) -> Attempt:
    """The user says a pasted question is none of the bank's questions: judge the same answer again
    with its category's general rubric. Later tries of it keep that choice."""
    resolved = coach.resolve_text(attempt.question_text, attempt.lang, as_new=True)
    attempt.question_id = None
    attempt.category = resolved.category
    attempt.rubric = resolved.describe()
    db.commit()
    return analyse_attempt(db, coach, attempt, resolved)


def get_attempt(db: Session, profile: Profile, attempt_id: int) -> Attempt:
    attempt = db.get(Attempt, attempt_id)
    if attempt is None or attempt.profile_id != profile.id:
        raise AttemptNotFound(attempt_id)
    return attempt


def feedback_of(attempt: Attempt) -> Feedback | None:
    return feedback_from_dict(attempt.feedback) if attempt.feedback else None


@dataclass(frozen=True)
class Comparison:
    """This try against the one before it on the same question."""

    previous: Attempt
    score_change: int
    newly_covered: tuple[str, ...]
    newly_missed: tuple[str, ...]
    part_changes: tuple[tuple[str, int, int], ...]  # name, before, now


def earlier_try(db: Session, attempt: Attempt) -> Attempt | None:
    """The try this one retried, or else the latest earlier analysed try on the same question."""
    if attempt.previous_attempt_id:
        prev = db.get(Attempt, attempt.previous_attempt_id)
        if prev is not None:
            return prev
    query = select(Attempt).where(
        Attempt.profile_id == attempt.profile_id,
        Attempt.id < attempt.id,
        Attempt.status == "analysed",
        Attempt.lang == attempt.lang,
    )
    if attempt.question_id:
        query = query.where(
            Attempt.question_id == attempt.question_id, Attempt.question_text == attempt.question_text
        )
    else:
        query = query.where(Attempt.question_text == attempt.question_text)
    return db.scalars(query.order_by(Attempt.id.desc()).limit(1)).first()


def compare(db: Session, attempt: Attempt) -> Comparison | None:
    prev = earlier_try(db, attempt)
    now_fb, prev_fb = feedback_of(attempt), feedback_of(prev) if prev else None
    if prev is None or now_fb is None or prev_fb is None:
        return None
    before = {k.id for k in prev_fb.covered}
    after = {k.id for k in now_fb.covered}
    points = {k.id: k.point for k in now_fb.key_points}
    prev_parts = {p.name: p.points for p in prev_fb.parts}
    return Comparison(
        previous=prev,
        score_change=now_fb.score - prev_fb.score,
        newly_covered=tuple(points[i] for i in points if i in after - before),
        newly_missed=tuple(points[i] for i in points if i in before - after),
        part_changes=tuple((p.name, prev_parts.get(p.name, 0), p.points) for p in now_fb.parts),
    )
