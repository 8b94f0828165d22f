"""Meaning for the match: vectors are kept between matches, and a full cache starts afresh safely."""

from __future__ import annotations

import pytest

from valmis.story import meaning as m


def test_one_meaning_per_coach_and_a_full_cache_starts_afresh(coach, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    meaning = m.meaning_for(coach)
    assert meaning is not None and m.meaning_for(coach) is meaning
    monkeypatch.setattr(m, "CACHE_SIZE", 3)
    first = meaning.similarity(["Customer service"], ["Handled 80 calls a day"])
    again = meaning.similarity(
        ["Customer service", "Night shifts"], ["Handled 80 calls a day", "Typing 40 wpm"]
    )
    assert again.shape == (2, 2)
    assert abs(float(again[0, 0]) - float(first[0, 0])) < 1e-5  # the same texts, the same vectors
