"""Input checks: empty, huge or binary text is refused with a reason; normal answers pass."""

from valmis.analysis.inputs import MAX_ANSWER_CHARS, MAX_QUESTION_CHARS, InputProblem, check_text


def test_no_text_is_empty() -> None:
    assert check_text(None) == InputProblem("empty")
    assert check_text("") == InputProblem("empty")


def test_whitespace_only_is_empty() -> None:
    assert check_text(" \n\t\r\u00a0 ") == InputProblem("empty")


def test_an_answer_of_100_000_characters_is_too_long_and_says_the_limit() -> None:
    answer = ("Hoidin asiakkaita. " * 5_300)[:100_000]
    assert check_text(answer) == InputProblem("too_long", MAX_ANSWER_CHARS)


def test_an_answer_exactly_at_the_limit_passes() -> None:
    assert MAX_ANSWER_CHARS == 20_000
    assert check_text("a" * MAX_ANSWER_CHARS) is None
    assert check_text("a" * (MAX_ANSWER_CHARS + 1)) == InputProblem("too_long", 20_000)


def test_a_question_has_its_own_smaller_limit() -> None:
    assert check_text("Kerro itsestäsi? " * 60, limit=MAX_QUESTION_CHARS) == InputProblem("too_long", 1_000)
    assert check_text("Tell me about yourself.", limit=MAX_QUESTION_CHARS) is None


def test_a_nul_byte_is_not_text() -> None:
    assert check_text("I handled calls\x00 every day.") == InputProblem("not_text")


def test_a_decoding_replacement_character_is_not_text() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    assert check_text(png.decode("utf-8", errors="replace")) == InputProblem("not_text")


def test_binary_junk_is_not_text() -> None:
    assert check_text(bytes(range(1, 256)).decode("latin-1")) == InputProblem("not_text")


def test_control_characters_in_a_short_text_are_not_text() -> None:
    assert check_text("ok\x07\x08") == InputProblem("not_text")


def test_mostly_symbols_is_not_text() -> None:
    assert check_text("1234 5678 !!!! ####") == InputProblem("not_text")


def test_a_normal_finnish_answer_passes() -> None:
    answer = (
        "Työskentelin asiakaspalvelussa kaksi vuotta.\n"
        "Hoidin n. 60 puhelua päivässä ja pidin SLA:n 95 %:ssa. Öljy-yhtiön asiakkaat olivat tyytyväisiä."
    )
    assert check_text(answer) is None


def test_a_normal_english_answer_with_numbers_and_an_emoji_passes() -> None:
    assert check_text("I scored 95% on quality in 2023, and I'm proud of it 😀\n\tThanks!") is None
