"""Feedback: a 0–100 score that is the sum of its parts, each part with notes and evidence."""

from dataclasses import replace
from functools import cache

import pytest

from valmis.analysis.echo import Echo
from valmis.analysis.feedback import MAXIMA, _specificity_part, analyse
from valmis.analysis.findings import Feedback, Part
from valmis.analysis.lemmas import FinnishStemLemmatizer, Lemmatizer, make_lemmatizer
from valmis.analysis.lexicon import lexicon
from valmis.analysis.rubric import ClaimSpec, FlagSpec, PointSpec, RubricSpec
from valmis.analysis.specificity import find_specifics
from valmis.analysis.text import split_sentences


@cache
def lemmatizer(lang: str) -> Lemmatizer:
    return make_lemmatizer(lang)


def english_rubric(*, structure: str = "star", min_words: int = 40, max_words: int = 120) -> RubricSpec:
    return RubricSpec(
        key_points=(
            PointSpec("listen", "Listen first", "Let them finish.", ("listen", "let the customer finish")),
            PointSpec("apologise", "Apologise", "Say sorry once.", ("apologise", "sorry")),
            PointSpec("fix", "Fix the problem", "Say how you solved it.", ("solve the problem", "refund")),
        ),
        red_flags=(FlagSpec("rude", "Rude", "Contempt for callers.", ("hang up",)),),
        structure=structure,
        min_words=min_words,
        max_words=max_words,
    )


def finnish_rubric() -> RubricSpec:
    return RubricSpec(
        key_points=(
            PointSpec("kuuntele", "Kuuntele", "Anna asiakkaan puhua.", ("kuunnella",)),
            PointSpec("pahoittele", "Pahoittele", "Sano kerran anteeksi.", ("pahoitella", "anteeksi")),
            PointSpec("ratkaise", "Ratkaise", "Kerro, miten ratkaisit.", ("ratkaista ongelma", "hyvittää")),
        ),
        red_flags=(FlagSpec("tyly", "Tyly", "Halveksuntaa.", ("lyödä luuri korvaan",)),),
        structure="star",
        min_words=30,
        max_words=120,
        lang="fi",
    )


STRONG_EN = (
    "Last year a customer called about a double charge on his bill. My job was to keep him with us. "
    "First I listened and let him finish without interrupting. I apologised and checked the account, "
    "and I found two charges of 30 euros. I refunded one of them the same day. "
    "In the end he thanked me and kept his contract."
)
WEAK_EN = "Um, I think maybe I would, you know, just tell them to wait. Basically it is not my problem."
STRONG_FI = (
    "Viime vuonna asiakas soitti, koska laskulla oli kaksi samaa maksua. Minun piti pitää hänet tyytyväisenä. "
    "Ensin kuuntelin hänet loppuun asti ja pahoittelin virhettä. Tarkistin tilin ja hyvitin 30 euroa samana "
    "päivänä. Lopulta asiakas kiitti ja ongelma ratkesi."
)
WEAK_FI = "Öö, tota, mä varmaan niinku sanoisin että odota. Ei kuulu minulle."


def en(answer: str, rubric: RubricSpec | None = None) -> Feedback:
    return analyse(answer, rubric or english_rubric(), "en", lemmatizer("en"))


def fi(answer: str, lem: Lemmatizer | None = None) -> Feedback:
    return analyse(answer, finnish_rubric(), "fi", lem or lemmatizer("fi"))


def part(feedback: Feedback, name: str) -> Part:
    (found,) = [p for p in feedback.parts if p.name == name]
    return found


def codes(p: Part) -> list[str]:
    return [n.code for n in p.notes]


def test_the_maxima_of_the_parts_add_up_to_100() -> None:
    assert sum(MAXIMA.values()) == 100
    assert {p.name: p.max for p in en(STRONG_EN).parts} == MAXIMA


@pytest.mark.parametrize("answer", [STRONG_EN, WEAK_EN, "Ok.", ""])
def test_the_english_score_is_the_sum_of_its_parts(answer: str) -> None:
    feedback = en(answer)
    assert feedback.score == sum(p.points for p in feedback.parts)
    assert all(0 <= p.points <= p.max for p in feedback.parts)


@pytest.mark.parametrize("answer", [STRONG_FI, WEAK_FI])
def test_the_finnish_score_is_the_sum_of_its_parts(answer: str) -> None:
    feedback = fi(answer)
    assert feedback.score == sum(p.points for p in feedback.parts)


