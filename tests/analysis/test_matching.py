"""A pasted question matches its bank question, or else the category whose cues fit."""

from functools import cache

import pytest

from valmis.analysis.lemmas import Lemmatizer, make_lemmatizer
from valmis.analysis.lexicon import lexicon
from valmis.analysis.matching import (
    QUESTION_THRESHOLD,
    Candidate,
    CategoryCues,
    Match,
    QuestionIndex,
    category_scores,
    match_question,
)


@cache
def lemmatizer(lang: str) -> Lemmatizer:
    return make_lemmatizer(lang)


def english_bank() -> QuestionIndex:
    candidates = [
        Candidate("angry-customer", "How would you handle an angry customer?", "customer_handling"),
        Candidate("tell-me-about-yourself", "Tell me about yourself.", "self_introduction"),
        Candidate("night-shifts", "Are you comfortable working night shifts?", "shifts_logistics"),
        Candidate("what-is-bpo", "What is BPO?", "bpo_knowledge"),
    ]
    return QuestionIndex(candidates, lemmatizer("en"), lexicon("en").stop_words)


def finnish_bank() -> QuestionIndex:
    candidates = [
        Candidate("vihainen-asiakas", "Miten toimisit vihaisen asiakkaan kanssa?", "customer_handling"),
        Candidate("kerro-itsestasi", "Kerro itsestäsi.", "self_introduction"),
        Candidate("yovuorot", "Sopiiko sinulle yövuorot?", "shifts_logistics"),
    ]
    return QuestionIndex(candidates, lemmatizer("fi"), lexicon("fi").stop_words)


ENGLISH_CUES = (
    CategoryCues("self_introduction", ("tell me about yourself", "your strengths", "your background")),
    CategoryCues("customer_handling", ("customer", "caller", "complaint")),
    CategoryCues("shifts_logistics", ("shift*", "night", "weekend")),
)
FINNISH_CUES = (
    CategoryCues("self_introduction", ("kerro itsestäsi", "vahvuu*")),
    CategoryCues("customer_handling", ("asiak*", "valitu*")),
    CategoryCues("shifts_logistics", ("vuoro*", "viikonlop*")),
)


def test_the_bank_question_itself_matches_its_id_fully() -> None:
    match = match_question("How would you handle an angry customer?", english_bank(), ENGLISH_CUES)
    assert match == Match("question", "customer_handling", 1.0, "angry-customer", "night-shifts")


def test_a_paraphrased_english_question_matches_its_id() -> None:
    match = match_question("How do you deal with angry customers?", english_bank(), ENGLISH_CUES)
    assert (match.kind, match.question_id, match.category) == (
        "question",
        "angry-customer",
        "customer_handling",
    )
    assert QUESTION_THRESHOLD <= match.similarity < 1.0


def test_a_paraphrased_finnish_question_with_other_inflections_matches_its_id() -> None:
    match = match_question("Miten toimit, kun asiakas on vihainen?", finnish_bank(), FINNISH_CUES)
    assert (match.kind, match.question_id) == ("question", "vihainen-asiakas")
    assert match.similarity == pytest.approx(0.753, abs=0.001)


def test_a_finnish_question_in_plural_matches_the_singular_bank_question() -> None:
    match = match_question("Miten toimisit vihaisten asiakkaiden kanssa?", finnish_bank(), FINNISH_CUES)
    assert (match.kind, match.question_id, match.similarity) == ("question", "vihainen-asiakas", 1.0)


def test_an_unrelated_english_question_falls_to_the_category_whose_cues_fit() -> None:
    match = match_question("Which of your strengths fit this job?", english_bank(), ENGLISH_CUES)
    assert match == Match("category", "self_introduction", 0.0, None, "angry-customer")


def test_an_unrelated_finnish_question_falls_to_the_category_whose_cues_fit() -> None:
    match = match_question("Voitko tehdä viikonloppuvuoroja?", finnish_bank(), FINNISH_CUES)
    assert (match.kind, match.category, match.question_id) == ("category", "shifts_logistics", None)


def test_with_no_fitting_cue_the_nearest_bank_question_gives_the_category() -> None:
    match = match_question("What is your favourite colour?", english_bank(), ENGLISH_CUES)
    assert (match.kind, match.category, match.runner_up) == (
        "category",
        "customer_handling",
        "angry-customer",
    )


def test_a_match_below_a_raised_threshold_falls_to_the_category() -> None:
    match = match_question(
        "Are you OK with working weekend shifts?", english_bank(), ENGLISH_CUES, threshold=0.99
    )
    assert (match.kind, match.category, match.question_id) == ("category", "shifts_logistics", None)


