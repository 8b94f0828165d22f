"""The résumé check: what a recruiter and an applicant-tracking system (ATS) will see, part by part.

`read_resume` finds the sections, contact details, roles with their dates, and the skills, tools,
languages and processes named; `check_resume` scores ten parts, each with the line it is about and
how to fix it. Pure: the file has been read (`valmis.documents`), the speller is passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from valmis.analysis.dates import Span, find_range, month_number, strip_range
from valmis.analysis.document import Document, Line
from valmis.analysis.findings import Note, Part
from valmis.analysis.joblexicon import job_lexicon
from valmis.analysis.jobterms import any_cue, find_terms, term_in
from valmis.analysis.spelling import Speller, find_misspellings

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w])(?:\+\d{1,3}[\s-]?)?(?:\(?\d{2,4}\)?[\s-]?){2,4}\d{2,4}(?![\w])")
LINKEDIN = re.compile(r"linkedin\.com/\S+", re.IGNORECASE)
NUMBER = re.compile(r"\d")
MEASURE = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:%|\+|k\b|x\b)|\d+\s*(?:/|per|a|an|each|every)\s*\w+|"
    r"(?:€|\$|₹|£)\s*\d|\d{2,}|\d+\s*(?:%|prosent\w*)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[•●▪◦·\-–—*]|\d+[.)])\s*")

# Track ids of the résumé check (the profile's process).
TRACKS = ("voice", "nonvoice", "kpo")
MAX_WORDS = 900  # about two pages of résumé text
MIN_WORDS = 150
GAP_MONTHS = 6

PARTS_MAX = {
    "sections": 10,
    "contact": 10,
    "layout": 15,
    "length": 5,
    "dates": 10,
    "results": 15,
    "verbs": 10,
    "spelling": 10,
    "relevance": 15,
}


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    lines: tuple[Line, ...]

    @property
    def text_lines(self) -> list[str]:
        return [line.text for line in self.lines if line.text.strip()]


@dataclass(frozen=True)
class Role:
    title: str
    span: Span
    lines: tuple[str, ...]  # the role's heading line and bullets


@dataclass(frozen=True)
class Resume:
    """What the résumé says, found in its text: used by the check, the match and the pitch."""

    doc: Document
    lang: str
    name: str | None
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    contact_where: str | None  # body | header | None (no contact found)
    preamble: tuple[Line, ...]  # lines before the first heading (name, contact, a headline)
    sections: tuple[Section, ...]
    roles: tuple[Role, ...]
    words: int
    today: date = field(default_factory=date.today)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def lines_of(self, *section_ids: str) -> list[str]:
        out: list[str] = []
        for s in self.sections:
            if s.id in section_ids:
                out.extend(s.text_lines)
        return out

    @property
    def all_lines(self) -> list[str]:
        return [line.text for line in self.doc.lines if line.text.strip()]

    @property
    def experience_months(self) -> int:
        """Months of work, overlapping roles counted once."""
        months: set[int] = set()
        for role in self.roles:
            end = role.span.end if role.span.end is not None else month_number(self.today)
            months.update(range(role.span.start, end + 1))
        return len(months)

    @property
    def achievements(self) -> tuple[str, ...]:
        """Lines with a measurable result, from experience first."""
        lines = self.lines_of("experience", "projects", "summary", "volunteering") or self.all_lines
        return tuple(clean(line) for line in lines if MEASURE.search(line) and not find_range(line))


def clean(line: str) -> str:
    return _BULLET.sub("", line).strip()


def _heading_of(line: Line) -> str | None:
    """The section a line heads, when it is a heading: short, and (nearly) all heading words."""
    text = clean(line.text).strip(" :|_=#").strip()
    if not text or len(text) > 40 or len(text.split()) > 5 or text.endswith("."):
        return None
    # "Profiili / Tiivistelmä", "Skills & Tools": the first part names the section.
    first = re.split(r"\s*(?:/|&|\||\+)\s*", text)[0]
    for term in job_lexicon().sections:
        matched = term_in(term, first)
        if matched and len(matched) >= 0.6 * len(first.replace(" ", "")) - 2:
            return term.id
    return None


def _split_sections(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], tuple[Section, ...]]:
    preamble: list[Line] = []
    sections: list[Section] = []
    current: tuple[str, str] | None = None
    bucket: list[Line] = []
    for line in lines:
        section_id = _heading_of(line) if line.where not in ("header", "footer") else None
        if section_id:
            if current:
                sections.append(Section(current[0], current[1], tuple(bucket)))
            else:
                preamble.extend(bucket)
            current, bucket = (section_id, clean(line.text)), []
        else:
            bucket.append(line)
    if current:
        sections.append(Section(current[0], current[1], tuple(bucket)))
    else:
        preamble.extend(bucket)
    return tuple(preamble), tuple(sections)


def _roles(section: Section | None) -> tuple[Role, ...]:
    if section is None:
        return ()
    roles: list[Role] = []
    texts = section.text_lines
    for i, text in enumerate(texts):
        span = find_range(text)
        if span is None:
            continue
        title = strip_range(text)
        if len(title) < 3 and i > 0 and not find_range(texts[i - 1]):
            title = clean(texts[i - 1])  # the dates stand on a line of their own, under the title
        end = next((j for j in range(i + 1, len(texts)) if find_range(texts[j])), len(texts))
        roles.append(Role(title, span, tuple(texts[i:end])))
    return tuple(roles)


def _name(preamble: tuple[Line, ...]) -> str | None:
    for line in preamble[:4]:
        text = line.text.strip()
        words = text.split()
        if (
            1 < len(words) <= 4
            and not NUMBER.search(text)
            and "@" not in text
            and all(w[:1].isupper() for w in words)
        ):
            return text
    return None


def read_resume(doc: Document, lang: str, today: date | None = None) -> Resume:
    """The parts of a résumé, found in the document's lines."""
    preamble, sections = _split_sections(doc.lines)
    body = [line for line in doc.lines if line.where not in ("header", "footer")]
    edges = [line for line in doc.lines if line.where in ("header", "footer")]
    emails = tuple(dict.fromkeys(m.group() for line in doc.lines for m in EMAIL.finditer(line.text)))
    phones = tuple(
        dict.fromkeys(
            m.group().strip()
            for line in doc.lines
            for m in PHONE.finditer(EMAIL.sub(" ", line.text))
            if sum(c.isdigit() for c in m.group()) >= 7 and not find_range(m.group())
        )
    )

    def found_in(lines: list[Line]) -> bool:
        return any(EMAIL.search(line.text) or PHONE.search(line.text) for line in lines)

    where = "body" if found_in(body) else ("header" if found_in(edges) else None)
    experience = next((s for s in sections if s.id == "experience"), None)
    words = sum(len(line.text.split()) for line in doc.lines)
    return Resume(
        doc=doc,
        lang=lang,
        name=_name(preamble),
        emails=emails,
        phones=phones,
        contact_where=where,
        preamble=preamble,
        sections=sections,
        roles=_roles(experience),
        words=words,
        today=today or date.today(),
    )