def test_a_strong_english_answer_scores_full_marks() -> None:
    feedback = en(STRONG_EN)
    assert feedback.score == 100
    assert [p.id for p in feedback.covered] == ["listen", "apologise", "fix"]


def test_a_strong_finnish_answer_scores_full_marks() -> None:
    feedback = fi(STRONG_FI)
    assert feedback.score == 100
    assert (feedback.lang, feedback.missed) == ("fi", ())


def test_a_strong_answer_scores_higher_than_a_weak_one() -> None:
    assert en(STRONG_EN).score > en(WEAK_EN).score + 50
    assert fi(STRONG_FI).score > fi(WEAK_FI).score + 50


def test_a_weak_answer_loses_points_in_every_part_it_fails() -> None:
    feedback = en(WEAK_EN)
    # No key point is covered, so the parts about form count 30 %, and the red flag ("not my problem")
    # halves everything but professionalism, which it empties.
    assert {p.name: p.points for p in feedback.parts} == {
        "relevance": 0,
        "key_points": 0,
        "structure": 0,
        "specificity": 2,
        "length": 0,
        "clarity": 0,
        "professionalism": 0,
    }
    assert feedback.score == 2
    assert all("part.off_topic" in codes(p) for p in feedback.parts if p.name in ("structure", "clarity"))
    assert all("part.red_flag" in codes(p) for p in feedback.parts if p.name != "professionalism")


@pytest.mark.parametrize("answer", [STRONG_EN, WEAK_EN, "Ok.", ""])
def test_every_part_has_at_least_one_note(answer: str) -> None:
    assert all(p.notes for p in en(answer).parts)


def test_every_finnish_part_has_at_least_one_note() -> None:
    assert all(p.notes for p in fi(WEAK_FI).parts)


def test_the_same_answer_twice_gives_equal_feedback() -> None:
    assert en(WEAK_EN) == en(WEAK_EN)
    assert fi(STRONG_FI) == fi(STRONG_FI)


def test_a_short_answer_loses_length_points_in_proportion() -> None:
    assert part(en("Ok."), "length").points == 0
    twenty_words = "I listened to the customer, apologised for the trouble and refunded the double charge on his bill the same day."
    length = part(en(twenty_words), "length")
    assert (length.points, codes(length), length.tip.code if length.tip else None) == (
        2,
        ["length.short"],
        "length.tip.short",
    )
    params = length.notes[0].params
    assert (params["words"], params["min"], params["max"]) == (20, 40, 120)


def test_a_long_answer_loses_length_points_but_keeps_some() -> None:
    top = MAXIMA["length"]
    somewhat_long = part(en(STRONG_EN, english_rubric(min_words=10, max_words=50)), "length").points
    far_too_long = part(en(STRONG_EN, english_rubric(min_words=5, max_words=10)), "length").points
    assert top > somewhat_long >= far_too_long == round(top * 0.4) > 0


def test_a_red_flag_empties_professionalism_and_halves_the_rest() -> None:
    clean = en(STRONG_EN)
    flagged = en(STRONG_EN + " Next time I will hang up faster.")
    assert part(clean, "professionalism").points == MAXIMA["professionalism"]
    professionalism = part(flagged, "professionalism")
    assert (professionalism.points, codes(professionalism)) == (0, ["professionalism.flag"])
    assert part(flagged, "key_points").points == part(clean, "key_points").points // 2
    assert codes(part(flagged, "key_points"))[-1] == "part.red_flag"
    assert professionalism.notes[0].quote == "Next time I will hang up faster."
    assert "rude" in [f.id for f in flagged.red_flags]


def test_a_finnish_red_flag_costs_professionalism_points() -> None:
    assert part(fi(STRONG_FI), "professionalism").points == MAXIMA["professionalism"]
    assert part(fi(STRONG_FI + " Joskus löisin luurin korvaan."), "professionalism").points == 0


def test_a_negated_red_flag_costs_nothing() -> None:
    assert (
        part(en(STRONG_EN + " I would never hang up on anyone."), "professionalism").points
        == MAXIMA["professionalism"]
    )


def test_key_points_earn_their_share_and_quote_the_covering_sentence() -> None:
    feedback = en("I listened to the caller and let him talk. Then I said goodbye.")
    key_points = part(feedback, "key_points")
    assert key_points.points == round(MAXIMA["key_points"] / 3)
    assert key_points.notes[0].params == {"covered": 1, "total": 3}
    assert key_points.notes[1].quote == "I listened to the caller and let him talk."
    assert key_points.tip is not None and key_points.tip.params["point"] == "Apologise"


