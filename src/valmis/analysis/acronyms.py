"""Key BPO terms spelled out wrong: "AHT is average hold time" (it is average handling time).

An answer that spells an acronym out — "AHT is …", "FCR eli …", "… (TAT)" — with words whose first
letters make the acronym is checked against what the acronym stands for. Only such spelled-out
attempts are judged: a Finnish translation ("keskimääräinen käsittelyaika") or a description of what
the figure measures is never called wrong here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from valmis.analysis.findings import FlagHit
from valmis.analysis.text import Sentence


@dataclass(frozen=True)
class Term:
    acronym: str
    full: str  # how it is spelled out, for the note
    stems: tuple[tuple[str, ...], ...]  # a right spelling has every stem of one of these


TERMS = tuple(
    Term(a, full, tuple(tuple(v.split()) for v in variants))
    for a, full, variants in (
        ("AHT", "average handling time", ("average handl",)),
        ("ASA", "average speed of answer", ("average speed",)),
        ("ACW", "after-call work", ("after work",)),
        ("BPO", "business process outsourcing", ("business process outsourc",)),
        ("KPO", "knowledge process outsourcing", ("knowledge process outsourc",)),
        ("CES", "customer effort score", ("customer effort",)),
        ("CRM", "customer relationship management", ("customer relation",)),
        ("CSAT", "customer satisfaction", ("customer satisf",)),
        ("FCR", "first call (or contact) resolution", ("first resol", "first resolv")),
        ("GDPR", "General Data Protection Regulation", ("general data protect",)),
        ("IVR", "interactive voice response", ("interactive voice",)),
        ("KPI", "key performance indicator", ("key perform indicat",)),
        ("NDA", "non-disclosure agreement", ("non disclos",)),
        ("NPS", "Net Promoter Score", ("net promot",)),
        ("SLA", "service level agreement", ("service level",)),
        ("SOP", "standard operating procedure", ("standard operat",)),
        ("TAT", "turnaround time", ("turn around",)),
        ("WFM", "workforce management", ("work force manag",)),
    )
)
_BY_ACRONYM = {t.acronym: t for t in TERMS}
# The acronym (with a Finnish case ending such as "FCR:ää"), then a word that introduces its spelling.
_AFTER = re.compile(
    r"\b(?P<acr>[A-Z]{2,5})(?::\w+)?\s*"
    r"(?:,\s*(?:which\s+(?:stands\s+for|means|is)\s+)?"
    r"|(?:stands\s+for|is\s+short\s+for|means|is|=|eli|tarkoittaa|tulee\s+sanoista|on|\(|[-–—:])\s*)"
    r"(?P<words>[^.;!?()]{3,120})"
)
# The spelling first, the acronym after it in brackets: "average hold time (AHT)".
_BEFORE = re.compile(r"(?P<words>[^.;!?()]{3,120}?)\s*\(\s*(?P<acr>[A-Z]{2,5})(?::\w+)?\s*\)")
_WORD = re.compile(r"[^\W\d_]+")
# A spelling on its own, in capitals, whose initials make a key term, right after words that say a
# term is being spelled out: "se tulee sanoista Sales Level Achievement" (the acronym was only in the
# question). Not any capitalised run: "Nordic Payment Services" is a company, not a wrong "NPS".
_TITLED = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+[ -]){1,4}[A-Z][a-z]+(?![\w-])")
_SPELLS_OUT = re.compile(
    r"(?:sanoista|lyhenne|tarkoittaa|stands\s+for|short\s+for|abbreviation\s+(?:of|for)|means)"
    r"(?:\s+(?:the|a|an))?\s*$",
    re.IGNORECASE,
)

LABELS = {
    "en": ("Gets a key term wrong", "{acronym} stands for {full}, not “{given}”. Recruiters ask the basics "
           "to see that you prepared; if you are not sure of the words, say what the figure measures."),
    "fi": ("Keskeinen termi väärin", "{acronym} tulee sanoista {full}, ei ”{given}”. Rekrytoija kysyy "
           "perusasioita nähdäkseen, että olet valmistautunut; jos et ole varma sanoista, kerro, mitä "
           "luku mittaa."),
}  # fmt: skip


def _spelling(words: list[str], acronym: str) -> list[str] | None:
    """The words, after at most one article ("the", "a"), whose first letters make the acronym;
    None when they do not spell it out."""
    start = 1 if words and words[0].lower() in ("the", "a", "an") else 0
    run = words[start : start + len(acronym)]
    if len(run) == len(acronym) and all(w[0].lower() == c.lower() for w, c in zip(run, acronym, strict=True)):
        return run
    return None


def _right(run: list[str], term: Term) -> bool:
    lowered = [w.lower() for w in run]
    return any(all(any(w.startswith(s) for w in lowered) for s in stems) for stems in term.stems)


def wrong_terms(sentences: tuple[Sentence, ...], lang: str) -> tuple[FlagHit, ...]:
    """Every key term the answer spells out wrong, once per acronym, with the sentence that does."""
    label, why = LABELS.get(lang, LABELS["en"])
    hits: list[FlagHit] = []
    seen: set[str] = set()
    for sentence in sentences:
        for term, run in _spellings(sentence.text):
            if term.acronym in seen or _right(run, term):
                continue
            seen.add(term.acronym)
            given = " ".join(run)
            hits.append(
                FlagHit(
                    "wrong-term",
                    label,
                    why.format(acronym=term.acronym, full=term.full, given=given),
                    sentence.text,
                )
            )
    return tuple(hits)


def _spellings(text: str) -> list[tuple[Term, list[str]]]:
    """Each key term the sentence spells out, with the words it spells it with: after or before the
    acronym, or on its own after words that say a term is being spelled out."""
    found: list[tuple[Term, list[str]]] = []
    for m in _TITLED.finditer(text):
        words = _WORD.findall(m.group())
        term = _BY_ACRONYM.get("".join(w[0] for w in words).upper())
        if term is not None and _SPELLS_OUT.search(text[: m.start()]):
            found.append((term, words))
    for pattern, backwards in ((_AFTER, False), (_BEFORE, True)):
        for m in pattern.finditer(text):
            term = _BY_ACRONYM.get(m.group("acr"))
            if term is None:
                continue
            words = _WORD.findall(m.group("words"))
            if backwards:
                words = words[-len(term.acronym) :]
            run = _spelling(words, term.acronym)
            if run is not None:
                found.append((term, run))
    return found
