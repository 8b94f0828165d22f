"""Meaning: does the answer address the question, which key points does it make in any words,
is it closer to the strong or to the weak example, and how much of it is beside the point.

Pure: centred vectors in (see `embedding.py`), frozen dataclasses out. Every judgement is relative —
the answer against this question's references *compared with* the same answer against other
questions' references — because absolute similarities of the model mean little on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from valmis.analysis.attitude import AttitudeHit, AttitudeVectors, find_attitudes
from valmis.analysis.embedding import Vectors, mean_vector

# A key point counts as made in other words when its best sentence is this many standard
# deviations above how close sentences from other questions' answers come to it (tuned on dev).
POINT_Z = 2.6
# A sentence is "on the point" when it is at least this close (in z) to some key point or the example.
ON_POINT_Z = 1.0
# Another bank question whose strong example makes this question's key points this many standard
# deviations better than the other examples do is asked the same way ("walk me through your résumé"
# and "tell me about yourself"): an answer that fits it is still on topic (tuned on dev).
SIBLING_Z = 3.0
# Relevance is also judged on the answer's sentences closest to the question, this share of them: an
# answer that rambles around a relevant core is not off topic (tuned on dev).
FOCUS_SHARE = 0.5


@dataclass(frozen=True)
class PointRefs:
    """A key point as vectors: its wording and the example sentence that makes it, with how close
    sentences of unrelated answers come to them (mean and spread), for a relative threshold."""

    id: str
    refs: Vectors  # (k, d)
    background_mean: float
    background_std: float


@dataclass(frozen=True)
class Rivals:
    """Every bank question of one language by its key points, to tell which question an answer fits
    best. Shared by all rubrics of the language (one copy in memory)."""

    wording: Vectors  # (p, d) each key point's wording
    example: Vectors  # (p, d) the strong example's sentence that makes it, or its wording again
    owner: np.ndarray  # (p,) the question each point belongs to, an index into `texts`
    texts: tuple[str, ...]  # each question's wording
    # [i, j]: question j is asked the way question i is (see `siblings_of`); None: none known.
    siblings: np.ndarray | None = None


@dataclass(frozen=True)
class AskedVectors:
    """A pasted question and the other bank questions of its language as the model embeds questions, and
    the whole answer as the model embeds an answer to one (E5's "passage: " side, not centred): to
    tell whether the answer addresses the question asked or one of the bank's."""

    answer: Vectors  # (d,)
    asked: Vectors  # (d,) the pasted question's wording
    bank: Vectors  # (n, d) the wording of each bank question it is not a rewording of
    texts: tuple[str, ...]  # those wordings


@dataclass(frozen=True)
class RubricVectors:
    """Everything the analysis compares an answer with, for one question or category rubric."""

    profile: Vectors  # (d,) what this question is about
    strong: Vectors  # (d,) the strong example answer
    weak: Vectors | None  # (d,) the weak example answer, when there is one
    points: tuple[PointRefs, ...]
    others: Vectors  # (n, d) the profiles of the other questions, for relevance by rank
    strong_background: tuple[float, float]  # how close unrelated sentences come to `strong`
    profile_background: tuple[float, float] = (0.0, 1.0)  # how close unrelated answers come to `profile`
    unrelated: Vectors | None = None  # (m, d) strong example answers of other categories' questions
    # Every bank question of the rubric's language, and which of them this rubric's question is.
    rivals: Rivals | None = None
    rival_self: int | None = None
    # How close the focused part (see `focus_vector`) of unrelated answers comes to `profile`.
    focus_background: tuple[float, float] | None = None


@dataclass(frozen=True)
class PointMeaning:
    id: str
    covered: bool
    sentence: int | None  # index of the answer sentence that makes the point
    z: float


@dataclass(frozen=True)
class Meaning:
    relevance: float  # share of other questions this answer is *less* related to than to its own
    rank: int  # 1 = closest to its own question of all questions
    of: int  # how many questions were compared
    own_similarity: float
    own_z: float  # own similarity in standard deviations above unrelated answers' similarity
    closer_to_strong: float | None  # sim(strong) − sim(weak); > 0: closer to the strong example
    points: tuple[PointMeaning, ...]
    off_point: tuple[int, ...]  # indices of sentences close to no key point and not to the example
    question_z: float | None = None  # own_z against the question's own wording
    attitudes: tuple[AttitudeHit, ...] = ()  # sentences that may show an attitude (see attitude.py)
    # How well the answer makes this question's key points (the mean over points of its closest
    # sentence) minus how well it makes those of the other bank question it fits best, whose wording
    # is `nearest_other`; < 0: the answer fits that question better.
    other_margin: float | None = None
    nearest_other: str | None = None
    # A pasted question: how much closer the answer comes to the question asked than to the bank
    # question it comes closest to, whose wording is then `nearest_other` (see `asked_margin`).
    asked_margin: float | None = None


def focus_vector(sentences: Vectors, profile: Vectors, share: float) -> Vectors:
    """The direction of the answer's sentences closest to `profile`: the best `share` of them (at
    least one), so an answer that rambles around a relevant core is judged on its core."""
    if len(sentences) == 0:
        return mean_vector(sentences)
    keep = max(1, int(np.ceil(len(sentences) * share)))
    order = np.argsort(-(sentences @ profile), kind="stable")[:keep]
    return mean_vector(sentences[np.sort(order)])


def judge_meaning(
    sentences: Vectors,
    rubric: RubricVectors,
    question: Vectors | None = None,
    attitudes: AttitudeVectors | None = None,
    asked: AskedVectors | None = None,
) -> Meaning:
    """Compare the answer's sentence vectors with the rubric's vectors.

    `question`: the vector of the question's own wording, for a pasted question judged by a broad
    category rubric — its topic then comes from the question itself as well as from the rubric.
    `attitudes`: the language's attitude families, to recognise attitude red flags by meaning.
    `asked`: for a pasted question, to tell whether the answer is to it or to a bank question.
    """
    answer = mean_vector(sentences)
    question_z = None
    if question is not None and rubric.unrelated is not None and len(rubric.unrelated):
        background = rubric.unrelated @ question
        question_z = round(
            float((answer @ question - background.mean()) / max(float(background.std()), 1e-6)), 2
        )
    own = float(answer @ rubric.profile)
    own_z = (own - rubric.profile_background[0]) / max(rubric.profile_background[1], 1e-6)
    if rubric.focus_background is not None and len(sentences):
        focused = float(focus_vector(sentences, rubric.profile, FOCUS_SHARE) @ rubric.profile)
        mean_f, std_f = rubric.focus_background
        own_z = max(own_z, (focused - mean_f) / max(std_f, 1e-6))
    others = rubric.others @ answer if len(rubric.others) else np.zeros(0, dtype=np.float32)
    below = int(np.sum(others < own))
    relevance = below / len(others) if len(others) else 1.0
    rank = 1 + int(np.sum(others >= own))
    closer = float(answer @ rubric.strong - answer @ rubric.weak) if rubric.weak is not None else None

    points = []
    per_sentence_best = np.full(len(sentences), -np.inf)
    for point in rubric.points:
        sims = sentences @ point.refs.T if len(sentences) else np.zeros((0, 1), dtype=np.float32)
        best_per_sentence = sims.max(axis=1) if len(sentences) else np.zeros(0)
        z_per_sentence = (best_per_sentence - point.background_mean) / max(point.background_std, 1e-6)
        if len(sentences):
            per_sentence_best = np.maximum(per_sentence_best, z_per_sentence)
            j = int(np.argmax(z_per_sentence))
            z = float(z_per_sentence[j])
            points.append(PointMeaning(point.id, z >= POINT_Z, j if z >= POINT_Z else None, round(z, 2)))
        else:
            points.append(PointMeaning(point.id, False, None, 0.0))
    mean_s, std_s = rubric.strong_background
    if len(sentences):
        to_strong = (sentences @ rubric.strong - mean_s) / max(std_s, 1e-6)
        per_sentence_best = np.maximum(per_sentence_best, to_strong)
    off_point = tuple(int(j) for j in np.flatnonzero(per_sentence_best < ON_POINT_Z))
    other_margin = nearest_other = None
    if rubric.rivals is not None and rubric.rival_self is not None and len(sentences):
        other_margin, nearest_other = _best_other(sentences, rubric.rivals, rubric.rival_self)
    margin = None
    if asked is not None and len(asked.texts) and len(sentences):
        margin, nearest_other = asked_margin(asked)
    return Meaning(
        relevance=round(relevance, 3),
        rank=rank,
        of=len(others) + 1,
        own_similarity=round(own, 3),
        own_z=round(own_z, 2),
        closer_to_strong=round(closer, 3) if closer is not None else None,
        points=tuple(points),
        off_point=off_point,
        question_z=question_z,
        attitudes=find_attitudes(sentences, attitudes) if attitudes is not None else (),
        other_margin=other_margin,
        nearest_other=nearest_other,
        asked_margin=margin,
    )


def siblings_of(example_fits: np.ndarray) -> np.ndarray:
    """[i, j]: question j is asked the way question i is — its strong example makes question i's key
    points far better (SIBLING_Z) than the other questions' examples do. `example_fits[i, j]`: how
    well question j's strong example makes question i's points (`question_fits`)."""
    n = len(example_fits)
    others = ~np.eye(n, dtype=bool)
    out = np.zeros((n, n), dtype=bool)
    for i in range(n):
        row = example_fits[i][others[i]]
        out[i] = others[i] & ((example_fits[i] - row.mean()) / max(float(row.std()), 1e-6) >= SIBLING_Z)
    return out


def _best_other(sentences: Vectors, rivals: Rivals, own: int) -> tuple[float | None, str | None]:
    """How much better the answer fits question `own` than the other question it fits best, and
    that question's wording. A question asked the same way is no rival (`Rivals.siblings`)."""
    fits = question_fits(sentences, rivals)
    own_fit = float(fits[own])
    if rivals.siblings is not None:
        fits[rivals.siblings[own]] = -np.inf
    fits[own] = -np.inf
    j = int(np.argmax(fits))
    if not np.isfinite(fits[j]):
        return None, None
    return round(own_fit - float(fits[j]), 3), rivals.texts[j]


def asked_margin(asked: AskedVectors) -> tuple[float, str]:
    """How much closer the answer comes to the pasted question than to the closest bank question,
    and that question's wording; < 0: the answer is rather to that bank question. A pasted question
    is judged by a category rubric only when it was not found to be a bank question in other words
    (or the user said it is none of them), and the bank questions it may reword are left out of
    `asked.bank` (see `Coach._other_questions`), so the closest one left counts as another question."""
    sims = asked.bank @ asked.answer
    j = int(np.argmax(sims))
    return round(float(asked.answer @ asked.asked - sims[j]), 3), asked.texts[j]


def question_fits(sentences: Vectors, rivals: Rivals) -> np.ndarray:
    """For each question: the mean over its key points of how close the answer's closest sentence
    comes to the point (its wording or its example sentence)."""
    best = np.maximum(sentences @ rivals.wording.T, sentences @ rivals.example.T).max(axis=0)
    n = len(rivals.texts)
    total = np.bincount(rivals.owner, weights=best, minlength=n)
    count = np.bincount(rivals.owner, minlength=n)
    fits: np.ndarray = total / np.maximum(count, 1)
    fits[count == 0] = -np.inf
    return fits
