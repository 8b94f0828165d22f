"""Red flags: what makes a recruiter doubt a candidate, found by the words that reveal it."""

from __future__ import annotations

import re

from valmis.analysis.coverage import CLAUSE_BREAK, sequences_in_sentence
from valmis.analysis.findings import FlagHit
from valmis.analysis.lemmas import Lemmatizer
from valmis.analysis.lexicon import Lexicon, cue_pattern, is_negation, normalize_quotes
from valmis.analysis.rubric import FlagSpec
from valmis.analysis.text import Sentence, tokenize

PHRASE_GAP = 2  # other words that may stand between a red-flag phrase's words ("leave my job without notice")
NEGATION_WINDOW = 3  # words before a red-flag phrase in which a negation cancels it
SUBJECT_WINDOW = 4  # words before a red-flag phrase in which its subject is looked for
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?…–—\"”)]|$)")


def find_red_flags(
    flags: tuple[FlagSpec, ...],
    sentences: tuple[Sentence, ...],
    lexicon: Lexicon,
    lemmatizer: Lemmatizer,
) -> tuple[FlagHit, ...]:
    """Rubric flags match their words side by side in any inflection; generic flags as written."""
    hits: list[FlagHit] = []
    for flag in flags:
        for sentence in sentences:
            if any(_affirmed_phrase(p, sentence, lexicon, lemmatizer) for p in flag.phrases):
                hits.append(FlagHit(flag.id, flag.label, flag.why, sentence.text))
                break
    seen = {h.id for h in hits}
    for generic in lexicon.generic_flags:
        if generic.id in seen:  # the rubric's own flag of the same kind already speaks for it
            continue
        for sentence in sentences:
            if any(_affirmed_cue(c, sentence, lexicon, clause_end=generic.clause_end) for c in generic.cues):
                hits.append(FlagHit(generic.id, generic.label, generic.why, sentence.text))
                break
    return tuple(hits)


# What one does not do, said as a cleft: "What I don't do is hit the number by cutting corners", "The
# one thing I'd never do is…", "Mitä en koskaan tee, on…". Everything after it in the clause is denied.
_NEGATED_CLEFT = re.compile(
    r"\b(?:what|the\s+(?:one\s+|only\s+|last\s+)?thing|something)\s+(?:I|we)\s*"
    r"(?:don't|do\s+not|never|won't|will\s+not|will\s+never|wouldn't|would\s+not|would\s+never|'d\s+never)"
    r"\s+(?:\w+\s+)?is\b"
    r"|\bmitä\s+(?:en|emme)\s+(?:\w+\s+){0,2}?(?:tee|tekisi|tehdä)\s*,?\s+on\b",
    re.IGNORECASE,
)


def _negated(sentence: Sentence, index: int, lexicon: Lexicon, end: int | None = None) -> bool:
    """A negation just before the words: "I would never hang up on a customer" is not a red flag.

    Only within the same clause: in "No, I don't know" the "No" belongs to another clause. A negated
    cleft before the words denies them from further off ("What I don't do is cut corners").
    """
    return (
        negated_before(sentence, index, lexicon.negations, window=NEGATION_WINDOW)
        or _cleft_before(sentence, index)
        or (end is not None and _negated_after(sentence, index, end, lexicon))
        or _denied_complement(sentence, index, lexicon)
    )


# The words that open a clause that says what is (or is not) the case: "I never felt *that* I rushed
# them", "En usko, *että* painostaminen kannattaa".
COMPLEMENTIZERS = frozenset({"that", "että"})


def _negated_after(sentence: Sentence, index: int, end: int, lexicon: Lexicon) -> bool:
    """Finnish may put what is denied first and the negation after it: "Arvailemaan en rupea" (guess I
    will not), "Päälle en puhu". Only at the start of a clause, with the negation right behind the
    words (tokens `index` to `end`)."""
    if lexicon.lang != "fi" or index >= len(sentence.tokens) or _clause_before(sentence, index):
        return False
    tokens = sentence.tokens
    for k in range(end, min(len(tokens), end + 2)):
        if CLAUSE_BREAK.search(_between(sentence, tokens[k - 1].end, tokens[k].start)):
            return False
        if is_negation(tokens[k].lower, lexicon.negations):
            return True
    return False