def test_a_long_answer_covering_no_point_is_called_off_topic() -> None:
    answer = "I like playing football with my friends on Sundays. " * 10
    assert codes(part(en(answer), "key_points"))[:2] == ["key_points.summary", "key_points.off_topic"]


def test_a_short_answer_covering_no_point_is_not_called_off_topic() -> None:
    assert "key_points.off_topic" not in codes(part(en("I like football."), "key_points"))


def test_fillers_and_hedges_cost_clarity_points_and_are_listed() -> None:
    clarity = part(en(WEAK_EN), "clarity")
    assert clarity.points == 0  # 10 − 4 × 2 = 2, then scaled for covering no key point and for the red flag
    assert codes(clarity)[:2] == ["clarity.fillers", "clarity.hedges"]
    assert clarity.notes[0].params == {"count": 3, "words": "“um”, “you know”, “basically”"}
    assert clarity.tip is not None and clarity.tip.code == "clarity.tip.hedges"


def test_finnish_fillers_cost_clarity_points() -> None:
    clarity = part(fi(WEAK_FI), "clarity")
    # Three fillers and one hedge in an 11-word answer: 4 × 2 points off; the answer is too short to
    # show clear wording fully and covers no key point, so the 2 points left are scaled down to 0.
    assert clarity.points == 0
    assert {"part.too_short", "part.off_topic"} <= set(codes(clarity))
    assert [n.params["words"] for n in clarity.notes[:2]] == ["“öö”, “tota”, “niinku”", "“varmaan”"]


def test_a_clean_answer_keeps_full_clarity() -> None:
    clarity = part(en(STRONG_EN), "clarity")
    assert (clarity.points, codes(clarity), clarity.tip) == (MAXIMA["clarity"], ["clarity.clean"], None)


def test_we_heavy_finnish_answer_loses_the_ownership_points() -> None:
    specificity = part(fi("Teimme sen yhdessä. Ratkaisimme ongelman ja kiitimme asiakasta."), "specificity")
    (we_heavy,) = [n for n in specificity.notes if n.code == "specificity.we_heavy"]
    assert we_heavy.params == {"i": 0, "we": 3}


def test_a_definition_answer_is_judged_on_plain_sentences_not_on_i() -> None:
    answer = (
        "BPO means business process outsourcing. For example, a bank outsources its calls to 200 agents who "
        "listen, apologise and solve the problem."
    )
    specificity = part(en(answer, english_rubric(structure="definition_example")), "specificity")
    assert (specificity.points, codes(specificity)) == (
        MAXIMA["specificity"],
        ["specificity.number", "specificity.example", "specificity.plain"],
    )


def test_the_structure_part_names_the_first_missing_element_as_the_tip() -> None:
    structure = part(en("So I checked the account."), "structure")
    # One of four elements (2–3 points), at 58 % for covering no key point (words-only relevance 0.4).
    assert structure.points == 1
    assert structure.tip is not None and structure.tip.code == "structure.tip.situation"


def test_feedback_says_when_finnish_base_forms_are_approximate() -> None:
    assert fi(STRONG_FI, FinnishStemLemmatizer()).approximate_lemmas is True
    assert fi(STRONG_FI).approximate_lemmas is False


def test_one_offence_flagged_by_rubric_and_generic_list_is_counted_once() -> None:
    rubric = RubricSpec(
        key_points=(),
        red_flags=(
            FlagSpec("only-money", "Chooses only for the pay", "Pay alone.", ("just for the money",)),
        ),
        structure="none",
        min_words=1,
        max_words=100,
    )
    feedback = en("I would pick it just for the money. I also like the office and the people.", rubric)
    assert [f.id for f in feedback.red_flags] == ["only-money"]
    assert part(feedback, "professionalism").points == 0


def _meaning(own_z: float):  # type: ignore[no-untyped-def]
    from valmis.analysis.semantic import Meaning, PointMeaning

    # The model agrees each point is made (so the answer is not keyword stuffing), but finds the
    # answer as a whole only this close to the question.
    points = (
        PointMeaning("listen", True, 2, 3.0),
        PointMeaning("apologise", True, 3, 3.0),
        PointMeaning("fix", True, 4, 3.0),
    )
    return Meaning(
        relevance=0.7, rank=5, of=50, own_similarity=0.5, own_z=own_z, closer_to_strong=None,
        points=points, off_point=(),
    )  # fmt: skip


def test_naming_the_key_points_lifts_an_answer_the_model_finds_only_partly_on_topic() -> None:
    partly = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=_meaning(0.8))
    assert all(n.code != "part.off_topic" for p in partly.parts for n in p.notes)


