"""The real embedder, as a process loads it."""

from __future__ import annotations

import numpy as np
from threadpoolctl import threadpool_info

from valmis.embedder import E5Embedder


def test_outside_the_model_numpy_blas_keeps_to_one_thread() -> None:
    # The analysis's small matrix products lose more to waking threads than they gain; only the
    # model's own products run on every core, and the limit comes back when they are done.
    E5Embedder().embed(["Hei, olen Aino."])
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


def test_an_embedding_is_a_unit_vector_of_the_model_size() -> None:
    (vector,) = E5Embedder().embed(["I worked nights for a year."])
    assert vector.shape == (384,)
    assert abs(float(vector @ vector) - 1.0) < 1e-4


def test_an_answer_read_as_a_passage_is_closer_to_its_own_question_than_to_another() -> None:
    embedder = E5Embedder()
    asked, other = embedder.embed(["Are you comfortable working night shifts?", "What is your typing speed?"])
    (answer,) = embedder.embed_passages(["Yes. I worked the US shift from 7 pm to 4 am for a whole year."])
    assert abs(float(answer @ answer) - 1.0) < 1e-4
    assert answer @ asked > answer @ other
    assert embedder.embed_passages([]).shape == (0, 384)


def test_texts_and_passages_embedded_at_once_are_what_each_gives_alone() -> None:
    embedder = E5Embedder()
    sentences = ["I worked nights for a year.", "Olin yövuorossa vuoden."]
    answer = ["Yes. I worked the US shift from 7 pm to 4 am for a whole year, and I never missed a shift."]
    queries, passages = embedder.embed_both(sentences, answer)
    assert np.allclose(queries, embedder.embed(sentences), atol=1e-5)
    assert np.allclose(passages, embedder.embed_passages(answer), atol=1e-5)
    empty, (alone,) = embedder.embed_both([], answer)
    assert empty.shape == (0, 384) and np.allclose(alone, passages[0], atol=1e-5)


def test_every_embedder_in_a_process_shares_one_copy_of_the_model() -> None:
    first, second = E5Embedder(), E5Embedder()
    first.embed(["Hei."])
    second.embed(["Hello."])
    assert first._model is not None and first._model is second._model
