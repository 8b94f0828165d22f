"""Pages around practice: welcome and settings, the language switch, the bank, history, progress."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import urlparse

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from valmis.content.models import Category, Lang, Level, Market, Process
from valmis.practice.data import delete_all, export_all
from valmis.practice.profiles import InvalidChoice, update_profile
from valmis.practice.progress import history, progress
from valmis.web.deps import DB, CoachDep, CurrentProfile
from valmis.web.render import LANG_COOKIE, render, ui_lang

router = APIRouter()
ONE_YEAR = 365 * 24 * 3600


def _lang_cookie(response: Response, lang: str) -> Response:
    response.set_cookie(LANG_COOKIE, lang, max_age=ONE_YEAR, samesite="lax", httponly=True)
    return response


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: DB, profile: CurrentProfile, coach: CoachDep) -> Response:
    if not profile.onboarded:
        return RedirectResponse("/welcome", status_code=303)
    recent = history(db, profile, limit=5)
    cats = progress(db, profile)
    weakest = min(cats, key=lambda c: c.latest, default=None)
    bank = coach.bank(profile.practice_lang)
    return render(
        request, "home.html", profile=profile, recent=recent, weakest=weakest, categories=bank.categories()
    )


def _profile_form(
    request: Request, profile: object, *, template: str, error: str | None = None, status_code: int = 200
) -> Response:
    return render(
        request,
        template,
        status_code=status_code,
        profile=profile,
        error=error,
        langs=list(Lang),
        processes=list(Process),
        markets=list(Market),
        levels=list(Level),
    )


@router.get("/welcome", response_class=HTMLResponse)
def welcome(request: Request, profile: CurrentProfile) -> Response:
    return _profile_form(request, profile, template="welcome.html")


@router.get("/settings", response_class=HTMLResponse)
def settings_page(request: Request, profile: CurrentProfile) -> Response:
    return _profile_form(request, profile, template="settings.html")


@router.post("/welcome")
@router.post("/settings")
def save_profile(
    request: Request,
    db: DB,
    profile: CurrentProfile,
    practice_lang: Annotated[str, Form()],
    process: Annotated[str, Form()],
    market: Annotated[str, Form()],
    level: Annotated[str, Form()],
    ui_lang_field: Annotated[str | None, Form(alias="ui_lang")] = None,
) -> Response:
    from_welcome = request.url.path == "/welcome"
    lang = ui_lang_field or ui_lang(request)
    try:
        update_profile(
            db,
            profile,
            ui_lang=lang,
            practice_lang=practice_lang,
            process=process,
            market=market,
            level=level,
            onboarded=True,
        )
    except InvalidChoice:
        template = "welcome.html" if from_welcome else "settings.html"
        return _profile_form(request, profile, template=template, error="invalid", status_code=400)
    target = "/practice" if from_welcome else "/settings?saved=1"
    return _lang_cookie(RedirectResponse(target, status_code=303), lang)


def _safe_next(next_url: str | None) -> str:
    if not next_url:
        return "/"
    parsed = urlparse(next_url)
    if parsed.scheme or parsed.netloc or not next_url.startswith("/"):
        return "/"
    return next_url


@router.post("/lang")
def switch_language(
    db: DB, profile: CurrentProfile, lang: Annotated[str, Form()], next: Annotated[str | None, Form()] = None
) -> Response:
    if lang not in {code.value for code in Lang}:
        lang = "en"
    update_profile(db, profile, ui_lang=lang)
    return _lang_cookie(RedirectResponse(_safe_next(next), status_code=303), lang)


MAX_SEARCH_CHARS = 300


@router.get("/questions", response_class=HTMLResponse)
def questions(
    request: Request,
    profile: CurrentProfile,
    coach: CoachDep,
    category: str | None = None,
    process: str | None = None,
    market: str | None = None,
    lang: str | None = None,
    q: str | None = None,
) -> Response:
    qlang = lang if lang in ("en", "fi") else profile.practice_lang
    bank = coach.bank(qlang)
    filters = {
        "category": Category(category) if category in {c.value for c in Category} else None,
        "process": Process(process) if process in {p.value for p in Process} else None,
        "market": Market(market) if market in {m.value for m in Market} else None,
    }
    found = bank.select(**filters)  # type: ignore[arg-type]
    asked = (q or "").strip()[:MAX_SEARCH_CHARS]
    if asked:
        # A question someone was asked: the closest bank questions first, within the filters.
        allowed = {x.id for x in found}
        closest = coach.find_questions(asked, qlang, limit=len(bank.questions))
        found = [x for x in closest if x.id in allowed][:8]
    return render(
        request,
        "questions.html",
        profile=profile,
        questions=found,
        asked=asked,
        filters=filters,
        qlang=qlang,
        total=len(bank.questions),
        categories=bank.categories(),
        processes=list(Process),
        markets=list(Market),
    )


@router.get("/questions/{question_id}", response_class=HTMLResponse)
def question_detail(
    request: Request, profile: CurrentProfile, coach: CoachDep, question_id: str, lang: str | None = None
) -> Response:
    qlang = lang if lang in ("en", "fi") else profile.practice_lang
    q = coach.bank(qlang).get(question_id)
    if q is None:
        return render(request, "error.html", status_code=404, status=404, detail=None)
    return render(request, "question.html", profile=profile, q=q, qlang=qlang)


@router.get("/history", response_class=HTMLResponse)
def history_page(request: Request, db: DB, profile: CurrentProfile) -> Response:
    return render(request, "history.html", profile=profile, attempts=history(db, profile, limit=500))


@router.get("/progress", response_class=HTMLResponse)
def progress_page(request: Request, db: DB, profile: CurrentProfile) -> Response:
    return render(request, "progress.html", profile=profile, rows=progress(db, profile))


@router.get("/data/export")
def export_data(db: DB) -> Response:
    body = json.dumps(export_all(db), ensure_ascii=False, indent=2)
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    headers = {"Content-Disposition": f'attachment; filename="valmis-export-{stamp}.json"'}
    return Response(body, media_type="application/json", headers=headers)


@router.post("/data/delete")
def delete_data(
    request: Request, db: DB, profile: CurrentProfile, confirm: Annotated[str | None, Form()] = None
) -> Response:
    if confirm != "yes":
        return _profile_form(request, profile, template="settings.html", error="confirm", status_code=400)
    delete_all(db, request.app.state.settings.data_dir)
    return RedirectResponse("/welcome", status_code=303)
