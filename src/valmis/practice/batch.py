"""Batch feedback: one JSON line in, one JSON result out; a bad line yields an error, not a stop."""

from __future__ import annotations

import json
from typing import Any

from valmis.analysis.inputs import check_text
from valmis.content.loader import ContentError
from valmis.i18n import translations
from valmis.practice import attempts as uc
from valmis.practice.coach import Coach, UnknownQuestion
from valmis.practice.explain import input_error
from valmis.practice.serialize import public_json


def judge_line(coach: Coach, line: str, *, default_lang: str = "en", line_number: int = 0) -> dict[str, Any]:
    """Feedback for one `{"question" | "question_id", "answer", "lang"}` line, or `{"error": …}`.
    `"as_new": true` judges a pasted question as none of the bank's."""
    out: dict[str, Any] = {"line": line_number}
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {**out, "error": f"not valid JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(item, dict):
        return {**out, "error": "each line must be a JSON object"}
    if "id" in item:
        out["id"] = item["id"]
    lang = item.get("lang") or default_lang
    if lang not in ("en", "fi"):
        return {**out, "error": f"unknown language {lang!r}: use en or fi"}
    question_lang = item.get("question_lang") or lang
    if question_lang not in ("en", "fi"):
        return {**out, "error": f"unknown question language {question_lang!r}: use en or fi"}
    gettext = translations(lang).gettext
    answer = item.get("answer")
    if not isinstance(answer, str):
        return {**out, "error": "'answer' must be a string"}
    problem = check_text(answer)
    if problem:
        return {
            **out,
            "error": input_error("answer", problem.code, gettext, length=len(answer), limit=problem.limit),
        }
    qid, qtext = item.get("question_id"), item.get("question")
    if not qid and not isinstance(qtext, str):
        return {**out, "error": "give 'question' (text) or 'question_id'"}
    try:
        as_new = item.get("as_new") is True
        resolved = uc.resolve(
            coach, question_lang, question_id=qid or None, question_text=qtext, as_new=as_new
        )
        feedback = coach.analyse(answer, resolved, lang)
    except UnknownQuestion:
        return {**out, "error": f"no question with id {qid!r}"}
    except uc.AnswerRejected as exc:
        return {**out, "error": input_error(exc.field, exc.problem.code, gettext, limit=exc.problem.limit)}
    except ContentError as exc:
        return {**out, "error": str(exc)}
    return {**out, **public_json(feedback, resolved.describe(), gettext)}
