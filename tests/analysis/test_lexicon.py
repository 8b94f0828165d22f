"""Cue words: where they match, in any case and inflection the cue allows."""

from valmis.analysis.lexicon import find_cues


def test_a_star_lets_the_last_word_go_on() -> None:
    assert [h[0] for h in find_cues("Olin kesätöissä.", ("kesätöi*",))] == ["kesätöissä"]


def test_a_star_lets_any_word_of_a_cue_go_on() -> None:
    text = "Aloittaisin aktiivisella kuuntelulla ja jatkuvalla parantamisella."
    found = [h[0] for h in find_cues(text, ("aktiivi* kuuntel*", "jatkuva* paranta*"))]
    assert found == ["aktiivisella kuuntelulla", "jatkuvalla parantamisella"]


def test_a_word_without_a_star_must_end_where_the_cue_word_ends() -> None:
    assert find_cues("I worked atop the hill.", ("i worked at",)) == []
    assert find_cues("aktiivisella kuuntelulla", ("aktiivinen kuuntel*",)) == []
