"""Base forms of English and Finnish words, compound parts, and what Finnish verb endings tell."""

from functools import cache

import pytest

from valmis.analysis.lemmas import (
    EnglishLemmatizer,
    FinnishStemLemmatizer,
    FinnishVoikkoLemmatizer,
    Lemmatizer,
    Morph,
    make_lemmatizer,
)


@cache
def english() -> Lemmatizer:
    return make_lemmatizer("en")


@cache
def finnish() -> Lemmatizer:
    return make_lemmatizer("fi")


def fallback() -> Lemmatizer:
    return FinnishStemLemmatizer()


def test_english_gets_the_exact_english_lemmatizer() -> None:
    lemmatizer = make_lemmatizer("en")
    assert isinstance(lemmatizer, EnglishLemmatizer)
    assert (lemmatizer.lang, lemmatizer.approximate) == ("en", False)


def test_finnish_gets_voikko_on_a_machine_where_it_is_installed() -> None:
    lemmatizer = make_lemmatizer("fi")
    assert isinstance(lemmatizer, FinnishVoikkoLemmatizer)
    assert (lemmatizer.lang, lemmatizer.approximate) == ("fi", False)


def test_an_unsupported_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language: sv"):
        make_lemmatizer("sv")


def test_english_inflections_share_a_base() -> None:
    assert english().base("handled") == english().base("handle")
    assert english().base("customers") == english().base("Customer")


def test_english_word_families_meet_through_the_stem() -> None:
    assert english().keys("outsourcing") & english().keys("outsourced") & english().keys("outsource")


def test_unrelated_english_words_do_not_meet() -> None:
    assert not english().keys("money") & english().keys("manage")


def test_a_curly_apostrophe_is_read_like_a_straight_one_in_english() -> None:
    assert english().base("don’t") == english().base("don't")


def test_english_words_carry_no_grammar_on_themselves() -> None:
    assert english().morph("handled") == Morph()


def test_a_finnish_verb_form_has_its_dictionary_form_as_base() -> None:
    assert finnish().base("ulkoistimme") == {"ulkoistaa"}
    assert finnish().base("Ulkoistaa") == {"ulkoistaa"}


def test_a_finnish_compound_keeps_its_whole_base_but_also_yields_its_parts() -> None:
    assert finnish().base("asiakaspalvelussa") == {"asiakaspalvelu"}
    assert {"asiakaspalvelu", "asiakas", "palvelu"} <= finnish().keys("asiakaspalvelussa")


def test_a_finnish_abbreviation_loses_its_case_ending() -> None:
    assert finnish().keys("SLA:n") == {"sla"}


def test_a_hyphenated_finnish_word_yields_both_halves() -> None:
    assert {"asiakas", "palvelu"} <= finnish().keys("asiakas-palvelu")


def test_an_unknown_finnish_word_falls_back_to_its_stem() -> None:
    assert finnish().base("zorglubeilla") == fallback().base("zorglubeilla") == {"zorglub"}
    assert finnish().morph("zorglubeilla") == Morph(abstract=True)  # read as jargon, nothing more


def test_hoidin_is_first_person_singular_past() -> None:
    assert finnish().morph("Hoidin") == Morph(first_singular=True, past=True)


def test_teimme_is_first_person_plural_past() -> None:
    assert finnish().morph("teimme") == Morph(first_plural=True, past=True)


def test_kuuntelisin_is_first_person_singular_conditional() -> None:
    assert finnish().morph("kuuntelisin") == Morph(first_singular=True, conditional=True)


def test_a_finnish_number_word_is_a_numeral() -> None:
    assert finnish().morph("kolme").numeral is True
    assert finnish().morph("puhelua").numeral is False


@pytest.mark.parametrize("word", ["autoin", "soitin", "kerroin", "neuvoin"])
def test_an_ambiguous_first_person_past_verb_is_still_first_person(word: str) -> None:
    assert finnish().morph(word).first_singular is True


def test_the_stem_fallback_says_it_is_approximate() -> None:
    assert (fallback().lang, fallback().approximate) == ("fi", True)


def test_the_stem_fallback_brings_verb_forms_together() -> None:
    assert fallback().base("ulkoistimme") == fallback().base("ulkoistaa") == {"ulkoist"}


def test_the_stem_fallback_splits_hyphenated_words() -> None:
    assert fallback().keys("asiakas-palvelu") == {"asiakas", "palvelu"}


def test_the_stem_fallback_does_not_find_compound_parts() -> None:
    assert "asiakas" not in fallback().keys("asiakaspalvelussa")


def test_the_stem_fallback_reads_mme_as_we_and_isin_as_conditional() -> None:
    assert fallback().morph("Teimme") == Morph(first_plural=True)
    assert fallback().morph("kuuntelisin").conditional is True
    assert fallback().morph("hoidin") == Morph()


@pytest.mark.parametrize(
    ("spoken", "written"),
    [("oon", "olla"), ("mun", "minä"), ("nopeesti", "nopea"), ("vaikee", "vaikea"), ("kattoo", "katsoa")],
)
def test_spoken_finnish_is_read_as_its_written_form(spoken: str, written: str) -> None:
    assert written in finnish().keys(spoken)


def test_a_word_voikko_knows_is_not_rewritten_as_spoken() -> None:
    assert finnish().keys("teen") >= {"tehdä"} and "tea" not in finnish().keys("teen")


def test_finnish_nouns_for_qualities_and_activities_are_abstract() -> None:
    for word in ("tehokkuutta", "priorisointia", "asiakastyytyväisyys", "kommunikaatio", "deeskalaatio"):
        assert finnish().morph(word).abstract is True, word


def test_things_and_verbs_are_not_abstract() -> None:
    for word in ("puhelin", "asiakkaalle", "kuuntelisin", "ihminen", "Helsinki", "CRM"):
        assert finnish().morph(word).abstract is False, word


def test_a_finnish_adverb_of_its_own_is_not_read_as_the_word_it_comes_from() -> None:
    # "samalla" (meanwhile) is not "sama" (same), "ainakin" (at least) not "aina" (always).
    assert finnish().keys("samalla") == {"samalla"}
    assert finnish().keys("Ainakin") == {"ainakin"}
    assert "sama" in finnish().keys("samassa")


def test_willing_is_not_the_will_of_every_future_sentence() -> None:
    assert english().base("willing") == english().base("willingness") == {"willing"}
    assert not english().base("willing") & english().base("will")
