"""Keyword stuffing: the rubric's words without the substance, or bare lists of buzzwords or acronyms."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from valmis.analysis.findings import PointResult
from valmis.analysis.lemmas import Lemmatizer
from valmis.analysis.lexicon import Lexicon, find_cues
from valmis.analysis.redflags import CONDITIONS
from valmis.analysis.semantic import Meaning
from valmis.analysis.specificity import Specifics, counts_own_parts
from valmis.analysis.text import Sentence, tokenize


@dataclass(frozen=True)
class Stuffing:
    """Why an answer reads as keyword stuffing, with the words that show it (at most SHOWN)."""

    # buzzwords | jargon | abstract | blend | shell | circular | parroted | acronyms | packed | importance |
    # list | hollow
    kind: str
    words: tuple[str, ...] = ()


SHOWN = 5


def _first(words: list[str]) -> tuple[str, ...]:
    """Each word once (case aside), in the answer's order, the first SHOWN of them."""
    seen: dict[str, str] = {}
    for w in words:
        seen.setdefault(w.lower(), w)
    return tuple(seen.values())[:SHOWN]


# Keyword lists run on commas and "and": on dev, 0.21–0.36 list joiners a word in stuffed answers
# (one at 0.14), at most 0.15 in real ones but for one terse strong list (0.24).
LIST_JOINERS_PER_WORD = 0.20
# Key-point words packed this close (a share of all words), with no example, number or more than
# FEW_I mentions of "I": on dev, stuffed answers 0.35–0.64, real answers at most 0.375; the bank's own
# strong examples reach 0.59, but all of those above 0.40 tell an example or speak as "I".
KEY_TERMS_PER_WORD = 0.40
FEW_I = 2
# Distinct acronyms ("AHT, FCR, CSAT, KPI …") a word, with at least MIN_ACRONYMS of them and no
# number: a fresher's reel of metric names. On dev, stuffed answers reach 0.05–0.19 and none has a
# number; real answers reach 0.067 (those above 0.045 all give numbers); the bank's own strong
# examples at most 0.045.
ACRONYMS_PER_WORD = 0.07
MIN_ACRONYMS = 4
# MIN_ACRONYMS or more acronyms in an answer that runs on lists (joiners a word) and tells no example:
# a memorised reel of jargon, however fluent. On the four dev sets, 35 of 68 stuffed answers have
# that many acronyms, joined 0.12–0.37 a word; the 11 strong or adequate answers that have as many
# join at most 0.11, as do the bank's strong examples.
ACRONYM_LIST_JOINERS = 0.13
_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,6}")
_DIGIT = re.compile(r"\d")
_JOINERS = frozenset({"and", "ja", "sekä"})
_AFTER_COMMA = re.compile(r",\s*[\"'“”‘’«»(]*([^\W\d_]+)")


def list_joiner_density(sentences: tuple[Sentence, ...], clause_words: frozenset[str]) -> float:
    """List commas plus "and"/"ja" per word, for answers with six or more of them (else 0).

    A comma before a word that opens a clause ("…, koska", "…, which") is grammar, not a list.
    """
    words = sum(s.word_count for s in sentences)
    joiners = sum(_joiners(s, clause_words) for s in sentences)
    return joiners / words if words and joiners >= 6 else 0.0


def _joiners(sentence: Sentence, clause_words: frozenset[str]) -> int:
    """The sentence's list commas and "and"/"ja"/"sekä"."""
    return sum(
        1 for m in _AFTER_COMMA.finditer(sentence.text) if m.group(1).lower() not in clause_words
    ) + sum(1 for t in sentence.tokens if t.lower in _JOINERS)


def _acronyms(sentences: tuple[Sentence, ...]) -> dict[str, None]:
    """The answer's distinct acronyms, in order ("SLA:n" and "SLAs" count as "SLA")."""
    found: dict[str, None] = {}
    for s in sentences:
        for t in s.tokens:
            word = t.text.split(":", 1)[0].split("-", 1)[0]
            if word.endswith("s") and _ACRONYM.fullmatch(word[:-1]):
                word = word[:-1]
            if _ACRONYM.fullmatch(word):
                found[word] = None
    return found


def acronym_density(sentences: tuple[Sentence, ...]) -> float:
    """Distinct acronyms per word, for answers with MIN_ACRONYMS or more of them (else 0)."""
    words = sum(s.word_count for s in sentences)
    found = _acronyms(sentences)
    return len(found) / words if words and len(found) >= MIN_ACRONYMS else 0.0


