"""Meaning for the match: centred cosine similarity of requirement labels, résumé lines and postings."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import cache

import numpy as np

from valmis.analysis.embedding import Vectors, centre, mean_vector
from valmis.analysis.jobmatch import Meaning
from valmis.analysis.language import detect_language
from valmis.practice.coach import Coach

CACHE_SIZE = 5000


@cache
def meaning_for(coach: Coach) -> Meaning | None:
    """Meaning for the match over the coach's embedder, or None when meaning is off. One per coach:
    its vectors are kept, so opening a posting again does not embed the same résumé lines again."""
    embedder = coach.embedder
    index = coach.meaning_index()
    if embedder is None or index is None:
        return None

    known: dict[str, Vectors] = {}  # a résumé's lines and the requirement labels recur from match to match
    lock = threading.Lock()  # requests share it

    def centred(texts: Sequence[str]) -> Vectors:
        with lock:
            new = list(dict.fromkeys(t for t in texts if t not in known))
            if new and len(known) + len(new) > CACHE_SIZE:
                known.clear()  # start afresh; these texts are embedded again below
                new = list(dict.fromkeys(texts))
            if new:
                for text, vector in zip(new, embedder.embed(new), strict=True):
                    lang = detect_language(text).lang
                    known[text] = centre(vector[None, :], index.language_mean(lang))[0]
            return np.stack([known[t] for t in texts])

    return _Meaning(centred)


class _Meaning:
    def __init__(self, centred: Callable[[Sequence[str]], Vectors]) -> None:
        self._centred = centred

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> Vectors:
        result: Vectors = (self._centred(a) @ self._centred(b).T).astype(np.float32)
        return result

    def closeness(self, a: Sequence[str], b: Sequence[str]) -> tuple[float, Vectors]:
        whole_a = mean_vector(self._centred(a))
        vb = self._centred(b)
        per_line: Vectors = (vb @ whole_a).astype(np.float32)
        return float(mean_vector(vb) @ whole_a), per_line
