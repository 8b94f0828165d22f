"""The bank's own example answers, scored by the real analysis: the content and the scorer agree."""

from __future__ import annotations

import pytest

from valmis.analysis.feedback import OFF_TOPIC_NOTES
from valmis.practice.coach import Coach


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_strong_examples_outscore_weak_ones_almost_always(coach: Coach, lang: str) -> None:
    bank = coach.bank(lang)
    wins = []
    for q in bank.questions:
        resolved = coach.resolve_id(q.id, lang)
        strong = coach.analyse(q.strong_answer, resolved, lang).score
        weak = coach.analyse(q.weak_answer.text, resolved, lang).score
        wins.append(strong > weak)
    assert sum(wins) / len(wins) >= 0.95


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_strong_examples_cover_most_of_their_key_points(coach: Coach, lang: str) -> None:
    bank = coach.bank(lang)
    ratios = []
    for q in bank.questions:
        fb = coach.analyse(q.strong_answer, coach.resolve_id(q.id, lang), lang)
        ratios.append(len(fb.covered) / len(fb.key_points))
    assert sum(ratios) / len(ratios) >= 0.85


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_strong_examples_raise_no_red_flag(coach: Coach, lang: str) -> None:
    bank = coach.bank(lang)
    flagged = [
        q.id
        for q in bank.questions
        if coach.analyse(q.strong_answer, coach.resolve_id(q.id, lang), lang).red_flags
    ]
    assert flagged == []


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_strong_examples_raise_no_caution_by_meaning(coach: Coach, lang: str) -> None:
    bank = coach.bank(lang)
    cautioned = [
        (q.id, c.id, c.quote)
        for q in bank.questions
        for c in coach.analyse(q.strong_answer, coach.resolve_id(q.id, lang), lang).cautions
    ]
    assert cautioned == []


def _relevance_codes(coach: Coach, answer: str, question_id: str, lang: str) -> list[str]:
    fb = coach.analyse(answer, coach.resolve_id(question_id, lang), lang)
    return [n.code for p in fb.parts if p.name == "relevance" for n in p.notes]


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_strong_examples_are_judged_to_answer_their_own_question(coach: Coach, lang: str) -> None:
    elsewhere = [
        (q.id, code)
        for q in coach.bank(lang).questions
        for code in _relevance_codes(coach, q.strong_answer, q.id, lang)
        if code in OFF_TOPIC_NOTES or code == "relevance.other_question"
    ]
    assert elsewhere == []


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_a_strong_example_given_to_a_question_of_another_category_is_off_topic(
    coach: Coach, lang: str
) -> None:
    questions = coach.bank(lang).questions
    off = []
    for i, q in enumerate(questions):
        other = next(o for o in [*questions[i + 1 :], *questions[:i]] if o.category != q.category)
        off.append(bool(set(_relevance_codes(coach, other.strong_answer, q.id, lang)) & OFF_TOPIC_NOTES))
    assert sum(off) / len(off) >= 0.95
