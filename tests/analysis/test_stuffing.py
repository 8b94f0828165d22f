"""Keyword stuffing: lists of buzzwords are caught; commas that Finnish grammar requires are not."""

from valmis.analysis.lexicon import lexicon
from valmis.analysis.stuffing import LIST_JOINERS_PER_WORD, importance_claims, list_joiner_density
from valmis.analysis.text import split_sentences


def density(text: str, lang: str) -> float:
    return list_joiner_density(split_sentences(text), lexicon(lang).clause_words)


def test_a_bare_list_of_buzzwords_is_dense_with_list_joiners() -> None:
    text = "SLA, AHT, FCR, CSAT, empathy, escalation and ownership, all of them, always."
    assert density(text, "en") >= LIST_JOINERS_PER_WORD


def test_a_finnish_keyword_list_is_dense_with_list_joiners() -> None:
    text = (
        "Laatu ja auditointi ja muistilista ja tiedote liittyvät tähän. Toimeksiantaja, ohjeistus, "
        "sävy ja järjestelmä, brändi, tervehdys ja prosessi."
    )
    assert density(text, "fi") >= LIST_JOINERS_PER_WORD


def test_commas_before_finnish_subordinate_clauses_are_not_a_list() -> None:
    # Finnish puts a comma before every "että", "koska", "kun", "mikä": grammar, not a list.
    text = (
        "No tää on sellainen tilanne, mikä tulee tosi usein vastaan, kun viikonloppuna netti ei "
        "ollut toiminut. Yritän pysyä rauhallisena, koska se ei ole mua vastaan, ja pahoittelen. "
        "Katson, mitä aiemmin on tehty, jos siellä on merkintöjä. Kerron asiakkaalle, että asia on "
        "työn alla, ja sitten soitan takaisin, kun vika on korjattu."
    )
    assert density(text, "fi") < LIST_JOINERS_PER_WORD


def test_the_same_commas_before_list_words_would_count() -> None:
    clauses = "Katson, mitä on tehty, kun ehdin, koska pitää, jos voin, että tiedän, mikä auttaa."
    listed = "Katson, tiketit, lokit, muistiinpanot, merkinnät, historian, tilat ja asetukset."
    assert density(listed, "fi") > density(clauses, "fi")


def test_a_few_joiners_are_never_a_list() -> None:
    assert density("Calm, clear and kind.", "en") == 0.0


def test_importance_claims_count_every_form_of_the_word() -> None:
    assert importance_claims("Empatia on tärkeää ja tärkein asia on laatu.", "fi") == 2
    assert importance_claims("I listen and then I fix it.", "en") == 0
