"""Match a pasted question to the closest bank question, or failing that to a category rubric."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from valmis.analysis.lemmas import Lemmatizer
from valmis.analysis.lexicon import find_cues
from valmis.analysis.text import tokenize

# Cosine similarity of lemma TF-IDF vectors above which a pasted question counts as a bank question.
QUESTION_THRESHOLD = 0.55


@dataclass(frozen=True)
class Candidate:
    id: str
    text: str
    category: str


@dataclass(frozen=True)
class CategoryCues:
    category: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    kind: str  # "question" or "category"
    category: str
    similarity: float
    question_id: str | None = None
    runner_up: str | None = None


class QuestionIndex:
    """TF-IDF over base forms of bank questions; built once per language, then pure look-ups."""

    def __init__(
        self, candidates: Sequence[Candidate], lemmatizer: Lemmatizer, stop_words: frozenset[str]
    ) -> None:
        self._lemmatizer = lemmatizer
        self._stop = stop_words
        self._candidates = list(candidates)
        bags = [self._bag(c.text) for c in self._candidates]
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(set(bag))
        n = max(len(bags), 1)
        self._idf = {term: math.log((1 + n) / (1 + count)) + 1 for term, count in df.items()}
        self._vectors = [self._vector(b) for b in bags]

    def _bag(self, text: str) -> Counter[str]:
        bag: Counter[str] = Counter()
        for t in tokenize(text):
            if t.lower in self._stop:
                continue
            bases = self._lemmatizer.base(t.text)
            bag[min(bases)] += 1
        return bag

    def _vector(self, bag: Counter[str]) -> dict[str, float]:
        vec = {term: count * self._idf.get(term, 1.0) for term, count in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {term: v / norm for term, v in vec.items()}

    def nearest(self, text: str) -> list[tuple[Candidate, float]]:
        """Bank questions by similarity to `text`, best first."""
        query = self._vector(self._bag(text))
        scored = []
        for cand, vec in zip(self._candidates, self._vectors, strict=True):
            sim = sum(w * vec.get(term, 0.0) for term, w in query.items())
            scored.append((cand, sim))
        scored.sort(key=lambda cs: (-cs[1], cs[0].id))
        return scored


def category_scores(text: str, cues: Sequence[CategoryCues]) -> list[tuple[str, int]]:
    scores = [(c.category, len(find_cues(text, c.cues))) for c in cues]
    scores.sort(key=lambda cs: -cs[1])
    return scores


def match_question(
    text: str, index: QuestionIndex, cues: Sequence[CategoryCues], *, threshold: float = QUESTION_THRESHOLD
) -> Match:
    """The bank question when one is close enough; else the category whose cues fit best.

    When no cue fits either, the category of the nearest bank question is the best guess left.
    """
    ranked = index.nearest(text)
    if not ranked:
        by_cue = category_scores(text, cues)
        if not by_cue:
            raise ValueError("no bank questions and no category rubrics to match against")
        return Match("category", by_cue[0][0], 0.0)
    best, sim = ranked[0]
    runner = ranked[1][0].id if len(ranked) > 1 else None
    if sim >= threshold:
        return Match("question", best.category, round(sim, 3), best.id, runner)
    by_cue = category_scores(text, cues)
    if by_cue and by_cue[0][1] > 0:
        return Match("category", by_cue[0][0], round(sim, 3), None, best.id)
    return Match("category", best.category, round(sim, 3), None, best.id)
