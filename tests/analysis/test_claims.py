"""Wrong claims: a wrong fact the rubric knows of is found in any order and inflection, not when negated."""

from functools import cache

import pytest

from valmis.analysis.claims import WRONG_CLAIM, find_wrong_claims
from valmis.analysis.findings import FlagHit
from valmis.analysis.lemmas import Lemmatizer, make_lemmatizer
from valmis.analysis.lexicon import lexicon
from valmis.analysis.rubric import ClaimSpec
from valmis.analysis.text import split_sentences

PCI = ClaimSpec(
    "pci-phone-only",
    "PCI DSS is only about phone payments",
    "PCI DSS covers card data in every channel.",
    ("pci only phone",),
)
NDA = ClaimSpec(
    "nda-ends",
    "Salassapitosopimus päättyy työsuhteen mukana",
    "Salassapito jatkuu yleensä työsuhteen jälkeenkin.",
    ("salassapitosopimus päättyä",),
)


@cache
def lemmatizer(lang: str) -> Lemmatizer:
    return make_lemmatizer(lang)


def found(text: str, lang: str, *claims: ClaimSpec) -> tuple[FlagHit, ...]:
    return find_wrong_claims(claims, split_sentences(text), lemmatizer(lang), lexicon(lang))


def test_a_wrong_claim_is_found_with_its_words_in_any_order_and_form() -> None:
    (hit,) = found("I am careful with cards. Only phone payments fall under PCI, not chat.", "en", PCI)
    assert (hit.id, hit.why) == (WRONG_CLAIM, "PCI DSS covers card data in every channel.")
    assert hit.quote == "Only phone payments fall under PCI, not chat."
    assert hit.label == "Not right: “PCI DSS is only about phone payments”"


def test_a_finnish_claim_is_found_in_any_inflection() -> None:
    (hit,) = found("Salassapitosopimukset päättyvät, kun lähdet talosta.", "fi", NDA)
    assert hit.label.startswith("Ei pidä paikkaansa")


def test_a_negation_right_before_a_cue_word_cancels_it() -> None:
    assert found("PCI DSS applies not only to phone payments but to chat too.", "en", PCI) == ()
    assert found("Salassapitosopimus ei pääty, kun työsuhde loppuu.", "fi", NDA) == ()


def test_a_right_answer_on_the_same_topic_is_no_claim() -> None:
    assert found("PCI DSS covers card data on the phone and in chat.", "en", PCI) == ()


def test_each_claim_is_found_once() -> None:
    hits = found("PCI is only for phone calls. Only phone payments need PCI.", "en", PCI)
    assert len(hits) == 1


def test_a_claim_reported_as_others_belief_is_not_the_candidates_own() -> None:
    assert found("Many people think PCI is only for phone payments, but it covers chat too.", "en", PCI) == ()
    assert found("Moni luulee, että salassapitosopimus päättyy työn loppuessa.", "fi", NDA) == ()


def test_a_claim_may_continue_from_the_sentence_before_through_it_or_se() -> None:
    (hit,) = found("PCI DSS is the card standard. It only covers phone payments.", "en", PCI)
    assert hit.quote == "It only covers phone payments."
    assert found("Allekirjoitin salassapitosopimuksen. Se päättyy, kun lähden.", "fi", NDA) != ()
    assert found("PCI DSS is the card standard. Only phone payments are easy.", "en", PCI) == ()


def test_after_that_opens_the_next_step_and_borrows_nothing_from_the_sentence_before() -> None:
    repeat = ClaimSpec(
        "repeat", "Toistaminen on turhaa", "Yhteenveto näyttää kuuntelun.", ("toistaminen olla turha",)
    )
    before = "Asiakas odotti turhaan koko aamun. "
    assert found(before + "Sen jälkeen sovin ajan, toistan sen ääneen ja kirjaan sen.", "fi", repeat) == ()
    assert found("Koulutuksessa neuvottiin toistamista. Se on minusta turhaa.", "fi", repeat) != ()