# --- the check -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResumeCheck:
    resume: Resume
    track: str
    score: int
    parts: tuple[Part, ...]


def _part(name: str, fraction: float, notes: list[Note], tip: Note | None = None) -> Part:
    top = PARTS_MAX[name]
    return Part(name, round(top * max(0.0, min(1.0, fraction))), top, tuple(notes), tip)


EXPECTED_SECTIONS = ("experience", "education", "skills", "languages")


def _sections_part(r: Resume) -> Part:
    found = list(dict.fromkeys(s.id for s in r.sections))
    notes = [Note("resume.sections.found", {"sections": found})] if found else []
    missing = [s for s in EXPECTED_SECTIONS if s not in found]
    is_fresher = not r.roles
    if is_fresher and "experience" in missing and ("projects" in found or "volunteering" in found):
        missing.remove("experience")
    for s in missing:
        notes.append(Note(f"resume.sections.missing.{s}"))
    if "summary" not in found:
        notes.append(Note("resume.sections.no_summary"))
    fraction = 1.0 - 0.25 * len(missing) - (0.1 if "summary" not in found else 0.0)
    tip = Note(f"resume.sections.tip.{missing[0]}") if missing else None
    return _part("sections", fraction, notes, tip)


def _contact_part(r: Resume) -> Part:
    notes: list[Note] = []
    fraction = 0.0
    if r.emails:
        notes.append(Note("resume.contact.email", {"value": r.emails[0]}))
        fraction += 0.5
    else:
        notes.append(Note("resume.contact.no_email"))
    if r.phones:
        notes.append(Note("resume.contact.phone", {"value": r.phones[0]}))
        fraction += 0.5
    else:
        notes.append(Note("resume.contact.no_phone"))
    tip = None
    if r.contact_where == "header":
        notes.append(Note("resume.contact.header_only"))
        fraction *= 0.5
        tip = Note("resume.contact.tip.header")
    elif not (r.emails and r.phones):
        tip = Note("resume.contact.tip.missing")
    return _part("contact", fraction, notes, tip)


