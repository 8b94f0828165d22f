"""Which sentence of each strong example makes each key point is read once and kept in the cache."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from valmis.practice.coach import Coach
from valmis.practice.references import _EvidenceCache


@pytest.fixture
def vectors_only(tmp_path: Path) -> Path:
    """A cache folder with the bank's vectors and no evidence file: a coach reads the examples' words."""
    for vectors in Path(os.environ["VALMIS_CACHE_DIR"]).glob("bank-vectors-*.npy"):
        shutil.copy(vectors, tmp_path)
    return tmp_path


def _cache(folder: Path, coach: Coach) -> _EvidenceCache:
    banks = {lang: coach.bank(lang) for lang in ("en", "fi")}
    return _EvidenceCache(folder, banks, {lang: coach.lemmatizer(lang) for lang in banks})


def test_what_was_found_is_read_back_on_the_next_start(tmp_path: Path, word_coach: Coach) -> None:
    first = _cache(tmp_path, word_coach)
    assert first.get("en", "q:why-bpo") is None
    first.put("en", "q:why-bpo", ["I like people.", None])
    first.save()
    assert _cache(tmp_path, word_coach).get("en", "q:why-bpo") == ["I like people.", None]


def test_a_damaged_cache_file_is_read_again_from_the_bank(tmp_path: Path, word_coach: Coach) -> None:
    first = _cache(tmp_path, word_coach)
    first.put("en", "q:why-bpo", ["I like people."])
    first.save()
    [path] = tmp_path.glob("bank-evidence-*.json")
    path.write_text("{not json", encoding="utf-8")
    assert _cache(tmp_path, word_coach).get("en", "q:why-bpo") is None


def test_a_cached_entry_that_no_longer_fits_the_example_is_read_again(
    coach: Coach, vectors_only: Path
) -> None:
    answer = "I enjoy helping customers, and in my last job I solved billing issues on the first call."
    reading = Coach(embedder=coach.embedder, cache_dir=vectors_only)
    first = reading.analyse(answer, reading.resolve_id("why-bpo", "en"), "en")
    [path] = vectors_only.glob("bank-evidence-*.json")
    found = json.loads(path.read_text(encoding="utf-8"))
    # Valid JSON, wrong content: a sentence the example does not have, a list one point short.
    found["en|q:why-bpo"] = ["A sentence the example does not have."]
    found["en|q:tell-me-about-yourself"] = found["en|q:tell-me-about-yourself"][:-1]
    path.write_text(json.dumps(found), encoding="utf-8")
    again = Coach(embedder=coach.embedder, cache_dir=vectors_only)
    assert again.analyse(answer, again.resolve_id("why-bpo", "en"), "en") == first


def test_a_coach_started_from_the_cache_judges_exactly_as_one_that_read_the_bank(
    coach: Coach, vectors_only: Path
) -> None:
    answers = [
        (
            "why-bpo",
            "en",
            "I enjoy helping customers, and in my last job I solved billing issues on the first call.",
        ),
        ("irate-customer-shouting", "fi", "Annan asiakkaan puhua loppuun, pahoittelen ja korjaan vian heti."),
    ]
    reading = Coach(embedder=coach.embedder, cache_dir=vectors_only)
    first = [reading.analyse(a, reading.resolve_id(q, lang), lang) for q, lang, a in answers]
    assert list(vectors_only.glob("bank-evidence-*.json"))
    cached = Coach(embedder=coach.embedder, cache_dir=vectors_only)
    assert [cached.analyse(a, cached.resolve_id(q, lang), lang) for q, lang, a in answers] == first