def acronym_salad(sentences: tuple[Sentence, ...]) -> Stuffing | None:
    """Metric names reeled off with no figure to show they are understood ("It is connected with
    AHT, FCR, CSAT and shrinkage"). A metric's figure is written in digits ("CSAT 88 %"); a number
    word is rarely one ("näiden kahden maailman välinen synergia")."""
    figures = any(_DIGIT.search(s.text) for s in sentences)
    if not figures and acronym_density(sentences) >= ACRONYMS_PER_WORD:
        return Stuffing("acronyms", _first(list(_acronyms(sentences))))
    return None


def acronym_list(
    sentences: tuple[Sentence, ...], clause_words: frozenset[str], specifics: Specifics
) -> Stuffing | None:
    """Jargon strung in lists with no example behind it ("…multitasking, concurrency and a fast first
    response, empathy, active listening and macros, KPIs like AHT, FCR and CSAT…"). Any example
    counts here, one that only names things too: a definition's list of tasks is illustrated by one
    ("for example, a telecom's billing helpdesk is BPO")."""
    if (
        specifics.example is None
        and acronym_density(sentences) > 0
        and list_joiner_density(sentences, clause_words) >= ACRONYM_LIST_JOINERS
    ):
        return Stuffing("acronyms", _first(list(_acronyms(sentences))))
    return None


# Nouns for qualities and activities ("empatiaa, priorisointia ja ratkaisukeskeisyyttä") and English
# jargon a word, in a Finnish answer that runs on lists (ACRONYM_LIST_JOINERS) and tells no example:
# buzzwords strung together. On dev, stuffed Finnish answers reach a median 0.20, strong ones 0.05 (at
# most 0.24, all of those above 0.15 telling an example). Session 13, on the four dev sets: the fourth
# 0.863 -> 0.870 overall, strong > weak 0.925 -> 0.935, stuffed above strong 3 -> 2; the other three
# unchanged (only two answers move, both stuffed). English is not read: its endings took a strong
# answer's list of a QA form's sections ("greeting, verification, probing") for buzzwords.
ABSTRACT_PER_WORD = 0.15


def abstract_words(sentences: tuple[Sentence, ...], lemmatizer: Lemmatizer) -> tuple[list[str], int]:
    """The nouns for qualities or activities (and jargon) in the answer, and how many words it has."""
    tokens = [t for s in sentences for t in s.tokens if t.text[:1].isalpha()]
    return [t.text for t in tokens if lemmatizer.morph(t.text).abstract], len(tokens)


def abstract_list(
    sentences: tuple[Sentence, ...],
    clause_words: frozenset[str],
    specifics: Specifics,
    lemmatizer: Lemmatizer,
) -> Stuffing | None:
    """Buzzwords strung in lists with no example ("empatiaa, aktiivista kuuntelua ja oikeaa tone of
    voicea sekä valmisvastauksia ja makroja")."""
    if specifics.story is not None or list_joiner_density(sentences, clause_words) < ACRONYM_LIST_JOINERS:
        return None
    found, words = abstract_words(sentences, lemmatizer)
    if not words or len(found) / words < ABSTRACT_PER_WORD or _one_list(sentences, clause_words):
        return None
    return Stuffing("jargon", _first(found))


# A short answer with one list names the parts the question asks for ("QA pisteyttää puhelut
# lomakkeella: avaus, tunnistus, tarpeen selvitys, ratkaisu, sävy ja lopetus. Tietosuojavirhe nollaa
# puhelun."); stuffing strings lists through every sentence. Session 16: on the six dev sets the list
# rules took two real answers under ONE_LIST_WORDS, both strong, both a list in one sentence of three.
ONE_LIST_WORDS = 40
ONE_LIST_SHARE = 0.5


def _one_list(sentences: tuple[Sentence, ...], clause_words: frozenset[str]) -> bool:
    """A short answer with its list joiners (two or more) in fewer than half of its sentences."""
    if not sentences or sum(s.word_count for s in sentences) >= ONE_LIST_WORDS:
        return False
    listing = sum(1 for s in sentences if _joiners(s, clause_words) >= 2)
    return listing / len(sentences) < ONE_LIST_SHARE


