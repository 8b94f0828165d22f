"""Which key points an answer covers, and the sentence that covers each."""

from __future__ import annotations

import re
from functools import cache

from valmis.analysis.findings import PointResult
from valmis.analysis.lemmas import Lemmatizer
from valmis.analysis.lexicon import cue_pattern, is_negation
from valmis.analysis.rubric import PointSpec
from valmis.analysis.synonyms import NONE as NO_SYNONYMS
from valmis.analysis.synonyms import Synonyms
from valmis.analysis.text import Sentence, tokenize

# Punctuation that ends a clause inside a sentence.
CLAUSE_BREAK = re.compile(r"[,;:–—]")
# Words too common to stand for a key point alone (base forms; English ones as stems).
EVERYDAY = frozenset(
    "time work do make take need use go went get want tell told one way know "
    "tehdä aika työ mennä saada olla voida tarvita haluta käyttää antaa kertoa yksi asia".split()
)


# Small words that carry a key phrase's point: "same standard" is not any sentence with "standard",
# nor "own country" any with "country". Elsewhere they are small words like the others.
PHRASE_WORDS = frozenset({"same", "own", "why"})

# "74 %" says the word a phrase such as "percent" or "prosenttia" looks for.
PERCENT_WORD = {"en": "percent", "fi": "prosentti"}


def sentence_keys(sentence: Sentence, lemmatizer: Lemmatizer) -> frozenset[str]:
    keys: set[str] = set()
    for token in sentence.tokens:
        keys.update(lemmatizer.keys(token.text))
    if "%" in sentence.text and lemmatizer.lang in PERCENT_WORD:
        keys.update(lemmatizer.keys(PERCENT_WORD[lemmatizer.lang]))
    return frozenset(keys)


def phrase_bases(phrase: str, lemmatizer: Lemmatizer, stop_words: frozenset[str]) -> list[frozenset[str]]:
    """One set of acceptable base forms per content word of the phrase.

    A phrase's words are written in their dictionary form, so a word that is its own base form means
    that reading only: "ajoissa" (on time) is not any form of "aika" (time), nor "yhdessä" (together)
    of "yksi" (one)."""
    out = []
    for t in tokenize(phrase):
        if t.lower in stop_words and t.lower not in PHRASE_WORDS:
            continue
        bases = lemmatizer.base(t.text)
        out.append(frozenset({t.lower}) if t.lower in bases and len(bases) > 1 else bases)
    return out


def phrase_in_sentence(
    phrase: str,
    sentence: Sentence,
    keys: frozenset[str],
    lemmatizer: Lemmatizer,
    stop_words: frozenset[str],
    synonyms: Synonyms = NO_SYNONYMS,
    negations: frozenset[str] = frozenset(),
) -> bool:
    """True when every content word of the phrase appears, in some form, in the sentence — or a word
    of its synonym group does (`keys` then holds the sentence's group tags too). A phrase that holds
    a negation ("no escalations", "ei valituksia") needs one in the sentence: a negation is a small
    word, and without it the phrase would find its opposite ("two escalations", "kaksi valitusta")."""
    if (
        negations
        and _holds_negation(phrase, negations)
        and not any(is_negation(t.lower, negations) for t in sentence.tokens)
    ):
        return False
    bases = phrase_bases(phrase, lemmatizer, stop_words)
    if not bases:
        # A phrase of small words only ("I am a") can only be matched as written.
        return cue_pattern(phrase).search(sentence.text) is not None
    if len(bases) == 1 and bases[0] & EVERYDAY and len(tokenize(phrase)) > 1:
        # One everyday word and small ones: the small words carry the meaning. "on time" is not any
        # sentence with "time", nor "mitä voin tehdä" (what I can do) any with "tehdä" (do), so such
        # a phrase is found with its words side by side, in any inflection.
        return bool(sequences_in_sentence(phrase, sentence, lemmatizer, gap=1))
    return all((b | synonyms.of(b)) & keys for b in bases)


