"""Delivery: pace, pauses, fillers, repeats and length from timed words, each finding with its seconds."""

import random
from dataclasses import replace

import pytest

from valmis.analysis.delivery import (
    Filler,
    Finding,
    LowConfidence,
    Pause,
    Repeat,
    Word,
    analyse_delivery,
    suspected_dropped_fillers,
)


def said(text: str, *, wpm: float = 140, start: float = 0.0) -> list[Word]:
    """The words of `text` back to back at `wpm`; a token like "<3>" is three seconds of silence."""
    step = 60 / wpm
    words = []
    t = start
    for token in text.split():
        if token.startswith("<"):
            t += float(token.strip("<>"))
            continue
        words.append(Word(token, round(t, 3), round(t + step, 3), 0.9))
        t += step
    return words


def filler_words(text: str, lang: str = "en") -> list[str]:
    return [f.word for f in analyse_delivery(said(text), lang).fillers]


TWENTY = (
    "I listened to the customer and checked the account then I refunded the charge and she thanked me "
    "right away"
)


def test_twenty_words_at_140_wpm_have_a_good_pace_and_nothing_to_coach() -> None:
    d = analyse_delivery(said(TWENTY, wpm=140), "en")
    assert (d.word_count, d.wpm, d.wpm_without_long_pauses, d.pace) == (20, 140.0, 140.0, "good")
    assert d.speaking_seconds == pytest.approx(8.571)
    assert d.findings == ()


def test_a_fast_answer_is_found_with_its_pace_and_seconds() -> None:
    d = analyse_delivery(said(TWENTY, wpm=200), "en")
    assert d.pace == "fast"
    assert d.findings == (Finding("pace.fast", {"wpm": 200.0, "low": 120, "high": 160}, 0.0, 6.0),)


def test_a_slow_answer_is_found_with_its_pace() -> None:
    d = analyse_delivery(said(TWENTY, wpm=100), "en")
    assert d.pace == "slow"
    assert d.findings == (Finding("pace.slow", {"wpm": 100.0, "low": 120, "high": 160}, 0.0, 12.0),)


def test_both_ends_of_the_band_are_a_good_pace() -> None:
    assert analyse_delivery(said(TWENTY, wpm=120), "en").pace == "good"
    assert analyse_delivery(said(TWENTY, wpm=160), "en").pace == "good"


def test_a_few_quick_words_are_too_little_to_judge_the_pace() -> None:
    d = analyse_delivery(said("Yes I can", wpm=200), "en")
    assert (d.wpm, d.pace) == (200.0, None)
    assert d.findings == ()


def test_a_long_pause_is_left_out_of_the_pace_and_found_with_its_seconds() -> None:
    words = said("I listened to the customer and checked the account then <4> I refunded it", wpm=120)
    d = analyse_delivery(words, "en")
    assert d.speaking_seconds == 10.5
    assert d.wpm == 74.3  # 13 words in 10.5 s
    assert d.wpm_without_long_pauses == 120.0  # 13 words in 6.5 s of talking
    assert d.pace == "good"
    assert d.long_pauses == (Pause(5.0, 9.0),)
    assert d.findings == (Finding("pause.long", {"seconds": 4.0}, 5.0, 9.0),)


def test_every_pause_of_a_second_or_more_is_found_and_the_longest_is_named() -> None:
    words = said("First I listened <1> then I checked <0.9> the account <1.5> and I refunded it", wpm=120)
    d = analyse_delivery(words, "en")
    assert d.pauses == (Pause(1.5, 2.5), Pause(5.9, 7.4))
    assert [p.seconds for p in d.pauses] == [1.0, 1.5]
    assert d.longest_pause == Pause(5.9, 7.4)
    assert d.long_pauses == ()
    assert [f.code for f in d.findings] == ["pace.slow"]  # short pauses still slow the pace down


def test_a_pause_of_exactly_two_and_a_half_seconds_is_not_long() -> None:
    d = analyse_delivery(said("I listened <2.5> and then I helped her", wpm=120), "en")
    assert [p.seconds for p in d.pauses] == [2.5]
    assert d.long_pauses == ()