# The trade's buzzwords (`Lexicon.buzzwords`) a word, with no example. On dev, stuffed answers reach a
# median 0.085 (English) and 0.062 (Finnish); real ones at most 0.051 (a strong English list of a QA
# form's sections) and 0.040. Session 13: four dev answers move, all stuffed (70 -> 42, 63 -> 38,
# 62 -> 38, 35 -> 25; dev 4 Spearman 0.695 -> 0.702), the same from 0.06 to 0.10. The lists were
# written knowing those answers; their words are the standard ones of call-centre training and
# corporate talk.
BUZZWORDS_PER_WORD = 0.08


def buzzword_reel(text: str, words: int, buzzwords: tuple[str, ...], specifics: Specifics) -> Stuffing | None:
    """The trade's buzzwords, this dense, with no example behind them."""
    if specifics.story is not None or not words:
        return None
    found = [hit for hit, _, _ in find_cues(text, buzzwords)]
    return Stuffing("buzzwords", _first(found)) if len(found) / words >= BUZZWORDS_PER_WORD else None


# English nouns for qualities, processes and states ("ownership", "alignment", "accountability",
# "transparency"), each counted once, a word, in an answer of at least PROSE_WORDS: corporate prose
# with nothing in it ("I ensured stakeholder alignment and drove accountability…"), even dressed as
# a story. Session 15, on the five dev sets (answers of 60 words or more): keyword-stuffed answers a
# median 0.08, strong ones at most 0.054, adequate 0.065; the bank's strong examples at most 0.06.
# Finnish is read by `abstract_list`: its abstract nouns are as dense in a good definition.
ABSTRACT_PROSE_PER_WORD = 0.07
PROSE_WORDS = 60
_EN_ABSTRACT = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ity|ness|ance|ence|ship|ism|ency|ancy)s?")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_PLAIN_ENDINGS = ("tion", "sion", "ity")


def _en_abstract(text: str) -> tuple[list[str], float]:
    """The English answer's abstract nouns, and how many distinct ones it has a word."""
    words = _EN_WORD.findall(text)
    found = [w for w in words if _EN_ABSTRACT.fullmatch(w.lower())]
    return found, len({w.lower().rstrip("s") for w in found}) / len(words) if words else 0.0


def abstract_prose(text: str, lang: str) -> Stuffing | None:
    """English prose made of abstract nouns, each named once and none of them shown."""
    if lang != "en" or len(_EN_WORD.findall(text)) < PROSE_WORDS:
        return None
    found, density = _en_abstract(text)
    if density < ABSTRACT_PROSE_PER_WORD:
        return None
    # Shown first: the endings of states and stances ("ownership", "alignment", "governance"), last
    # those that as often name a plain thing the question asks about ("quality", "escalation").
    found.sort(key=lambda w: w.lower().rstrip("s").endswith(_PLAIN_ENDINGS))
    return Stuffing("abstract", _first(found))


# Stuffing of several kinds at once, none of them past its own line: acronyms, list joiners, buzzwords
# and abstract nouns, each as a share of its own threshold (ACRONYMS_PER_WORD, LIST_JOINERS_PER_WORD,
# BUZZWORDS_PER_WORD, and ABSTRACT_PROSE_PER_WORD in English, ABSTRACT_PER_WORD in Finnish), each
# share at most BLEND_CAP, summed. A story does not excuse it: the fluent stuffed answer tells one
# with nothing in it ("Once a highly escalated customer emailed, and I took full ownership, showed
# empathy, used positive language and resolved it within the TAT…"). Session 16, on the six dev sets
# (answers of BLEND_WORDS or more): keyword-stuffed answers a median 3.3; strong and adequate ones at
# most 2.3, and at 2.3 or more 131 stuffed answers and no other one.
BLEND = 2.5
BLEND_CAP = 1.5
BLEND_WORDS = 40


def blend(
    text: str, sentences: tuple[Sentence, ...], words: int, lex: Lexicon, lemmatizer: Lemmatizer
) -> Stuffing | None:
    """Acronyms, lists, buzzwords and abstract nouns together, each short of its own line."""
    if words < BLEND_WORDS:
        return None
    buzz = [hit for hit, _, _ in find_cues(text, lex.buzzwords)]
    if lex.lang == "en":
        abstract, density = _en_abstract(text)
        abstract_share = density / ABSTRACT_PROSE_PER_WORD
    else:
        abstract, count = abstract_words(sentences, lemmatizer)
        abstract_share = len(abstract) / count / ABSTRACT_PER_WORD if count else 0.0
    shares = (
        acronym_density(sentences) / ACRONYMS_PER_WORD,
        list_joiner_density(sentences, lex.clause_words) / LIST_JOINERS_PER_WORD,
        len(buzz) / words / BUZZWORDS_PER_WORD,
        abstract_share,
    )
    if sum(min(s, BLEND_CAP) for s in shares) < BLEND:
        return None
    return Stuffing("blend", _first(list(_acronyms(sentences)) + buzz + abstract))


