"""The JSON API: the same feedback as `valmis feedback --json`, for scripts and other tools."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from valmis.analysis.inputs import check_text
from valmis.i18n import translations
from valmis.practice import attempts as uc
from valmis.practice.coach import UnknownQuestion
from valmis.practice.explain import input_error
from valmis.practice.serialize import public_json
from valmis.web.deps import CoachDep

router = APIRouter(prefix="/api")


class FeedbackRequest(BaseModel):
    answer: str
    lang: str = Field(default="en", pattern="^(en|fi)$")
    question: str | None = None
    question_id: str | None = None
    as_new: bool = False  # judge a pasted question as none of the bank's questions
    ui_lang: str | None = Field(default=None, pattern="^(en|fi)$")


@router.post("/feedback")
def feedback(body: FeedbackRequest, coach: CoachDep) -> dict[str, Any]:
    """Judge one answer; nothing is stored (use the web pages to keep a history)."""
    gettext = translations(body.ui_lang or body.lang).gettext
    if not body.question and not body.question_id:
        raise HTTPException(422, "give either 'question' or 'question_id'")
    try:
        resolved = uc.resolve(
            coach, body.lang, question_id=body.question_id, question_text=body.question, as_new=body.as_new
        )
    except UnknownQuestion:
        raise HTTPException(404, f"no question with id '{body.question_id}'") from None
    except uc.AnswerRejected as exc:
        raise HTTPException(
            422,
            input_error(
                exc.field, exc.problem.code, gettext, length=len(body.question or ""), limit=exc.problem.limit
            ),
        ) from None
    problem = check_text(body.answer)
    if problem:
        raise HTTPException(
            422, input_error("answer", problem.code, gettext, length=len(body.answer), limit=problem.limit)
        )
    fb = coach.analyse(body.answer, resolved, body.lang)
    out = public_json(fb, resolved.describe(), gettext)
    out["example_answer"] = resolved.example_answer()
    return out


@router.get("/questions")
def questions(coach: CoachDep, lang: str = "en") -> list[dict[str, Any]]:
    if lang not in ("en", "fi"):
        raise HTTPException(422, "lang must be 'en' or 'fi'")
    return [
        q.model_dump(mode="json", include={"id", "category", "processes", "markets", "levels", "text"})
        for q in coach.bank(lang).questions
    ]
