"""Routing a pasted question: by meaning with the model, by words without it or when it fails."""

from __future__ import annotations

from collections.abc import Sequence

from valmis.analysis.embedding import Vectors
from valmis.practice.coach import Coach

CRYING = "What would you do if a caller started crying on the phone?"


class BrokenEmbedder:
    name = "broken"

    def embed(self, texts: Sequence[str]) -> Vectors:
        raise RuntimeError("the model file is damaged")


def test_a_pasted_question_is_routed_by_meaning_with_the_model(coach: Coach) -> None:
    resolved = coach.resolve_text(CRYING, "en")
    assert resolved.kind == "category"
    assert resolved.match is not None and resolved.match.by == "meaning"
    assert resolved.describe()["matched_by"] == "meaning"


def test_a_failing_model_leaves_routing_by_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    resolved = Coach(embedder=BrokenEmbedder(), cache_dir=tmp_path).resolve_text(CRYING, "en")
    assert resolved.kind == "category"
    assert resolved.match is not None and resolved.match.by == "words"


def test_without_the_model_a_pasted_question_is_routed_by_words(word_coach: Coach) -> None:
    resolved = word_coach.resolve_text(CRYING, "en")
    assert resolved.match is not None and resolved.match.by == "words"
    assert resolved.category == "scenario"  # "what would you do if" is a scenario cue


def test_every_other_wording_of_a_bank_question_is_that_question(word_coach: Coach) -> None:
    for lang in ("en", "fi"):
        for q in word_coach.bank(lang).questions:
            for wording in q.also_asked:
                resolved = word_coach.resolve_text(wording, lang)
                assert resolved.question is not None and resolved.question.id == q.id, (lang, wording)


def test_the_category_vote_reads_the_questions_texts_not_their_other_wordings(coach: Coach) -> None:
    index = coach.meaning_index()
    assert index is not None
    q = coach.bank("en").get("why-bpo")
    assert q is not None and q.also_asked
    place = [x.id for x in coach.bank("en").questions].index("why-bpo")
    vector = coach._text_vector(q.also_asked[0], "en")
    with_wordings = index.question_similarities("en", vector)
    text_only = index.question_similarities("en", vector, wordings=False)
    assert with_wordings[place] > 0.99 > text_only[place]
    assert (with_wordings >= text_only - 1e-6).all()
