"""Sentence embeddings as the analysis sees them: a protocol, and the geometry on top of it.

The multilingual model's raw cosine similarities sit in a narrow band (about 0.75–0.9 for
anything), and each language shares a large common direction. Subtracting each language's mean
vector and renormalising spreads the band and lets an English and a Finnish sentence with the same
meaning meet. All vectors the analysis compares are "centred" this way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors, one row per text."""

    name: str

    def embed(self, texts: Sequence[str]) -> Vectors: ...


@runtime_checkable
class PassageEmbedder(Protocol):
    """An embedder that can also read a text as an answer to a question (E5's "passage: " side):
    a question and its answer then meet more closely than a question and an answer to another one."""

    def embed_passages(self, texts: Sequence[str]) -> Vectors: ...


@runtime_checkable
class PairEmbedder(Protocol):
    """An embedder that reads texts as texts and others as answers in one go, faster than in two."""

    def embed_both(self, texts: Sequence[str], passages: Sequence[str]) -> tuple[Vectors, Vectors]: ...


def normalise(vectors: Vectors) -> Vectors:
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    out: Vectors = (vectors / np.maximum(norms, 1e-9)).astype(np.float32)
    return out


def centre(vectors: Vectors, mean: Vectors) -> Vectors:
    """Remove the language's common direction, then renormalise."""
    return normalise(vectors - mean)


def mean_vector(vectors: Vectors) -> Vectors:
    """The direction of a group of vectors (an answer from its sentences)."""
    if len(vectors) == 0:
        return np.zeros(vectors.shape[-1], dtype=np.float32)
    return normalise(vectors.mean(axis=0))