def _layout_part(doc: Document, r: Resume) -> Part:
    notes: list[Note] = []
    fraction = 1.0
    if doc.columns:
        notes.append(Note("resume.layout.columns", {"pages": list(doc.columns)}))
        fraction -= 0.4
    if doc.tables:
        notes.append(Note("resume.layout.tables", {"count": doc.tables}))
        fraction -= 0.3
    if doc.text_boxes:
        boxed = next((line.text for line in doc.lines if line.where == "text_box"), None)
        notes.append(Note("resume.layout.text_boxes", {"count": doc.text_boxes}, quote=boxed))
        fraction -= 0.3
    if r.contact_where == "header":
        notes.append(Note("resume.layout.header_contact"))
        fraction -= 0.2
    if doc.image_only_pages:
        notes.append(Note("resume.layout.image_pages", {"pages": list(doc.image_only_pages)}))
        fraction -= 0.3
    elif doc.images:
        notes.append(Note("resume.layout.images", {"count": doc.images}))
    if "extension_mismatch" in doc.notes:
        notes.append(Note("resume.layout.extension", {"kind": doc.kind}))
    if doc.kind in ("txt", "text"):
        notes.append(Note("resume.layout.plain_text"))
    if fraction >= 1.0 and doc.kind in ("pdf", "docx"):
        notes.append(Note("resume.layout.simple"))
    tip = Note("resume.layout.tip") if fraction < 1.0 else None
    return _part("layout", fraction, notes, tip)


def _length_part(doc: Document, r: Resume) -> Part:
    pages = doc.pages
    notes = [Note("resume.length.summary", {"pages": pages, "words": r.words})]
    fraction = 1.0
    tip = None
    if doc.kind in ("pdf", "docx") and pages > 2:
        notes.append(Note("resume.length.too_long", {"pages": pages}))
        fraction = 0.3
        tip = Note("resume.length.tip.long")
    elif r.words > MAX_WORDS:
        notes.append(Note("resume.length.wordy", {"words": r.words, "max": MAX_WORDS}))
        fraction = 0.5
        tip = Note("resume.length.tip.long")
    elif r.words < MIN_WORDS:
        notes.append(Note("resume.length.short", {"words": r.words, "min": MIN_WORDS}))
        fraction = 0.4
        tip = Note("resume.length.tip.short")
    return _part("length", fraction, notes, tip)