def test_named_key_points_do_not_overrule_an_answer_the_model_finds_off_topic() -> None:
    off = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=_meaning(-0.5))
    assert any(n.code == "part.off_topic" for p in off.parts for n in p.notes)


def test_key_points_made_in_other_words_keep_an_answer_the_model_finds_far_as_a_whole_partly_on_topic() -> (
    None
):
    from dataclasses import replace

    from valmis.analysis.semantic import PointMeaning

    in_other_words = (
        "I let her speak until she has finished. I tell her I regret the trouble. I put the fault right."
    )
    made = tuple(PointMeaning(pid, True, i, 3.0) for i, pid in enumerate(("listen", "apologise", "fix")))
    feedback = analyse(
        in_other_words, english_rubric(), "en", lemmatizer("en"), meaning=replace(_meaning(-0.5), points=made)
    )
    assert [p.by for p in feedback.key_points] == ["meaning"] * 3
    relevance = part(feedback, "relevance")
    assert not {"relevance.off_topic", "relevance.other_question_off"} & set(codes(relevance))
    assert relevance.points > 0


def test_a_sentence_with_a_red_flag_makes_no_key_point_by_meaning() -> None:
    from dataclasses import replace

    from valmis.analysis.semantic import PointMeaning

    meaning = replace(_meaning(2.0), points=(PointMeaning("fix", True, 1, 3.0),))
    calm = "A caller was upset about his bill. I checked it twice and explained each line to him."
    rude = "A caller was upset about his bill. If he kept shouting I would hang up on him."
    fixed = analyse(calm, english_rubric(), "en", lemmatizer("en"), meaning=meaning)
    assert [(p.id, p.by) for p in fixed.covered] == [("fix", "meaning")]
    flagged = analyse(rude, english_rubric(), "en", lemmatizer("en"), meaning=meaning)
    assert "rude" in [f.id for f in flagged.red_flags]
    assert flagged.covered == ()


def test_an_attitude_recognised_by_meaning_is_a_caution_that_costs_nothing() -> None:
    from dataclasses import replace

    from valmis.analysis.attitude import AttitudeHit

    plain = _meaning(2.0)
    cautious = replace(plain, attitudes=(AttitudeHit("impatient", "Impatient", "why", 1, 0.7, 0.3),))
    without = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=plain)
    with_caution = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=cautious)
    assert [c.id for c in with_caution.cautions] == ["impatient"]
    assert with_caution.red_flags == ()
    assert with_caution.score == without.score


def test_an_attitude_the_model_is_sure_of_is_a_red_flag() -> None:
    from valmis.analysis.attitude import AttitudeHit
    from valmis.analysis.feedback import ATTITUDE_SURE

    plain = _meaning(2.0)
    sure = replace(
        plain, attitudes=(AttitudeHit("impatient", "Impatient", "why", 1, 0.8, ATTITUDE_SURE + 0.05),)
    )
    without = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=plain)
    flagged = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=sure)
    assert [f.id for f in flagged.red_flags] == ["impatient"]
    assert flagged.cautions == ()
    assert part(flagged, "professionalism").points == 0
    assert flagged.score < without.score


def test_an_answer_that_fits_another_question_much_better_is_told_which_and_loses_relevance() -> None:
    from dataclasses import replace

    plain = _meaning(2.0)
    elsewhere = replace(plain, other_margin=-0.5, nearest_other="How do you calm an angry customer?")
    on = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=plain)
    off = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=elsewhere)
    notes = part(off, "relevance").notes
    # Off topic: its named key words do not lift it back.
    assert [n.params["question"] for n in notes if n.code == "relevance.other_question_off"] == [
        "How do you calm an angry customer?"
    ]
    assert "relevance.on_topic" not in [n.code for n in notes]
    assert off.score < on.score


def test_an_answer_only_a_little_closer_to_another_question_loses_only_the_fit_share() -> None:
    from dataclasses import replace

    from valmis.analysis.feedback import FIT_SHARE

    plain = _meaning(2.0)
    near = replace(plain, other_margin=-0.05, nearest_other="How do you calm an angry customer?")
    on = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=plain)
    close = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=near)
    assert close.score == on.score - round(MAXIMA["relevance"] * FIT_SHARE)
    notes = part(close, "relevance").notes
    assert "relevance.other_question" not in [n.code for n in notes]
    assert [n.params["question"] for n in notes if n.code == "relevance.fits_near"] == [
        "How do you calm an angry customer?"
    ]


