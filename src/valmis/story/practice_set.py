"""Practice for this job: questions weighted to what the posting asks, most likely first."""

from __future__ import annotations

from valmis.analysis.posting import Posting
from valmis.content.loader import Bank
from valmis.content.models import Category, Market, Process, Question

SET_SIZE = 10
SELF_INTRODUCTION = "tell-me-about-yourself"
TRACK_OF = {"voice": Process.VOICE, "chat": Process.NONVOICE, "email": Process.NONVOICE,
            "back_office": Process.NONVOICE, "kpo": Process.KPO}  # fmt: skip

# What each kind of requirement makes an interviewer ask about.
_CATEGORY_OF_KIND = {
    "shift": Category.SHIFTS_LOGISTICS,
    "language": Category.COMMUNICATION_LANGUAGE,
    "skill": Category.CUSTOMER_HANDLING,
    "tool": Category.KPO_TECHNICAL,
    "experience": Category.BEHAVIOURAL,
    "education": Category.MOTIVATION,
}
# Every interview opens with these and ends with the candidate's questions.
_ALWAYS = (Category.SELF_INTRODUCTION, Category.MOTIVATION, Category.SCENARIO, Category.QUESTIONS_TO_ASK)


def track_of(posting: Posting, default: str) -> Process:
    for process in posting.processes:
        if process in TRACK_OF:
            return TRACK_OF[process]
    return Process(default)


def _weight(
    q: Question, posting: Posting, track: Process, market: Market | None, asked: dict[Category, int]
) -> float:
    w = 0.0
    if track in q.processes:
        w += 3 + (1 if len(q.processes) == 1 else 0)
    if market is not None and market in q.markets:
        w += 1
    w += 2.5 * asked.get(q.category, 0)
    if q.category in _ALWAYS:
        w += 2
    if q.category is Category.KPO_TECHNICAL and track is not Process.KPO and not posting.of("tool"):
        w -= 3
    return w


def job_questions(bank: Bank, posting: Posting, default_track: str, size: int = SET_SIZE) -> list[str]:
    """A set like this job's interview: the self-introduction first, then the most likely questions
    (by process, market and what the posting asks), at most two from one category, the questions
    for the employer last."""
    track = track_of(posting, default_track)
    market = Market(posting.market) if posting.market in ("domestic", "international") else None
    asked: dict[Category, int] = {}
    for req in posting.requirements:
        cat = _CATEGORY_OF_KIND.get(req.kind)
        if cat is not None:
            asked[cat] = min(2, asked.get(cat, 0) + 1)
    if track is Process.KPO:
        asked[Category.KPO_TECHNICAL] = 2
    ranked = sorted(bank.questions, key=lambda q: (-_weight(q, posting, track, market, asked), q.id))
    picked: list[Question] = []
    per_category: dict[Category, int] = {}
    first = bank.get(SELF_INTRODUCTION)
    if first is not None:
        picked.append(first)
        per_category[first.category] = 1
    # One from each category the posting points at, and motivation and a scenario as every interview
    # has them; then the rest by weight.
    wanted = [c for c, _ in sorted(asked.items(), key=lambda kv: -kv[1])] + [
        Category.MOTIVATION,
        Category.SCENARIO,
    ]
    for category in dict.fromkeys(wanted):
        best = next((q for q in ranked if q.category is category and q not in picked), None)
        if best is not None and len(picked) < size - 1:
            picked.append(best)
            per_category[category] = per_category.get(category, 0) + 1
    for q in ranked:
        if len(picked) >= size - 1:
            break
        if q in picked or q.category is Category.QUESTIONS_TO_ASK or per_category.get(q.category, 0) >= 2:
            continue
        if q.category is Category.SELF_INTRODUCTION and per_category.get(q.category, 0) >= 1:
            continue
        picked.append(q)
        per_category[q.category] = per_category.get(q.category, 0) + 1
    closing = next((q for q in ranked if q.category is Category.QUESTIONS_TO_ASK), None)
    if closing is not None:
        picked.append(closing)
    return [q.id for q in picked]