# An answer with nothing in it to check, carried by the trade's buzzwords, told as a story or not:
# "Once a customer was very unhappy… I took complete ownership, showed empathy, followed the process
# and resolved it within the SLA, and the customer was delighted"; "I believe my customer-centric
# approach and ownership mindset…". A real answer, even a plain one, holds something a recruiter could
# ask about: a name (of a firm, a product, a town, a person), a figure, the words someone said. A
# supposed case ("for example, if someone calls…") is neither a story nor a claim, and is let be.
# Session 17, on the nine dev sets (answers of SHELL_WORDS words or more with no capitalised word but
# at a sentence's start, no number and no quotation): strong and adequate answers at most 0.016
# buzzwords a word; 109 keyword-stuffed answers (and one wrong-facts one) 0.025 or more, none other.
SHELL_BUZZWORDS_PER_WORD = 0.025
SHELL_WORDS = 60
_QUOTED = re.compile(r"(?:^|\s)[\"“”‘«»]\w")


def _names(sentences: tuple[Sentence, ...], i_words: frozenset[str]) -> bool:
    """Whether some word but a sentence's first is capitalised and not an acronym or "I"."""
    return any(
        t.text[0].isupper() and not _ACRONYM.match(t.text) and t.lower.replace("’", "'") not in i_words
        for s in sentences
        for t in s.tokens[1:]
    )


def empty_shell(
    text: str, sentences: tuple[Sentence, ...], words: int, lex: Lexicon, specifics: Specifics
) -> Stuffing | None:
    """No name, figure or quoted words, only the trade's buzzwords (see SHELL_BUZZWORDS_PER_WORD)."""
    if words < SHELL_WORDS:
        return None
    # "For example, if someone calls about a high bill, I…" supposes a case; it tells no moment to check.
    if specifics.story is not None and any(t.lower in CONDITIONS for t in tokenize(specifics.story)):
        return None
    checkable = specifics.number is not None or _DIGIT.search(text) or _QUOTED.search(text)
    if checkable or _names(sentences, lex.i_words):
        return None
    found = [hit for hit, _, _ in find_cues(text, lex.buzzwords)]
    return Stuffing("shell", _first(found)) if len(found) / words >= SHELL_BUZZWORDS_PER_WORD else None


# Parroting the rubric: every key point named in the words the coach shows for it, and none of them
# backed ("I'll tell you who I am at the moment, my experience, one achievement and why this role is
# my next step… I have achieved my targets and received a good satisfaction score…"). A candidate who
# has read the hints can write it for any question. A real answer brings words of its own (the
# customer's problem, the product, the employer) and things a recruiter could check. Session 18, on an
# eleventh dev set written by people shown the key points and asked to game them: "echo", the share of
# an answer's content words found in its rubric (points, hints, phrases, what the recruiter looks for),
# a median 0.63 in its stuffed answers against 0.29 in strong ones. The more there is in an answer
# to check, the more of it must be the rubric's before it is called parroting: PARROT_ECHO with
# nothing to check, PARROT_ECHO_PER_DETAIL more for each figure, name or quotation, and never with
# more than PARROT_DETAILS of them. Chosen on the eleventh and twelfth sets, checked on all twelve:
# 112 of the 125 stuffed answers of those two are caught, and 12 strong or adequate answers of all
# twelve sets (of about 1 700). Good answers written as densely in the rubric's words as the bank's
# own examples are caught too: the examples themselves are exempt (`feedback.PARROT_EXAMPLE_COPY`),
# and on the test split, written by the bank's author, 6 of 123 good answers were caught. Only an
# answer that covers every key point is judged: parroting is naming them all.
PARROT_WORDS = 70
PARROT_ECHO = 0.38
PARROT_ECHO_PER_DETAIL = 0.04
PARROT_DETAILS = 3
PARROT_MIN_CONTENT = 20  # content words, below which a share says little