def test_an_answer_with_full_points_for_answering_the_question_is_not_told_to_say_more_of_it() -> None:
    from dataclasses import replace

    # Barely short of fitting its own question clearly best: the fit share loses less than a point.
    almost = replace(_meaning(2.0), other_margin=0.14, nearest_other="How do you calm an angry customer?")
    relevance = part(
        analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=almost), "relevance"
    )
    assert relevance.points == relevance.max
    assert "relevance.fits_near" not in codes(relevance)


def test_an_answer_judged_off_topic_is_not_also_told_it_fits_its_question_or_example() -> None:
    from dataclasses import replace

    off = replace(
        _meaning(-0.5),
        other_margin=0.2,
        nearest_other="How do you calm an angry customer?",
        closer_to_strong=0.1,
    )
    feedback = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=off)
    notes = codes(part(feedback, "relevance"))
    assert "relevance.off_topic" in notes
    assert not {"relevance.fits_own", "relevance.fits_near", "relevance.closer_strong"} & set(notes)


def test_an_answer_that_fits_its_own_question_clearly_best_earns_the_whole_fit_share() -> None:
    from dataclasses import replace

    best = replace(_meaning(2.0), other_margin=0.2, nearest_other="How do you calm an angry customer?")
    feedback = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=best)
    relevance = part(feedback, "relevance")
    assert relevance.points == relevance.max
    assert "relevance.fits_own" in codes(relevance)


def test_an_answer_somewhat_closer_to_another_question_is_partly_on_topic_and_told_which() -> None:
    from dataclasses import replace

    between = replace(_meaning(2.0), other_margin=-0.14, nearest_other="How do you calm an angry customer?")
    feedback = analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=between)
    relevance = part(feedback, "relevance")
    assert [n.code for n in relevance.notes][:1] == ["relevance.other_question"]
    assert 0 < relevance.points < relevance.max


@pytest.mark.parametrize(
    ("margin", "expected"),
    [
        (-0.2, "relevance.other_question_off"),
        (-0.06, "relevance.other_question"),
        (-0.02, "relevance.fits_near"),
        (0.02, "relevance.on_topic"),
    ],
)
def test_an_answer_to_a_pasted_question_closer_to_a_bank_question_is_told_which(
    margin: float, expected: str
) -> None:
    from dataclasses import replace

    asked = replace(_meaning(2.0), asked_margin=margin, nearest_other="How do you calm an angry customer?")
    relevance = part(analyse(STRONG_EN, english_rubric(), "en", lemmatizer("en"), meaning=asked), "relevance")
    assert codes(relevance)[:1] == [expected]
    if expected != "relevance.on_topic":
        assert relevance.notes[0].params["question"] == "How do you calm an angry customer?"
        assert relevance.points < relevance.max


@pytest.mark.parametrize(
    ("margin", "scaling", "tip"),
    [(-0.005, "part.mostly_on_topic", False), (-0.06, "part.off_topic", True)],
)
def test_an_answer_mostly_on_topic_is_told_so_and_not_first_to_answer_what_is_asked(
    margin: float, scaling: str, tip: bool
) -> None:
    from dataclasses import replace

    asked = replace(_meaning(2.0), asked_margin=margin, nearest_other="How do you calm an angry customer?")
    rubric = replace(english_rubric(), intent="How you calm an upset caller.")
    feedback = analyse(STRONG_EN, rubric, "en", lemmatizer("en"), meaning=asked)
    scaled = {n.code for p in feedback.parts for n in p.notes if n.code.startswith("part.")}
    assert scaled == {scaling}
    assert (part(feedback, "relevance").tip is not None) is tip


def test_a_key_term_spelled_out_wrong_is_a_red_flag_with_the_right_words() -> None:
    right = en(STRONG_EN + " Our AHT, average handling time, stayed under five minutes.")
    wrong = en(STRONG_EN + " Our AHT, average hold time, stayed under five minutes.")
    assert [f.id for f in wrong.red_flags] == ["wrong-term"]
    assert "average handling time" in wrong.red_flags[0].why
    assert right.red_flags == () and wrong.score < right.score
    tip = part(wrong, "professionalism").tip
    assert tip is not None and tip.code == "professionalism.tip.term" and "handling" in tip.params["why"]


