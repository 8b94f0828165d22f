"""Structure cues: does the answer have the parts its structure needs (STAR, present–past–future …)?"""

from __future__ import annotations

import re
from dataclasses import dataclass

from valmis.analysis.lemmas import Lemmatizer
from valmis.analysis.lexicon import Lexicon, find_cues
from valmis.analysis.text import Sentence


@dataclass(frozen=True)
class Element:
    name: str
    found: bool
    quote: str | None = None


def _first_sentence_with(sentences: tuple[Sentence, ...], cues: tuple[str, ...]) -> str | None:
    for s in sentences:
        if find_cues(s.text, cues):
            return s.text
    return None


# "Service Level Agreement: the promise a BPO makes …" — a term, then a colon or a dash and what it is.
_TERM_THEN_MEANING = re.compile(r"^\W*(?:[^\W\d_]+[\s-]+){0,5}[^\W\d_]+\s*(?::|\s[–—-])\s+\S")


def _definition(sentences: tuple[Sentence, ...], cues: tuple[str, ...]) -> str | None:
    found = _first_sentence_with(sentences, cues)
    if found is None:
        found = next((s.text for s in sentences if _TERM_THEN_MEANING.match(s.text)), None)
    return found


# A STAR answer's last sentence with a figure in it, after the action, is its result (dev: second
# set Spearman 0.686 → 0.692, the others unchanged).
_DIGIT = re.compile(r"\d")


def _first_sentence_where(
    sentences: tuple[Sentence, ...], lemmatizer: Lemmatizer, *, past: bool, conditional: bool = False
) -> str | None:
    """A sentence with a first-person-singular verb in the past (or conditional) tense."""
    for s in sentences:
        for t in s.tokens:
            m = lemmatizer.morph(t.text)
            if m.first_singular and ((past and m.past) or (conditional and m.conditional)):
                return s.text
    return None


def _element(name: str, quote: str | None) -> Element:
    return Element(name, quote is not None, quote)


def find_structure(
    structure: str,
    sentences: tuple[Sentence, ...],
    lexicon: Lexicon,
    lemmatizer: Lemmatizer,
) -> tuple[Element, ...]:
    """The elements the structure expects, each found (with the sentence) or not."""
    if structure == "star":
        cues = lexicon.star_cues
        action = _first_sentence_with(sentences, cues["action"]) or _first_sentence_where(
            sentences, lemmatizer, past=True, conditional=True
        )
        result = _first_sentence_with(sentences, cues["result"])
        if result is None and action is not None and len(sentences) > 1:
            # A closing sentence with a figure, after what was done: "In five weeks my FCR was at 74".
            last = sentences[-1].text
            if last != action and _DIGIT.search(last):
                result = last
        return (
            _element("situation", _first_sentence_with(sentences, cues["situation"])),
            _element("task", _first_sentence_with(sentences, cues["task"])),
            _element("action", action),
            _element("result", result),
        )
    if structure == "present_past_future":
        cues = lexicon.ppf_cues
        past = _first_sentence_with(sentences, cues["past"]) or _first_sentence_where(
            sentences, lemmatizer, past=True
        )
        return (
            _element("present", _first_sentence_with(sentences, cues["present"])),
            _element("past", past),
            _element("future", _first_sentence_with(sentences, cues["future"])),
        )
    if structure == "definition_example":
        return (
            _element("definition", _definition(sentences, lexicon.definition_cues)),
            _element("example", _first_sentence_with(sentences, (*lexicon.example_cues, "like", "kuten"))),
        )
    opening = sentences[0].text if sentences and sentences[0].word_count <= 35 else None
    more = sentences[1].text if len(sentences) > 1 else None
    return (_element("opening", opening), _element("support", more))
