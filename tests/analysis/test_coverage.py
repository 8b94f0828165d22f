"""Key points are covered by their phrases in any inflection, compound or word family."""

from functools import cache

from valmis.analysis.coverage import cover, phrase_in_sentence, sentence_keys, sequence_in_sentence
from valmis.analysis.lemmas import FinnishStemLemmatizer, Lemmatizer, make_lemmatizer
from valmis.analysis.lexicon import lexicon
from valmis.analysis.rubric import PointSpec
from valmis.analysis.synonyms import synonyms
from valmis.analysis.text import Sentence, split_sentences


@cache
def lemmatizer(lang: str) -> Lemmatizer:
    return make_lemmatizer(lang)


def sentence(text: str) -> Sentence:
    (only,) = split_sentences(text)
    return only


def covers(phrase: str, text: str, lang: str, lem: Lemmatizer | None = None) -> bool:
    lem, lex = lem or lemmatizer(lang), lexicon(lang)
    s = sentence(text)
    return phrase_in_sentence(phrase, s, sentence_keys(s, lem), lem, lex.stop_words, negations=lex.negations)


def side_by_side(phrase: str, text: str, lang: str) -> int | None:
    return sequence_in_sentence(phrase, sentence(text), lemmatizer(lang))


def point(id: str, *phrases: str) -> PointSpec:
    return PointSpec(id, f"point {id}", f"hint {id}", phrases)


def test_an_inflected_english_paraphrase_covers_the_point() -> None:
    assert covers("handled customers", "I handle a customer every two minutes.", "en")


def test_an_english_word_family_covers_the_point() -> None:
    assert covers("outsourcing", "We outsourced billing to Manila.", "en")


def test_every_content_word_of_the_phrase_must_appear() -> None:
    assert not covers("solve the problem", "I solved it quickly.", "en")


def test_the_small_words_of_a_phrase_are_not_required() -> None:
    assert covers("let the customer finish", "I let customers finish.", "en")


def test_a_phrase_of_small_words_only_is_matched_as_written() -> None:
    assert covers("I am a", "I am a student.", "en")
    assert not covers("I am a", "I am not a student.", "en")


def test_a_finnish_compound_covers_its_part() -> None:
    assert covers("asiakas", "Työskentelin asiakaspalvelussa kaksi vuotta.", "fi")
    assert covers("palvelu", "Työskentelin asiakaspalvelussa kaksi vuotta.", "fi")


def test_an_inflected_finnish_verb_covers_its_dictionary_form() -> None:
    assert covers("ulkoistaa", "Me ulkoistimme laskutuksen Intiaan.", "fi")


def test_a_paraphrase_with_inflected_words_covers_the_point() -> None:
    assert covers("ratkaista ongelma", "Ratkaisin asiakkaan ongelman heti.", "fi")


def test_a_finnish_paraphrase_missing_one_word_does_not_cover_the_point() -> None:
    assert not covers("ratkaista ongelma", "Ratkaisin asiakkaan laskun heti.", "fi")


def test_the_stem_fallback_still_matches_finnish_inflection() -> None:
    assert covers("ulkoistaa", "Me ulkoistimme laskutuksen.", "fi", FinnishStemLemmatizer())


def test_the_stem_fallback_misses_compound_parts() -> None:
    assert not covers("asiakas", "Työskentelin asiakaspalvelussa.", "fi", FinnishStemLemmatizer())


def test_cover_quotes_the_first_sentence_and_the_phrase_that_covered_the_point() -> None:
    sentences = split_sentences("I answered the phone. I listened to the caller. I listened again.")
    (result,) = cover((point("listen", "apologise", "listen"),), sentences, lemmatizer("en"), frozenset())
    assert (result.covered, result.evidence, result.matched) == (True, "I listened to the caller.", "listen")
    assert (result.id, result.point, result.hint) == ("listen", "point listen", "hint listen")


def test_a_missed_point_has_no_evidence() -> None:
    sentences = split_sentences("Kerroin asiakkaalle uuden hinnan.")
    (result,) = cover((point("sorry", "pahoitella"),), sentences, lemmatizer("fi"), lexicon("fi").stop_words)
    assert (result.covered, result.evidence, result.matched) == (False, None, None)


def test_cover_answers_every_point_in_rubric_order() -> None:
    sentences = split_sentences("Pahoittelin virhettä. Hyvitin 30 euroa.")
    points = (point("refund", "hyvittää"), point("calm", "rauhoittaa"), point("sorry", "pahoitella"))
    results = cover(points, sentences, lemmatizer("fi"), lexicon("fi").stop_words)
    assert [(r.id, r.covered, r.evidence) for r in results] == [
        ("refund", True, "Hyvitin 30 euroa."),
        ("calm", False, None),
        ("sorry", True, "Pahoittelin virhettä."),
    ]


