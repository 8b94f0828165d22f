"""Wrong facts: a claim candidates often get wrong for a question, found by the words that give it
away, with what is right instead. Pure: sentences in, red-flag hits out."""

from __future__ import annotations

import re

from valmis.analysis.findings import FlagHit
from valmis.analysis.lemmas import Lemmatizer
from valmis.analysis.lexicon import Lexicon, find_cues, normalize_quotes
from valmis.analysis.rubric import ClaimSpec
from valmis.analysis.text import Sentence, tokenize

WRONG_CLAIM = "wrong-claim"
NEGATION_WINDOW = 2  # words before a cue word in which a negation cancels it
_CLAUSE_BREAK = re.compile(r"[,;:–—.!?]")
# The flag's label, in the language of the answer.
LABEL = {"en": "Not right: “{claim}”", "fi": "Ei pidä paikkaansa: ”{claim}”"}


def find_wrong_claims(
    claims: tuple[ClaimSpec, ...],
    sentences: tuple[Sentence, ...],
    lemmatizer: Lemmatizer,
    lexicon: Lexicon,
) -> tuple[FlagHit, ...]:
    """Each wrong claim the answer makes, once, with the first sentence that makes it.

    Every word of a cue counts, small words too ("only" is what makes "PCI DSS only covers phone
    payments" wrong), except where a negation stands right before it: "not only phone payments". A
    sentence that reports the claim as others' belief ("Many people think …") makes none.
    """
    if not claims:
        return ()
    # Each sentence, read together with the one before when it points back at it ("It only …").
    readings = []
    for i, sentence in enumerate(sentences):
        if find_cues(sentence.text, lexicon.hearsay):
            continue
        opens = sentence.tokens[0].lower if sentence.tokens else ""
        reading = _joined(sentences[i - 1], sentence) if i and opens in lexicon.referents else sentence
        readings.append((sentence, reading))
    hits = []
    for claim in claims:
        for sentence, reading in readings:
            if any(_says(cue, reading, lemmatizer, lexicon.negations) for cue in claim.cues):
                label = LABEL.get(lexicon.lang, LABEL["en"]).format(claim=claim.claim)
                hits.append(FlagHit(WRONG_CLAIM, label, claim.correction, sentence.text))
                break
    return tuple(hits)


def _joined(before: Sentence, sentence: Sentence) -> Sentence:
    gap = " " * (sentence.start - before.end)
    return Sentence(
        before.text + gap + sentence.text, before.start, sentence.end, before.tokens + sentence.tokens
    )


def _says(cue: str, sentence: Sentence, lemmatizer: Lemmatizer, negations: frozenset[str]) -> bool:
    tokens = sentence.tokens
    keys = [lemmatizer.keys(t.text) | {t.lower} for t in tokens]
    words = tokenize(cue)
    # A cue that holds a negation itself ("ei tarvita lupaa") is about the negated form.
    if any(_negation(w.lower, negations) for w in words):
        negated = [False] * len(tokens)
    else:
        negated = [_negated(sentence, i, negations) for i in range(len(tokens))]
    for word in words:
        wanted = lemmatizer.base(word.text) | {word.lower}
        if not any(wanted & k and not n for k, n in zip(keys, negated, strict=True)):
            return False
    return True


def _negated(sentence: Sentence, index: int, negations: frozenset[str]) -> bool:
    """A negation among the NEGATION_WINDOW words before, in the same clause: "not only",
    "isn't just", "ei ole vain"."""
    tokens = sentence.tokens
    start = tokens[index].start
    for t in reversed(tokens[max(0, index - NEGATION_WINDOW) : index]):
        if _CLAUSE_BREAK.search(sentence.text[t.end - sentence.start : start - sentence.start]):
            return False
        if _negation(t.lower, negations):
            return True
    return False


def _negation(word: str, negations: frozenset[str]) -> bool:
    word = normalize_quotes(word)
    return word in negations or word.endswith("n't")
