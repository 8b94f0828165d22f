"""Key terms spelled out wrong are caught; right spellings, translations and descriptions are not."""

import pytest

from valmis.analysis.acronyms import wrong_terms
from valmis.analysis.text import split_sentences


def wrong(text: str, lang: str = "en") -> list[str]:
    return [h.why.split(",")[0] for h in wrong_terms(split_sentences(text), lang)]


@pytest.mark.parametrize(
    "text",
    [
        "AHT is average hold time, so I keep customers off hold.",
        "BPO means Business Process Organisation.",
        "The average hold time (AHT) is what the client watches.",
    ],
)
def test_a_term_spelled_out_wrong_is_a_red_flag_that_says_the_right_words(text: str) -> None:
    (hit,) = wrong_terms(split_sentences(text), "en")
    assert hit.id == "wrong-term"
    assert "stands for" in hit.why and hit.quote == text


def test_the_right_spelling_in_either_order_is_no_flag() -> None:
    assert wrong("AHT means average handling time. First call resolution (FCR) matters too.") == []
    assert wrong("BPO stands for business process outsourcing.") == []


def test_a_finnish_answer_is_checked_and_told_in_finnish() -> None:
    (hit,) = wrong_terms(split_sentences("Siksi FCR:ää eli first chat responsea ei kannata seurata."), "fi")
    assert hit.why.startswith(
        "FCR tulee sanoista first call (or contact) resolution, ei ”first chat responsea”"
    )


def test_a_translation_or_a_description_is_never_called_wrong() -> None:
    assert wrong("AHT eli keskimääräinen käsittelyaika kertoo puhelun keston.", "fi") == []
    assert wrong("SLA is 80/20 here: most calls answered in twenty seconds.") == []
    assert wrong("The SLA was missed on Monday.") == []


def test_each_term_is_flagged_once() -> None:
    assert wrong("AHT is average hold time. Again, AHT is average hold time.") == [
        "AHT stands for average handling time"
    ]


def test_a_wrong_spelling_without_its_acronym_is_caught_after_words_that_spell_out() -> None:
    assert wrong("Kyllä: se tulee sanoista Sales Level Achievement, eli myyntitavoite.", "fi") == [
        "SLA tulee sanoista service level agreement"
    ]
    assert wrong("It stands for the Service Level Agreement with the client.") == []


def test_a_company_whose_initials_make_a_term_is_no_wrong_term() -> None:
    assert wrong("I worked at Nordic Payment Services in Espoo.") == []
