"""The bank's own example answers, scored by the real analysis: the content and the scorer agree."""

from __future__ import annotations

import pytest

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
