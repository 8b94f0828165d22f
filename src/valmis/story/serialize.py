"""The résumé check, the posting and the match as JSON: stable field names for the CLI, the API and
the database. Every note keeps its message id, values and the line it is about."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from valmis.analysis.findings import Note, Part
from valmis.analysis.jobmatch import JobMatch
from valmis.analysis.posting import Posting, Requirement
from valmis.analysis.resume import Resume, ResumeCheck


def note_json(note: Note) -> dict[str, Any]:
    out: dict[str, Any] = {"code": note.code, "params": note.params}
    if note.quote:
        out["quote"] = note.quote
    return out


def part_json(part: Part) -> dict[str, Any]:
    return {
        "name": part.name,
        "points": part.points,
        "max": part.max,
        "notes": [note_json(n) for n in part.notes],
        "tip": note_json(part.tip) if part.tip else None,
    }


def resume_facts(r: Resume) -> dict[str, Any]:
    return {
        "name": r.name,
        "emails": list(r.emails),
        "phones": list(r.phones),
        "contact_where": r.contact_where,
        "sections": [{"id": s.id, "heading": s.heading, "lines": len(s.text_lines)} for s in r.sections],
        "roles": [
            {"title": role.title, "dates": role.span.text, "start": role.span.start, "end": role.span.end}
            for role in r.roles
        ],
        "experience_months": r.experience_months,
        "achievements": list(r.achievements[:5]),
        "words": r.words,
        "pages": r.doc.pages,
    }


def check_json(check: ResumeCheck) -> dict[str, Any]:
    return {
        "score": check.score,
        "lang": check.resume.lang,
        "track": check.track,
        "parts": [part_json(p) for p in check.parts],
        "facts": resume_facts(check.resume),
    }


def requirement_json(req: Requirement) -> dict[str, Any]:
    out = asdict(req)
    return {k: v for k, v in out.items() if v not in (None, "") or k in ("kind", "id", "must", "evidence")}


def requirement_from_json(data: dict[str, Any]) -> Requirement:
    return Requirement(
        kind=str(data["kind"]),
        id=str(data["id"]),
        must=bool(data.get("must", True)),
        evidence=str(data.get("evidence", "")),
        level=data.get("level"),
        years=float(data["years"]) if data.get("years") is not None else None,
        text=str(data.get("text", "")),
    )


def posting_json(p: Posting) -> dict[str, Any]:
    return {
        "lang": p.lang,
        "title": p.title,
        "company": p.company,
        "process": list(p.processes),
        "market": p.market,
        "requirements": [requirement_json(r) for r in p.requirements],
        "topics": list(p.topics),
    }


def match_json(m: JobMatch) -> dict[str, Any]:
    return {
        "score": m.score,
        "semantic": m.semantic,
        "parts": [
            {
                "name": part.name,
                "points": part.points,
                "max": part.max,
                "asked": part.asked,
                "evidence": [
                    {
                        "requirement": requirement_json(e.requirement),
                        "met": round(e.met, 2),
                        "by": e.by,
                        "line": e.line,
                        "note": note_json(e.note),
                    }
                    for e in part.evidence
                ],
            }
            for part in m.parts
        ],
        "missing": [
            {"requirement": requirement_json(x.requirement), "suggestion": note_json(x.suggestion)}
            for x in m.missing
        ],
    }
