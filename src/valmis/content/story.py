"""The candidate's own side of an interview: questions to ask, company research, a self-introduction.

One file per language, `story.<lang>.yaml` in the pack folder, with the same ids in both. Pitch
fields are lists of variants with `{name}`-style placeholders; a builder takes the first variant
whose placeholders it can all fill (`first_filled`).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from valmis.content.loader import BUILTIN_PACK, ContentError, _describe, _read_yaml
from valmis.content.models import Lang


class Topic(StrEnum):
    TRAINING = "training"
    SHIFTS = "shifts"
    METRICS = "metrics"
    GROWTH = "growth"
    TEAM = "team"
    PROCESS = "process"
    CLIENT = "client"
    PAY = "pay"
    LOCATION = "location"
    START_DATE = "start_date"
    CONTRACT = "contract"
    CULTURE = "culture"
    NEXT_STEPS = "next_steps"


class When(StrEnum):
    """When to suggest a question, given what the job posting says about its topic."""

    ALWAYS = "always"
    UNCLEAR = "unclear"  # the posting does not mention the topic
    MENTIONED = "mentioned"  # the posting mentions it; the question goes deeper


class JobProcess(StrEnum):
    """The kind of work, as the job lexicon's `processes` name it."""

    VOICE = "voice"
    CHAT = "chat"
    EMAIL = "email"
    BACK_OFFICE = "back_office"
    KPO = "kpo"


# Pitch field -> the placeholders its variants may use. `{years}` is a duration the builder writes
# out ("two years", "kaksi vuotta"); `{skills}` a list it joins ("patience and clear English").
PITCH_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "opening": frozenset({"name"}),
    "present_student": frozenset(),
    "present_working": frozenset({"role", "employer"}),
    "past_experience": frozenset({"role", "employer", "years"}),
    "past_education": frozenset({"education"}),
    "achievement": frozenset({"achievement"}),
    "skills": frozenset({"skills"}),
    "why_process": frozenset(),
    "why_company": frozenset({"company"}),
    "future": frozenset(),
    "closing": frozenset(),
}
# Fields that say nothing without their value: every variant must use it.
PITCH_REQUIRED: dict[str, str] = {
    "opening": "name",
    "past_education": "education",
    "achievement": "achievement",
    "skills": "skills",
    "why_company": "company",
}

_ID = r"^[a-z0-9][a-z0-9_-]*$"
_FORMATTER = string.Formatter()


def placeholders(template: str) -> set[str]:
    """The `{names}` a template uses; ValueError for broken braces, `{0}`, `{x.y}` or `{x:>4}`."""
    names: set[str] = set()
    for _, name, spec, conversion in _FORMATTER.parse(template):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"placeholder {{{name}}} must be a plain name")
        names.add(name)
    return names


def first_filled(variants: tuple[str, ...], values: Mapping[str, str]) -> str | None:
    """The first variant whose placeholders all have a non-blank value, filled in; None if none fits."""
    for variant in variants:
        needed = placeholders(variant)
        if all(values.get(n, "").strip() for n in needed):
            return variant.format(**{n: values[n].strip() for n in needed})
    return None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _non_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return " ".join(value.split())


class EmployerQuestion(_Strict):
    """A question the candidate can ask the interviewer."""

    id: str = Field(pattern=_ID)
    topic: Topic
    text: str
    why: str
    when: When
    process: tuple[JobProcess, ...] = ()  # empty: suits every process

    _blank = field_validator("text", "why")(_non_blank)


class ResearchItem(_Strict):
    """One thing to find out about the company before the interview."""

    id: str = Field(pattern=_ID)
    label: str
    hint: str

    _blank = field_validator("label", "hint")(_non_blank)


Variants = tuple[str, ...]


