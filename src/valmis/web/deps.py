"""Request dependencies: a database session per request and the local user's profile."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from valmis.db.models import Profile
from valmis.practice.coach import Coach
from valmis.practice.profiles import get_profile


def db_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessionmaker() as session:
        yield session


DB = Annotated[Session, Depends(db_session)]


def current_profile(db: DB) -> Profile:
    return get_profile(db)


CurrentProfile = Annotated[Profile, Depends(current_profile)]


def coach(request: Request) -> Coach:
    return request.app.state.coach  # type: ignore[no-any-return]


CoachDep = Annotated[Coach, Depends(coach)]
