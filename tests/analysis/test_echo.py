"""A pasted question's own words, taken up by the answer in any inflection, rare words counting more."""

from functools import cache

from valmis.analysis.echo import DocFrequencies, doc_frequencies, question_echo
from valmis.analysis.lemmas import Lemmatizer, make_lemmatizer
from valmis.analysis.lexicon import lexicon

BANK_EN = (
    "How do you handle an angry customer?",
    "What would you do if a customer asks for a refund?",
    "Tell me about a time you helped a customer.",
    "How do you keep two clients' scripts apart?",
)


@cache
def lemmatizer(lang: str) -> Lemmatizer:
    return make_lemmatizer(lang)


def echo(question: str, answer: str, lang: str = "en", bank: tuple[str, ...] = BANK_EN):  # type: ignore[no-untyped-def]
    lem = lemmatizer(lang)
    return question_echo(question, answer, lem, lexicon(lang).stop_words, doc_frequencies(bank, lem))


def test_an_answer_that_takes_up_the_questions_words_in_other_forms_echoes_it() -> None:
    found = echo(
        "How do you keep the scripts of two clients apart?",
        "I kept each client's script apart, in its own tab, and checked which queue the call came from.",
    )
    assert found is not None
    assert found.words == ("keep", "scripts", "clients", "apart")  # not "two"
    assert found.share > 0.75


def test_a_good_answer_to_another_question_hardly_echoes_it() -> None:
    found = echo(
        "How do you keep the scripts of two clients apart?",
        "I let the caller finish, apologised once and refunded the double charge the same day.",
    )
    assert found is not None and found.share < 0.1


def test_a_rare_word_counts_more_than_a_common_one() -> None:
    question = "How would you calm a customer whose parcel is lost?"
    common = echo(question, "I would talk to the customer.")
    rare = echo(question, "I would trace the parcel.")
    assert common is not None and rare is not None
    assert rare.share > common.share


def test_finnish_inflections_and_compound_parts_count() -> None:
    bank = ("Miten hoidat vihaisen asiakkaan?", "Kerro itsestäsi.", "Miten toimit, kun jono kasvaa?")
    found = echo(
        "Mitä teet, kun jono kasvaa yhtäkkiä?",
        "Kun jonotusaika pitenee, kerron tiiminvetäjälle ja pidän puhelut lyhyinä. Jonoa seuraan koko ajan.",
        "fi",
        bank,
    )
    assert found is not None
    assert "jono" in found.words


def test_a_question_of_small_words_only_has_nothing_to_echo() -> None:
    assert echo("What about it?", "Anything at all.") is None


def test_a_word_the_bank_never_uses_weighs_most() -> None:
    lem = lemmatizer("en")
    frequencies: DocFrequencies = doc_frequencies(BANK_EN, lem)
    assert frequencies.docs == len(BANK_EN)
    (customer,) = lem.base("customer")
    assert frequencies.weight("zebra") > frequencies.weight(customer)


def test_the_words_taken_up_are_listed_rarest_first() -> None:
    found = echo(
        "How would you calm a customer whose parcel is lost?", "I told the customer where the parcel was."
    )
    assert found is not None and found.words[:2] == ("parcel", "customer")
