"""The content-pack format: questions with rubrics, and category rubrics, validated at load."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Lang(StrEnum):
    EN = "en"
    FI = "fi"


class Process(StrEnum):
    VOICE = "voice"
    NONVOICE = "nonvoice"
    KPO = "kpo"


class Market(StrEnum):
    DOMESTIC = "domestic"
    INTERNATIONAL = "international"


class Level(StrEnum):
    FRESHER = "fresher"
    EXPERIENCED = "experienced"


class Structure(StrEnum):
    STAR = "star"
    PRESENT_PAST_FUTURE = "present_past_future"
    DEFINITION_EXAMPLE = "definition_example"
    NONE = "none"


class Category(StrEnum):
    SELF_INTRODUCTION = "self_introduction"
    MOTIVATION = "motivation"
    BPO_KNOWLEDGE = "bpo_knowledge"
    B2B_PRACTICES = "b2b_practices"
    BEHAVIOURAL = "behavioural"
    SCENARIO = "scenario"
    CUSTOMER_HANDLING = "customer_handling"
    SHIFTS_LOGISTICS = "shifts_logistics"
    COMMUNICATION_LANGUAGE = "communication_language"
    KPO_TECHNICAL = "kpo_technical"
    QUESTIONS_TO_ASK = "questions_to_ask"


# The id of a key point, red flag or wrong claim within its question.
ItemId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _non_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


class KeyPoint(_Strict):
    """One thing a good answer says, with the ways people phrase it."""

    id: ItemId
    point: str
    hint: str
    phrases: list[str] = Field(min_length=2)

    _blank = field_validator("point", "hint")(_non_blank)

    @field_validator("phrases")
    @classmethod
    def _phrases_not_blank(cls, phrases: list[str]) -> list[str]:
        cleaned = [p.strip() for p in phrases]
        if any(not p for p in cleaned):
            raise ValueError("a phrase is blank")
        return cleaned


class RedFlag(_Strict):
    """Something that makes a recruiter doubt the candidate, with the words that signal it."""

    id: ItemId
    label: str
    why: str
    phrases: list[str] = Field(min_length=1)

    _blank = field_validator("label", "why")(_non_blank)


class WrongClaim(_Strict):
    """A wrong fact candidates often state for this question, what is right instead, and the words
    that give it away: each cue's words all in one sentence, in any order and any inflection."""

    id: ItemId
    claim: str
    correction: str
    cues: list[str] = Field(min_length=1)

    _blank = field_validator("claim", "correction")(_non_blank)

    @field_validator("cues")
    @classmethod
    def _cues_have_words(cls, cues: list[str]) -> list[str]:
        cleaned = [c.strip() for c in cues]
        # Words joined with "+" count one by one: "aht+olla+jonotusaika" is three words side by side.
        if any(len(c.replace("+", " ").split()) < 2 for c in cleaned):
            raise ValueError("a cue needs at least two words: one word alone is in right answers too")
        return cleaned


class TargetLength(_Strict):
    min_words: int = Field(ge=5, le=600)
    max_words: int = Field(ge=10, le=800)

    @model_validator(mode="after")
    def _ordered(self) -> TargetLength:
        if self.max_words <= self.min_words:
            raise ValueError("max_words must be above min_words")
        return self


class WeakAnswer(_Strict):
    text: str
    why: str

    _blank = field_validator("text", "why")(_non_blank)


class Question(_Strict):
    """A bank question with everything feedback needs."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    category: Category
    processes: list[Process] = Field(min_length=1)
    markets: list[Market] = Field(min_length=1)
    levels: list[Level] = Field(min_length=1)
    text: str
    # Other ways recruiters ask the same thing: a pasted question in one of these wordings is this
    # question, and the practice page shows them so a candidate recognises it however it is put.
    also_asked: list[str] = Field(default_factory=list, max_length=8)
    looking_for: str
    key_points: list[KeyPoint] = Field(min_length=3, max_length=6)
    red_flags: list[RedFlag] = Field(default_factory=list)
    wrong_claims: list[WrongClaim] = Field(default_factory=list, max_length=5)
    structure: Structure
    target: TargetLength
    strong_answer: str
    weak_answer: WeakAnswer
    tags: list[str] = Field(default_factory=list)

    _blank = field_validator("text", "looking_for", "strong_answer")(_non_blank)

    @field_validator("also_asked")
    @classmethod
    def _wordings(cls, wordings: list[str]) -> list[str]:
        cleaned = [w.strip() for w in wordings]
        if any(not w or len(w) > 300 for w in cleaned):
            raise ValueError("an alternative wording is blank or longer than 300 characters")
        if len({w.casefold() for w in cleaned}) != len(cleaned):
            raise ValueError("an alternative wording is given twice")
        return cleaned

    @model_validator(mode="after")
    def _unique_ids(self) -> Question:
        kp = [k.id for k in self.key_points]
        rf = [r.id for r in self.red_flags]
        wc = [w.id for w in self.wrong_claims]
        if len(set(kp)) != len(kp) or len(set(rf)) != len(rf) or len(set(wc)) != len(wc):
            raise ValueError(f"{self.id}: key point, red flag and wrong claim ids must be unique")
        return self

    @property
    def is_scenario(self) -> bool:
        return self.category == Category.SCENARIO


class QuestionFile(_Strict):
    """One `<category>.<lang>.yaml` file."""

    lang: Lang
    category: Category
    questions: list[Question]

    @model_validator(mode="after")
    def _category_matches(self) -> QuestionFile:
        for q in self.questions:
            if q.category != self.category:
                raise ValueError(f"{q.id}: category {q.category} in a {self.category} file")
        return self


class CategoryRubric(_Strict):
    """The generic rubric for a category, used for pasted questions that match no bank question."""

    category: Category
    name: str
    description: str
    cues: list[str] = Field(min_length=3)
    looking_for: str
    key_points: list[KeyPoint] = Field(min_length=3, max_length=6)
    red_flags: list[RedFlag] = Field(default_factory=list)
    structure: Structure
    target: TargetLength
    example_answer: str


class AttitudeFamily(_Strict):
    """An attitude recruiters screen out (blaming, contempt for customers…), as sentences that show it."""

    id: ItemId
    label: str
    why: str
    examples: list[str] = Field(min_length=3)

    _blank = field_validator("label", "why")(_non_blank)


class AttitudeFile(_Strict):
    """`attitudes.<lang>.yaml`: attitude families, and sentences on the same subjects that are fine."""

    lang: Lang
    families: list[AttitudeFamily] = Field(min_length=1)
    fine: list[str] = Field(min_length=5)

    @model_validator(mode="after")
    def _unique_ids(self) -> AttitudeFile:
        ids = [f.id for f in self.families]
        if len(set(ids)) != len(ids):
            raise ValueError("attitude family ids must be unique")
        return self


class RubricFile(_Strict):
    lang: Lang
    rubrics: list[CategoryRubric]
