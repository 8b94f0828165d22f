"""How much of a pasted question's own content an answer takes up, in any inflection.

The meaning model is weak at "does this answer fit this question" (it is good at "does this answer
say what this reference says"), and a pasted question has no references of its own. Its words do:
an answer to "How do you keep two clients' scripts apart?" speaks of clients and scripts, a good
answer to a neighbouring question mostly does not. Each of the question's content words counts by
how rare it is in the bank (inverse document frequency), so "client" counts less than "script".
Pure: texts, a lemmatizer and the bank's document frequencies in, a share out.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from valmis.analysis.lemmas import Lemmatizer
from valmis.analysis.text import tokenize


@dataclass(frozen=True)
class DocFrequencies:
    """In how many of a language's bank texts each base form occurs, and how many texts there are."""

    counts: Counter[str]
    docs: int

    def weight(self, base: str) -> float:
        return math.log((1 + self.docs) / (1 + self.counts.get(base, 0))) + 1


def doc_frequencies(texts: Iterable[str], lemmatizer: Lemmatizer) -> DocFrequencies:
    counts: Counter[str] = Counter()
    docs = 0
    for text in texts:
        docs += 1
        counts.update({base for t in tokenize(text) for base in lemmatizer.base(t.text)})
    return DocFrequencies(counts, docs)


@dataclass(frozen=True)
class Echo:
    share: float  # 0–1, each word weighted by its rarity
    words: tuple[str, ...]  # the question's words the answer takes up, as written there, rarest first


def question_echo(
    question: str,
    answer: str,
    lemmatizer: Lemmatizer,
    stop_words: frozenset[str],
    frequencies: DocFrequencies,
) -> Echo | None:
    """How much of the question's content the answer uses in some form (a compound's parts count:
    "jono" is found in "jonotusaika"); None for a question of small words only."""
    wanted: dict[frozenset[str], tuple[str, float]] = {}
    for t in tokenize(question):
        if t.lower in stop_words:
            continue
        bases = lemmatizer.base(t.text)
        if bases not in wanted:
            wanted[bases] = (t.text, max(frequencies.weight(b) for b in bases))
    total = sum(w for _, w in wanted.values())
    if not total:
        return None
    said: set[str] = set()
    for t in tokenize(answer):
        said |= lemmatizer.keys(t.text)
    taken = [(word, w) for bases, (word, w) in wanted.items() if bases & said]
    rarest_first = sorted(taken, key=lambda ww: -ww[1])  # stable: question order among equals
    return Echo(sum(w for _, w in taken) / total, tuple(word for word, _ in rarest_first))
