"""Structure cues: STAR, present–past–future, definition–example, or a plain opening and support."""

from functools import cache

from valmis.analysis.lemmas import FinnishStemLemmatizer, Lemmatizer, make_lemmatizer
from valmis.analysis.lexicon import lexicon
from valmis.analysis.structure import Element, find_structure
from valmis.analysis.text import split_sentences


@cache
def lemmatizer(lang: str) -> Lemmatizer:
    return make_lemmatizer(lang)


def structure(kind: str, text: str, lang: str, lem: Lemmatizer | None = None) -> dict[str, str | None]:
    """Each element of the structure with the sentence that shows it, or None."""
    elements = find_structure(kind, split_sentences(text), lexicon(lang), lem or lemmatizer(lang))
    return {e.name: e.quote for e in elements}


def test_a_full_english_star_answer_has_every_element() -> None:
    answer = (
        "Last year a customer was angry about his bill. I had to fix it the same day. "
        "I checked the account and refunded him. In the end he thanked me."
    )
    assert structure("star", answer, "en") == {
        "situation": "Last year a customer was angry about his bill.",
        "task": "I had to fix it the same day.",
        "action": "I checked the account and refunded him.",
        "result": "In the end he thanked me.",
    }


def test_a_full_finnish_star_answer_has_every_element() -> None:
    answer = (
        "Viime vuonna asiakas oli vihainen laskusta. Minun piti korjata lasku. "
        "Tarkistin tilin. Lopulta hän kiitti."
    )
    assert structure("star", answer, "fi") == {
        "situation": "Viime vuonna asiakas oli vihainen laskusta.",
        "task": "Minun piti korjata lasku.",
        "action": "Tarkistin tilin.",
        "result": "Lopulta hän kiitti.",
    }


def test_an_element_is_found_or_not_with_its_quote() -> None:
    elements = find_structure("star", split_sentences("I would listen."), lexicon("en"), lemmatizer("en"))
    assert elements == (
        Element("situation", False),
        Element("task", False),
        Element("action", True, "I would listen."),
        Element("result", False),
    )


def test_an_english_conditional_counts_as_an_action() -> None:
    assert structure("star", "I would listen first and then check the account.", "en")["action"] == (
        "I would listen first and then check the account."
    )


def test_a_finnish_conditional_verb_counts_as_an_action() -> None:
    assert (
        structure("star", "Kuuntelisin asiakasta rauhassa.", "fi")["action"]
        == "Kuuntelisin asiakasta rauhassa."
    )


def test_a_finnish_first_person_past_verb_counts_as_an_action() -> None:
    assert structure("star", "Hoidin asiakkaan laskun.", "fi")["action"] == "Hoidin asiakkaan laskun."


def test_a_finnish_we_verb_is_not_the_candidates_own_action() -> None:
    assert structure("star", "Hoidimme asiakkaan laskun.", "fi")["action"] is None


def test_a_star_answer_without_a_result_misses_only_the_result() -> None:
    found = structure("star", "Once a customer called. My task was to calm him. So I listened.", "en")
    assert [name for name, quote in found.items() if quote is None] == ["result"]


def test_an_english_present_past_future_answer_has_all_three() -> None:
    answer = "I'm a student of commerce. I worked at a call centre. I want to grow in this role."
    assert structure("present_past_future", answer, "en") == {
        "present": "I'm a student of commerce.",
        "past": "I worked at a call centre.",
        "future": "I want to grow in this role.",
    }


def test_a_finnish_first_person_past_verb_counts_as_the_past() -> None:
    answer = "Opiskelen kauppaa. Myin kesällä puhelimia. Haluan kehittyä."
    assert structure("present_past_future", answer, "fi") == {
        "present": "Opiskelen kauppaa.",
        "past": "Myin kesällä puhelimia.",
        "future": "Haluan kehittyä.",
    }


def test_a_definition_and_an_example_are_found_in_english() -> None:
    answer = "BPO means business process outsourcing. For example, a bank outsources its calls."
    assert structure("definition_example", answer, "en") == {
        "definition": "BPO means business process outsourcing.",
        "example": "For example, a bank outsources its calls.",
    }


def test_a_definition_and_an_example_are_found_in_finnish() -> None:
    answer = "BPO tarkoittaa prosessien ulkoistamista. Esimerkiksi pankki ulkoistaa puhelut."
    assert structure("definition_example", answer, "fi") == {
        "definition": "BPO tarkoittaa prosessien ulkoistamista.",
        "example": "Esimerkiksi pankki ulkoistaa puhelut.",
    }


def test_without_a_structure_a_short_opening_and_a_second_sentence_are_enough() -> None:
    assert structure("none", "Yes. I can work nights.", "en") == {
        "opening": "Yes.",
        "support": "I can work nights.",
    }
    assert structure("none", "Kyllä.", "fi") == {"opening": "Kyllä.", "support": None}


def test_an_opening_over_35_words_is_not_an_opening() -> None:
    assert structure("none", " ".join(["sana"] * 36) + ".", "fi") == {"opening": None, "support": None}


def test_an_empty_answer_has_no_elements() -> None:
    assert structure("star", "", "en") == {"situation": None, "task": None, "action": None, "result": None}


def test_a_finnish_conditional_counts_as_an_action_without_voikko() -> None:
    answer = "Kuuntelisin asiakasta rauhassa."
    assert structure("star", answer, "fi", FinnishStemLemmatizer())["action"] == answer


def test_is_always_is_not_a_definition() -> None:
    assert structure("definition_example", "It is always busy on Mondays.", "en")["definition"] is None


def test_a_term_then_a_colon_is_a_definition_and_an_example_label_an_example() -> None:
    answer = (
        "Service Level Agreement: the measurable promise a BPO makes to its client. "
        "Example: 80% of calls answered within 20 seconds."
    )
    assert structure("definition_example", answer, "en") == {
        "definition": "Service Level Agreement: the measurable promise a BPO makes to its client.",
        "example": "Example: 80% of calls answered within 20 seconds.",
    }


def test_a_finnish_term_then_a_dash_is_a_definition() -> None:
    answer = "Jonotusaika – se, kuinka kauan asiakas odottaa ennen kuin joku vastaa. Esimerkki: 20 sekuntia."
    assert structure("definition_example", answer, "fi") == {
        "definition": "Jonotusaika – se, kuinka kauan asiakas odottaa ennen kuin joku vastaa.",
        "example": "Esimerkki: 20 sekuntia.",
    }


def test_a_long_opening_before_a_colon_is_not_a_term() -> None:
    answer = "I told the customer what we would do next time: call him back."
    assert structure("definition_example", answer, "en")["definition"] is None


def test_a_closing_sentence_with_a_figure_after_the_action_is_the_result() -> None:
    answer = (
        "Palvelin samassa vuorossa kahta toimeksiantajaa. Katsoin aina ensin, kummasta jonosta puhelu "
        "tuli. Puolen vuoden aikana laatupisteeni olivat yli 90."
    )
    assert structure("star", answer, "fi")["result"] == "Puolen vuoden aikana laatupisteeni olivat yli 90."


def test_a_figure_in_the_opening_sentence_is_no_result() -> None:
    answer = "In 2023 I worked nights at a bank. I checked every form twice."
    assert structure("star", answer, "en")["result"] is None
