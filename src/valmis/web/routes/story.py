"""Your story for this job: upload a résumé, add a posting, see the match, build the pitch, prepare
questions and research — each page a thin layer over `valmis.story`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from valmis.analysis.document import Document
from valmis.db.models import JobPosting, Profile, Resume
from valmis.documents import MAX_BYTES
from valmis.i18n import translations
from valmis.practice.sessions import EmptySelection, start_session
from valmis.story import postings as sp
from valmis.story import resumes as sr
from valmis.story.explain import error_text
from valmis.story.meaning import meaning_for
from valmis.story.practice_set import job_questions
from valmis.story.serialize import match_json
from valmis.web.deps import DB, CoachDep, CurrentProfile
from valmis.web.render import render, ui_lang

router = APIRouter()
OptionalFile = Annotated[UploadFile | None, Form()]


def _gettext(request: Request) -> Any:
    return translations(ui_lang(request)).gettext


async def _upload(file: UploadFile | None) -> tuple[bytes, str] | None:
    if file is None or not file.filename:
        return None
    data = await file.read(MAX_BYTES + 1)
    return data, file.filename


def _submitted(upload: tuple[bytes, str] | None, text: str) -> tuple[bytes | None, Document]:
    """The uploaded file (with its bytes, to keep) or else the pasted text; `Rejected` for neither."""
    if upload is not None:
        return upload[0], sr.read_upload(*upload)
    if text.strip():
        return None, sr.read_pasted(text)
    raise sr.Rejected("no_file")


def _resume_or_404(db: DB, profile: Profile, resume_id: int) -> Resume:
    try:
        return sr.get_resume(db, profile, resume_id)
    except sr.ResumeNotFound:
        raise HTTPException(404) from None


def _posting_or_404(db: DB, profile: Profile, posting_id: int) -> JobPosting:
    try:
        return sp.get_posting(db, profile, posting_id)
    except sp.PostingNotFound:
        raise HTTPException(404) from None


def _hub(request: Request, db: DB, profile: Profile, status_code: int = 200, **errors: Any) -> Response:
    return render(
        request,
        "job.html",
        status_code=status_code,
        profile=profile,
        resume=sr.latest_resume(db, profile),
        postings=sp.postings(db, profile),
        limit_mb=MAX_BYTES // (1024 * 1024),
        **errors,
    )


@router.get("/job", response_class=HTMLResponse)
def hub(request: Request, db: DB, profile: CurrentProfile) -> Response:
    return _hub(request, db, profile)


@router.post("/job/resume")
async def upload_resume(
    request: Request,
    db: DB,
    profile: CurrentProfile,
    file: OptionalFile = None,
    text: Annotated[str, Form()] = "",
    track: Annotated[str, Form()] = "",
) -> Response:
    try:
        data, doc = _submitted(await _upload(file), text)
        lang = sr.document_language(doc)
    except sr.Rejected as exc:
        message = error_text(exc.code, exc.params, _gettext(request))
        return _hub(request, db, profile, status_code=400, resume_error=message, resume_text=text)
    row = sr.save_resume(
        db, profile, request.app.state.settings.data_dir, doc, data=data, lang=lang,
        track=track if track in ("voice", "nonvoice", "kpo") else sr.track_for(profile.process),
    )  # fmt: skip
    try:
        sr.run_check(db, row)
    except Exception:
        pass
    return RedirectResponse(f"/job/resume/{row.id}", status_code=303)


@router.get("/job/resume/{resume_id}", response_class=HTMLResponse)
def resume_page(request: Request, db: DB, profile: CurrentProfile, resume_id: int) -> Response:
    row = _resume_or_404(db, profile, resume_id)
    parts = (row.check or {}).get("parts", [])
    fix_first = sorted((p for p in parts if p.get("tip")), key=lambda p: p["points"] - p["max"])
    return render(
        request,
        "resume_check.html",
        profile=profile,
        resume=row,
        check=row.check,
        postings=sp.postings(db, profile),
        fix_first=fix_first,
    )


@router.post("/job/resume/{resume_id}/check")
def recheck(db: DB, profile: CurrentProfile, resume_id: int, track: Annotated[str, Form()] = "") -> Response:
    row = _resume_or_404(db, profile, resume_id)
    try:
        sr.run_check(db, row, track if track in ("voice", "nonvoice", "kpo") else None)
    except Exception:
        pass
    return RedirectResponse(f"/job/resume/{row.id}", status_code=303)


@router.post("/job/resume/{resume_id}/delete")
def delete_resume(request: Request, db: DB, profile: CurrentProfile, resume_id: int) -> Response:
    row = _resume_or_404(db, profile, resume_id)
    sr.delete_resume(db, row, request.app.state.settings.data_dir)
    return RedirectResponse("/job", status_code=303)


@router.post("/job/postings")
async def add_posting(
    request: Request,
    db: DB,
    profile: CurrentProfile,
    file: OptionalFile = None,
    text: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    company: Annotated[str, Form()] = "",
) -> Response:
    try:
        _, doc = _submitted(await _upload(file), text)
        lang = sp.posting_language(doc)
    except sr.Rejected as exc:
        message = error_text(exc.code, exc.params, _gettext(request))
        return _hub(
            request, db, profile, status_code=400, posting_error=message,
            posting_text=text, posting_title=title, posting_company=company,
        )  # fmt: skip
    row = sp.save_posting(db, profile, doc, lang, title=title, company=company)
    sp.read_into(db, row, doc)
    return RedirectResponse(f"/job/postings/{row.id}", status_code=303)


@router.get("/job/postings/{posting_id}", response_class=HTMLResponse)
def posting_page(
    request: Request, db: DB, profile: CurrentProfile, coach: CoachDep, posting_id: int
) -> Response:
    row = _posting_or_404(db, profile, posting_id)
    resume = sr.latest_resume(db, profile)
    result = None
    if resume is not None:
        result = match_json(sp.match_rows(resume, row, meaning_for(coach)))
    return render(request, "posting.html", profile=profile, posting=row, resume=resume, match=result)


@router.post("/job/postings/{posting_id}/checklist")
async def correct_checklist(request: Request, db: DB, profile: CurrentProfile, posting_id: int) -> Response:
    row = _posting_or_404(db, profile, posting_id)
    form = await request.form()
    keep = {str(v) for v in form.getlist("keep")}
    must = {str(v) for v in form.getlist("must")}
    added = [(str(form.get("add_kind", "")), str(form.get("add_text", "")))]
    sp.correct(
        db, row, keep=keep, must=must, added=added,
        title=str(form.get("title", row.title)), company=str(form.get("company", row.company)),
    )  # fmt: skip
    return RedirectResponse(f"/job/postings/{row.id}#match", status_code=303)


@router.post("/job/postings/{posting_id}/practice")
def practise_for_job(db: DB, profile: CurrentProfile, coach: CoachDep, posting_id: int) -> Response:
    row = _posting_or_404(db, profile, posting_id)
    # The interview is usually in the posting's language: practise in it.
    bank = coach.bank(row.lang if row.lang in ("en", "fi") else profile.practice_lang)
    ids = job_questions(bank, sp.posting_of(row), profile.process)
    try:
        session = start_session(db, profile, bank, "job", question_ids=ids)
    except EmptySelection:
        raise HTTPException(404) from None
    return RedirectResponse(f"/sessions/{session.id}", status_code=303)


@router.post("/job/postings/{posting_id}/delete")
def delete_posting(db: DB, profile: CurrentProfile, posting_id: int) -> Response:
    row = _posting_or_404(db, profile, posting_id)
    db.delete(row)
    db.commit()
    return RedirectResponse("/job", status_code=303)


def _resume_of(db: DB, profile: Profile) -> Any:
    from valmis.analysis.resume import read_resume
    from valmis.story.documents import document_from_json

    row = sr.latest_resume(db, profile)
    return read_resume(document_from_json(row.document), row.lang) if row is not None else None


@router.get("/job/postings/{posting_id}/pitch", response_class=HTMLResponse)
def pitch_page(
    request: Request, db: DB, profile: CurrentProfile, posting_id: int, lang: str | None = None
) -> Response:
    from valmis.content.story import load_story
    from valmis.story.pitch import PROCESS_OF_TRACK, build_pitch, measure

    row = _posting_or_404(db, profile, posting_id)
    pitch_lang = lang if lang in ("en", "fi") else (row.pitch_lang or profile.practice_lang)
    fresh = lang is not None and lang != row.pitch_lang
    if row.pitch and not fresh:
        draft = measure(row.pitch, pitch_lang)
        drafted = False
    else:
        posting = sp.posting_of(row)
        process = next(iter(posting.processes), PROCESS_OF_TRACK.get(profile.process, "voice"))
        story = load_story(pitch_lang, request.app.state.settings.content_dir)
        draft = build_pitch(
            story.pitch, pitch_lang, _resume_of(db, profile), process=process, company=row.company
        )
        drafted = True
    return render(
        request, "pitch.html", profile=profile, posting=row, draft=draft, pitch_lang=pitch_lang,
        drafted=drafted, has_resume=sr.latest_resume(db, profile) is not None,
    )  # fmt: skip


@router.post("/job/postings/{posting_id}/pitch")
def save_pitch(
    db: DB,
    profile: CurrentProfile,
    coach: CoachDep,
    posting_id: int,
    text: Annotated[str, Form()] = "",
    lang: Annotated[str, Form()] = "en",
    action: Annotated[str, Form()] = "save",
) -> Response:
    from valmis.story.practice_set import SELF_INTRODUCTION

    row = _posting_or_404(db, profile, posting_id)
    lang = lang if lang in ("en", "fi") else "en"
    row.pitch, row.pitch_lang = text.strip()[:10_000] or None, lang
    db.commit()
    if action != "practise":
        return RedirectResponse(f"/job/postings/{row.id}/pitch?saved=1", status_code=303)
    bank = coach.bank(lang)
    try:
        session = start_session(db, profile, bank, "single", question_id=SELF_INTRODUCTION)
    except EmptySelection:
        raise HTTPException(404) from None
    return RedirectResponse(f"/sessions/{session.id}?pitch={row.id}", status_code=303)


@router.get("/job/postings/{posting_id}/employer", response_class=HTMLResponse)
def employer_page(request: Request, db: DB, profile: CurrentProfile, posting_id: int) -> Response:
    from valmis.content.story import load_story
    from valmis.story.employer import suggest_questions

    row = _posting_or_404(db, profile, posting_id)
    story = load_story(row.lang, request.app.state.settings.content_dir)
    return render(
        request, "employer.html", profile=profile, posting=row,
        questions=suggest_questions(story, sp.posting_of(row)), research=story.research, story_lang=row.lang,
    )  # fmt: skip


@router.post("/job/postings/{posting_id}/research")
async def save_research(request: Request, db: DB, profile: CurrentProfile, posting_id: int) -> Response:
    from valmis.content.story import load_story

    row = _posting_or_404(db, profile, posting_id)
    form = await request.form()
    items = load_story(row.lang, request.app.state.settings.content_dir).research
    notes = {item.id: str(form.get(f"note-{item.id}", "")).strip()[:5000] for item in items}
    row.research = {k: v for k, v in notes.items() if v}
    company = form.get("company")
    if company is not None:
        row.company = str(company).strip()[:200]
    db.commit()
    return RedirectResponse(f"/job/postings/{row.id}/employer?saved=1#research", status_code=303)
