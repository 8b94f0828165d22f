"""Résumé against job posting: an explained score by part, what is missing, and what to write.

Each requirement of the (corrected) posting looks for its evidence in the résumé: first by words
(the lexicon's cues in both languages), then — when a meaning function is given — by meaning, so
"resolved billing complaints on the first call" counts for "problem solving". The user sees which
line counted and how.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from valmis.analysis.dates import find_range, strip_range
from valmis.analysis.findings import Note
from valmis.analysis.joblexicon import job_lexicon
from valmis.analysis.jobterms import label, term_by_id, term_in
from valmis.analysis.posting import Posting, Requirement, level_rank
from valmis.analysis.resume import EMAIL, Resume, clean

PARTS = {
    "skills": 25,
    "experience": 15,
    "language": 15,
    "process_shifts": 15,
    "tools": 5,
    "education": 5,
    "closeness": 20,  # only with the meaning model; without it, the others share its weight
}
PART_OF_KIND = {
    "skill": "skills",
    "experience": "experience",
    "language": "language",
    "process": "process_shifts",
    "shift": "process_shifts",
    "market": "process_shifts",
    "tool": "tools",
    "education": "education",
}
# Centred cosine similarity at which a résumé line says a requirement in other words; tuned on the
# dev split of eval/jobs only.
MEANING_MATCH = 0.50
MEANING_CREDIT = 0.7
NICE_WEIGHT = 0.5  # a "nice to have" counts half as much as a must
URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|fi|in|ph|org|net)/\S*", re.IGNORECASE)
EDUCATION_RANK = {"secondary": 1, "vocational": 2, "bachelor": 3, "master": 4}
EDUCATION_LEVELS = frozenset(EDUCATION_RANK)  # the rest (commerce, it, finance, medical) are fields

# Closeness of the whole résumé to the whole posting (centred cosine of their mean vectors): fitting
# pairs in the dev split sit around 0.6–0.85, others 0.3–0.7. Mapped linearly from LOW (nothing) to
# HIGH (all of the part). Tuned on the dev split of eval/jobs only.
CLOSENESS_LOW = 0.55
CLOSENESS_HIGH = 0.80


class Meaning(Protocol):
    """Sentence meaning for the match (the embedding model); absent when meaning is off."""

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> NDArray[np.float32]:
        """Rows `a`, columns `b`: how close each pair is (centred cosine)."""
        ...

    def closeness(self, a: Sequence[str], b: Sequence[str]) -> tuple[float, NDArray[np.float32]]:
        """How close `b` as a whole is to `a` as a whole, and each line of `b` to `a` as a whole."""
        ...


@dataclass(frozen=True)
class Evidence:
    requirement: Requirement
    met: float  # 0 … 1
    by: str  # words | meaning | language | years | none
    line: str | None  # the résumé line that counted
    note: Note


@dataclass(frozen=True)
class MatchPart:
    name: str
    points: int
    max: int
    asked: bool
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Missing:
    requirement: Requirement
    suggestion: Note


@dataclass(frozen=True)
class JobMatch:
    score: int
    parts: tuple[MatchPart, ...]
    missing: tuple[Missing, ...]
    semantic: bool


def _label_text(req: Requirement, lang: str) -> str:
    if req.text:
        return req.text
    return label(req.id, lang)


def _words(req: Requirement, lines: list[str]) -> tuple[str, str] | None:
    term = term_by_id().get(req.id)
    if term is None:
        if req.text:
            lowered = req.text.lower()
            for line in lines:
                if lowered in line.lower():
                    return line, req.text
        return None
    for line in lines:
        matched = term_in(term, line)
        if matched:
            return line, matched
    return None


def _years_evidence(req: Requirement, resume: Resume) -> Evidence:
    have = resume.experience_months / 12
    want = req.years or 0.0
    params = {"want": want, "have": round(have, 1)}
    if want <= 0:
        return Evidence(req, 1.0, "years", None, Note("match.experience.fresher_ok", params))
    met = min(1.0, have / want)
    line = resume.roles[0].lines[0] if resume.roles else None
    code = "match.experience.enough" if met >= 1.0 else "match.experience.short"
    return Evidence(req, met, "years", line, Note(code, params, quote=line))


def _language_evidence(req: Requirement, resume: Resume, lines: list[str]) -> Evidence:
    found = _words(req, lines)
    written_in = {"english": "en", "finnish": "fi"}.get(req.id) == resume.lang
    if found is None and not written_in:
        return Evidence(req, 0.0, "none", None, Note("match.language.missing", {"term": req.id}))
    line = found[0] if found else None
    have_level = None
    if line:
        levels = [t for t in job_lexicon().language_levels if term_in(t, line)]
        have_level = levels[0].id if levels else None
    if have_level is None and written_in:
        have_level = "fluent"
    met = 1.0
    if req.level and have_level and level_rank(have_level) < level_rank(req.level):
        met = 0.5
    code = "match.language.found" if found else "match.language.written_in"
    return Evidence(
        req, met, "words" if found else "language", line, Note(code, {"term": req.id}, quote=line)
    )


def _education_evidence(req: Requirement, lines: list[str], resume: Resume) -> Evidence:
    found = _words(req, lines)
    if found:
        return Evidence(req, 1.0, "words", found[0], Note("match.found", {"term": req.id}, quote=found[0]))
    want = EDUCATION_RANK.get(req.id, 0)
    if want:  # a higher level covers a lower one; a field (commerce, IT…) only by its own words
        for other, rank in EDUCATION_RANK.items():
            if rank > want:
                hit = _words(Requirement("education", other, True, ""), lines)
                if hit and rank >= want:
                    note = Note("match.education.higher", {"term": req.id, "have": other}, quote=hit[0])
                    return Evidence(req, 1.0, "words", hit[0], note)
    return Evidence(req, 0.0, "none", None, Note("match.missing", {"term": req.id}))


def _process_evidence(req: Requirement, lines: list[str], posting: Posting) -> Evidence:
    found = _words(req, lines)
    if found:
        return Evidence(req, 1.0, "words", found[0], Note("match.found", {"term": req.id}, quote=found[0]))
    # Another BPO process carries over in part: a chat agent applying for calls knows the customers.
    for term in job_lexicon().processes:
        if term.id == req.id:
            continue
        for line in lines:
            if term_in(term, line):
                note = Note("match.process.other", {"term": req.id, "have": term.id}, quote=line)
                return Evidence(req, 0.5, "words", line, note)
    return Evidence(req, 0.0, "none", None, Note("match.missing", {"term": req.id}))


def _says_something(line: str) -> bool:
    if len(line.split()) < 3 or EMAIL.search(line):
        return False
    span = find_range(line)
    return span is None or len(strip_range(line).split()) >= 2


def _closeness(resume_lines: list[str], posting: Posting, meaning: Meaning) -> MatchPart:
    sentences = [s for s in posting.sentences if len(s.split()) >= 2]
    lines = [line for line in resume_lines if len(line.split()) >= 2]
    top = PARTS["closeness"]
    if not sentences or not lines:
        return MatchPart("closeness", 0, top, False, ())
    overall, per_line = meaning.closeness(sentences, lines)
    fraction = max(0.0, min(1.0, (overall - CLOSENESS_LOW) / (CLOSENESS_HIGH - CLOSENESS_LOW)))
    closest = [lines[int(i)] for i in np.argsort(-per_line)[:2]]
    req = Requirement("closeness", "whole", True, "")
    code = (
        "match.closeness.close"
        if fraction >= 0.7
        else ("match.closeness.partly" if fraction >= 0.3 else "match.closeness.far")
    )
    notes = [
        Evidence(
            req,
            fraction,
            "meaning",
            closest[0],
            Note(code, {"percent": round(100 * fraction)}, quote=closest[0]),
        )
    ]
    if len(closest) > 1:
        notes.append(
            Evidence(req, fraction, "meaning", closest[1], Note("match.closeness.line", quote=closest[1]))
        )
    return MatchPart("closeness", round(top * fraction), top, True, tuple(notes))


def match(
    resume: Resume,
    posting: Posting,
    meaning: Meaning | None = None,
) -> JobMatch:
    """Score how well the résumé answers the posting, part by part, with the lines that count."""
    # E-mail addresses and links name no skill ("shruti.bcom@…" is not a B.Com).
    lines = [clean(URL.sub(" ", EMAIL.sub(" ", line))) for line in resume.all_lines]
    lines = [line for line in lines if line.strip(" ·|,")]
    # Meaning looks only at lines that say something: not headings, bare dates or contact lines.
    prose = [line for line in lines if _says_something(line)]
    evidence: dict[str, list[Evidence]] = {name: [] for name in PARTS}
    pending: list[Requirement] = []  # not found by words: try meaning
    for req in posting.requirements:
        part = PART_OF_KIND[req.kind]
        if req.kind == "experience":
            evidence[part].append(_years_evidence(req, resume))
        elif req.kind == "language":
            evidence[part].append(_language_evidence(req, resume, lines))
        elif req.kind == "education":
            evidence[part].append(_education_evidence(req, lines, resume))
        elif req.kind == "process":
            evidence[part].append(_process_evidence(req, lines, posting))
        elif req.kind == "market":
            continue  # shown with the posting; the languages and shifts it implies are asked on their own
        else:
            found = _words(req, lines)
            if found:
                note = Note("match.found", {"term": req.id, "words": found[1]}, quote=found[0])
                evidence[part].append(Evidence(req, 1.0, "words", found[0], note))
            else:
                pending.append(req)
    semantic = meaning is not None and bool(lines)
    if pending:
        best: list[tuple[float, str | None]] = [(0.0, None)] * len(pending)
        if meaning is not None:
            texts = [_label_text(r, posting.lang) for r in pending]
            sims = meaning.similarity(texts, prose) if prose else None
            if sims is not None:
                best = [(float(row.max()), prose[int(row.argmax())]) for row in sims]
        for req, (sim, line) in zip(pending, best, strict=True):
            part = PART_OF_KIND[req.kind]
            if line is not None and sim >= MEANING_MATCH and req.kind != "shift":
                note = Note("match.meaning", {"term": req.id, "text": req.text}, quote=line)
                evidence[part].append(Evidence(req, MEANING_CREDIT, "meaning", line, note))
            else:
                evidence[part].append(
                    Evidence(
                        req, 0.0, "none", None, Note("match.missing", {"term": req.id, "text": req.text})
                    )
                )

    parts: list[MatchPart] = []
    got = total = 0.0
    for name, top in PARTS.items():
        if name == "closeness":
            whole = (
                _closeness(prose, posting, meaning)
                if meaning is not None
                else MatchPart(name, 0, top, False, ())
            )
            parts.append(whole)
            if whole.asked:
                got += whole.points
                total += top
            continue
        items = evidence[name]
        if not items:
            parts.append(MatchPart(name, 0, top, False, ()))
            continue
        weights = [1.0 if e.requirement.must else NICE_WEIGHT for e in items]
        fraction = sum(w * e.met for w, e in zip(weights, items, strict=True)) / sum(weights)
        if name == "education":
            # Postings list the levels they accept ("graduate or postgraduate"): one is enough; a
            # field asked for ("B.Com / M.Com": commerce) must be there as well.
            levels = [e.met for e in items if e.requirement.id in EDUCATION_LEVELS]
            fields = [e.met for e in items if e.requirement.id not in EDUCATION_LEVELS]
            scores = ([max(levels)] if levels else []) + fields
            fraction = sum(scores) / len(scores)
        points = round(top * fraction)
        parts.append(MatchPart(name, points, top, True, tuple(items)))
        got += top * fraction
        total += top
    score = round(100 * got / total) if total else 0
    level_met = any(e.met >= 1.0 for e in evidence["education"] if e.requirement.id in EDUCATION_LEVELS)
    missing = [
        Missing(e.requirement, _suggestion(e.requirement, posting))
        for name in PARTS
        for e in evidence[name]
        if e.met < 1.0 and not (e.requirement.id in EDUCATION_LEVELS and level_met)
    ]
    missing.sort(key=lambda m: (not m.requirement.must, list(PARTS).index(PART_OF_KIND[m.requirement.kind])))
    return JobMatch(score, tuple(parts), tuple(missing), semantic)


def _suggestion(req: Requirement, posting: Posting) -> Note:
    """What to change in the résumé, using the posting's own words."""
    term = term_by_id().get(req.id)
    words = (
        (term_in(term, req.evidence) if term and req.evidence else None)
        or req.text
        or label(req.id, posting.lang)
    )
    params: dict[str, object] = {"term": req.id, "words": words, "text": req.text}
    if req.kind == "experience":
        params["want"] = req.years or 0
        return Note("match.fix.experience", params, quote=req.evidence or None)
    if req.kind == "shift":
        params["words"] = label(req.id, posting.lang).lower()
        return Note("match.fix.shift", params, quote=req.evidence or None)
    if req.kind == "language":
        params["level"] = req.level or ""
        code = "match.fix.language_level" if req.level else "match.fix.language"
        return Note(code, params, quote=req.evidence or None)
    return Note(f"match.fix.{req.kind}", params, quote=req.evidence or None)