def test_thinking_time_before_the_first_word_is_kept_apart_from_pauses() -> None:
    d = analyse_delivery(said(TWENTY, start=3.0), "en")
    assert d.first_word_at == 3.0
    assert d.pauses == ()
    assert d.speaking_seconds == pytest.approx(8.571)
    assert d.findings == ()


def test_a_long_silence_before_the_first_word_is_a_slow_start() -> None:
    d = analyse_delivery(said(TWENTY, start=7.0), "en")
    assert d.findings == (Finding("start.slow", {"seconds": 7.0, "limit": 5.0}, 0.0, 7.0),)


def test_it_counts_english_fillers_including_multi_word_ones() -> None:
    assert filler_words("Um, I mean, basically I sorted it out, you know.") == [
        "Um",
        "I mean",
        "basically",
        "you know",
    ]


def test_a_multi_word_filler_spans_both_words() -> None:
    d = analyse_delivery(said("So I mean we fixed it", wpm=60), "en")
    assert d.fillers == (Filler("I mean", 1.0, 3.0),)


def test_it_counts_finnish_hesitations() -> None:
    assert filler_words("Öö, tota, mä niinku tein sen siis tavallaan silleen.", "fi") == [
        "Öö",
        "tota",
        "niinku",
        "siis",
        "tavallaan",
        "silleen",
    ]


def test_stretched_hesitations_are_one_filler_each() -> None:
    assert filler_words("Ummm, hmmmm, uhh I erm solved it.") == ["Ummm", "hmmmm", "uhh", "erm"]
    assert filler_words("Ööööh, eee, tuota, soitin takaisin.", "fi") == ["Ööööh", "eee", "tuota"]


def test_like_is_a_filler_with_a_comma_after_it() -> None:
    assert filler_words("I was, like, really tired.") == ["like"]
    assert filler_words("It was like, a very long call.") == ["like"]


def test_like_is_not_a_filler_when_it_is_the_verb_or_an_example() -> None:
    assert filler_words("I like my job.") == []
    assert filler_words("We used tools, like Zendesk and Teams.") == []


def test_like_between_two_fillers_is_a_filler() -> None:
    assert filler_words("So um like uh we started.") == ["um", "like", "uh"]


def test_sort_of_after_a_determiner_is_the_noun_not_a_filler() -> None:
    assert filler_words("What sort of customer was it?") == []
    assert filler_words("It was sort of hard.") == ["sort of"]


def test_filler_letters_inside_longer_words_are_not_fillers() -> None:
    assert filler_words("I entered every term and Umesh helped.") == []
    assert filler_words("Tein totaalisen siivouksen.", "fi") == []


def test_english_fillers_are_not_counted_in_finnish() -> None:
    assert filler_words("Um, basically, you know.", "fi") == []


def test_many_fillers_are_one_finding_from_the_first_to_the_last() -> None:
    words = said("Um I checked the uh account and um refunded the charge so she was happy", wpm=120)
    d = analyse_delivery(words, "en")
    assert len(d.fillers) == 3
    assert d.fillers_per_minute == 24.0  # 3 fillers in 7.5 s
    assert d.findings == (
        Finding(
            "fillers.many",
            {"count": 3, "per_minute": 24.0, "limit": 4.0, "most_common": "um", "most_common_count": 2},
            0.0,
            4.0,
        ),
    )


def test_one_filler_in_a_long_answer_is_not_many() -> None:
    d = analyse_delivery(said("Um " + TWENTY + " " + TWENTY), "en")
    assert (len(d.fillers), d.fillers_per_minute) == (1, 3.4)
    assert d.findings == ()


def test_immediately_repeated_words_are_repeats() -> None:
    d = analyse_delivery(said("I I think the the customer was right", wpm=60), "en")
    assert d.repeats == (Repeat("I", 0.0, 2.0), Repeat("the", 3.0, 5.0))


def test_a_restart_of_a_short_phrase_is_one_repeat() -> None:
    d = analyse_delivery(said("I went, I went to the shop", wpm=60), "en")
    assert d.repeats == (Repeat("I went", 0.0, 4.0),)


