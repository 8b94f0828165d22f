"""A practice set for a posting: the self-introduction first, the process's questions, employer questions last."""

from __future__ import annotations

from tests.analysis.test_posting import EN

from valmis.analysis.document import from_text
from valmis.analysis.posting import parse_posting
from valmis.content.loader import builtin_bank
from valmis.content.models import Category, Lang, Process
from valmis.story.practice_set import SELF_INTRODUCTION, job_questions


def test_a_voice_posting_gets_voice_questions_opening_and_closing_like_an_interview() -> None:
    bank = builtin_bank(Lang.EN)
    ids = job_questions(bank, parse_posting(from_text(EN), "en"), "kpo")
    questions = [bank.get(i) for i in ids]
    assert ids[0] == SELF_INTRODUCTION
    assert questions[-1] is not None and questions[-1].category is Category.QUESTIONS_TO_ASK
    assert len(ids) == 10 and len(set(ids)) == 10
    voice = [q for q in questions if q and Process.VOICE in q.processes]
    assert len(voice) >= 8
    assert any(
        q and q.category is Category.SHIFTS_LOGISTICS for q in questions
    )  # the posting asks for nights
