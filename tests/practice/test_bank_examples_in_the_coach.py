"""The coach on the bank's own texts: wrong claims are read whatever the question; strong examples stay clean."""

from valmis.practice.coach import Coach


def test_a_wrong_fact_from_another_question_is_flagged_with_its_correction(word_coach: Coach) -> None:
    resolved = word_coach.resolve_id("why-bpo", "en")
    answer = (
        "I want to build a career in BPO because I enjoy solving problems. I know the rules too: "
        "PCI DSS only applies to phone payments, so chat is easy."
    )
    feedback = word_coach.analyse(answer, resolved, "en")
    flags = [f for f in feedback.red_flags if f.id == "wrong-claim"]
    assert len(flags) == 1 and "PCI DSS" in flags[0].label
    assert flags[0].quote.startswith("I know the rules too")


def test_the_questions_own_strong_examples_state_no_wrong_claim(word_coach: Coach) -> None:
    for lang in ("en", "fi"):
        for q in word_coach.bank(lang).questions:
            feedback = word_coach.analyse(q.strong_answer, word_coach.resolve_id(q.id, lang), lang)
            assert not [f for f in feedback.red_flags if f.id == "wrong-claim"], (lang, q.id)


def test_no_strong_example_of_the_bank_is_taken_for_keyword_stuffing(word_coach: Coach) -> None:
    for lang in ("en", "fi"):
        for q in word_coach.bank(lang).questions:
            feedback = word_coach.analyse(q.strong_answer, word_coach.resolve_id(q.id, lang), lang)
            assert not any(n.code == "part.stuffed" for p in feedback.parts for n in p.notes), (lang, q.id)