def test_a_sentence_that_spells_a_term_out_wrong_covers_no_key_point() -> None:
    rubric = RubricSpec(
        key_points=(PointSpec("aht", "What AHT is", "Talk, hold and wrap-up.", ("AHT",)),),
        red_flags=(),
        structure="none",
        min_words=1,
        max_words=100,
    )
    assert [p.id for p in en("Our AHT was five minutes.", rubric).covered] == ["aht"]
    assert en("AHT is average hold time.", rubric).covered == ()


def test_a_wrong_fact_the_rubric_knows_is_a_red_flag_with_the_correction() -> None:
    from dataclasses import replace

    claim = ClaimSpec(
        "refund-always", "Refunds are always allowed", "Refunds follow the policy.", ("always refund",)
    )
    rubric = replace(english_rubric(), wrong_claims=(claim,))
    feedback = en(STRONG_EN + " I always refund anyone who asks, that is the rule.", rubric)
    assert [f.id for f in feedback.red_flags] == ["wrong-claim"]
    professionalism = part(feedback, "professionalism")
    assert professionalism.tip is not None and professionalism.tip.code == "professionalism.tip.fact"
    assert feedback.score < en(STRONG_EN, rubric).score


def test_a_sentence_stating_a_wrong_fact_covers_no_key_point() -> None:
    from dataclasses import replace

    claim = ClaimSpec(
        "refund-always", "Refunds are always allowed", "Refunds follow the policy.", ("always refund",)
    )
    rubric = replace(english_rubric(), wrong_claims=(claim,))
    assert "fix" not in [p.id for p in en("I always refund, so I solve the problem.", rubric).covered]


def test_a_general_rubrics_structure_points_are_made_where_the_structure_part_finds_them() -> None:
    star_points = (
        PointSpec("situation", "The situation", "Set the scene.", ("previous job",)),
        PointSpec("action", "What you did", "Your own steps.", ("I decided",)),
    )
    rubric = RubricSpec(key_points=star_points, red_flags=(), structure="star", min_words=20, max_words=120)
    answer = (
        "In my second month my FCR was well under target. I asked QA for my failed calls and "
        "changed how I closed them."
    )
    for generic, made in ((False, False), (True, True)):
        fb = analyse(answer, replace(rubric, generic=generic), "en", lemmatizer("en"))
        action = next(p for p in fb.key_points if p.id == "action")
        assert action.covered is made
        if made:  # the same sentence the structure part quotes for "action"
            assert (action.by, action.evidence) == (
                "structure",
                "I asked QA for my failed calls and changed how I closed them.",
            )


def test_a_general_rubrics_missed_point_is_offered_as_what_such_answers_often_say() -> None:
    answer = "I would listen to the customer and stay calm. Then I would solve the problem."
    bank = analyse(answer, english_rubric(), "en", lemmatizer("en"))
    general = analyse(answer, replace(english_rubric(), generic=True), "en", lemmatizer("en"))
    assert _tip(bank, "key_points") == "key_points.tip"
    assert _tip(general, "key_points") == "key_points.tip.generic"


def _tip(feedback: Feedback, name: str) -> str | None:
    part = next(p for p in feedback.parts if p.name == name)
    return part.tip.code if part.tip else None


def test_without_the_model_a_pasted_questions_own_words_still_show_the_topic() -> None:
    rubric = replace(english_rubric(), generic=True)
    answer = "I kept the two clients' scripts apart in separate tabs and checked the queue name first."
    plain = analyse(answer, rubric, "en", lemmatizer("en"))
    echoed = analyse(answer, rubric, "en", lemmatizer("en"), echo=Echo(0.6, ("scripts", "clients")))
    assert _points(echoed, "relevance") > _points(plain, "relevance")


def _points(feedback: Feedback, name: str) -> int:
    return next(p.points for p in feedback.parts if p.name == name)


def test_an_on_topic_answer_under_a_general_rubric_is_not_told_it_may_miss_the_question() -> None:
    rubric = replace(english_rubric(min_words=10), generic=True)
    answer = (
        "I kept the two clients' scripts apart in separate tabs and checked the queue name before each call."
    )
    on_topic = analyse(answer, rubric, "en", lemmatizer("en"), echo=Echo(0.9, ("scripts",)))
    unsure = analyse(answer, rubric, "en", lemmatizer("en"))
    assert "key_points.off_topic" not in _codes(on_topic, "key_points")
    assert "key_points.off_topic" in _codes(unsure, "key_points")


def _codes(feedback: Feedback, name: str) -> list[str]:
    return [n.code for p in feedback.parts if p.name == name for n in p.notes]


def test_two_different_cliches_without_an_example_cost_points() -> None:
    answer = "I am a hard-working person and a team player. I always give my best to every customer."
    assert "part.cliche" in codes(part(en(answer), "structure"))