def test_a_run_of_copies_is_one_repeat() -> None:
    d = analyse_delivery(said("I I I think so", wpm=60), "en")
    assert d.repeats == (Repeat("I", 0.0, 3.0),)


def test_a_restart_around_a_filler_is_still_a_restart_and_um_um_is_not_a_repeat() -> None:
    d = analyse_delivery(said("Um um I called, uh, I called her back", wpm=60), "en")
    assert [f.word for f in d.fillers] == ["Um", "um", "uh"]
    assert d.repeats == (Repeat("I called", 2.0, 7.0),)


def test_three_repeats_are_a_finding_from_the_first_to_the_last() -> None:
    d = analyse_delivery(said("I I went to to the the shop", wpm=60), "en")
    assert len(d.repeats) == 3
    assert [f for f in d.findings if f.code == "repeats"] == [Finding("repeats", {"count": 3}, 0.0, 7.0)]


def test_a_fluent_answer_has_no_repeats() -> None:
    assert analyse_delivery(said(TWENTY), "en").repeats == ()


def test_the_length_is_judged_against_the_target() -> None:
    assert analyse_delivery(said(TWENTY, wpm=120), "en", target_seconds=(5, 20)).length == "ok"
    short = analyse_delivery(said(TWENTY, wpm=120), "en", target_seconds=(30, 90))
    assert short.length == "short"
    assert short.findings == (Finding("length.short", {"seconds": 10, "min": 30, "max": 90}, 0.0, 10.0),)
    long = analyse_delivery(said(TWENTY, wpm=120), "en", target_seconds=(3, 8))
    assert long.length == "long"
    assert long.findings == (Finding("length.long", {"seconds": 10, "min": 3, "max": 8}, 0.0, 10.0),)


def test_without_a_target_there_is_no_length_verdict() -> None:
    assert analyse_delivery(said(TWENTY), "en").length is None


def test_words_the_recogniser_was_unsure_of_are_marked() -> None:
    words = said("I refunded the charge", wpm=60)
    words[1] = replace(words[1], text=" refunded,", confidence=0.3)
    words[3] = replace(words[3], confidence=0.5)
    d = analyse_delivery(words, "en")
    assert d.low_confidence == (LowConfidence("refunded", 1.0, 2.0, 0.3),)


def test_short_gaps_inside_a_sentence_are_where_fillers_were_probably_dropped() -> None:
    words = said("I checked <0.5> the account. <0.5> Then I, <0.4> called <0.2> her <1> back", wpm=60)
    assert suspected_dropped_fillers(words) == (Pause(2.0, 2.5),)
    assert analyse_delivery(words, "en").suspected_dropped_fillers == (Pause(2.0, 2.5),)


def test_silence_gives_zeros_and_speech_none() -> None:
    d = analyse_delivery([], "en", target_seconds=(30, 90))
    assert (d.word_count, d.wpm, d.wpm_without_long_pauses, d.speaking_seconds) == (0, 0.0, 0.0, 0.0)
    assert (d.first_word_at, d.pace, d.longest_pause, d.fillers_per_minute) == (None, None, None, 0.0)
    assert (d.pauses, d.fillers, d.repeats, d.low_confidence) == ((), (), (), ())
    assert d.length == "short"
    assert d.findings == (Finding("speech.none", {}, None, None),)


def test_punctuation_alone_is_silence() -> None:
    d = analyse_delivery([Word("...", 1.0, 1.2, 0.4)], "fi")
    assert d.findings == (Finding("speech.none", {}, None, None),)


def test_the_same_words_give_the_same_delivery_in_any_order() -> None:
    words = said("Um I I went <3> I went, like, to the shop <0.5> and uh bought it", wpm=150)
    shuffled = words[:]
    random.Random(4).shuffle(shuffled)
    assert analyse_delivery(words, "en") == analyse_delivery(words, "en") == analyse_delivery(shuffled, "en")


def test_an_unsupported_language_is_refused() -> None:
    with pytest.raises(ValueError, match="sv"):
        analyse_delivery(said(TWENTY), "sv")
