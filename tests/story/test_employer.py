"""Questions for the employer follow what the posting says and leaves unclear."""

from __future__ import annotations

from tests.analysis.test_posting import EN

from valmis.analysis.document import from_text
from valmis.analysis.posting import parse_posting
from valmis.content.story import load_story
from valmis.story.employer import suggest_questions


def test_topics_the_posting_leaves_out_come_first_one_question_a_topic() -> None:
    posting = parse_posting(from_text(EN), "en")
    suggested = suggest_questions(load_story("en"), posting)
    assert suggested and suggested[0].reason == "unclear"
    topics = [s.question.topic for s in suggested]
    assert len(topics) == len(set(topics))
    said = {s.question.topic.value for s in suggested if s.reason == "unclear"}
    assert "shifts" not in said  # the posting states its shifts


def test_a_posting_that_says_nothing_gets_the_basic_questions() -> None:
    posting = parse_posting(from_text("We are hiring. Apply now."), "en")
    reasons = {s.reason for s in suggest_questions(load_story("en"), posting)}
    assert "mentioned" not in reasons
