"""Specificity: a number, a concrete example, "I" rather than "we", clichés and long sentences."""

from functools import cache

import pytest

from valmis.analysis.findings import Hit
from valmis.analysis.lemmas import FinnishStemLemmatizer, Lemmatizer, make_lemmatizer
from valmis.analysis.lexicon import lexicon
from valmis.analysis.specificity import Specifics, find_specifics
from valmis.analysis.text import split_sentences


@cache
def lemmatizer(lang: str) -> Lemmatizer:
    return make_lemmatizer(lang)


def specifics(text: str, lang: str, lem: Lemmatizer | None = None) -> Specifics:
    return find_specifics(text, split_sentences(text), lexicon(lang), lem or lemmatizer(lang))


def test_digits_are_a_number() -> None:
    assert (
        specifics("I answer calls. I closed 40 tickets a day.", "en").number == "I closed 40 tickets a day."
    )


def test_an_english_number_word_is_a_number() -> None:
    assert specifics("I stayed three hours.", "en").number == "I stayed three hours."


def test_a_finnish_numeral_in_any_case_is_a_number() -> None:
    assert specifics("Hoidin kolmea asiakasta.", "fi").number == "Hoidin kolmea asiakasta."


def test_a_finnish_number_word_is_a_number() -> None:
    assert (
        specifics("Myynti kasvoi kymmenen prosenttia.", "fi").number == "Myynti kasvoi kymmenen prosenttia."
    )


def test_an_answer_without_figures_has_no_number() -> None:
    assert specifics("I am patient and I listen.", "en").number is None
    assert specifics("Olen kärsivällinen ja kuuntelen.", "fi").number is None


def test_finnish_sides_are_not_a_half() -> None:
    assert specifics("Kiire saa minusta parhaat puolet esiin.", "fi").number is None


def test_an_english_example_cue_marks_a_concrete_example() -> None:
    assert specifics("I am calm. For example, I once calmed a caller.", "en").example == (
        "For example, I once calmed a caller."
    )


def test_a_list_brought_in_by_such_as_is_not_an_example() -> None:
    assert (
        specifics("I know the key metrics such as AHT, FCR and CSAT, e.g. for quality.", "en").example is None
    )


def test_for_example_with_what_one_did_tells_a_story() -> None:
    text = "Olen tarkka. Esimerkiksi viime viikolla huomasin laskussa virheen."
    assert specifics(text, "fi").story == "Esimerkiksi viime viikolla huomasin laskussa virheen."


def test_for_example_that_only_names_things_is_an_example_but_no_story() -> None:
    text = "Molemmissa tarvitaan jatkuvaa parantamista, esimerkiksi Lean- ja Six Sigma -ajattelua."
    found = specifics(text, "fi")
    assert found.example == text
    assert found.story is None


def test_a_time_cue_tells_a_story_without_a_first_person() -> None:
    assert specifics("Kerran asiakas soitti kolmannen kerran samasta viasta.", "fi").story is not None


def test_a_finnish_moment_marks_a_concrete_example() -> None:
    assert specifics("Olen rauhallinen. Kerran asiakas soitti.", "fi").example == "Kerran asiakas soitti."


def test_a_story_from_an_internship_or_years_ago_is_a_concrete_example() -> None:
    text = "I stay calm. In my internship at a telecom shop a man shouted at me about his bill."
    assert (
        specifics(text, "en").example
        == "In my internship at a telecom shop a man shouted at me about his bill."
    )
    assert specifics("Kaksi vuotta sitten eräs asiakas huusi minulle.", "fi").example is not None


def test_saying_something_once_is_not_a_number_or_measure() -> None:
    assert specifics("I warn him politely one time and then I follow the process.", "en").number is None


def test_doing_something_as_per_the_process_is_not_a_number_but_per_cent_is() -> None:
    assert specifics("I verified the caller as per the process.", "en").number is None
    assert specifics("Ninety per cent of my calls were solved.", "en").number is not None


def test_a_number_inside_a_cliche_is_no_figure() -> None:
    assert specifics("I always give 100 percent to every customer.", "en").number is None
    assert specifics("Annan aina sata prosenttia.", "fi").number is None
    assert [c.text for c in specifics("Annan aina sata prosenttia.", "fi").cliches] == ["sata prosenttia"]


