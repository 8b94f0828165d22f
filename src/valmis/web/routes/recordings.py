"""Spoken answers on the web: upload or record, see the transcript, correct it, get feedback."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response

from valmis.db.models import Profile, Recording
from valmis.i18n import translations
from valmis.practice import attempts as uc
from valmis.practice import recordings as rec
from valmis.practice.explain import recording_error
from valmis.practice.live import LiveNotFound
from valmis.practice.sessions import SessionNotFound, current_question_id, get_session
from valmis.web.deps import DB, CoachDep, CurrentProfile
from valmis.web.render import render, ui_lang

router = APIRouter()


def _recording_or_404(db: DB, profile: Profile, recording_id: int) -> Recording:
    try:
        return rec.get_recording(db, profile, recording_id)
    except rec.RecordingNotFound:
        raise HTTPException(404) from None


@router.post("/recordings")
async def upload(
    request: Request,
    db: DB,
    profile: CurrentProfile,
    coach: CoachDep,
    audio: Annotated[UploadFile, File()],
    question_id: Annotated[str | None, Form()] = None,
    question_text: Annotated[str | None, Form()] = None,
    session_id: Annotated[int | None, Form()] = None,
    live_token: Annotated[str | None, Form()] = None,
) -> Response:
    lang = profile.practice_lang
    session = None
    if session_id is not None:
        try:
            session = get_session(db, profile, session_id)
        except SessionNotFound:
            raise HTTPException(404) from None
        lang = session.lang
        question_id = question_id or current_question_id(session)
    question = coach.bank(lang).get(question_id) if question_id else None
    text = question.text if question else (question_text or "").strip()
    if not text:
        raise HTTPException(400)
    gettext = translations(ui_lang(request)).gettext
    try:
        recording = rec.save_recording(
            db,
            profile,
            request.app.state.settings.data_dir,
            audio.file,
            filename=audio.filename or "",
            content_type=audio.content_type or "",
            question_id=question.id if question else None,
            question_text=text,
            lang=lang,
            session=session,
        )
    except rec.RecordingRejected as exc:
        message = recording_error(exc.code, gettext, **exc.params)
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"error": message}, status_code=400)
        return render(request, "error.html", status_code=400, status=400, detail=message)
    data_dir = request.app.state.settings.data_dir
    done = bool(live_token) and await run_in_threadpool(
        rec.finish_live, db, recording, request.app.state.live, str(live_token), data_dir
    )
    if not done:
        request.app.state.jobs.transcribe(recording.id)
    target = f"/recordings/{recording.id}"
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"id": recording.id, "url": target})
    return RedirectResponse(target, status_code=303)


@router.post("/recordings/live")
def live_start(
    request: Request,
    db: DB,
    profile: CurrentProfile,
    session_id: Annotated[int | None, Form()] = None,
) -> dict[str, str]:
    """Begin a live recording: its chunks are saved and transcribed while the candidate speaks."""
    lang = profile.practice_lang
    if session_id is not None:
        try:
            lang = get_session(db, profile, session_id).lang
        except SessionNotFound:
            raise HTTPException(404) from None
    token = request.app.state.live.start(lang)
    return {"token": token, "chunk_url": f"/recordings/live/{token}"}


@router.post("/recordings/live/{token}", status_code=204)
async def live_chunk(request: Request, token: str) -> Response:
    body = await request.body()
    try:
        await run_in_threadpool(request.app.state.live.add_chunk, token, body)
    except LiveNotFound:
        raise HTTPException(404) from None
    except ValueError:
        raise HTTPException(413) from None
    return Response(status_code=204)


@router.get("/recordings/{recording_id}", response_class=HTMLResponse)
def recording_page(request: Request, db: DB, profile: CurrentProfile, recording_id: int) -> Response:
    recording = _recording_or_404(db, profile, recording_id)
    gettext = translations(ui_lang(request)).gettext
    error = None
    if recording.status == "failed" and recording.error:
        kind, _, detail = recording.error.partition(":")
        error = recording_error(detail if kind == "audio" else kind, gettext)
    words: list[dict[str, Any]] = [
        {"text": w.text, "start": w.start, "end": w.end, "low": w.confidence < 0.5}
        for w in rec.words_of(recording)
    ]
    return render(request, "recording.html", profile=profile, recording=recording, error=error, words=words)


@router.get("/recordings/{recording_id}/status")
def recording_status(db: DB, profile: CurrentProfile, recording_id: int) -> dict[str, Any]:
    recording = _recording_or_404(db, profile, recording_id)
    return {"status": recording.status}


@router.get("/recordings/{recording_id}/audio")
def recording_audio(request: Request, db: DB, profile: CurrentProfile, recording_id: int) -> Response:
    recording = _recording_or_404(db, profile, recording_id)
    path = request.app.state.settings.data_dir / recording.path
    return FileResponse(path, media_type=recording.content_type.split(";")[0] or "application/octet-stream")


@router.post("/recordings/{recording_id}/retry")
def retry_transcription(request: Request, db: DB, profile: CurrentProfile, recording_id: int) -> Response:
    recording = _recording_or_404(db, profile, recording_id)
    recording.status, recording.error = "saved", None
    db.commit()
    request.app.state.jobs.transcribe(recording.id)
    return RedirectResponse(f"/recordings/{recording.id}", status_code=303)


@router.post("/recordings/{recording_id}/answer")
def answer_from_recording(
    request: Request,
    db: DB,
    profile: CurrentProfile,
    coach: CoachDep,
    recording_id: int,
    transcript: Annotated[str, Form()] = "",
) -> Response:
    recording = _recording_or_404(db, profile, recording_id)
    try:
        attempt = rec.submit_spoken(db, coach, profile, recording, transcript)
    except (uc.AnswerRejected, uc.StorageUnavailable):
        return RedirectResponse(f"/recordings/{recording.id}?empty=1", status_code=303)
    return RedirectResponse(f"/attempts/{attempt.id}", status_code=303)
