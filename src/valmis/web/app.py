"""The web app factory: `create_app(settings)` builds everything; nothing happens at import."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from valmis.config import Settings
from valmis.content.loader import ContentError
from valmis.db.engine import db_error_kind, explain_db_error, make_engine, make_sessionmaker, upgrade
from valmis.documents import MAX_BYTES
from valmis.i18n import translations
from valmis.jobs import Jobs
from valmis.practice.coach import Coach, default_coach
from valmis.practice.explain import db_error
from valmis.practice.live import LiveRecordings
from valmis.practice.speaking import default_transcriber
from valmis.web.render import make_templates, render_error, ui_lang
from valmis.web.routes import api, pages, practice, recordings, story

STATIC = Path(__file__).parent / "static"
UPLOAD_PATHS = ("/job/resume", "/job/postings")


def create_app(
    settings: Settings | None = None,
    *,
    coach: Coach | None = None,
    migrate: bool = True,
    immediate_jobs: bool = False,
) -> FastAPI:
    """The app. `immediate_jobs` runs background jobs at once, in the request (for tests)."""
    settings = settings or Settings()
    url = settings.resolved_database_url()
    if url.startswith("sqlite:///"):
        settings.ensure_data_dir()
    if migrate:
        upgrade(url)
    engine = make_engine(url)

    the_coach = coach or default_coach(settings.content_dir, settings.cache_dir, meaning=settings.meaning)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Prepare the meaning model and the bank's vectors while the user reads the first page; a first
        # run embeds the whole bank (about a minute on two cores), later starts read the cache.
        threading.Thread(target=the_coach.meaning_index, name="valmis-warm-up", daemon=True).start()
        _app.state.jobs.start()
        yield
        _app.state.jobs.stop()

    app = FastAPI(
        title="Valmis",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = make_sessionmaker(engine)
    app.state.coach = the_coach
    app.state.jobs = Jobs(
        settings.data_dir,
        app.state.sessionmaker,
        lambda: default_transcriber(settings.whisper_model, settings.cache_dir),
        immediate=immediate_jobs,
    )
    app.state.live = LiveRecordings(
        settings.data_dir, lambda: default_transcriber(settings.whisper_model, settings.cache_dir)
    )
    app.state.templates = make_templates()
    app.state.database_url = url

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(pages.router)
    app.include_router(practice.router)
    app.include_router(api.router)
    app.include_router(recordings.router)
    app.include_router(story.router)

    @app.middleware("http")
    async def _refuse_huge_uploads(request: Request, call_next: Any) -> Response:
        # A 200 MB "résumé" is refused from its declared size, before the body is read or spooled.
        if request.method == "POST" and request.url.path in UPLOAD_PATHS:
            declared = request.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BYTES + 256 * 1024:
                from valmis.story.explain import error_text

                gettext = translations(ui_lang(request)).gettext
                detail = error_text("too_large", {"size": int(declared), "limit": MAX_BYTES}, gettext)
                return render_error(request, 413, detail=detail)
        response: Response = await call_next(request)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return render_error(request, exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "invalid request", "details": exc.errors()}, status_code=422)
        return render_error(request, 400)

    @app.exception_handler(OperationalError)
    async def _db_error(request: Request, exc: OperationalError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": explain_db_error(exc, url)}, status_code=503)
        gettext = translations(ui_lang(request)).gettext
        where = url.removeprefix("sqlite:///")
        return render_error(
            request, 503, detail=db_error(db_error_kind(exc), gettext, where=where, error=str(exc))
        )

    @app.exception_handler(ContentError)
    async def _content_error(request: Request, exc: ContentError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=500)
        return render_error(request, 500, detail=str(exc))

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> HTMLResponse:
        return HTMLResponse("ok")

    return app
