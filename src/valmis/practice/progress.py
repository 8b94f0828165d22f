"""History and progress: every attempt, and how each category's scores move over time."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from valmis.db.models import Attempt, Profile


def history(db: Session, profile: Profile, *, limit: int = 200, offset: int = 0) -> list[Attempt]:
    query = (
        select(Attempt)
        .where(Attempt.profile_id == profile.id)
        .order_by(Attempt.created_at.desc(), Attempt.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(db.scalars(query))


@dataclass(frozen=True)
class CategoryProgress:
    category: str
    attempts: int
    first: int
    latest: int
    best: int
    average: float
    by_day: tuple[tuple[date, float], ...]  # the day's average score, oldest first

    @property
    def change(self) -> int:
        return self.latest - self.first


def progress(db: Session, profile: Profile) -> list[CategoryProgress]:
    rows = db.execute(
        select(Attempt.category, Attempt.score, Attempt.created_at)
        .where(Attempt.profile_id == profile.id, Attempt.status == "analysed", Attempt.score.is_not(None))
        .order_by(Attempt.created_at, Attempt.id)
    ).all()
    scores: dict[str, list[int]] = defaultdict(list)
    days: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    for category, score, created in rows:
        if score is None:
            continue
        key = category or "other"
        scores[key].append(score)
        days[key][created.date()].append(score)
    out = []
    for cat, values in scores.items():
        per_day = tuple((d, sum(v) / len(v)) for d, v in sorted(days[cat].items()))
        out.append(
            CategoryProgress(
                cat, len(values), values[0], values[-1], max(values), sum(values) / len(values), per_day
            )
        )
    out.sort(key=lambda c: c.category)
    return out
