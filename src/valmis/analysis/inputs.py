"""Is this text an answer we can judge? Empty, huge or binary input is refused with a reason code."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

MAX_ANSWER_CHARS = 20_000  # about 3 000 words: far beyond any interview answer
MAX_QUESTION_CHARS = 1_000


@dataclass(frozen=True)
class InputProblem:
    code: str  # empty | too_long | not_text
    limit: int | None = None


def check_text(text: str | None, *, limit: int = MAX_ANSWER_CHARS) -> InputProblem | None:
    """None when the text is fine; otherwise the problem, as a code the caller words for the user."""
    if text is None or not text.strip():
        return InputProblem("empty")
    if len(text) > limit:
        return InputProblem("too_long", limit)
    if _looks_binary(text):
        return InputProblem("not_text")
    return None


def _looks_binary(text: str) -> bool:
    if "\x00" in text or "\ufffd" in text:
        return True
    sample = text[:5000]
    controls = sum(
        1 for c in sample if unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") and c not in "\n\r\t"
    )
    letters = sum(1 for c in sample if c.isalpha())
    return controls > 0.02 * len(sample) or letters < 0.3 * len(sample.strip())
