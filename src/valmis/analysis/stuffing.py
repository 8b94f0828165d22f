"""Keyword stuffing: the rubric's words without the substance, or bare lists of buzzwords."""

from __future__ import annotations

import re

from valmis.analysis.findings import PointResult
from valmis.analysis.lexicon import find_cues
from valmis.analysis.semantic import Meaning
from valmis.analysis.text import Sentence

# Keyword lists run on commas and "and": on dev, 0.21–0.36 list joiners a word in stuffed answers
# (one at 0.14), at most 0.15 in real ones but for one terse strong list (0.24).
LIST_JOINERS_PER_WORD = 0.20
_JOINERS = frozenset({"and", "ja", "sekä"})
_AFTER_COMMA = re.compile(r",\s*[\"'“”‘’«»(]*([^\W\d_]+)")


def list_joiner_density(sentences: tuple[Sentence, ...], clause_words: frozenset[str]) -> float:
    """List commas plus "and"/"ja" per word, for answers with six or more of them (else 0).

    A comma before a word that opens a clause ("…, koska", "…, which") is grammar, not a list.
    """
    words = sum(s.word_count for s in sentences)
    joiners = sum(
        sum(1 for m in _AFTER_COMMA.finditer(s.text) if m.group(1).lower() not in clause_words)
        + sum(1 for t in s.tokens if t.lower in _JOINERS)
        for s in sentences
    )
    return joiners / words if words and joiners >= 6 else 0.0


def hollow_keywords(
    by_words: tuple[PointResult, ...], meaning: Meaning | None, *, on_topic_at: float
) -> bool:
    """Most points matched by a phrase are not made in substance, and the whole is not on topic."""
    if meaning is None:
        return False
    matched = [p.id for p in by_words if p.covered]
    if len(matched) < 2:
        return False
    z = {m.id: m.z for m in meaning.points}
    hollow = [pid for pid in matched if z.get(pid, 0.0) < 1.0]
    return len(hollow) * 3 >= len(matched) * 2 and meaning.relevance < on_topic_at


IMPORTANCE = {
    "en": ("important", "crucial", "essential", "vital"),
    # Not "keskei*": "keskeiset mittarit" is "the key metrics", as plain as English "key", which is
    # not in the English list either (it made two of the bank's own strong examples "stuffed").
    "fi": ("tärkeä*", "tärkein*", "olennai*", "ratkaiseva*"),
}


def importance_claims(text: str, lang: str) -> int:
    """How often the answer calls things important: buzzword answers assert, real ones explain."""
    return len(find_cues(text, IMPORTANCE.get(lang, ())))


def is_stuffed(
    by_words: tuple[PointResult, ...],
    meaning: Meaning | None,
    sentences: tuple[Sentence, ...],
    clause_words: frozenset[str],
    *,
    on_topic_at: float,
    text: str = "",
    lang: str = "en",
) -> bool:
    return (
        importance_claims(text, lang) >= 2
        or list_joiner_density(sentences, clause_words) >= LIST_JOINERS_PER_WORD
        or hollow_keywords(by_words, meaning, on_topic_at=on_topic_at)
    )
