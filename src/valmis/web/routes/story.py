"""Your story for this job: upload a résumé, add a posting, see the match, build the pitch, prepare
questions and research — each page a thin layer over `valmis.story`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from valmis.analysis.document import Document
from valmis.db.models import JobPosting, Profile
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
    upload = await _upload(file)
    try:
        if upload is not None:
            data: bytes | None = upload[0]
            doc: Document = sr.read_upload(upload[0], upload[1])
        elif text.strip():
            data, doc = None, sr.read_pasted(text)
        else:
            raise sr.Rejected("no_file")
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
    try:
        row = sr.get_resume(db, profile, resume_id)
    except sr.ResumeNotFound:
        raise HTTPException(404) from None
    return render(
        request,
        "resume_check.html",
        profile=profile,
        resume=row,
        check=row.check,
        postings=sp.postings(db, profile),
    )


@router.post("/job/resume/{resume_id}/check")
def recheck(db: DB, profile: CurrentProfile, resume_id: int, track: Annotated[str, Form()] = "") -> Response:
    try:
        row = sr.get_resume(db, profile, resume_id)
    except sr.ResumeNotFound:
        raise HTTPException(404) from None
    try:
        sr.run_check(db, row, track if track in ("voice", "nonvoice", "kpo") else None)
    except Exception:
        pass
    return RedirectResponse(f"/job/resume/{row.id}", status_code=303)


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
    upload = await _upload(file)
    try:
        if upload is not None:
            doc = sr.read_upload(upload[0], upload[1])
        elif text.strip():
            doc = sr.read_pasted(text)
        else:
            raise sr.Rejected("no_file")
        posting = sp.parse_document(doc, title=title, company=company)
    except sr.Rejected as exc:
        message = error_text(exc.code, exc.params, _gettext(request))
        return _hub(
            request, db, profile, status_code=400, posting_error=message,
            posting_text=text, posting_title=title, posting_company=company,
        )  # fmt: skip
    row = sp.save_posting(db, profile, doc, posting)
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
    bank = coach.bank(profile.practice_lang)
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
