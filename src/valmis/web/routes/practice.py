"""Practice pages: pick a set, answer, see feedback, retry, paste your own question."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from valmis.analysis.language import language_of
from valmis.db.models import Attempt, JobPosting, PracticeSession, Profile
from valmis.i18n import translations
from valmis.practice import attempts as uc
from valmis.practice.coach import Coach, UnknownQuestion
from valmis.practice.explain import STORAGE_ERROR, input_error
from valmis.practice.sessions import (
    OFFHAND_THINK_SECONDS,
    EmptySelection,
    SessionNotFound,
    advance,
    current_question_id,
    get_session,
    start_session,
)
from valmis.web.deps import DB, CoachDep, CurrentProfile
from valmis.web.render import render, ui_lang

router = APIRouter()
Seconds = Annotated[float | None, Form()]


def _session_or_404(db: DB, profile: Profile, session_id: int) -> PracticeSession:
    try:
        return get_session(db, profile, session_id)
    except SessionNotFound:
        raise HTTPException(404) from None


def _attempt_or_404(db: DB, profile: Profile, attempt_id: int) -> Attempt:
    try:
        return uc.get_attempt(db, profile, attempt_id)
    except uc.AttemptNotFound:
        raise HTTPException(404) from None


def _error_text(request: Request, exc: uc.AnswerRejected | uc.StorageUnavailable, text: str | None) -> str:
    gettext = translations(ui_lang(request)).gettext
    if isinstance(exc, uc.StorageUnavailable):
        return gettext(STORAGE_ERROR)
    return input_error(exc.field, exc.problem.code, gettext, length=len(text or ""), limit=exc.problem.limit)


def _status(exc: Exception) -> int:
    return 503 if isinstance(exc, uc.StorageUnavailable) else 400


def _seconds(value: float | None) -> float | None:
    return value if value is not None and 0 <= value < 24 * 3600 else None


@router.get("/practice", response_class=HTMLResponse)
def choose(request: Request, profile: CurrentProfile, coach: CoachDep) -> Response:
    bank = coach.bank(profile.practice_lang)
    counts = {c: len(bank.select(category=c)) for c in bank.categories()}
    return render(
        request, "practice.html", profile=profile, counts=counts, think_seconds=OFFHAND_THINK_SECONDS
    )


@router.post("/practice/start")
def start(
    db: DB,
    profile: CurrentProfile,
    coach: CoachDep,
    mode: Annotated[str, Form()],
    category: Annotated[str | None, Form()] = None,
    question_id: Annotated[str | None, Form()] = None,
) -> Response:
    try:
        session = start_session(
            db, profile, coach.bank(profile.practice_lang), mode, category=category, question_id=question_id
        )
    except EmptySelection:
        raise HTTPException(404) from None
    return RedirectResponse(f"/sessions/{session.id}", status_code=303)


def _answer_page(
    request: Request,
    coach: Coach,
    profile: Profile,
    *,
    session: PracticeSession | None,
    question_id: str | None,
    question_text: str | None,
    lang: str,
    action: str,
    answer: str = "",
    error: str | None = None,
    previous: Attempt | None = None,
    status_code: int = 200,
) -> Response:
    question = coach.bank(lang).get(question_id) if question_id else None
    return render(
        request,
        "answer.html",
        status_code=status_code,
        profile=profile,
        session=session,
        question=question,
        question_text=question.text if question else question_text,
        qlang=lang,
        action=action,
        answer=answer,
        error=error,
        previous=previous,
        offhand=bool(session and session.mode == "offhand" and previous is None),
        think_seconds=OFFHAND_THINK_SECONDS,
    )


def _session_form(session: PracticeSession, qid: str) -> dict[str, Any]:
    """What the answer page needs for the current question of a session."""
    return {
        "session": session,
        "question_id": qid,
        "question_text": None,
        "lang": session.lang,
        "action": f"/sessions/{session.id}/answer",
    }


def _retry_form(previous: Attempt) -> dict[str, Any]:
    """What the answer page needs to try an earlier attempt's question again."""
    return {
        "session": previous.session,
        "question_id": previous.question_id,
        "question_text": previous.question_text,
        "lang": previous.lang,
        "action": f"/attempts/{previous.id}/retry",
        "previous": previous,
    }


@router.get("/sessions/{session_id}", response_class=HTMLResponse)
def session_page(
    request: Request, db: DB, profile: CurrentProfile, coach: CoachDep, session_id: int
) -> Response:
    session = _session_or_404(db, profile, session_id)
    qid = current_question_id(session)
    if qid is None:
        scores = [a.score for a in session.attempts if a.score is not None]
        return render(
            request,
            "session_done.html",
            profile=profile,
            session=session,
            attempts=sorted(session.attempts, key=lambda a: a.id),
            scores=scores,
        )
    answer = ""
    pitch_of = request.query_params.get("pitch", "")
    if pitch_of.isdigit() and session.position == 0:
        # Practising the self-introduction built for a job: the pitch is in the box, ready to edit or say.
        posting = db.get(JobPosting, int(pitch_of))
        if posting is not None and posting.profile_id == profile.id and posting.pitch:
            answer = posting.pitch
    return _answer_page(request, coach, profile, **_session_form(session, qid), answer=answer)