def test_one_cliche_said_twice_is_named_once_and_costs_nothing_extra() -> None:
    answer = "I am hard-working. Hard-working because I always give my best to every customer I serve."
    feedback = en(answer)
    assert "part.cliche" not in codes(part(feedback, "structure"))
    note = next(n for n in part(feedback, "specificity").notes if n.code == "specificity.cliche")
    assert note.params["words"] == "hard-working"


def test_a_definition_made_only_in_other_words_earns_part_of_each_point_and_is_told_why() -> None:
    from valmis.analysis.feedback import DEFINITION_MEANING
    from valmis.analysis.semantic import PointMeaning

    in_other_words = (
        "I let her speak until she has finished. I tell her I regret the trouble. I put the fault right."
    )
    made = tuple(PointMeaning(pid, True, i, 3.0) for i, pid in enumerate(("listen", "apologise", "fix")))
    meaning = replace(_meaning(2.0), points=made)

    def key_points(structure: str) -> Part:
        rubric = english_rubric(structure=structure, min_words=10)
        return part(analyse(in_other_words, rubric, "en", lemmatizer("en"), meaning=meaning), "key_points")

    definition, story = key_points("definition_example"), key_points("star")
    assert story.points == MAXIMA["key_points"]
    assert definition.points == round(MAXIMA["key_points"] * DEFINITION_MEANING)
    assert "key_points.definition_words" in codes(definition)
    assert "key_points.definition_words" not in codes(story)


def test_a_stuffed_answer_is_told_which_words_made_it_so() -> None:
    reel = (
        "De-escalation comes first: active listening, empathy, ownership, effective probing, no dead "
        "air, the escalation matrix, further assistance, and a detractor becomes a promoter."
    )
    notes = part(en(reel, english_rubric(min_words=10)), "key_points").notes
    (why,) = [n for n in notes if n.code == "key_points.stuffed.buzzwords"]
    assert why.params["words"].startswith("“De-escalation”, “active listening”")


def test_abstract_prose_is_told_to_say_what_happened_not_to_stop_listing() -> None:
    prose = (
        "In one case a key client escalated about a drop in quality, and I took complete ownership of "
        "the situation. I ensured stakeholder alignment, drove accountability across the team and put "
        "strong governance in place, with transparency and continuous improvement as my commitment. "
        "As a result, performance and client satisfaction improved and the relationship became much "
        "stronger, thanks to my dedication, professionalism and a focus on excellence."
    )
    key_points = part(en(prose, english_rubric(min_words=10)), "key_points")
    assert "key_points.stuffed.abstract" in codes(key_points)
    assert key_points.tip is not None and key_points.tip.code == "key_points.tip.stuffed.abstract"


def test_an_answer_that_goes_round_in_circles_is_told_so_and_to_say_each_thing_once() -> None:
    answer = (
        "With an angry customer I listen, because listening is the key, and when you listen the customer "
        "feels you listen. I listen and I listen again, and I always listen before I talk, since listening "
        "shows I am listening. Then I say sorry, because sorry matters, and a sorry at the right time is a "
        "good sorry. After listening and saying sorry I solve the problem, because solving the problem is "
        "what solves it, and a solved problem is no longer a problem. So I listen, I say sorry and I solve "
        "the problem, and when I listen, say sorry and solve the problem, the customer is not angry any "
        "more, because listening, sorry and solving the problem is how I deal with an angry customer."
    )
    key_points = part(en(answer, english_rubric(min_words=10)), "key_points")
    (why,) = [n for n in key_points.notes if n.code == "key_points.stuffed.circular"]
    assert why.params["words"].startswith("“listen”")
    assert key_points.tip is not None and key_points.tip.code == "key_points.tip.stuffed.circular"


def test_a_story_with_nothing_to_check_is_told_so_and_to_add_what_could_be_checked() -> None:
    answer = (
        "In my last job a customer was once really upset about a wrong charge. I listened, stayed "
        "calm, showed empathy and took complete ownership of the issue. I followed the process step by step, "
        "said sorry, escalated as per the escalation matrix and solved the problem within the SLA. The "
        "customer was delighted and my team leader appreciated my customer-centric approach and positive "
        "attitude. It taught me that ownership and empathy are the key to every call."
    )
    feedback = en(answer, english_rubric(min_words=10))
    key_points = part(feedback, "key_points")
    assert "key_points.stuffed.shell" in codes(key_points)
    assert key_points.tip is not None and key_points.tip.code == "key_points.tip.stuffed.shell"
    assert "specificity.example_hollow" in codes(part(feedback, "specificity"))