def _denied_complement(sentence: Sentence, index: int, lexicon: Lexicon) -> bool:
    """The words stand in a "that" clause of a denial: "No customer ever complained *that* I pushed a
    sale", "eikä yhtään valitusta siitä, *että* jotain olisi myyty väkisin". The negation may stand
    in the clause before the comma that opens the "että" clause."""
    if index >= len(sentence.tokens):
        return False
    before = _clause_before(sentence, index)
    if not any(w in COMPLEMENTIZERS for w in before):
        return False
    opener = sentence.tokens[index - 1 - max(i for i, w in enumerate(before) if w in COMPLEMENTIZERS)]
    head = _between(sentence, sentence.start, opener.start)
    clause = CLAUSE_BREAK.split(head.rstrip().rstrip(",").rstrip())[-1]
    return any(
        is_negation(normalize_quotes(w.lower()), lexicon.negations) for w in re.findall(r"[\w'’]+", clause)
    )


def _cleft_before(sentence: Sentence, index: int) -> bool:
    """A negated cleft ("What I never do is") in the sentence before token `index`, with no dash or
    semicolon between them (after one, a new clause says what is done)."""
    if index >= len(sentence.tokens):
        return False
    before = normalize_quotes(_between(sentence, sentence.start, sentence.tokens[index].start))
    ends = [m.end() for m in _NEGATED_CLEFT.finditer(before)]
    return bool(ends) and not re.search(r"[;–—]|\s-\s", before[ends[-1] :])


def negated_before(
    sentence: Sentence,
    index: int,
    negations: frozenset[str],
    *,
    window: int,
    breaks: re.Pattern[str] = CLAUSE_BREAK,
) -> bool:
    """A negation among the `window` words before token `index`, in the same clause."""
    tokens = sentence.tokens
    for t in reversed(tokens[max(0, index - window) : index]):
        if index < len(tokens) and breaks.search(_between(sentence, t.end, tokens[index].start)):
            return False
        if is_negation(t.lower, negations):
            return True
    return False


def _between(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]


def _affirmed_phrase(phrase: str, sentence: Sentence, lexicon: Lexicon, lemmatizer: Lemmatizer) -> bool:
    # A phrase that itself starts with a negation ("not my problem") carries it; look before it.
    size = len(tokenize(phrase))
    return any(
        not _negated(sentence, index, lexicon, index + size)
        and not _someone_else(sentence, index, lexicon)
        and not _in_condition(sentence, index)
        for index in sequences_in_sentence(phrase, sentence, lemmatizer, gap=PHRASE_GAP)
    )


CONDITIONS = frozenset({"if", "jos", "mikäli"})


# English subjects that open a clause: past "if" and its own subject, a second one starts what the
# condition leads to ("If they keep shouting *I* hang up"; "If I talk over them *it* gets worse").
SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they", "that", "this"})


def _in_condition(sentence: Sentence, index: int) -> bool:
    """The words are the condition of what follows, not what the candidate does: "*If* I talk over
    them, the call only gets longer", "*Jos* puhun päälle, puhelu pitkittyy". What the condition
    leads to is still read: in "If they shout, I hang up" the phrase stands after the comma. Without
    a comma, an English condition ends where a second subject begins: "If I try to talk over them it
    becomes a fight" is a condition; in "If they keep shouting I will hang up" the phrase follows
    the second subject, "I", and is read."""
    if index >= len(sentence.tokens):
        return False
    before = _clause_before(sentence, index)
    if not any(word in CONDITIONS for word in before):
        return False
    if CLAUSE_BREAK.search(_between(sentence, sentence.tokens[index].start, sentence.end)):
        return True
    since_if = before[: next(i for i, w in enumerate(before) if w in CONDITIONS)]
    if not since_if or since_if[-1] not in SUBJECTS:  # "if a customer is rude I hang up": a noun
        return False  # subject, whose clause cannot be told from the next one here
    after = [normalize_quotes(t.lower) for t in sentence.tokens[index + 1 :]]
    return sum(w in SUBJECTS for w in since_if) == 1 and any(w in SUBJECTS for w in after)


