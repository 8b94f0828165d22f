"""No wrong claim fires on a right statement: a corpus of what good candidates say, on the topics of
every claim, often in the claim's own words ("AHT is an average, so one call may take longer")."""

from __future__ import annotations

from pathlib import Path

import pytest

from valmis.analysis.claims import find_wrong_claims
from valmis.analysis.lexicon import lexicon
from valmis.analysis.redflags import find_red_flags
from valmis.analysis.rubric import ClaimSpec
from valmis.analysis.text import split_sentences
from valmis.practice.coach import Coach

DATA = Path(__file__).parent / "data"


def statements(lang: str) -> list[str]:
    lines = (DATA / f"right_statements.{lang}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_no_wrong_claim_fires_on_a_right_statement(coach: Coach, lang: str) -> None:
    claims = tuple(
        ClaimSpec(w.id, w.claim, w.correction, tuple(w.cues))
        for q in coach.bank(lang).questions
        for w in q.wrong_claims
    )
    lemmatizer, lex = coach.lemmatizer(lang), lexicon(lang)
    fired = [
        (hit.id, hit.label, line)
        for line in statements(lang)
        for hit in find_wrong_claims(claims, split_sentences(line), lemmatizer, lex)
    ]
    assert len(statements(lang)) >= 200
    assert fired == []


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_no_generic_red_flag_fires_on_a_right_statement(coach: Coach, lang: str) -> None:
    lemmatizer, lex = coach.lemmatizer(lang), lexicon(lang)
    fired = [
        (hit.id, line)
        for line in statements(lang)
        for hit in find_red_flags((), split_sentences(line), lex, lemmatizer)
    ]
    assert fired == []
