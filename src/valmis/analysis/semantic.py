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


@dataclass(frozen=True)
class PointRefs:
    """A key point as vectors: its wording and the example sentence that makes it, with how close
    sentences of unrelated answers come to them (mean and spread), for a relative threshold."""

    id: str
    refs: Vectors  # (k, d)
    background_mean: float
    background_std: float


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
    # A bank question's neighbours: the strong example answer of every other bank question (n, d),
    # with their wording — an answer much closer to one of them answers that question instead.
    neighbours: Vectors | None = None
    neighbour_texts: tuple[str, ...] = ()


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
    # sim(own strong example) − sim(the closest other question's strong example); < 0: the answer is
    # closer to another question's example, whose wording is `nearest_other`.
    other_margin: float | None = None
    nearest_other: str | None = None


def judge_meaning(
    sentences: Vectors,
    rubric: RubricVectors,
    question: Vectors | None = None,
    attitudes: AttitudeVectors | None = None,
) -> Meaning:
    """Compare the answer's sentence vectors with the rubric's vectors.

    `question`: the vector of the question's own wording, for a pasted question judged by a broad
    category rubric — its topic then comes from the question itself as well as from the rubric.
    `attitudes`: the language's attitude families, to recognise attitude red flags by meaning.
    """
    answer = mean_vector(sentences)
    question_z = None
    if question is not None and rubric.unrelated is not None and len(rubric.unrelated):
        background = rubric.unrelated @ question
        question_z = round(
            float((answer @ question - background.mean()) / max(float(background.std()), 1e-6)), 2
        )
    own = float(answer @ rubric.profile)
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
    if rubric.neighbours is not None and len(rubric.neighbours):
        to_neighbours = rubric.neighbours @ answer
        j = int(np.argmax(to_neighbours))
        other_margin = round(float(answer @ rubric.strong - to_neighbours[j]), 3)
        nearest_other = rubric.neighbour_texts[j]
    return Meaning(
        relevance=round(relevance, 3),
        rank=rank,
        of=len(others) + 1,
        own_similarity=round(own, 3),
        own_z=round((own - rubric.profile_background[0]) / max(rubric.profile_background[1], 1e-6), 2),
        closer_to_strong=round(closer, 3) if closer is not None else None,
        points=tuple(points),
        off_point=off_point,
        question_z=question_z,
        attitudes=find_attitudes(sentences, attitudes) if attitudes is not None else (),
        other_margin=other_margin,
        nearest_other=nearest_other,
    )
