"""Questions to ask the employer, the company research checklist and the pitch phrases."""

from __future__ import annotations

from pathlib import Path

import pytest

from valmis.content.loader import BUILTIN_PACK, ContentError
from valmis.content.story import (
    PITCH_PLACEHOLDERS,
    PITCH_REQUIRED,
    JobProcess,
    Pitch,
    Story,
    Topic,
    When,
    first_filled,
    load_story,
    placeholders,
    story_parity_problems,
)

LANGS = ("en", "fi")


@pytest.fixture(scope="module")
def stories() -> dict[str, Story]:
    return {lang: load_story(lang) for lang in LANGS}


def pitch_templates(pitch: Pitch) -> list[tuple[str, str]]:
    """Every (field, template) of a pitch, per-process fields flattened."""
    out: list[tuple[str, str]] = []
    for field in PITCH_PLACEHOLDERS:
        value = getattr(pitch, field)
        groups = value.values() if isinstance(value, dict) else [value]
        out += [(field, t) for variants in groups for t in variants]
    return out


def test_both_languages_load_and_are_cached(stories: dict[str, Story]) -> None:
    for lang, story in stories.items():
        assert story.lang.value == lang
        assert load_story(lang) is story
        assert load_story(lang, BUILTIN_PACK) is story


def test_there_are_enough_questions_and_research_items(stories: dict[str, Story]) -> None:
    for story in stories.values():
        assert 20 <= len(story.employer_questions) <= 30
        assert 10 <= len(story.research) <= 14


def test_english_and_finnish_have_the_same_ids_and_settings(stories: dict[str, Story]) -> None:
    en, fi = stories["en"], stories["fi"]
    assert story_parity_problems(en, fi) == []
    assert [q.id for q in en.employer_questions] == [q.id for q in fi.employer_questions]
    assert [r.id for r in en.research] == [r.id for r in fi.research]


def test_finnish_is_written_not_copied(stories: dict[str, Story]) -> None:
    en, fi = stories["en"], stories["fi"]
    for q_en, q_fi in zip(en.employer_questions, fi.employer_questions, strict=True):
        assert q_en.text != q_fi.text and q_en.why != q_fi.why
    for r_en, r_fi in zip(en.research, fi.research, strict=True):
        assert r_en.hint != r_fi.hint


def test_question_topics_timing_and_processes_are_known_values(stories: dict[str, Story]) -> None:
    for story in stories.values():
        topics = {q.topic for q in story.employer_questions}
        assert topics == set(Topic), "every topic has at least one question"
        for q in story.employer_questions:
            assert q.when in set(When)
            assert set(q.process) <= set(JobProcess)
        assert {q.when for q in story.employer_questions} == set(When)


def test_pay_questions_say_when_to_ask_them(stories: dict[str, Story]) -> None:
    stage_words = {"en": ("round", "stage", "first question"), "fi": ("vaihe", "loppuun", "ensimmäisenä")}
    for lang, story in stories.items():
        pay = [q for q in story.employer_questions if q.topic == Topic.PAY]
        assert pay
        for q in pay:
            assert any(w in q.why.lower() for w in stage_words[lang]), (lang, q.id)


def test_questions_for_a_process_leave_out_the_ones_for_other_work(stories: dict[str, Story]) -> None:
    story = stories["en"]
    voice_ids = {q.id for q in story.questions_for(JobProcess.VOICE)}
    kpo_ids = {q.id for q in story.questions_for(JobProcess.KPO)}
    assert "quality-feedback" in voice_ids and "quality-feedback" not in kpo_ids
    assert "accuracy-turnaround" in kpo_ids and "accuracy-turnaround" not in voice_ids
    assert "next-steps" in voice_ids & kpo_ids
    assert len(story.questions_for()) == len(story.employer_questions)


def test_every_pitch_placeholder_is_an_allowed_name(stories: dict[str, Story]) -> None:
    allowed_anywhere = {"name", "role", "employer", "years", "education", "achievement", "skills", "company"}
    for lang, story in stories.items():
        for field, template in pitch_templates(story.pitch):
            names = placeholders(template)
            assert names <= PITCH_PLACEHOLDERS[field] <= allowed_anywhere, (lang, field, template)
            if field in PITCH_REQUIRED:
                assert PITCH_REQUIRED[field] in names, (lang, field, template)