def checkable(sentences: tuple[Sentence, ...], lex: Lexicon, lemmatizer: Lemmatizer, text: str) -> int:
    """How many distinct things in the answer a recruiter could check: figures (digits or number
    words), names (a capitalised word but a sentence's first, not an acronym or "I") and quotations."""
    found: set[tuple[str, str]] = set()
    for s in sentences:
        for j, t in enumerate(s.tokens):
            if _DIGIT.search(t.text) or (
                (t.lower in lex.number_words or lemmatizer.base(t.text) & lex.number_words)
                and not counts_own_parts(s, j, lex, lemmatizer)
            ):
                found.add(("figure", t.lower))
            elif (
                j > 0
                and t.text[0].isupper()
                and not _ACRONYM.match(t.text)
                and t.lower.replace("’", "'") not in lex.i_words
            ):
                found.add(("name", t.lower))
    return len(found) + len(_QUOTED.findall(text))


def base_forms(text: str, lemmatizer: Lemmatizer, stop_words: frozenset[str]) -> frozenset[str]:
    """Every base form of every content word of the text."""
    out: set[str] = set()
    for t in tokenize(text):
        if t.lower not in stop_words:
            out |= lemmatizer.base(t.text) | {t.lower}
    return frozenset(out - stop_words)


def _content_tokens(
    sentences: tuple[Sentence, ...], lemmatizer: Lemmatizer, stop_words: frozenset[str]
) -> list[tuple[str, frozenset[str]]]:
    """Each content word of the answer as written, with its base forms (short and stop words left out)."""
    out = []
    for t in (t for s in sentences for t in s.tokens):
        if t.lower in stop_words:
            continue
        bases = lemmatizer.base(t.text) or frozenset({t.lower})
        if max(len(b) for b in bases) >= 3 and not bases & stop_words:
            out.append((t.text, bases))
    return out


def shared_share(
    sentences: tuple[Sentence, ...], words: frozenset[str], lemmatizer: Lemmatizer, stop_words: frozenset[str]
) -> float:
    """The share of the answer's content words that are among `words` (base forms)."""
    tokens = _content_tokens(sentences, lemmatizer, stop_words)
    return sum(1 for _, bases in tokens if bases & words) / len(tokens) if tokens else 0.0


def parroted(
    sentences: tuple[Sentence, ...],
    words: int,
    rubric_words: frozenset[str],
    lemmatizer: Lemmatizer,
    stop_words: frozenset[str],
    details: int,
    *,
    extra: float = 0.0,
    shown_first: frozenset[str] = frozenset(),
) -> Stuffing | None:
    """Mostly the rubric's own words, and next to nothing to check (see PARROT_ECHO); `extra`: how
    much more of it must be the rubric's for this question. The words shown are those of
    `shown_first` (the key points' own words, not their hints' "tell" and "say") when there are any."""
    if words < PARROT_WORDS or details > PARROT_DETAILS:
        return None
    tokens = _content_tokens(sentences, lemmatizer, stop_words)
    total = len(tokens)
    echoed = [text for text, bases in tokens if bases & rubric_words]
    named = [text for text, bases in tokens if bases & rubric_words & shown_first]
    if (
        total < PARROT_MIN_CONTENT
        or len(echoed) / total < PARROT_ECHO + PARROT_ECHO_PER_DETAIL * details + extra
    ):
        return None
    return Stuffing("parroted", _first(named or echoed))


# Going round in circles: the same few words again and again, each sentence restating the one before
# ("what kind of training is provided as part of the training programme… the training structure, the
# training duration…"). Measured as the share of distinct base forms in every CIRCLE_WINDOW content
# words in a row, averaged (a moving type-token ratio: unlike the plain ratio it does not fall as an
# answer grows). Session 17, on the nine dev sets, answers of CIRCULAR_WORDS words or more: strong
# and adequate ones 0.82 at least (a definition that must name its two terms often); ten
# keyword-stuffed answers, all of the eighth set, 0.59–0.77.
CIRCLE_WINDOW = 25
CIRCULAR_VARIETY = 0.78
CIRCULAR_WORDS = 90


def content_bases(
    sentences: tuple[Sentence, ...], lemmatizer: Lemmatizer, stop_words: frozenset[str]
) -> list[tuple[str, str]]:
    """Each content word of the answer in order, as (base form, the word as written); short words and
    stop words left out. A word with several base forms takes the first in sort order, for sameness."""
    out = []
    for t in (t for s in sentences for t in s.tokens):
        if t.lower in stop_words:
            continue
        base = min(lemmatizer.base(t.text), default=t.lower)
        if len(base) >= 3 and base not in stop_words:
            out.append((base, t.text))
    return out