@router.post("/sessions/{session_id}/answer")
def session_answer(
    request: Request,
    db: DB,
    profile: CurrentProfile,
    coach: CoachDep,
    session_id: int,
    answer: Annotated[str, Form()] = "",
    think_seconds: Seconds = None,
    answer_seconds: Seconds = None,
) -> Response:
    session = _session_or_404(db, profile, session_id)
    qid = current_question_id(session)
    if qid is None:
        return RedirectResponse(f"/sessions/{session.id}", status_code=303)
    resolved = coach.resolve_id(qid, session.lang)
    try:
        attempt = uc.submit_answer(
            db,
            coach,
            profile,
            resolved,
            answer,
            session.lang,
            session=session,
            think_seconds=_seconds(think_seconds),
            answer_seconds=_seconds(answer_seconds),
        )
    except (uc.AnswerRejected, uc.StorageUnavailable) as exc:
        return _answer_page(
            request,
            coach,
            profile,
            **_session_form(session, qid),
            answer=answer,
            error=_error_text(request, exc, answer),
            status_code=_status(exc),
        )
    return RedirectResponse(f"/attempts/{attempt.id}", status_code=303)


@router.post("/sessions/{session_id}/next")
def session_next(db: DB, profile: CurrentProfile, session_id: int) -> Response:
    session = _session_or_404(db, profile, session_id)
    advance(db, session)
    return RedirectResponse(f"/sessions/{session.id}", status_code=303)


@router.get("/attempts/{attempt_id}", response_class=HTMLResponse)
def attempt_page(
    request: Request, db: DB, profile: CurrentProfile, coach: CoachDep, attempt_id: int
) -> Response:
    attempt = _attempt_or_404(db, profile, attempt_id)
    context: dict[str, Any] = {
        "profile": profile,
        "attempt": attempt,
        "feedback": uc.feedback_of(attempt),
        "comparison": uc.compare(db, attempt),
        "example": None,
        "question": None,
        "rubric_name": None,
    }
    try:
        resolved = uc.resolved_for(coach, attempt)
        context.update(
            example=resolved.example_answer(),
            question=resolved.question,
            rubric_name=resolved.category_rubric.name if resolved.category_rubric else None,
        )
    except Exception:  # the feedback page still shows the stored answer and score
        pass
    session = attempt.session
    context["session"] = session
    context["is_current"] = bool(session and current_question_id(session) == attempt.question_id)
    return render(request, "feedback.html", **context)


@router.post("/attempts/{attempt_id}/analyse")
def reanalyse(db: DB, profile: CurrentProfile, coach: CoachDep, attempt_id: int) -> Response:
    attempt = _attempt_or_404(db, profile, attempt_id)
    uc.analyse_attempt(db, coach, attempt)
    return RedirectResponse(f"/attempts/{attempt.id}", status_code=303)


@router.post("/attempts/{attempt_id}/as-new")
def judge_as_new(db: DB, profile: CurrentProfile, coach: CoachDep, attempt_id: int) -> Response:
    attempt = _attempt_or_404(db, profile, attempt_id)
    if attempt.rubric and attempt.rubric.get("matched_from_text"):
        uc.judge_as_new(db, coach, attempt)
    return RedirectResponse(f"/attempts/{attempt.id}", status_code=303)


@router.get("/attempts/{attempt_id}/retry", response_class=HTMLResponse)
def retry_page(
    request: Request, db: DB, profile: CurrentProfile, coach: CoachDep, attempt_id: int
) -> Response:
    previous = _attempt_or_404(db, profile, attempt_id)
    return _answer_page(request, coach, profile, **_retry_form(previous), answer=previous.answer_text)


@router.post("/attempts/{attempt_id}/retry")
def retry(
    request: Request,
    db: DB,
    profile: CurrentProfile,
    coach: CoachDep,
    attempt_id: int,
    answer: Annotated[str, Form()] = "",
    answer_seconds: Seconds = None,
) -> Response:
    previous = _attempt_or_404(db, profile, attempt_id)
    resolved = uc.resolved_for(coach, previous)
    try:
        attempt = uc.submit_answer(
            db,
            coach,
            profile,
            resolved,
            answer,
            previous.lang,
            session=previous.session,
            previous=previous,
            answer_seconds=_seconds(answer_seconds),
        )
    except (uc.AnswerRejected, uc.StorageUnavailable) as exc:
        return _answer_page(
            request,
            coach,
            profile,
            **_retry_form(previous),
            answer=answer,
            error=_error_text(request, exc, answer),
            status_code=_status(exc),
        )
    return RedirectResponse(f"/attempts/{attempt.id}", status_code=303)


@router.get("/ask", response_class=HTMLResponse)
def ask_page(request: Request, profile: CurrentProfile) -> Response:
    return render(request, "ask.html", profile=profile, question="", answer="", error=None)


@router.post("/ask")
def ask(
    request: Request,
    db: DB,
    profile: CurrentProfile,
    coach: CoachDep,
    question: Annotated[str, Form()] = "",
    answer: Annotated[str, Form()] = "",
) -> Response:
    # A question pasted in the other language is a question in that language.
    lang = language_of(question, profile.practice_lang)
    try:
        resolved = uc.resolve(coach, lang, question_text=question)
        attempt = uc.submit_answer(db, coach, profile, resolved, answer, lang)
    except (uc.AnswerRejected, uc.StorageUnavailable) as exc:
        text = question if isinstance(exc, uc.AnswerRejected) and exc.field == "question" else answer
        return render(
            request,
            "ask.html",
            status_code=_status(exc),
            profile=profile,
            question=question,
            answer=answer,
            error=_error_text(request, exc, text),
        )
    except UnknownQuestion:
        raise HTTPException(404) from None
    return RedirectResponse(f"/attempts/{attempt.id}", status_code=303)
