"""Sentences and words, with where each sits in the original answer."""

from valmis.analysis.text import split_sentences, tokenize, word_count


def texts(answer: str) -> list[str]:
    return [s.text for s in split_sentences(answer)]


def words(answer: str) -> list[str]:
    return [t.text for t in tokenize(answer)]


def test_it_ends_sentences_at_full_stops_question_and_exclamation_marks() -> None:
    assert texts("I answered. Was it fast? Yes!") == ["I answered.", "Was it fast?", "Yes!"]


def test_it_ends_finnish_sentences_the_same_way() -> None:
    assert texts("Vastasin puheluun. Oliko se nopeaa? Oli!") == [
        "Vastasin puheluun.",
        "Oliko se nopeaa?",
        "Oli!",
    ]


def test_a_decimal_number_stays_inside_its_sentence() -> None:
    assert texts("The call took 2.5 minutes. Then I closed it.") == [
        "The call took 2.5 minutes.",
        "Then I closed it.",
    ]


def test_an_english_abbreviation_does_not_end_the_sentence() -> None:
    assert texts("Mr. Smith called about billing, e.g. a double charge. I fixed it.") == [
        "Mr. Smith called about billing, e.g. a double charge.",
        "I fixed it.",
    ]


def test_a_finnish_abbreviation_does_not_end_the_sentence() -> None:
    assert texts("Hoidin esim. laskutusta ja n. 50 puhelua päivässä. Sitten vaihdoin tiimiä.") == [
        "Hoidin esim. laskutusta ja n. 50 puhelua päivässä.",
        "Sitten vaihdoin tiimiä.",
    ]


def test_a_line_break_ends_a_sentence_without_punctuation() -> None:
    assert texts("First I listened\n\nThen I apologised") == ["First I listened", "Then I apologised"]


def test_blank_text_has_no_sentences() -> None:
    assert split_sentences("  \n\t ") == ()


def test_punctuation_alone_is_not_a_sentence() -> None:
    assert texts("Yes. ... !") == ["Yes."]


def test_each_sentence_knows_where_it_sits_in_the_original_text() -> None:
    answer = "   Kerran asiakas soitti.\n  Autoin häntä heti!  "
    sentences = split_sentences(answer)
    assert [(s.start, s.end) for s in sentences] == [(3, 25), (28, 46)]
    assert [answer[s.start : s.end] for s in sentences] == [s.text for s in sentences]


def test_each_word_of_a_sentence_points_back_into_the_original_text() -> None:
    answer = "Hello there. I’m Priya, and I don't give up."
    for sentence in split_sentences(answer):
        assert all(answer[t.start : t.end] == t.text for t in sentence.tokens)
    assert split_sentences(answer)[1].tokens[0].start == 13


def test_a_sentence_counts_its_words() -> None:
    assert [s.word_count for s in split_sentences("I listened. Then I solved the problem.")] == [2, 5]


def test_tokenize_shifts_positions_by_the_offset() -> None:
    token = tokenize("Hei maailma", offset=10)[1]
    assert (token.text, token.start, token.end) == ("maailma", 14, 21)


def test_a_token_has_a_lower_case_form() -> None:
    assert tokenize("ÖLJY")[0].lower == "öljy"


def test_an_english_contraction_is_one_word_with_either_apostrophe() -> None:
    assert words("I don't know, I’m sure") == ["I", "don't", "know", "I’m", "sure"]


def test_a_hyphenated_word_is_one_word() -> None:
    assert words("a follow-up call") == ["a", "follow-up", "call"]


def test_a_finnish_abbreviation_with_a_case_ending_is_one_word() -> None:
    assert words("Pidin SLA:n ja AHT:n kurissa.") == ["Pidin", "SLA:n", "ja", "AHT:n", "kurissa"]


def test_finnish_letters_stay_inside_their_words() -> None:
    assert words("Hyvää päivää, öljy-yhtiö!") == ["Hyvää", "päivää", "öljy-yhtiö"]


def test_word_count_counts_words_not_punctuation_or_symbols() -> None:
    assert word_count("Um... I solved 95% of calls -- really!") == 7


def test_word_count_of_blank_text_is_zero() -> None:
    assert word_count(" \n ") == 0


def test_an_abbreviation_after_a_bracket_does_not_end_the_sentence() -> None:
    assert texts("I handled billing (e.g. refunds) every day. Then I moved on.") == [
        "I handled billing (e.g. refunds) every day.",
        "Then I moved on.",
    ]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    assert texts('The customer said "thank you." Then he hung up.') == [
        'The customer said "thank you."',
        "Then he hung up.",
    ]
