"""What an answer is judged against, independent of where it came from (bank question or category)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PointSpec:
    id: str
    point: str
    hint: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class FlagSpec:
    id: str
    label: str
    why: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class ClaimSpec:
    """A wrong fact candidates often state for a question (see `claims.py`)."""

    id: str
    claim: str  # the wrong statement, as candidates put it
    correction: str  # what is right
    cues: tuple[str, ...]  # each: words that all stand in one sentence, in any order and inflection


@dataclass(frozen=True)
class RubricSpec:
    key_points: tuple[PointSpec, ...]
    red_flags: tuple[FlagSpec, ...]
    structure: str  # star | present_past_future | definition_example | none
    min_words: int
    max_words: int
    hypothetical: bool = False  # a scenario: "what would you do", answered in the conditional
    intent: str = ""  # what the interviewer is looking for, to say when an answer misses it
    lang: str = "en"  # the language the rubric is written in
    generic: bool = False  # a category's general rubric (for a pasted question), not a bank question's
    wrong_claims: tuple[ClaimSpec, ...] = ()
    example: str = ""  # the bank's strong example answer, in the rubric's language (none for a category)