def test_nearest_ranks_bank_questions_best_first_and_ties_by_id() -> None:
    ranked = [(c.id, round(s, 3)) for c, s in english_bank().nearest("Tell me something about yourself")]
    assert ranked == [
        ("tell-me-about-yourself", 0.938),
        ("angry-customer", 0.0),
        ("night-shifts", 0.0),
        ("what-is-bpo", 0.0),
    ]


def test_category_scores_count_every_cue_hit_best_first() -> None:
    assert category_scores("Night shifts and weekend shifts for a caller", ENGLISH_CUES) == [
        ("shifts_logistics", 4),
        ("customer_handling", 1),
        ("self_introduction", 0),
    ]


def test_matching_is_the_same_every_time() -> None:
    question = "Kerro vähän itsestäsi."
    assert match_question(question, finnish_bank(), FINNISH_CUES) == match_question(
        question, finnish_bank(), FINNISH_CUES
    )


def test_a_pasted_questions_category_comes_from_its_nearest_bank_questions_by_meaning() -> None:
    from valmis.analysis.matching import category_by_meaning

    neighbours = [
        ("calm-upset", "customer_handling", 0.62),
        ("irate", "scenario", 0.58),
        ("closing", "customer_handling", 0.55),
        ("why-bpo", "motivation", 0.10),
    ]
    category, nearest, similarity = category_by_meaning(neighbours, [], k=3)
    assert (category, nearest, similarity) == ("customer_handling", "calm-upset", 0.62)


def test_cue_words_can_tip_a_close_vote_by_meaning() -> None:
    from valmis.analysis.matching import category_by_meaning

    neighbours = [("a", "customer_handling", 0.60), ("b", "scenario", 0.55)]
    assert category_by_meaning(neighbours, [("scenario", 1)], k=2, cue_weight=0.1)[0] == "scenario"
    assert category_by_meaning(neighbours, [("scenario", 1)], k=2, cue_weight=0.0)[0] == "customer_handling"


def test_meaning_is_not_asked_when_the_words_are_sure() -> None:
    asked: list[str] = []

    def neighbours() -> list[tuple[str, str, float]]:
        asked.append("yes")
        return [("angry-customer", "customer_handling", 0.6)]

    close = match_question(
        "How would you handle an angry customer?", english_bank(), ENGLISH_CUES, neighbours=neighbours
    )
    assert close.kind == "question" and asked == []
    far = match_question(
        "What is your favourite colour?", english_bank(), ENGLISH_CUES, neighbours=neighbours
    )
    assert (far.kind, far.by) == ("category", "meaning") and asked == ["yes"]


def test_a_match_in_words_that_means_something_else_is_dropped() -> None:
    def neighbours() -> list[tuple[str, str, float]]:
        return [("angry-customer", "customer_handling", 0.30), ("what-is-bpo", "bpo_knowledge", 0.35)]

    match = match_question(
        "How would you handle an angry dog?", english_bank(), ENGLISH_CUES, neighbours=neighbours
    )
    assert match.kind == "category" and match.question_id is None


def test_a_bank_question_much_closer_in_meaning_replaces_the_match_in_words() -> None:
    def neighbours() -> list[tuple[str, str, float]]:
        return [("angry-customer", "customer_handling", 0.55), ("what-is-bpo", "bpo_knowledge", 0.80)]

    match = match_question(
        "How would you handle an angry dog?", english_bank(), ENGLISH_CUES, neighbours=neighbours
    )
    assert (match.question_id, match.by, match.runner_up) == ("what-is-bpo", "meaning", "angry-customer")


def test_a_rewording_far_in_words_is_matched_to_its_bank_question_by_meaning() -> None:
    from valmis.analysis.matching import same_question_by_meaning

    close = [("night-shifts", "shifts_logistics", 0.73), ("night-commute", "shifts_logistics", 0.54)]
    assert same_question_by_meaning(close) == Match(
        "question", "shifts_logistics", 0.73, "night-shifts", "night-commute", by="meaning"
    )
    tied = [("night-shifts", "shifts_logistics", 0.73), ("night-commute", "shifts_logistics", 0.71)]
    assert same_question_by_meaning(tied) is None
    assert same_question_by_meaning([("night-shifts", "shifts_logistics", 0.5)]) is None


def test_a_question_the_user_calls_new_gets_a_category_even_when_its_words_match() -> None:
    m = match_question(
        "How would you handle an angry customer?", english_bank(), ENGLISH_CUES, bank_questions=False
    )
    assert (m.kind, m.question_id) == ("category", None)