def test_the_pitch_covers_every_process(stories: dict[str, Story]) -> None:
    for story in stories.values():
        assert set(story.pitch.why_process) == set(JobProcess)
        assert set(story.pitch.future) == set(JobProcess)


def test_the_first_variant_with_every_value_given_is_used(stories: dict[str, Story]) -> None:
    pitch = stories["en"].pitch
    full = first_filled(pitch.present_working, {"role": "customer support associate", "employer": "Acme"})
    assert full == "I currently work at Acme, where my role is customer support associate."
    role_only = first_filled(pitch.present_working, {"role": "customer support associate", "employer": " "})
    assert role_only == "At the moment I work as customer support associate."
    assert first_filled(pitch.opening, {}) is None
    fi = stories["fi"].pitch
    assert (
        first_filled(fi.why_company, {"company": "Elisa"})
        == "Juuri siksi Elisa kiinnostaa minua työnantajana."
    )


def test_a_whole_introduction_reads_without_a_company(stories: dict[str, Story]) -> None:
    for lang, story in stories.items():
        p = story.pitch
        values = {"name": "Aino", "education": "tradenomi" if lang == "fi" else "a B.Com"}
        parts = [
            first_filled(p.opening, values),
            first_filled(p.present_student, values),
            first_filled(p.past_education, values),
            first_filled(p.why_process[JobProcess.CHAT], values),
            first_filled(p.why_company, values),
            first_filled(p.future[JobProcess.CHAT], values),
            first_filled(p.closing, values),
        ]
        assert parts[4] is None, "no company, no company sentence"
        text = " ".join(s for s in parts if s)
        assert "{" not in text and "Aino" in text
        assert 50 <= len(text.split()) <= 160, (lang, len(text.split()))


def test_placeholders_reject_anything_but_plain_names() -> None:
    assert placeholders("I'm {name}, {{literally}}.") == {"name"}
    for bad in ("{0}", "{}", "{name!r}", "{name:>5}", "{user.name}", "{name"):
        with pytest.raises(ValueError):
            placeholders(bad)


def copy_pack(tmp_path: Path, lang: str, text: str) -> Path:
    (tmp_path / f"story.{lang}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_yaml_that_does_not_parse_names_the_file(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path, "en", "lang: en\nemployer_questions: [\n")
    with pytest.raises(ContentError, match="not valid YAML") as err:
        load_story("en", pack)
    assert "story.en.yaml" in str(err.value)


def test_a_bad_field_names_the_file_and_the_field(tmp_path: Path) -> None:
    original = (BUILTIN_PACK / "story.en.yaml").read_text(encoding="utf-8")
    broken = original.replace("topic: training", "topic: holidays", 1)
    with pytest.raises(ContentError) as err:
        load_story("en", copy_pack(tmp_path, "en", broken))
    assert "story.en.yaml" in str(err.value)
    assert "employer_questions.0.topic" in str(err.value)


def test_an_unknown_placeholder_is_a_content_error(tmp_path: Path) -> None:
    original = (BUILTIN_PACK / "story.fi.yaml").read_text(encoding="utf-8")
    broken = original.replace("Olen {name}.", "Olen {nimi}.", 1)
    assert broken != original
    with pytest.raises(ContentError) as err:
        load_story("fi", copy_pack(tmp_path, "fi", broken))
    assert "story.fi.yaml" in str(err.value)
    assert "opening.0" in str(err.value) and "nimi" in str(err.value)


def test_a_missing_file_or_language_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"story\.en\.yaml"):
        load_story("en", tmp_path)
    with pytest.raises(ContentError, match="'sv'"):
        load_story("sv")


def test_the_language_inside_must_match_the_file_name(tmp_path: Path) -> None:
    original = (BUILTIN_PACK / "story.en.yaml").read_text(encoding="utf-8")
    pack = copy_pack(tmp_path, "fi", original)
    with pytest.raises(ContentError, match="says lang 'en'"):
        load_story("fi", pack)


def test_parity_reports_a_missing_question(stories: dict[str, Story]) -> None:
    en, fi = stories["en"], stories["fi"]
    smaller = fi.model_copy(update={"employer_questions": fi.employer_questions[1:]})
    first = en.employer_questions[0].id
    assert story_parity_problems(en, smaller) == [f"employer question {first}: in en, missing in fi"]