def test_cover_of_an_empty_answer_misses_every_point() -> None:
    results = cover((point("a", "listen"), point("b", "refund")), (), lemmatizer("en"), frozenset())
    assert [r.covered for r in results] == [False, False]


def test_a_sequence_gives_where_its_words_start_side_by_side() -> None:
    assert side_by_side("just for the money", "I applied just for the money.", "en") == 2


def test_a_sequence_at_the_very_start_of_the_sentence_is_at_index_zero() -> None:
    assert side_by_side("just for the money", "Just for the money, honestly.", "en") == 0


def test_a_sequence_does_not_fire_on_one_of_its_words_alone() -> None:
    assert side_by_side("just for the money", "I manage money well.", "en") is None


def test_a_sequence_does_not_fire_when_its_words_are_apart() -> None:
    assert side_by_side("just for the money", "Money is not why I came, just for the record.", "en") is None


def test_a_sequence_matches_inflected_finnish_words_side_by_side() -> None:
    assert side_by_side("lyödä luuri korvaan", "Löisin luurin korvaan.", "fi") == 0
    assert side_by_side("vain rahan takia", "Haen tätä vain rahan takia.", "fi") == 2
    assert side_by_side("vain rahan takia", "Hoidan rahaa hyvin.", "fi") is None


def test_an_empty_phrase_never_matches_as_a_sequence() -> None:
    assert side_by_side("", "Money money.", "en") is None


def covers_with_synonyms(phrase: str, text: str, lang: str) -> bool:
    lem = lemmatizer(lang)
    (result,) = cover(
        (point("p", phrase),), split_sentences(text), lem, lexicon(lang).stop_words, synonyms(lang, lem)
    )
    return result.covered


def test_a_synonym_of_a_phrase_word_covers_the_point_in_finnish() -> None:
    assert covers_with_synonyms(
        "kertoa tiiminvetäjä", "Heti aamulla kerroin esimiehelleni tilanteesta.", "fi"
    )
    assert covers_with_synonyms("uusi määräaika", "Sovin asiakkaan kanssa uuden takarajan.", "fi")


def test_a_synonym_of_a_phrase_word_covers_the_point_in_english() -> None:
    assert covers_with_synonyms("tell the supervisor", "I would tell my TL straight away.", "en")
    assert covers_with_synonyms("apologise", "I said sorry for the wait.", "en")


def test_synonyms_widen_only_the_word_they_stand_for() -> None:
    assert not covers_with_synonyms(
        "kertoa tiiminvetäjä", "Heti aamulla kerroin asiakkaalle tilanteesta.", "fi"
    )
    assert not covers("kertoa tiiminvetäjä", "Heti aamulla kerroin esimiehelleni tilanteesta.", "fi")


def test_a_phrase_word_in_its_own_dictionary_form_means_that_word_only() -> None:
    assert covers("ajoissa", "Olin paikalla ajoissa joka aamu.", "fi")
    assert not covers("ajoissa", "Minulla oli aikaa miettiä vastausta.", "fi")  # "aikaa" is a form of "aika"
    assert not covers("yhdessä", "Hoidin yhden asiakkaan kerrallaan.", "fi")  # "yhden" is a form of "yksi"


def test_a_phrase_of_one_everyday_word_and_small_words_needs_them_side_by_side() -> None:
    assert covers("on time", "I always arrive on time.", "en")
    assert not covers("on time", "At that time I was still a student.", "en")
    assert covers("mitä voin tehdä", "Katson heti, mitä voin tehdä asian hyväksi.", "fi")
    assert not covers("mitä voin tehdä", "Teen tätä vain väliaikaisesti.", "fi")


def test_a_percent_sign_says_percent_in_either_language() -> None:
    assert covers("percent", "In five weeks my FCR was at 74 %.", "en")
    assert covers("prosentti", "Viidessä viikossa FCR nousi 74 %:iin.", "fi")
    assert not covers("percent", "In five weeks my FCR was much better.", "en")


def test_a_phrase_with_a_negation_does_not_find_its_opposite() -> None:
    assert covers("no escalations", "I had no escalations that month.", "en")
    assert not covers("no escalations", "I had two escalations that month.", "en")
    assert covers("ei valitus", "Kuukauden aikana ei tullut yhtään valitusta.", "fi")
    assert not covers("ei valitus", "Kuukauden aikana tuli kaksi valitusta.", "fi")


def test_same_and_own_carry_a_phrases_point() -> None:
    assert covers("same standard", "We all score calls to the same standard.", "en")
    assert not covers("same standard", "Our standard is high.", "en")
    assert not covers("own country", "Customers from another country call us.", "en")
