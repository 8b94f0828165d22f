"""Which language a text is in: clear small words decide; a guess keeps the language expected."""

from valmis.analysis.language import detect_language, language_of


def test_a_finnish_question_is_finnish_whatever_was_expected() -> None:
    assert language_of("Miten toimit, jos asiakkaalla on kiire?", "en") == "fi"
    assert language_of("What would you do if the caller is in a hurry?", "fi") == "en"


def test_a_text_too_short_to_tell_keeps_the_language_expected() -> None:
    assert detect_language("SLA?", default="fi").confidence == 0.5
    assert language_of("SLA?", "fi") == "fi"
    assert language_of("SLA?", "en") == "en"
