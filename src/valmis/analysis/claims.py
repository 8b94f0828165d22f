"""Wrong facts: a claim candidates often get wrong for a question, found by the words that give it
away, with what is right instead. Pure: sentences in, red-flag hits out."""

from __future__ import annotations

import re

from valmis.analysis.coverage import sequence_in_sentence
from valmis.analysis.findings import FlagHit
from valmis.analysis.lemmas import Lemmatizer
from valmis.analysis.lexicon import Lexicon, find_cues, is_negation
from valmis.analysis.redflags import negated_before
from valmis.analysis.rubric import ClaimSpec
from valmis.analysis.text import Sentence, Token, tokenize

WRONG_CLAIM = "wrong-claim"
NEGATION_WINDOW = 2  # words before a cue word in which a negation cancels it
# A reading may join two sentences: their full stop ends a clause too.
_SENTENCE_BREAK = re.compile(r"[,;:–—.!?]")
# Words that limit a claim ("PCI DSS *only* covers phone payments"), and the words after which they do
# not ("more *than* just calls", "muutakin *kuin* pelkkää").
LIMITERS = frozenset("only just merely solely vain pelkkä pelkkää pelkästään ainoastaan".split())
COMPARATIVES = frozenset({"than", "kuin"})
ONE = frozenset({"one", "yksi"})  # "just one reason", "vain yksi osa" (so "only one time zone" is missed)
# "Sen jälkeen" (after that) opens the next step, not a sentence about what "se" was: it borrows no
# word from the one before ("odotti turhaan" is not "toistaminen on turhaa").
SEQUENCE = frozenset({"jälkeen", "jälkeenkin"})
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
    sentence that reports the claim as others' belief ("Many people think …") makes none. Words a
    cue joins with "+" must stand side by side in that order, as in a saying: "aina+oikea" finds
    "asiakas on aina oikeassa", not "oikeassa paikassa, ja tiiminvetäjä tietää aina".
    """
    if not claims:
        return ()
    # Each sentence, read together with the one before when it points back at it ("It only …"): the
    # one before may then lend a cue one word, what "it" stands for.
    readings = []
    for i, sentence in enumerate(sentences):
        if find_cues(sentence.text, lexicon.hearsay):
            continue
        own = _read(sentence, lemmatizer, lexicon.negations)
        opens = sentence.tokens[0].lower if sentence.tokens else ""
        then = sentence.tokens[1].lower if len(sentence.tokens) > 1 else ""
        if i and opens in lexicon.referents and then not in SEQUENCE:
            readings.append(
                (sentence, _read(_joined(sentences[i - 1], sentence), lemmatizer, lexicon.negations), own)
            )
        else:
            readings.append((sentence, own, own))
    anywhere = frozenset().union(*(every for _, (_, every), _ in readings))
    hits: list[FlagHit] = []
    for claim in claims:
        cues = [_cue(c, lemmatizer, lexicon.negations) for c in claim.cues]
        # Most claims have a word the answer never uses: skip them before reading sentence by sentence.
        cues = [cue for cue in cues if all(w & anywhere for w in cue[0])]
        if not cues:
            continue
        for sentence, reading, own in readings:
            if any(h.quote == sentence.text for h in hits):
                continue  # one wrong claim to a sentence: the first, the question's own
            if any(
                _fits(words, negative, reading, own)
                and all(sequence_in_sentence(chain, sentence, lemmatizer) is not None for chain in chains)
                for words, negative, chains in cues
            ):
                label = LABEL.get(lexicon.lang, LABEL["en"]).format(claim=claim.claim)
                hits.append(FlagHit(WRONG_CLAIM, label, claim.correction, sentence.text))
                break
    return tuple(hits)


def _chains(cue: str) -> tuple[str, ...]:
    """The cue's words joined with "+", each run as a phrase: "asiakas olla aina+oikea" → "aina oikea"."""
    return tuple(part.replace("+", " ") for part in cue.split() if "+" in part.strip("+"))


def _fits(
    words: tuple[frozenset[str], ...],
    negative: bool,
    reading: tuple[frozenset[str], frozenset[str]],
    own: tuple[frozenset[str], frozenset[str]],
) -> bool:
    """Every word of the cue in the reading, all but at most one in the sentence itself. A cue that
    holds a negation itself ("ei tarvita lupaa") is about the negated form: its words count negated."""
    pool, own_pool = (reading[1], own[1]) if negative else (reading[0], own[0])
    return all(w & pool for w in words) and sum(not (w & own_pool) for w in words) <= 1


def _joined(before: Sentence, sentence: Sentence) -> Sentence:
    gap = " " * (sentence.start - before.end)
    return Sentence(
        before.text + gap + sentence.text, before.start, sentence.end, before.tokens + sentence.tokens
    )


def _read(
    sentence: Sentence, lemmatizer: Lemmatizer, negations: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The base forms of the words not negated, and of all the words.

    A negation word reads only as itself ("don't" is not "do", "eikä" is not "ei"); a limiter that
    does not limit ("more than *just* calls", "*only* one part of BPO", "muutakin kuin *pelkkää*")
    reads as nothing."""
    plain: set[str] = set()
    every: set[str] = set()
    tokens = sentence.tokens
    for i, t in enumerate(tokens):
        if is_negation(t.lower, negations):
            keys = {t.lower}
        elif _widened(tokens, i):
            continue
        else:
            keys = set(lemmatizer.keys(t.text)) | {t.lower}
        every |= keys
        if not negated_before(sentence, i, negations, window=NEGATION_WINDOW, breaks=_SENTENCE_BREAK):
            plain |= keys
    return frozenset(plain), frozenset(every)


def _widened(tokens: tuple[Token, ...], i: int) -> bool:
    """A limiting word ("only", "just", "vain", "pelkkä") after "than"/"kuin", or before "one"
    ("just one reason", "vain yksi mittari"): the sentence says more than the limit, not the limit."""
    word = tokens[i].lower
    if word not in LIMITERS:
        return False
    before = {t.lower for t in tokens[max(0, i - 2) : i]}
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return bool(before & COMPARATIVES) or after in ONE


_CUES: dict[tuple[str, bool, str], tuple[tuple[frozenset[str], ...], bool, tuple[str, ...]]] = {}


def _cue(
    cue: str, lemmatizer: Lemmatizer, negations: frozenset[str]
) -> tuple[tuple[frozenset[str], ...], bool, tuple[str, ...]]:
    """A cue's words as sets of acceptable base forms, whether it holds a negation, and its runs of
    words joined with "+" (kept: the same few hundred cues are read for every answer)."""
    key = (lemmatizer.lang, lemmatizer.approximate, cue)
    if key not in _CUES:
        words = tokenize(cue)
        # A negation stands as written: "don't" is not "do".
        bases = tuple(
            frozenset({w.lower}) if is_negation(w.lower, negations) else lemmatizer.base(w.text) | {w.lower}
            for w in words
        )
        _CUES[key] = (bases, any(is_negation(w.lower, negations) for w in words), _chains(cue))
    return _CUES[key]