def test_a_sentence_carries_one_wrong_claim_the_first_that_fits() -> None:
    from dataclasses import replace

    twin = replace(PCI, id="twin", claim="Card rules are only for phone calls")
    (hit,) = found("PCI only matters on the phone.", "en", PCI, twin)
    assert "PCI DSS is only about phone payments" in hit.label


def test_the_sentence_before_lends_a_claim_one_word_only() -> None:
    hold = ClaimSpec(
        "hold", "A hold may last as long as it takes", "Come back every minute.", ("hold can last long",)
    )
    text = "A call has talk time, hold time and how long the wrap-up lasts. It can be cut by knowing the products."
    assert found(text, "en", hold) == ()


BPO_CALLS = ClaimSpec("bpo-calls", "BPO is just call centres", "BPO is far more.", ("bpo just call centre",))
ABANDONED = ClaimSpec(
    "abandoned",
    "Abandoned calls don't matter",
    "They count as the abandon rate.",
    ("abandoned calls don't matter",),
)
BPO_PUHELU = ClaimSpec(
    "bpo-puhelu", "BPO on pelkkää puhelintyötä", "BPO on paljon muutakin.", ("bpo pelkkä puhelin",)
)


def test_a_limit_that_says_more_than_the_limit_is_no_claim() -> None:
    assert found("BPO is more than just call centres.", "en", BPO_CALLS) == ()
    assert found("A call centre is just one part of BPO.", "en", BPO_CALLS) == ()
    assert found("BPO on muutakin kuin pelkkää puhelintyötä.", "fi", BPO_PUHELU) == ()
    assert found("BPO is just call centres, nothing else.", "en", BPO_CALLS)


def test_a_negation_in_a_cue_is_not_found_in_its_plain_verb() -> None:
    assert found("Abandoned calls do matter, because they show in the abandon rate.", "en", ABANDONED) == ()
    assert found("Abandoned calls don't matter much, the customer chose to hang up.", "en", ABANDONED)


def test_meanwhile_does_not_make_two_things_the_same() -> None:
    same = ClaimSpec(
        "same-person",
        "Asiakas ja loppuasiakas ovat sama henkilö",
        "Asiakas on yritys, loppuasiakas sen oma asiakas.",
        ("loppuasiakas olla sama asia",),
    )
    assert found("Loppuasiakas ja toimeksiantaja ovat sama asia.", "fi", same)
    assert not found(
        "Loppuasiakkaan asia hoidetaan hyvin, ja samalla on toimittava ohjeiden mukaan.", "fi", same
    )


def test_words_a_cue_joins_with_plus_must_stand_side_by_side_like_a_saying() -> None:
    always_right = ClaimSpec(
        "always-right", "Asiakas on aina oikeassa", "Asiakasta kuunnellaan, ratkaisut ohjeiden mukaan.",
        ("asiakas olla aina+oikea",),
    )  # fmt: skip
    assert found("Minusta asiakkaat ovat aina oikeassa, joten annan periksi.", "fi", always_right)
    assert not found(
        "Asiakas saa vastauksen, päätökset tehdään oikeassa paikassa ja tiimi tietää aina, mitä sovittiin.",
        "fi",
        always_right,
    )


@pytest.mark.parametrize(
    "negated",
    ["Tiedän, ettei Wikipedia riitä lähteeksi.", "Tarkistan luvut, jottei Wikipedia riitä lähteeksi yksin."],
)
def test_a_negation_merged_into_a_finnish_conjunction_cancels_the_claim(negated: str) -> None:
    claim = (ClaimSpec("wiki", "Wikipedia riittää lähteeksi", "Ei riitä.", ("wikipedia riittää lähde",)),)
    lemmatizer, lex = make_lemmatizer("fi"), lexicon("fi")
    assert find_wrong_claims(claim, split_sentences("Wikipedia riittää lähteeksi."), lemmatizer, lex)
    assert find_wrong_claims(claim, split_sentences(negated), lemmatizer, lex) == ()