def _clause_before(sentence: Sentence, index: int) -> list[str]:
    """The words before token `index` in its clause, nearest first."""
    end = sentence.tokens[index].start
    before = []
    for t in reversed(sentence.tokens[:index]):
        if CLAUSE_BREAK.search(_between(sentence, t.end, end)):
            break
        before.append(normalize_quotes(t.lower))
    return before


def _someone_else(sentence: Sentence, index: int, lexicon: Lexicon) -> bool:
    """The words are what someone else does: "after *they* hang up" is no flag on the candidate.

    Only a subject right before the phrase counts, with at most auxiliaries and small adverbs
    between ("they will then hang up"); in "they pay more money" the phrase is not their action.
    """
    if not lexicon.other_subjects or index >= len(sentence.tokens):
        return False
    end = sentence.tokens[index].start
    for t in reversed(sentence.tokens[max(0, index - SUBJECT_WINDOW) : index]):
        if CLAUSE_BREAK.search(_between(sentence, t.end, end)):
            return False
        word = normalize_quotes(t.lower)
        if word in lexicon.other_subjects:
            return True
        if word not in lexicon.auxiliaries:
            return False
    return False


def _affirmed_cue(cue: str, sentence: Sentence, lexicon: Lexicon, *, clause_end: bool = False) -> bool:
    text = normalize_quotes(sentence.text)
    for m in cue_pattern(cue).finditer(text):
        if clause_end and (
            not _CLAUSE_END.match(text, m.end()) or _complement_follows(text, m.end(), lexicon)
        ):
            continue
        index = sum(1 for t in sentence.tokens if t.end <= sentence.start + m.start())
        if clause_end and (_subordinate(cue, sentence, index, lexicon) or _tag(sentence, index)):
            continue
        end = sum(1 for t in sentence.tokens if t.end <= sentence.start + m.end())
        if not _negated(sentence, index, lexicon, end):
            return True
    return False


TAG_AFTER = 3  # words of a sentence before a comma after which "…, en tiedä." is a shrug, not the answer


def _tag(sentence: Sentence, index: int) -> bool:
    """ "IT said it was the updates, I don't know." — a shrug at the end of a thought that was said,
    not "I don't know" for an answer. "Honestly, I don't know." keeps its flag."""
    if index <= TAG_AFTER or index >= len(sentence.tokens):
        return False
    return "," in _between(sentence, sentence.tokens[index - 1].end, sentence.tokens[index].start)


_NEXT_WORD = re.compile(r"\s*,\s*(\w+)")


def _complement_follows(text: str, end: int, lexicon: Lexicon) -> bool:
    """The comma opens what the words are about: "I don't know, whether …", "En tiedä, huomaako IT
    vian" (Finnish puts a comma before every indirect question, marked by a question word or -ko/-kö)."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in lexicon.subordinators or (lexicon.lang == "fi" and word.endswith(("ko", "kö")))


def _subordinate(cue: str, sentence: Sentence, index: int, lexicon: Lexicon) -> bool:
    """The words belong to a clause that is not said to the interviewer: a condition or a relative
    clause ("If I don't know, I ask." · "I won't guess at a fix I don't know." · "Jos en tiedä, …")."""
    if index >= len(sentence.tokens):
        return False
    before = _clause_before(sentence, index)
    if any(word in lexicon.subordinators for word in before):
        return True
    speaks = cue.split()[0] in lexicon.i_words
    return bool(speaks and before and lexicon.lead_ins and before[0] not in lexicon.lead_ins)
