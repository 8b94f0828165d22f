"""Keyword stuffing: the rubric's words without the substance, or bare lists of buzzwords."""

from __future__ import annotations

from valmis.analysis.findings import PointResult
from valmis.analysis.lexicon import find_cues
from valmis.analysis.semantic import Meaning
from valmis.analysis.text import Sentence

LIST_SHARE = 0.4  # this share of the answer's words in list-like sentences makes it a keyword list
COMMAS_PER_WORD = 0.16  # buzzword lists run on commas: ~0.2 a word, against ~0.08 in real answers (dev)


def is_list_like(sentence: Sentence, stop_words: frozenset[str]) -> bool:
    """Four or more commas and almost no small words: "SLA, AHT, FCR, empathy, escalation"."""
    if sentence.text.count(",") < 4 or not sentence.tokens:
        return False
    small = sum(1 for t in sentence.tokens if t.lower in stop_words)
    return small / len(sentence.tokens) < 0.2


def keyword_list_share(sentences: tuple[Sentence, ...], stop_words: frozenset[str]) -> float:
    total = sum(s.word_count for s in sentences)
    listed = sum(s.word_count for s in sentences if is_list_like(s, stop_words))
    return listed / total if total else 0.0


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


def comma_density(sentences: tuple[Sentence, ...]) -> float:
    """Commas per word, for answers with five commas or more (else 0)."""
    words = sum(s.word_count for s in sentences)
    commas = sum(s.text.count(",") for s in sentences)
    return commas / words if words and commas >= 5 else 0.0


IMPORTANCE = {
    "en": ("important", "crucial", "essential", "vital"),
    "fi": ("tärkeä*", "tärkein*", "olennai*", "keskei*", "ratkaiseva*"),
}


def importance_claims(text: str, lang: str) -> int:
    """How often the answer calls things important: buzzword answers assert, real ones explain."""
    return len(find_cues(text, IMPORTANCE.get(lang, ())))


# Commas and "and"/"ja" chaining nouns: about 0.30 a word in buzzword lists, 0.12 in real answers (dev).
JOINERS_PER_WORD = 0.23
_JOINERS = frozenset({"and", "ja", "sekä"})


def joiner_density(sentences: tuple[Sentence, ...]) -> float:
    """Commas plus "and"/"ja" per word, for answers with six joiners or more (else 0)."""
    words = sum(s.word_count for s in sentences)
    joiners = sum(s.text.count(",") + sum(1 for t in s.tokens if t.lower in _JOINERS) for s in sentences)
    return joiners / words if words and joiners >= 6 else 0.0


def is_stuffed(
    by_words: tuple[PointResult, ...],
    meaning: Meaning | None,
    sentences: tuple[Sentence, ...],
    stop_words: frozenset[str],
    *,
    on_topic_at: float,
    text: str = "",
    lang: str = "en",
) -> bool:
    return (
        importance_claims(text, lang) >= 2
        or keyword_list_share(sentences, stop_words) >= LIST_SHARE
        or comma_density(sentences) >= COMMAS_PER_WORD
        or joiner_density(sentences) >= JOINERS_PER_WORD
        or hollow_keywords(by_words, meaning, on_topic_at=on_topic_at)
    )
