"""Feedback as stored data (language-free: message ids and values) and as the public JSON."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from valmis.analysis.findings import Feedback, FlagHit, Hit, Note, Part, PointResult
from valmis.practice.explain import Gettext, explain, part_label

STORAGE_VERSION = 1


def feedback_to_dict(fb: Feedback) -> dict[str, Any]:
    data = asdict(fb)
    data["version"] = STORAGE_VERSION
    return data


def _note(d: dict[str, Any] | None) -> Note | None:
    return Note(d["code"], dict(d.get("params") or {}), d.get("quote")) if d else None


def feedback_from_dict(data: dict[str, Any]) -> Feedback:
    parts = tuple(
        Part(
            p["name"],
            p["points"],
            p["max"],
            tuple(Note(n["code"], dict(n.get("params") or {}), n.get("quote")) for n in p["notes"]),
            _note(p.get("tip")),
        )
        for p in data["parts"]
    )
    return Feedback(
        lang=data["lang"],
        score=data["score"],
        parts=parts,
        key_points=tuple(PointResult(**k) for k in data["key_points"]),
        red_flags=tuple(FlagHit(**f) for f in data["red_flags"]),
        fillers=tuple(Hit(**h) for h in data["fillers"]),
        hedges=tuple(Hit(**h) for h in data["hedges"]),
        word_count=data["word_count"],
        approximate_lemmas=data.get("approximate_lemmas", False),
        detected_lang=data.get("detected_lang"),
        semantic=data.get("semantic", False),
    )


def public_json(fb: Feedback, rubric: dict[str, Any], gettext: Gettext) -> dict[str, Any]:
    """The stable `--json` shape: score, parts with evidence, key points covered and missed, rubric."""
    return {
        "score": fb.score,
        "lang": fb.lang,
        "word_count": fb.word_count,
        "parts": [
            {
                "name": p.name,
                "label": part_label(p.name, gettext),
                "points": p.points,
                "max": p.max,
                "evidence": [_evidence(n, gettext) for n in p.notes],
                "tip": explain(p.tip, gettext) if p.tip else None,
            }
            for p in fb.parts
        ],
        "key_points": {
            "covered": [
                {"id": k.id, "point": k.point, "evidence": k.evidence, "matched": k.matched, "by": k.by}
                for k in fb.covered
            ],
            "missed": [{"id": k.id, "point": k.point, "hint": k.hint} for k in fb.missed],
        },
        "red_flags": [
            {"id": f.id, "label": f.label, "why": f.why, "evidence": f.quote} for f in fb.red_flags
        ],
        "fillers": [{"word": h.text, "start": h.start, "end": h.end} for h in fb.fillers],
        "hedges": [{"word": h.text, "start": h.start, "end": h.end} for h in fb.hedges],
        "rubric": rubric,
        "approximate_lemmas": fb.approximate_lemmas,
        "detected_lang": fb.detected_lang,
        "meaning": fb.semantic,
    }


def _evidence(note: Note, gettext: Gettext) -> str:
    text = explain(note, gettext)
    return f"{text} “{note.quote}”" if note.quote else text