def test_a_hundred_percent_on_an_audit_is_still_a_figure() -> None:
    assert specifics("My QA score was 100 percent last month.", "en").number is not None
    assert specifics("Laatupisteeni olivat 100 % koko kevään.", "fi").number is not None


def test_one_time_tells_a_moment() -> None:
    told = specifics("One time, a caller was locked out of his account before a flight.", "en")
    assert told.story == "One time, a caller was locked out of his account before a flight."


def test_it_counts_english_i_and_we_words_with_either_apostrophe() -> None:
    found = specifics("I’m calm and I've led my team. We won, our team did.", "en")
    assert (found.i_count, found.we_count) == (3, 2)


def test_finnish_first_person_verbs_count_as_i_and_mme_verbs_as_we() -> None:
    found = specifics("Hoidin asiakkaan. Teimme yhdessä paljon ja ulkoistimme laskutuksen.", "fi")
    assert (found.i_count, found.we_count) == (1, 2)


def test_a_finnish_pronoun_and_its_verb_both_count() -> None:
    found = specifics("Minä hoidin asiat ja me teimme paljon.", "fi")
    assert (found.i_count, found.we_count) == (2, 2)


def test_the_stem_fallback_counts_mme_verbs_as_we() -> None:
    found = specifics("Teimme yhdessä, ulkoistimme ja kasvoimme.", "fi", FinnishStemLemmatizer())
    assert (found.i_count, found.we_count) == (0, 3)


def test_english_cliches_are_found_with_their_positions() -> None:
    assert specifics("I am a hard worker and a team player.", "en").cliches == (
        Hit("hard worker", 7, 18),
        Hit("team player", 25, 36),
    )


def test_finnish_cliches_are_found() -> None:
    assert [h.text for h in specifics("Olen ahkera tiimipelaaja ja opin nopeasti.", "fi").cliches] == [
        "ahkera",
        "tiimipelaaja",
        "opin nopeasti",
    ]


def test_finnish_cliches_are_found_in_any_inflected_form() -> None:
    text = "Tunnen itseni ahkeraksi tiimipelaajaksi, ja haluan olla osa voittajatiimiänne."
    assert [h.text for h in specifics(text, "fi").cliches] == [
        "ahkeraksi",
        "tiimipelaajaksi",
        "voittajatiimiänne",
    ]


def test_a_sentence_over_40_words_is_long() -> None:
    long = " ".join(["word"] * 41) + "."
    found = specifics(f"Short one. {long}", "en")
    assert found.long_sentences == (long,)
    assert found.mean_sentence_words == 21.5


def test_a_sentence_of_40_words_is_not_long() -> None:
    assert specifics(" ".join(["sana"] * 40) + ".", "fi").long_sentences == ()


def test_an_empty_answer_has_nothing_specific() -> None:
    assert specifics("", "en") == Specifics(None, None, 0, 0, (), (), 0.0)


def test_ambiguous_finnish_first_person_verbs_count_as_i() -> None:
    assert specifics("Autoin asiakasta ja kerroin hänelle ratkaisun.", "fi").i_count == 2


def test_saying_where_you_worked_marks_a_concrete_example() -> None:
    assert specifics("Olin töissä festarikioskilla. Opin paljon.", "fi").example is not None
    assert specifics("Kesätöissä kassalla jono oli pitkä.", "fi").example is not None
    assert specifics("I worked at a shoe store for a year.", "en").example is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I will answer in four parts: who I am, what I did and why this job.", "en"),
        ("There are three reasons I want this job.", "en"),
        ("Kerron kolme asiaa itsestäni.", "fi"),
        ("Minulla on kaksi syytä hakea tätä työtä.", "fi"),
    ],
)
def test_a_number_that_counts_the_answers_own_parts_is_no_figure(text: str, lang: str) -> None:
    assert specifics(text, lang).number is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I handled four calls at once.", "en"),
        ("CSAT rose two points.", "en"),
        ("Vastasin kolmeen puheluun.", "fi"),
    ],
)
def test_a_number_that_counts_something_else_is_a_figure(text: str, lang: str) -> None:
    assert specifics(text, lang).number == text
