"""The user's profile: languages, the job they aim at (process, market) and their level."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from valmis.content.models import Lang, Level, Market, Process
from valmis.db.models import Profile


class InvalidChoice(ValueError):
    """A profile value outside the allowed ones; the message names the field."""


def get_profile(db: Session) -> Profile:
    """The local user's profile, created with defaults the first time."""
    profile = db.scalars(select(Profile).order_by(Profile.id).limit(1)).first()
    if profile is None:
        profile = Profile()
        db.add(profile)
        db.commit()
    return profile


def update_profile(
    db: Session,
    profile: Profile,
    *,
    ui_lang: str | None = None,
    practice_lang: str | None = None,
    process: str | None = None,
    market: str | None = None,
    level: str | None = None,
    onboarded: bool | None = None,
) -> Profile:
    checks = {
        "ui_lang": (ui_lang, Lang),
        "practice_lang": (practice_lang, Lang),
        "process": (process, Process),
        "market": (market, Market),
        "level": (level, Level),
    }
    for field, (value, enum) in checks.items():
        if value is None:
            continue
        if value not in {e.value for e in enum}:
            raise InvalidChoice(field)
        setattr(profile, field, value)
    if onboarded is not None:
        profile.onboarded = onboarded
    db.commit()
    return profile
