"""Templates and the context every page gets: the UI language, its gettext, names of things."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from valmis.i18n import pick_language, translations
from valmis.practice import explain as ex
from valmis.story import explain as story_ex

TEMPLATES = Path(__file__).parent / "templates"
LANG_COOKIE = "valmis_lang"


def make_templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        category_names=ex.CATEGORY_NAMES,
        process_names=ex.PROCESS_NAMES,
        market_names=ex.MARKET_NAMES,
        level_names=ex.LEVEL_NAMES,
        part_labels=ex.PART_LABELS,
        structure_names=ex.STRUCTURE_NAMES,
        check_parts=story_ex.CHECK_PARTS,
        match_parts=story_ex.MATCH_PARTS,
        kind_names=story_ex.KIND_NAMES,
    )
    return Jinja2Templates(env=env)


def ui_lang(request: Request) -> str:
    """The user's choice (cookie), then the browser's Accept-Language, then the default."""
    default = request.app.state.settings.default_lang
    return pick_language(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"), default)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    lang = context.pop("lang", None) or ui_lang(request)
    trans = translations(lang)
    gettext = trans.gettext

    def explain(note: Any) -> str:
        return ex.explain(note, gettext)

    def story_note(note: dict[str, Any]) -> str:
        from valmis.story.explain import describe

        return describe(note, gettext, lang)

    def term_label(term_id: str) -> str:
        from valmis.analysis.jobterms import label

        return label(term_id, lang)

    def explain_delivery(finding: dict[str, Any]) -> str:
        return ex.explain_delivery(finding["code"], dict(finding.get("params") or {}), gettext)

    context.update(
        request=request,
        lang=lang,
        _=gettext,
        gettext=gettext,
        ngettext=trans.ngettext,
        explain=explain,
        shared_notes=ex.shared_notes,
        explain_delivery=explain_delivery,
        story_note=story_note,
        term_label=term_label,
    )
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def render_error(request: Request, status: int, detail: str | None = None) -> HTMLResponse:
    return render(request, "error.html", status_code=status, status=status, detail=detail)
