"""Questions to ask the employer, chosen by what the posting says and leaves unclear, and the
company research checklist with the user's notes."""

from __future__ import annotations

from dataclasses import dataclass

from valmis.analysis.posting import Posting
from valmis.content.story import EmployerQuestion, JobProcess, Story, When

MAX_QUESTIONS = 8


@dataclass(frozen=True)
class Suggested:
    question: EmployerQuestion
    reason: str  # unclear | mentioned | always


def posting_topics(posting: Posting) -> set[str]:
    """Topics the posting speaks to: the lexicon's topic words, plus shifts and process when asked."""
    topics = set(posting.topics)
    if posting.of("shift"):
        topics.add("shifts")
    if posting.processes:
        topics.add("process")
    return topics


def suggest_questions(story: Story, posting: Posting, limit: int = MAX_QUESTIONS) -> list[Suggested]:
    """First what the posting leaves unclear, then deeper questions on what it says, then the always-good
    ones; one question per topic, the process's own questions before general ones."""
    process = next((JobProcess(p) for p in posting.processes if p in JobProcess.__members__.values()), None)
    said = posting_topics(posting)
    order = {"unclear": 0, "mentioned": 1, "always": 2}
    picked: list[Suggested] = []
    for q in story.questions_for(process):
        topic = q.topic.value
        if q.when is When.UNCLEAR and topic in said:
            continue
        if q.when is When.MENTIONED and topic not in said:
            continue
        picked.append(Suggested(q, q.when.value))
    picked.sort(key=lambda s: (order[s.reason], not s.question.process))
    out: list[Suggested] = []
    seen: set[str] = set()
    for s in picked:
        if s.question.topic.value in seen:
            continue
        seen.add(s.question.topic.value)
        out.append(s)
    return out[:limit]
