"""The self-introduction draft: present, past, a result, strengths, why this process, the future."""

from __future__ import annotations

from datetime import date

from tests.analysis.test_resume import GOOD_EN

from valmis.analysis.document import from_text
from valmis.analysis.resume import read_resume
from valmis.content.story import load_story
from valmis.story.pitch import build_pitch, measure


def test_an_english_draft_uses_the_resume_and_fits_60_to_90_seconds() -> None:
    resume = read_resume(from_text(GOOD_EN), "en", date(2026, 11, 1))
    draft = build_pitch(load_story("en").pitch, "en", resume, process="voice", company="Northwind")
    assert "Maria Santos" in draft.text
    assert "Concentrix" in draft.text
    assert "I handled 80+ inbound calls a day" in draft.text
    assert "Northwind" in draft.text
    assert draft.fits, (draft.words, draft.seconds)


def test_without_a_resume_the_draft_is_still_whole_sentences() -> None:
    draft = build_pitch(load_story("fi").pitch, "fi", None, process="chat")
    assert draft.text and "{" not in draft.text
    assert draft.lang == "fi"


def test_speaking_time_follows_the_word_count_and_language() -> None:
    text = "sana " * 140
    assert measure(text, "en").seconds == 60
    assert measure(text, "fi").seconds == 75  # Finnish words are longer: fewer a minute


def test_durations_are_written_out_and_rounded_as_people_say_them() -> None:
    from valmis.story.pitch import _duration

    assert _duration(21, "en") == "two years"
    assert _duration(12, "fi") == "vuoden"
    assert _duration(5, "fi") == "viisi kuukautta"
    assert _duration(1, "en") == "one month"
