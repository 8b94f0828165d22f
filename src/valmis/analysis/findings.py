"""The explained result: every part of the score with the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Note:
    """One reason, as a message id with its values, and the words of the answer it is about."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    quote: str | None = None


@dataclass(frozen=True)
class Part:
    name: str
    points: int
    max: int
    notes: tuple[Note, ...]
    tip: Note | None = None


@dataclass(frozen=True)
class PointResult:
    id: str
    point: str
    hint: str
    covered: bool
    evidence: str | None = None  # the sentence that covered it
    matched: str | None = None  # the phrase that matched
    by: str | None = None  # "words" (a phrase matched) or "meaning" (said in other words)


@dataclass(frozen=True)
class FlagHit:
    id: str
    label: str
    why: str
    quote: str


@dataclass(frozen=True)
class Hit:
    """A word or phrase found in the answer, with where it is."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Feedback:
    lang: str
    score: int
    parts: tuple[Part, ...]
    key_points: tuple[PointResult, ...]
    red_flags: tuple[FlagHit, ...]
    fillers: tuple[Hit, ...]
    hedges: tuple[Hit, ...]
    word_count: int
    approximate_lemmas: bool = False
    detected_lang: str | None = None  # the language the answer is written in, when it was checked
    semantic: bool = False  # True when meaning (the embedding model) was part of the judgement
    # Sentences that may come across as an attitude recruiters screen out, recognised by meaning:
    # shown as worth checking, never scored (the model cannot be sure enough to cost points).
    cautions: tuple[FlagHit, ...] = ()

    @property
    def covered(self) -> tuple[PointResult, ...]:
        return tuple(p for p in self.key_points if p.covered)

    @property
    def missed(self) -> tuple[PointResult, ...]:
        return tuple(p for p in self.key_points if not p.covered)
