"""Résumés: read the upload (refusing with a reason what cannot be read), store it, check it.

Nothing is stored until the file has been read and its language known, so a bad file leaves
nothing half-stored; a good one is stored before it is checked, so a crash in the check loses nothing.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from valmis.analysis.document import Document, from_text
from valmis.analysis.resume import ResumeCheck, check_resume, read_resume
from valmis.analysis.spelling import dictionary_language, make_speller
from valmis.analysis.text import word_count
from valmis.db.models import Profile, Resume
from valmis.story.documents import document_from_json, document_json

RESUMES = "resumes"
MIN_WORDS = 15  # fewer words than this is not a résumé or a posting, and its language cannot be told
TRACK_OF_PROCESS = {"voice": "voice", "nonvoice": "nonvoice", "kpo": "kpo"}


class Rejected(ValueError):
    """A résumé or posting that cannot be used: `code` names why (the UI words it)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class ResumeNotFound(LookupError):
    pass


def read_upload(data: bytes, filename: str) -> Document:
    """The file as a document, or `Rejected` with the reader's reason."""
    from valmis.documents import DocumentError, read_document

    try:
        return read_document(data, filename)
    except DocumentError as exc:
        raise Rejected(exc.code, **exc.params) from exc


def read_pasted(text: str) -> Document:
    if not text.strip():
        raise Rejected("empty")
    return from_text(text, kind="text")


def document_language(doc: Document) -> str:
    """English or Finnish by what each dictionary knows; `Rejected("language")` for neither."""
    spellers = {lang: sp for lang in ("en", "fi") if (sp := make_speller(lang)) is not None}
    if word_count(doc.text) < MIN_WORDS:
        raise Rejected("too_short", words=word_count(doc.text))
    found = dictionary_language(doc.text, spellers)
    if found is None:
        raise Rejected("language")
    return found[0]


def check_document(
    doc: Document, track: str, lang: str | None = None, today: date | None = None
) -> ResumeCheck:
    lang = lang or document_language(doc)
    return check_resume(read_resume(doc, lang, today), track, make_speller(lang))


def _write(data_dir: Path, data: bytes, kind: str) -> str:
    folder = data_dir / RESUMES
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{uuid.uuid4().hex}.{kind}"
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, folder / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return f"{RESUMES}/{name}"


def save_resume(
    db: Session,
    profile: Profile,
    data_dir: Path,
    doc: Document,
    *,
    data: bytes | None,
    lang: str,
    track: str,
) -> Resume:
    """Store the original file and its text, before the check runs."""
    path = _write(data_dir, data, doc.kind) if data is not None else None
    row = Resume(
        profile_id=profile.id,
        filename=doc.filename[:255],
        kind=doc.kind,
        size=len(data) if data is not None else len(doc.text.encode()),
        path=path,
        text=doc.text,
        lang=lang,
        track=track,
        document=document_json(doc),
        status="saved",
    )
    db.add(row)
    try:
        db.commit()
    except BaseException:
        db.rollback()
        if path:
            (data_dir / path).unlink(missing_ok=True)
        raise
    return row


def run_check(db: Session, row: Resume, track: str | None = None) -> ResumeCheck | None:
    """Check a stored résumé and keep the result; a failure is kept on the row and re-raised."""
    from valmis.story.serialize import check_json

    if track:
        row.track = track
    try:
        result = check_document(document_from_json(row.document), row.track, row.lang)
    except Exception as exc:
        row.status, row.error = "failed", f"{type(exc).__name__}: {exc}"
        db.commit()
        raise
    row.status, row.error, row.score, row.check = "checked", None, result.score, check_json(result)
    db.commit()
    return result


def latest_resume(db: Session, profile: Profile) -> Resume | None:
    return db.scalars(
        select(Resume).where(Resume.profile_id == profile.id).order_by(Resume.id.desc()).limit(1)
    ).first()


def get_resume(db: Session, profile: Profile, resume_id: int) -> Resume:
    row = db.get(Resume, resume_id)
    if row is None or row.profile_id != profile.id:
        raise ResumeNotFound(resume_id)
    return row


def track_for(process: str) -> str:
    return TRACK_OF_PROCESS.get(process, "voice")


def delete_resume(db: Session, row: Resume, data_dir: Path) -> None:
    """Remove the résumé's row and its stored file."""
    path = row.path
    db.delete(row)
    db.commit()
    if path:
        (data_dir / path).unlink(missing_ok=True)
