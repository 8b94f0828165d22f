"""Fillers and hedges in English and Finnish, each with where it stands."""

from valmis.analysis.fillers import find_fillers, find_hedges
from valmis.analysis.lexicon import EN, FI


def fillers(text: str, lang: str) -> list[str]:
    return [h.text for h in find_fillers(text, FI if lang == "fi" else EN)]


def hedges(text: str, lang: str) -> list[str]:
    return [h.text for h in find_hedges(text, FI if lang == "fi" else EN)]


def test_it_counts_english_fillers() -> None:
    assert fillers("Um, I mean, basically I sorted it out, you know.", "en") == [
        "Um",
        "I mean",
        "basically",
        "you know",
    ]


def test_it_counts_finnish_hesitations() -> None:
    assert fillers("Öö, tota, mä niinku tein sen siis tavallaan silleen.", "fi") == [
        "Öö",
        "tota",
        "niinku",
        "siis",
        "tavallaan",
        "silleen",
    ]


def test_a_stretched_hesitation_is_one_filler() -> None:
    assert fillers("Ööööh, no, ummm", "fi") == ["Ööööh"]
    assert fillers("Ummm, hmmmm, I solved it.", "en") == ["Ummm", "hmmmm"]


def test_the_longer_filler_wins_over_the_shorter_one_inside_it() -> None:
    assert fillers("Niinku että mä soitin takaisin.", "fi") == ["Niinku että"]


def test_like_is_a_filler_only_between_commas() -> None:
    assert fillers("I like my job.", "en") == []
    assert fillers("I was, like, really tired.", "en") == ["like"]


def test_filler_letters_inside_longer_words_are_not_fillers() -> None:
    assert fillers("I entered every term in the system.", "en") == []
    assert fillers("Tein totaalisen siivouksen ja siistin pöydän.", "fi") == []


def test_each_finnish_filler_knows_where_it_stands() -> None:
    text = "No siis, tota, asiakas soitti."
    assert [(h.text, h.start, h.end) for h in find_fillers(text, FI)] == [("siis", 3, 7), ("tota", 9, 13)]


def test_a_fluent_answer_has_no_fillers() -> None:
    assert fillers("I listened, apologised and refunded the charge.", "en") == []
    assert fillers("Kuuntelin, pahoittelin ja hyvitin maksun.", "fi") == []


def test_the_longest_english_hedge_is_counted_once() -> None:
    assert hedges("I think maybe it was fine. Maybe.", "en") == ["I think maybe", "Maybe"]


def test_it_finds_english_hedges_in_text_order() -> None:
    assert hedges("Perhaps I could help, I guess, or something.", "en") == [
        "Perhaps",
        "I guess",
        "or something",
    ]


def test_it_finds_finnish_hedges() -> None:
    assert hedges("Ehkä se meni hyvin, luulen että asiakas oli varmaan tyytyväinen.", "fi") == [
        "Ehkä",
        "luulen että",
        "varmaan",
    ]


def test_a_confident_answer_has_no_hedges() -> None:
    assert hedges("I will call the customer back within an hour.", "en") == []
    assert hedges("Soitan asiakkaalle takaisin tunnin sisällä.", "fi") == []


def test_english_words_are_not_finnish_fillers() -> None:
    assert fillers("Um, basically, you know.", "fi") == []


def test_a_name_that_starts_with_um_is_not_a_filler() -> None:
    assert fillers("My team lead Umesh trained me on the umbrella policy.", "en") == []


def test_the_like_filler_points_at_the_word_itself() -> None:
    text = "I was, like, tired."
    (hit,) = find_fillers(text, EN)
    assert text[hit.start : hit.end] == hit.text == "like"
