"""Specificity: numbers, a concrete example, "I" rather than "we", and clichés without proof."""

from __future__ import annotations

import re
from dataclasses import dataclass

from valmis.analysis.findings import Hit
from valmis.analysis.lemmas import Lemmatizer
from valmis.analysis.lexicon import Lexicon, find_cues
from valmis.analysis.text import Sentence

_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class Specifics:
    number: str | None  # the sentence with a number or measure
    example: str | None  # the sentence with a concrete example or moment
    i_count: int
    we_count: int
    cliches: tuple[Hit, ...]
    long_sentences: tuple[str, ...]
    mean_sentence_words: float
    # The first sentence with an example cue that tells a moment: a time or place ("last month",
    # "kerran"), or "for example" with what the speaker (or their team) did. "…, esimerkiksi Lean-
    # ja Six Sigma -ajattelua" names an example; it tells none.
    story: str | None = None

    @property
    def distinct_cliches(self) -> tuple[str, ...]:
        """Each cliché once, lower-cased, in the answer's order: a trait named, then backed up, is one."""
        return tuple(dict.fromkeys(h.text.lower() for h in self.cliches))


def _has_number(s: Sentence, cliches: tuple[Hit, ...], lexicon: Lexicon, lemmatizer: Lemmatizer) -> bool:
    """A digit or a cardinal number word in the sentence, outside its clichés: a number inside one
    ("I give 100 percent", "annan sata prosenttia") measures nothing."""
    inside = [c for c in cliches if s.start <= c.start < s.end]
    text = s.text
    for c in inside:  # blank the cliché out, keeping the offsets
        a, b = c.start - s.start, min(c.end, s.end) - s.start
        text = text[:a] + " " * (b - a) + text[b:]
    return bool(_DIGITS.search(text)) or any(
        # Cardinal numbers in any inflection ("kolmelle asiakkaalle"); ordinals like "first" only
        # order the steps, and "one"/"yksi" is mostly an article, so neither counts.
        (t.lower in lexicon.number_words or lemmatizer.base(t.text) & lexicon.number_words)
        and not any(c.start <= t.start < c.end for c in inside)
        and not counts_own_parts(s, i, lexicon, lemmatizer)
        for i, t in enumerate(s.tokens)
    )


def counts_own_parts(s: Sentence, i: int, lexicon: Lexicon, lemmatizer: Lemmatizer) -> bool:
    """The number word at token `i` counts the answer's own parts: "in four parts", "kolme asiaa"."""
    if i + 1 >= len(s.tokens):
        return False
    after = s.tokens[i + 1]
    return after.lower in lexicon.counted_nouns or bool(lemmatizer.base(after.text) & lexicon.counted_nouns)


def find_specifics(
    text: str, sentences: tuple[Sentence, ...], lexicon: Lexicon, lemmatizer: Lemmatizer
) -> Specifics:
    number = example = story = None
    i_count = we_count = 0
    cliches = tuple(Hit(h[0], h[1], h[2]) for h in find_cues(text, lexicon.cliches))
    for s in sentences:
        if number is None and _has_number(s, cliches, lexicon, lemmatizer):
            number = s.text
        cues = find_cues(s.text, lexicon.example_cues) if example is None or story is None else []
        if example is None and cues:
            example = s.text
        # "For example" may bring in a moment or only name things; a time or place is a moment.
        naming = len(find_cues(s.text, lexicon.naming_cues)) if cues else 0
        person = False
        for t in s.tokens:
            low = t.lower.replace("’", "'")
            morph = lemmatizer.morph(t.text)
            if low in lexicon.i_words or morph.first_singular:
                i_count += 1
                person = True
            elif low in lexicon.we_words or morph.first_plural:
                we_count += 1
                person = True
            if morph.first_possessive or morph.past:
                person = True
        if story is None and cues and (len(cues) > naming or person):
            story = s.text
    long_sentences = tuple(s.text for s in sentences if s.word_count > 40)
    mean = sum(s.word_count for s in sentences) / len(sentences) if sentences else 0.0
    return Specifics(number, example, i_count, we_count, cliches, long_sentences, mean, story)