def variety(bases: list[str], window: int = CIRCLE_WINDOW) -> float:
    """The mean share of distinct items in every `window` items in a row (all of them when fewer)."""
    if not bases:
        return 1.0
    if len(bases) <= window:
        return len(set(bases)) / len(bases)
    seen: Counter[str] = Counter(bases[:window])
    total = len(seen)
    for i in range(window, len(bases)):
        seen[bases[i]] += 1
        seen[bases[i - window]] -= 1
        if not seen[bases[i - window]]:
            del seen[bases[i - window]]
        total += len(seen)
    return total / (len(bases) - window + 1) / window


def circular(
    sentences: tuple[Sentence, ...], words: int, lemmatizer: Lemmatizer, stop_words: frozenset[str]
) -> Stuffing | None:
    """The same few words over and over, with nothing new said: the most repeated of them."""
    if words < CIRCULAR_WORDS:
        return None
    found = content_bases(sentences, lemmatizer, stop_words)
    if variety([base for base, _ in found]) >= CIRCULAR_VARIETY:
        return None
    written: dict[str, str] = {}
    for base, word in found:  # as written, but a sentence's capital dropped ("Vuorotyö" → "vuorotyö")
        written.setdefault(base, word if word.isupper() else word.lower())
    counts = Counter(b for b, _ in found).most_common(3)
    # The words it keeps coming back to: each at least half as often as the most repeated one.
    repeated = [written[base] for base, n in counts if n > 2 and 2 * n >= counts[0][1]]
    return Stuffing("circular", tuple(repeated))


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
    "fi": ("tärkeä*", "tärkein*", "tärkeim*", "olennai*", "ratkaiseva*"),
}


IMPORTANCE_CLAIMS = 2  # "important", "crucial"… this often, with no figure, is asserting, not explaining


def importance_hits(text: str, lang: str) -> list[str]:
    """Each place the answer calls something important: buzzword answers assert, real ones explain."""
    return [hit for hit, _, _ in find_cues(text, IMPORTANCE.get(lang, ()))]


def key_term_density(
    sentences: tuple[Sentence, ...],
    key_terms: frozenset[str],
    lemmatizer: Lemmatizer,
    stop_words: frozenset[str],
) -> float:
    """The share of the answer's words that are words of the rubric's key-point phrases."""
    tokens = [t for s in sentences for t in s.tokens]
    if not tokens or not key_terms:
        return 0.0
    hits = sum(1 for t in tokens if t.lower not in stop_words and lemmatizer.base(t.text) & key_terms)
    return hits / len(tokens)


def dense_without_substance(density: float, specifics: Specifics) -> bool:
    """The rubric's words packed close, with nothing of the candidate's own: no example, no number,
    hardly an "I" — a word salad of the right terms ("Unirytmi, rytmi ja pimennysverho ovat kaikki
    tärkeitä asioita…")."""
    return (
        density >= KEY_TERMS_PER_WORD
        and specifics.story is None
        and specifics.number is None
        and specifics.i_count <= FEW_I
    )


def is_stuffed(
    by_words: tuple[PointResult, ...],
    meaning: Meaning | None,
    sentences: tuple[Sentence, ...],
    clause_words: frozenset[str],
    *,
    on_topic_at: float,
    text: str = "",
    lang: str = "en",
    dense: Stuffing | None = None,
    figures: bool = False,
    example: bool = False,
) -> Stuffing | None:
    """Why the answer is keyword stuffing, or None. `dense`: what the answer's content already showed
    (buzzwords, jargon, acronyms, the rubric's words packed close). `figures`: the answer gives a
    number; then it takes one claim more that something is important ("voice needs a calm tone most,
    chat needs typing speed most; I type 250 a minute"), and key words the model finds no substance
    behind are backed by figures, not hollow ("kolme vuotta chat-tukea, tyytyväisyys 4,7/5").
    `example`: the answer tells one; then those key words are a paraphrase the model cannot follow."""
    if dense is not None:
        return dense
    claims = importance_hits(text, lang)
    if len(claims) >= IMPORTANCE_CLAIMS + (1 if figures else 0):
        return Stuffing("importance", _first(claims))
    if list_joiner_density(sentences, clause_words) >= LIST_JOINERS_PER_WORD and not _one_list(
        sentences, clause_words
    ):
        return Stuffing("list")
    if not example and not figures and hollow_keywords(by_words, meaning, on_topic_at=on_topic_at):
        return Stuffing("hollow")
    return None
