"""Recognition accuracy: word and character error rates, ignoring case and punctuation."""

from __future__ import annotations

import re
from collections.abc import Sequence


def words_of(text: str) -> list[str]:
    return re.sub(r"[^\w\s']", " ", text.lower()).split()


def edit_distance(ref: Sequence[str], hyp: Sequence[str]) -> int:
    """Levenshtein distance over words (lists) or characters (strings)."""
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        diagonal, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (r != h))
    return row[-1]


def word_error_rate(ref: str, hyp: str) -> float:
    ref_words = words_of(ref)
    return edit_distance(ref_words, words_of(hyp)) / max(1, len(ref_words))


def char_error_rate(ref: str, hyp: str) -> float:
    """Character errors, ignoring how the words are split ("tilin tiedot" vs "tilintiedot")."""
    ref_chars, hyp_chars = "".join(words_of(ref)), "".join(words_of(hyp))
    return edit_distance(ref_chars, hyp_chars) / max(1, len(ref_chars))