@cache
def _holds_negation(phrase: str, negations: frozenset[str]) -> bool:
    """(Asked for every phrase in every sentence: kept.)"""
    return any(is_negation(t.lower, negations) for t in tokenize(phrase))


def sequence_in_sentence(phrase: str, sentence: Sentence, lemmatizer: Lemmatizer) -> int | None:
    """Where the phrase's words stand side by side in the sentence, each in any inflected form.

    Stricter than `phrase_in_sentence`: used for red flags, where "just for the money" must not
    fire on any sentence that mentions money. Returns the index of the first matching token.
    """
    return next(iter(sequences_in_sentence(phrase, sentence, lemmatizer)), None)


def sequences_in_sentence(
    phrase: str, sentence: Sentence, lemmatizer: Lemmatizer, *, gap: int = 0
) -> list[int]:
    """Every place the phrase's words stand side by side in the sentence, in any inflected form —
    except that a word the phrase puts in the first person keeps it: "äitini on" (my mother is) is
    not found in "äitinsä on" (his mother is), nor "lopetan" (I end) in "lopettaa" (he ends).

    `gap`: up to this many other words may stand between two of the phrase's words, within one
    clause ("leave *my current job* without notice")."""
    words = tokenize(phrase)
    wanted = [lemmatizer.base(t.text) | {t.lower} for t in words]
    if not wanted:
        return []
    first = [_first_person(lemmatizer, t.text) for t in words]
    tokens = sentence.tokens
    have = [lemmatizer.keys(t.text) | {t.lower} for t in tokens]

    def fits(j: int, k: int) -> bool:
        return bool(wanted[j] & have[k]) and (not first[j] or _first_person(lemmatizer, tokens[k].text))

    def rest(j: int, after: int) -> bool:
        """The phrase's words from j on, each within `gap` words of the one before."""
        if j == len(wanted):
            return True
        for k in range(after + 1, min(len(tokens), after + 2 + gap)):
            if k > after + 1 and CLAUSE_BREAK.search(
                sentence.text[tokens[after].end - sentence.start : tokens[k].start - sentence.start]
            ):
                break
            if fits(j, k) and rest(j + 1, k):
                return True
        return False

    return [i for i in range(len(tokens)) if fits(0, i) and rest(1, i)]


def _first_person(lemmatizer: Lemmatizer, word: str) -> bool:
    """Marked for "I" on the word itself (Finnish verb endings and possessive suffixes)."""
    m = lemmatizer.morph(word)
    return m.first_singular or m.first_possessive


def keyed_sentences(
    sentences: tuple[Sentence, ...], lemmatizer: Lemmatizer, synonyms: Synonyms = NO_SYNONYMS
) -> list[tuple[Sentence, frozenset[str]]]:
    """Each sentence with what a phrase is matched against: its words' base forms and their synonyms."""
    keyed = []
    for s in sentences:
        keys = sentence_keys(s, lemmatizer)
        keyed.append((s, keys | synonyms.of(keys)))
    return keyed


def cover(
    points: tuple[PointSpec, ...],
    sentences: tuple[Sentence, ...],
    lemmatizer: Lemmatizer,
    stop_words: frozenset[str],
    synonyms: Synonyms = NO_SYNONYMS,
    negations: frozenset[str] = frozenset(),
) -> tuple[PointResult, ...]:
    keyed = keyed_sentences(sentences, lemmatizer, synonyms)
    results = []
    for spec in points:
        found: PointResult | None = None
        for sentence, keys in keyed:
            for phrase in spec.phrases:
                if phrase_in_sentence(phrase, sentence, keys, lemmatizer, stop_words, synonyms, negations):
                    found = PointResult(spec.id, spec.point, spec.hint, True, sentence.text, phrase)
                    break
            if found:
                break
        results.append(found or PointResult(spec.id, spec.point, spec.hint, False))
    return tuple(results)
