"""A job posting read into what it asks for: process, market, shifts, languages, skills, tools,
experience and education, each with the sentence that says so and whether it is a must.

The user sees this as a checklist and corrects it; the match then uses the corrected list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from valmis.analysis.document import Document
from valmis.analysis.joblexicon import Term, job_lexicon
from valmis.analysis.jobterms import any_cue, term_in
from valmis.analysis.lexicon import cue_pattern
from valmis.analysis.text import split_sentences

KINDS = ("process", "market", "shift", "language", "skill", "tool", "experience", "education")

# Lines that open what the employer offers rather than asks: skills named there are not requirements.
_OFFER_CUES = (
    "we offer", "what we offer", "what you get", "benefits", "perks", "you will get", "we provide",
    "tarjoamme", "meiltä saat", "mitä tarjoamme", "tarjoamme sinulle", "edut", "työsuhde-edut",
)  # fmt: skip
_ASK_CUES = (
    "requirements", "we are looking for", "we expect", "you have", "you bring", "qualifications",
    "must have", "who you are", "about you", "skills", "eligibility", "desired profile", "candidate profile",
    "edellytämme", "odotamme", "toivomme", "sinulla on", "etsimme", "vaatimukset", "osaaminen", "profiilisi",
)  # fmt: skip
_YEARS = re.compile(
    r"(?P<a>\d+(?:[.,]\d)?)\s*(?:\+|(?:-|–|to)\s*(?P<b>\d+))?\s*\+?\s*"
    r"(?P<unit>years?|yrs?|months?|vuo\w*|v\.|kuukau\w*|kk)",
    re.IGNORECASE,
)
_EXPERIENCE_WORDS = ("experience", "exp", "kokemus*", "kokemu*", "työkokemu*", "background")
_LEVEL_RANK = {
    "basic": 1,
    "a2": 1,
    "b1": 2,
    "good": 2,
    "b2": 3,
    "professional": 3,
    "fluent": 4,
    "c1": 4,
    "c2": 5,
    "native": 5,
}


@dataclass(frozen=True)
class Requirement:
    kind: str  # one of KINDS
    id: str  # a term id ("voice", "english", "excel"), or "years" for experience
    must: bool
    evidence: str  # the sentence of the posting that asks for it ("" when the user added it)
    level: str | None = None  # a language level term id
    years: float | None = None  # experience asked, in years (0 = freshers welcome)
    text: str = ""  # the requirement in the user's words (user-added items)

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class Posting:
    lang: str
    title: str
    company: str
    requirements: tuple[Requirement, ...]
    topics: tuple[str, ...]  # topic ids the posting mentions (training, pay, metrics, ...)
    sentences: tuple[str, ...]

    def of(self, kind: str) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.kind == kind)

    @property
    def processes(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.of("process"))

    @property
    def market(self) -> str | None:
        markets = self.of("market")
        return markets[0].id if markets else None


def _sentences(doc: Document) -> list[tuple[str, str]]:
    """(sentence, block) pairs; block is "offer", "nice", "ask" or "" by the heading above it."""
    lex = job_lexicon()
    out: list[tuple[str, str]] = []
    block = ""
    for line in doc.lines:
        text = line.text.strip()
        if not text:
            continue
        lowered = text.lower()
        # A heading ("What we offer") or a line that opens with one ("We offer: training, transport").
        head = lowered if len(text.split()) <= 6 else lowered.split(":", 1)[0] if ":" in lowered[:40] else ""
        if head and any(cue_pattern(c).search(head) for c in _OFFER_CUES):
            block = "offer"
        elif head and any_cue(lex.nice_cues, head):
            block = "nice"
        elif head and any(cue_pattern(c).search(head) for c in _ASK_CUES):
            block = "ask"
        for sentence in split_sentences(text):
            out.append((sentence.text, block))
    return out


def _must(sentence: str, block: str) -> bool:
    lex = job_lexicon()
    if any_cue(lex.nice_cues, sentence):
        return False
    if any_cue(lex.must_cues, sentence):
        return True
    return block != "nice"


def _first(terms: tuple[Term, ...], sentence: str) -> list[Term]:
    return [t for t in terms if term_in(t, sentence)]


def _years(sentence: str) -> float | None:
    if not any(cue_pattern(c).search(sentence) for c in _EXPERIENCE_WORDS):
        return None
    m = _YEARS.search(sentence)
    if not m:
        return None
    value = float(m.group("a").replace(",", "."))
    unit = m.group("unit").lower()
    if unit.startswith(("month", "kuukau", "kk")):
        value /= 12
    return round(value, 2) if value <= 30 else None


def parse_posting(doc: Document, lang: str, title: str = "", company: str = "") -> Posting:
    """What the posting asks for, each with its sentence; first mention of each term wins."""
    lex = job_lexicon()
    found: dict[str, Requirement] = {}

    def add(req: Requirement) -> None:
        known = found.get(req.key)
        if known is None:
            found[req.key] = req
        elif req.must and not known.must:
            found[req.key] = replace(known, must=True)

    topics: set[str] = set()
    fresher = False
    sentences = _sentences(doc)
    for sentence, block in sentences:
        must = _must(sentence, block)
        for term in _first(lex.topics, sentence):
            topics.add(term.id)
        for term in _first(lex.processes, sentence):
            add(Requirement("process", term.id, True, sentence))
        for term in _first(lex.markets, sentence):
            add(Requirement("market", term.id, True, sentence))
        for term in _first(lex.shifts, sentence):
            add(Requirement("shift", term.id, block != "offer" and must, sentence))
        if block == "offer":
            continue
        # A CEFR level ("C1") says more than a word ("excellent"); else the highest level named.
        levels = sorted(
            _first(lex.language_levels, sentence), key=lambda t: (len(t.id) != 2, -level_rank(t.id))
        )
        for term in _first(lex.languages, sentence):
            add(Requirement("language", term.id, must, sentence, level=levels[0].id if levels else None))
        for term in _first(lex.skills, sentence):
            add(Requirement("skill", term.id, must, sentence))
        for term in _first(lex.tools, sentence):
            add(Requirement("tool", term.id, must, sentence))
        for term in _first(lex.education, sentence):
            add(Requirement("education", term.id, must, sentence))
        if any_cue(lex.fresher_cues, sentence):
            fresher = True
            add(Requirement("experience", "years", must, sentence, years=0.0))
        years = _years(sentence)
        if years is not None and "experience:years" not in found:
            add(Requirement("experience", "years", must, sentence, years=years))
    _main_process(found, doc)
    if fresher and found.get("experience:years") and (found["experience:years"].years or 0) > 0:
        # "Freshers welcome; 1 year of experience an advantage": experience is a plus, not a must.
        found["experience:years"] = replace(found["experience:years"], must=False)
    title = title or _guess_title(doc)
    return Posting(
        lang=lang,
        title=title,
        company=company,
        requirements=tuple(found.values()),
        topics=tuple(sorted(topics)),
        sentences=tuple(s for s, _ in sentences),
    )


def _main_process(found: dict[str, Requirement], doc: Document) -> None:
    """A posting names other kinds of work in passing ("vendor emails" in an accounts job): when its
    title (the first line) names the process, only that process is a must; the others are a plus."""
    lex = job_lexicon()
    opening = next((line.text for line in doc.lines if line.text.strip()), "")
    main = {t.id for t in lex.processes if term_in(t, opening)}
    if not main:
        return
    for key, req in list(found.items()):
        if req.kind == "process" and req.id not in main:
            found[key] = replace(req, must=False)


def _guess_title(doc: Document) -> str:
    for line in doc.lines[:5]:
        text = line.text.strip().strip("#*").strip()
        if text and len(text) <= 90 and len(text.split()) <= 12:
            return text
    return ""


def level_rank(level: str | None) -> int:
    return _LEVEL_RANK.get(level or "", 0)
