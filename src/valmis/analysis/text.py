"""Split an answer into sentences and words, keeping where each sits in the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Letters (any script), digits, and inner apostrophes, hyphens or a colon before a Finnish case
# ending ("don't", "follow-up", "SLA:n"), so each counts as one word.
_WORD = re.compile(r"[^\W_]+(?:['’:\-][^\W_]+)*", re.UNICODE)
# A sentence ends at . ! ? or a line break, but not inside numbers ("2.5") or common abbreviations.
_SENTENCE_END = re.compile(r"(?<=[.!?…])([\"'”)]*)\s+|\n+")
_ABBREVIATIONS = frozenset(
    {"e.g.", "i.e.", "etc.", "mr.", "mrs.", "ms.", "dr.", "esim.", "ns.", "mm.", "yms.", "jne.", "n."}
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: tuple[Token, ...]

    @property
    def word_count(self) -> int:
        return len(self.tokens)


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start() + offset, m.end() + offset) for m in _WORD.finditer(text))


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of `text`, each with its words; empty sentences are dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m.group(1) or "")  # a closing quote or bracket stays with its sentence
        before = text[start : m.start()].rstrip()
        last_word = before.rsplit(maxsplit=1)[-1].lower().lstrip("(\"'“‘[") if before.split() else ""
        if last_word in _ABBREVIATIONS:
            continue
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    sentences = []
    for s, e in spans:
        chunk = text[s:e]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        s2 = s + lead
        tokens = tokenize(stripped, offset=s2)
        if tokens:
            sentences.append(Sentence(stripped, s2, s2 + len(stripped), tokens))
    return tuple(sentences)


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))
