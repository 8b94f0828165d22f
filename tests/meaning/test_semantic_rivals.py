"""Which bank question an answer fits best, and relevance judged on an answer's core: the pure parts,
on small hand-made vectors."""

from __future__ import annotations

import numpy as np

from valmis.analysis.semantic import (
    AskedVectors,
    Rivals,
    _best_other,
    asked_margin,
    focus_vector,
    question_fits,
    siblings_of,
)


def _unit(*values: float) -> np.ndarray:
    v = np.asarray(values, dtype=np.float32)
    out: np.ndarray = v / np.linalg.norm(v)
    return out


# Twelve questions in a 13-d space, one key point each on its own axis, and a thirteenth asked the way
# question 0 is ("walk me through your résumé" and "tell me about yourself").
N = 12
POINTS = np.stack([*np.eye(N + 1, dtype=np.float32)[:N], _unit(0.9, *[0.0] * (N - 1), 0.1)])
TEXTS = tuple(f"q{i}" for i in range(N + 1))


def _at(**axes: float) -> np.ndarray:
    """A sentence vector from its coordinates on the questions' axes: _at(q0=1, q1=0.1)."""
    v = np.zeros(N + 1, dtype=np.float32)
    for name, value in axes.items():
        v[int(name[1:])] = value
    return _unit(*v)


def _rivals(example_fits: np.ndarray) -> Rivals:
    return Rivals(POINTS, POINTS, np.arange(N + 1), TEXTS, siblings_of(example_fits))


def _fits_of_examples() -> np.ndarray:
    bare = Rivals(POINTS, POINTS, np.arange(N + 1), TEXTS)
    return np.stack([question_fits(POINTS[[j]], bare) for j in range(N + 1)], axis=1)


def test_an_answer_is_scored_against_every_questions_key_points() -> None:
    fits = question_fits(np.stack([_at(q1=1)]), _rivals(_fits_of_examples()))
    assert int(np.argmax(fits)) == 1


def test_an_answer_to_another_question_has_a_negative_margin_and_names_it() -> None:
    margin, nearest = _best_other(np.stack([_at(q1=1, q2=0.1)]), _rivals(_fits_of_examples()), own=0)
    assert margin is not None and margin < -0.5
    assert nearest == "q1"


def test_a_question_asked_the_same_way_is_no_rival() -> None:
    # The answer fits question 12 (asked like question 0) a little better than question 0 itself.
    margin, nearest = _best_other(np.stack([_at(q0=0.9, q12=0.12)]), _rivals(_fits_of_examples()), own=0)
    assert nearest != "q12"
    assert margin is not None and margin > 0


def test_the_focus_of_an_answer_is_its_sentences_closest_to_the_question() -> None:
    profile = _unit(1, 0, 0, 0)
    sentences = np.stack([_unit(1, 0.1, 0, 0), _unit(0, 1, 0, 0), _unit(0, 0, 1, 0), _unit(0.8, 0, 0.2, 0)])
    focused = focus_vector(sentences, profile, 0.5)
    whole = sentences.mean(axis=0) / np.linalg.norm(sentences.mean(axis=0))
    assert float(focused @ profile) > 0.95 > float(whole @ profile)


def test_the_focus_of_a_one_sentence_answer_is_that_sentence() -> None:
    sentence = _unit(0, 1, 1, 0)
    assert np.allclose(focus_vector(np.stack([sentence]), _unit(1, 0, 0, 0), 0.5), sentence)


def test_an_answer_closer_to_a_bank_question_than_to_the_pasted_one_has_a_negative_margin() -> None:
    bank = np.stack([_at(q1=1), _at(q2=1)])
    asked = _at(q0=1)
    answer = AskedVectors(_at(q0=0.3, q2=1), asked, bank, ("q1", "q2"))
    margin, nearest = asked_margin(answer)
    assert margin < 0 and nearest == "q2"


def test_an_answer_closest_to_the_pasted_question_has_a_positive_margin() -> None:
    bank = np.stack([_at(q1=1), _at(q2=1)])
    margin, _ = asked_margin(AskedVectors(_at(q0=1, q2=0.3), _at(q0=1), bank, ("q1", "q2")))
    assert margin > 0
