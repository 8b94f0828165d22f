"""Practice sessions: which questions, in which order, and where the user is in them."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from valmis.content.loader import Bank
from valmis.content.models import Category, Level, Market, Process, Question
from valmis.db.models import PracticeSession, Profile

MODES = ("category", "track", "mixed", "offhand", "single", "job")
SET_SIZE = 10
OFFHAND_THINK_SECONDS = 30


class SessionNotFound(LookupError):
    pass


class EmptySelection(ValueError):
    """No question fits the choice (for example a category with none for this track)."""


def _for_profile(bank: Bank, profile: Profile, category: Category | None = None) -> list[Question]:
    """Questions for the user's track and level; widened step by step when that leaves too few."""
    process, market, level = Process(profile.process), Market(profile.market), Level(profile.level)
    for kwargs in (
        {"process": process, "market": market, "level": level},
        {"process": process, "market": market},
        {"process": process},
        {},
    ):
        found = bank.select(category=category, **kwargs)
        if len(found) >= (3 if category else SET_SIZE):
            return found
    return bank.select(category=category)


def pick_questions(
    bank: Bank,
    profile: Profile,
    mode: str,
    *,
    category: str | None = None,
    question_id: str | None = None,
    rng: random.Random | None = None,
) -> list[str]:
    rng = rng or random.Random()
    if mode == "single":
        if not question_id or bank.get(question_id) is None:
            raise EmptySelection(question_id or "")
        return [question_id]
    if mode == "category":
        try:
            cat = Category(category or "")
        except ValueError as exc:
            raise EmptySelection(category or "") from exc
        pool = _for_profile(bank, profile, cat)
        if not pool:
            raise EmptySelection(category or "")
        return [q.id for q in pool][:SET_SIZE]
    if mode == "offhand":
        pool = _for_profile(bank, profile, Category.SCENARIO)
        return [rng.choice(pool).id]
    pool = _for_profile(bank, profile)
    if mode == "track":
        # Track set: the questions most specific to the chosen process first.
        pool.sort(key=lambda q: (len(q.processes), q.id))
        return [q.id for q in pool][:SET_SIZE]
    if mode == "mixed":
        # One or two from each category, so a mixed set feels like a real interview.
        by_cat: dict[Category, list[Question]] = {}
        for q in pool:
            by_cat.setdefault(q.category, []).append(q)
        picked: list[str] = []
        cats = list(by_cat)
        rng.shuffle(cats)
        while len(picked) < SET_SIZE and any(by_cat.values()):
            for cat in cats:
                if by_cat[cat] and len(picked) < SET_SIZE:
                    q = by_cat[cat].pop(rng.randrange(len(by_cat[cat])))
                    picked.append(q.id)
        return picked
    raise EmptySelection(mode)


def start_session(
    db: Session,
    profile: Profile,
    bank: Bank,
    mode: str,
    *,
    category: str | None = None,
    question_id: str | None = None,
    rng: random.Random | None = None,
    question_ids: list[str] | None = None,
) -> PracticeSession:
    """A new session; `question_ids` gives the set outright (mode "job": practice for a posting)."""
    if mode not in MODES:
        raise EmptySelection(mode)
    if question_ids is not None:
        ids = [i for i in question_ids if bank.get(i) is not None]
        if not ids:
            raise EmptySelection(mode)
    else:
        ids = pick_questions(bank, profile, mode, category=category, question_id=question_id, rng=rng)
    session = PracticeSession(
        profile_id=profile.id,
        mode=mode,
        lang=bank.lang.value,
        category=category if mode == "category" else None,
        question_ids=ids,
    )
    db.add(session)
    db.commit()
    return session


def get_session(db: Session, profile: Profile, session_id: int) -> PracticeSession:
    session = db.get(PracticeSession, session_id)
    if session is None or session.profile_id != profile.id:
        raise SessionNotFound(session_id)
    return session


def current_question_id(session: PracticeSession) -> str | None:
    if session.position < len(session.question_ids):
        return session.question_ids[session.position]
    return None


def advance(db: Session, session: PracticeSession) -> str | None:
    """Move to the next question; the session is finished after the last one."""
    session.position = min(session.position + 1, len(session.question_ids))
    if session.position >= len(session.question_ids) and session.finished_at is None:
        session.finished_at = datetime.now(UTC).replace(tzinfo=None)
    db.commit()
    return current_question_id(session)
