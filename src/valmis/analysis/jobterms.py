"""Finding the job lexicon's terms in text: which skills, tools, languages… a line mentions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from valmis.analysis.joblexicon import Term, job_lexicon
from valmis.analysis.lexicon import cue_pattern, normalize_quotes

LANGS = ("en", "fi")


@dataclass(frozen=True)
class TermHit:
    term: Term
    matched: str  # the words as written
    line: str  # the line (or sentence) they are on


def cues_of(term: Term) -> tuple[str, ...]:
    """A term's cues in every language: résumés and postings mix them (Finnish text, English tools)."""
    out: list[str] = []
    for lang in LANGS:
        out.extend(term.cues.get(lang, ()))
    return tuple(out)


def term_in(term: Term, text: str) -> str | None:
    """The words of `text` that name `term`, or None."""
    text = normalize_quotes(text)
    for cue in cues_of(term):
        m = cue_pattern(cue).search(text)
        if m:
            return m.group()
    return None


def find_terms(terms: Iterable[Term], lines: Iterable[str]) -> tuple[TermHit, ...]:
    """Each term found in the lines, once, with the first line that names it."""
    lines = [line for line in lines if line.strip()]
    hits: list[TermHit] = []
    for term in terms:
        for line in lines:
            matched = term_in(term, line)
            if matched:
                hits.append(TermHit(term, matched, line.strip()))
                break
    return tuple(hits)


def any_cue(cues: dict[str, tuple[str, ...]], text: str) -> str | None:
    """The first cue of any language found in `text`."""
    text = normalize_quotes(text)
    for lang in LANGS:
        for cue in cues.get(lang, ()):
            m = cue_pattern(cue).search(text)
            if m:
                return m.group()
    return None


def label(term_id: str, lang: str) -> str:
    """The plain-words label of a term id in a language, or the id when unknown."""
    term = term_by_id().get(term_id)
    if term is None:
        return term_id
    return term.label.get(lang) or term.label.get("en") or term_id


@cache
def term_by_id() -> dict[str, Term]:
    """Every term of the lexicon by id (the first group that uses an id wins)."""
    lex = job_lexicon()
    groups: list[tuple[Term, ...]] = [
        lex.sections, lex.processes, lex.markets, lex.shifts, lex.languages, lex.language_levels,
        lex.skills, lex.tools, lex.education, lex.topics, *lex.track_signals.values(),
    ]  # fmt: skip
    out: dict[str, Term] = {}
    for group in groups:
        for term in group:
            out.setdefault(term.id, term)
    return out
