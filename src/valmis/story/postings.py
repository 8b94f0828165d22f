"""Job postings: read and parse, store, let the user correct the checklist, and match a résumé."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from valmis.analysis.document import Document
from valmis.analysis.jobmatch import JobMatch, Meaning, match
from valmis.analysis.posting import KINDS, Posting, Requirement, parse_posting
from valmis.analysis.resume import read_resume
from valmis.analysis.text import split_sentences
from valmis.db.models import JobPosting, Profile, Resume
from valmis.story.documents import document_from_json
from valmis.story.resumes import Rejected, document_language
from valmis.story.serialize import requirement_from_json, requirement_json

MAX_POSTING_CHARS = 30_000


class PostingNotFound(LookupError):
    pass


def posting_language(doc: Document) -> str:
    """The posting's language, or `Rejected` when it has no text, is too long, or is in neither language."""
    if not doc.has_text:
        raise Rejected("empty")
    if len(doc.text) > MAX_POSTING_CHARS:
        raise Rejected("posting_too_long", length=len(doc.text), limit=MAX_POSTING_CHARS)
    return document_language(doc)


def parse_document(doc: Document, title: str = "", company: str = "") -> Posting:
    return parse_posting(doc, posting_language(doc), title=title.strip(), company=company.strip())


def save_posting(
    db: Session, profile: Profile, doc: Document, lang: str, *, title: str = "", company: str = ""
) -> JobPosting:
    """Store the posting's text first; `read_into` fills in what it asks for."""
    row = JobPosting(
        profile_id=profile.id,
        title=title.strip()[:200],
        company=company.strip()[:200],
        text=doc.text,
        lang=lang,
    )
    db.add(row)
    db.commit()
    return row


def read_into(db: Session, row: JobPosting, doc: Document) -> Posting:
    posting = parse_posting(doc, row.lang, title=row.title, company=row.company)
    row.title = posting.title[:200]
    row.requirements = [requirement_json(r) for r in posting.requirements]
    row.topics = list(posting.topics)
    db.commit()
    return posting


def posting_of(row: JobPosting) -> Posting:
    """The posting as the user corrected it."""
    return Posting(
        lang=row.lang,
        title=row.title,
        company=row.company,
        requirements=tuple(requirement_from_json(r) for r in row.requirements),
        topics=tuple(row.topics),
        sentences=tuple(s.text for s in split_sentences(row.text)),
    )


def correct(
    db: Session,
    row: JobPosting,
    *,
    keep: set[str],
    must: set[str],
    added: list[tuple[str, str]],
    title: str | None = None,
    company: str | None = None,
) -> JobPosting:
    """Apply the user's corrections: `keep` and `must` are requirement keys ("skill:excel"), `added`
    (kind, text) pairs the user typed in."""
    out: list[dict[str, Any]] = []
    for data in row.requirements:
        req = requirement_from_json(data)
        if req.key in keep:
            out.append(requirement_json(Requirement(**{**_fields(req), "must": req.key in must})))
    for kind, text in added:
        text = text.strip()
        if kind in KINDS and text:
            slug = "custom-" + "-".join(text.lower().split())[:40]
            out.append(requirement_json(Requirement(kind, slug, True, "", text=text[:200])))
    row.requirements = out
    row.corrected = True
    if title is not None:
        row.title = title.strip()[:200]
    if company is not None:
        row.company = company.strip()[:200]
    db.commit()
    return row


def _fields(req: Requirement) -> dict[str, Any]:
    return {
        "kind": req.kind,
        "id": req.id,
        "must": req.must,
        "evidence": req.evidence,
        "level": req.level,
        "years": req.years,
        "text": req.text,
    }


def match_rows(
    resume: Resume, posting: JobPosting, meaning: Meaning | None, today: date | None = None
) -> JobMatch:
    r = read_resume(document_from_json(resume.document), resume.lang, today)
    return match(r, posting_of(posting), meaning)


def get_posting(db: Session, profile: Profile, posting_id: int) -> JobPosting:
    row = db.get(JobPosting, posting_id)
    if row is None or row.profile_id != profile.id:
        raise PostingNotFound(posting_id)
    return row


def postings(db: Session, profile: Profile) -> list[JobPosting]:
    return list(
        db.scalars(
            select(JobPosting).where(JobPosting.profile_id == profile.id).order_by(JobPosting.id.desc())
        )
    )