PARROTING_EN = (
    "When a customer is upset, I listen first and let the customer finish, because listening first matters. "
    "Then I apologise: I say sorry once, as saying sorry once is how you apologise well. After that I fix the "
    "problem and say how I solved it: I solve the problem, and if a refund is due I give the refund. So I "
    "listen, I apologise and say sorry, and I solve the problem with a refund, and that is how I fix the problem."
)


def test_an_answer_that_only_retells_the_key_points_is_parroting_and_scores_below_a_real_one() -> None:
    feedback = en(PARROTING_EN, english_rubric(min_words=10))
    key_points = part(feedback, "key_points")
    (why,) = [n for n in key_points.notes if n.code == "key_points.stuffed.parroted"]
    assert "“listen”" in why.params["words"]
    assert key_points.tip is not None and key_points.tip.code == "key_points.tip.stuffed.parroted"
    assert feedback.score < en(STRONG_EN, english_rubric(min_words=10)).score


def test_the_banks_own_example_answer_is_never_parroting_though_it_uses_the_rubrics_words() -> None:
    # The bank's examples were written with their key points' words: they echo them as densely.
    rubric = replace(english_rubric(min_words=10), example=PARROTING_EN)
    assert "key_points.stuffed.parroted" not in codes(part(en(PARROTING_EN, rubric), "key_points"))
    assert "key_points.stuffed.parroted" in codes(
        part(en(PARROTING_EN, english_rubric(min_words=10)), "key_points")
    )


def test_a_definition_question_may_use_more_of_its_rubrics_words_before_it_is_parroting() -> None:
    # About half of its content words are the rubric's: parroting for a story question, a definition
    # given in the standard terms for a question about what terms mean.
    answer = (
        "Listening means I let the customer finish before I say anything, and an apology means I say sorry "
        "once for the problem. Fixing the problem means I solve the problem and give a refund when the "
        "customer is owed one. On a telecom helpline a customer who feels rushed rings again, so I listen "
        "first, say sorry once and solve the problem before the customer has to ask twice, and I keep my "
        "notes tidy so the next agent knows what happened."
    )
    story = en(answer, english_rubric(structure="star", min_words=10))
    definition = en(answer, english_rubric(structure="definition_example", min_words=10))
    assert "key_points.stuffed.parroted" in codes(part(story, "key_points"))
    assert "key_points.stuffed.parroted" not in codes(part(definition, "key_points"))


def test_the_same_sentence_over_and_over_on_another_topic_is_off_topic_not_stuffing() -> None:
    answer = "I like playing football with my friends on Sundays. " * 10
    notes = codes(part(en(answer), "key_points"))
    assert "key_points.off_topic" in notes and "key_points.stuffed.circular" not in notes


def test_stuffing_told_as_a_story_is_not_praised_for_its_example_but_keeps_the_points() -> None:
    answer = (
        "In my last role I handled a lot of escalated tickets by chat and email, and I always kept a "
        "customer-first mindset in every interaction. One time a very frustrated customer wrote in about a "
        "billing issue, and I took ownership, showed empathy, used positive language and resolved it within "
        "the SLA and the TAT. The customer was really happy in the end and left a great CSAT. I always focus "
        "on FCR, AHT and quality, and my soft skills, attention to detail and problem-solving help me turn "
        "every complaint into an opportunity to build loyalty and retention."
    )
    feedback = en(answer)
    assert "key_points.stuffed.blend" in codes(part(feedback, "key_points"))
    specificity = part(feedback, "specificity")
    assert "specificity.example_hollow" in codes(specificity)
    assert "specificity.example" not in codes(specificity)
    # Only the note changes: the example still counts.
    specifics = find_specifics(answer, split_sentences(answer), lexicon("en"), lemmatizer("en"))
    told = _specificity_part("star", specifics, told_hollow=True)
    assert told.points == _specificity_part("star", specifics).points > 0


def test_the_rubrics_words_packed_close_are_a_definition_for_a_question_about_terms() -> None:
    answer = "Listen, let the customer finish, apologise, sorry, solve the problem, refund."
    story = en(answer, english_rubric(min_words=5))
    definition = en(answer, english_rubric(structure="definition_example", min_words=5))
    assert "key_points.stuffed.packed" in codes(part(story, "key_points"))
    assert "key_points.stuffed.packed" not in codes(part(definition, "key_points"))