class Pitch(_Strict):
    """Phrase parts for "tell me about yourself": present, past, future."""

    opening: Variants = Field(min_length=1)
    present_student: Variants = Field(min_length=1)
    present_working: Variants = Field(min_length=1)
    past_experience: Variants = Field(min_length=1)
    past_education: Variants = Field(min_length=1)
    achievement: Variants = Field(min_length=1)
    skills: Variants = Field(min_length=1)
    why_process: dict[JobProcess, Variants]
    why_company: Variants = Field(min_length=1)
    future: dict[JobProcess, Variants]
    closing: Variants = Field(min_length=1)

    @model_validator(mode="after")
    def _templates_are_sound(self) -> Pitch:
        for field, allowed in PITCH_PLACEHOLDERS.items():
            value = getattr(self, field)
            groups: dict[str, Variants] = (
                {f"{field}.{p.value}": v for p, v in value.items()}
                if isinstance(value, dict)
                else {field: value}
            )
            if isinstance(value, dict):
                missing = [p.value for p in JobProcess if not value.get(p)]
                if missing:
                    raise ValueError(f"{field}: no variants for {', '.join(missing)}")
            for where, variants in groups.items():
                for i, variant in enumerate(variants):
                    if not variant.strip():
                        raise ValueError(f"{where}.{i}: blank")
                    try:
                        names = placeholders(variant)
                    except ValueError as exc:
                        raise ValueError(f"{where}.{i}: {exc}") from exc
                    unknown = names - allowed
                    if unknown:
                        raise ValueError(
                            f"{where}.{i}: unknown placeholder(s) {sorted(unknown)}; "
                            f"allowed here: {sorted(allowed) or 'none'}"
                        )
                    need = PITCH_REQUIRED.get(field)
                    if need and need not in names:
                        raise ValueError(f"{where}.{i}: must use {{{need}}}")
        return self


class Story(_Strict):
    """One `story.<lang>.yaml` file."""

    lang: Lang
    employer_questions: tuple[EmployerQuestion, ...] = Field(min_length=1)
    research: tuple[ResearchItem, ...] = Field(min_length=1)
    pitch: Pitch

    @model_validator(mode="after")
    def _unique_ids(self) -> Story:
        for name, items in (("employer_questions", self.employer_questions), ("research", self.research)):
            ids = [i.id for i in items]
            twice = sorted({i for i in ids if ids.count(i) > 1})
            if twice:
                raise ValueError(f"{name}: ids listed twice: {', '.join(twice)}")
        return self

    def questions_for(self, process: JobProcess | None = None) -> list[EmployerQuestion]:
        """Employer questions that suit a process (all of them when the process is unknown)."""
        return [
            q for q in self.employer_questions if process is None or not q.process or process in q.process
        ]


def story_path(lang: Lang, pack_dir: Path) -> Path:
    return pack_dir / f"story.{lang.value}.yaml"


def load_story(lang: str, pack_dir: Path | None = None) -> Story:
    """The story content of one language, from the built-in pack unless a folder is given."""
    try:
        language = Lang(lang)
    except ValueError:
        raise ContentError(f"no story content for language '{lang}'") from None
    return _load_story(language, (pack_dir or BUILTIN_PACK).resolve())


@cache
def _load_story(lang: Lang, pack_dir: Path) -> Story:
    path = story_path(lang, pack_dir)
    if not path.exists():
        raise ContentError(f"{path}: missing story file for language '{lang.value}'")
    try:
        story = Story.model_validate(_read_yaml(path))
    except ValidationError as exc:
        raise ContentError(f"{path}: invalid story file\n{_describe(exc)}") from exc
    if story.lang != lang:
        raise ContentError(f"{path}: says lang '{story.lang.value}', file name says '{lang.value}'")
    return story


def story_parity_problems(a: Story, b: Story) -> list[str]:
    """What differs between two languages of the story content, beyond the wording itself."""
    problems: list[str] = []
    pairs = (
        (
            "employer question",
            {q.id: q for q in a.employer_questions},
            {q.id: q for q in b.employer_questions},
        ),
        ("research item", {r.id: r for r in a.research}, {r.id: r for r in b.research}),
    )
    for kind, left, right in pairs:
        for item_id in sorted(left.keys() - right.keys()):
            problems.append(f"{kind} {item_id}: in {a.lang.value}, missing in {b.lang.value}")
        for item_id in sorted(right.keys() - left.keys()):
            problems.append(f"{kind} {item_id}: in {b.lang.value}, missing in {a.lang.value}")
    qa = {q.id: q for q in a.employer_questions}
    for qb in b.employer_questions:
        q = qa.get(qb.id)
        if q is None:
            continue
        for name in ("topic", "when", "process"):
            if getattr(q, name) != getattr(qb, name):
                problems.append(f"employer question {q.id}: '{name}' differs between languages")
    return problems