def _months_text(months: int) -> dict[str, int]:
    return {"years": months // 12, "months": months % 12}


def _dates_part(r: Resume) -> Part:
    notes: list[Note] = []
    experience = r.section("experience")
    if not r.roles:
        if experience and experience.text_lines:
            notes.append(Note("resume.dates.none", quote=experience.text_lines[0]))
            return _part("dates", 0.3, notes, Note("resume.dates.tip.add"))
        notes.append(Note("resume.dates.fresher"))
        return _part("dates", 1.0, notes)
    fraction = 1.0
    notes.append(Note("resume.dates.roles", {"count": len(r.roles), **_months_text(r.experience_months)}))
    vague = [role for role in r.roles if not role.span.month_known]
    if vague:
        notes.append(Note("resume.dates.years_only", quote=vague[0].lines[0]))
        fraction -= 0.2
    ordered = sorted(r.roles, key=lambda role: role.span.start)
    reach = ordered[0].span.end
    for role in ordered[1:]:
        if reach is None:
            break
        gap = role.span.start - reach - 1
        if gap >= GAP_MONTHS:
            notes.append(Note("resume.dates.gap", _months_text(gap), quote=role.lines[0]))
            fraction -= 0.25
        reach = None if role.span.end is None else max(reach, role.span.end)
    if reach is not None:
        since = month_number(r.today) - reach - 1
        if since >= GAP_MONTHS:
            notes.append(Note("resume.dates.since_last", _months_text(since)))
            fraction -= 0.15
    newest_first = [role.span.start for role in r.roles]
    if len(newest_first) > 1 and newest_first != sorted(newest_first, reverse=True):
        notes.append(Note("resume.dates.order"))
        fraction -= 0.1
    tip = Note("resume.dates.tip.gap") if fraction < 1.0 else None
    return _part("dates", fraction, notes, tip)


def _bullets(r: Resume) -> list[str]:
    """The lines that describe what the candidate did: experience (or projects for a fresher)."""
    lines: list[str] = []
    for role in r.roles:
        lines.extend(role.lines[1:])
    if not lines:
        lines = r.lines_of("experience", "projects", "volunteering")
    return [clean(line) for line in lines if len(line.split()) >= 3 and not find_range(line)]


def _results_part(r: Resume) -> Part:
    bullets = _bullets(r)
    measured = [line for line in bullets if MEASURE.search(line)]
    notes: list[Note] = []
    if not bullets:
        notes.append(Note("resume.results.no_lines"))
        return _part("results", 0.3, notes, Note("resume.results.tip"))
    for line in measured[:3]:
        notes.append(Note("resume.results.found", quote=line))
    unmeasured = [line for line in bullets if line not in measured]
    if unmeasured:
        notes.append(Note("resume.results.missing", {"count": len(unmeasured)}, quote=unmeasured[0]))
    fraction = min(1.0, len(measured) / 3) if len(bullets) >= 3 else len(measured) / len(bullets)
    tip = Note("resume.results.tip", quote=unmeasured[0] if unmeasured else None) if fraction < 1.0 else None
    return _part("results", fraction, notes, tip)


def _first_words(line: str) -> str:
    return " ".join(line.split()[:3])


def _verbs_part(r: Resume) -> Part:
    lex = job_lexicon()
    bullets = _bullets(r)
    if not bullets:
        return _part("verbs", 0.5, [Note("resume.verbs.no_lines")], Note("resume.verbs.tip"))
    strong = [line for line in bullets if any_cue(lex.action_verbs, _first_words(line))]
    weak = [line for line in bullets if any_cue(lex.weak_openers, line)]
    notes: list[Note] = []
    if strong:
        notes.append(
            Note("resume.verbs.strong", {"count": len(strong), "total": len(bullets)}, quote=strong[0])
        )
    else:
        notes.append(Note("resume.verbs.none", {"total": len(bullets)}, quote=bullets[0]))
    for line in weak[:3]:
        notes.append(Note("resume.verbs.weak", quote=line))
    fraction = len(strong) / len(bullets) + 0.2 - 0.15 * len(weak)
    tip = Note("resume.verbs.tip", quote=weak[0] if weak else None) if fraction < 1.0 else None
    return _part("verbs", fraction, notes, tip)


@cache
def _known_words() -> frozenset[str]:
    """Words the job vocabulary knows (tool names, jargon): never called misspelled."""
    lex = job_lexicon()
    words: set[str] = set()
    for group in (lex.tools, lex.skills, lex.processes, lex.languages, lex.education):
        for term in group:
            for cues in term.cues.values():
                for cue in cues:
                    words.update(cue.rstrip("*").lower().split())
    return frozenset(words)


def _spelling_part(r: Resume, speller: Speller | None) -> Part:
    if speller is None:
        return _part("spelling", 1.0, [Note("resume.spelling.unavailable")])
    body = [line.text for line in r.doc.lines if not EMAIL.search(line.text) and "http" not in line.text]
    found = find_misspellings(body, speller, _known_words())
    if not found:
        return _part("spelling", 1.0, [Note("resume.spelling.clean")])
    notes = [
        Note("resume.spelling.word", {"word": m.word, "suggestion": m.suggestion}, quote=m.line)
        for m in found
    ]
    fraction = 1.0 - 0.2 * len(found)
    return _part("spelling", fraction, notes, Note("resume.spelling.tip"))


def _relevance_part(r: Resume, track: str) -> Part:
    signals = job_lexicon().track_signals.get(track, ())
    hits = {h.term.id: h for h in find_terms(signals, r.all_lines)}
    notes: list[Note] = [Note("resume.relevance.track", {"track": track})]
    # A résumé written in Finnish or English shows that language; say so for the language signal.
    for term in signals:
        hit = hits.get(term.id)
        if hit:
            notes.append(
                Note("resume.relevance.found", {"term": term.id, "words": hit.matched}, quote=hit.line)
            )
        else:
            notes.append(Note("resume.relevance.missing", {"term": term.id}))
    missing = [t for t in signals if t.id not in hits]
    fraction = len(hits) / len(signals) if signals else 1.0
    tip = Note("resume.relevance.tip", {"term": missing[0].id, "track": track}) if missing else None
    return _part("relevance", fraction, notes, tip)


def check_resume(resume: Resume, track: str, speller: Speller | None) -> ResumeCheck:
    """Score the résumé: ten parts, each with its evidence. `track`: voice, nonvoice or kpo."""
    if track not in TRACKS:
        raise ValueError(f"unknown track: {track}")
    parts = (
        _sections_part(resume),
        _contact_part(resume),
        _layout_part(resume.doc, resume),
        _length_part(resume.doc, resume),
        _dates_part(resume),
        _results_part(resume),
        _verbs_part(resume),
        _spelling_part(resume, speller),
        _relevance_part(resume, track),
    )
    score = sum(p.points for p in parts)
    return ResumeCheck(resume, track, score, parts)
